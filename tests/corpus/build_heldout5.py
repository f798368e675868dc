"""Build tests/corpus/heldout5.jsonl, the fifth independent held-out corpus (CC0).

Written without looking at the rule packs, the engine or the earlier corpora (only the
line format). Labels are what an election supervisor (Bawaslu) would say and were fixed
before any engine run. Focus: Instagram and Facebook surfaces (captions, reels, stories,
comments, shares with and without own words, page likes, groups, event responses,
bios, saved items), opposition/negative campaigning, every party (national and Aceh),
family and neighbourhood chats, emoji/typo/leetspeak/spaced texts, and every phase.

Pair items come only from templates filled the same way for 01, 02 and 03 (same slot,
kind, platform and date; each pair's own names, numbers, slogans, hashtags). Party items
come from three templates filled the same way for every party, plus one neutral trap
per party. Every private person, handle, page, group and place is made up.

Run: python tests/corpus/build_heldout5.py  (rewrites heldout5.jsonl next to this file)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "heldout5.jsonl"
OWNER = "Dedi Kurniawan"          # the made-up archive owner
NEWS_PAGE = "Portal Berita Nusantara"
NEWS_IG = "portalberita.nusantara"
FAMILY = "Keluarga Besar Bani Sastro"
RT_CHAT = "Warga RT 03 Griya Asri"
TG_WARGA = "Info Warga Perum Mawar"

# ------------------------------------------------------------------------------------------ pairs
PAIRS: dict[str, dict[str, str]] = {
    "01": dict(id="pemilu2024.pair.01", num="01", d="1", word="satu", jv="siji",
               cap="Anies", capfull="Anies Baswedan", vp="Cak Imin", vpfull="Muhaimin Iskandar",
               pair="Anies-Muhaimin", short="AMIN", cheer="Saatnya perubahan!", emoji="☝️",
               tag="#AMIN", tag2="#AniesMuhaimin2024", tag3="#aniessalam1jari",
               ig="aniesbaswedan", slug="amin",
               prog="sumur resapan", office="Gubernur DKI Anies", complaint="gang kami masih banjir terus",
               trap="Jadwal operasi Bapak ada perubahan jadi besok pagi. Semoga lancar, amin ya rabbal "
                    "alamin 🤲"),
    "02": dict(id="pemilu2024.pair.02", num="02", d="2", word="dua", jv="loro",
               cap="Prabowo", capfull="Prabowo Subianto", vp="Gibran", vpfull="Gibran Rakabuming Raka",
               pair="Prabowo-Gibran", short="Prabowo-Gibran", cheer="Lanjutkan, Indonesia Maju!",
               emoji="✌️", tag="#PrabowoGibran", tag2="#PrabowoGibran2024", tag3="#prabowogemoy",
               ig="prabowo", slug="prabowogibran",
               prog="food estate", office="Menhan Prabowo", complaint="katanya di kampung sebelah gagal panen",
               trap="Kucing baru Adek gemoy bgt 😍 oke gas besok kita bawa vaksin ke klinik hewan"),
    "03": dict(id="pemilu2024.pair.03", num="03", d="3", word="tiga", jv="telu",
               cap="Ganjar", capfull="Ganjar Pranowo", vp="Mahfud", vpfull="Mahfud MD",
               pair="Ganjar-Mahfud", short="Ganjar-Mahfud", cheer="Sat set, gerak cepat!", emoji="🤘",
               tag="#GanjarMahfud", tag2="#GanjarMahfud2024", tag3="#ganjarsalam3jari",
               ig="ganjar_pranowo", slug="ganjarmahfud",
               prog="Kartu Tani", office="Gubernur Jateng Ganjar", complaint="masih ribet buat bapak saya di desa",
               trap="Konser metal di alun2 semalam pecah 🔥 panitia sat set beresin panggung"),
}


def _relawan_page(p: dict[str, str]) -> str:
    return f"Relawan {p['pair']} Kec. Sukamaju"


def _relawan_ig(p: dict[str, str]) -> str:
    return f"relawan.{p['slug']}.sukamaju"


def _grup(p: dict[str, str]) -> str:
    return f"Grup Pemenangan {p['pair']} Se-Kabupaten Sukamaju"


def _ig_account(handle: str) -> dict[str, Any]:
    return {"name": None, "handle": handle, "url": f"https://www.instagram.com/{handle}", "type": "account"}


def _page(name: str, url: str | None = None) -> dict[str, Any]:
    return {"name": name, "handle": None, "url": url, "type": "page"}


def _link(headline: str, url: str) -> dict[str, Any]:
    """A shared web link as the Facebook importer gives it: the article itself is the target."""
    return {"name": headline, "handle": None, "url": url, "type": "link"}


def _link_extra(headline: str, url: str) -> dict[str, Any]:
    return {"title": f"{OWNER} shared a link.", "links": [{"url": url, "name": headline, "source": NEWS_PAGE}]}


def _chat(name: str, kind: str = "group") -> dict[str, Any]:
    return {"name": name, "handle": None, "url": None, "type": kind}


# Each template: (slot, label, stance, platform, kind, date, builder(p) -> (text, target, extra), note)
# Builders return plain values so the pattern is visibly the same for every pair.
T = tuple[str, str, str | None, str, str, str | None, Any, str]

PAIR_TEMPLATES: list[T] = [
    ("t01", "partisan", "support", "instagram", "post", "2023-12-09",
     lambda p: (f"Foto bareng tim relawan di posko, siap menangkan {p['pair']} di Sukamaju 💪{p['emoji']} "
                f"{p['tag']}", None, {"surface": "post"}),
     "IG feed caption: photo at a volunteer post, win call, salute emoji, hashtag (campaign)"),
    ("t02", "partisan", "support", "instagram", "post", "2024-01-20",
     lambda p: (f"salaaam {p['word']} jariiii {p['emoji']}{p['emoji']}{p['emoji']} {p['pair']} menaaang "
                f"{p['tag3']}", None, {"surface": "reel"}),
     "IG reel caption: stretched letters, finger salute word, pair name, salute hashtag"),
    ("t03", "partisan", "support", "instagram", "post", "2024-02-03",
     lambda p: (f"otw kampanye akbar {p['pair']} di Stadion Sukamaju, rame bgt! 🔥{p['emoji']}", None,
                {"surface": "story"}),
     "IG story caption: going to and posting from the pair's rally (active support)"),
    ("t04", "partisan", "support", "instagram", "comment", "2024-01-08",
     lambda p: (f"{p['cap']} presiden 2024, aamiin paling serius 🙏🔥", _ig_account("dina.rahmawati__"),
                {"surface": "post"}),
     "IG comment on a friend's post wishing the candidate to be president; 'aamiin' as prayer word"),
    ("t05", "partisan", "support", "instagram", "comment", "2024-01-25",
     lambda p: (f"mantap min, {p['num']} menang satu putaran!! 💪", _ig_account(_relawan_ig(p)),
                {"surface": "post"}),
     "IG comment on a volunteer account: number + one-round win"),
    ("t06", "partisan", "support", "instagram", "like", "2024-01-12",
     lambda p: (None, _ig_account(_relawan_ig(p)), {"object": "post"}),
     "IG like of a post by the pair's volunteer account (no caption in the archive)"),
    ("t07", "partisan", "support", "instagram", "follow", "2023-11-20",
     lambda p: (None, _ig_account(p["ig"]), {}),
     "IG follow of the presidential candidate's personal account after the pairs were fixed"),
    ("t08", "partisan", "support", "instagram", "share", "2024-01-31",
     lambda p: (f"{p['pair']} untuk Indonesia. {p['cheer']} {p['tag']}", _ig_account(_relawan_ig(p)),
                {"surface": "repost"}),
     "IG repost of a volunteer account's campaign post (caption is the campaign's)"),
    ("t09", "partisan", "support", "facebook", "page_like", "2023-12-01",
     lambda p: (None, _page(_relawan_page(p), f"https://www.facebook.com/relawan.{p['slug']}.sukamaju"), {}),
     "FB page like of the pair's volunteer page"),
    ("t10", "partisan", "support", "facebook", "group_membership", "2023-11-25",
     lambda p: (None, _chat(_grup(p)), {"membership": "joined",
                                        "title": f"You became a member of {_grup(p)}."}),
     "FB: joined the pair's winning-team group"),
    ("t11", "partisan", "support", "facebook", "post", "2024-01-27",
     lambda p: (f"Sedulur, besok kumpul di posko jam 8 ya, bawa atribut {p['pair']} sama bendera {p['num']} 🙏",
                _chat(_grup(p)), {"title": f"{OWNER} posted in {_grup(p)}."}),
     "FB group post organising supporters with campaign attributes"),
    ("t12", "partisan", "support", "facebook", "share", "2024-01-03",
     lambda p: (f"Ini baru pemimpin! Tonton sampai habis 👇 {p['tag2']}", _page(_relawan_page(p)),
                {"shared_from": _relawan_page(p), "title": f"{OWNER} shared a post from {_relawan_page(p)}."}),
     "FB share of a volunteer page's video with own supportive words"),
    ("t13", "partisan", "support", "facebook", "share", "2024-01-16",
     lambda p: (None, _page(_relawan_page(p)),
                {"shared_from": _relawan_page(p), "title": f"{OWNER} shared a post from {_relawan_page(p)}."}),
     "FB share of a volunteer page's campaign poster without own words"),
    ("t14", "partisan", "support", "facebook", "follow", "2024-02-04",
     lambda p: (None, {"name": f"Kampanye Akbar {p['pair']} Kabupaten Sukamaju", "handle": None, "url": None,
                       "type": "event"}, {"membership": "going", "date_is_event_start": True}),
     "FB event response 'going' to the pair's rally (public RSVP)"),
    ("t15", "partisan", "support", "facebook", "profile", None,
     lambda p: (f"Guru SD | pecinta kopi ☕ | {p['tag2']} {p['emoji']}", None, {"field": "bio"}),
     "FB profile bio with the pair's hashtag and salute (undated)"),
    ("t16", "partisan", "support", "facebook", "comment", "2023-12-20",
     lambda p: (f"{p['cheer']} Kami sekeluarga siap menangkan {p['pair']} 💪",
                _page(f"{p['pair']} Fans Club Sumatera Utara"),
                {"title": f"{OWNER} commented on {p['pair']} Fans Club Sumatera Utara's post."}),
     "FB comment on a fan page: the pair's slogan + win call"),
    ("t17", "partisan", "support", "facebook", "reaction", "2024-01-18",
     lambda p: (None, _page(_relawan_page(p)),
                {"reaction": "LOVE", "title": f"{OWNER} reacted to {_relawan_page(p)}'s post."}),
     "FB LOVE reaction on a volunteer page's post"),
    ("t18", "partisan", "support", "whatsapp", "message", "2024-02-08",
     lambda p: (f"Bapak ibu om tante, tgl 14 nanti kompak ya coblos {p['num']} {p['pair']}, demi masa depan "
                f"cucu2 🙏🙏", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}),
     "WA family chat: vote call to relatives with number and pair"),
    ("t19", "partisan", "support", "whatsapp", "message", "2024-02-12",
     lambda p: (f"besok jgn lupa coblos no {p['d']} ya gaes, {p['cap']} pasti menang 😁", _chat(RT_CHAT),
                {"chat": RT_CHAT, "sender": OWNER}),
     "WA neighbourhood chat during the quiet period: vote call with number and candidate"),
    ("t20", "partisan", "support", "telegram", "message", "2024-01-30",
     lambda p: (f"pokokny fix pil1h n0 {p['d']} gk ad0 0bat 🔥🔥 {p['cap']} t0p bgt", _chat(TG_WARGA),
                {"chat": TG_WARGA}),
     "Telegram neighbourhood group: typo + leetspeak vote call with number and candidate"),
    ("t21", "partisan", "support", "telegram", "share", "2024-02-01",
     lambda p: (f"Coblos nomor {p['d']}! {p['pair']} untuk Indonesia. {p['cheer']}", _chat(TG_WARGA),
                {"chat": TG_WARGA, "forwarded_from": f"Kanal Relawan {p['pair']}"}),
     "Telegram forward of a volunteer channel's vote call into a neighbourhood group"),
    ("t22", "partisan", "oppose", "facebook", "post", "2024-01-22",
     lambda p: (f"Pokoknya asal bukan {p['cap']}!! udah cukup deh 😤 #AsalBukan{p['cap']}", None, {}),
     "FB post: 'asal bukan' negative campaign against the candidate"),
    ("t23", "partisan", "oppose", "whatsapp", "message", "2024-02-06",
     lambda p: (f"Keluarga, tolong jgn pilih {p['num']} ya, nanti nyesel 5 tahun 🙏", _chat(FAMILY),
                {"chat": FAMILY, "sender": OWNER}),
     "WA family chat: boycott call against the pair's number"),
    ("t24", "partisan", "oppose", "whatsapp", "message", "2024-01-15",
     lambda p: (f"BREAKING!!! kalau {p['cap']} menang tunjangan PNS bakal dihapus!! SEBARKAN sblm dihapus!!1!",
                _chat("Alumni SMAN 3 Angkatan 2005"), {"chat": "Alumni SMAN 3 Angkatan 2005", "sender": OWNER}),
     "WA chain message: hoax-like scare claim against the candidate"),
    ("t25", "partisan", "oppose", "instagram", "comment", "2024-01-08",
     lambda p: (f"{p['cap']} debat kmrn cuma muter2 doang 🤣🤣🤣 #Tolak{p['cap']}", _ig_account(NEWS_IG),
                {"surface": "post"}),
     "IG comment on a news account mocking the candidate, 'Tolak' hashtag"),
    ("t26", "partisan", "support", "instagram", "post", "2024-02-09",
     lambda p: (f"C O B L O S   {' '.join(p['num'])}   {p['emoji']}   P A S T I   M E N A N G", None,
                {"surface": "post"}),
     "IG caption in spaced letters: vote call with the pair number"),
    ("t27", "partisan", "support", "facebook", "post", "2023-10-26",
     lambda p: (f"Bismillah, pasangan {p['capfull']} – {p['vpfull']} resmi mendaftar ke KPU. Semoga dimudahkan "
                f"sampai 2024 🙏🇮🇩 {p['tag2']}", None, {}),
     "FB post cheering the prospective pair's registration (bakal calon phase, before numbers)"),
    ("t28", "partisan", "support", "instagram", "post", "2023-06-10",
     lambda p: (f"{p['cap']} for president 2024!! siapa lagi kalau bukan beliau 🔥🇮🇩", None, {"surface": "post"}),
     "IG caption backing the prospective presidential candidate (before registration)"),
    ("t29", "partisan", "support", "whatsapp", "message", "2024-02-14",
     lambda p: (f"Alhamdulillah di TPS kita {p['num']} menang telak 🎉🎉 makasih warga yg udah kompak!",
                _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}),
     "WA neighbourhood chat on voting day: celebrating the pair's win at the polling station"),
    ("t30", "partisan", "support", "facebook", "post", "2024-02-16",
     lambda p: (f"Relawan {p['pair']} kawal terus rekap di kecamatan, jangan lengah sampai penetapan KPU! "
                f"{p['tag']}", None, {}),
     "FB post after the vote rallying the pair's volunteers to guard the count"),
    ("t31", "partisan", "support", "instagram", "post", "2024-01-28",
     lambda p: (f"Honestly my vote goes to {p['pair']}, no debat. Wis mantep {p['jv']}! 🗳️{p['emoji']}", None,
                {"surface": "post"}),
     "IG caption code-mixing English/Indonesian/Javanese: declared vote for the pair"),
    ("t32", "partisan", "support", "instagram", "comment", "2024-02-02",
     lambda p: (f"{p['emoji']}{p['emoji']}{p['emoji']}🔥🔥🔥 {p['tag2']} 💯💯💯", _ig_account("bayu.prasetyo88"),
                {"surface": "post"}),
     "IG comment, emoji only + pair hashtag, on a friend's post"),
    ("t33", "partisan", "support", "facebook", "profile", "2023-12-15",
     lambda p: (f"Ganti foto profil dulu, pakai twibbon 'Saya Pilih {p['pair']} {p['num']}' {p['emoji']}", None,
                {"field": "profile_picture", "title": f"{OWNER} updated his profile picture."}),
     "FB profile picture update with a support twibbon naming pair and number"),
    # ---------------------------------------------------------------- neutral traps, same per pair
    ("t34", "neutral", None, "facebook", "post", "2022-08-15",
     lambda p: (f"Program {p['prog']} dari {p['office']} kok {p['complaint']} 😩 semoga dievaluasi ya", None, {}),
     "policy criticism of a sitting official in office, 2022, no election words"),
    ("t35", "neutral", None, "facebook", "share", "2024-01-05",
     lambda p: (None, _link(f"Capres {p['capfull']} paparkan program pendidikan dalam debat",
                            f"https://portalberitanusantara.example/pemilu/debat-capres-{p['slug']}-pendidikan"),
                _link_extra(f"Capres {p['capfull']} paparkan program pendidikan dalam debat",
                            f"https://portalberitanusantara.example/pemilu/debat-capres-{p['slug']}-pendidikan")),
     "news link about the candidate shared without own words (informational; review at most)"),
    ("t36", "neutral", None, "facebook", "comment", "2023-12-05",
     lambda p: (f"Min, dokumen visi misi pasangan nomor urut {p['num']} bisa diunduh di mana ya? mau baca "
                f"semua paslon dulu sblm milih", _page("KPU Kabupaten Sukamaju"),
                {"title": f"{OWNER} commented on KPU Kabupaten Sukamaju's post."}),
     "question on the KPU page about where to read a pair's programme (voter education)"),
    ("t37", "neutral", None, "whatsapp", "message", "2024-01-14",
     lambda p: (p["trap"], _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}),
     "everyday words that are also this pair's slogans/nicknames, family chat, no election context"),
    ("t38", "neutral", None, "whatsapp", "message", "2024-02-12",
     lambda p: (f"Info: undangan C6 sudah dibagi. Kita di TPS {p['num']} ya, lokasi balai RW. Buka jam 7 pagi 🙏",
                _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}),
     "polling-station number equal to the pair number (logistics only)"),
    ("t39", "neutral", None, "instagram", "post", "2023-08-17",
     lambda p: (f"Alhamdulillah si kecil juara {p['d']} lomba mewarnai 17an 🏆{p['emoji']}", None,
                {"surface": "post"}),
     "contest placing + finger emoji, Independence Day, no candidate or campaign"),
    ("t40", "neutral", None, "whatsapp", "message", "2024-01-21",
     lambda p: (f"Tadi di debat, {p['cap']} bahas soal guru honorer. Ada yg nonton? penasaran juga jawaban capres "
                f"lain sebelum mutusin", _chat("Grup Guru SDN 2 Sukamaju"),
                {"chat": "Grup Guru SDN 2 Sukamaju", "sender": OWNER}),
     "teachers' chat reporting what the candidate said in a debate, no stance"),
    ("t41", "neutral", None, "facebook", "saved", "2023-11-16",
     lambda p: (None, _page(NEWS_PAGE),
                {"title": f"{OWNER} saved a link from {NEWS_PAGE}'s post.",
                 "saved_name": f"Profil Capres {p['capfull']}: rekam jejak dan program"}),
     "privately saved news profile of the candidate"),
    ("t42", "neutral", None, "whatsapp", "message", "2024-01-16",
     lambda p: (f"Bapak2 ibu2, pesan '{p['cap']} menang tunjangan PNS dihapus' itu hoaks ya, sudah dibantah di "
                f"situs cek fakta. Mohon jangan disebar lagi 🙏", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}),
     "family chat debunking a hoax about the candidate, no stance"),
]

# ------------------------------------------------------------------------------------------ parties
# id: (short name used in text, full name, ballot number, hashtag stem, made-up caleg, Aceh?)
PARTIES: dict[str, tuple[str, str, int, str, str, bool]] = {
    "pkb": ("PKB", "Partai Kebangkitan Bangsa", 1, "PKB", "Bu Laila Fitriyani", False),
    "gerindra": ("Gerindra", "Partai Gerindra", 2, "Gerindra", "Pak Hendro Saputro", False),
    "pdip": ("PDIP", "PDI Perjuangan", 3, "PDIP", "Bu Ratna Widuri", False),
    "golkar": ("Golkar", "Partai Golkar", 4, "Golkar", "Pak Teguh Santoso", False),
    "nasdem": ("NasDem", "Partai NasDem", 5, "NasDem", "Bu Yuliana Pardede", False),
    "buruh": ("Partai Buruh", "Partai Buruh", 6, "PartaiBuruh", "Pak Suyatno Adi", False),
    "gelora": ("Partai Gelora", "Partai Gelombang Rakyat Indonesia", 7, "PartaiGelora", "Pak Fajar Nugraha", False),
    "pks": ("PKS", "Partai Keadilan Sejahtera", 8, "PKS", "Pak Ahmad Zulkarnain", False),
    "pkn": ("PKN", "Partai Kebangkitan Nusantara", 9, "PKN", "Bu Dewi Lestiani", False),
    "hanura": ("Hanura", "Partai Hanura", 10, "Hanura", "Pak Rudi Hartanto", False),
    "garuda": ("Partai Garuda", "Partai Garda Republik Indonesia", 11, "PartaiGaruda", "Bu Sinta Maharani", False),
    "pan": ("PAN", "Partai Amanat Nasional", 12, "PAN", "Pak Imam Baihaqi", False),
    "pbb": ("PBB", "Partai Bulan Bintang", 13, "PBB", "Pak Yusuf Halim", False),
    "demokrat": ("Demokrat", "Partai Demokrat", 14, "Demokrat", "Bu Anindya Kusuma", False),
    "psi": ("PSI", "Partai Solidaritas Indonesia", 15, "PSI", "Mas Kevin Wiratama", False),
    "perindo": ("Perindo", "Partai Perindo", 16, "Perindo", "Bu Melati Sukmawati", False),
    "ppp": ("PPP", "Partai Persatuan Pembangunan", 17, "PPP", "Pak Hasyim Mubarok", False),
    "ummat": ("Partai Ummat", "Partai Ummat", 24, "PartaiUmmat", "Pak Farid Ma'ruf", False),
    "pna": ("PNA", "Partai Nanggroe Aceh", 18, "PNA", "Teungku Zulfikar Ibrahim", True),
    "pa": ("Partai Aceh", "Partai Aceh", 21, "PartaiAceh", "Teungku Mukhlis Daud", True),
    "pas": ("PAS Aceh", "Partai Adil Sejahtera Aceh", 22, "PASAceh", "Teungku Rizal Hamdani", True),
    "sira": ("Partai SIRA", "Partai SIRA (Soliditas Independen Rakyat Aceh)", 23, "PartaiSIRA",
             "Cut Nurul Aini", True),
}

PARTY_GROUP = {
    **{k: "koalisi-01" for k in ("pkb", "nasdem", "pks", "ummat")},
    **{k: "koalisi-02" for k in ("gerindra", "golkar", "pan", "demokrat", "psi", "pbb", "gelora", "garuda")},
    **{k: "koalisi-03" for k in ("pdip", "ppp", "perindo", "hanura")},
    **{k: "non-koalisi" for k in ("buruh", "pkn", "pna", "pa", "pas", "sira")},
}


def party_templates(pid: str) -> list[dict[str, Any]]:
    short, full, n, tag, caleg, aceh = PARTIES[pid]
    level = "DPRK" if aceh else "DPRD Kabupaten"
    eid = f"pemilu2024.party.{pid}"
    base = {"entities": [eid], "group": PARTY_GROUP[pid], "label": "partisan"}
    return [
        {**base, "id": f"h5-pty-{pid}-t01", "platform": "instagram", "kind": "post", "date": "2024-01-29",
         "text": f"Mohon doa & dukungannya 🙏 14 Februari coblos {short} nomor {n} 🗳️ untuk {level} dapil 3, "
                 f"caleg kita {caleg}. #Coblos{tag}",
         "target": None, "extra": {"surface": "post"}, "stance": "support",
         "note": "[pty-t01] vote call for the party with its ballot number and a local candidate (campaign)"},
        {**base, "id": f"h5-pty-{pid}-t02", "platform": "facebook", "kind": "post", "date": "2022-11-20",
         "text": f"Alhamdulillah KTA {full} sudah jadi 💳 resmi jadi kader {short}, siap berjuang bersama "
                 f"pengurus ranting!",
         "target": None, "extra": {}, "stance": "support",
         "note": "[pty-t02] own party membership card (KTA) and cadre status, before party numbers were drawn"},
        {**base, "id": f"h5-pty-{pid}-t03", "platform": "facebook", "kind": "comment", "date": "2024-01-10",
         "text": f"{short} cuma jago janji, kerjanya nol besar 😤 pemilu ini jangan pilih {short}! #Tolak{tag}",
         "target": _page(NEWS_PAGE), "extra": {"title": f"{OWNER} commented on {NEWS_PAGE}'s post."},
         "stance": "oppose",
         "note": "[pty-t03] comment on a news page calling not to vote for the party, 'Tolak' hashtag"},
    ]


# One neutral trap per party: its short name as an everyday word/abbreviation, or the party named
# neutrally (work, news, history). (platform, kind, date, text, target, extra, note)
PARTY_TRAPS: dict[str, tuple[str, str, str | None, str | None, Any, dict[str, Any], str]] = {
    "pkb": ("instagram", "post", "2023-07-03",
            "Bayar PKB motor sekarang bisa lewat aplikasi Samsat, cepet bgt gak pake antri 👍", None,
            {"surface": "story"}, "PKB = Pajak Kendaraan Bermotor (vehicle tax)"),
    "gerindra": ("facebook", "share", "2023-09-19", None,
                 _link("Rapat paripurna DPR: fraksi Gerindra dan fraksi lain sampaikan pandangan soal RUU ASN",
                       "https://portalberitanusantara.example/nasional/paripurna-ruu-asn"),
                 _link_extra("Rapat paripurna DPR: fraksi Gerindra dan fraksi lain sampaikan pandangan soal RUU ASN",
                             "https://portalberitanusantara.example/nasional/paripurna-ruu-asn"),
                 "news link naming the party's DPR faction, shared without words"),
    "pdip": ("whatsapp", "message", "2023-09-02",
             "Jalan depan kantor DPC PDIP macet total ada acara, lewat jalur pasar aja ya yg mau ke kantor",
             _chat("Grup Kantor Dinas PUPR"), {"chat": "Grup Kantor Dinas PUPR", "sender": OWNER},
             "traffic tip naming the party office as a landmark"),
    "golkar": ("facebook", "post", "2023-09-25",
               "Materi sejarah kelas XII minggu ini: Pemilu 1971 dan peran Golkar di masa Orde Baru. Siapkan "
               "rangkuman ya anak2 📚", None, {}, "history lesson naming the party"),
    "nasdem": ("whatsapp", "message", "2022-12-15",
               "KPU sudah tetapkan 17 partai nasional peserta Pemilu 2024, NasDem dapat nomor 5. Buat bahan "
               "kuis PKn besok ya", _chat("Grup Guru SDN 2 Sukamaju"),
               {"chat": "Grup Guru SDN 2 Sukamaju", "sender": OWNER},
               "factual note on the party number draw for a lesson"),
    "buruh": ("facebook", "post", "2023-05-01",
              "Selamat Hari Buruh untuk semua pekerja 💪 hari ini kantor libur, jangan lupa istirahat", None, {},
              "'buruh' as the everyday word (May Day)"),
    "gelora": ("instagram", "post", "2023-08-18",
               "Semangat pemuda menggelora di lomba 17an kemarin 🔥🇮🇩 gelora merah putih!", None,
               {"surface": "post"}, "'gelora' as the everyday word"),
    "pks": ("whatsapp", "message", "2024-01-19",
            "Draf PKS dengan Pemkab sudah ditandatangani Kadis, tolong diarsipkan di bagian umum ya",
            _chat("Grup Kantor Dinas PUPR"), {"chat": "Grup Kantor Dinas PUPR", "sender": OWNER},
            "PKS = Perjanjian Kerja Sama (cooperation agreement), office chat during the campaign"),
    "pkn": ("facebook", "post", "2023-10-10",
            "PR PKn anakku tentang sila ke-4 Pancasila, ternyata susah jg ya jelasinnya 😅", None, {},
            "PKn = Pendidikan Kewarganegaraan (civics)"),
    "hanura": ("whatsapp", "message", "2023-06-06",
               "Besok rapat koordinasi Kesbangpol dgn pengurus parpol soal laporan bantuan keuangan, termasuk "
               "Hanura dan partai lain yg punya kursi. Undangan sudah dikirim", _chat("Grup Kantor Kesbangpol"),
               {"chat": "Grup Kantor Kesbangpol", "sender": OWNER},
               "official duty note naming the party among others"),
    "garuda": ("instagram", "post", "2023-04-19",
               "Pesawat Garuda delay 2 jam 😩 mudik tahun ini penuh perjuangan #mudik2023", None,
               {"surface": "story"}, "Garuda = the airline"),
    "pan": ("facebook", "post", "2023-08-02",
            "Rapat koordinasi daring dengan KemenPAN-RB soal penataan tenaga honorer, mohon OPD siapkan data", None,
            {}, "PAN inside 'KemenPAN-RB' (ministry)"),
    "pbb": ("whatsapp", "message", "2023-08-20",
            "Warga yth, jangan lupa bayar PBB sebelum jatuh tempo 31 Agustus ya 🙏 bisa di bank atau minimarket",
            _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "PBB = Pajak Bumi dan Bangunan (property tax)"),
    "demokrat": ("facebook", "post", "2024-09-11",
                 "Nonton debat capres Amerika semalam, kandidat Partai Demokrat vs Republik seru juga 🇺🇸", None, {},
                 "the US Democratic Party"),
    "psi": ("instagram", "post", "2023-12-28",
            "Tips mudik tahun baru: tekanan ban depan 33 psi, belakang 36 psi biar aman & irit 🚗", None,
            {"surface": "post"}, "psi = tyre pressure unit, during the campaign"),
    "perindo": ("facebook", "comment", "2023-12-07",
                "Min, Perindo nomor berapa ya di surat suara DPR? buat bahan kuis pemilu anak2 di sekolah",
                _page("KPU Kabupaten Sukamaju"),
                {"title": f"{OWNER} commented on KPU Kabupaten Sukamaju's post."},
                "question to KPU about the party's ballot number for a school quiz"),
    "ppp": ("facebook", "post", "2023-06-14",
            "Proyek SPAM kota pakai skema KPBU alias PPP (public-private partnership), webinar bappeda hari ini "
            "bermanfaat", None, {}, "PPP = public-private partnership"),
    "ummat": ("instagram", "post", "2023-11-01",
              "Semoga ummat Islam di Palestina diberi kekuatan dan keselamatan 🤲", None, {"surface": "post"},
              "'ummat' as the religious word"),
    "pna": ("whatsapp", "message", "2022-09-06",
            "Besok verifikasi partai lokal di kantor KIP, PNA dan parlok lain hadir. Mohon bagian umum siapkan "
            "ruang rapat", _chat("Grup Sekretariat KIP"), {"chat": "Grup Sekretariat KIP", "sender": OWNER},
            "election-office duty note naming the party"),
    "pa": ("whatsapp", "message", "2023-05-22",
           "Surat dari PA Banda Aceh soal jadwal sidang sudah diterima bagian umum, nanti saya scan",
           _chat("Grup Kantor Kesbangpol"), {"chat": "Grup Kantor Kesbangpol", "sender": OWNER},
           "PA = Pengadilan Agama (religious court)"),
    "pas": ("instagram", "post", "2024-01-24",
            "Seragam Korpri baru akhirnya pas di badan 😁 pas banget buat upacara", None, {"surface": "post"},
            "'pas' = fits, during the campaign"),
    "sira": ("facebook", "post", "2023-06-30",
             "Masak kuah pliek u, jangan lupa sira secukupnya biar gurih 😋", None, {},
             "'sira' = salt in Acehnese"),
}

# ------------------------------------------------------------------------------------------ generic
# (platform, kind, date, text, target, extra, note, mentions)
A = _ig_account
GENERIC: list[tuple[str, str, str | None, str | None, Any, dict[str, Any], str, list[str]]] = [
    # turnout reminders, no name/number
    ("instagram", "post", "2024-02-13", "Besok 14 Februari, jangan lupa ke TPS ya teman2 🗳️ gunakan hak pilihmu, "
     "pilihan bebas & rahasia 🙏 #PemiluDamai2024", None, {"surface": "post"}, "turnout reminder", []),
    ("facebook", "post", "2024-02-14", "Sudah nyoblos! ✅ kelingking ungu 💜 ayo yg belum, TPS tutup jam 13.00",
     None, {}, "ink-finger post, no choice shown", []),
    ("whatsapp", "message", "2024-02-10", "Mbah, tgl 14 nanti Rizky jemput jam 8 ya ke TPS, bawa KTP sama "
     "undangan C6 📄", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "family logistics", []),
    ("telegram", "message", "2024-02-13", "Jangan golput ya warga, hak pilih itu amanah. Apapun pilihannya, "
     "jaga kerukunan 🤝", _chat(TG_WARGA), {"chat": TG_WARGA}, "turnout reminder in quiet period", []),
    ("instagram", "post", "2024-02-14", "Antri di TPS 14 lumayan panjang 😅 tetep semangat nyoblos", None,
     {"surface": "story"}, "queue at polling station", []),
    ("whatsapp", "message", "2024-11-26", "Besok libur nasional Pilkada, yuk ke TPS pagi2 biar ga antri 😊",
     _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "Pilkada turnout reminder", []),
    ("facebook", "post", "2024-11-27", "Sudah menunaikan hak pilih di Pilkada hari ini. Siapapun yang terpilih, "
     "semoga amanah 🙏", None, {}, "Pilkada voting day, no side", []),
    ("x", "post", "2024-02-12", "masa tenang = waktunya baca visi misi semua paslon di situs KPU, bukan dengerin "
     "buzzer 😌", None, {}, "voter education", []),
    ("tiktok", "video", "2024-02-14", "vlog jadi KPPS seharian 😵 capek tp seru #KPPS #pemilu2024", None, {},
     "working as polling officer", []),
    ("whatsapp", "message", "2024-02-13", "Rekan2, besok tgl 14 libur nasional pemungutan suara, tgl 15 masuk "
     "normal ya. Selamat menggunakan hak pilih", _chat("Grup Kantor Dinas PUPR"),
     {"chat": "Grup Kantor Dinas PUPR", "sender": OWNER}, "office notice", []),
    # polling-station logistics
    ("whatsapp", "message", "2024-02-05", "Info: DPT sudah ditempel di pos ronda. Yg namanya belum ada segera lapor "
     "ke Pak RT ya 🙏", _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "voter list logistics", []),
    ("whatsapp", "message", "2024-01-10", "Yg kuliah di luar kota & mau pindah memilih, urus formulir A5 di PPS ya, "
     "cek batas waktunya di situs KPU", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "transfer-vote logistics",
     []),
    ("telegram", "message", "2024-02-13", "Lokasi TPS 09 pindah ke halaman masjid Al Ikhlas krn lapangan becek. "
     "Mohon diteruskan.", _chat(TG_WARGA), {"chat": TG_WARGA}, "polling-station location", []),
    ("facebook", "post", "2024-02-12", "Dibutuhkan tenda & kursi utk TPS 05, yg punya bisa dipinjamkan dulu, "
     "makasih 🙏", _chat("Info Warga Sukamaju"), {"title": f"{OWNER} posted in Info Warga Sukamaju."},
     "group post: polling-station equipment", []),
    ("whatsapp", "message", "2024-02-14", "Penghitungan suara di TPS 11 selesai jam 23.40, terima kasih KPPS & "
     "linmas 👏", _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "count finished, no result", []),
    ("instagram", "post", "2024-02-14", "Bertugas sbg Linmas TPS 17 hari ini 💪 semoga lancar", None,
     {"surface": "post"}, "polling-station guard duty", []),
    ("whatsapp", "message", "2024-02-01", "Undangan memilih (C6) punyaku belum sampai, ke mana ya nanyanya? 🤔",
     _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "logistics question", []),
    ("x", "post", "2024-02-15", "real count KPU bisa dipantau di web resminya, jgn percaya angka2 di grup WA yg gak "
     "jelas sumbernya", None, {}, "results information", []),
    # policy criticism, no side
    ("facebook", "post", "2023-05-20", "Harga beras naik terus 😩 gaji segini makin berat. Semoga pemerintah cepat "
     "operasi pasar", None, {}, "price complaint", []),
    ("instagram", "comment", "2023-09-12", "Tunjangan kinerja daerah kami belum cair 3 bulan, tolong diperhatikan 🙏",
     A(NEWS_IG), {"surface": "post"}, "pay complaint on a news post", []),
    ("x", "post", "2024-03-15", "kebijakan kuota pupuk subsidi ribet, petani di kampung bingung daftar e-RDKK", None,
     {}, "fertiliser policy criticism", []),
    ("facebook", "comment", "2023-07-11", "Jalan kabupaten ruas Cibeureum rusak parah, kapan diperbaiki pak? 🙏",
     _page("Pemerintah Kabupaten Sukamaju"),
     {"title": f"{OWNER} commented on Pemerintah Kabupaten Sukamaju's post."}, "road complaint to local gov", []),
    ("whatsapp", "message", "2025-01-20", "Program makan bergizi di sekolah kita baru mulai, porsinya masih kurang "
     "utk anak SMP, perlu evaluasi", _chat("Grup Guru SDN 2 Sukamaju"),
     {"chat": "Grup Guru SDN 2 Sukamaju", "sender": OWNER}, "criticism of a government programme, no person", []),
    ("facebook", "post", "2025-03-05", "Efisiensi anggaran bikin kegiatan dinas banyak yg dibatalkan 😔 semoga "
     "pelayanan ke masyarakat tdk terganggu", None, {}, "budget policy criticism", []),
    ("instagram", "post", "2023-08-08", "Antrian BPJS masih panjang aja, sistem online-nya perlu dibenahi", None,
     {"surface": "story"}, "service complaint", []),
    ("telegram", "message", "2024-06-10", "UKT kampus anakku naik drastis, semoga Kemendikbud meninjau ulang",
     _chat(TG_WARGA), {"chat": TG_WARGA}, "tuition policy criticism", []),
    ("facebook", "post", "2024-10-25", "Kabinet Merah Putih sudah dilantik, nomenklatur kementerian berubah lagi, SK "
     "kita diganti lagi nih 😅 semoga koordinasi pusat-daerah cepat", None, {}, "cabinet name 'Merah Putih'", []),
    ("whatsapp", "message", "2019-10-24", "Kabinet Indonesia Maju sudah diumumkan, Menteri PANRB yg baru siapa ya?",
     _chat("Grup Kantor Dinas PUPR"), {"chat": "Grup Kantor Dinas PUPR", "sender": OWNER},
     "cabinet name 'Indonesia Maju', 2019", []),
    # everyday words that double as slogans or gestures
    ("whatsapp", "message", "2024-01-05", "Semoga ujian Adek lancar, amin 🤲", _chat(FAMILY),
     {"chat": FAMILY, "sender": OWNER}, "'amin' prayer", []),
    ("facebook", "post", "2024-01-15", "Perubahan jadwal layanan Disdukcapil selama masa pemilu: tanggal 14 Februari "
     "tutup, 15 Februari buka normal.", None, {}, "agency notice, 'perubahan'", []),
    ("instagram", "post", "2023-12-23", "Gas pol ke Jogja 🚗💨 oke gas libur akhir tahun!", None,
     {"surface": "story"}, "'gas' / 'oke gas' as slang", []),
    ("whatsapp", "message", "2024-01-31", "Bayi kakakku gemoy bgt 😍 pipinya tembem", _chat(FAMILY),
     {"chat": FAMILY, "sender": OWNER}, "'gemoy' = cute", []),
    ("facebook", "comment", "2024-01-23", "Kerjanya sat set, laporan langsung beres. Makasih mas 👍",
     {"name": "Andi Wicaksono", "handle": None, "url": None, "type": "person"},
     {"title": f"{OWNER} commented on Andi Wicaksono's post."}, "'sat set' = quick", []),
    ("facebook", "group_membership", "2023-12-02", None, _chat("Komunitas Pecinta Musik Metal Jogja"),
     {"membership": "joined", "title": "You became a member of Komunitas Pecinta Musik Metal Jogja."},
     "'metal' music group", []),
    ("facebook", "post", "2023-12-19", "Timnas menang! 🇮🇩🔥 Garuda di dadaku", None, {},
     "football: 'Timnas', 'menang', 'Garuda'", []),
    ("instagram", "post", "2023-08-17", "Dirgahayu RI ke-78 🇮🇩 Menuju Indonesia Emas 2045", None,
     {"surface": "post"}, "national vision phrase", []),
    ("whatsapp", "message", "2024-01-26", "Rapat RT deadlock, akhirnya ambil jalan tengah: iuran sampah naik 2rb aja",
     _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "'jalan tengah' idiom", []),
    ("instagram", "post", "2023-08-20", "Lomba coblos balon anak2 RT 04 seru bgt 🎈😂", None, {"surface": "reel"},
     "'coblos' in a children's game", []),
    ("whatsapp", "message", "2024-01-17", "Arisan bulan ini nomor urut 2 yg dapat, Bu Ani ✌️🎉",
     _chat("Arisan Ibu2 Griya Asri"), {"chat": "Arisan Ibu2 Griya Asri", "sender": OWNER},
     "'nomor urut 2' + V emoji in an arisan draw, campaign period", []),
    ("instagram", "post", "2023-12-05", "Dapet antrean nomor 1 di Samsat 😎☝️", None, {"surface": "story"},
     "queue number 1 + index-finger emoji, campaign period", []),
    ("whatsapp", "message", "2024-01-11", "Latihan band jam 3 sore di studio lantai 3, bawa stik drum 🤘",
     _chat("Band Kantor"), {"chat": "Band Kantor", "sender": OWNER}, "'3' + metal emoji, band practice", []),
    ("instagram", "post", "2024-01-07", "Lari pagi satu putaran alun2 aja udah ngos2an 😂", None,
     {"surface": "post"}, "'satu putaran' (one lap)", []),
    ("instagram", "post", "2023-09-09", "Wisuda adek akhirnya 🎓 foto dulu ✌️😁", None, {"surface": "post"},
     "V sign at a graduation", []),
    ("x", "post", "2024-01-09", "desak2an di KRL pagi ini 😵 kapan ya gerbong ditambah", None, {},
     "'desak' crowding", []),
    ("whatsapp", "message", "2024-01-29", "Lanjutkan perjuangan, Nak! Semangat skripsinya 💪", _chat(FAMILY),
     {"chat": FAMILY, "sender": OWNER}, "'lanjutkan'", []),
    ("instagram", "comment", "2023-11-30", "Selamat ulang tahun mbak, semoga panjang umur, amin 🎂",
     A("sari.ayuningtyas"), {"surface": "post"}, "'amin' in birthday wish", []),
    ("instagram", "post", "2024-01-14", "Tim voli kantor juara 2 antar OPD 🏐✌️ kerja keras terbayar", None,
     {"surface": "post"}, "'juara 2' + V sign, campaign period", []),
    # official duty, agency communication
    ("facebook", "post", "2023-10-17", "BKPSDM Kab. Sukamaju menggelar sosialisasi netralitas ASN pada Pemilu 2024. "
     "ASN dilarang like, komen, share konten peserta pemilu.", None, {}, "agency neutrality briefing", []),
    ("instagram", "post", "2024-01-23", "Apel Siaga Netralitas ASN bersama Bawaslu kabupaten 💪 #ASNNetral", None,
     {"surface": "post"}, "neutrality parade", []),
    ("whatsapp", "message", "2024-02-09", "Mohon rekan2 tidak membagikan konten kampanye paslon maupun partai di grup "
     "kantor ya, sesuai SE netralitas 🙏", _chat("Grup Kantor Dinas PUPR"),
     {"chat": "Grup Kantor Dinas PUPR", "sender": OWNER}, "neutrality reminder in office chat", []),
    ("facebook", "share", "2023-11-15", "Penting buat rekan ASN 👇", _page("Bawaslu Kabupaten Sukamaju"),
     {"shared_from": "Bawaslu Kabupaten Sukamaju",
      "title": f"{OWNER} shared a post from Bawaslu Kabupaten Sukamaju."}, "sharing a Bawaslu neutrality poster",
     []),
    ("x", "post", "2023-11-14", "KPU sudah undi nomor urut capres-cawapres hari ini. Ayo kenali visi misi semua "
     "paslon sebelum memilih 🗳️", None, {}, "number draw news, no side", []),
    ("facebook", "post", "2024-02-20", "Pelayanan kantor kembali normal pasca pemungutan suara. Terima kasih atas "
     "pengertiannya.", None, {}, "agency notice after vote", []),
    # KPU / Bawaslu interactions
    ("facebook", "page_like", "2023-06-01", None, _page("KPU RI"), {}, "liking the KPU page", []),
    ("x", "follow", "2023-09-01", None, {"name": None, "handle": "bawaslu_RI", "url": "https://x.com/bawaslu_RI",
                                         "type": "account"}, {}, "following Bawaslu", []),
    ("x", "follow", "2023-09-01", None, {"name": None, "handle": "KPU_ID", "url": "https://x.com/KPU_ID",
                                         "type": "account"}, {}, "following KPU", []),
    ("facebook", "reaction", "2023-12-12", None, _page("KPU RI"),
     {"reaction": "LIKE", "title": f"{OWNER} likes KPU RI's post."}, "like on KPU's debate announcement", []),
    ("youtube", "follow", "2023-12-01", None, {"name": "KPU RI", "handle": None, "url": None, "type": "channel"}, {},
     "subscribed to KPU's channel", []),
    ("facebook", "comment", "2024-02-11", "Min, mau lapor dugaan politik uang di kampung caranya gimana?",
     _page("Bawaslu Kabupaten Sukamaju"), {"title": f"{OWNER} commented on Bawaslu Kabupaten Sukamaju's post."},
     "asking Bawaslu how to report vote buying", []),
    ("instagram", "saved", "2024-02-10", None, A("infopemilu.sukamaju"), {},
     "saved voter-information post (how to vote)", []),
    # chats: family and neighbourhood, neutral
    ("whatsapp", "message", "2024-01-19", "Udah2 jangan debat politik di grup keluarga, beda pilihan itu biasa. "
     "Kita tetap saudara 🙏❤️", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "calming a family argument", []),
    ("whatsapp", "message", "2024-01-19", "Setuju, grup ini buat silaturahmi aja ya. Hak pilih masing2 di bilik "
     "suara 😊", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "choice kept private", []),
    ("telegram", "message", "2024-02-03", "Admin: dilarang posting kampanye paslon maupun caleg manapun di grup ini "
     "ya, langsung saya hapus. Terima kasih.", _chat(TG_WARGA), {"chat": TG_WARGA}, "admin rule against campaigning",
     []),
    ("whatsapp", "message", "2024-02-15", "Apapun hasilnya nanti, Minggu tetap arisan di rumah Bu RT ya 😁",
     _chat("Arisan Ibu2 Griya Asri"), {"chat": "Arisan Ibu2 Griya Asri", "sender": OWNER}, "after vote, social", []),
    ("whatsapp", "message", "2024-01-24", "Om, saya ASN jadi gak boleh ikut2 share dukungan ya, saya diem aja di "
     "grup 🙏", _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "declining to take part, ASN", []),
    ("whatsapp", "message", "2023-12-30", "Tahun baru kumpul di rumah Eyang ya, bawa makanan masing2 🎆",
     _chat(FAMILY), {"chat": FAMILY, "sender": OWNER}, "family plan", []),
    ("whatsapp", "message", "2024-02-06", "Hati2 ada hoaks surat suara sudah tercoblos beredar, sudah dibantah KPU",
     _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "hoax warning, no side", []),
    ("telegram", "message", "2024-01-31", "Ada yg bisa bantu jadi relawan pemantau pemilu independen dari kampus? "
     "Butuh 3 orang, bukan timses ya", _chat(TG_WARGA), {"chat": TG_WARGA}, "'relawan' as election observer", []),
    # emoji / typo / leet heavy, neutral
    ("instagram", "comment", "2024-02-14", "wkwkwk antri TPS sampe kepanasan 🥵🥵🥵 smngt sis 💪💪",
     A("sari.ayuningtyas"), {"surface": "post"}, "emoji-heavy voting-day banter", []),
    ("facebook", "post", "2024-01-02", "Alhamdulillaaaah naik pangkaaat 🎉🎉🎉 makasih doanya smua 🙏🙏", None, {},
     "stretched letters, promotion", []),
    ("tiktok", "comment", "2024-02-12", "gaaass liburaaan 🏖️🏖️ masa tenang mending tidur 😴",
     {"name": None, "handle": "jalan2terus", "url": None, "type": "account"}, {}, "'gas' in the quiet period", []),
    ("whatsapp", "message", "2024-02-14", "udh nyoblosss 😎💜💜 kelingking ungu abiess", _chat(FAMILY),
     {"chat": FAMILY, "sender": OWNER}, "voted, no choice", []),
    ("instagram", "post", "2023-12-31", "H4ppy n3w y34r 2024 🎆🎆 s3m0g4 b3rk4h", None, {"surface": "post"},
     "leetspeak greeting", []),
    ("telegram", "message", "2024-02-10", "S E L A M A T   H A R I   R A Y A   I M L E K 🧧🏮", _chat(TG_WARGA),
     {"chat": TG_WARGA}, "spaced letters greeting", []),
    ("x", "post", "2024-02-14", "g4s k3 TPS skrg 🚶‍♂️🚶‍♂️ #pemilu2024", None, {}, "leetspeak turnout", []),
    ("instagram", "comment", "2024-01-27", "mantaaap bgt masakannya buuu 😋😋🔥🔥 auto nambah",
     A("dapur.bu.rini"), {"surface": "post"}, "emoji-heavy food comment", []),
    # memberships, pages, follows, bios, events
    ("facebook", "group_membership", "2023-09-10", None, _chat("Info CPNS & PPPK 2024"),
     {"membership": "joined", "title": "You became a member of Info CPNS & PPPK 2024."}, "job-info group", []),
    ("whatsapp", "group_membership", "2024-01-20", None, _chat("KPPS TPS 12 Kel. Sukamaju"),
     {"membership": "joined"}, "polling-officer work group", []),
    ("telegram", "group_membership", "2023-03-03", None, _chat("Alumni SMAN 3 Angkatan 2005"),
     {"membership": "joined"}, "alumni group", []),
    ("facebook", "group_membership", "2023-11-02", None, _chat("Diskusi Pemilu Damai Sukamaju"),
     {"membership": "joined", "title": "You became a member of Diskusi Pemilu Damai Sukamaju."},
     "peace-election discussion group, no side in the name", []),
    ("facebook", "page_like", "2023-11-01", None, _page("Bawaslu Kabupaten Sukamaju"), {}, "liking Bawaslu page",
     []),
    ("facebook", "page_like", "2024-01-05", None, _page("Info Kuliner Sukamaju"), {}, "food page", []),
    ("instagram", "follow", "2024-01-03", None, A("cekfakta.nusantara"), {}, "fact-check account", []),
    ("facebook", "page_like", "2023-07-07", None, _page(NEWS_PAGE), {}, "news page", []),
    ("instagram", "profile", None, "ASN Pemkab Sukamaju | Ibu 2 anak | Netral itu harga mati 🇮🇩", None,
     {"field": "bio"}, "neutral bio", []),
    ("facebook", "profile", None, "Pelayan publik | aamiin-kan doa baik 🤲 | suka mancing 🎣", None,
     {"field": "bio"}, "bio with 'aamiin'", []),
    ("tiktok", "profile", None, "bukan akun politik 🙅 isinya masak2 aja 🍳", None, {"field": "bio"},
     "neutral bio", []),
    ("facebook", "follow", "2024-01-07", None, {"name": "Nonton Bareng Debat Capres - Aula Kampus UNSUKA",
                                                "handle": None, "url": None, "type": "event"},
     {"membership": "going", "date_is_event_start": True}, "campus screening of the KPU debate (all pairs)", []),
    ("facebook", "follow", "2023-10-05", None, {"name": "Sosialisasi Tahapan Pemilu 2024 - KPU Kabupaten Sukamaju",
                                                "handle": None, "url": None, "type": "event"},
     {"membership": "going", "date_is_event_start": True}, "KPU voter-education event", []),
    ("facebook", "follow", "2023-11-29", None, {"name": "Jalan Sehat HUT KORPRI ke-52", "handle": None, "url": None,
                                                "type": "event"},
     {"membership": "going", "date_is_event_start": True}, "civil-service anniversary walk", []),
    ("facebook", "follow", "2024-01-13", None, {"name": "Konser Amal Band Metal Lokal", "handle": None, "url": None,
                                                "type": "event"},
     {"membership": "interested", "date_is_event_start": True}, "'metal' charity concert", []),
    # all pairs named alike, or results/process without a side
    ("facebook", "post", "2023-11-14", "Nomor urut resmi: 01 Anies-Muhaimin, 02 Prabowo-Gibran, 03 Ganjar-Mahfud. "
     "Silakan pelajari visi misinya masing2, pilih sesuai hati nurani.", None, {},
     "all three pairs named alike after the draw",
     ["pemilu2024.pair.01", "pemilu2024.pair.02", "pemilu2024.pair.03"]),
    ("whatsapp", "message", "2024-01-08", "Debat td malam Anies, Prabowo, Ganjar sama2 bahas pertahanan. Catatan "
     "saya buat bahan diskusi kelas PKn besok", _chat("Grup Guru SDN 2 Sukamaju"),
     {"chat": "Grup Guru SDN 2 Sukamaju", "sender": OWNER}, "all three candidates named alike",
     ["pemilu2024.pair.01", "pemilu2024.pair.02", "pemilu2024.pair.03"]),
    ("instagram", "comment", "2024-02-04", "Terima kasih KPU, debat terakhir lancar. Semoga ketiga paslon sama2 "
     "legowo apapun hasilnya 🙏", A("kpu_sukamaju"), {"surface": "post"}, "comment on KPU post, no side", []),
    ("telegram", "share", "2024-03-20", "KPU tetapkan hasil rekapitulasi nasional Pemilu 2024 malam ini",
     _chat(TG_WARGA), {"chat": TG_WARGA, "forwarded_from": "Kanal Berita Nusantara"},
     "forwarded result news without a side", []),
    ("x", "post", "2024-02-14", "Quick count beda2 tiap lembaga, tunggu real count resmi KPU aja ya 🙏", None, {},
     "results caution", []),
    ("facebook", "post", "2024-04-22", "Putusan MK soal sengketa Pilpres dibacakan hari ini. Apapun hasilnya, mari "
     "jaga persatuan 🇮🇩", None, {}, "court ruling, no side", []),
    ("facebook", "post", "2024-09-23", "KPU daerah mengundi nomor urut paslon Pilkada hari ini. ASN tetap jaga "
     "netralitas ya rekan2", None, {}, "Pilkada number draw, neutrality reminder", []),
    ("whatsapp", "message", "2024-11-20", "Debat Pilbup disiarkan TV lokal malam ini, yg mau nonton silakan 📺",
     _chat(RT_CHAT), {"chat": RT_CHAT, "sender": OWNER}, "Pilkada debate schedule", []),
    ("x", "comment", "2024-01-04", "Capres mana pun yg menang, semoga honorer diangkat 🙏",
     {"name": None, "handle": "infohonorer_id", "url": None, "type": "account"}, {},
     "reply hoping for a policy whoever wins", []),
    ("facebook", "post", "2024-02-28", "Alhamdulillah pemilu di desa kami aman & damai. Terima kasih KPPS, linmas, "
     "polisi 👏", None, {}, "thanks after election", []),
    # other everyday posts
    ("youtube", "comment", "2024-01-22", "resepnya pas bgt, makasih chef 👍",
     {"name": "Dapur Mama Ina", "handle": None, "url": None, "type": "video"}, {}, "cooking comment", []),
    ("instagram", "post", "2023-05-14", "Keluarga besar kumpul, foto bareng dulu ✌️😁", None, {"surface": "post"},
     "family V sign, before the campaign", []),
    ("facebook", "share", "2024-01-12", "Info buat yg nunggu formasi guru 👇", _chat("Info CPNS & PPPK 2024"),
     {"shared_from": "Info CPNS & PPPK 2024", "title": f"{OWNER} shared a post from Info CPNS & PPPK 2024."},
     "job info share", []),
    ("instagram", "post", "2024-02-11", "Minggu pagi masak opor buat keluarga 🍲 #masakdirumah", None,
     {"surface": "post"}, "quiet-period everyday post", []),
    ("facebook", "photo", "2023-11-20", "Kunjungan kerja ke puskesmas pembantu Desa Mekarsari bersama tim dinas",
     None, {"title": "Mobile uploads"}, "work visit photo", []),
    ("instagram", "post", "2024-02-14", "Hari ini libur, anak2 minta ke kebun binatang sesudah nyoblos 🦒", None,
     {"surface": "story"}, "voting day family outing", []),
    ("whatsapp", "message", "2024-02-16", "Bu, hasil rapat komite sekolah sudah saya kirim via email ya",
     _chat("Grup Guru SDN 2 Sukamaju"), {"chat": "Grup Guru SDN 2 Sukamaju", "sender": OWNER}, "work message", []),
    ("telegram", "message", "2024-02-14", "Ada yg tau hasil hitung di TPS 09 udah selesai? mau nyusul bantu beresin "
     "tenda", _chat(TG_WARGA), {"chat": TG_WARGA}, "helping clear the polling station", []),
    ("facebook", "comment", "2024-02-13", "Turut berduka cita, semoga almarhum husnul khotimah, amin 🤲",
     {"name": "Wulan Sari", "handle": None, "url": None, "type": "person"},
     {"title": f"{OWNER} commented on Wulan Sari's post."}, "condolence with 'amin', quiet period", []),
    ("instagram", "like", "2024-01-19", None, A("kuliner.sukamaju"), {"object": "post"}, "liking a food post", []),
    ("facebook", "reaction", "2024-02-14", None, {"name": "Wulan Sari", "handle": None, "url": None,
                                                  "type": "person"},
     {"reaction": "HAHA", "title": f"{OWNER} reacted to Wulan Sari's post."}, "reaction on a friend's post", []),
    ("facebook", "saved", "2024-01-09", None, _page("Resep Nusantara"),
     {"title": f"{OWNER} saved a video from Resep Nusantara's post.", "saved_name": "Resep rendang 3 jam"},
     "saved recipe", []),
]


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for slot, label, stance, platform, kind, date, fill, note in PAIR_TEMPLATES:
        for key, p in PAIRS.items():
            text, target, extra = fill(p)
            row: dict[str, Any] = {
                "id": f"h5-p{key}-{slot}", "platform": platform, "kind": kind, "date": date, "text": text,
                "target": target, "extra": extra, "label": label,
            }
            if label == "partisan":
                row.update(entities=[p["id"]], stance=stance, group=p["id"])
            else:
                row.update(entities=[], stance=None, mentions=[p["id"]])
            row["note"] = f"[{slot}] {note}"
            rows.append(row)
    for pid in PARTIES:
        for r in party_templates(pid):
            rows.append({k: r[k] for k in ("id", "platform", "kind", "date", "text", "target", "extra", "label",
                                           "entities", "stance", "group", "note")})
        platform, kind, date, text, target, extra, note = PARTY_TRAPS[pid]
        rows.append({"id": f"h5-pty-{pid}-t04", "platform": platform, "kind": kind, "date": date, "text": text,
                     "target": target, "extra": extra, "label": "neutral", "entities": [], "stance": None,
                     "mentions": [f"pemilu2024.party.{pid}"], "note": f"[pty-t04] {note}"})
    for n, (platform, kind, date, text, target, extra, note, mentions) in enumerate(GENERIC, 1):
        row = {"id": f"h5-gen-{n:03d}", "platform": platform, "kind": kind, "date": date, "text": text,
               "target": target, "extra": extra, "label": "neutral", "entities": [], "stance": None}
        if mentions:
            row["mentions"] = mentions
        row["note"] = note
        rows.append(row)
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
