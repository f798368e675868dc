"""Build tests/corpus/heldout6.jsonl, the sixth independent held-out corpus (CC0).

Written without looking at the engine, its rule packs or the earlier corpora, so its
first run gives an honest figure. Every private person, handle, page, channel and
group below is made up; "Sukamaju" is a stand-in region.

Neutrality by construction: each pair item comes from a template filled the same way
for 01, 02 and 03 (same slot number, kind, platform, date and wording, each with that
pair's own names), and each per-pair neutral trap exists once for every pair.

    .venv/bin/python tests/corpus/build_heldout6.py          # writes the .jsonl
    .venv/bin/python tests/corpus/build_heldout6.py --stats  # prints the counts
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("heldout6.jsonl")

PAIR_KEYS = ("01", "02", "03")

# One slot dictionary per pair; templates only ever use these keys, so every pair gets
# the same sentence with its own names.
PAIRS: dict[str, dict[str, str]] = {
    "01": dict(
        id="pemilu2024.pair.01", num="01", digit="1", key="1️⃣", finger="☝️",
        gesture="salam satu jari",
        pres="Anies", pres_full="Anies Baswedan", pres_pak="Pak Anies", pres_nick="Mas Anies",
        pres_low="anies",
        vp="Muhaimin", vp_full="Muhaimin Iskandar", vp_nick="Cak Imin", vp_nick2="Gus Imin",
        pair="Anies-Muhaimin", pair_mix="Anies-Cak Imin", short="AMIN", slug="aniesmuhaimin",
        tag="#AniesMuhaimin2024", tag_plain="#aniesmuhaimin", team="Timnas AMIN",
        slogan="saatnya perubahan", ig="aniesbaswedan",
        off_title="Gubernur DKI Jakarta", vp_off_title="Wakil Ketua DPR RI",
        kid="Anies", colleague="Pak Muhaimin", yt="UCa1AminTimnasX0000000001",
    ),
    "02": dict(
        id="pemilu2024.pair.02", num="02", digit="2", key="2️⃣", finger="✌️",
        gesture="salam dua jari",
        pres="Prabowo", pres_full="Prabowo Subianto", pres_pak="Pak Prabowo", pres_nick="Pak Bowo",
        pres_low="prabowo",
        vp="Gibran", vp_full="Gibran Rakabuming Raka", vp_nick="Mas Gibran", vp_nick2="Gibran",
        pair="Prabowo-Gibran", pair_mix="Prabowo-Mas Gibran", short="Prabowo-Gibran",
        slug="prabowogibran", tag="#PrabowoGibran2024", tag_plain="#prabowogibran",
        team="TKN Prabowo-Gibran", slogan="lanjutkan Indonesia Maju", ig="prabowo",
        off_title="Menteri Pertahanan", vp_off_title="Wali Kota Surakarta",
        kid="Gibran", colleague="Mas Gibran", yt="UCb2PrabGibTknX0000000002",
    ),
    "03": dict(
        id="pemilu2024.pair.03", num="03", digit="3", key="3️⃣", finger="🤟",
        gesture="salam tiga jari",
        pres="Ganjar", pres_full="Ganjar Pranowo", pres_pak="Pak Ganjar", pres_nick="Mas Ganjar",
        pres_low="ganjar",
        vp="Mahfud", vp_full="Mahfud MD", vp_nick="Prof Mahfud", vp_nick2="Pak Mahfud",
        pair="Ganjar-Mahfud", pair_mix="Ganjar-Prof Mahfud", short="Ganjar-Mahfud",
        slug="ganjarmahfud", tag="#GanjarMahfud2024", tag_plain="#ganjarmahfud",
        team="TPN Ganjar-Mahfud", slogan="sat set menuju Indonesia Unggul", ig="ganjar_pranowo",
        off_title="Gubernur Jawa Tengah", vp_off_title="Menko Polhukam",
        kid="Ganjar", colleague="Pak Mahfud", yt="UCc3GanMahTpnX0000000003",
    ),
}

PARTIES: dict[str, dict[str, str]] = {
    # id: short name, full name, ballot number, assembly, group
    "pkb": dict(short="PKB", full="Partai Kebangkitan Bangsa", pnum="1", dprd="DPRD kabupaten", group="koalisi-01"),
    "pks": dict(short="PKS", full="Partai Keadilan Sejahtera", pnum="8", dprd="DPRD kabupaten", group="koalisi-01"),
    "gerindra": dict(short="Gerindra", full="Partai Gerakan Indonesia Raya", pnum="2", dprd="DPRD kabupaten", group="koalisi-02"),
    "demokrat": dict(short="Demokrat", full="Partai Demokrat", pnum="14", dprd="DPRD kabupaten", group="koalisi-02"),
    "pdip": dict(short="PDI Perjuangan", full="Partai Demokrasi Indonesia Perjuangan", pnum="3", dprd="DPRD kabupaten", group="koalisi-03"),
    "ppp": dict(short="PPP", full="Partai Persatuan Pembangunan", pnum="17", dprd="DPRD kabupaten", group="koalisi-03"),
    "buruh": dict(short="Partai Buruh", full="Partai Buruh", pnum="6", dprd="DPRD kabupaten", group="non-koalisi"),
    "pkn": dict(short="PKN", full="Partai Kebangkitan Nusantara", pnum="9", dprd="DPRD kabupaten", group="non-koalisi"),
    "pa": dict(short="Partai Aceh", full="Partai Aceh", pnum="21", dprd="DPRK", group="non-koalisi"),
    "pna": dict(short="PNA", full="Partai Nanggroe Aceh", pnum="18", dprd="DPRK", group="non-koalisi"),
}


def T(name=None, handle=None, url=None, type=None):  # noqa: A002 - mirrors Target.type
    return {"name": name, "handle": handle, "url": url, "type": type}


# --------------------------------------------------------------------------------------------
# Partisan pair templates: (slot, platform, kind, date, text, target, extra, stance, note)
# Strings are str.format templates over a PAIRS entry.
# --------------------------------------------------------------------------------------------
PARTISAN = [
    ("t01", "facebook", "post", "2023-12-20",
     "Td pagi ketemu langsung sm {pres_pak} pas blusukan di pasar Sukamaju, orangnya ramah bgt, mau dengerin "
     "keluhan pedagang satu2. Makin yakin buat 14 Feb nanti. Insyaallah pilihan kami tepat 🤲",
     None, {}, "support", "praise of the presidential candidate before the vote, 'pilihan kami tepat'"),
    ("t02", "instagram", "comment", "2024-01-08",
     "semangat terus kak, {short} pasti bisa 💪🔥",
     T(handle="relawan_{slug}_sukamaju", url="https://www.instagram.com/relawan_{slug}_sukamaju/", type="account"),
     {}, "support", "cheering comment on a volunteer account"),
    ("t03", "x", "comment", "2024-01-23",
     "@warga_julid99 baca dulu programnya baru komen bos. {pres} itu jelas paling siap jd presiden, "
     "jgn asal nyinyir deh",
     T(handle="warga_julid99", url="https://x.com/warga_julid99", type="account"),
     {}, "support", "defends the candidate in an argument and calls him the readiest president"),
    ("t04", "whatsapp", "message", "2024-02-05",
     "Assalamualaikum bapak ibu, bsk tgl 14 jgn lupa ya coblos no {digit}, {pair} 🙏 sekeluarga kompak",
     T(name="Keluarga Besar Mbah Karto", type="group"), {"chat": "Keluarga Besar Mbah Karto"},
     "support", "vote call with the pair number in a family group"),
    ("t05", "telegram", "group_membership", "2023-12-02", None,
     T(name="Relawan {pair} Kab. Sukamaju", type="private_supergroup"),
     {"membership": "joined"}, "support", "joined a volunteer group of the pair"),
    ("t06", "facebook", "post", "2024-02-16",
     "Terima kasih utk seluruh relawan {short} di kecamatan kami 🙏 kerja kalian luar biasa, dari pasang "
     "spanduk sampai jaga TPS. Apapun hasil akhirnya kita sudah berjuang bersama.",
     None, {}, "support", "thanks the pair's volunteers as one of them after the vote"),
    ("t07", "instagram", "post", "2024-02-14",
     "Alhamdulillah hasil hitung di TPS kami {short} menang telak 🥳🥳 pilihan kita gak salah, tinggal nunggu "
     "hasil resmi",
     None, {}, "support", "celebrates the pair's result as a supporter on voting day"),
    ("t08", "facebook", "post", "2023-12-12",
     "Kaos {short} pesenan udh nyampe, lengkap sm topinya 😁 minggu depan dipake jalan sehat bareng ibu2 "
     "komplek",
     None, {}, "support", "bought and will wear the pair's campaign merchandise"),
    ("t09", "facebook", "photo", "2023-12-01",
     "pasang bingkai dulu ah 😊 {tag}",
     None, {"title": "Rina Kurniasari memperbarui foto profilnya."},
     "support", "profile photo with a pair twibbon frame and the pair hashtag"),
    ("t10", "instagram", "post", "2024-02-03",
     "Hadir di kampanye akbar {short} di alun-alun, sbg warga biasa ya bukan sbg pegawai 😅 yg penting ikut "
     "{gesture} bareng ribuan orang, merinding!",
     None, {}, "support", "ASN at a rally 'sebagai warga' doing the pair's salute"),
    ("t11", "tiktok", "video", "2024-01-14",
     "joget dulu sm lagu kampanye {short} 🕺 {tag_plain} #fyp #pemilu2024",
     None, {}, "support", "campaign-song video with the pair hashtag"),
    ("t12", "youtube", "comment", "2023-12-13",
     "{pres_pak} paling tenang jawabnya, visi misinya jelas dan masuk akal. presiden 2024 👍",
     T(url="https://www.youtube.com/watch?v=dbtCapres01a", type="video"), {},
     "support", "after the first debate: 'presiden 2024' for the candidate"),
    ("t13", "x", "like", None,
     "Ayo coblos nomor {digit}! {pair} untuk Indonesia yang lebih baik. Sebarkan! {tag}",
     None, {}, "support", "like of a vote-call tweet (X likes carry no date)"),
    ("t14", "instagram", "follow", "2023-11-20", None,
     T(handle="{ig}", url="https://www.instagram.com/{ig}/", type="account"), {},
     "support", "follows the presidential candidate's own account after penetapan"),
    ("t15", "facebook", "page_like", "2023-11-30", None,
     T(name="Sahabat {pres} Sukamaju", url="https://www.facebook.com/sahabat{pres_low}sukamaju/", type="page"),
     {}, "support", "likes a supporters' page named after the candidate"),
    ("t16", "youtube", "follow", "2023-12-05", None,
     T(name="{team}", url="https://www.youtube.com/channel/{yt}", type="channel"), {},
     "support", "subscribed to the campaign team's channel"),
    ("t17", "x", "post", "2023-12-23",
     "{vp_nick} semalem keren parah sih, tenang, datanya lengkap, gak gampang kepancing. makin mantep "
     "🔥 #DebatCawapres",
     None, {}, "support", "VP candidate alone: praise after the VP debate, 'makin mantep'"),
    ("t18", "facebook", "comment", "2024-01-22",
     "betul bu, {vp_nick2} memang paling pas jd wakil presiden. insyaallah menang 🤲",
     T(name="Sri Wahyuningsih", type="person"),
     {"title": "Dedi Supriatna mengomentari kiriman Sri Wahyuningsih."},
     "support", "VP candidate alone: 'paling pas jd wakil presiden, insyaallah menang'"),
    ("t19", "telegram", "share", "2024-01-10",
     "Jadwal kunjungan {vp_full} minggu ini: Senin Kediri, Selasa Jember, Rabu Banyuwangi. Mari sambut "
     "bersama, bawa keluarga!",
     T(name="Forum Guru Honorer Jatim", type="private_supergroup"),
     {"chat": "Forum Guru Honorer Jatim", "forwarded_from": "Barisan Pendukung {vp_full}"},
     "support", "VP candidate alone: forwards a supporters' channel invite to his visits"),
    ("t20", "whatsapp", "message", "2024-01-28",
     "temen2 yg mau stiker {vp_nick} yg lucu2 japri aku ya 😁 td udh aku sebar di grup RT jg biar pd inget "
     "tgl 14",
     T(name="Geng Kantor Lantai Atas", type="group"), {"chat": "Geng Kantor Lantai Atas"},
     "support", "VP candidate alone: spreads candidate stickers (MenPANRB named this)"),
    ("t21", "x", "post", "2024-01-05",
     "Pokoknya asal bukan {pres}. Udah cukup lah, jgn sampe kejadian 🙅",
     None, {}, "oppose", "negative campaign 'asal bukan' against the candidate"),
    ("t22", "facebook", "comment", "2024-02-08",
     "jgn mau dibohongi, {short} cuma janji manis doang. tgl 14 jgn pilih {num}!",
     T(name="Info Warga Sukamaju", type="page"),
     {"title": "Yuli Astuti mengomentari kiriman Info Warga Sukamaju."},
     "oppose", "calls on people not to vote for the pair's number"),
    ("t23", "tiktok", "comment", "2024-01-30",
     "gak kebayang kalo {vp_nick} beneran jd wapres 🤦‍♂️ mending jangan deh",
     None, {}, "oppose", "VP candidate alone: opposes him becoming vice-president"),
    ("t24", "x", "share", "2023-12-18",
     "RT @relawan_{slug}: Ribuan warga padati deklarasi dukungan untuk {pair} di Sukamaju! {finger} {tag}",
     None, {}, "support", "retweet of a volunteer declaration with gesture emoji and hashtag"),
    ("t25", "instagram", "photo", "2024-01-12",
     "foto bareng tim relawan {short} sambil {gesture} 📸 ga sabar nunggu tgl 14",
     None, {}, "support", "photo with the pair's volunteers doing the pair's salute"),
    ("t26", "threads", "post", "2024-02-10",
     "besok udh masa tenang, jd hari ini terakhir ngomong: {pres} & {vp} pilihan keluarga kami 💯",
     None, {}, "support", "declares the family's choice on the last campaign day"),
    ("t27", "threads", "like", "2024-01-25", None,
     T(handle="barisan.{slug}", url="https://www.threads.net/@barisan.{slug}/post/C2h6t27x", type="post"),
     {}, "support", "like of a post by a supporters' account named after the pair"),
    ("t28", "facebook", "post", "2023-09-10",
     "Bismillah. Dari awal saya yakin {pres_full} yg terbaik utk 2024. Semoga lancar sampai pendaftaran, "
     "kami doakan dari daerah 🤲",
     None, {}, "support", "support for the prospective candidate (bakal calon phase)"),
    ("t29", "instagram", "comment", "2023-10-25",
     "akhirnya resmi daftar ke KPU 🇮🇩 {pair} semoga amanah, kita kawal sampai menang!",
     T(handle="kabar_sukamaju", url="https://www.instagram.com/kabar_sukamaju/", type="account"),
     {}, "support", "'kita kawal sampai menang' after registration (before penetapan)"),
    ("t30", "whatsapp", "message", "2024-02-12",
     "masa tenang gaboleh kampanye katanya 🤭 ya udh aku kasih kode aja: {key}{key}{key} tau kan "
     "maksudnya, {short} hehe",
     T(name="Arisan Ibu-Ibu Blok D", type="group"), {"chat": "Arisan Ibu-Ibu Blok D"},
     "support", "coded vote call during the quiet period"),
    ("t31", "instagram", "photo", "2024-02-14",
     "udah nyoblos! jari ungu 💜 pasti tau lah aku pilih siapa {key} {short}",
     None, {}, "support", "voting-day inked-finger photo that reveals the choice"),
    ("t32", "x", "post", "2024-03-21",
     "apapun kata orang, suara {short} itu nyata. kami tetap bangga sm {pres_pak} 🙏",
     None, {}, "support", "post-vote supporter statement"),
    ("t33", "facebook", "group_membership", "2023-10-30", None,
     T(name="Komunitas Pendukung {pres} Jawa Barat", type="group"), {"membership": "joined"},
     "support", "joined a supporters' group named after the candidate"),
    ("t34", "facebook", "reaction", "2024-01-17", None,
     T(name="Relawan {short} Sukamaju", type="page"),
     {"reaction": "LOVE", "title": "Dewi Lestari menanggapi kiriman Relawan {short} Sukamaju."},
     "support", "love reaction on a volunteer page's post"),
    ("t35", "x", "profile", None,
     "Abdi negara | bapak 2 anak | penikmat kopi | {tag} {finger}",
     None, {"name": "Heru Setiawan"}, "support", "pair hashtag and gesture in the bio"),
    ("t36", "tiktok", "follow", "2023-12-09", None,
     T(handle="relawan{pres_low}sukamaju", url="https://www.tiktok.com/@relawan{pres_low}sukamaju", type="account"),
     {}, "support", "follows a volunteer account named after the candidate"),
    ("t37", "youtube", "like", "2024-02-06", None,
     T(name="Suara {pres} TV", url="https://www.youtube.com/channel/UCsuara{pres_low}tv0000000x", type="channel"),
     {"title": "Liked Orasi Lengkap {pres_full} di Kampanye Akbar Sukamaju"},
     "support", "like of a campaign speech video"),
    ("t38", "instagram", "like", "2024-01-03", None,
     T(handle="{ig}", url="https://www.instagram.com/p/C1h6t38{digit}x/", type="post"),
     {}, "support", "like of the candidate's own post during the campaign"),
    ("t39", "telegram", "message", "2024-01-19",
     "kawan2, klo masih bingung coba liat visi misi {pair}. menurut sy paling masuk akal, apalagi soal "
     "pendidikan & guru",
     T(name="Alumni SMAN Sukamaju Angk. 98", type="private_group"), {"chat": "Alumni SMAN Sukamaju Angk. 98"},
     "support", "persuades a group to look at one pair's programme"),
    ("t40", "facebook", "share", "2024-01-27",
     "Nah ini dia, {pres} mmg beda kelasnya. Mantap! {tag}",
     None, {"shared_from": "Warta Nusa Online"}, "support", "shares an article with a supportive caption"),
    ("t41", "instagram", "comment", "2024-01-15",
     "{pres} lagi {pres} lagi, bosen. #Tolak{pres}",
     T(handle="beritaharian.id", url="https://www.instagram.com/beritaharian.id/", type="account"),
     {}, "oppose", "negative campaign tag '#Tolak<Nama>'"),
]

# --------------------------------------------------------------------------------------------
# Neutral per-pair traps: the text is either a template or a per-pair dict (slogan-like
# everyday words differ by pair by nature).
# --------------------------------------------------------------------------------------------
NEUTRAL_PAIR = [
    ("n01", "facebook", "share", "2022-03-15",
     "Semoga hasil rakor bermanfaat utk daerah kita. (Bupati Sukamaju menghadiri rapat koordinasi nasional "
     "penanggulangan bencana bersama {off_title} {pres_full} di Jakarta.)",
     None, {"shared_from": "Humas Pemkab Sukamaju"}, "official-duty news from 2022, before any candidacy"),
    ("n02", "instagram", "post", "2022-08-10",
     "Ikut webinar nasional tadi pagi, salah satu narasumbernya {vp_off_title} {vp_full}. Catatan sy: "
     "pelayanan publik harus makin digital. Sertifikat udh keluar 😁",
     None, {}, "2022 webinar with the later VP candidate in his official role"),
    ("n03", "x", "share", "2023-11-14",
     "RT @KPU_ID: Pasangan {pres_full} - {vp_full} mendapatkan nomor urut {num} pada Pengundian Nomor "
     "Urut Pasangan Calon Presiden dan Wakil Presiden Pemilu 2024.",
     None, {}, "retweet of KPU's factual number-draw announcement"),
    ("n04", "facebook", "post", "2024-01-09",
     "Selamat ulang tahun ke-5 jagoan kecilku {kid} 🎂🎈 sehat terus, jadi anak sholeh ya nak",
     None, {}, "the user's own child shares the candidate's first name"),
    ("n05", "whatsapp", "message", "2024-01-16",
     "Rekan2, {colleague} dr bagian umum minta SPJ perjalanan dinas dikumpulkan paling lambat Jumat ya. "
     "Terima kasih",
     T(name="Sekretariat Dinas Sosial", type="group"), {"chat": "Sekretariat Dinas Sosial"},
     "a colleague with the same name as the VP candidate"),
    ("n06", "instagram", "post", "2023-11-22",
     "Materi bimtek netralitas ASN hari ini. Contoh pelanggaran: ASN foto bareng caleg/capres sambil "
     "{gesture}. Jangan ditiru ya rekan2, jaga jari jaga karier 🙏",
     None, {}, "neutrality training naming one gesture as an example of a violation"),
    ("n07", "instagram", "comment", "2024-01-10",
     {"01": "Aamiin ya Allah 🤲 semoga lekas sembuh ya bu, cepet pulih",
      "02": "ya ampun kucingnya gemoy bangett 😍 namanya siapa kak?",
      "03": "wih kurirnya sat set, pesen td pagi siang udh nyampe 👍"},
     T(handle="mbak_ratna.p", url="https://www.instagram.com/mbak_ratna.p/", type="account"),
     {}, "everyday word that is also the pair's slogan word"),
    ("n08", "whatsapp", "message", "2024-02-05",
     {"01": "Info: ada perubahan jadwal apel pagi, mulai Senin jam 07.30 ya bapak ibu",
      "02": "Yg blm selesai input SKP silakan lanjutkan besok aja, server lagi lemot",
      "03": "Mohon gerak cepat rekap absensi Januari, ditunggu BKPSDM sore ini"},
     T(name="Info Dinas Kominfo", type="group"), {"chat": "Info Dinas Kominfo"},
     "office message using a word that is also the pair's slogan"),
    ("n09", "instagram", "post", "2024-01-28",
     "Alhamdulillah si kakak juara {digit} lomba tahfiz tingkat kecamatan 🏆 bangga sm kamu nak",
     None, {}, "competition ranking equal to the pair number"),
    ("n10", "x", "post", "2024-01-11",
     "dapet nomor antrian {num} di samsat, dateng jam 7 kurang. rekor pribadi 😂",
     None, {}, "queue number equal to the pair number"),
    ("n11", "whatsapp", "message", "2024-01-04",
     "Sudah sy laporkan ke Panwascam: ada baliho {pair} dipasang di pagar kantor kita, mohon segera "
     "ditertibkan krn ini fasilitas pemerintah",
     T(name="Koordinasi Kecamatan Sukamaju", type="group"), {"chat": "Koordinasi Kecamatan Sukamaju"},
     "ASN reports a campaign banner on office property"),
    ("n12", "telegram", "post", "2024-01-25",
     "Sehubungan dengan kampanye terbuka pasangan {pair} di Lapangan Merdeka Sukamaju hari Sabtu, "
     "pegawai diingatkan untuk tidak hadir dengan atribut dinas dan tidak menggunakan kendaraan dinas.",
     T(name="Info Kepegawaian Pemkab Sukamaju", type="public_channel"),
     {"chat": "Info Kepegawaian Pemkab Sukamaju"}, "agency channel notice about a rally"),
    ("n13", "x", "post", "2024-01-18",
     "ada yg tau {pres} kampanye di kota kita jam brp? jalan protokol ditutup ga ya, takut telat jemput "
     "anak 😩",
     None, {}, "logistics question about a candidate's visit"),
    ("n14", "facebook", "post", "2024-02-14",
     "Laporan KPPS TPS 12: penghitungan pilpres selesai jam 23.40. Di TPS kami {short} terbanyak, sy cuma "
     "ngitung ya 😅 Form C hasil sudah ditempel, silakan dicek warga.",
     None, {}, "polling-station officer reports the local count"),
    ("n15", "facebook", "post", "2024-02-09",
     {"01": "Ya Allah, lindungilah keluarga kami, lapangkan rezeki kami, sehatkan orang tua kami. "
            "Aamiin ya rabbal 'alamin 🤲 #jumatberkah",
      "02": "Motor udh diservis, bensin full, oke gas berangkat ke rumah mertua besok subuh 🏍️💨",
      "03": "Nonton konser metal semalem, kuping masih berdenging sampe skrg 🤘😵"},
     None, {}, "religious 'aamiin' / 'oke gas' / 'metal' in everyday use"),
    ("n16", "telegram", "post", "2024-01-15",
     {"01": "Undangan sosialisasi Perubahan Peraturan Bupati tentang Tunjangan Kinerja, Selasa 16 Januari "
            "2024 pukul 09.00 di Aula Setda.",
      "02": "Upacara Senin membacakan sambutan tertulis Menteri Kabinet Indonesia Maju. Petugas upacara "
            "harap gladi hari Jumat.",
      "03": "Pendaftaran program Sekolah Unggul kabupaten dibuka sampai 31 Januari 2024, info di Bidang "
            "Pembinaan SMP."},
     T(name="Info Kepegawaian Pemkab Sukamaju", type="public_channel"),
     {"chat": "Info Kepegawaian Pemkab Sukamaju"}, "official name that overlaps the pair's slogan"),
    ("n17", "facebook", "comment", "2024-02-07",
     "alamat sy Jl. Melati no. {digit} RT 04, kirim ke situ aja ya kak, COD",
     T(name="Dapur Bu Tini Sukamaju", type="page"),
     {"title": "Nur Aini mengomentari kiriman Dapur Bu Tini Sukamaju."},
     "house number equal to the pair number"),
    ("n18", "whatsapp", "message", "2024-01-31",
     "Bapak/ibu wali murid kelas {digit}, rapat komite besok jam 9 di ruang guru. Mohon hadir 🙏",
     T(name="Wali Murid SDN 2 Sukamaju", type="group"), {"chat": "Wali Murid SDN 2 Sukamaju"},
     "class number equal to the pair number"),
]

PARTY_PARTISAN = [
    ("a1", "facebook", "post", "2023-06-15",
     "Alhamdulillah, KTA {short} sudah jadi 🙏 resmi jd bagian keluarga besar {full}. Siap berjuang!",
     None, {}, "support", "posts own party membership card (party membership)"),
    ("a2", "whatsapp", "message", "2024-02-10",
     "Bapak ibu, utk {dprd} jgn lupa coblos {short} nomor {pnum} ya, caleg kita Pak Hendra orangnya amanah 🙏",
     T(name="Pengajian Al-Ikhlas RT 05", type="group"), {"chat": "Pengajian Al-Ikhlas RT 05"},
     "support", "vote call for the party with its ballot number"),
]

PARTY_NEUTRAL = [
    ("b1", "whatsapp", "message", "2024-01-24",
     "Parkiran kantor penuh krn ada acara {short} di gedung serbaguna sebelah. Yg mau ke kantor lewat pintu "
     "belakang ya",
     T(name="Info Dinas Kominfo", type="group"), {"chat": "Info Dinas Kominfo"},
     "parking notice naming a party event"),
]

ALL_PAIRS = [PAIRS[k]["id"] for k in PAIR_KEYS]
NAT_PARTIES = ["pkb", "gerindra", "pdip", "golkar", "nasdem", "buruh", "gelora", "pks", "pkn", "hanura",
               "garuda", "pan", "pbb", "demokrat", "psi", "perindo", "ppp", "ummat"]

# --------------------------------------------------------------------------------------------
# Neutral items naming all three pairs (balanced by construction).
# (id, platform, kind, date, text, target, extra, mentions, note)
# --------------------------------------------------------------------------------------------
NEUTRAL_ALL = [
    ("a01", "facebook", "post", "2023-12-13",
     "Rangkuman debat capres pertama semalam (sy cuma merangkum ya): Anies banyak bahas keadilan & hukum, "
     "Prabowo soal pertahanan & pangan, Ganjar soal layanan publik & digitalisasi. Silakan nilai sendiri.",
     None, {}, ALL_PAIRS, "debate summary naming all three"),
    ("a02", "x", "post", "2024-03-21",
     "Hasil resmi KPU: Anies-Muhaimin 24,95%, Prabowo-Gibran 58,59%, Ganjar-Mahfud 16,47%. Apapun "
     "hasilnya, mari kembali rukun 🤝",
     None, {}, ALL_PAIRS, "official result naming all three"),
    ("a03", "instagram", "post", "2024-01-20",
     "01 jago ngomong, 02 jago joget, 03 jago lari pagi. aku? jago rebahan nunggu tanggal merah 😴",
     None, {}, ALL_PAIRS, "joke about all three numbers"),
    ("a04", "telegram", "message", "2024-01-06",
     "Besok debat capres ke-3 jam 19.00. Yg mau nonton silakan, tp ingat ya jgn like/komen di akun Pak "
     "Anies, Pak Prabowo maupun Pak Ganjar 🙏",
     T(name="Pegawai Bappeda Sukamaju", type="private_supergroup"), {"chat": "Pegawai Bappeda Sukamaju"},
     ALL_PAIRS, "debate reminder with neutrality warning"),
    ("a05", "whatsapp", "message", "2023-11-27",
     "Rekan2 ASN, sesuai SKB netralitas: jangan foto dgn pose satu, dua, tiga jari maupun salam metal, dan "
     "jangan pasang twibbon paslon 01, 02, 03 ya",
     T(name="Sekretariat Dinas Sosial", type="group"), {"chat": "Sekretariat Dinas Sosial"},
     ALL_PAIRS, "office neutrality reminder naming all numbers"),
    ("a06", "facebook", "post", "2024-02-15",
     "Hasil TPS 17 (pilpres): 01 = 54, 02 = 131, 03 = 40, tidak sah 6. Terima kasih warga, semua lancar "
     "dan aman 🙏",
     None, {}, ALL_PAIRS, "polling-station count for all three"),
    ("a07", "x", "post", "2023-12-23",
     "nonton debat cawapres cuma buat liat ekspresi Cak Imin, Mas Gibran sama Prof Mahfud pas dapet "
     "pertanyaan susah 😂",
     None, {}, ALL_PAIRS, "joke about all three VP candidates"),
    ("a08", "tiktok", "video", "2024-02-08",
     "sosialisasi surat suara pilpres: ada foto Anies-Muhaimin, Prabowo-Gibran, Ganjar-Mahfud. coblos "
     "satu saja, di dalam kotak. rahasia ya! #KPPS #pemilu2024",
     None, {}, ALL_PAIRS, "ballot education naming all three"),
    ("a09", "x", "like", None,
     "Tiga paslon, tiga gaya. Anies, Prabowo, Ganjar sama2 klaim menang debat 😂",
     None, {}, ALL_PAIRS, "like of a joke about all three"),
    ("a10", "threads", "post", "2024-02-20",
     "keluarga besar pilihannya beda2, ada yg 01, 02, 03. tapi arisan tetep makan opor bareng 🤝",
     None, {}, ALL_PAIRS, "family with different choices, no side"),
    ("a11", "facebook", "comment", "2024-01-29",
     "sudah bapak2, jgn ribut soal 01 02 03 di sini, ini grup info sampah & ronda 🙏",
     T(name="Warga Perumahan Griya Asri", type="group"),
     {"title": "Bambang Irawan mengomentari kiriman di Warga Perumahan Griya Asri."},
     ALL_PAIRS, "group admin stops an election quarrel"),
    ("a12", "instagram", "post", "2023-11-13",
     "Hari ini KPU menetapkan 3 pasangan capres-cawapres: Anies Baswedan–Muhaimin Iskandar, Prabowo "
     "Subianto–Gibran Rakabuming Raka, Ganjar Pranowo–Mahfud MD. Yuk cek DPT kalian.",
     None, {}, ALL_PAIRS, "news summary naming everyone"),
    ("a13", "telegram", "share", "2023-12-04",
     "ASN dilarang memasang spanduk/baliho pasangan calon manapun, baik 01, 02, maupun 03, termasuk di "
     "rumah pribadi.",
     T(name="Pegawai Bappeda Sukamaju", type="private_supergroup"),
     {"chat": "Pegawai Bappeda Sukamaju", "forwarded_from": "Info Netralitas ASN Sukamaju"},
     ALL_PAIRS, "forwarded neutrality rule naming all numbers"),
    ("a14", "whatsapp", "message", "2024-02-11",
     "Nenek nanya yg mana Cak Imin, yg mana Gibran, yg mana Mahfud 😅 aku tunjukin foto surat suara aja, "
     "biar nenek milih sendiri",
     T(name="Keluarga Besar Mbah Karto", type="group"), {"chat": "Keluarga Besar Mbah Karto"},
     ALL_PAIRS, "explains the ballot to grandma without steering"),
    ("a15", "youtube", "comment", "2024-02-05",
     "pak Anies, pak Prabowo, pak Ganjar, siapapun yg menang tolong perhatikan nasib guru honorer 🙏",
     T(url="https://www.youtube.com/watch?v=dbtCapres05e", type="video"), {},
     ALL_PAIRS, "request to all candidates, no side"),
    ("a16", "facebook", "post", "2024-02-15",
     "Rekap suara DPR RI TPS 17: PKB 21, Gerindra 38, PDIP 30, Golkar 25, NasDem 17, Partai Buruh 2, "
     "Gelora 3, PKS 19, PKN 1, Hanura 2, Garuda 0, PAN 9, PBB 2, Demokrat 12, PSI 8, Perindo 4, PPP 6, "
     "Ummat 1. Terima kasih petugas!",
     None, {}, [f"pemilu2024.party.{p}" for p in NAT_PARTIES], "party tally naming all 18 parties"),
]

# --------------------------------------------------------------------------------------------
# Neutral items naming no side. (platform, kind, date, text, target, extra, note)
# --------------------------------------------------------------------------------------------
NEUTRAL_PLAIN = [
    ("instagram", "photo", "2024-02-14", "udah nyoblos ✅ jari ungu 💜 #pemilu2024 #pemiludamai", None, {},
     "inked-finger selfie, no side"),
    ("facebook", "photo", "2024-02-14", "Sekeluarga sudah menunaikan hak pilih, sekarang lanjut sarapan "
     "bubur ayam 😄", None, {}, "family photo after voting, no side"),
    ("tiktok", "video", "2024-02-14", "POV: antri di TPS sambil nahan ngantuk, jari ungu otw 💜 #hariH",
     None, {}, "voting-day video, no side"),
    ("threads", "post", "2024-02-14", "nyoblos udah, pulang tidur lagi. selamat hari pemungutan suara "
     "semuanya", None, {}, "voting-day post, no side"),
    ("facebook", "post", "2024-02-13", "Besok sy bertugas jadi KPPS di TPS 12, mohon maaf kalau seharian gak "
     "bales chat ya. Doakan lancar 🙏", None, {}, "KPPS duty"),
    ("whatsapp", "message", "2024-02-18", "Rekap tingkat kecamatan mulai besok jam 08.00 di aula kecamatan. "
     "Anggota PPK mohon bawa stempel & alat tulis", T(name="PPK Sukamaju 2024", type="group"),
     {"chat": "PPK Sukamaju 2024"}, "PPK recapitulation duty"),
    ("facebook", "post", "2023-02-22", "Hari ini coklit sbg Pantarlih, udah 180 KK. Kaki pegel tapi seneng "
     "ketemu warga 😅", None, {}, "Pantarlih voter-list duty"),
    ("instagram", "post", "2023-11-08", "Ikut sosialisasi netralitas ASN dari BKN. Intinya: jangan like, share, "
     "komen akun capres/caleg, dan jaga pose jari di foto. Catat!", None, {}, "neutrality training"),
    ("telegram", "post", "2023-10-02", "Surat Edaran Bupati Sukamaju Nomor 800/2023 tentang Netralitas ASN pada "
     "Pemilu 2024. Mohon dibaca seluruh pegawai.", T(name="Info Kepegawaian Pemkab Sukamaju", type="public_channel"),
     {"chat": "Info Kepegawaian Pemkab Sukamaju"}, "office circular"),
    ("x", "post", "2024-02-10", "ayo ke TPS tgl 14, jangan golput. suaramu nentuin 5 tahun ke depan 🗳️", None, {},
     "turnout reminder without a side"),
    ("threads", "post", "2024-02-12", "masa tenang, timeline juga tenang dong 🙏", None, {},
     "quiet-period remark"),
    ("tiktok", "video", "2024-02-15", "vlog jaga TPS dari subuh sampe tengah malem, capek tp seru #KPPS",
     None, {}, "KPPS vlog"),
    ("youtube", "comment", "2024-02-01", "terima kasih KPU atas infonya, jelas sekali tata cara mencoblosnya 👍",
     T(url="https://www.youtube.com/watch?v=kpuTataCara1", type="video"), {}, "comment on KPU video"),
    ("youtube", "follow", "2023-09-05", None,
     T(name="Bawaslu RI", url="https://www.youtube.com/channel/UCbawasluRIx00000000000", type="channel"), {},
     "subscription to the supervisor's channel"),
    ("instagram", "follow", "2023-10-11", None,
     T(handle="bkngoidofficial", url="https://www.instagram.com/bkngoidofficial/", type="account"), {},
     "follows BKN"),
    ("instagram", "follow", "2023-10-11", None,
     T(handle="kemenpanrb", url="https://www.instagram.com/kemenpanrb/", type="account"), {},
     "follows KemenPANRB"),
    ("facebook", "page_like", "2023-07-19", None,
     T(name="KPU Kabupaten Sukamaju", url="https://www.facebook.com/kpukabsukamaju/", type="page"), {},
     "likes the local KPU page"),
    ("facebook", "group_membership", "2022-05-02", None,
     T(name="Info Loker & Jual Beli Sukamaju", type="group"), {"membership": "joined"}, "buy-and-sell group"),
    ("whatsapp", "group_membership", None, None,
     T(name="KPPS TPS 12 Desa Sukamaju", type="group"), {"membership": "member"}, "KPPS working group"),
    ("telegram", "group_membership", "2023-03-14", None,
     T(name="Diskusi Pengadaan Barang/Jasa Pemerintah", type="public_supergroup"), {"membership": "joined"},
     "procurement discussion group"),
    ("whatsapp", "message", "2024-02-13", "Mama, bsk nyoblosnya di TPS dekat masjid ya, bawa KTP sama surat "
     "pemberitahuan. Aku jemput jam 8", T(name="Mama", type="chat"), {"chat": "Mama"},
     "family voting logistics"),
    ("x", "like", None, "Cek apakah kamu sudah terdaftar sebagai pemilih di cekdptonline.kpu.go.id #PemiluDamai",
     None, {}, "like of a KPU voter-list tweet"),
    ("facebook", "share", "2024-01-06", "Resep rendang padang yg empuk, wajib coba 😋", None,
     {"shared_from": "Dapur Bunda Rara"}, "recipe share"),
    ("tiktok", "follow", "2023-12-21", None,
     T(handle="masakanrumahan.ela", url="https://www.tiktok.com/@masakanrumahan.ela", type="account"), {},
     "follows a cooking account"),
    ("instagram", "comment", "2023-12-24", "samawa ya dek, semoga langgeng sampai kakek nenek 💍",
     T(handle="putri.andini22", url="https://www.instagram.com/putri.andini22/", type="account"), {},
     "wedding wishes"),
    ("facebook", "profile", None, "Bekerja di Dinas Pendidikan Kabupaten Sukamaju · Tinggal di Sukamaju",
     None, {"name": "Agus Santoso"}, "profile work field"),
    ("x", "profile", None, "PNS | pecinta kopi & sepeda | opini pribadi", None, {"name": "Fajar Nugraha"},
     "bio without a side"),
    ("instagram", "profile", None, "Guru SD 🍎 | ibu 3 anak | Sukamaju", None, {"name": "Lestari Handayani"},
     "bio without a side"),
    ("tiktok", "profile", None, "konten masak & jalan2 tiap weekend", None, {"name": "ela.rahmawati"},
     "bio without a side"),
    ("threads", "like", "2024-01-26", None,
     T(handle="meme.pemilu.lucu", url="https://www.threads.net/@meme.pemilu.lucu/post/C2meme01x", type="post"),
     {}, "like of a general election-meme account"),
    ("telegram", "message", "2024-01-22", "Bapak/Ibu yg ditunjuk sbg KPPS silakan ajukan surat tugas ke "
     "Subbag Kepegawaian paling lambat 5 Februari", T(name="Pegawai Bappeda Sukamaju", type="private_supergroup"),
     {"chat": "Pegawai Bappeda Sukamaju"}, "KPPS paperwork"),
    ("whatsapp", "message", "2024-11-20", "Ada edaran libur tgl 27 buat pilkada? Anak sekolah libur katanya",
     T(name="Geng Kantor Lantai Atas", type="group"), {"chat": "Geng Kantor Lantai Atas"}, "Pilkada holiday question"),
    ("facebook", "post", "2024-10-20", "Pelantikan Presiden dan Wakil Presiden hari ini, kantor nobar di aula. "
     "Semoga amanah memimpin bangsa.", None, {}, "inauguration watched at the office, no names"),
    ("instagram", "post", "2024-11-27", "Pilkada hari ini, tinta ungu lagi 💜 semoga pemimpin daerah yg "
     "terpilih amanah", None, {}, "Pilkada voting-day post, no side"),
    ("x", "post", "2023-11-29", "kampanye udh mulai, grup keluarga mulai panas. aku mode silent dulu ya 🙊",
     None, {}, "remark on the campaign, no side"),
    ("facebook", "comment", "2024-01-03", "Bu, ASN gak boleh jadi anggota partai, bisa diberhentikan. Hati2 "
     "ya kalau diajak2", T(name="Ani Marlina", type="person"),
     {"title": "Siti Nurjanah mengomentari kiriman Ani Marlina."}, "warns a friend of the rule"),
    ("youtube", "like", "2023-12-12", None,
     T(name="KPU RI", url="https://www.youtube.com/channel/UCkpuRIofficial000000000", type="channel"),
     {"title": "Liked Debat Pertama Calon Presiden Pemilu 2024"}, "like of KPU's debate stream"),
    ("instagram", "like", "2024-02-02", None,
     T(handle="kemenpanrb", url="https://www.instagram.com/p/C2panrb01x/", type="post"),
     {}, "like of a KemenPANRB neutrality post"),
    ("facebook", "reaction", "2024-01-19", None, T(name="Humas Pemkab Sukamaju", type="page"),
     {"reaction": "LIKE", "title": "Wulan Sari menyukai kiriman Humas Pemkab Sukamaju."}, "like on the agency page"),
    ("whatsapp", "message", "2024-01-09", "Titip absen ya, sy izin ke puskesmas antar anak imunisasi",
     T(name="Geng Kantor Lantai Atas", type="group"), {"chat": "Geng Kantor Lantai Atas"}, "office chat"),
    ("telegram", "message", "2023-12-15", "Mohon dicek, laporan realisasi anggaran triwulan IV dikirim ke "
     "email bidang paling lambat tgl 28", T(name="Pegawai Bappeda Sukamaju", type="private_supergroup"),
     {"chat": "Pegawai Bappeda Sukamaju"}, "office chat"),
    ("instagram", "post", "2023-12-31", "Rangkuman 2023: naik pangkat, si adek masuk TK, berat badan naik 5 kg "
     "😂 semoga 2024 lebih baik", None, {}, "year recap with a number"),
    ("facebook", "post", "2024-01-12", "Pengumuman: nilai ujian semester si sulung rata2 87, ranking 5 dari 32 "
     "siswa. Terus semangat nak", None, {}, "school ranking above 3"),
    ("x", "post", "2024-01-02", "kereta telat 25 menit, gerbong 7 penuh. senin yg indah", None, {},
     "commute complaint with numbers"),
    ("threads", "post", "2024-01-16", "hujan dari subuh, jalan depan kantor banjir sebetis. hati2 yg lewat "
     "Jl. Sudirman", None, {}, "weather"),
    ("tiktok", "comment", "2024-01-21", "resepnya kak plis 😭 bikin ngiler", None, {}, "food comment"),
    ("tiktok", "like", "2024-01-21", None, None, {}, "TikTok like (archive gives only a link)"),
    ("youtube", "comment", "2023-10-07", "mantap pak ustadz, sangat menyejukkan hati",
     T(url="https://www.youtube.com/watch?v=kajianSbtu1", type="video"), {}, "religious lecture comment"),
    ("facebook", "post", "2023-09-29", "Selamat memperingati Maulid Nabi Muhammad SAW 1445 H. Semoga kita "
     "senantiasa meneladani akhlak beliau", None, {}, "religious greeting"),
    ("instagram", "post", "2024-04-10", "Minal aidin wal faizin, mohon maaf lahir & batin dari kami sekeluarga 🙏",
     None, {}, "Idul Fitri greeting"),
    ("whatsapp", "message", "2023-08-17", "Dirgahayu RI ke-78! Merdeka! 🇮🇩 upacara jam 7 di halaman kantor ya",
     T(name="Info Dinas Kominfo", type="group"), {"chat": "Info Dinas Kominfo"}, "Independence Day"),
    ("facebook", "post", "2023-12-05", "Hari ini latihan upacara, jadi pemimpin barisan 😅 deg-degan",
     None, {}, "office life"),
    ("x", "comment", "2024-01-24", "@bkngoid mohon info, apakah PPPK juga wajib netral di pemilu? terima kasih",
     T(handle="bkngoid", url="https://x.com/bkngoid", type="account"), {}, "asks BKN about the rule"),
    ("instagram", "saved", "2024-01-08", None,
     T(handle="infoasn.id", url="https://www.instagram.com/p/C1infoasn7x/", type="post"), {},
     "saved an ASN-info post"),
    ("facebook", "saved", "2023-11-30", "10 Pose Foto yang Dilarang untuk ASN Jelang Pemilu 2024",
     None, {}, "saved article on banned poses"),
    ("youtube", "follow", None, None,
     T(name="Kajian Sore Masjid Raya", url="https://www.youtube.com/channel/UCkajianSoreMR0000000000", type="channel"),
     {}, "religious channel subscription"),
    ("telegram", "group_membership", "2023-01-10", None,
     T(name="Belajar Excel untuk Admin Kantor", type="public_supergroup"), {"membership": "joined"},
     "skills group"),
    ("whatsapp", "group_membership", None, None, T(name="Alumni Diklat PIM IV Angk. 12", type="group"),
     {"membership": "member"}, "training alumni group"),
    ("facebook", "group_membership", "2023-08-01", None, T(name="Komunitas Sepeda Santai Sukamaju", type="group"),
     {"membership": "joined"}, "hobby group"),
    ("x", "share", "2024-02-14", "RT @bawaslu_RI: Awasi, laporkan, jika menemukan dugaan pelanggaran pemilu. "
     "#AwasiPemilu", None, {}, "retweet of the supervisor"),
    ("x", "share", "2023-12-27", "RT @KPU_ID: Pemilih dapat pindah TPS paling lambat 15 Januari 2024. "
     "Segera urus di PPS setempat.", None, {}, "retweet of KPU info"),
    ("threads", "follow", "2023-12-01", None,
     T(handle="kpu_ri", url="https://www.threads.net/@kpu_ri", type="account"), {}, "follows KPU on Threads"),
    ("instagram", "post", "2024-02-16", "Terima kasih teman2 KPPS TPS 12, kerja 20 jam tanpa ngeluh. Kalian "
     "luar biasa 🙏", None, {}, "thanks to polling-station staff (not volunteers)"),
    ("facebook", "post", "2024-03-22", "Pemilu sudah selesai, yuk rukun lagi di grup keluarga. Yang beda "
     "pilihan tetap saudara ❤️", None, {}, "reconciliation post"),
    ("whatsapp", "message", "2024-02-14", "sudah nyoblos semua? jgn lupa foto jari tanpa pose ya hehe",
     T(name="Sekretariat Dinas Sosial", type="group"), {"chat": "Sekretariat Dinas Sosial"},
     "voting-day office chat, no side"),
    ("tiktok", "video", "2023-11-26", "tutorial foto ASN aman jelang pemilu: tangan dikepal atau bentuk hati "
     "pakai kedua tangan aja 😁 #netralitasASN", None, {}, "safe-pose tutorial"),
    ("youtube", "video", "2023-10-18", "Vlog: awal pelatihan dasar CPNS di BPSDM", None,
     {"title": "Vlog Latsar CPNS"}, "own upload, office life"),
    ("telegram", "share", "2024-01-30", "Jadwal pelayanan SIM keliling minggu ini: Senin di kantor kecamatan, "
     "Rabu di pasar induk.", T(name="Warga Sukamaju Bersatu", type="private_group"),
     {"chat": "Warga Sukamaju Bersatu", "forwarded_from": "Info Lantas Sukamaju"}, "public-service forward"),
    ("facebook", "comment", "2024-02-06", "Semangat terus pak, semoga renovasi masjidnya cepat selesai 🙏",
     T(name="DKM Masjid Al-Falah", type="page"),
     {"title": "Eko Prasetyo mengomentari kiriman DKM Masjid Al-Falah."}, "encouragement on a mosque page"),
    ("instagram", "comment", "2024-01-18", "menang lagi timnya! juara bertahan 🏆⚽",
     T(handle="persisukamaju.fc", url="https://www.instagram.com/persisukamaju.fc/", type="account"), {},
     "'menang' in football"),
    ("x", "post", None, "lagi nyari kos dekat kantor gubernur, budget 1,5 jt. ada info?", None, {},
     "undated tweet (bogus date)"),
    ("whatsapp", "message", "2024-02-01", "Pak, surat undangan rapat pleno KPU kabupaten sudah sy scan & kirim "
     "ke email", T(name="Pak Kabid", type="chat"), {"chat": "Pak Kabid"}, "office work with KPU"),
    ("facebook", "post", "2024-11-28", "Alhamdulillah pilkada di desa kami aman & damai. Terima kasih linmas "
     "dan KPPS", None, {}, "post-Pilkada thanks, no side"),
    ("threads", "post", "2025-03-05", "ramadan hari ke-5, kantor pulang jam 14.00. alhamdulillah", None, {},
     "2025 office life"),
    ("instagram", "photo", "2025-08-17", "upacara 17an di lapangan kantor, panas tapi khidmat 🇮🇩", None, {},
     "2025 ceremony photo"),
]


def fmt(v, slots):
    if isinstance(v, str):
        return v.format(**slots)
    if isinstance(v, dict):
        return {k: fmt(x, slots) for k, x in v.items()}
    return v


def line(id_, platform, kind, date, text, target, extra, label, entities, stance, group, note, mentions=None):
    d = {"id": id_, "platform": platform, "kind": kind, "date": date, "text": text, "target": target,
         "extra": extra, "label": label, "entities": entities, "stance": stance, "group": group, "note": note}
    if mentions is not None:
        d["mentions"] = mentions
    return d


def build() -> list[dict]:
    out: list[dict] = []
    for slot, plat, kind, date, text, target, extra, stance, note in PARTISAN:
        for k in PAIR_KEYS:
            s = PAIRS[k]
            out.append(line(f"h6-p{k}-{slot}-{kind}", plat, kind, date, fmt(text, s), fmt(target, s),
                            fmt(extra, s), "partisan", [s["id"]], stance, s["id"], f"[{slot}] {note}"))
    for pid, p in PARTIES.items():
        ent = f"pemilu2024.party.{pid}"
        for slot, plat, kind, date, text, target, extra, stance, note in PARTY_PARTISAN:
            out.append(line(f"h6-party-{pid}-{slot}", plat, kind, date, fmt(text, p), fmt(target, p),
                            fmt(extra, p), "partisan", [ent], stance, p["group"], f"[{slot}] {note}"))
    for slot, plat, kind, date, text, target, extra, note in NEUTRAL_PAIR:
        for k in PAIR_KEYS:
            s = PAIRS[k]
            t = text[k] if isinstance(text, dict) else fmt(text, s)
            out.append(line(f"h6-p{k}-{slot}-{kind}", plat, kind, date, t, fmt(target, s), fmt(extra, s),
                            "neutral", [], None, None, f"[{slot}] {note}", mentions=[s["id"]]))
    for pid, p in PARTIES.items():
        for slot, plat, kind, date, text, target, extra, note in PARTY_NEUTRAL:
            out.append(line(f"h6-party-{pid}-{slot}", plat, kind, date, fmt(text, p), fmt(target, p),
                            fmt(extra, p), "neutral", [], None, None, f"[{slot}] {note}",
                            mentions=[f"pemilu2024.party.{pid}"]))
    for slot, plat, kind, date, text, target, extra, mentions, note in NEUTRAL_ALL:
        out.append(line(f"h6-all-{slot}", plat, kind, date, text, target, extra, "neutral", [], None, None,
                        f"[{slot}] {note}", mentions=list(mentions)))
    for n, (plat, kind, date, text, target, extra, note) in enumerate(NEUTRAL_PLAIN, 1):
        out.append(line(f"h6-neu-{n:03d}", plat, kind, date, text, target, extra, "neutral", [], None, None,
                        note, mentions=[]))
    return out


def phase(date: str | None) -> str:
    if date is None:
        return "undated"
    for end, name in (("2023-11-13", "1-before-penetapan"), ("2023-11-28", "2-penetapan-to-campaign"),
                      ("2024-02-11", "3-campaign"), ("2024-02-14", "4-quiet"), ("2024-02-15", "5-voting-day"),
                      ("2024-10-20", "6-after-vote"), ("9999-12-31", "7-after-inauguration")):
        if date < end:
            return name
    return "?"


def stats(rows: list[dict]) -> str:
    c: dict[str, Counter] = {k: Counter() for k in ("label", "group", "kind", "platform", "phase",
                                                   "mentions", "stance")}
    for r in rows:
        c["label"][r["label"]] += 1
        c["kind"][f'{r["kind"]}:{r["label"][0]}'] += 1
        c["platform"][f'{r["platform"]}:{r["label"][0]}'] += 1
        c["phase"][f'{phase(r["date"])}:{r["label"][0]}'] += 1
        if r["label"] == "partisan":
            c["group"][r["group"]] += 1
            c["stance"][r["stance"]] += 1
        for m in r.get("mentions") or []:
            c["mentions"][m] += 1
    return "\n".join(f"{k}: {dict(sorted(v.items()))}" for k, v in c.items())


def main() -> None:
    rows = build()
    if "--stats" in sys.argv:
        print(len(rows))
        print(stats(rows))
        return
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
