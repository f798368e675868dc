"""Writes tests/corpus/labelled.jsonl from the hand-written items below.

The items are the corpus; this script only gives them ids, dates and a fixed
shape. Partisan items for the three presidential pairs fill the SAME slots
(kind, platform, date, support/oppose), so counts per pair, per kind, per
platform and per phase are equal by construction, while every text is
written separately for its pair. Party items do the same for four party
groups (the three coalitions and the parties that backed no pair).

Run: .venv/bin/python tests/corpus/build_corpus.py   (rewrites the JSONL)
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("labelled.jsonl")

PAIR = {1: "pemilu2024.pair.01", 2: "pemilu2024.pair.02", 3: "pemilu2024.pair.03"}


def T(name=None, handle=None, url=None, type=None):  # noqa: A002 - mirrors Target
    return {"name": name, "handle": handle, "url": url, "type": type}


def ig(handle, post="C1abcDEFgh"):
    return T(handle=handle, url=f"https://www.instagram.com/p/{post}/", type="post")


def igacc(handle):
    return T(handle=handle, url=f"https://www.instagram.com/{handle}", type="account")


def page(name):
    return T(name=name, type="page")


def group(name):
    return T(name=name, type="group")


def tt(handle):
    return T(handle=handle, url=f"https://www.tiktok.com/@{handle}", type="account")


def ytch(name, cid):
    return T(name=name, url=f"https://www.youtube.com/channel/{cid}", type="channel")


def ytv(vid):
    return T(url=f"https://www.youtube.com/watch?v={vid}", type="video")


def xpost(sid):
    return T(url=f"https://twitter.com/i/web/status/{sid}", type="post")


# ---------------------------------------------------------------------------------------------
# Pair slots: (kind, platform, date, stance). The same 60 slots for every pair.
S, O = "support", "oppose"
PAIR_SLOTS = [
    ("post", "facebook", "2023-12-05", S), ("post", "facebook", "2024-01-20", S),
    ("post", "facebook", "2023-07-14", S), ("post", "facebook", "2024-02-12", O),
    ("post", "facebook", "2024-02-15", S),
    ("post", "x", "2023-12-19", S), ("post", "x", "2024-01-08", S), ("post", "x", "2024-02-03", O),
    ("post", "x", "2023-11-15", S), ("post", "x", "2023-10-25", S), ("post", "x", "2024-01-28", O),
    ("post", "instagram", "2024-01-13", S), ("post", "instagram", "2023-12-27", S),
    ("photo", "instagram", "2024-01-07", S), ("photo", "instagram", "2024-02-10", S),
    ("photo", "facebook", "2023-12-16", S),
    ("video", "tiktok", "2024-01-25", S), ("video", "tiktok", "2023-12-30", S),
    ("video", "youtube", "2024-01-18", S),
    ("comment", "facebook", "2023-12-10", S), ("comment", "facebook", "2024-01-05", S),
    ("comment", "facebook", "2024-01-30", O), ("comment", "facebook", "2023-11-20", S),
    ("comment", "facebook", "2024-02-08", O),
    ("comment", "instagram", "2024-01-11", S), ("comment", "instagram", "2023-12-22", S),
    ("comment", "youtube", "2024-01-16", S), ("comment", "youtube", "2023-12-13", O),
    ("comment", "tiktok", "2024-02-06", S), ("comment", "tiktok", "2024-01-02", O),
    ("share", "facebook", "2023-12-01", S), ("share", "facebook", "2024-01-22", S),
    ("share", "facebook", "2023-09-10", S),
    ("share", "x", "2024-01-09", S), ("share", "x", "2024-02-09", O),
    ("message", "whatsapp", "2024-01-12", S), ("message", "whatsapp", "2024-02-07", O),
    ("message", "whatsapp", "2023-12-18", S), ("message", "whatsapp", "2024-02-13", S),
    ("message", "telegram", "2024-01-24", S),
    ("like", "instagram", "2024-01-06", S), ("like", "instagram", "2023-12-28", S),
    ("like", "instagram", "2024-02-02", S),
    ("like", "x", None, S), ("like", "x", None, S), ("like", "x", None, O),
    ("like", "facebook", "2023-12-12", S), ("like", "facebook", "2024-01-19", S),
    ("reaction", "facebook", "2024-01-27", S),
    ("follow", "instagram", "2023-11-29", S), ("follow", "instagram", "2024-01-03", S),
    ("follow", "tiktok", "2023-12-08", S), ("follow", "youtube", "2023-12-20", S),
    ("page_like", "facebook", "2023-12-04", S), ("page_like", "facebook", "2023-08-17", S),
    ("group_membership", "facebook", "2023-12-02", S), ("group_membership", "telegram", "2024-01-15", S),
    ("group_membership", "whatsapp", "2023-12-26", S),
    ("profile", "facebook", "2024-01-01", S),
    ("saved", "instagram", "2024-01-21", S),
]

# Each entry: (text, target, extra, note). Same order as PAIR_SLOTS.
PAIR_ITEMS: dict[int, list] = {}

PAIR_ITEMS[1] = [
    ("Bismillah.. InsyaAllah 14 Februari coblos 01 ☝️ Anies-Muhaimin, perubahan utk anak cucu kita 🙏 #AMIN",
     None, {}, "vote call with number and pair name"),
    ("Abis nonton debat td malem makin mantep sama Pak Anies. Presidenku 2024 pokoknya, gak ada tawar2 lagi 💯",
     None, {}, "explicit support for the presidential candidate"),
    ("Anies Baswedan presiden 2024!! Semoga Allah mudahkan jalan beliau 🤲 relawan siap bergerak",
     None, {}, "support before pairs were fixed (bakal calon phase)"),
    ("Masa tenang tp tetep mau ngingetin: jgn pilih 01, jangan sampe negara ini diacak2 sama yg cuma jago "
     "ngomong. Asal bukan Anies!", None, {}, "negative campaigning in the quiet period"),
    ("Apapun hasil quick count, saya tetap bangga pernah berjuang bersama relawan AMIN. Terima kasih Pak Anies "
     "& Gus Imin 💚", None, {}, "after the vote: declares being part of the volunteers"),
    ("aniesss presiden 2024 gak ada obattt 🔥🔥 #AniesMuhaimin2024", None, {}, "repeated letters + hashtag"),
    ("Udh fix coblos nomer 1. Desak Anies td di Jogja keren bgt, jawabannya berisi smua", None, {},
     "slang 'nomer', vote call with number, campaign event brand"),
    ("Tolak Anies-Muhaimin. Politik identitas jgn dikasih panggung lagi. #AsalBukanAnies", None, {},
     "negative campaign with tag pattern AsalBukan<Name>"),
    ("Alhamdulillah dpt nomor urut 1, pas bgt sm AMIN ☝️ satu putaran insyaAllah", None, {},
     "number draw day, one-round wish"),
    ("Pasangan Anies dan Cak Imin resmi daftar ke KPU. Kami dukung penuh, lanjut sampe menang!", None, {},
     "support while mentioning KPU registration"),
    ("Jangan coblos 01. Janji perubahannya cuma gimik doang 🙄", None, {}, "negative vote call with number"),
    ("Kumpul bareng emak2 relawan AMIN Bekasi ☝️💚 #AniesMuhaimin #Perubahan", None, {},
     "volunteer gathering, gesture emoji"),
    ("Yang muda yang memilih perubahan! 14.02.24 coblos Anies-Imin 🙌 #1AMIN", None, {}, "vote call"),
    ("Foto bareng Pak Anies di kampanye akbar JIS kemarin ☝️ masyaAllah beliau ramah bgt", None, {},
     "photo with candidate at a rally (S3)"),
    ("Kampanye akbar terakhir, lautan manusia utk AMIN 🔥 salam satu jari!", None, {}, "rally photo with salute"),
    ("Pasang baliho AMIN di depan rumah, biar tetangga tau pilihan kita ☝️😁", None, {},
     "campaign banner (S4)"),
    ("pov: kamu dengerin Slepet Imin trus langsung yakin 😭☝️ #cakimin #amin2024 #fyp", None, {},
     "TikTok caption, campaign event brand + tags"),
    ("lho lho lho nggak bahaya ta 🤣 01 menang! #aniesbaswedan #fyp", None, {}, "campaign chant + number"),
    ("Vlog ikut Desak Anies Bandung | full dukungan buat Anies-Muhaimin", None, {}, "own video title"),
    ("Semangat terus Pak Anies, kami warga Sulsel siap menangkan AMIN!!", page("Anies Baswedan"), {},
     "comment on the candidate's page"),
    ("siap coblos 01 pak, sekeluarga udh sepakat 💪", page("Relawan AMIN Jawa Tengah"), {},
     "comment on a volunteer page"),
    ("ga pilih anies lah, kerja di jakarta aja ga beres", page("Info Politik Terkini"), {},
     "negative comment on a neutral page"),
    ("Gus Imin wapres 2024 aamiin 🤲", page("Muhaimin Iskandar"), {}, "VP candidate support with prayer word"),
    ("Anies-Muhaimin pasti kalah, mending ga usah maksa", page("Diskusi Pilpres 2024"), {},
     "negative comment"),
    ("Pak Anies presiden kami 💚💚 sehat selalu", ig("aniesbaswedan"), {}, "IG comment on candidate account"),
    ("Mantap min, gas terus AMIN sampe menang!", ig("relawan.amin.official"), {}, "IG comment on volunteer"),
    ("Penjelasan pak Anies soal guru honorer masuk akal bgt. fix pilih 01 👍", ytv("aN1esDeb4t01"), {},
     "YouTube comment, 'fix pilih 01'"),
    ("Makin ga yakin sama Anies. Asal bukan dia deh, serius", ytv("aN1esDeb4t02"), {}, "negative"),
    ("01 menang satu putaran aamiin ☝️☝️", None, {}, "TikTok comment (export gives text only)"),
    ("tolak 01!! ga mau indonesia kyk gitu", None, {}, "negative TikTok comment"),
    ("Ayo dukung AMIN! Sebarkan 🙏", T(name="Timnas AMIN", type="account"), {"shared_from": "Timnas AMIN"},
     "share of the campaign team's post"),
    (None, T(name="Relawan Anies Muhaimin Nusantara", type="account"),
     {"shared_from": "Relawan Anies Muhaimin Nusantara"}, "share of a campaign poster without caption (case C1)"),
    ("Bismillah Anies-Cak Imin 🔥", T(name="Anies Baswedan", type="account"), {"shared_from": "Anies Baswedan"},
     "share before candidates were fixed"),
    ("RT @relawan_amin: Jangan lupa 14 Februari coblos nomor 1! Perubahan dimulai dr bilik suara ☝️", None, {},
     "retweet of a vote call"),
    ("RT @gerakan_tolak01: Tolak Anies! Jgn kasih kesempatan lagi #AsalBukanAnies", None, {},
     "retweet of negative campaign"),
    ("Assalamualaikum, mohon doa & dukungannya utk AMIN tgl 14 ya, coblos yg nomor 1 ☝️", None,
     {"chat": "Keluarga Besar Bani Salim"}, "WhatsApp family group vote call (case C2)"),
    ("Yg penting jgn pilih 01 ya teman2, kita udh tau track recordnya", None,
     {"chat": "Alumni SMA 3 Angk 2005"}, "negative call in alumni group"),
    ("Besok kumpul jam 8 di posko, bawa kaos & bendera AMIN ya", None,
     {"chat": "Relawan AMIN Kec. Cibinong"}, "organising in a volunteer group"),
    ("bpk ibu sekalian, besok jgn lupa coblos Anies Muhaimin ya 🙏", None, {"chat": "Grup RT 04"},
     "vote call during quiet period (case C8)"),
    ("Materi kampanye 01 udah aku upload ya, tolong disebar ke grup2 lain", None,
     {"chat": "Diskusi Perubahan Indonesia"}, "spreading campaign material"),
    (None, ig("aniesbaswedan", "C2anies01a"), {}, "like of the candidate's post"),
    (None, ig("timnas.amin", "C2anies01b"), {}, "like of the campaign team's post"),
    (None, ig("relawan_amin_jatim", "C2anies01c"), {}, "like of a volunteer account's post"),
    ("Coblos 01 tanggal 14 Februari! Anies-Muhaimin untuk Indonesia adil makmur untuk semua ☝️ #AMIN",
     xpost("1745000000000000101"), {}, "X like: liked tweet text only"),
    ("Gus Imin: kami akan slepet korupsi sampai akar2nya! 🔥 #AMIN2024", xpost("1745000000000000102"), {},
     "X like of a campaign quote"),
    ("Kalau mau Indonesia mundur, silakan pilih 01. Kalau waras, asal bukan Anies.",
     xpost("1745000000000000103"), {}, "X like of negative campaigning"),
    (None, page("Anies Baswedan"), {"title": "Dewi Lestari menyukai kiriman Anies Baswedan."},
     "Facebook like of the candidate's post"),
    (None, page("Relawan AMIN Sumatera Utara"), {}, "Facebook like of a volunteer page post"),
    (None, page("Muhaimin Iskandar"), {"reaction": "LOVE"}, "love reaction on the VP candidate's post"),
    (None, igacc("aniesbaswedan"), {}, "follows the candidate"),
    (None, igacc("sahabat_amin_id"), {}, "follows a volunteer account"),
    (None, tt("anies.muhaimin.2024"), {}, "TikTok follow of a pair fan account"),
    (None, ytch("Anies Baswedan", "UCaniesXXXXXXXXXXXXXXXX1"), {}, "YouTube subscription"),
    (None, page("Relawan Anies-Muhaimin Jawa Barat"), {}, "page like"),
    (None, page("Anies For President 2024"), {}, "page like before pairs were fixed"),
    (None, group("Relawan AMIN Kabupaten Bogor"), {"membership": "joined"}, "joined volunteer group"),
    (None, group("Barisan Pendukung Anies Muhaimin"), {"membership": "joined"}, "Telegram group"),
    (None, group("Posko Pemenangan AMIN Kel. Sukasari"), {"membership": "joined"}, "WhatsApp group"),
    ("PNS | Ayah 2 anak | ☝️ #AMIN2024 Perubahan", None, {}, "profile bio with pair tag"),
    (None, ig("aniesbaswedan", "C2anies01s"), {}, "saved the candidate's campaign post"),
]

PAIR_ITEMS[2] = [
    ("Bismillah 14 Februari coblos 02 ✌️ Prabowo-Gibran, lanjutkan pembangunan! #PrabowoGibran2024",
     None, {}, "vote call with number and pair name"),
    ("Debat semalem Pak Prabowo tegas bgt, gemoy tp berwibawa 😆 presidenku 2024 pokoknya",
     None, {}, "explicit support for the presidential candidate"),
    ("Prabowo Subianto presiden 2024!! Kali ini pasti jadi, aamiin 🤲 relawan siap turun",
     None, {}, "support before pairs were fixed (bakal calon phase)"),
    ("Masa tenang tp mau ngingetin: jangan pilih 02, dinasti politik jgn dikasih jalan. Asal bukan Prabowo!",
     None, {}, "negative campaigning in the quiet period"),
    ("Alhamdulillah quick count 02 unggul jauh, terima kasih relawan Prabowo-Gibran se-Indonesia ✌️",
     None, {}, "after the vote: victory celebration (KASN warning)"),
    ("pr4b0w0 presiden 2024 gemoyyy ✌️✌️ #PrabowoGibran2024", None, {}, "leetspeak + hashtag"),
    ("udh fix nyoblos nomer 2. Kopi Pagi relawan tadi rame bgt, semua satu suara", None, {},
     "slang 'nomer', vote with number, volunteer event"),
    ("Tolak Prabowo-Gibran. MK dipake buat loloskan anak presiden, masa diem aja. #AsalBukanPrabowo", None, {},
     "negative campaign with tag pattern AsalBukan<Name>"),
    ("Dapet nomor urut 2 ✌️ pas bgt sama salam dua jari, Prabowo-Gibran satu putaran!", None, {},
     "number draw day, one-round wish"),
    ("Pasangan Prabowo dan Gibran resmi daftar ke KPU. Kami dukung penuh sampai menang!", None, {},
     "support while mentioning KPU registration"),
    ("Jangan coblos 02. Janji makan siang gratis cuma gimik doang 🙄", None, {}, "negative vote call"),
    ("Kumpul bareng emak2 relawan Prabowo Gibran Depok ✌️💙 #PrabowoGibran #OkeGas", None, {},
     "volunteer gathering, gesture emoji"),
    ("Anak muda pilih yg paling pas! 14.02.24 coblos Prabowo-Gibran 🙌 #IndonesiaMaju", None, {}, "vote call"),
    ("Foto bareng Mas Gibran pas blusukan di pasar kemarin ✌️ ramah bgt ternyata", None, {},
     "photo with candidate making the gesture (S3)"),
    ("Kampanye akbar di GBK, lautan biru utk 02 🔥 salam dua jari!", None, {}, "rally photo with salute"),
    ("Pasang baliho Prabowo-Gibran di depan rumah, biar tetangga tau pilihan kita ✌️😁", None, {},
     "campaign banner (S4)"),
    ("pov: joget gemoy bareng bocil2 di kampanye 02 😭✌️ #prabowogemoy #fyp", None, {},
     "TikTok caption with campaign hashtag"),
    ("oke gas oke gas, tambah dua torang gas! 02 menang 🔥 #prabowogibran #fyp", None, {},
     "campaign song line + number"),
    ("Vlog ikut Kopi Pagi relawan Prabowo-Gibran | full dukungan buat 02", None, {}, "own video title"),
    ("Semangat terus Pak Prabowo, kami warga Kaltim siap menangkan 02!!", page("Prabowo Subianto"), {},
     "comment on the candidate's page"),
    ("siap coblos 02 pak, sekeluarga udh sepakat 💪", page("Relawan Prabowo Gibran Jawa Timur"), {},
     "comment on a volunteer page"),
    ("ga pilih prabowo lah, rekam jejaknya udh jelas", page("Info Politik Terkini"), {},
     "negative comment on a neutral page"),
    ("Mas Gibran wapres 2024 aamiin 🤲", page("Gibran Rakabuming"), {}, "VP candidate support with prayer word"),
    ("Prabowo-Gibran pasti kalah, anak muda udh melek", page("Diskusi Pilpres 2024"), {}, "negative comment"),
    ("Pak Prabowo presiden kami 💙💙 sehat selalu pak", ig("prabowo"), {}, "IG comment on candidate account"),
    ("Gas pol min, Prabowo-Gibran sampe menang!", ig("relawan.prabowogibran.official"), {},
     "IG comment on volunteer"),
    ("Penjelasan mas Gibran soal hilirisasi jelas bgt. fix pilih 02 👍", ytv("pR4bDeb4t01"), {},
     "YouTube comment, 'fix pilih 02'"),
    ("Makin ga yakin sama Prabowo. Asal bukan dia deh, serius", ytv("pR4bDeb4t02"), {}, "negative"),
    ("02 menang satu putaran aamiin ✌️✌️", None, {}, "TikTok comment (export gives text only)"),
    ("tolak 02!! ga mau dinasti", None, {}, "negative TikTok comment"),
    ("Ayo dukung Prabowo-Gibran! Sebarkan 🙏", T(name="TKN Prabowo-Gibran", type="account"),
     {"shared_from": "TKN Prabowo-Gibran"}, "share of the campaign team's post"),
    (None, T(name="Relawan Prabowo Gibran Nusantara", type="account"),
     {"shared_from": "Relawan Prabowo Gibran Nusantara"}, "share of a campaign poster without caption (case C1)"),
    ("Bismillah Pak Prabowo 2024 🔥", T(name="Prabowo Subianto", type="account"),
     {"shared_from": "Prabowo Subianto"}, "share before candidates were fixed"),
    ("RT @relawan_0202: Jangan lupa 14 Februari coblos nomor 2! Lanjutkan ✌️", None, {},
     "retweet of a vote call"),
    ("RT @gerakan_tolak02: Tolak Prabowo! Jgn kasih kesempatan lagi #AsalBukanPrabowo", None, {},
     "retweet of negative campaign"),
    ("Assalamualaikum, mohon doa & dukungannya utk Prabowo-Gibran tgl 14 ya, coblos yg nomor 2 ✌️", None,
     {"chat": "Keluarga Besar Mbah Karto"}, "WhatsApp family group vote call (case C2)"),
    ("Yg penting jgn pilih 02 ya teman2, inget putusan MK kemarin", None,
     {"chat": "Alumni SMP 1 Angk 2003"}, "negative call in alumni group"),
    ("Besok kumpul jam 8 di posko, bawa kaos & bendera 02 ya", None,
     {"chat": "Relawan Prabowo Gibran Kec. Sleman"}, "organising in a volunteer group"),
    ("bpk ibu besok jgn lupa coblos Prabowo Gibran ya 🙏", None, {"chat": "Grup RT 07"},
     "vote call during quiet period (case C8)"),
    ("Materi kampanye 02 udah aku upload ya, tolong disebar ke grup2 lain", None,
     {"chat": "Diskusi Indonesia Maju"}, "spreading campaign material"),
    (None, ig("prabowo", "C2prab02a"), {}, "like of the candidate's post"),
    (None, ig("tkn.prabowogibran", "C2prab02b"), {}, "like of the campaign team's post"),
    (None, ig("relawan_0202_jabar", "C2prab02c"), {}, "like of a volunteer account's post"),
    ("Coblos 02 tanggal 14 Februari! Prabowo-Gibran, lanjutkan Indonesia Maju ✌️ #PrabowoGibran2024",
     xpost("1745000000000000201"), {}, "X like: liked tweet text only"),
    ("Mas Gibran: hilirisasi harus lanjut sampai desa! 🔥 #PrabowoGibran2024", xpost("1745000000000000202"), {},
     "X like of a campaign quote"),
    ("Kalau mau demokrasi mundur, silakan pilih 02. Kalau waras, asal bukan Prabowo.",
     xpost("1745000000000000203"), {}, "X like of negative campaigning"),
    (None, page("Prabowo Subianto"), {"title": "Dewi Lestari menyukai kiriman Prabowo Subianto."},
     "Facebook like of the candidate's post"),
    (None, page("Relawan Prabowo Gibran Kalimantan Timur"), {}, "Facebook like of a volunteer page post"),
    (None, page("Gibran Rakabuming"), {"reaction": "LOVE"}, "love reaction on the VP candidate's post"),
    (None, igacc("prabowo"), {}, "follows the candidate"),
    (None, igacc("sahabat_prabowogibran"), {}, "follows a volunteer account"),
    (None, tt("prabowo.gibran.2024"), {}, "TikTok follow of a pair fan account"),
    (None, ytch("Prabowo Subianto", "UCprabowoXXXXXXXXXXXXXX2"), {}, "YouTube subscription"),
    (None, page("Relawan Prabowo-Gibran Jawa Barat"), {}, "page like"),
    (None, page("Prabowo For President 2024"), {}, "page like before pairs were fixed"),
    (None, group("Relawan Prabowo Gibran Kabupaten Bogor"), {"membership": "joined"}, "joined volunteer group"),
    (None, group("Barisan Pendukung Prabowo Gibran"), {"membership": "joined"}, "Telegram group"),
    (None, group("Posko Pemenangan Prabowo Gibran Kel. Sukamaju"), {"membership": "joined"}, "WhatsApp group"),
    ("PNS | Ibu 2 anak | ✌️ #PrabowoGibran2024 Oke Gas", None, {}, "profile bio with pair tag"),
    (None, ig("prabowo", "C2prab02s"), {}, "saved the candidate's campaign post"),
]

PAIR_ITEMS[3] = [
    ("Bismillah 14 Februari coblos 03 🤟 Ganjar-Mahfud, sat set menuju Indonesia unggul! #GanjarMahfud2024",
     None, {}, "vote call with number and pair name"),
    ("Debat td malem Prof Mahfud mantap bgt soal hukum. Pak Ganjar presidenku 2024 pokoknya",
     None, {}, "explicit support for the presidential candidate"),
    ("Ganjar Pranowo presiden 2024!! Semoga dilancarkan 🤲 relawan siap bergerak",
     None, {}, "support before pairs were fixed (bakal calon phase)"),
    ("Masa tenang tp mau ngingetin: jangan pilih 03, petugas partai jgn jadi presiden. Asal bukan Ganjar!",
     None, {}, "negative campaigning in the quiet period"),
    ("Apapun hasilnya, bangga pernah berjuang bareng relawan Ganjar-Mahfud. Terima kasih Pak Ganjar & Prof "
     "Mahfud ❤️", None, {}, "after the vote: declares being part of the volunteers"),
    ("g4nj4rrr presiden 2024 gaspolll 🔥🔥 #GanjarMahfud2024", None, {}, "leetspeak + repeated letters"),
    ("Udh fix nyoblos nomer 3. Nonton konser Salam M3tal td makin yakin 🤘", None, {},
     "slang 'nomer', vote with number, campaign concert"),
    ("Tolak Ganjar-Mahfud. Wadas aja ga beres, mau ngurus negara? #AsalBukanGanjar", None, {},
     "negative campaign with tag pattern AsalBukan<Name>"),
    ("Nomor urut 3 🤟 tiga jari tiga janji, Ganjar-Mahfud menang satu putaran!", None, {},
     "number draw day, one-round wish"),
    ("Pasangan Ganjar dan Mahfud resmi daftar ke KPU. Kami dukung penuh sampai menang!", None, {},
     "support while mentioning KPU registration"),
    ("Jangan coblos 03. Janji internet gratis cuma gimik doang 🙄", None, {}, "negative vote call"),
    ("Kumpul bareng emak2 relawan Ganjar Mahfud Solo 🤟❤️ #GanjarMahfud #SatSet", None, {},
     "volunteer gathering, gesture emoji"),
    ("Anak muda pilih yg sat set! 14.02.24 coblos Ganjar-Mahfud 🙌 #GerakCepatGanjarMahfud", None, {},
     "vote call"),
    ("Foto bareng Pak Ganjar pas kampanye di Semarang 🤟 beliau ramah bgt", None, {},
     "photo with candidate making the gesture (S3)"),
    ("Kampanye akbar di Simpang Lima, lautan merah utk 03 🔥 salam metal!", None, {},
     "rally photo with salute"),
    ("Pasang baliho Ganjar-Mahfud di depan rumah, biar tetangga tau pilihan kita 🤟😁", None, {},
     "campaign banner (S4)"),
    ("pov: nonton Pak Ganjar live tiktok jam 2 pagi 😭🤟 #ganjarsalam3jari #fyp", None, {},
     "TikTok caption with campaign hashtag"),
    ("sat set sat set, 03 menang! 🤘 #ganjarmahfud #fyp", None, {}, "slogan + number"),
    ("Vlog ikut Hajatan Rakyat | full dukungan buat Ganjar-Mahfud", None, {}, "own video title"),
    ("Semangat terus Pak Ganjar, kami warga NTT siap menangkan 03!!", page("Ganjar Pranowo"), {},
     "comment on the candidate's page"),
    ("siap coblos 03 pak, sekeluarga udh sepakat 💪", page("Relawan Ganjar Mahfud Jawa Barat"), {},
     "comment on a volunteer page"),
    ("ga pilih ganjar lah, jateng aja masih banyak PR", page("Info Politik Terkini"), {},
     "negative comment on a neutral page"),
    ("Prof Mahfud wapres 2024 aamiin 🤲", page("Mahfud MD"), {}, "VP candidate support with prayer word"),
    ("Ganjar-Mahfud pasti kalah, survei aja udh nyungsep", page("Diskusi Pilpres 2024"), {},
     "negative comment"),
    ("Pak Ganjar presiden kami ❤️❤️ sehat selalu pak", ig("ganjar_pranowo"), {},
     "IG comment on candidate account"),
    ("Sat set min, Ganjar-Mahfud sampe menang!", ig("relawan.ganjarmahfud.official"), {},
     "IG comment on volunteer"),
    ("Penjelasan Prof Mahfud soal penegakan hukum mantap. fix pilih 03 👍", ytv("g4nDeb4t01"), {},
     "YouTube comment, 'fix pilih 03'"),
    ("Makin ga yakin sama Ganjar. Asal bukan dia deh, serius", ytv("g4nDeb4t02"), {}, "negative"),
    ("03 menang satu putaran aamiin 🤟🤟", None, {}, "TikTok comment (export gives text only)"),
    ("tolak 03!! ga mau presiden boneka partai", None, {}, "negative TikTok comment"),
    ("Ayo dukung Ganjar-Mahfud! Sebarkan 🙏", T(name="TPN Ganjar-Mahfud", type="account"),
     {"shared_from": "TPN Ganjar-Mahfud"}, "share of the campaign team's post"),
    (None, T(name="Relawan Ganjar Mahfud Nusantara", type="account"),
     {"shared_from": "Relawan Ganjar Mahfud Nusantara"}, "share of a campaign poster without caption (case C1)"),
    ("Bismillah Pak Ganjar 2024 🔥", T(name="Ganjar Pranowo", type="account"),
     {"shared_from": "Ganjar Pranowo"}, "share before candidates were fixed"),
    ("RT @relawan_gm03: Jangan lupa 14 Februari coblos nomor 3! Sat set 🤟", None, {},
     "retweet of a vote call"),
    ("RT @gerakan_tolak03: Tolak Ganjar! Jgn kasih kesempatan lagi #AsalBukanGanjar", None, {},
     "retweet of negative campaign"),
    ("Assalamualaikum, mohon doa & dukungannya utk Ganjar-Mahfud tgl 14 ya, coblos yg nomor 3 🤟", None,
     {"chat": "Keluarga Besar Pak Darmo"}, "WhatsApp family group vote call (case C2)"),
    ("Yg penting jgn pilih 03 ya teman2, jgn sampe presidennya disetir partai", None,
     {"chat": "Alumni SMK 2 Angk 2008"}, "negative call in alumni group"),
    ("Besok kumpul jam 8 di posko, bawa kaos & bendera 03 ya", None,
     {"chat": "Relawan Ganjar Mahfud Kec. Banyumanik"}, "organising in a volunteer group"),
    ("bpk ibu besok jgn lupa coblos Ganjar Mahfud ya 🙏", None, {"chat": "Grup RT 02"},
     "vote call during quiet period (case C8)"),
    ("Materi kampanye 03 udah aku upload ya, tolong disebar ke grup2 lain", None,
     {"chat": "Diskusi Jaga Demokrasi"}, "spreading campaign material"),
    (None, ig("ganjar_pranowo", "C2ganj03a"), {}, "like of the candidate's post"),
    (None, ig("tpn.ganjarmahfud", "C2ganj03b"), {}, "like of the campaign team's post"),
    (None, ig("relawan_gm03_jateng", "C2ganj03c"), {}, "like of a volunteer account's post"),
    ("Coblos 03 tanggal 14 Februari! Ganjar-Mahfud, menuju Indonesia Unggul 🤟 #GanjarMahfud2024",
     xpost("1745000000000000301"), {}, "X like: liked tweet text only"),
    ("Prof Mahfud: hukum harus tegak utk semua, tanpa pandang bulu! 🔥 #GerakCepatGanjarMahfud",
     xpost("1745000000000000302"), {}, "X like of a campaign quote"),
    ("Kalau mau Indonesia jalan di tempat, silakan pilih 03. Kalau waras, asal bukan Ganjar.",
     xpost("1745000000000000303"), {}, "X like of negative campaigning"),
    (None, page("Ganjar Pranowo"), {"title": "Dewi Lestari menyukai kiriman Ganjar Pranowo."},
     "Facebook like of the candidate's post"),
    (None, page("Relawan Ganjar Mahfud Sulawesi Selatan"), {}, "Facebook like of a volunteer page post"),
    (None, page("Mahfud MD"), {"reaction": "LOVE"}, "love reaction on the VP candidate's post"),
    (None, igacc("ganjar_pranowo"), {}, "follows the candidate"),
    (None, igacc("sahabat_ganjarmahfud"), {}, "follows a volunteer account"),
    (None, tt("ganjar.mahfud.2024"), {}, "TikTok follow of a pair fan account"),
    (None, ytch("Ganjar Pranowo", "UCganjarXXXXXXXXXXXXXXX3"), {}, "YouTube subscription"),
    (None, page("Relawan Ganjar-Mahfud Jawa Barat"), {}, "page like"),
    (None, page("Ganjar For President 2024"), {}, "page like before pairs were fixed"),
    (None, group("Relawan Ganjar Mahfud Kabupaten Bogor"), {"membership": "joined"}, "joined volunteer group"),
    (None, group("Barisan Pendukung Ganjar Mahfud"), {"membership": "joined"}, "Telegram group"),
    (None, group("Posko Pemenangan Ganjar Mahfud Kel. Sukamulya"), {"membership": "joined"}, "WhatsApp group"),
    ("PNS | Bapak 3 anak | 🤟 #GanjarMahfud2024 Sat Set", None, {}, "profile bio with pair tag"),
    (None, ig("ganjar_pranowo", "C2ganj03s"), {}, "saved the candidate's campaign post"),
]

# ---------------------------------------------------------------------------------------------
# Party slots: the same 16 slots for each of four party groups.
PARTY_SLOTS = [
    ("post", "facebook", "2024-01-10", S), ("post", "facebook", "2023-12-14", S),
    ("post", "facebook", "2024-02-01", O), ("post", "x", "2024-01-17", S), ("post", "instagram", "2023-12-21", S),
    ("comment", "facebook", "2024-01-26", S), ("comment", "instagram", "2024-01-04", O),
    ("share", "facebook", "2024-01-23", S),
    ("message", "whatsapp", "2024-02-05", S),
    ("like", "x", None, S), ("like", "facebook", "2024-01-14", S),
    ("follow", "instagram", "2023-11-30", S),
    ("page_like", "facebook", "2023-10-02", S),
    ("group_membership", "whatsapp", "2024-01-08", S), ("group_membership", "facebook", "2023-12-03", S),
    ("profile", "facebook", "2024-01-01", S),
]

# Group key -> parties in it (the nominating coalitions as named by the KPU chair; the rest).
PARTY_GROUPS = {
    "koalisi-01": ["nasdem", "pkb", "pks"],
    "koalisi-02": ["gerindra", "golkar", "pan", "demokrat", "psi", "pbb", "garuda"],
    "koalisi-03": ["pdip", "ppp", "perindo", "hanura"],
    "non-koalisi": ["buruh", "gelora", "pkn", "ummat", "pna", "gabthat", "pda", "pa", "pas", "sira"],
}

# Each entry: (party short ids, text, target, extra, note). Same order as PARTY_SLOTS.
PARTY_ITEMS: dict[str, list] = {}

PARTY_ITEMS["koalisi-01"] = [
    (["pkb"], "Jangan lupa 14 Februari coblos PKB nomor 1 ya, caleg DPRD dapil 2 Bapak H. Sholeh 🙏", None, {},
     "party vote call with number"),
    (["nasdem"], "Alhamdulillah resmi jadi kader Partai NasDem, KTA sudah di tangan 💙", None, {},
     "party membership (case C7: PTDH)"),
    (["pks"], "Tolak PKS! jangan sampai partai ini dapet kursi lagi di dapil kita", None, {},
     "negative campaign against a party"),
    (["pks"], "PKS nomor 8, pilihan keluarga kami dari dulu. Coblos PKS! 🧡", None, {}, "party vote call"),
    (["nasdem"], "Bersama caleg Partai NasDem dapil Jabar 7, siap gerak utk restorasi 💙 #NasDem", None, {},
     "photo caption with a party's candidate"),
    (["pkb"], "Coblos PKB no 1 bos 💚", page("Partai Kebangkitan Bangsa"), {}, "comment on the party page"),
    (["pks"], "Ga pilih PKS lah, udh cukup", ig("dpp.pks.official", "C3pks01"), {}, "negative comment"),
    (["pkb"], "Ayo menangkan PKB di Jatim!", T(name="DPW PKB Jawa Timur", type="account"),
     {"shared_from": "DPW PKB Jawa Timur"}, "share of a party post"),
    (["nasdem"], "Bu ibu, utk DPR RI titip coblos NasDem nomor 5 ya, calegnya ponakan saya 🙏", None,
     {"chat": "Arisan Ibu-ibu Perumahan Griya Asri"}, "WhatsApp vote call for a party"),
    (["pkb"], "Coblos PKB nomor 1! Caleg muda utk Jawa Timur 💚 #PKB", xpost("1745000000000001001"), {},
     "X like of a party vote call"),
    (["pks"], None, page("PKS Kota Depok"), {}, "Facebook like of a party branch post"),
    (["nasdem"], None, igacc("official.nasdem"), {}, "follows a party account"),
    (["pks"], None, page("Partai Keadilan Sejahtera"), {}, "party page like"),
    (["pkb"], None, group("Kader PKB Ranting Sukamaju"), {"membership": "joined"}, "party cadre group"),
    (["nasdem"], None, group("Relawan Caleg Partai NasDem Dapil 3"), {"membership": "joined"},
     "party candidate volunteer group"),
    (["pks"], "ASN | Kader PKS | Depok", None, {}, "bio declares party membership"),
]

PARTY_ITEMS["koalisi-02"] = [
    (["gerindra"], "Jangan lupa 14 Februari coblos Gerindra nomor 2 ya, caleg DPRD dapil 4 Bapak Hendra Wijaya 🙏",
     None, {}, "party vote call with number"),
    (["golkar"], "Alhamdulillah resmi jadi anggota Partai Golkar, KTA udah jadi 💛", None, {},
     "party membership (case C7: PTDH)"),
    (["psi"], "Tolak PSI! partai anak muda tp isinya cuma buzzer", None, {}, "negative campaign against a party"),
    (["demokrat"], "Demokrat nomor 14, pilihan keluarga kami dari dulu. Coblos Demokrat! 💙", None, {},
     "party vote call"),
    (["pan"], "Bersama caleg PAN dapil Jateng 5, siap kerja nyata 💙 #PAN12", None, {},
     "photo caption with a party's candidate (bare short name + caleg)"),
    (["gerindra"], "Coblos Gerindra no 2 bos 🦅", page("Partai Gerindra"), {}, "comment on the party page"),
    (["psi"], "Ga pilih PSI lah, udh cukup", ig("psi_id", "C3psi01"), {}, "negative comment"),
    (["golkar"], "Ayo menangkan Golkar di Sulsel!", T(name="DPD Golkar Sulawesi Selatan", type="account"),
     {"shared_from": "DPD Golkar Sulawesi Selatan"}, "share of a party post"),
    (["pbb"], "Bu ibu, utk DPRD titip coblos PBB nomor 13 ya, calegnya adik saya 🙏", None,
     {"chat": "Arisan RT 05 Perumnas"}, "WhatsApp vote call for a party"),
    (["garuda"], "Coblos Partai Garuda nomor 11! Caleg muda utk Indonesia 🦅 #Garuda",
     xpost("1745000000000002001"), {}, "X like of a party vote call"),
    (["pan"], None, page("DPD PAN Kota Medan"), {}, "Facebook like of a party branch post"),
    (["gerindra"], None, igacc("partai.gerindra.official"), {}, "follows a party account"),
    (["demokrat"], None, page("Partai Demokrat"), {}, "party page like"),
    (["gerindra"], None, group("Kader Gerindra Ranting Sukamaju"), {"membership": "joined"}, "party cadre group"),
    (["golkar"], None, group("Relawan Caleg Partai Golkar Dapil 3"), {"membership": "joined"},
     "party candidate volunteer group"),
    (["psi"], "ASN | Kader PSI | Surabaya", None, {}, "bio declares party membership"),
]

PARTY_ITEMS["koalisi-03"] = [
    (["pdip"], "Jangan lupa 14 Februari coblos PDI Perjuangan nomor 3 ya, caleg DPRD dapil 1 Ibu Sri Rahayu 🙏",
     None, {}, "party vote call with number"),
    (["ppp"], "Alhamdulillah resmi jadi kader PPP, KTA sudah di tangan 💚", None, {},
     "party membership (case C7: PTDH)"),
    (["pdip"], "Tolak PDIP! partai ini udh kelamaan berkuasa", None, {}, "negative campaign against a party"),
    (["perindo"], "Perindo nomor 16, pilihan keluarga kami dari dulu. Coblos Perindo! 💙", None, {},
     "party vote call"),
    (["hanura"], "Bersama caleg Partai Hanura dapil Sumut 2, siap mengabdi 🧡 #Hanura", None, {},
     "photo caption with a party's candidate"),
    (["pdip"], "Coblos PDIP no 3 bos 🐂", page("PDI Perjuangan"), {}, "comment on the party page"),
    (["ppp"], "Ga pilih PPP lah, udh cukup", ig("dpp.ppp", "C3ppp01"), {}, "negative comment"),
    (["pdip"], "Ayo menangkan PDI Perjuangan di Jateng!", T(name="DPD PDI Perjuangan Jawa Tengah", type="account"),
     {"shared_from": "DPD PDI Perjuangan Jawa Tengah"}, "share of a party post"),
    (["perindo"], "Bu ibu, utk DPRD titip coblos Perindo nomor 16 ya, calegnya sepupu saya 🙏", None,
     {"chat": "Arisan Kompleks Griya Indah"}, "WhatsApp vote call for a party"),
    (["ppp"], "Coblos PPP nomor 17! Caleg muda utk umat 💚 #PPP", xpost("1745000000000003001"), {},
     "X like of a party vote call"),
    (["pdip"], None, page("DPC PDI Perjuangan Kota Solo"), {}, "Facebook like of a party branch post"),
    (["pdip"], None, igacc("pdi_perjuangan"), {}, "follows a party account"),
    (["hanura"], None, page("Partai Hanura"), {}, "party page like"),
    (["pdip"], None, group("Kader PDIP Ranting Sukamaju"), {"membership": "joined"}, "party cadre group"),
    (["perindo"], None, group("Relawan Caleg Partai Perindo Dapil 3"), {"membership": "joined"},
     "party candidate volunteer group"),
    (["pdip"], "ASN | Kader PDI Perjuangan | Semarang", None, {}, "bio declares party membership"),
]

PARTY_ITEMS["non-koalisi"] = [
    (["buruh"], "Jangan lupa 14 Februari coblos Partai Buruh nomor 6 ya, caleg DPRD dapil 5 Bung Anto 🙏",
     None, {}, "party vote call with number"),
    (["pa"], "Alhamdulillah resmi jadi kader Partai Aceh, KTA ka na 💪", None, {},
     "Aceh local party membership"),
    (["ummat"], "Tolak Partai Ummat! jangan kasih suara ke mereka", None, {}, "negative campaign against a party"),
    (["gelora"], "Gelora nomor 7, pilihan keluarga kami. Coblos Partai Gelora! 🌊", None, {}, "party vote call"),
    (["pna"], "Bersama caleg Partai Nanggroe Aceh dapil Aceh 3, siap berjuang 🧡 #PNA", None, {},
     "photo caption with a party's candidate"),
    (["buruh"], "Coblos Partai Buruh no 6 bos ✊", page("Partai Buruh"), {}, "comment on the party page"),
    (["ummat"], "Ga pilih Partai Ummat lah, udh cukup", ig("partaiummat.id", "C3umm01"), {}, "negative comment"),
    (["pkn"], "Ayo menangkan PKN di Jabar!", T(name="DPW Partai Kebangkitan Nusantara Jawa Barat", type="account"),
     {"shared_from": "DPW Partai Kebangkitan Nusantara Jawa Barat"}, "share of a party post"),
    (["pas"], "Bu ibu, utk DPRK titip coblos PAS Aceh nomor 22 ya, calegnya keponakan saya 🙏", None,
     {"chat": "Arisan Gampong Lamteh"}, "WhatsApp vote call for an Aceh party"),
    (["pda"], "Coblos Partai Darul Aceh nomor 20! Caleg muda utk Aceh #PDA", xpost("1745000000000004001"), {},
     "X like of a party vote call"),
    (["sira"], None, page("Partai SIRA Aceh Utara"), {}, "Facebook like of a party branch post"),
    (["gelora"], None, igacc("partaigelora"), {}, "follows a party account"),
    (["gabthat"], None, page("Partai Generasi Atjeh Beusaboh Tha'at dan Taqwa"), {}, "party page like"),
    (["buruh"], None, group("Kader Partai Buruh Kab. Bekasi"), {"membership": "joined"}, "party cadre group"),
    (["ummat"], None, group("Relawan Caleg Partai Ummat Dapil 3"), {"membership": "joined"},
     "party candidate volunteer group"),
    (["gelora"], "ASN | Kader Partai Gelora | Bandung", None, {}, "bio declares party membership"),
]

# ---------------------------------------------------------------------------------------------
# Neutral items: (platform, kind, date, text, target, extra, note, mentions). `mentions` names the
# pairs/parties an item talks about without taking sides, so false alarms can be counted per side.
P1, P2, P3 = PAIR[1], PAIR[2], PAIR[3]

NEUTRAL = [
    # --- election bodies and official neutrality messages
    ("instagram", "like", "2024-01-10", None, ig("kpu_ri", "C4kpu01"), {}, "like of KPU post", ()),
    ("instagram", "follow", "2023-12-01", None, igacc("bawaslu.ri"), {}, "follows Bawaslu", ()),
    ("instagram", "follow", "2023-11-02", None, igacc("bkngoidofficial"), {}, "follows BKN", ()),
    ("instagram", "follow", "2023-10-12", None, igacc("kemenpanrb"), {}, "follows KemenPANRB", ()),
    ("facebook", "comment", "2024-01-29", "Min, cara cek DPT online gimana ya? NIK saya blm muncul 🙏",
     page("KPU RI"), {}, "question to KPU", ()),
    ("facebook", "comment", "2023-12-11", "Siap jaga netralitas ASN 🙏", page("Bawaslu RI"), {},
     "neutrality pledge on Bawaslu page", ()),
    ("facebook", "share", "2024-02-04", "Debat capres terakhir malam ini, nonton di rumah aja sambil ngeteh 📺",
     T(name="KPU RI", type="account"), {"shared_from": "KPU RI"}, "share of KPU debate schedule", ()),
    ("x", "like", None, "Debat Capres-Cawapres ketiga akan digelar 7 Januari 2024 di Istora Senayan. Saksikan "
     "siaran langsungnya! #PemiluDamai", xpost("1745000000000009001"), {}, "X like of a KPU tweet", ()),
    ("x", "like", None, "KPU menetapkan nomor urut pasangan calon: 1. Anies Baswedan-Muhaimin Iskandar, "
     "2. Prabowo Subianto-Gibran Rakabuming Raka, 3. Ganjar Pranowo-Mahfud MD.", xpost("1745000000000009002"), {},
     "X like of the number-draw announcement naming all pairs", (P1, P2, P3)),
    ("youtube", "follow", "2023-11-20", None, ytch("KPU RI", "UCkpuXXXXXXXXXXXXXXXXXXX"), {},
     "subscribed to KPU channel", ()),
    ("youtube", "comment", "2024-01-22", "Semua paslon punya gagasan bagus, semoga siapapun yg terpilih amanah 🙏",
     ytv("kpuDebat05"), {}, "comment on KPU debate stream, no side", ()),
    ("instagram", "like", "2024-02-11", None, ig("bawaslu.ri", "C4baw01"), {}, "like of Bawaslu post", ()),
    ("facebook", "page_like", "2023-09-30", None, page("Bawaslu Provinsi Jawa Barat"), {}, "page like", ()),
    ("tiktok", "follow", "2023-12-15", None, tt("kpu_ri"), {}, "follows KPU on TikTok", ()),
    ("telegram", "group_membership", "2024-01-20", None, group("Info KPPS Kecamatan Cilandak"),
     {"membership": "joined"}, "poll-worker info group", ()),
    ("whatsapp", "group_membership", "2024-01-25", None, group("KPPS TPS 03 Kel. Cilandak Barat"),
     {"membership": "joined"}, "trap: poll-worker group named after TPS number 03", ()),
    ("whatsapp", "message", "2024-02-13", "Bapak ibu petugas KPPS TPS 02, besok kumpul jam 6 pagi utk persiapan "
     "pemungutan suara ya. Jgn lupa bawa surat tugas", None, {"chat": "KPPS TPS 02 Sukamaju"},
     "trap: poll worker message with TPS number 02", ()),
    ("facebook", "post", "2024-02-14", "Alhamdulillah selesai bertugas jadi KPPS di TPS 01 Kel. Sukamulya, capek "
     "tapi bangga 💪 #PemiluDamai", None, {}, "trap: poll worker post with TPS number 01", ()),
    ("instagram", "post", "2023-12-07", "Bimtek PPK & PPS se-Kecamatan bersama KPU Kota, semoga pemilu 2024 "
     "lancar dan damai 🙏", None, {}, "election training post", ()),
    ("facebook", "share", "2023-11-27", "Pengingat utk rekan2 ASN: jaga netralitas, jangan like/komen/share konten "
     "paslon ya 🙏", T(name="Badan Kepegawaian Negara", type="account"),
     {"shared_from": "Badan Kepegawaian Negara"}, "share of BKN neutrality reminder", ()),
    ("x", "post", "2024-01-15", "Sebagai ASN saya netral. Hak pilih saya cuma di bilik suara. #ASNNetral", None, {},
     "neutrality statement", ()),
    ("instagram", "comment", "2023-11-30", "Siap netral min 🙏", ig("kemenpanrb", "C4pan01"), {},
     "comment on KemenPANRB post", ()),
    ("facebook", "share", "2024-01-03", "Bagi yg pindah domisili, urus formulir pindah memilih (A5) paling lambat "
     "15 Januari ya", T(name="KPU Kota Bandung", type="account"), {"shared_from": "KPU Kota Bandung"},
     "share of local KPU info", ()),
    # --- turnout reminders without a side
    ("facebook", "post", "2024-02-12", "Ayo ke TPS tanggal 14 Februari! Jangan golput, gunakan hak pilihmu 🇮🇩",
     None, {}, "turnout reminder", ()),
    ("x", "post", "2024-02-13", "Besok jgn lupa nyoblos ya gaes, siapapun pilihanmu yg penting datang ke TPS 😊",
     None, {}, "turnout reminder with 'nyoblos' but no number or name", ()),
    ("whatsapp", "message", "2024-02-13", "Besok pagi kita ke TPS bareng2 ya, abis itu sarapan bubur ayam 😁", None,
     {"chat": "Keluarga Cemara"}, "family plans for voting day", ()),
    ("instagram", "photo", "2024-02-14", "Udah nyoblos! jari kelingking ungu 💜 #AkuMemilih #PemiluDamai", None, {},
     "voted, inked finger without a gesture", ()),
    ("tiktok", "video", "2024-01-18", "tutorial cek DPT online biar ga bingung pas 14 feb 📱 #pemilu2024 #tutorial",
     None, {}, "voter information video", ()),
    ("facebook", "comment", "2024-02-10", "TPS nya di mana ya? saya pindah domisili, mau ngurus A5",
     page("Info Cilandak"), {}, "voter question", ()),
    ("x", "post", "2024-02-14", "Hari ini libur nasional. Pemilu damai, beda pilihan tetap bersaudara 🤝", None, {},
     "neutral formula", ()),
    ("youtube", "comment", "2024-02-01", "Tetap jaga persatuan, siapapun presidennya nanti kita tetap saudara",
     ytv("debatRekap01"), {}, "unity comment", ()),
    ("telegram", "message", "2024-02-09", "Rekan2, tgl 14 Februari libur nasional, jgn lupa gunakan hak pilih ya",
     None, {"chat": "Info ASN Kota Bekasi"}, "turnout reminder in office channel", ()),
    ("instagram", "post", "2024-03-21", "Pemilu sudah usai, mari rajut kembali persatuan. Selamat kepada yg "
     "terpilih, semoga amanah.", None, {}, "post-election unity, names nobody", ()),
    ("facebook", "post", "2024-01-06", "Jangan lupa cek nama di DPT lewat cekdptonline.kpu.go.id ya 👍", None, {},
     "turnout info", ()),
    ("whatsapp", "message", "2024-02-10", "Pengumuman: undangan memilih (C6) sudah dibagikan, yg blm terima "
     "hubungi pak RT ya", None, {"chat": "Grup RT 04 RW 02"}, "RT announcement with numbers", ()),
    # --- several pairs at once, news, debates
    ("x", "post", "2024-02-14", "Quick count sementara: 01 25%, 02 58%, 03 17%. Kita tunggu real count KPU aja ya",
     None, {}, "trap: all three numbers in a results report", (P1, P2, P3)),
    ("facebook", "post", "2024-01-08", "Nonton debat capres bareng keluarga. Ketiga paslon punya program yg "
     "menarik, semoga debat berikutnya lebih substantif", None, {}, "debate comment, no side", ()),
    ("facebook", "share", "2024-03-20", "Hasil rekapitulasi nasional KPU sudah diumumkan.",
     T(name="CNN Indonesia", type="account"), {"shared_from": "CNN Indonesia"}, "news share", ()),
    ("x", "like", None, "Pengundian nomor urut capres-cawapres: Anies-Muhaimin nomor 1, Prabowo-Gibran nomor 2, "
     "Ganjar-Mahfud nomor 3.", xpost("1745000000000009003"), {}, "X like of a news tweet naming all pairs",
     (P1, P2, P3)),
    ("instagram", "comment", "2024-01-07", "Bagus nih format debatnya, semua capres dikasih waktu yg sama",
     ig("narasinewsroom", "C4nar01"), {}, "debate format comment", ()),
    ("whatsapp", "message", "2024-01-21", "Info: besok debat cawapres jam 7 malem, yg mau nonton di pos satpam "
     "boleh, tv nya udh dibenerin", None, {"chat": "Grup Kantor Dinas PU"}, "debate viewing logistics", ()),
    ("youtube", "comment", "2024-01-08", "Moderatornya tegas, ketiga paslon dikasih kesempatan sama. Good job KPU",
     ytv("debatCapres03"), {}, "debate comment, no side", ()),
    ("telegram", "message", "2024-03-10", "Rekapitulasi suara nasional dijadwalkan selesai paling lambat 20 Maret",
     None, {"chat": "Berita Harian Nasional"}, "news channel post", ()),
    ("facebook", "post", "2024-02-16", "Angkanya kok beda2 ya tiap lembaga survei, mending nunggu hasil resmi "
     "KPU aja", None, {}, "post-vote comment, no side", ()),
    ("x", "post", "2024-02-20", "Yg penting abis pemilu jgn ada lagi cebong kampret kadrun2an. capek.", None, {},
     "post-vote weariness, no side", ()),
    ("facebook", "post", "2024-03-22", "Hasil real count: PDIP, Golkar, Gerindra tiga besar perolehan kursi DPR. "
     "Selamat bekerja utk yg terpilih.", None, {}, "trap: party results naming several parties", ()),
    # --- duty posts naming a sitting official (each pair alike)
    ("facebook", "share", "2022-10-05", "Gubernur Anies Baswedan meresmikan Rusun Pasar Rumput dalam rangka "
     "penyediaan hunian terjangkau bagi warga.", T(name="Humas Pemprov DKI Jakarta", type="account"),
     {"shared_from": "Humas Pemprov DKI Jakarta"}, "duty post: governor inaugurates housing", (P1,)),
    ("facebook", "post", "2023-06-12", "Wakil Ketua DPR RI Muhaimin Iskandar menerima kunjungan kerja Forum "
     "Kepala Desa di Gedung Nusantara III. Dokumentasi Humas.", None, {}, "duty post: DPR deputy speaker", (P1,)),
    ("facebook", "comment", "2023-08-02", "Terima kasih atas kunjungan kerja Wakil Ketua DPR Bapak Muhaimin "
     "Iskandar ke kabupaten kami 🙏", page("Humas Kabupaten Jombang"), {},
     "thanks for an official visit on an agency page", (P1,)),
    ("facebook", "share", "2023-03-15", "Menhan Prabowo Subianto meninjau PT Pindad dalam rangka penguatan "
     "industri pertahanan dalam negeri.", T(name="Kementerian Pertahanan RI", type="account"),
     {"shared_from": "Kementerian Pertahanan RI"}, "duty post: defence minister visit", (P2,)),
    ("facebook", "post", "2023-06-12", "Wali Kota Surakarta Gibran Rakabuming Raka membuka Rakor Penanganan "
     "Stunting di Balai Kota. Dokumentasi Humas.", None, {}, "duty post: mayor opens meeting", (P2,)),
    ("facebook", "comment", "2023-08-02", "Terima kasih atas kunjungan kerja Wali Kota Gibran ke kelurahan kami 🙏",
     page("Humas Pemkot Surakarta"), {}, "thanks for an official visit on an agency page", (P2,)),
    ("facebook", "share", "2023-03-15", "Gubernur Ganjar Pranowo meresmikan jembatan penghubung antardesa dalam "
     "rangka peningkatan akses ekonomi warga.", T(name="Humas Pemprov Jawa Tengah", type="account"),
     {"shared_from": "Humas Pemprov Jawa Tengah"}, "duty post: governor inaugurates bridge", (P3,)),
    ("facebook", "post", "2023-06-12", "Menko Polhukam Mahfud MD memimpin rapat koordinasi penanganan TPPO di "
     "Jakarta. Dokumentasi Humas.", None, {}, "duty post: coordinating minister meeting", (P3,)),
    ("facebook", "comment", "2023-08-02", "Terima kasih atas kunjungan kerja Gubernur Ganjar ke desa kami 🙏",
     page("Humas Pemprov Jateng"), {}, "thanks for an official visit on an agency page", (P3,)),
    ("facebook", "share", "2025-03-12", "Anies Baswedan jadi pembicara diskusi kebangsaan di kampus UI hari ini.",
     T(name="Kompas.com", type="account"), {"shared_from": "Kompas.com"}, "news share long after the vote", (P1,)),
    ("facebook", "share", "2025-08-17", "Presiden Prabowo Subianto memimpin upacara HUT RI ke-80 di Istana "
     "Merdeka. Dirgahayu Indonesia 🇮🇩", T(name="Sekretariat Presiden", type="account"),
     {"shared_from": "Sekretariat Presiden"}, "state ceremony by the sitting President", (P2,)),
    ("facebook", "share", "2025-03-12", "Mahfud MD jadi pembicara seminar penegakan hukum di kampus UGM hari ini.",
     T(name="detikcom", type="account"), {"shared_from": "detikcom"}, "news share long after the vote", (P3,)),
    # --- news about one candidate, no support (each pair alike)
    ("facebook", "share", "2024-01-15", "Info: Anies kunjungi korban banjir di Demak",
     T(name="detikcom", type="account"), {"shared_from": "detikcom"}, "headline pasted as caption", (P1,)),
    ("x", "post", "2024-01-23", "Td liat di berita, Cak Imin ditanya wartawan soal debat cawapres, jawabannya "
     "panjang bgt sampe wartawannya bingung", None, {}, "observation, no support", (P1,)),
    ("whatsapp", "message", "2024-01-30", "Bapak2, jalan depan kantor ditutup besok krn ada kunjungan Anies "
     "Baswedan, cari jalan lain ya", None, {"chat": "Grup Kantor Kecamatan"}, "traffic notice", (P1,)),
    ("facebook", "share", "2024-01-15", "Info: Prabowo kunjungi korban banjir di Demak",
     T(name="Kompas.com", type="account"), {"shared_from": "Kompas.com"}, "headline pasted as caption", (P2,)),
    ("x", "post", "2024-01-23", "Td liat di berita, Gibran ditanya wartawan soal debat cawapres, jawabannya "
     "singkat bgt sampe wartawannya bingung", None, {}, "observation, no support", (P2,)),
    ("whatsapp", "message", "2024-01-30", "Bapak2, jalan depan kantor ditutup besok krn ada kunjungan Prabowo "
     "Subianto, cari jalan lain ya", None, {"chat": "Grup Kantor Kecamatan"}, "traffic notice", (P2,)),
    ("facebook", "share", "2024-01-15", "Info: Ganjar kunjungi korban banjir di Demak",
     T(name="CNN Indonesia", type="account"), {"shared_from": "CNN Indonesia"}, "headline pasted as caption", (P3,)),
    ("x", "post", "2024-01-23", "Td liat di berita, Mahfud ditanya wartawan soal debat cawapres, jawabannya "
     "lugas bgt sampe wartawannya bingung", None, {}, "observation, no support", (P3,)),
    ("whatsapp", "message", "2024-01-30", "Bapak2, jalan depan kantor ditutup besok krn ada kunjungan Ganjar "
     "Pranowo, cari jalan lain ya", None, {"chat": "Grup Kantor Kecamatan"}, "traffic notice", (P3,)),
    # --- ordinary people who share a candidate's name (each pair alike)
    ("facebook", "post", "2024-01-09", "Selamat ulang tahun ke-7 jagoanku Anies Rahman 🎂 semoga jadi anak sholeh "
     "dan berbakti", None, {}, "trap: own child named Anies, 'jagoanku' = my boy", (P1,)),
    ("facebook", "comment", "2024-01-26", "Terima kasih Pak Anies, kepala sekolah terbaik SDN 2 Sukamaju 🙏 "
     "selamat purna tugas", page("SDN 2 Sukamaju"), {}, "trap: retiring headmaster named Anies", (P1,)),
    ("whatsapp", "message", "2024-01-17", "Pak Imin dari bagian umum minta berkas SPJ dikumpulkan hari Jumat ya",
     None, {"chat": "Grup Kantor Dinas PU"}, "trap: colleague nicknamed Imin", (P1,)),
    ("facebook", "post", "2024-01-09", "Selamat ulang tahun ke-5 jagoanku Gibran 🎂 semoga jadi anak sholeh "
     "dan berbakti", None, {}, "trap: own child named Gibran, 'jagoanku' = my boy", (P2,)),
    ("facebook", "comment", "2024-01-26", "Terima kasih Pak Prabowo, guru olahraga terbaik SMPN 3 Sukamaju 🙏 "
     "selamat purna tugas", page("SMPN 3 Sukamaju"), {}, "trap: retiring teacher named Prabowo", (P2,)),
    ("whatsapp", "message", "2024-01-17", "Pak Bowo dari bagian umum minta berkas SPJ dikumpulkan hari Jumat ya",
     None, {"chat": "Grup Kantor Dinas PU"}, "trap: colleague nicknamed Bowo", (P2,)),
    ("facebook", "post", "2024-01-09", "Selamat ulang tahun ke-6 jagoanku Ganjar Alfarizi 🎂 semoga jadi anak "
     "sholeh dan berbakti", None, {}, "trap: own child named Ganjar, 'jagoanku' = my boy", (P3,)),
    ("facebook", "comment", "2024-01-26", "Terima kasih Pak Ganjar, wali kelas terbaik SMAN 1 Sukamaju 🙏 "
     "selamat purna tugas", page("SMAN 1 Sukamaju"), {}, "trap: retiring teacher named Ganjar", (P3,)),
    ("whatsapp", "message", "2024-01-17", "Mas Mahfud dari bagian umum minta berkas SPJ dikumpulkan hari Jumat ya",
     None, {"chat": "Grup Kantor Dinas PU"}, "trap: colleague named Mahfud", (P3,)),
    ("instagram", "post", "2023-12-12", "\"Kerja adalah cinta yang mengejawantah\" — Kahlil Gibran ✨ #quotes",
     None, {}, "trap: Kahlil Gibran quote", ()),
    ("instagram", "comment", "2024-01-19", "Pak Amin baksonya enak bgt, besok pesen lagi ya! 🍜",
     ig("bakso.pakamin", "C4bak01"), {}, "trap: seller named Amin", ()),
    ("facebook", "post", "2023-12-18", "Pak Amin satpam kantor kami hari ini ulang tahun, sehat selalu pak 🎂",
     None, {}, "trap: colleague named Amin, birthday wish", ()),
    # --- slogan words in everyday use (each pair alike)
    ("facebook", "post", "2024-01-04", "Ada perubahan jadwal apel pagi jadi jam 07.15 mulai Senin ya rekan2",
     None, {}, "trap: 'perubahan' (schedule change)", ()),
    ("instagram", "post", "2024-01-02", "Perubahan itu dimulai dari diri sendiri. Yuk mulai hidup sehat tahun ini 💪 "
     "#selfreminder", None, {}, "trap: 'perubahan' as a new-year resolution", ()),
    ("facebook", "post", "2024-01-24", "☝️ Satu hal yg sering dilupakan: minum air putih minimal 8 gelas sehari",
     None, {}, "trap: pointing-finger emoji in a health tip", ()),
    ("x", "post", "2023-12-09", "Webinar 'Perubahan Iklim dan Ketahanan Pangan' besok jam 9, link di bio", None, {},
     "trap: perubahan iklim", ()),
    ("instagram", "post", "2024-01-27", "Gasss liburan ke Bromo 🔥 oke gas berangkat jam 2 pagi!", None, {},
     "trap: 'gas'/'oke gas' as 'let's go'", ()),
    ("instagram", "post", "2023-12-23", "Kucing baru aku gemoy bgt 😍 namanya Mochi", None, {}, "trap: 'gemoy' = cute",
     ()),
    ("facebook", "post", "2023-08-17", "Dirgahayu Republik Indonesia ke-78! Terus Melaju untuk Indonesia Maju 🇮🇩",
     None, {}, "trap: 2023 Independence Day theme contains 'Indonesia Maju'", ()),
    ("instagram", "photo", "2024-01-14", "liburan keluarga ke Jogja ✌️😁", None, {},
     "trap: V sign emoji in a family photo without any candidate or party", ()),
    ("facebook", "post", "2024-01-11", "Pelayanan KTP di Disdukcapil sekarang sat set, 15 menit jadi 👍", None, {},
     "trap: 'sat set' = quick", ()),
    ("x", "post", "2023-12-17", "Nonton konser Seringai semalem, metal sampai mati 🤘🤘", None, {},
     "trap: metal music", ()),
    ("facebook", "share", "2024-01-31", "BPBD gerak cepat tangani banjir di Kec. Sukamaju, salut utk relawan!",
     T(name="BPBD Kabupaten Bogor", type="account"), {"shared_from": "BPBD Kabupaten Bogor"},
     "trap: 'gerak cepat' and 'relawan' (disaster volunteers)", ()),
    ("instagram", "photo", "2024-01-20", "Dateng ke konser band metal favorit 🤘 suaraku abis", None, {},
     "trap: metal hand emoji at a concert", ()),
    ("facebook", "post", "2023-12-28", "Lanjutkan perjuangan ananda di pesantren, semangat nak! 💪", None, {},
     "trap: 'lanjutkan'", ()),
    ("whatsapp", "message", "2024-01-07", "Alhamdulillah ketemu jalan tengah soal pembagian warisan, makasih "
     "semua 🙏", None, {"chat": "Keluarga Besar Bani Salim"}, "trap: 'jalan tengah'", ()),
    ("x", "post", "2024-01-16", "Desak pemerintah daerah segera perbaiki jalan rusak di Jl. Raya Sukamaju!", None,
     {}, "trap: 'desak' (urge) as everyday civic demand", ()),
    ("instagram", "post", "2023-10-28", "Hari Sumpah Pemuda: pemuda bersatu menuju Indonesia unggul dan berdaya "
     "saing 🇮🇩", None, {}, "trap: 'Indonesia unggul' in a national-day post", ()),
    ("facebook", "post", "2024-02-06", "Ganjaran bagi orang yang sabar itu luar biasa. Tetap semangat semuanya 🤲",
     None, {}, "trap: 'ganjaran' (reward) contains a candidate's name", ()),
    ("instagram", "post", "2023-11-18", "Salam satu jiwa! Arema 💙 nonton langsung di Kanjuruhan", None, {},
     "trap: football chant 'salam satu jiwa'", ()),
    ("facebook", "post", "2024-02-08", "Kibarkan merah putih di depan rumah, 17an masih lama tp semangatnya "
     "jangan kendor 🇮🇩", None, {}, "trap: 'merah putih'", ()),
    ("x", "post", "2023-07-17", "Reshuffle Kabinet Indonesia Maju hari ini, ada 2 menteri baru dilantik", None, {},
     "trap: cabinet name", ()),
    ("facebook", "post", "2024-10-21", "Selamat kepada para menteri Kabinet Merah Putih yg baru dilantik, semoga "
     "amanah 🙏", None, {}, "trap: cabinet name with a good wish", ()),
    ("facebook", "share", "2023-05-02", "Presiden Jokowi meresmikan Tol Cibitung-Cilincing hari ini.",
     T(name="Sekretariat Kabinet", type="account"), {"shared_from": "Sekretariat Kabinet"},
     "duty post about the President of the time (not a candidate)", ()),
    ("instagram", "post", "2024-01-30", "Nazar kalau lulus PPPK tahun ini mau traktir satu kantor bakso 🤲😂", None,
     {}, "trap: 'nazar' about a job test", ()),
    ("facebook", "post", "2023-12-03", "Jagoan kecilku juara 1 lomba mewarnai se-kecamatan 🏆🥰", None, {},
     "trap: 'jagoan' + 'juara 1'", ()),
]

NEUTRAL += [
    # --- party abbreviations and names in everyday meanings
    ("facebook", "post", "2024-01-12", "Jangan lupa bayar PKB (pajak kendaraan bermotor) sebelum jatuh tempo ya, "
     "bisa lewat Samsat online", None, {}, "trap: PKB = vehicle tax", ()),
    ("facebook", "post", "2023-11-22", "Penandatanganan PKS antara Dinas Kesehatan dan RSUD tentang sistem rujukan "
     "pasien", None, {}, "trap: PKS = perjanjian kerja sama (agency agreement)", ()),
    ("x", "post", "2023-08-08", "Tagihan PBB tahun ini naik lagi 😩 bayarnya bisa di Tokopedia kan?", None, {},
     "trap: PBB = land and building tax", ()),
    ("x", "like", None, "Sekjen PBB serukan gencatan senjata kemanusiaan di Gaza", xpost("1745000000000009004"), {},
     "trap: PBB = United Nations", ()),
    ("facebook", "comment", "2023-10-15", "Ban motor idealnya 29 psi depan, 33 psi belakang bro",
     page("Komunitas Motor Matic Bekasi"), {}, "trap: psi = tyre pressure", ()),
    ("instagram", "post", "2023-11-21", "Nonton Timnas Garuda langsung di GBK! Garuda di dadaku 🇮🇩🔥", None, {},
     "trap: Timnas + Garuda (football)", ()),
    ("x", "post", "2023-09-24", "Gelora Bung Karno penuh bgt hari ini, macet parah di Senayan", None, {},
     "trap: Gelora = stadium", ()),
    ("facebook", "post", "2023-05-01", "Hari Buruh 1 Mei, libur nasional. Selamat Hari Buruh utk semua pekerja 💪",
     None, {}, "trap: buruh = workers' day", ()),
    ("whatsapp", "message", "2024-01-18", "Ummat Islam diminta menjaga persatuan, tausiyah Ustadz Jumat ini jam 13.00",
     None, {"chat": "Pengajian Masjid Al-Ikhlas"}, "trap: ummat = the faithful", ()),
    ("facebook", "comment", "2024-01-21", "pan udah dibilangin jangan parkir di situ, diderek kan 😂",
     page("Info Bandung Raya"), {}, "trap: Sundanese particle 'pan'", ()),
    ("instagram", "post", "2023-11-24", "Anak saya dapat nilai 95 di pelajaran PKn, bangga 🥰 #HariGuru", None, {},
     "trap: PKn = civics lesson", ()),
    ("x", "post", "2024-01-05", "Garuda Indonesia delay 3 jam di Soetta, capek bgt", None, {},
     "trap: Garuda = airline", ()),
    ("x", "post", "2024-07-15", "Pemilu Amerika makin panas, Demokrat vs Republik saling serang soal ekonomi", None,
     {}, "trap: US Democrats in US election news", ()),
    ("facebook", "share", "2023-10-10", "Skema PPP (KPBU) untuk pembangunan RSUD baru dibahas di Bappeda hari ini",
     T(name="Bappeda Kabupaten Sukamaju", type="account"), {"shared_from": "Bappeda Kabupaten Sukamaju"},
     "trap: PPP = public-private partnership", ()),
    ("whatsapp", "message", "2024-01-14", "Sira wis mangan durung? aku tak mampir warung dhisik", None,
     {"chat": "Konco Lawas Cirebon"}, "trap: Javanese 'sira' = you", ()),
    ("instagram", "post", "2023-12-02", "Semangat yg bergelora di acara jalan sehat HUT Korpri kemarin 🔥", None, {},
     "trap: 'bergelora' (fervent)", ()),
    ("facebook", "post", "2023-10-19", "Bu Sri hari ini izin krn ikut pelatihan PKB (Pengembangan Keprofesian "
     "Berkelanjutan) guru", None, {}, "trap: PKB = teachers' professional development", ()),
    ("facebook", "post", "2023-09-12", "Rapat kerja Komisi IV DPRD bersama Fraksi PKS membahas anggaran pertanian, "
     "Dinas Pertanian hadir memaparkan program", None, {}, "duty post: parliamentary meeting with a faction",
     ("pemilu2024.party.pks",)),
    ("facebook", "post", "2023-09-12", "Rapat kerja Komisi IV DPRD bersama Fraksi Gerindra membahas anggaran "
     "pertanian, Dinas Pertanian hadir memaparkan program", None, {}, "duty post: parliamentary meeting with a "
     "faction", ("pemilu2024.party.gerindra",)),
    ("facebook", "post", "2023-09-12", "Rapat kerja Komisi IV DPRD bersama Fraksi PDI Perjuangan membahas anggaran "
     "pertanian, Dinas Pertanian hadir memaparkan program", None, {}, "duty post: parliamentary meeting with a "
     "faction", ("pemilu2024.party.pdip",)),
    ("facebook", "post", "2023-09-12", "Rapat kerja Komisi II DPRA bersama Fraksi Partai Aceh membahas anggaran "
     "pertanian, Dinas Pertanian hadir memaparkan program", None, {}, "duty post: parliamentary meeting with a "
     "faction", ("pemilu2024.party.pa",)),
    ("x", "post", "2023-06-05", "Proses bikin PDA (personal digital assistant) jaman dulu vs hp sekarang, jauh bgt",
     None, {}, "trap: PDA = device", ()),
    ("instagram", "post", "2024-02-02", "Pas bgt hujan, pas ada bakso 😋", None, {}, "trap: 'pas' = just right", ()),
    # --- prayers with amin
    ("facebook", "comment", "2024-01-13", "Semoga lekas sembuh ya bu, amin ya rabbal alamin 🤲",
     T(name="Siti Aminah", type="account"), {}, "prayer 'amin'", ()),
    ("whatsapp", "message", "2024-01-31", "Aamiin aamiin ya Allah 🤲", None, {"chat": "Pengajian Ibu-ibu Al-Hidayah"},
     "prayer 'amin' during the campaign", ()),
    ("instagram", "comment", "2023-12-24", "Selamat menempuh hidup baru, semoga sakinah mawaddah warahmah. Aamiin 🤲",
     ig("rina.putri", "C4rin01"), {}, "wedding wish with 'aamiin'", ()),
    ("x", "post", "2024-01-26", "Semoga besok hujan reda biar bisa apel pagi, amin", None, {}, "prayer 'amin'", ()),
    ("tiktok", "comment", "2024-01-29", "amiin semoga lolos CPNS tahun ini 🙏", None, {}, "prayer 'amiin'", ()),
    ("facebook", "comment", "2024-02-05", "Innalillahi wa inna ilaihi rajiun, semoga husnul khotimah. Amin.",
     T(name="Budi Santoso", type="account"), {}, "condolence with 'amin'", ()),
    ("youtube", "comment", "2023-12-05", "Amiiin paling serius 🤲 semoga lulus PPPK", ytv("motivasiPPPK01"), {},
     "prayer 'amin paling serius'", ()),
    ("telegram", "message", "2024-02-07", "Amin, semoga kita semua diberi kesehatan dan kelancaran", None,
     {"chat": "Info ASN Kota Bekasi"}, "prayer 'amin' in a channel", ()),
    ("facebook", "post", "2024-02-01", "Ya Allah lancarkan ujian anakku besok, amin 🤲", None, {},
     "prayer 'amin' during the campaign", ()),
    ("whatsapp", "message", "2024-02-02", "Aamiin, semoga operasinya lancar bu 🙏", None,
     {"chat": "Alumni SMA 3 Angk 2005"}, "reply 'aamiin' in an alumni group", ()),
    ("facebook", "post", "2024-01-01", "Semoga 2024 jadi tahun penuh berkah utk kita semua, amin 🤲", None, {},
     "trap: 'amin' + '2024'", ()),
    ("instagram", "comment", "2024-01-25", "Amin ya Allah, semoga dimudahkan semua urusannya kak ❤️",
     ig("dewi.kurnia", "C4dew01"), {}, "prayer 'amin ya Allah'", ()),
    ("tiktok", "comment", "2023-12-20", "amin amin amin 🤲 semoga kebagian rezeki", None, {}, "prayer 'amin amin'",
     ()),
    ("x", "like", None, "Doa sebelum belajar: Rabbi zidni ilman warzuqni fahman. Aamiin.", xpost("1745000000000009005"),
     {}, "X like of a prayer", ()),
    # --- numbers in everyday text
    ("facebook", "post", "2023-08-17", "Juara 1 lomba tarik tambang 17an 🏆 kompak bgt tim RT 02!", None, {},
     "trap: juara 1 + RT 02", ()),
    ("facebook", "post", "2024-01-19", "Harga cabe rawit hari ini Rp 80.000/kg, naik terus 😩", None, {},
     "trap: price", ()),
    ("x", "post", "2024-01-22", "Antrian nomor 02 di loket Disdukcapil, lumayan cepet pagi ini", None, {},
     "trap: queue number 02", ()),
    ("facebook", "post", "2023-11-28", "Kelas 3B juara 2 lomba kebersihan sekolah, selamat anak2 💪", None, {},
     "trap: juara 2", ()),
    ("whatsapp", "message", "2024-01-27", "RT 03 RW 01 kerja bakti Minggu pagi, kumpul di pos ronda jam 7", None,
     {"chat": "Warga RT 03 RW 01"}, "trap: RT/RW numbers", ()),
    ("instagram", "post", "2024-02-02", "Promo 2.2 tanggal 02-02 ongkir gratis! cekout skrg 🛒", None, {},
     "trap: marketplace date promo in the campaign period", ()),
    ("facebook", "post", "2023-10-20", "Tim kami menang 3-1 di turnamen futsal antar dinas 🔥 juara 1!", None, {},
     "trap: sports score", ()),
    ("whatsapp", "message", "2024-01-29", "Tanggal 01 Februari mulai masuk jam 07.30 ya rekan2", None,
     {"chat": "Grup Kantor Dinas PU"}, "trap: date 01", ()),
    ("x", "post", "2024-01-10", "Transjakarta koridor 1 lagi gangguan, siap2 telat", None, {},
     "trap: bus corridor number", ()),
    ("whatsapp", "message", "2024-01-23", "Lantai 3 gedung B toiletnya rusak, mohon perbaikan 🙏", None,
     {"chat": "Grup Kantor Dinas PU"}, "trap: floor number", ()),
    ("facebook", "post", "2023-12-20", "Peringkat 1 se-kabupaten penilaian SAKIP, terima kasih tim hebat! 🏆", None,
     {}, "trap: rank 1 + 'hebat'", ()),
    ("instagram", "post", "2024-01-08", "Skor akhir 2-0, Timnas menang! 🇮🇩🔥 bangga", None, {},
     "trap: football score + 'menang'", ()),
    ("instagram", "post", "2023-12-16", "Kopi susu gula aren no 1 di Bandung ☕ wajib coba", None, {},
     "trap: 'no 1' about coffee", ()),
    ("facebook", "post", "2024-02-03", "Nomor 3 dari kiri itu aku waktu SD 😂 #throwback", None, {},
     "trap: 'nomor 3' in a photo caption", ()),
    ("x", "post", "2023-12-14", "Pilih nomor 2 aja deh, yg warna biru lebih cocok buat seragam", None, {},
     "trap: choosing option 2 of a uniform colour", ()),
    ("whatsapp", "message", "2024-02-06", "Bu, utk arisan bulan ini yg dapet nomor 1 Bu Ani ya 🎉", None,
     {"chat": "Arisan Ibu-ibu Perumahan Griya Asri"}, "trap: arisan draw number", ()),
    ("facebook", "post", "2024-01-18", "Alhamdulillah lulus seleksi PPPK formasi guru, peringkat 1 🤲", None, {},
     "trap: ranking", ()),
    ("tiktok", "video", "2024-01-05", "3 tips hemat belanja bulanan ala ibu rumah tangga 🛒 #tips #fyp", None, {},
     "everyday TikTok video", ()),
    ("youtube", "video", "2023-12-01", "Tutorial Excel: rumus VLOOKUP untuk rekap absensi pegawai", None, {},
     "everyday YouTube upload", ()),
]

NEUTRAL += [
    # --- everyday interactions: likes, follows, pages, groups (some with volunteer-like words)
    ("instagram", "like", "2024-01-12", None, ig("rina.putri", "C5rin01"), {}, "like of a friend's post", ()),
    ("instagram", "like", "2023-12-30", None, ig("resepmasakanrumahan", "C5res01"), {}, "like of a recipe", ()),
    ("instagram", "like", "2024-02-08", None, ig("timnasindonesia", "C5tim01"), {},
     "trap: like of the national football team ('timnas')", ()),
    ("instagram", "like", "2024-01-28", None, ig("infobekasi", "C5inf01"), {}, "like of local info account", ()),
    ("instagram", "like", "2023-12-06", None, ig("humaspemkotbekasi", "C5hum01"), {}, "like of city PR post", ()),
    ("instagram", "follow", "2023-12-10", None, igacc("timnasindonesia"), {}, "trap: follows 'timnas' football", ()),
    ("instagram", "follow", "2024-01-04", None, igacc("raisa6690"), {}, "follows a singer", ()),
    ("instagram", "follow", "2023-11-25", None, igacc("dr.tirta"), {}, "follows a health influencer", ()),
    ("instagram", "follow", "2024-02-01", None, igacc("slankdotcom"), {},
     "trap: follows a band that also played campaign concerts", ()),
    ("tiktok", "follow", "2024-01-09", None, tt("masakanemak"), {}, "follows a cooking account", ()),
    ("tiktok", "follow", "2023-12-29", None, tt("seringai_official"), {}, "follows a metal band", ()),
    ("tiktok", "follow", "2024-02-05", None, tt("infocpns.id"), {}, "follows a civil-service info account", ()),
    ("youtube", "follow", "2023-11-10", None, ytch("Metallica", "UCmetallicaXXXXXXXXXXXXX"), {},
     "trap: subscribed to a metal band", ()),
    ("youtube", "follow", "2024-01-11", None, ytch("Narasi Newsroom", "UCnarasiXXXXXXXXXXXXXXXX"), {},
     "subscribed to a news channel", ()),
    ("youtube", "follow", "2023-12-18", None, ytch("Belajar Excel Pemula", "UCexcelXXXXXXXXXXXXXXXXX"), {},
     "subscribed to a tutorial channel", ()),
    ("facebook", "page_like", "2023-12-09", None, page("Sahabat Guru Indonesia"), {},
     "trap: 'sahabat' page for teachers", ()),
    ("facebook", "page_like", "2024-01-06", None, page("Posko Mudik Dishub Jawa Barat"), {},
     "trap: 'posko' of the transport agency", ()),
    ("facebook", "page_like", "2023-11-13", None, page("Info CPNS dan PPPK 2024"), {},
     "trap: '2024' in a job-info page", ()),
    ("facebook", "page_like", "2024-01-24", None, page("Resep Masakan Nusantara"), {}, "page like", ()),
    ("facebook", "page_like", "2023-10-07", None, page("Humas Polres Bogor"), {}, "page like of police PR", ()),
    ("facebook", "group_membership", "2023-12-14", None, group("Komunitas Pecinta Kucing Bogor"),
     {"membership": "joined"}, "trap: 'komunitas pecinta' (cat lovers)", ()),
    ("facebook", "group_membership", "2024-01-13", None, group("Relawan Bencana Sukabumi"),
     {"membership": "joined"}, "trap: disaster 'relawan'", ()),
    ("whatsapp", "group_membership", "2023-12-21", None, group("Laskar Pelangi Reuni SD 04"),
     {"membership": "joined"}, "trap: 'laskar' + school number", ()),
    ("telegram", "group_membership", "2024-01-19", None, group("Loyalis Persib Bandung"),
     {"membership": "joined"}, "trap: 'loyalis' football fans", ()),
    ("facebook", "group_membership", "2024-02-03", None, group("Barisan Mantan Anak Kos Jogja 2010"),
     {"membership": "joined"}, "trap: 'barisan' alumni joke group", ()),
    ("whatsapp", "group_membership", "2024-01-02", None, group("Fans Club Persija Cilandak"),
     {"membership": "joined"}, "trap: 'fans' of a football club", ()),
    ("telegram", "group_membership", "2023-11-27", None, group("Info Lowongan CPNS & PPPK"),
     {"membership": "joined"}, "job-info channel", ()),
    ("facebook", "group_membership", "2023-12-27", None, group("Jual Beli Motor Bekas Bekasi"),
     {"membership": "joined"}, "buy and sell group", ()),
    ("whatsapp", "group_membership", "2024-01-16", None, group("Keluarga Besar Dinas Pendidikan"),
     {"membership": "joined"}, "office group", ()),
    ("telegram", "group_membership", "2024-02-04", None, group("Simpatisan Kopi Nusantara"),
     {"membership": "joined"}, "trap: 'simpatisan' of coffee", ()),
    ("facebook", "like", "2024-01-20", None, page("Info Bekasi Raya"), {}, "like of a local info page post", ()),
    ("facebook", "like", "2023-12-19", None, T(name="Rudi Hartono", type="account"), {},
     "like of a friend's post", ()),
    ("facebook", "reaction", "2024-01-10", None, T(name="Siti Aminah", type="account"), {"reaction": "LOVE"},
     "trap: love reaction on a friend named Aminah", ()),
    ("facebook", "reaction", "2024-02-07", None, page("Humas Pemprov Jawa Tengah"), {"reaction": "LIKE"},
     "reaction on a provincial PR page", ()),
    ("instagram", "saved", "2024-01-15", None, ig("resepmasakanrumahan", "C5res02"), {}, "saved a recipe", ()),
    ("instagram", "saved", "2023-12-08", None, ig("infocpns.id", "C5cpn01"), {}, "saved job info", ()),
    ("x", "like", None, "Akhirnya gaji ke-13 cair juga 😭🙏 alhamdulillah", xpost("1745000000000009006"), {},
     "X like of a civil-servant joke", ()),
    ("x", "like", None, "Kucing gue tidur di atas laptop pas lagi rapat zoom 😂", xpost("1745000000000009007"), {},
     "X like of a cat tweet", ()),
    ("x", "like", None, "Timnas Indonesia menang 2-1 atas Vietnam! Garuda terbang tinggi 🇮🇩🔥",
     xpost("1745000000000009008"), {}, "trap: football win with 'timnas', 'garuda', 'menang'", ()),
    ("x", "like", None, "Perubahan jadwal KRL mulai 1 Februari, cek di aplikasi ya", xpost("1745000000000009009"),
     {}, "trap: 'perubahan jadwal' + date", ()),
    ("x", "like", None, "Harga gas elpiji 3 kg di warung naik jadi 25 ribu, emak2 menjerit",
     xpost("1745000000000009010"), {}, "trap: gas elpiji price", ()),
    # --- everyday posts, comments, messages
    ("facebook", "post", "2024-01-15", "Alhamdulillah hari ini apel pagi lancar, semangat melayani masyarakat 💪",
     None, {}, "office post", ()),
    ("facebook", "post", "2023-12-25", "Libur panjang akhir tahun, waktunya quality time bareng keluarga 🥰", None, {},
     "family post", ()),
    ("instagram", "photo", "2024-01-28", "Sarapan nasi uduk dulu sebelum berangkat kerja 😋", None, {},
     "food photo", ()),
    ("instagram", "photo", "2023-12-31", "Selamat tahun baru 2024! Semoga tahun ini lebih baik dari sebelumnya ✨",
     None, {}, "trap: new year with '2024'", ()),
    ("x", "post", "2024-01-31", "Macet di tol Cikampek parah bgt pagi ini, ada apa ya?", None, {}, "traffic", ()),
    ("x", "post", "2024-02-07", "Server e-kinerja down lagi pas deadline 🙃", None, {}, "office complaint", ()),
    ("facebook", "comment", "2024-01-03", "Mantap pak, lanjutkan! Programnya sangat membantu warga",
     page("Puskesmas Sukamaju"), {}, "trap: 'lanjutkan' to a clinic programme", ()),
    ("facebook", "comment", "2024-01-17", "Resepnya jos gandos, udh aku coba 👍", page("Resep Masakan Nusantara"),
     {}, "comment on recipe page", ()),
    ("instagram", "comment", "2024-01-30", "Cantik bgt kak, semoga langgeng ya 😍", ig("dewi.kurnia", "C5dew02"), {},
     "comment on a friend", ()),
    ("instagram", "comment", "2023-12-15", "Keren bgt programnya, semangat terus utk Disdukcapil! 🔥",
     ig("disdukcapil.bekasi", "C5dis01"), {}, "comment on agency post with support-like words", ()),
    ("youtube", "comment", "2024-01-12", "Makasih tutorialnya mas, sangat membantu buat rekap SPJ 🙏",
     ytv("excelVlookup"), {}, "comment on tutorial", ()),
    ("tiktok", "comment", "2024-02-09", "wkwk relate bgt sm kerjaan kantor 🤣", None, {}, "TikTok comment", ()),
    ("tiktok", "comment", "2024-01-15", "resep nya dong kak 🙏", None, {}, "TikTok comment", ()),
    ("whatsapp", "message", "2024-01-25", "Rekan2 jangan lupa absen apel jam 7.30, yg telat dicatat Pak Kabid",
     None, {"chat": "Grup Kantor Dinas PU"}, "office message", ()),
    ("whatsapp", "message", "2024-02-04", "Nanti malam tahlilan di rumah Pak RT ba'da isya ya bapak2", None,
     {"chat": "Grup RT 04 RW 02"}, "neighbourhood message", ()),
    ("whatsapp", "message", "2024-01-11", "Siapa yg mau nitip kue lapis? aku mau ke pasar nih", None,
     {"chat": "Keluarga Cemara"}, "family message", ()),
    ("telegram", "message", "2024-01-05", "Link materi diklat PPPK angkatan 3 sudah saya kirim ya", None,
     {"chat": "Diklat PPPK Angkatan 3"}, "training message", ()),
    ("facebook", "share", "2024-01-25", "Info lowongan CPNS 2024 sudah dibuka, semangat pejuang NIP! 💪",
     T(name="Info CPNS dan PPPK 2024", type="account"), {"shared_from": "Info CPNS dan PPPK 2024"},
     "job-info share", ()),
    ("facebook", "share", "2023-12-11", "Resep rendang padang paling gampang, wajib coba 😋",
     T(name="Resep Masakan Nusantara", type="account"), {"shared_from": "Resep Masakan Nusantara"},
     "recipe share", ()),
    ("x", "share", "2024-01-19", "RT @infobmkg: Waspada hujan lebat disertai petir di Jabodetabek sore ini", None, {},
     "weather retweet", ()),
    ("x", "share", "2023-12-05", "RT @kaborbekasi: Jalan Ahmad Yani ditutup sementara krn perbaikan saluran", None,
     {}, "traffic retweet", ()),
    ("facebook", "profile", "2023-06-01", "ASN Kemenkes | Pecinta kopi | Perubahan dimulai dari diri sendiri", None,
     {}, "trap: bio with 'perubahan'", ()),
    ("instagram", "profile", "2023-07-01", "Guru PPPK | Ibu 2 anak | ✌️ hidup santai", None, {},
     "trap: bio with V-sign emoji", ()),
    ("tiktok", "profile", "2023-09-01", "cuma ASN biasa yg suka masak 🍳", None, {}, "plain bio", ()),
    ("instagram", "post", "2024-01-21", "Seminar netralitas ASN jelang pemilu bersama Bawaslu Kota, materi sangat "
     "bermanfaat 🙏", None, {}, "neutrality seminar", ()),
    ("facebook", "post", "2023-11-16", "Sosialisasi SKB netralitas ASN di aula kecamatan. ASN dilarang like, "
     "komen, share konten capres, caleg dan parpol!", None, {}, "neutrality briefing listing forbidden acts", ()),
    ("x", "post", "2024-01-27", "Temen2 ASN, inget ya pose jari di foto juga bisa dianggap dukungan, mending "
     "kepal tangan aja 👊", None, {}, "neutrality tip about gestures", ()),
    ("whatsapp", "message", "2023-12-06", "Mohon rekan2 tidak membagikan konten kampanye di grup kantor, sesuai "
     "arahan Sekda 🙏", None, {"chat": "Grup Kantor Kecamatan"}, "neutrality instruction in office group", ()),
    ("facebook", "post", "2024-02-19", "Balik lagi ke rutinitas setelah libur pemilu, semangat Senin 💪", None, {},
     "post-vote routine", ()),
    ("instagram", "photo", "2024-02-14", "Antri di TPS bareng suami, rame tapi tertib 👍 #PemiluDamai", None, {},
     "voting day photo without gesture or name", ()),
    ("youtube", "video", "2024-02-14", "Vlog hari pemilu: antri di TPS, nyoblos, lanjut makan bakso 🍜", None, {},
     "voting day vlog without a side", ()),
    ("tiktok", "video", "2024-02-15", "pov: jari ungu ga ilang2 udah 2 hari 😭 #pemilu2024", None, {},
     "voting ink joke", ()),
]

NEUTRAL += [
    # --- support/oppose words and numbers with no candidate or party
    ("facebook", "photo", "2024-01-16", "Foto bareng temen2 seksi umum abis rapat ✌️😄", None, {},
     "trap: V sign with colleagues, no candidate", ()),
    ("whatsapp", "message", "2024-01-08", "AMIN YA ALLAH 🤲🤲 semoga sehat selalu pak", None,
     {"chat": "Keluarga Besar Mbah Karto"}, "trap: shouted 'AMIN' prayer in the campaign period", ()),
    ("facebook", "post", "2024-01-26", "Semoga tim voli kantor menang besok, semangat bapak2! 🏐", None, {},
     "trap: 'semoga menang' about volleyball", ()),
    ("facebook", "post", "2023-08-18", "Juara 1 lomba coblos balon 17an, anak2 seneng bgt 🎈", None, {},
     "trap: 'coblos' in a children's game", ()),
    ("whatsapp", "message", "2024-01-09", "Regu 02 piket malam ini ya, regu 03 besok pagi", None,
     {"chat": "Satpam Kantor Bupati"}, "trap: shift team numbers", ()),
    ("whatsapp", "message", "2024-01-30", "Utk konsumsi rapat pilih paket 02 atau 03 ya? yg 02 ada buahnya", None,
     {"chat": "Grup Kantor Dinas PU"}, "trap: catering package numbers with 'pilih'", ()),
    ("facebook", "post", "2024-01-14", "Yuk dukung UMKM lokal, beli produk tetangga sendiri 🛍️", None, {},
     "trap: 'dukung' for local businesses", ()),
    ("x", "post", "2024-02-05", "Minum Tolak Angin dulu biar ga masuk angin abis lembur 😷", None, {},
     "trap: brand name with 'tolak'", ()),
    ("instagram", "post", "2023-12-19", "Ready tempered glass anti gores semua tipe hp, DM aja kak", None, {},
     "trap: 'anti' in a sales post", ()),
    ("telegram", "message", "2024-01-22", "Hidup Persib! Besok nobar di alun2 ya wargi 💙", None,
     {"chat": "Loyalis Persib Bandung"}, "trap: 'hidup' for a football club", ()),
    ("whatsapp", "message", "2024-02-01", "Rapat koordinasi mundur jadi jam 14.00 ya bapak ibu", None,
     {"chat": "Grup Kantor Kecamatan"}, "trap: 'mundur' = postponed", ()),
    ("facebook", "post", "2024-02-09", "Beliin boneka buat si kecil, seneng bgt dia 🧸", None, {},
     "trap: 'boneka' = doll", ()),
    ("instagram", "post", "2024-01-03", "Tim 01 berangkat duluan ke lokasi survei, tim 02 nyusul siang 🚗", None, {},
     "trap: work team numbers", ()),
    ("x", "post", "2023-12-26", "Jagoan gue di MotoGP tahun depan tetep Marquez, gak ada lawan 🏍️", None, {},
     "trap: 'jagoan' + 'gak ada lawan' about a racer", ()),
    ("facebook", "post", "2024-01-22", "Alhamdulillah resmi bergabung dgn keluarga besar BPJS Kesehatan 💚", None, {},
     "trap: 'resmi bergabung' about a job", ()),
    ("instagram", "post", "2023-12-04", "Capek tp seneng, bakti sosial bareng relawan PMI di Cianjur ❤️", None, {},
     "trap: 'relawan PMI' (Red Cross volunteers)", ()),
    ("x", "post", "2024-01-19", "Presiden BEM kampus adek gue tahun ini cewek, keren 👏", None, {},
     "trap: student union president", ()),
    ("facebook", "post", "2024-02-11", "Masa tenang, mari kita jaga suasana tetap adem. Siapa pun pilihanmu, kita "
     "tetap tetangga 🤝", None, {}, "neutral formula in the quiet period", ()),
]


# ---------------------------------------------------------------------------------------------
def build() -> list[dict]:
    items: list[dict] = []
    for n, rows in PAIR_ITEMS.items():
        assert len(rows) == len(PAIR_SLOTS), (n, len(rows))
        for i, ((kind, platform, date, stance), (text, target, extra, note)) in enumerate(zip(PAIR_SLOTS, rows), 1):
            items.append({"id": f"pair{n:02d}-{i:03d}", "platform": platform, "kind": kind, "date": date,
                          "text": text, "target": target, "extra": dict(extra), "label": "partisan",
                          "entities": [PAIR[n]], "stance": stance, "group": PAIR[n], "note": note})
    for gname, rows in PARTY_ITEMS.items():
        assert len(rows) == len(PARTY_SLOTS), (gname, len(rows))
        for i, ((kind, platform, date, stance), (parties, text, target, extra, note)) in enumerate(
                zip(PARTY_SLOTS, rows), 1):
            assert all(p in PARTY_GROUPS[gname] for p in parties), (gname, parties)
            items.append({"id": f"party-{gname}-{i:03d}", "platform": platform, "kind": kind, "date": date,
                          "text": text, "target": target, "extra": dict(extra), "label": "partisan",
                          "entities": [f"pemilu2024.party.{p}" for p in parties], "stance": stance,
                          "group": gname, "note": note})
    for i, (platform, kind, date, text, target, extra, note, mentions) in enumerate(NEUTRAL, 1):
        items.append({"id": f"neutral-{i:03d}", "platform": platform, "kind": kind, "date": date, "text": text,
                      "target": target, "extra": dict(extra), "label": "neutral", "entities": [],
                      "mentions": list(mentions), "note": note})
    return items


def main() -> None:
    items = build()
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    part = sum(it["label"] == "partisan" for it in items)
    print(f"{OUT}: {len(items)} items ({part} partisan, {len(items) - part} neutral)")


if __name__ == "__main__":
    main()
