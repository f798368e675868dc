"""Build tests/corpus/heldout7.jsonl, the seventh held-out evaluation corpus.

Written without looking at the engine, its rule packs or the earlier corpora, and
committed before the engine was run on it, so its figures are an honest measure of
the engine of this release. Every private name is made up. Released under CC0.

Neutrality by construction: every pair item comes from a template filled the same way
for 01, 02 and 03 (same slot, kind, platform, date and wording, each with its own
names); every party item from a template filled the same way for each party; neutral
traps that name a side name each pair equally often.

Run: python tests/corpus/build_heldout7.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("heldout7.jsonl")
FB_OWNER = "Rina Puspitasari"

# ------------------------------------------------------------------------------------ pairs
PAIRS = {
    "01": dict(
        id="pemilu2024.pair.01", n="01", d="1", word="satu", jawa="siji",
        cap="Anies", capfull="Anies Baswedan", pakcap="Pak Anies",
        wap="Muhaimin", wapnick="Cak Imin", wapfull="Muhaimin Iskandar",
        pair="Anies-Muhaimin", short="AMIN", tag="AniesMuhaimin", team="Timnas AMIN",
        emoji="☝️", salam="salam satu jari", leet="4n1es", stretch="Aniesss",
        ig="aniesbaswedan", slug="amin", yt="Anies Baswedan", ytid="UCq7Lm2Xv0dRk4Tn8Wb1Hs3e",
        venue="JIS Jakarta", office_vp="Wakil Ketua DPR RI", office_2022="Gubernur DKI Jakarta",
        namesake="Pak Anies Suryadi", kid="Muhaimin", tukang="aniesrenovasi",
    ),
    "02": dict(
        id="pemilu2024.pair.02", n="02", d="2", word="dua", jawa="loro",
        cap="Prabowo", capfull="Prabowo Subianto", pakcap="Pak Prabowo",
        wap="Gibran", wapnick="Mas Gibran", wapfull="Gibran Rakabuming Raka",
        pair="Prabowo-Gibran", short="Prabowo-Gibran", tag="PrabowoGibran", team="TKN Prabowo-Gibran",
        emoji="✌️", salam="salam dua jari", leet="pr4b0w0", stretch="Prabowooo",
        ig="prabowo", slug="prabowogibran", yt="Prabowo Subianto", ytid="UCz3Kd8Pq1Wn5Yr0Tf6Jc2Ga",
        venue="GBK Jakarta", office_vp="Wali Kota Surakarta", office_2022="Menteri Pertahanan",
        namesake="Pak Prabowo Sutrisno", kid="Gibran", tukang="prabowo.renovasi",
    ),
    "03": dict(
        id="pemilu2024.pair.03", n="03", d="3", word="tiga", jawa="telu",
        cap="Ganjar", capfull="Ganjar Pranowo", pakcap="Pak Ganjar",
        wap="Mahfud", wapnick="Prof Mahfud", wapfull="Mahfud MD",
        pair="Ganjar-Mahfud", short="Ganjar-Mahfud", tag="GanjarMahfud", team="TPN Ganjar-Mahfud",
        emoji="🤟", salam="salam tiga jari", leet="g4nj4r", stretch="Ganjaaar",
        ig="ganjar_pranowo", slug="ganjarmahfud", yt="Ganjar Pranowo", ytid="UCm5Hb0Ns7Qe2Xk9Lp4Vd1Ro",
        venue="Simpang Lima Semarang", office_vp="Menko Polhukam", office_2022="Gubernur Jawa Tengah",
        namesake="Pak Ganjar Wiyono", kid="Mahfud", tukang="ganjar_renovasi",
    ),
}


def T(name=None, handle=None, url=None, type=None):  # noqa: A002 - mirrors audit.model.Target
    return {"name": name, "handle": handle, "url": url, "type": type}


def fb_title(verb: str, what: str) -> str:
    return f"{FB_OWNER} {verb} {what}."


# Each template: (tid, platform, kind, date, stance, note, build(p) -> (text, target, extra)).
# Dates: bakal calon < 2023-11-13 <= penetapan < 2023-11-28 <= kampanye <= 2024-02-10 <
# masa tenang <= 2024-02-13 < pemungutan 2024-02-14 < setelah; None = the archive gives none.
PAIR_TEMPLATES = [
    ("t01", "facebook", "post", "2023-12-03", "support", "vote call with number, pair and hashtag",
     lambda p: (f"Sudah bulat, sekeluarga 14 Februari nanti coblos nomor {p['n']} {p['pair']} {p['emoji']} "
                f"Bismillah demi anak cucu. #{p['tag']}2024", None, {})),
    ("t02", "instagram", "photo", "2024-01-20", "support", "own photo in front of the pair's billboard, salute emoji",
     lambda p: (f"mampir bentar foto di depan baliho {p['pair']} sblm ngantor 😁{p['emoji']} #{p['tag']}2024",
                None, {})),
    ("t03", "x", "post", "2023-09-28", "support", "bakal calon phase: praise of the presidential hopeful",
     lambda p: (f"Makin yakin {p['capfull']} yg paling layak jadi presiden 2024. Yg lain lewat dulu lah 😎",
                None, {})),
    ("t04", "whatsapp", "message", "2024-02-08", "support", "vote call by number word in a family group",
     lambda p: (f"Assalamualaikum bpk ibu, sekedar ngingetin 🙏 tgl 14 besok kita kompak pilih nomor {p['word']} "
                f"ya, {p['pair']}. Matur nuwun sanget",
                T(name="Kel. Besar Mbah Karto", type="group"), {"chat": "Kel. Besar Mbah Karto"})),
    ("t05", "telegram", "message", "2023-12-15", "support", "active help in a volunteer group (handing out stickers)",
     lambda p: (f"Siap kak, besok pagi sy ikut bagi stiker & kalender {p['short']} di pasar Ngawen 💪",
                T(name=f"Relawan {p['pair']} Kec. Ngawen", type="group"),
                {"chat": f"Relawan {p['pair']} Kec. Ngawen"})),
    ("t06", "facebook", "like", "2024-01-10", "support", "like of a volunteer page's post",
     lambda p: (None, T(name=f"Relawan {p['pair']} Jawa Tengah", type="page"),
                {"reaction": "LIKE", "title": fb_title("menyukai kiriman", f"Relawan {p['pair']} Jawa Tengah")})),
    ("t07", "instagram", "follow", "2023-11-20", "support", "follows the presidential candidate's own account",
     lambda p: (None, T(handle=p["ig"], url=f"https://www.instagram.com/_u/{p['ig']}", type="account"), {})),
    ("t08", "x", "like", None, "support", "undated X like of a campaign-team tweet",
     lambda p: (f"Hari ini {p['team']} resmi buka posko di 38 kab/kota Jatim. Rapatkan barisan, "
                f"{p['n']} menang! {p['emoji']}", None, {})),
    ("t09", "tiktok", "video", "2024-01-27", "support", "own video dancing to the pair's campaign song with colleagues",
     lambda p: (f"ikutan challenge lagu kampanye {p['pair']} bareng temen-temen kantor 🤣{p['emoji']} "
                f"#{p['tag']} #fyp", None, {})),
    ("t10", "youtube", "follow", None, "support", "subscription to the candidate's channel (no date in subscriptions.csv)",
     lambda p: (None, T(name=p["yt"], url=f"http://www.youtube.com/channel/{p['ytid']}", type="channel"), {})),
    ("t11", "youtube", "comment", "2024-01-08", "support", "comment praising the candidate with the number",
     lambda p: (f"Penjelasan {p['pakcap']} soal guru honorer paling masuk akal. {p['n']} pokoknya! {p['emoji']}",
                T(url="https://www.youtube.com/watch?v=Qd7wX2mLr4s", type="video"), {})),
    ("t12", "threads", "post", "2024-01-30", "support", "implicit: vote-day hint with the salute emoji only",
     lambda p: (f"gak usah ribut-ribut di grup keluarga. tgl 14 tinggal {p['emoji']} aja, hati tenang 😌", None, {})),
    ("t13", "facebook", "comment", "2024-03-20", "support", "after the vote: lasting support on a news page",
     lambda p: (f"Apapun hasilnya, {p['pair']} tetap di hati {p['emoji']}{p['emoji']}",
                T(name="Warta Klaten Terkini", type="page"), {})),
    ("t14", "whatsapp", "message", "2024-02-12", "support", "masa tenang vote call in a neighbourhood group",
     lambda p: (f"Besok lusa jgn lupa ya warga RT 05, {p['short']} nomor {p['n']}, insyaAllah amanah 🙏",
                T(name="Warga RT 05 Griya Asri", type="group"), {"chat": "Warga RT 05 Griya Asri"})),
    ("t15", "instagram", "comment", "2024-02-14", "support", "voting-day comment on the candidate's post",
     lambda p: (f"Sudah nyoblos {p['pakcap']} 🙏 semoga menang {p['emoji']}",
                T(handle=p["ig"], type="account"), {})),
    ("t16", "x", "post", "2024-02-15", "support", "after the vote: support while counting goes on",
     lambda p: (f"Quick count blm final, tp sy tetap yakin {p['pair']} yg terbaik. Kawal C1 sampai akhir! "
                f"{p['emoji']}", None, {})),
    ("t17", "facebook", "share", "2023-12-10", "support", "share of the campaign team's post with approving words",
     lambda p: ("Program yg paling masuk akal buat kami para guru. Sebarkan! 👍", None,
                {"shared_from": p["team"], "title": fb_title("membagikan kiriman", p["team"])})),
    ("t18", "facebook", "share", "2024-01-15", "support", "wordless share of a volunteer page's post",
     lambda p: (None, None, {"shared_from": f"Relawan {p['pair']} Nusantara",
                             "title": fb_title("membagikan kiriman", f"Relawan {p['pair']} Nusantara")})),
    ("t19", "telegram", "share", "2024-01-22", "support", "forwards a rally invitation to an alumni group",
     lambda p: (f"📣 KAMPANYE AKBAR {p['short']} — Sabtu 10 Februari, {p['venue']}. Ayo hadir bersama "
                f"keluarga! {p['emoji']}", T(name="Alumni SMAN Wonosari 2005", type="group"),
                {"chat": "Alumni SMAN Wonosari 2005", "forwarded_from": p["team"]})),
    ("t20", "instagram", "like", "2024-01-12", "support", "like of a volunteer account's post",
     lambda p: (None, T(handle=f"relawan.{p['slug']}.jogja", url="https://www.instagram.com/p/C2kT9xLmQa7/",
                        type="post"), {})),
    ("t21", "tiktok", "follow", "2023-12-01", "support", "follows a campaign-post account",
     lambda p: (None, T(handle=f"posko.{p['slug']}", url=f"https://www.tiktok.com/@posko.{p['slug']}",
                        type="account"), {})),
    ("t22", "facebook", "group_membership", "2023-11-25", "support", "joins a teachers-for-the-pair group",
     lambda p: (None, T(name=f"Guru Kompak Dukung {p['pair']}", type="group"),
                {"membership": "joined", "title": f"Anda menjadi anggota Guru Kompak Dukung {p['pair']}."})),
    ("t23", "whatsapp", "group_membership", None, "support", "member of a village winning-team group (account report)",
     lambda p: (None, T(name=f"Tim Pemenangan {p['pair']} Desa Sumberejo", type="group"),
                {"membership": "member"})),
    ("t24", "facebook", "page_like", "2023-10-30", "support", "bakal calon phase: likes a fan page of the pair",
     lambda p: (None, T(name=f"Sahabat {p['pair']}", url=f"https://www.facebook.com/sahabat{p['slug']}/",
                        type="page"), {})),
    ("t25", "instagram", "profile", "2024-01-03", "support", "bio carries the salute emoji and campaign hashtag",
     lambda p: (f"ASN | mamanya Kenzo & Naura | {p['emoji']} #{p['tag']}2024", None, {})),
    ("t26", "facebook", "photo", "2023-11-14", "support", "number-draw day: celebrates the pair's number",
     lambda p: (f"Alhamdulillah dapat nomor {p['n']}, nomor cantik! {p['emoji']} {p['pair']} menang!", None, {})),
    ("t27", "x", "share", "2024-02-02", "support", "wordless retweet of a volunteer account",
     lambda p: (f"RT @relawan_{p['slug']}: Hari ini {p['pair']} menyapa warga Lampung. Sambutannya luar biasa! "
                f"#{p['tag']}2024", None, {"shared_from": f"relawan_{p['slug']}"})),
    ("t28", "threads", "comment", "2023-12-22", "support", "praise of the VP candidate by nickname only",
     lambda p: (f"setuju bgt, {p['wapnick']} paling nyambung kalo ngomongin anak muda 🔥", None, {})),
    ("t29", "youtube", "like", "2024-01-18", "support", "like of a campaign livestream",
     lambda p: (None, T(name=f"LIVE Kampanye {p['pair']} di Surabaya", url="https://www.youtube.com/watch?v=Lk3vR8nZp0w",
                        type="video"), {"title": f"Liked LIVE Kampanye {p['pair']} di Surabaya"})),
    ("t30", "telegram", "group_membership", "2023-11-16", "support", "joins a volunteer info channel",
     lambda p: (None, T(name=f"Info Relawan {p['short']} Jateng", type="channel"), {"membership": "joined"})),
    ("t31", "facebook", "post", "2024-01-25", "oppose", "negative campaign: 'asal bukan' + name",
     lambda p: (f"Pokoknya asal bukan {p['cap']}! Sudah cukup janji-janji manis. Titik.", None, {})),
    ("t32", "x", "post", "2023-12-27", "oppose", "negative campaign hashtag and call to stop the pair",
     lambda p: (f"Jangan sampai {p['pair']} menang, bahaya buat negeri ini 😤 #Tolak{p['tag']}", None, {})),
    ("t33", "whatsapp", "message", "2024-02-11", "oppose", "masa tenang: 'do not vote number N' in a family group",
     lambda p: (f"Sy cuma titip pesan buat kelg: jgn pilih nomor {p['n']}. Cukup itu aja. 🙏",
                T(name="Arisan Trah Wiryo", type="group"), {"chat": "Arisan Trah Wiryo"})),
    ("t34", "tiktok", "comment", "2024-01-16", "oppose", "leetspeak name, says the candidate is unfit",
     lambda p: (f"{p['leet']} gak layak jd presiden, udahlah 🙄", None, {})),
    ("t35", "instagram", "comment", "2023-10-12", "oppose", "bakal calon phase: comment against the hopeful on a news account",
     lambda p: (f"Jangan sampe {p['capfull']} jadi presiden, cukup sudah 😤",
                T(handle="kabar.nusantara.id", type="account"), {})),
    ("t36", "x", "like", None, "oppose", "undated like of a tweet urging not to vote for the candidate",
     lambda p: (f"Rekam jejak {p['capfull']} jelas bermasalah. Jangan ulangi kesalahan, jangan pilih dia 14 Feb!",
                None, {})),
    ("t37", "facebook", "comment", "2024-02-16", "oppose", "after the vote: gloating that the pair lost locally",
     lambda p: (f"Untung {p['pair']} kalah di TPS sini 😂 syukurin",
                T(name="Info Cegatan Klaten", type="page"), {})),
    ("t38", "whatsapp", "message", "2024-02-13", "support", "implicit: number word only, masa tenang",
     lambda p: (f"Pokoknya besok yg nomor {p['word']} ya bund, jgn salah coblos 😉",
                T(name="Ibu-ibu PKK Dusun Krajan", type="group"), {"chat": "Ibu-ibu PKK Dusun Krajan"})),
    ("t39", "facebook", "reaction", "2024-02-06", "support", "LOVE reaction on the campaign team's post",
     lambda p: (None, T(name=p["team"], type="page"),
                {"reaction": "LOVE", "title": fb_title("menanggapi kiriman", p["team"])})),
    ("t40", "youtube", "video", "2024-01-29", "support", "own vlog of attending the pair's rally",
     lambda p: (f"Vlog ikut kampanye {p['pair']} di Alun-alun Klaten 🔥 {p['salam']}! #{p['tag']}", None,
                {"title": f"Vlog ikut kampanye {p['pair']} di Alun-alun Klaten"})),
]

# ----------------------------------------------------------------------------------- parties
PARTIES = [  # (id, group, as written, full name, ballot number, level and place)
    ("nasdem", "koalisi-01", "NasDem", "Partai NasDem", 5, "DPRD Klaten"),
    ("pks", "koalisi-01", "PKS", "Partai Keadilan Sejahtera", 8, "DPRD Klaten"),
    ("golkar", "koalisi-02", "Golkar", "Partai Golkar", 4, "DPRD Klaten"),
    ("demokrat", "koalisi-02", "Demokrat", "Partai Demokrat", 14, "DPRD Klaten"),
    ("ppp", "koalisi-03", "PPP", "Partai Persatuan Pembangunan", 17, "DPRD Klaten"),
    ("perindo", "koalisi-03", "Perindo", "Partai Perindo", 16, "DPRD Klaten"),
    ("buruh", "non-koalisi", "Partai Buruh", "Partai Buruh", 6, "DPRD Klaten"),
    ("pkn", "non-koalisi", "PKN", "Partai Kebangkitan Nusantara", 9, "DPRD Klaten"),
    ("pa", "non-koalisi", "Partai Aceh", "Partai Aceh", 21, "DPRK Pidie"),
    ("pna", "non-koalisi", "PNA", "Partai Nanggroe Aceh", 18, "DPRK Pidie"),
]

PARTY_TEMPLATES = [
    ("a", "whatsapp", "message", "2024-02-03", "support", "vote call for the party and its local candidate",
     lambda q: (f"Permisi bapak ibu, titip ya 🙏 tgl 14 Feb coblos {q['abbr']} nomor {q['num']}, caleg {q['level']} "
                f"dapil 2 Bu Sri Lestari. Orangnya baik, sering bantu warga.",
                T(name="Warga Dusun Mekar Sari", type="group"), {"chat": "Warga Dusun Mekar Sari"})),
    ("b", "instagram", "photo", "2023-07-22", "support", "party membership card (KTA) shown in own photo",
     lambda q: (f"Alhamdulillah KTA {q['abbr']} sudah di tangan 💪 siap berjuang bersama {q['full']}! "
                f"#Kader{q['abbr'].replace(' ', '')}", None, {})),
]


def rec(id_, platform, kind, date, text, target, extra, label, entities=(), stance=None, group=None,
        note="", mentions=()):
    r = {"id": id_, "platform": platform, "kind": kind, "date": date, "text": text, "target": target,
         "extra": extra, "label": label, "entities": list(entities), "stance": stance, "group": group,
         "note": note}
    if label == "neutral":
        r["stance"] = None
        r["group"] = None
        if mentions:
            r["mentions"] = list(mentions)
    return r


def partisan_items() -> list[dict]:
    out = []
    for tid, platform, kind, date, stance, note, build in PAIR_TEMPLATES:
        for key, p in PAIRS.items():
            text, target, extra = build(p)
            out.append(rec(f"h7-p{key}-{tid}", platform, kind, date, text, target, extra, "partisan",
                           [p["id"]], stance, p["id"], f"[{tid}] {note}"))
    for tid, platform, kind, date, stance, note, build in PARTY_TEMPLATES:
        for pid, group, abbr, full, num, level in PARTIES:
            q = dict(abbr=abbr, full=full, num=num, level=level)
            text, target, extra = build(q)
            ent = f"pemilu2024.party.{pid}"
            out.append(rec(f"h7-pty-{pid}-{tid}", platform, kind, date, text, target, extra, "partisan",
                           [ent], stance, group, f"[party-{tid}] {note}"))
    return out


# ----------------------------------------------------------------------------------- neutral
# Traps that name one pair, filled for each pair alike (same slot; own names).
NEUTRAL_PAIR_TRAPS = [
    ("n01", "facebook", "post", "2024-01-10", "namesake: condolence for a village teacher",
     lambda p: (f"Innalillahi wa inna ilaihi rajiun. Selamat jalan {p['namesake']}, guru ngaji kami di kampung. "
                f"Semoga husnul khotimah 🤲", None, {})),
    ("n02", "whatsapp", "message", "2024-02-05", "namesake: a pupil's sick note",
     lambda p: (f"Bunda, mohon izin ananda {p['kid']} hari ini tidak masuk sekolah krn demam sejak semalam 🙏",
                T(name="Ortu Murid Kelas 4B SDN Tegalrejo", type="group"), {"chat": "Ortu Murid Kelas 4B SDN Tegalrejo"})),
    ("n03", "instagram", "comment", "2024-01-18", "namesake: thanks to a builder",
     lambda p: (f"Makasih {p['pakcap']} udah benerin genteng kemarin, rapi bgt kerjanya 👍 recommended!",
                T(handle=p["tukang"], type="account"), {})),
    ("n04", "facebook", "share", "2023-03-14", "duty: agency post on a VP candidate's visit while in office, long before candidacy",
     lambda p: (f"Kunjungan kerja {p['office_vp']} {p['wapfull']} ke Kabupaten Klaten hari ini, meninjau program "
                f"padat karya di Kecamatan Ceper. #HumasKlaten", None,
                {"shared_from": "Humas Pemkab Klaten", "title": fb_title("membagikan kiriman", "Humas Pemkab Klaten")})),
    ("n05", "x", "share", "2024-01-05", "news retweet without words about one candidate",
     lambda p: (f"RT @kabarnasional_id: Capres {p['capfull']} berkampanye di Makassar hari ini, membahas harga "
                f"pupuk dan nasib petani.", None, {"shared_from": "kabarnasional_id"})),
    ("n06", "whatsapp", "message", "2024-01-23", "traffic notice about a candidate's visit",
     lambda p: (f"Info lalin: besok ada kunjungan {p['capfull']}, Jl. Pemuda ditutup 08.00–11.00. "
                f"Mohon cari jalur alternatif 🙏", T(name="Info Lalin Klaten", type="group"),
                {"chat": "Info Lalin Klaten"})),
    ("n07", "whatsapp", "message", "2024-01-14", "everyday use of the pair's slogan word",
     lambda p: ({"01": "Semoga Bu Tini yg sakit segera diangkat penyakitnya. Aamiin ya rabbal alamin 🤲",
                 "02": "Oke gas, jam 7 kumpul depan kantor ya, berangkat bareng ke lokasi penyaluran bansos.",
                 "03": "Mantap tim, laporan SPJ sat set selesai sebelum jam 12 👏"}[p["n"]],
                T(name="Grup Kerja Bidang Sosial", type="group"), {"chat": "Grup Kerja Bidang Sosial"})),
    ("n08", "instagram", "post", "2024-01-20", "everyday use of a word tied to the pair's branding",
     lambda p: ({"01": "Ada perubahan jadwal posyandu bulan ini jadi tgl 25 ya bunda2 🙏",
                 "02": "Si Mochi makin gemoy abis steril 🐱💕",
                 "03": "Nonton festival musik metal di Solo, telinga masih berdengung 🤘🔥"}[p["n"]], None, {})),
    ("n09", "x", "post", "2024-02-01", "everyday use of another word tied to the pair",
     lambda p: ({"01": "Anak2 main slepet sarung abis tarawih, emaknya yg pusing 😂",
                 "02": "Rapat tadi sepakat: program vaksinasi anak lanjutkan sampai Maret.",
                 "03": "Damkar gerak cepat padamkan api di Pasar Wonosari, salut 🙏"}[p["n"]], None, {})),
    ("n10", "instagram", "photo", "2025-08-24", "Independence Day contest, the number as a placing and a hand emoji",
     lambda p: ({"01": "Juara 1 lomba balap karung RT ☝️🏆 tahun depan defend!",
                 "02": "Lomba makan kerupuk dapet juara 2 ✌️😂 lumayan",
                 "03": "Juara 3 tarik tambang bapak2, gaskeun tahun depan 🤟😅"}[p["n"]], None, {})),
    ("n11", "whatsapp", "message", "2024-01-31", "room and floor numbers in a meeting invitation",
     lambda p: (f"Undangan rapat: Ruang Rapat {p['d']}, Gedung B lantai {p['d']}, pukul 09.00. Mohon hadir tepat waktu.",
                T(name="Bidang Perencanaan Bappeda", type="group"), {"chat": "Bidang Perencanaan Bappeda"})),
    ("n12", "x", "post", "2024-02-14", "polling-station number on voting day, turnout reminder",
     lambda p: (f"Alhamdulillah sudah nyoblos di TPS {p['n']}, antre cuma 10 menit. Yg belum, yuk ke TPS! 🇮🇩",
                None, {})),
    ("n13", "youtube", "comment", "2024-01-07", "technical complaint on the official debate stream",
     lambda p: (f"Min, mic-nya {p['pakcap']} tolong dikecilin dikit, suaranya pecah 🙏",
                T(url="https://www.youtube.com/watch?v=Db9nK2qWx5e", type="video"), {})),
    ("n14", "instagram", "photo", "2022-06-15", "duty: accompanying an official visit long before candidacy",
     lambda p: (f"Mendampingi kunjungan kerja {p['office_2022']} {p['capfull']} meninjau posko vaksinasi "
                f"booster. Semoga bermanfaat bagi masyarakat.", None, {})),
    ("n15", "tiktok", "comment", "2024-01-08", "joke about a candidate's speaking style, no stance",
     lambda p: (f"gaya ngomong {p['pakcap']} pas debat mirip dosen pembimbingku 😭 langsung keinget revisi",
                None, {})),
    ("n16", "telegram", "share", "2023-11-14", "forwarded news of the number draw",
     lambda p: (f"[BREAKING] Hasil pengundian KPU: pasangan {p['pair']} mendapat nomor urut {p['d']}.",
                T(name="Info Kantor Dinkes Klaten", type="group"),
                {"chat": "Info Kantor Dinkes Klaten", "forwarded_from": "Kabar Terkini Official"})),
]

ALL = ["pemilu2024.pair.01", "pemilu2024.pair.02", "pemilu2024.pair.03"]

# (suffix, platform, kind, date, text, target, extra, mentions, note)
NEUTRAL_ALL_PAIRS = [
    ("a01", "facebook", "share", "2023-11-14",
     "KPU tetapkan nomor urut capres-cawapres: 01 Anies-Muhaimin, 02 Prabowo-Gibran, 03 Ganjar-Mahfud.", None,
     {"shared_from": "KPU Kabupaten Klaten", "title": fb_title("membagikan kiriman", "KPU Kabupaten Klaten")},
     ALL, "KPU announcement naming every pair"),
    ("a02", "whatsapp", "message", "2023-12-12",
     "Nanti malam debat capres perdana jam 19.00. Yg mau nobar di pos ronda monggo, cuma nonton lho ya, netral 😄",
     T(name="Ronda Malam Perum Griya Asri", type="group"), {"chat": "Ronda Malam Perum Griya Asri"}, [], "debate viewing, no side"),
    ("a03", "x", "post", "2024-02-14",
     "Quick count sementara (data masuk 60%): 01 24%, 02 58%, 03 18%. Tunggu hasil resmi KPU ya, jangan terprovokasi.",
     None, {}, ALL, "quick-count figures for every pair"),
    ("a04", "whatsapp", "message", "2024-02-14",
     "Rekap sementara TPS 045 surat suara presiden: 01 = 74, 02 = 131, 03 = 48, tidak sah 6. Mohon dicek ulang "
     "sblm tanda tangan C.Hasil.", T(name="KPPS TPS 045 Kel. Tegalrejo", type="group"),
     {"chat": "KPPS TPS 045 Kel. Tegalrejo"}, ALL, "poll worker's tally duty"),
    ("a05", "facebook", "post", "2023-11-29",
     "Pengingat utk rekan ASN: jangan like, komen, share, atau follow akun paslon 01, 02, maupun 03. Hak pilih "
     "cukup di bilik suara 🙏 #NetralitasASN", None, {}, ALL, "neutrality reminder naming every number"),
    ("a06", "threads", "post", "2024-01-22",
     "debat cawapres semalem: Cak Imin, Mas Gibran, Prof Mahfud. aku: masih bingung bedanya inflasi sama deflasi 🫠",
     None, {}, ALL, "self-deprecating joke naming every VP candidate"),
    ("a07", "tiktok", "comment", "2024-01-09", "yg menang debat semalem tuh moderatornya, tegas bgt 😂", None, {},
     [], "debate joke, no side"),
    ("a08", "youtube", "like", "2024-02-04", None,
     T(name="Debat Kelima Calon Presiden Pemilu 2024", url="https://www.youtube.com/watch?v=Kp4Rt7wNe2c", type="video"),
     {"title": "Liked Debat Kelima Calon Presiden Pemilu 2024"}, [], "like of the official debate broadcast"),
    ("a09", "instagram", "comment", "2024-02-10",
     "Min, kalau lihat ASN pasang foto sama paslon lapornya ke mana ya?", T(handle="bawaslu.ri", type="account"), {},
     [], "question to the election supervisor"),
    ("a10", "facebook", "post", "2024-02-16",
     "Siapapun yg nanti ditetapkan KPU, semoga amanah. Mari rukun lagi, tetangga tetap saudara 🤝", None, {}, [],
     "post-vote unity wish"),
    ("a11", "x", "post", "2023-12-05",
     "Rangkuman visi-misi ketiga paslon bidang kesehatan sudah ada di situs KPU. Baca sendiri, nilai sendiri.",
     None, {}, [], "voter information, no side"),
    ("a12", "whatsapp", "message", "2024-02-12",
     "Mengingatkan, ini masa tenang: dilarang kampanye di grup ini. Poster 01/02/03 yg masuk akan saya hapus. — Admin",
     T(name="Paguyuban Pedagang Pasar Gede", type="group"), {"chat": "Paguyuban Pedagang Pasar Gede"}, ALL,
     "group admin bans campaign posters of every number"),
    ("a13", "facebook", "comment", "2024-01-25",
     "Beritanya harus berimbang dong, wawancara ketiga timses, jangan cuma sebagian.",
     T(name="Warta Klaten Terkini", type="page"), {}, [], "asks the media for balance"),
    ("a14", "instagram", "post", "2024-10-20",
     "Hari ini pelantikan Presiden & Wakil Presiden 2024–2029. Selamat bertugas, semoga amanah untuk seluruh "
     "rakyat 🇮🇩", None, {}, [], "inauguration as a state event, no names"),
    ("a15", "telegram", "message", "2024-03-20",
     "KPU sudah umumkan rekapitulasi nasional. Apapun hasilnya, besok apel pagi tetap jam 07.30 ya rekan2.",
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"), {"chat": "Info Kepegawaian BKPSDM Klaten"}, [],
     "office notice after the national count"),
    ("a16", "x", "post", "2024-02-14",
     "Surat suara presiden, DPR, DPD, DPRD provinsi, DPRD kab. Lima lembar sekaligus. Semangat KPPS se-Indonesia!",
     None, {}, [], "voting-day remark, no side"),
]

P = "pemilu2024.party."
NEUTRAL_PARTY_TRAPS = [  # balanced: 4 per party group
    ("q01", "whatsapp", "message", "2024-03-04",
     "Bayar PKB motor skrg bisa lewat aplikasi Samsat, ga usah antre 👍", T(name="Keluarga Cemara", type="group"),
     {"chat": "Keluarga Cemara"}, [P + "pkb"], "PKB = pajak kendaraan bermotor"),
    ("q02", "facebook", "post", "2023-10-02",
     "Alhamdulillah PKS dengan Universitas Widya Dharma ditandatangani hari ini, program magang jalan tahun depan.",
     None, {}, [P + "pks"], "PKS = perjanjian kerja sama"),
    ("q03", "telegram", "message", "2024-04-10",
     "Selamat Idulfitri 1445 H, mohon maaf lahir batin. Semoga persatuan ummat makin kokoh 🤲",
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"), {"chat": "Info Kepegawaian BKPSDM Klaten"},
     [P + "ummat"], "ummat as the religious community"),
    ("q04", "facebook", "share", "2024-06-12",
     "Siaran pers: Raker Komisi X DPR RI dengan Kemendikbudristek membahas UKT. Fraksi NasDem dan fraksi lain "
     "menyampaikan pandangan.", None,
     {"shared_from": "Humas Kemendikbudristek", "title": fb_title("membagikan kiriman", "Humas Kemendikbudristek")},
     [P + "nasdem"], "parliamentary work naming a faction"),
    ("q05", "whatsapp", "message", "2024-08-15",
     "Batas bayar PBB-P2 tahun ini 31 Agustus ya bapak ibu, bisa di BPR desa.", T(name="Warga RT 05 Griya Asri", type="group"),
     {"chat": "Warga RT 05 Griya Asri"}, [P + "pbb"], "PBB = pajak bumi dan bangunan"),
    ("q06", "x", "post", "2024-06-08",
     "Tekanan angin ban motor yg bener berapa psi sih? Kata bengkel depan 29 belakang 33.", None, {},
     [P + "psi"], "psi as tyre pressure"),
    ("q07", "instagram", "post", "2024-09-10",
     "Garuda menang 4-0!! Merinding nonton langsung di Stadion Gelora Bung Karno 🇮🇩⚽", None, {},
     [P + "garuda", P + "gelora"], "national football team and stadium"),
    ("q08", "facebook", "post", "2024-07-03",
     "Raker Komisi II DPR dengan KemenPANRB hari ini: Fraksi Gerindra minta penataan honorer dipercepat.", None, {},
     [P + "gerindra"], "parliamentary news naming a faction"),
    ("q09", "facebook", "post", "2023-09-19",
     "Sosialisasi skema KPBU (PPP / Public Private Partnership) untuk pembangunan RSUD tipe C di aula Bappeda.",
     None, {}, [P + "ppp"], "PPP = public-private partnership"),
    ("q10", "whatsapp", "message", "2024-01-19",
     "Kalau bingung, ikuti hati nurani aja mbak. Jangan dipaksa resign kalau belum siap.",
     T(name="Sahabat Kos Melati", type="group"), {"chat": "Sahabat Kos Melati"}, [P + "hanura"],
     "'hati nurani' in a job talk"),
    ("q11", "instagram", "post", "2024-05-22",
     "Pertama kali lihat banteng jawa liar di Taman Nasional Baluran 😍 #wisataalam", None, {},
     [P + "pdip"], "the wild banteng, not the party emblem"),
    ("q12", "facebook", "post", "2024-07-04",
     "Raker Komisi II: Fraksi PDI Perjuangan minta kejelasan status PPPK paruh waktu.", None, {},
     [P + "pdip"], "parliamentary news naming a faction"),
    ("q13", "whatsapp", "message", "2024-03-11",
     "Bun, besok ulangan PKn bab Pancasila ya, jgn lupa belajar 📚", T(name="Ortu Murid Kelas 4B SDN Tegalrejo", type="group"),
     {"chat": "Ortu Murid Kelas 4B SDN Tegalrejo"}, [P + "pkn"], "PKn = civics lessons"),
    ("q14", "facebook", "post", "2024-05-01",
     "Selamat Hari Buruh Internasional untuk seluruh pekerja Indonesia 🙏", None, {}, [P + "buruh"],
     "May Day greeting"),
    ("q15", "telegram", "message", "2024-06-20",
     "Berkas cerai gugat klien sudah didaftarkan ke PA Banda Aceh pagi ini.",
     T(name="Posbakum Banda Aceh", type="group"), {"chat": "Posbakum Banda Aceh"}, [P + "pa"],
     "PA = Pengadilan Agama"),
    ("q16", "x", "post", "2024-02-20",
     "Sira wis mangan durung? 😂 ngapak campur jowo, maaf bahasa sehari2", None, {}, [P + "sira"],
     "Javanese 'sira' = you"),
]

# Plain neutral items: what an ASN's archive mostly holds.
NEUTRAL_PLAIN = [
    ("o01", "facebook", "share", "2024-08-19", "Jadwal seleksi CASN 2024 resmi diumumkan, cek sscasn.bkn.go.id.", None,
     {"shared_from": "BKN RI", "title": fb_title("membagikan kiriman", "BKN RI")}, "civil-service recruitment notice"),
    ("o02", "instagram", "follow", "2023-05-02", None,
     T(handle="bkngoidofficial", url="https://www.instagram.com/_u/bkngoidofficial", type="account"), {},
     "follows the civil-service agency"),
    ("o03", "instagram", "follow", "2023-05-02", None,
     T(handle="kemenpanrb", url="https://www.instagram.com/_u/kemenpanrb", type="account"), {}, "follows a ministry"),
    ("o04", "x", "follow", None, None,
     T(url="https://twitter.com/intent/user?user_id=1200458811203371009", type="account"), {},
     "X follow with only a numeric id"),
    ("o05", "facebook", "page_like", "2023-06-01", None,
     T(name="KPU Kabupaten Klaten", url="https://www.facebook.com/kpukabklaten/", type="page"), {},
     "likes the election commission page"),
    ("o06", "facebook", "page_like", "2023-06-01", None,
     T(name="Bawaslu Kabupaten Klaten", url="https://www.facebook.com/bawaslukabklaten/", type="page"), {},
     "likes the election supervisor page"),
    ("o07", "instagram", "like", "2024-01-02", None,
     T(handle="kpu_ri", url="https://www.instagram.com/p/C1pQ8dNsVw3/", type="post"), {}, "like of a KPU post"),
    ("o08", "telegram", "group_membership", "2023-02-10", None,
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"), {"membership": "joined"}, "office info channel"),
    ("o09", "whatsapp", "group_membership", "2024-01-20", None,
     T(name="KPPS TPS 045 Kel. Tegalrejo", type="group"), {"membership": "joined"}, "poll-worker group"),
    ("o10", "whatsapp", "message", "2024-02-13",
     "Besok kumpul di TPS jam 06.00, bawa stempel, tinta, dan daftar hadir. Sarapan disiapin warga sekitar.",
     T(name="KPPS TPS 045 Kel. Tegalrejo", type="group"), {"chat": "KPPS TPS 045 Kel. Tegalrejo"},
     "poll-worker logistics"),
    ("o11", "facebook", "post", "2024-02-09",
     "Apel siaga netralitas ASN Pemkab Klaten pagi ini, seluruh pegawai berikrar netral dalam Pemilu 2024.", None, {},
     "neutrality pledge"),
    ("o12", "instagram", "photo", "2024-02-14",
     "Selesai nyoblos, jari ungu ✨ Yuk gunakan hak pilihmu, jangan golput!", None, {}, "turnout reminder"),
    ("o13", "tiktok", "video", "2024-02-14",
     "POV: petugas KPPS dini hari masih ngitung suara 😭 semangat kawan2 KPPS se-Indonesia", None, {},
     "poll-worker humour"),
    ("o14", "youtube", "follow", None, None,
     T(name="KPU RI", url="http://www.youtube.com/channel/UCr8Tw3Ln5Qk0Hv2Xs7Jd4Pa", type="channel"), {},
     "subscribed to the election commission"),
    ("o15", "youtube", "follow", None, None,
     T(name="Bawaslu RI", url="http://www.youtube.com/channel/UCe2Nc9Vb4Mx7Rt1Ky6Lh3Wq", type="channel"), {},
     "subscribed to the election supervisor"),
    ("o16", "youtube", "follow", None, None,
     T(name="Kajian Fiqih Sehari-hari", url="http://www.youtube.com/channel/UCh6Pz1Dw8Ks3Ty5Nb0Mv2Qe", type="channel"),
     {}, "religious channel"),
    ("o17", "youtube", "like", "2023-08-02", None,
     T(name="Tutorial Excel: VLOOKUP untuk Laporan Kepegawaian", url="https://www.youtube.com/watch?v=Vx2Lk8Pq1Rm",
       type="video"), {"title": "Liked Tutorial Excel: VLOOKUP untuk Laporan Kepegawaian"}, "work tutorial"),
    ("o18", "x", "like", None, "Antrean SIM keliling hari ini di alun-alun, layanan sampai jam 12 ya.", None, {},
     "public service notice"),
    ("o19", "x", "like", None, "Jadwal KRL Solo–Jogja berubah mulai awal Juni, cek aplikasi ya.", None, {},
     "train timetable"),
    ("o20", "x", "like", None, "Tanggal 14 Februari 2024 ditetapkan hari libur nasional untuk pemungutan suara.",
     None, {}, "voting-day holiday notice"),
    ("o21", "threads", "post", "2024-03-05", "baru masuk abis cuti seminggu, email 200 belum kebuka 🫠", None, {},
     "office life"),
    ("o22", "threads", "comment", "2024-06-01", "setuju, kopi susu gula aren overrated 😆", None, {}, "chit-chat"),
    ("o23", "instagram", "saved", "2024-01-28", None,
     T(handle="bawaslu.ri", url="https://www.instagram.com/p/C2vM4sJkYb8/", type="post"), {},
     "saved an infographic of the supervisor"),
    ("o24", "tiktok", "like", "2024-01-15", None,
     T(url="https://www.tiktokv.com/share/video/7324118820413377810/", type="video"), {},
     "TikTok like: only a video id, nothing to read"),
    ("o25", "tiktok", "follow", "2023-04-11", None,
     T(handle="masakanrumahan.bunda", url="https://www.tiktok.com/@masakanrumahan.bunda", type="account"), {},
     "cooking account"),
    ("o26", "tiktok", "comment", "2024-02-18", "resep rendangnya aku coba kemarin, enak bgt kak 😍", None, {},
     "cooking comment"),
    ("o27", "facebook", "group_membership", "2023-03-02", None, T(name="Jual Beli Motor Bekas Klaten", type="group"),
     {"membership": "joined", "title": "Anda menjadi anggota Jual Beli Motor Bekas Klaten."}, "marketplace group"),
    ("o28", "facebook", "group_membership", "2023-11-30", None, T(name="Relawan Siaga Bencana Merapi", type="group"),
     {"membership": "joined", "title": "Anda menjadi anggota Relawan Siaga Bencana Merapi."},
     "disaster volunteers, not campaign"),
    ("o29", "whatsapp", "group_membership", None, None, T(name="Relawan Donor Darah PMI Klaten", type="group"),
     {"membership": "member"}, "blood-donor volunteers"),
    ("o30", "telegram", "group_membership", "2023-12-02", None, T(name="Loyalis Persis Solo", type="group"),
     {"membership": "joined"}, "football supporters"),
    ("o31", "facebook", "post", "2023-12-25", "Selamat Natal bagi yg merayakan. Damai di hati, damai di bumi 🎄", None,
     {}, "season's greeting"),
    ("o32", "whatsapp", "message", "2024-03-15", "Bukber divisi jadi Jumat ya, iuran 50rb transfer ke Bu Wulan 🙏",
     T(name="Divisi Keuangan Dinkes", type="group"), {"chat": "Divisi Keuangan Dinkes"}, "office iftar"),
    ("o33", "whatsapp", "message", "2024-02-20", "Honor KPPS sudah cair ya teman2, cek rekening masing2.",
     T(name="KPPS TPS 045 Kel. Tegalrejo", type="group"), {"chat": "KPPS TPS 045 Kel. Tegalrejo"},
     "poll-worker pay"),
    ("o34", "telegram", "message", "2023-10-10",
     "Pengumuman kenaikan pangkat periode Oktober 2023 sudah terbit, silakan cek di SIASN.",
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"), {"chat": "Info Kepegawaian BKPSDM Klaten"},
     "promotion notice"),
    ("o35", "telegram", "share", "2023-11-20",
     "ASN wajib menjaga netralitas dalam Pemilu 2024. Temukan pelanggaran? Laporkan lewat LAPOR!",
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"),
     {"chat": "Info Kepegawaian BKPSDM Klaten", "forwarded_from": "BKN Official"}, "forwarded neutrality notice"),
    ("o36", "x", "post", "2024-01-11", "Harga cabai rawit di pasar Klaten tembus 80rb/kg 😭", None, {}, "prices"),
    ("o37", "x", "post", "2024-05-02", "Selamat Hardiknas. Terima kasih guru2 honorer yg tetap semangat 🙏", None, {},
     "education day"),
    ("o38", "x", "share", "2024-02-05",
     "RT @bawaslu_RI: Temukan pelanggaran kampanye? Laporkan ke Bawaslu setempat. #AwasiPemilu", None,
     {"shared_from": "bawaslu_RI"}, "retweet of the supervisor"),
    ("o39", "facebook", "comment", "2024-01-12", "Jl. Pemuda macet parah, ada perbaikan pipa PDAM. Hati2 lur.",
     T(name="Info Cegatan Klaten", type="page"), {}, "traffic"),
    ("o40", "facebook", "reaction", "2024-01-20", None, T(name="Meme Kantoran Indonesia", type="page"),
     {"reaction": "HAHA", "title": fb_title("menanggapi kiriman", "Meme Kantoran Indonesia")}, "office memes"),
    ("o41", "facebook", "like", "2024-02-01", None, T(name="Dinas Kesehatan Kabupaten Klaten", type="page"),
     {"reaction": "LIKE", "title": fb_title("menyukai kiriman", "Dinas Kesehatan Kabupaten Klaten")},
     "own agency's post"),
    ("o42", "instagram", "comment", "2024-04-25", "Buka sampai jam berapa min? 🙏", T(handle="kulinerjogja.hits",
     type="account"), {}, "food account"),
    ("o43", "instagram", "profile", "2023-06-01", "PNS Dinkes | pecinta kopi & kucing 🐈 | postingan = pendapat pribadi",
     None, {}, "ordinary bio"),
    ("o44", "youtube", "comment", "2024-02-10", "Takaran garamnya pas, makasih chef! 🙏",
     T(url="https://www.youtube.com/watch?v=Ck5Tr9nLp2z", type="video"), {}, "cooking comment"),
    ("o45", "youtube", "video", "2023-08-17", "Upacara HUT RI ke-78 di halaman kantor Bappeda Klaten", None,
     {"title": "Upacara HUT RI ke-78 di halaman kantor Bappeda Klaten"}, "ceremony video"),
    ("o46", "whatsapp", "message", "2024-01-08",
     "Mas, laporan realisasi anggaran Q4 sudah saya kirim ke email ya. Tinggal TTD kabid.",
     T(name="Bidang Perencanaan Bappeda", type="group"), {"chat": "Bidang Perencanaan Bappeda"}, "office work"),
    ("o47", "whatsapp", "message", "2024-02-14",
     "Ibu2, hari ini libur nyoblos, arisannya geser Minggu depan ya 😊", T(name="Arisan Ibu2 Perum Griya Asri",
     type="group"), {"chat": "Arisan Ibu2 Perum Griya Asri"}, "voting day mentioned in passing"),
    ("o48", "telegram", "message", "2024-01-26",
     "Diingatkan: selama masa kampanye fasilitas kantor tidak boleh dipakai untuk kegiatan politik praktis apapun.",
     T(name="Info Kepegawaian BKPSDM Klaten", type="channel"), {"chat": "Info Kepegawaian BKPSDM Klaten"},
     "office rule reminder"),
    ("o49", "facebook", "post", "2024-11-27",
     "Pilkada serentak hari ini, yuk datang ke TPS. Suaramu menentukan 5 tahun ke depan 🗳️", None, {},
     "local-election turnout reminder"),
    ("o50", "facebook", "share", "2024-10-16",
     "Debat publik pasangan calon bupati nomor urut 1, 2, dan 3 digelar Rabu malam di pendopo kabupaten.", None,
     {"shared_from": "KPU Kabupaten Sukamaju", "title": fb_title("membagikan kiriman", "KPU Kabupaten Sukamaju")},
     "local debate notice with local numbers"),
    ("o51", "whatsapp", "message", "2024-11-27",
     "TPS 05 buka jam 7 ya. Yg sudah nyoblos jangan lupa celup jari 😄", T(name="Warga RT 05 Griya Asri",
     type="group"), {"chat": "Warga RT 05 Griya Asri"}, "local-election day"),
    ("o52", "x", "post", "2024-02-15",
     "Kawan2 KPPS, istirahat yg cukup. Jangan lupa makan. Pemilu berat tapi kita hebat 💪", None, {},
     "care for poll workers"),
    ("o53", "instagram", "photo", "2024-02-14", "Bertugas jadi KPPS hari ini, bismillah lancar sampai rekap 🙏", None,
     {}, "poll-worker duty"),
    ("o54", "threads", "post", "2023-11-28",
     "Masa kampanye mulai hari ini. Reminder buat diri sendiri: ASN netral, scroll aja jangan komen 🤐", None, {},
     "self-reminder of neutrality"),
    ("o55", "x", "post", "2023-11-14",
     "Abis nonton pengundian nomor urut di TV. Apapun pilihan kalian, tetep temenan ya gaes 🤝", None, {},
     "friendship over politics"),
    ("o56", "tiktok", "video", "2023-10-28", "Sumpah Pemuda di sekolah anak, lomba baca puisi 🇮🇩", None, {},
     "school event"),
    ("o57", "facebook", "post", "2024-04-10", "Taqabbalallahu minna wa minkum. Mohon maaf lahir dan batin 🙏", None, {},
     "Eid greeting"),
    ("o58", "whatsapp", "message", "2023-12-18", "Tolong dicek ya, SKP triwulan IV wajib diisi sebelum 31 Des.",
     T(name="Bidang Perencanaan Bappeda", type="group"), {"chat": "Bidang Perencanaan Bappeda"},
     "performance appraisal"),
    ("o59", "telegram", "message", "2024-02-16",
     "Mohon doanya utk Pak Sugeng, petugas KPPS, masih dirawat karena kelelahan 🤲",
     T(name="Info Kantor Dinkes Klaten", type="group"), {"chat": "Info Kantor Dinkes Klaten"}, "prayer request"),
    ("o60", "facebook", "comment", "2023-11-15", "Tolak tambang pasir ilegal di lereng Merapi! Lingkungan rusak.",
     T(name="Info Cegatan Klaten", type="page"), {}, "'tolak' about mining, no candidate"),
    ("o61", "x", "post", "2024-01-17", "Asal bukan hari Senin, rapat evaluasi mah hayuk aja 😅", None, {},
     "'asal bukan' about a weekday"),
    ("o62", "whatsapp", "message", "2024-01-24", "Jangan pilih kasih ya bu guru, semua anak sama 😊",
     T(name="Ortu Murid Kelas 4B SDN Tegalrejo", type="group"), {"chat": "Ortu Murid Kelas 4B SDN Tegalrejo"},
     "'jangan pilih' idiom"),
    ("o63", "instagram", "post", "2024-02-03", "Dukung UMKM lokal! Beli produk tetangga sendiri 🛍️", None, {},
     "'dukung' local business"),
    ("o64", "threads", "post", "2024-01-31", "menangkan hati mertua dulu, baru menangkan dunia 😂", None, {},
     "'menangkan' joke"),
    ("o65", "tiktok", "comment", "2024-01-19", "ketua kelas kami paling top pokoknya 😂 presiden kelas!", None, {},
     "class president joke"),
    ("o66", "whatsapp", "message", "2024-02-05", "Stikernya lucu bgt mbak 😂 minta dong",
     T(name="Sahabat Kos Melati", type="group"), {"chat": "Sahabat Kos Melati"}, "sticker chit-chat"),
    ("o67", "x", "like", None, "Cek DPT online, pastikan namamu terdaftar sebagai pemilih!", None, {},
     "voter-roll reminder"),
    ("o68", "instagram", "like", "2024-02-12", None,
     T(handle="infobmkg", url="https://www.instagram.com/p/C3hF6wTrZn1/", type="post"), {}, "weather agency"),
    ("o69", "telegram", "group_membership", "2024-03-01", None,
     T(name="Guru Penggerak Angkatan 9 Klaten", type="group"), {"membership": "joined"}, "teacher training group"),
    ("o70", "youtube", "like", "2024-03-18", None,
     T(name="Kajian Subuh: Adab Bertetangga", url="https://www.youtube.com/watch?v=Tn4Qw7xZs3k", type="video"),
     {"title": "Liked Kajian Subuh: Adab Bertetangga"}, "religious talk"),
    ("o71", "tiktok", "share", "2024-04-02", None,
     T(url="https://www.tiktokv.com/share/video/7353310095546271009/", type="video"), {"method": "whatsapp"},
     "TikTok share: only a video id"),
    ("o72", "x", "post", "2024-07-10", "Jam 2 siang rapat di ruang 3 lantai 1, jgn telat ya", None, {},
     "everyday numbers"),
    ("o73", "facebook", "photo", "2024-03-30", "Bukber alumni SMA, 20 thn gak ketemu 😍", None, {}, "reunion photo"),
    ("o74", "whatsapp", "message", "2024-01-30",
     "Pak, mobil dinas mau dipakai Sabtu? Ingat, tdk boleh utk acara kampanye siapapun ya.",
     T(name="Subbag Umum Dinkes", type="group"), {"chat": "Subbag Umum Dinkes"}, "reminder not to use office car"),
    ("o75", "facebook", "post", "2023-12-01", "Hari AIDS Sedunia: tes HIV gratis di Puskesmas Klaten Tengah.", None,
     {}, "health service"),
    ("o76", "instagram", "post", "2023-11-20",
     "Netral itu bukan tidak peduli. Netral itu menjaga pelayanan tetap adil utk semua warga. #ASNNetral", None, {},
     "neutrality slogan of the civil service"),
]


def neutral_items() -> list[dict]:
    out = []
    for nid, platform, kind, date, note, build in NEUTRAL_PAIR_TRAPS:
        for key, p in PAIRS.items():
            text, target, extra = build(p)
            out.append(rec(f"h7-n{key}-{nid}", platform, kind, date, text, target, extra, "neutral",
                           note=f"[{nid}] {note}", mentions=[p["id"]]))
    for sfx, platform, kind, date, text, target, extra, mentions, note in NEUTRAL_ALL_PAIRS:
        out.append(rec(f"h7-nall-{sfx}", platform, kind, date, text, target, extra, "neutral", note=note,
                       mentions=mentions))
    for sfx, platform, kind, date, text, target, extra, mentions, note in NEUTRAL_PARTY_TRAPS:
        out.append(rec(f"h7-npty-{sfx}", platform, kind, date, text, target, extra, "neutral", note=note,
                       mentions=mentions))
    for sfx, platform, kind, date, text, target, extra, note in NEUTRAL_PLAIN:
        out.append(rec(f"h7-n-{sfx}", platform, kind, date, text, target, extra, "neutral", note=note))
    return out


def build() -> list[dict]:
    items = partisan_items() + neutral_items()
    ids = Counter(i["id"] for i in items)
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup}")
    return items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    lab = Counter(i["label"] for i in items)
    print(f"wrote {len(items)} lines to {OUT.name}: {dict(lab)}")


if __name__ == "__main__":
    main()
