"""Write tests/corpus/heldout4.jsonl, the fourth independent held-out corpus.

Every line is hand-written here; the only automation is filling pair templates
(identical slot, kind, platform, date and wording for 01, 02 and 03, each with
that pair's own names, numbers, slogans and hashtags) and party templates
(identical for every party). That way no side gets an easier or harder item
than another. All private persons, handles, pages, groups, channels and ids are
made up. Licence: CC0.

Focus: X, TikTok, YouTube, Telegram and WhatsApp (replies, quote posts, threads,
irony, buried support, captions, forwards), ASN office chats, old elections
(2009/2014/2019 presidential, 2017/2018/2020 regional) as neutral traps for
2024, acts with targets (follows, likes, joins) and dates across every phase.
Pilkada 2024 content is left out on purpose (the pack under test is national).

Run: .venv/bin/python tests/corpus/build_heldout4.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

OUT = Path(__file__).with_name("heldout4.jsonl")

# ---------------------------------------------------------------------------------------------- sides
PAIRS: dict[str, dict[str, str]] = {
    "01": {
        "id": "pemilu2024.pair.01", "num": "01", "n": "1", "word": "satu",
        "pair": "Anies-Muhaimin", "pair_full": "Anies Baswedan–Muhaimin Iskandar", "short": "AMIN",
        "pres": "Anies", "pres_full": "Anies Baswedan", "pak": "Pak Anies",
        "vp": "Cak Imin", "vp_first": "Muhaimin",
        "team": "Timnas AMIN", "tag": "#AMIN", "tag2": "#AniesMuhaimin", "tag_g": "#aniessalam1jari",
        "slug": "amin", "slug2": "aniesmuhaimin", "emoji": "☝️", "gesture": "salam satu jari",
        "song": "yel-yel 'lho lho lho nggak bahaya ta'",
        "oneround": "Coblos nomor 1, menang 1 putaran",
        "office_2022": "Gubernur DKI Jakarta Bapak Anies Baswedan",
        "namesake": "Bu Anies Rahmawati",
        # everyday words that are also this side's slogan words
        "word_trap": "Semoga lekas sembuh ya bu, AMIN ya Allah 🤲🤲",
        "work_trap": "Info: ada perubahan jadwal apel pagi mulai Senin, jadi jam 07.15 ya rekan2.",
        "gesture_trap": "Alhamdulillah si kakak juara 1 lomba mewarnai tingkat kecamatan ☝️🏆 #bangga #anakhebat",
        # 2009 presidential ballot number shared with this 2024 number
        "old2009": "nomor 1, Mega-Prabowo", "old2009_m": ["pemilu2024.pair.01", "pemilu2024.pair.02"],
    },
    "02": {
        "id": "pemilu2024.pair.02", "num": "02", "n": "2", "word": "dua",
        "pair": "Prabowo-Gibran", "pair_full": "Prabowo Subianto–Gibran Rakabuming Raka", "short": "Prabowo-Gibran",
        "pres": "Prabowo", "pres_full": "Prabowo Subianto", "pak": "Pak Prabowo",
        "vp": "Mas Gibran", "vp_first": "Gibran",
        "team": "TKN Prabowo-Gibran", "tag": "#PrabowoGibran", "tag2": "#PrabowoGibran2024", "tag_g": "#prabowogemoy",
        "slug": "prabowogibran", "slug2": "prabowogibran", "emoji": "✌️", "gesture": "salam dua jari",
        "song": "lagu 'Oke Gas'",
        "oneround": "Prabowo-Gibran satu putaran",
        "office_2022": "Menteri Pertahanan Bapak Prabowo Subianto",
        "namesake": "Pak Prabowo Sutrisno",
        "word_trap": "kucing oren tetangga gemoy banget sumpah 😭 pengen aku bawa pulang",
        "work_trap": "Info: rapat evaluasi anggaran tadi belum selesai, dilanjutkan besok jam 09.00 di ruang rapat lantai 2.",
        "gesture_trap": "Liburan sama bocil ke pantai ✌️🌊 #family #weekend",
        "old2009": "nomor 2, SBY-Boediono", "old2009_m": ["pemilu2024.pair.02"],
    },
    "03": {
        "id": "pemilu2024.pair.03", "num": "03", "n": "3", "word": "tiga",
        "pair": "Ganjar-Mahfud", "pair_full": "Ganjar Pranowo–Mahfud MD", "short": "Ganjar-Mahfud",
        "pres": "Ganjar", "pres_full": "Ganjar Pranowo", "pak": "Pak Ganjar",
        "vp": "Prof Mahfud", "vp_first": "Mahfud",
        "team": "TPN Ganjar-Mahfud", "tag": "#GanjarMahfud", "tag2": "#GanjarMahfud2024", "tag_g": "#ganjarsalam3jari",
        "slug": "ganjarmahfud", "slug2": "ganjarmahfud", "emoji": "🤟", "gesture": "salam tiga jari",
        "song": "lagu 'Salam M3tal'",
        "oneround": "Ganjar-Mahfud menang satu putaran",
        "office_2022": "Gubernur Jawa Tengah Bapak Ganjar Pranowo",
        "namesake": "Pak Ganjar Wibisono",
        "word_trap": "mantap kak, kerjanya sat set banget, pesanan kemarin udah nyampe pagi ini 👍",
        "work_trap": "Info: tim gerak cepat BPBD sudah di lokasi banjir Kec. Sukamaju, yang piket posko mohon merapat.",
        "gesture_trap": "Akhirnya nonton konser band metal favorit 🤟🔥 #metalhead #konser",
        "old2009": "nomor 3, JK-Wiranto", "old2009_m": ["pemilu2024.pair.03"],
    },
}

PARTIES: dict[str, dict[str, str]] = {
    # id: number, short name, full name, group, handle slug, place (Aceh parties stand in Aceh only)
    "pkb": {"n": "1", "abbr": "PKB", "full": "Partai Kebangkitan Bangsa", "group": "koalisi-01", "slug": "pkb", "region": "sleman", "lvl": "DPRD"},
    "nasdem": {"n": "5", "abbr": "NasDem", "full": "Partai NasDem", "group": "koalisi-01", "slug": "nasdem", "region": "sleman", "lvl": "DPRD"},
    "pks": {"n": "8", "abbr": "PKS", "full": "Partai Keadilan Sejahtera", "group": "koalisi-01", "slug": "pks", "region": "sleman", "lvl": "DPRD"},
    "gerindra": {"n": "2", "abbr": "Gerindra", "full": "Partai Gerindra", "group": "koalisi-02", "slug": "gerindra", "region": "sleman", "lvl": "DPRD"},
    "golkar": {"n": "4", "abbr": "Golkar", "full": "Partai Golkar", "group": "koalisi-02", "slug": "golkar", "region": "sleman", "lvl": "DPRD"},
    "psi": {"n": "15", "abbr": "PSI", "full": "Partai Solidaritas Indonesia", "group": "koalisi-02", "slug": "psi", "region": "sleman", "lvl": "DPRD"},
    "pdip": {"n": "3", "abbr": "PDIP", "full": "PDI Perjuangan", "group": "koalisi-03", "slug": "pdip", "region": "sleman", "lvl": "DPRD"},
    "ppp": {"n": "17", "abbr": "PPP", "full": "Partai Persatuan Pembangunan", "group": "koalisi-03", "slug": "ppp", "region": "sleman", "lvl": "DPRD"},
    "perindo": {"n": "16", "abbr": "Perindo", "full": "Partai Perindo", "group": "koalisi-03", "slug": "perindo", "region": "sleman", "lvl": "DPRD"},
    "buruh": {"n": "6", "abbr": "Partai Buruh", "full": "Partai Buruh", "group": "non-koalisi", "slug": "partaiburuh", "region": "sleman", "lvl": "DPRD"},
    "pkn": {"n": "9", "abbr": "PKN", "full": "Partai Kebangkitan Nusantara", "group": "non-koalisi", "slug": "pkn", "region": "sleman", "lvl": "DPRD"},
    "pa": {"n": "21", "abbr": "Partai Aceh", "full": "Partai Aceh", "group": "non-koalisi", "slug": "partaiaceh", "region": "acehbesar", "lvl": "DPRK"},
}

X_WEB = "https://x.com"


def fake_id(seed: str, digits: int = 19) -> str:
    """A stable made-up numeric id (X account ids, tweet ids) derived from a seed."""
    h = int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16)
    first = str(1 + h % 9)
    return first + str(h)[-(digits - 1):].rjust(digits - 1, "0")


def fake_uc(seed: str) -> str:
    """A made-up YouTube channel id of the real shape UC + 22 characters."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    h = int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16)
    out = []
    for _ in range(22):
        h, r = divmod(h, 64)
        out.append(alphabet[r])
    return "UC" + "".join(out)


def fake_vid(seed: str) -> str:
    return fake_uc("v" + seed)[2:13]


# ---------------------------------------------------------------------------------------------- targets
def x_account(handle: str | None, seed: str | None = None) -> dict:
    if handle:
        return {"name": None, "handle": handle, "id": None, "url": f"{X_WEB}/{handle}", "type": "account"}
    aid = fake_id(seed or "x")
    return {"name": None, "handle": None, "id": aid, "url": f"{X_WEB}/intent/user?user_id={aid}", "type": "account"}


def x_follow(handle: str) -> dict:
    # following.js gives only the numeric id; the handle comes from the owner's own tweet mentions
    aid = fake_id("follow" + handle)
    return {"name": None, "handle": handle, "id": aid, "url": f"{X_WEB}/intent/user?user_id={aid}", "type": "account"}


def tiktok_account(handle: str) -> dict:
    return {"name": None, "handle": handle, "url": f"https://www.tiktok.com/@{handle}", "type": "account"}


def yt_channel(name: str) -> dict:
    cid = fake_uc(name)
    return {"name": name, "handle": None, "id": cid, "url": f"https://www.youtube.com/channel/{cid}", "type": "channel"}


def yt_video(seed: str) -> dict:
    vid = fake_vid(seed)
    return {"name": None, "handle": None, "id": vid, "url": f"https://www.youtube.com/watch?v={vid}", "type": "video"}


def tg_chat(name: str, kind: str) -> dict:
    return {"name": name, "handle": None, "id": fake_id("tg" + name, 10), "url": None, "type": kind}


def wa_group(name: str) -> dict:
    return {"name": name, "handle": None, "url": None, "type": "group"}


# ---------------------------------------------------------------------------------------------- lines
LINES: list[dict] = []


def add(iid: str, platform: str, kind: str, date: str | None, text: str | None, target: dict | None,
        extra: dict | None, label: str, entities: list[str] | None = None, stance: str | None = None,
        group: str | None = None, note: str = "", mentions: list[str] | None = None) -> None:
    d = {"id": iid, "platform": platform, "kind": kind, "date": date, "text": text, "target": target,
         "extra": extra or {}, "label": label, "entities": entities or [], "stance": stance,
         "group": group, "note": note}
    if mentions:
        d["mentions"] = mentions
    LINES.append(d)


def P(code: str, t: str, suffix: str, platform: str, kind: str, date: str | None, text: str | None,
      target: dict | None, extra: dict | None, stance: str, note: str) -> None:
    """A partisan pair item in template slot t."""
    p = PAIRS[code]
    add(f"h4-p{code}-{t}-{suffix}", platform, kind, date, text, target, extra, "partisan",
        [p["id"]], stance, p["id"], f"[{t}] {note}")


def N(code: str, t: str, suffix: str, platform: str, kind: str, date: str | None, text: str | None,
      target: dict | None, extra: dict | None, note: str, mentions: list[str] | None = None) -> None:
    """A neutral pair-trap item in template slot t (names the side without taking it)."""
    p = PAIRS[code]
    add(f"h4-p{code}-{t}-{suffix}", platform, kind, date, text, target, extra, "neutral",
        note=f"[{t}] {note}", mentions=mentions if mentions is not None else [p["id"]])


# ---------------------------------------------------------------------------------------------- pair templates
def pair_templates(c: str, p: dict[str, str]) -> None:
    s = p["slug"]
    # --- X / Twitter -----------------------------------------------------------------------
    P(c, "t01", "x-post", "x", "post", "2023-12-12",
      f"Fix 2024 coblos {p['num']}. {p['pair']} paling siap mimpin, yg lain cuma jualan gimmick. {p['tag']} {p['tag2']}",
      None, {}, "support", "tweet: vote call with number, pair and hashtags (campaign)")
    P(c, "t02", "x-reply", "x", "comment", "2024-01-08",
      f"@dimas_kurniawan87 setuju bgt kak, aku jg udah mantep ke {p['pres']} 🙌 tinggal nunggu 14 Feb aja",
      x_account("dimas_kurniawan87"),
      {"in_reply_to": f"{X_WEB}/dimas_kurniawan87/status/{fake_id('r02' + c)}"},
      "support", "reply to a private account declaring own choice of the presidential candidate")
    P(c, "t03", "x-quote", "x", "post", "2024-01-22",
      f"Nah ini. Dari 3 capres cuma {p['pres']} yg beneran paham soal guru honorer. Makin yakin {p['num']} 🔥 https://t.co/Qm{c}xR7kLp",
      x_account("kabarnusantara_id"),
      {"quote_of": f"{X_WEB}/kabarnusantara_id/status/{fake_id('q03' + c)}"},
      "support", "quote-tweet of a (neutral) news account with own supportive comment")
    P(c, "t04", "x-thread", "x", "post", "2024-01-30",
      "3/5 Soal macet di bypass tiap pagi itu sebenernya bisa diakali kalau jam masuk kantor digeser 15 menit, "
      "sudah saya usulkan ke bagian umum. Btw buat yg masih bingung mau pilih siapa, saya sih udah jelas "
      f"{p['pair']}, programnya paling masuk akal buat daerah kayak kita. Balik ke soal macet: "
      "yang paling parah itu di pertigaan pasar, apalagi kalau hari pasaran.",
      None, {"thread": True},
      "support", "long thread post; support for the pair buried mid-text")
    P(c, "t05", "x-sarcasm-oppose", "x", "post", "2024-01-07",
      f"Hebat ya {p['pres']}, janjinya selangit, realisasinya nanti2 aja 👏👏👏 Yakin mau dipimpin yg kayak gini 5 tahun? Mikir lagi deh sebelum 14 Feb 🙄",
      None, {}, "oppose", "sarcastic praise: a Bawaslu reader sees opposition to the candidate")
    P(c, "t06", "x-irony-support", "x", "post", "2024-01-16",
      f"Katanya {p['pres']} pasti kalah. Oke, kita lihat tanggal 14 nanti ya 😏 {p['tag']}",
      None, {}, "support", "ironic dismissal of the critics plus pair hashtag: support")
    P(c, "t07", "x-quote-criticise", "x", "post", "2024-02-02",
      f"\"{p['oneround']}\" katanya 🤣 Mimpi. Kok masih ada yg percaya sama {p['pres']}, buka mata bro https://t.co/Zp{c}aa81Kq",
      x_account(f"bang_{s}_garis_keras"),
      {"quote_of": f"{X_WEB}/bang_{s}_garis_keras/status/{fake_id('q07' + c)}"},
      "oppose", "quotes a supporter's slogan to mock it: opposition to the pair")
    P(c, "t08", "x-retweet", "x", "share", "2024-02-03",
      f"RT @relawan_{s}_medan: Ayo hadiri Kampanye Akbar {p['pair']} Sabtu ini di Lapangan Merdeka Medan! Ajak keluarga, kerabat, tetangga 💪 {p['tag']}",
      x_account(f"relawan_{s}_medan"), {"retweet": True},
      "support", "retweet of a volunteer account's rally invitation")
    P(c, "t09", "x-like", "x", "like", None,
      f"Tinggal menghitung hari. Coblos {p['num']} {p['pair']}, menang satu putaran! {p['tag']} https://t.co/Lk{c}ww02Zr",
      None, {"tweet_id": fake_id('l09' + c)},
      "support", "liked a campaign tweet (X likes carry no date, author unknown)")
    P(c, "t10", "x-like-handle", "x", "like", None,
      f"Posko pemenangan {p['pair']} Kec. Cibeunying sudah dibuka. Monggo mampir, ada kopi gratis ☕ {p['tag2']}",
      x_account(f"relawan{s}_bdg"), {"tweet_id": fake_id('l10' + c)},
      "support", "liked a volunteer account's post about a campaign post (posko pemenangan)")
    P(c, "t11", "x-follow-relawan", "x", "follow", None, None,
      x_follow(f"relawan{s}_bdg"), {"time": None, "handle_source": "own_tweet_mentions"},
      "support", "follows a volunteer account of the pair (handle recovered from own mentions)")
    P(c, "t12", "x-follow-team", "x", "follow", None, None,
      x_follow({"01": "timnas_amin_jabar", "02": "tkn_prabowogibran_jabar", "03": "tpn_ganjarmahfud_jabar"}[c]),
      {"time": None, "handle_source": "own_tweet_mentions"},
      "support", "follows a regional account of the official campaign team")
    P(c, "t13", "x-bio", "x", "profile", None,
      f"ASN | ayah 2 anak | pecinta kopi & sepeda | {p['tag']} {p['num']} {p['emoji']}",
      None, {"owner": "ahmad_f_rizal"},
      "support", "profile bio carries the pair's hashtag, number and gesture")
    P(c, "t14", "x-masa-tenang", "x", "post", "2024-02-12",
      f"Masa tenang tapi hati tetap bergemuruh 🤫 Lusa jangan lupa ya: {p['num']}! {p['tag2']}",
      None, {}, "support", "vote call with number during the quiet period")
    P(c, "t15", "x-vote-day", "x", "post", "2024-02-14",
      f"Sudah nyoblos ✅ jari ungu ini buat {p['pair']} 💜 semoga menang!",
      None, {}, "support", "voting-day post publishing own choice")
    P(c, "t16", "x-after-vote", "x", "post", "2024-02-16",
      f"Apapun hasil quick count, {p['pres']} tetap presidenku ❤️ Terima kasih sudah berjuang {p['tag']}",
      None, {}, "support", "post-vote support with pair hashtag")
    P(c, "t17", "x-before-draw", "x", "post", "2023-09-10",
      f"{p['pres_full']} presiden 2024, harga mati! 💯 #{p['pres']}2024",
      None, {}, "support", "support for a prospective candidate before pairs were fixed (bakal calon phase)")
    P(c, "t39", "x-2019-memory", "x", "post", "2024-01-19",
      f"Kenangan Pilpres 2019 muncul lagi di beranda 😅 itu dulu. Sekarang 2024 pilihanku jelas: {p['num']} {p['pair']}!",
      None, {}, "support", "mentions the 2019 election but clearly supports a 2024 pair")
    P(c, "t40", "x-after-inauguration", "x", "post", "2024-10-25",
      f"Pilpres udah lewat, tapi dukunganku buat {p['pres']} gak berubah. 2029 lanjut lagi ya pak! {p['tag']}",
      None, {}, "support", "support for the candidate with pair hashtag after the inauguration")
    # --- TikTok ----------------------------------------------------------------------------
    P(c, "t18", "tiktok-song", "tiktok", "video", "2023-12-20",
      f"Pulang ngantor healing dulu sambil joget {p['song']} 🎶🔥 {p['tag']} {p['tag2']} #fyp #pilpres2024",
      None, {}, "support", "TikTok caption: campaign song/chant with pair hashtags")
    P(c, "t19", "tiktok-comment", "tiktok", "comment", "2024-01-14",
      f"{p['pres']} pokoknya!! udah ga ada obat 😍🔥 {p['num']} {p['num']} {p['num']}",
      None, {}, "support", "TikTok comment: candidate name and number chant")
    P(c, "t20", "tiktok-oppose", "tiktok", "comment", "2024-02-05",
      f"jgn pilih {p['num']} gaes, udah keliatan track record {p['pres']} 🙅‍♂️",
      None, {}, "oppose", "TikTok comment urging not to vote for the pair")
    P(c, "t21", "tiktok-follow-relawan", "tiktok", "follow", "2023-11-01", None,
      tiktok_account(f"relawan.{s}.jateng"), {},
      "support", "follows a volunteer TikTok account (after pairs registered, before the number draw)")
    P(c, "t22", "tiktok-gesture", "tiktok", "video", "2024-02-11",
      f"Sampai ketemu di TPS 14 Februari {p['emoji']} {p['gesture']} {p['tag_g']} #masatenang",
      None, {}, "support", "caption with the pair's salute and hashtag in the quiet period")
    P(c, "t23", "tiktok-follow-team", "tiktok", "follow", "2024-01-05", None,
      tiktok_account({"01": "timnasamin.official", "02": "tknprabowogibran.official", "03": "tpnganjarmahfud.official"}[c]),
      {}, "support", "follows the campaign team's TikTok account")
    # --- YouTube ---------------------------------------------------------------------------
    P(c, "t24", "yt-comment", "youtube", "comment", "2024-01-28",
      f"Merinding dengerin orasi {p['pres']} barusan. Semoga amanah & menang, aamiin 🤲 {p['num']}!!",
      yt_video("t24" + c), {"video_id": fake_vid("t24" + c)},
      "support", "YouTube comment on a rally video: prayer for the candidate's win plus number")
    P(c, "t25", "yt-comment-buried", "youtube", "comment", "2024-01-03",
      "Saya ASN, harusnya netral ya 😅 tapi izin kasih pendapat dikit. Dari tiga paslon yang paling "
      f"masuk akal programnya menurut saya {p['pair']}, jadi saya pilih mereka. Yang lain monggo, "
      "beda pilihan gpp yang penting tetap rukun.",
      yt_video("t25" + c), {"video_id": fake_vid("t25" + c)},
      "support", "comment on a news video: claims neutrality but states own choice mid-text")
    P(c, "t26", "yt-subscribe", "youtube", "follow", None, None,
      yt_channel(f"Relawan {p['pair']} Official"), {},
      "support", "subscribed to a volunteer channel (subscriptions.csv has no date)")
    P(c, "t27", "yt-like-rally", "youtube", "like", "2024-02-04", None,
      yt_channel(p["team"]),
      {"title": f"Liked LIVE Kampanye Akbar {p['pair']} | Bersama Menuju 14 Februari",
       "video_title": f"LIVE Kampanye Akbar {p['pair']} | Bersama Menuju 14 Februari",
       "video_id": fake_vid("t27" + c)},
      "support", "liked a campaign-team livestream of a rally (My Activity)")
    P(c, "t28", "yt-own-video", "youtube", "video", "2023-11-26",
      f"Dokumentasi deklarasi relawan {p['pair']} Kecamatan Banyumanik. Terima kasih semua yang hadir! {p['tag']}",
      None, {"title": f"Vlog ikut deklarasi relawan {p['pair']} di Gedung Serbaguna", "video_id": fake_vid("t28" + c)},
      "support", "own uploaded vlog of a volunteer declaration (after penetapan, before campaign)")
    # --- Telegram --------------------------------------------------------------------------
    P(c, "t29", "tg-join", "telegram", "group_membership", "2023-10-28", None,
      tg_chat(f"Relawan {p['pair']} Jawa Tengah", "channel"), {"membership": "joined"},
      "support", "joined a volunteer channel (before the number draw)")
    P(c, "t30", "tg-forward", "telegram", "share", "2024-01-10",
      f"📢 JADWAL KAMPANYE {p['pair'].upper()} MINGGU INI\nSenin: dialog warga di Ungaran\nRabu: jalan sehat di Salatiga\n"
      f"Sabtu: konser rakyat di Semarang\nAyo ramaikan! {p['tag']}",
      tg_chat("Keluarga Besar Bani Sholeh", "group"),
      {"chat": "Keluarga Besar Bani Sholeh", "forwarded_from": f"Info Relawan {p['pair']}"},
      "support", "forwarded a campaign channel's schedule into a family group")
    P(c, "t31", "tg-buried", "telegram", "message", "2024-02-01",
      "Teman2 alumni, update reuni: tempat fix di rumah makan Pak Darmo, iuran 150rb ditransfer ke Rina paling "
      f"lambat tgl 10. Oh iya sekalian, jangan lupa 14 Feb coblos {p['num']} ya, {p['pair']} insyaAllah amanah 🙏 "
      "Kaos reuni ukurannya mohon diisi di spreadsheet yang kemarin.",
      tg_chat("Alumni SMAN 3 Angkatan 2005", "group"), {"chat": "Alumni SMAN 3 Angkatan 2005"},
      "support", "long group message; vote call buried between reunion logistics")
    P(c, "t32", "tg-reaction", "telegram", "like", "2024-01-24",
      f"Alhamdulillah, posko relawan {p['pair']} Kecamatan Tembalang resmi dibuka! Yang mau gabung jadi relawan silakan datang. {p['tag']}",
      tg_chat(f"Relawan {p['pair']} Semarang", "channel"),
      {"chat": f"Relawan {p['pair']} Semarang", "reaction": "👍", "object": "message",
       "post_author": f"Relawan {p['pair']} Semarang"},
      "support", "thumbs-up on a post in a volunteer channel")
    # --- WhatsApp, office context ------------------------------------------------------------
    office = "Grup Kantor Dinas PUPR Kab. Sukamaju"
    P(c, "t33", "wa-office-votecall", "whatsapp", "message", "2024-01-25",
      f"Bapak ibu mohon maaf sebelumnya 🙏 ayo kita kompak satu kantor pilih {p['num']} ya, demi kelanjutan program2 kita. {p['pair']} yang paling peduli sama ASN.",
      wa_group(office), {"chat": office},
      "support", "vote call to colleagues in the office WhatsApp group")
    P(c, "t34", "wa-office-invite", "whatsapp", "message", "2024-02-01",
      f"*UNDANGAN*\nKepada yth. rekan2 sekalian, hadirilah KAMPANYE AKBAR {p['pair'].upper()}\n"
      "Hari/tgl: Minggu, 4 Februari 2024\nPukul: 08.00 WIB s.d. selesai\nTempat: Alun-alun Kab. Sukamaju\n"
      "Mohon disebarkan 🙏",
      wa_group(office), {"chat": office},
      "support", "campaign-rally invitation forwarded into the office group")
    P(c, "t35", "wa-office-info", "whatsapp", "message", "2023-12-18",
      f"Sekedar info ya bapak ibu, bukan kampanye 😁 ini visi-misi {p['pair']} soal reformasi birokrasi & kesejahteraan ASN, "
      "silakan dibaca2 📄 menurut saya paling realistis.",
      wa_group(office), {"chat": office},
      "support", "ASN shares a pair's programme 'just for info' with own endorsement")
    P(c, "t36", "wa-office-pressure", "whatsapp", "message", "2024-01-12",
      f"Kabid sudah jelas ke {p['pres']}, kita2 staf ikut aja biar aman 😅 yang belum masuk grup relawan {p['pair']} nanti saya add ya",
      wa_group(office), {"chat": office},
      "support", "colleagues told to pick the boss's side and to join a volunteer group")
    P(c, "t37", "wa-join-relawan", "whatsapp", "group_membership", "2023-12-01", None,
      wa_group(f"Relawan {p['pair']} Kec. Sukajadi"), {"membership": "joined"},
      "support", "joined a volunteer WhatsApp group (campaign)")
    P(c, "t38", "wa-stickers", "whatsapp", "message", "2024-01-18",
      f"Yg mau stiker WA {p['pair']} japri aja ya, lucu2 😁 {p['emoji']}",
      wa_group("Keluarga Pak Harjo"), {"chat": "Keluarga Pak Harjo"},
      "support", "offers the pair's campaign stickers in a family group")


def pair_neutral_templates(c: str, p: dict[str, str]) -> None:
    office = "Grup Kantor Dinas PUPR Kab. Sukamaju"
    N(c, "t41", "x-draw-news", "x", "post", "2023-11-14",
      f"KPU mengundi nomor urut capres-cawapres malam ini. Pasangan {p['pair_full']} mendapat nomor urut {p['num']}. (sumber: siaran langsung KPU)",
      None, {}, "factual report of the number draw, no stance")
    N(c, "t42", "x-like-kpu", "x", "like", None,
      f"Capres nomor urut {p['n']}, {p['pres_full']}, menyampaikan visi dan misi pada Debat Pertama Pilpres 2024. Saksikan siaran ulangnya di kanal YouTube KPU RI. #PemiluDamai2024",
      x_account("KPU_ID"), {"tweet_id": fake_id('k42' + c)},
      "liked the election commission's own tweet about the debate")
    N(c, "t43", "wa-office-warn", "whatsapp", "message", "2024-01-15",
      f"Assalamualaikum rekan2, mohon maaf mengingatkan, tadi ada yg kirim video kampanye {p['pair']} di grup ini. Kita ASN wajib netral ya, mohon dihapus 🙏 Grup ini khusus urusan kantor.",
      wa_group(office), {"chat": office}, "asks colleagues to delete campaign content: neutrality reminder")
    N(c, "t44", "x-reply-refuse", "x", "comment", "2024-01-09",
      f"@dimas_kurniawan87 maaf mas, saya gak bisa ikut dukung2 {p['pres']} di sini, ASN wajib netral. Pilihan cukup di bilik suara 🙏",
      x_account("dimas_kurniawan87"),
      {"in_reply_to": f"{X_WEB}/dimas_kurniawan87/status/{fake_id('r44' + c)}"},
      "declines to support the candidate publicly, citing ASN neutrality")
    N(c, "t45", "wa-office-decline", "whatsapp", "message", "2024-01-22",
      f"Maaf Pak Sekdis, soal ajakan gabung grup relawan {p['pair']} kemarin saya izin tidak ikut ya, saya ASN. Terima kasih pengertiannya 🙏",
      wa_group(office), {"chat": office}, "refuses an invitation to a volunteer group")
    N(c, "t46", "x-report-breach", "x", "post", "2024-01-27",
      f"Ada pegawai dinas sebelah pasang status \"Coblos {p['num']} {p['pair']}!\" padahal ASN. Kayak gini nih yg bikin kita semua kena teguran. Lapor Bawaslu aja lah 🙄",
      None, {}, "quotes someone else's support to criticise the ASN breach, not the pair")
    N(c, "t47", "x-official-2022", "x", "post", "2022-08-10",
      f"Alhamdulillah kunjungan kerja {p['office_2022']} ke kantor kami hari ini berjalan lancar. Terima kasih atas arahannya 🙏 #HumasDinas",
      None, {}, "official duty visit in 2022, long before candidacy")
    N(c, "t48", "tiktok-count-joke", "tiktok", "comment", "2024-01-08",
      f"nonton debat sambil ngitung berapa kali {p['pres']} bilang 'terima kasih' 😂 iseng aja, siapapun pilihannya yg penting damai",
      None, {}, "light joke about the debate, explicitly no side")
    N(c, "t49", "tg-news-forward", "telegram", "share", "2024-01-19",
      f"Survei terbaru: elektabilitas {p['pair']} naik 2 persen dalam sebulan terakhir. Selengkapnya: kabarnusantara.id/survei-januari",
      tg_chat("Info Pegawai Dinas Kominfo", "group"),
      {"chat": "Info Pegawai Dinas Kominfo", "forwarded_from": "Kabar Nusantara Harian"},
      "news item forwarded without any caption (informational; at most review)")
    N(c, "t50", "x-like-factcheck", "x", "like", None,
      f"[HOAKS] Beredar video {p['pres_full']} menyatakan akan menghapus tunjangan ASN. Faktanya, video tersebut hasil suntingan. #CekFakta",
      x_account("cekfakta_nusantara"), {"tweet_id": fake_id('f50' + c)},
      "liked a fact-check debunking a hoax about the candidate")
    N(c, "t51", "x-reply-namesake-vp", "x", "comment", "2024-01-31",
      f"@rina_kurniasih1 selamat wisuda ya dek {p['vp_first']}! 🎓 bangga banget sama ponakan tante",
      x_account("rina_kurniasih1"),
      {"in_reply_to": f"{X_WEB}/rina_kurniasih1/status/{fake_id('r51' + c)}"},
      "congratulates a nephew who shares the VP candidate's first name (namesake)")
    N(c, "t52", "tiktok-slogan-word", "tiktok", "comment", "2024-01-20",
      p["word_trap"], None, {}, "everyday use of a word that is also this side's slogan word")
    N(c, "t53", "wa-office-slogan-word", "whatsapp", "message", "2024-01-29",
      p["work_trap"], wa_group(office), {"chat": office}, "office notice using a word that is also this side's slogan")
    N(c, "t54", "tiktok-gesture-family", "tiktok", "video", "2024-01-13",
      p["gesture_trap"], None, {}, "gesture emoji of this number in a family/hobby caption, no election context")
    N(c, "t55", "x-kpps-tps", "x", "post", "2024-02-14",
      f"Tugas KPPS di TPS {p['num']} Kel. Sukamaju selesai jam 2 pagi 😮‍💨 terima kasih warga yang tertib. Pilihanmu rahasiamu.",
      None, {}, "polling-station number equals the pair number; election worker, no stance")
    N(c, "t56", "wa-rt-number", "whatsapp", "message", "2024-01-20",
      f"Bapak2, Minggu pagi kerja bakti bersihin selokan RT {p['num']}, kumpul jam 7 di pos ronda ya 🙏",
      wa_group(f"Warga RT {p['num']} RW 05 Griya Asri"), {"chat": f"Warga RT {p['num']} RW 05 Griya Asri"},
      "neighbourhood unit number equals the pair number")
    N(c, "t57", "fb-2009", "facebook", "post", "2009-07-08",
      f"Alhamdulillah sudah nyontreng {p['old2009']}. Semoga siapapun yg menang amanah 🙏",
      None, {}, "2009 presidential election (contreng), not about the 2024 pairs; same ballot number",
      mentions=list(p["old2009_m"]))
    N(c, "t58", "wa-office-rules", "whatsapp", "message", "2023-11-20",
      f"Sekadar mengingatkan dari BKPSDM: like, komen atau share postingan {p['pair']} maupun paslon lain bisa kena sanksi disiplin berat ya bapak ibu. Mari jaga netralitas.",
      wa_group(office), {"chat": office}, "explains the neutrality rules, the pair only as an example")
    N(c, "t59", "yt-comment-debate", "youtube", "comment", "2024-01-21",
      f"Di debat ini {p['pres']} dapat pertanyaan soal honorer. Siapapun yang terpilih nanti semoga benar2 memperhatikan nasib honorer 🙏",
      yt_video("t59"), {"video_id": fake_vid("t59")}, "comment on the commission's debate video, wishes for whoever wins")
    N(c, "t60", "wa-namesake", "whatsapp", "message", "2024-01-26",
      f"Selamat ulang tahun {p['namesake']}, semoga sehat selalu dan makin sukses 🎂🙏",
      wa_group(office), {"chat": office}, "birthday wish to a colleague who shares the candidate's first name")


# ---------------------------------------------------------------------------------------------- party templates
def party_templates(pid: str, q: dict[str, str]) -> None:
    ent = f"pemilu2024.party.{pid}"
    office = "Grup Kantor Dinas PUPR Kab. Sukamaju" if pid != "pa" else "Grup Kantor Dinas PUPR Kab. Aceh Besar"
    tag = "#" + q["abbr"].replace(" ", "")

    def part(t: str, suffix: str, platform: str, kind: str, date: str | None, text: str | None,
             target: dict | None, extra: dict | None, note: str) -> None:
        add(f"h4-party-{pid}-{t}-{suffix}", platform, kind, date, text, target, extra, "partisan",
            [ent], "support", q["group"], f"[party-{t}] {note}")

    def neut(t: str, suffix: str, platform: str, kind: str, date: str | None, text: str | None,
             target: dict | None, extra: dict | None, note: str) -> None:
        add(f"h4-party-{pid}-{t}-{suffix}", platform, kind, date, text, target, extra, "neutral",
            note=f"[party-{t}] {note}", mentions=[ent])

    part("a1", "x-votecall", "x", "post", "2024-01-20",
         f"Bismillah, 14 Februari jangan lupa coblos {q['full']} nomor urut {q['n']} di surat suara {q['lvl']} ya 🙏 Bersama {q['abbr']} kita kuat! {tag}",
         None, {}, "vote call for the party with its ballot number (campaign)")
    part("a2", "tiktok-follow", "tiktok", "follow", "2023-12-03", None,
         tiktok_account(f"{q['slug']}_{q['region']}_official"), {},
         "follows a regional party branch account")
    part("a3", "wa-kta", "whatsapp", "message", "2023-06-10",
         f"Alhamdulillah KTA {q['abbr']} saya sudah jadi 😁 yang mau daftar jadi anggota {q['abbr']} bisa lewat saya ya bapak ibu",
         wa_group(office), {"chat": office},
         "discloses own party card and recruits colleagues (membership)")
    neut("b1", "x-like-kpu", "x", "like", None,
         f"Pengundian nomor urut partai politik peserta Pemilu 2024: {q['full']} mendapat nomor urut {q['n']}. #PemiluDamai2024",
         x_account("KPU_ID"), {"tweet_id": fake_id('pb1' + pid)},
         "liked the election commission's tweet on party numbers")
    neut("b2", "wa-kesbangpol", "whatsapp", "message", "2023-08-14",
         f"Rekan2 Kesbangpol, besok rakor dengan perwakilan parpol peserta pemilu. Hari ini giliran pengurus {q['abbr']} konfirmasi kehadiran, tolong siapkan daftar hadir & snack ya.",
         wa_group("Grup Kantor Kesbangpol"), {"chat": "Grup Kantor Kesbangpol"},
         "official duty: coordination meeting logistics mentioning the party")


# ---------------------------------------------------------------------------------------------- single items
ALL3 = ["pemilu2024.pair.01", "pemilu2024.pair.02", "pemilu2024.pair.03"]


def old_elections() -> None:
    add("h4-old-2019-01", "x", "post", "2019-04-10",
        "Tinggal seminggu lagi! 17 April coblos 01 Jokowi-Amin 👍 #JokowiAmin",
        None, {}, "neutral", note="[old] Pilpres 2019 (01 was Jokowi-Ma'ruf Amin): not about the 2024 pairs",
        mentions=["pemilu2024.pair.01"])
    add("h4-old-2019-02", "x", "post", "2019-04-10",
        "Tinggal seminggu lagi! 17 April coblos 02 Prabowo-Sandi 👍 #PrabowoSandi",
        None, {}, "neutral", note="[old] Pilpres 2019 (02 was Prabowo-Sandiaga): not about the 2024 pairs",
        mentions=["pemilu2024.pair.02"])
    add("h4-old-2014-1", "x", "post", "2014-07-05",
        "Rabu nanti coblos nomor 1, Prabowo-Hatta. Bismillah 🙏",
        None, {}, "neutral", note="[old] Pilpres 2014 (1 was Prabowo-Hatta): not about the 2024 pairs",
        mentions=["pemilu2024.pair.01", "pemilu2024.pair.02"])
    add("h4-old-2014-2", "x", "post", "2014-07-05",
        "Rabu nanti coblos nomor 2, Jokowi-JK. Bismillah 🙏",
        None, {}, "neutral", note="[old] Pilpres 2014 (2 was Jokowi-JK): not about the 2024 pairs",
        mentions=["pemilu2024.pair.02"])
    add("h4-old-2017-dki-3", "facebook", "post", "2017-04-19",
        "Putaran kedua, sudah coblos nomor 3 Anies-Sandi. Semoga Jakarta makin maju 🙏",
        None, {}, "neutral", note="[old] Pilkada DKI 2017 (3 was Anies-Sandiaga): old regional election, not 2024",
        mentions=["pemilu2024.pair.01", "pemilu2024.pair.03"])
    add("h4-old-2018-jateng-1", "facebook", "post", "2018-06-27",
        "Sudah nyoblos nomor 1 Ganjar-Yasin, lanjutkan kerja untuk Jawa Tengah 👍",
        None, {}, "neutral", note="[old] Pilgub Jateng 2018 (1 was Ganjar-Taj Yasin): old regional election, not 2024",
        mentions=["pemilu2024.pair.01", "pemilu2024.pair.03"])
    add("h4-old-2013-jateng-3", "facebook", "post", "2013-05-26",
        "Sudah nyoblos nomor 3 Ganjar-Heru, semoga Jawa Tengah makin sejahtera 🙏",
        None, {}, "neutral", note="[old] Pilgub Jateng 2013 (3 was Ganjar-Heru Sudjatmoko): old regional election, not 2024",
        mentions=["pemilu2024.pair.03"])
    add("h4-old-2020-solo-1", "facebook", "post", "2020-12-09",
        "Sudah nyoblos nomor 1 Gibran-Teguh, semoga Solo makin maju 🙏",
        None, {}, "neutral", note="[old] Pilkada Solo 2020 (1 was Gibran-Teguh): old regional election, not 2024",
        mentions=["pemilu2024.pair.01", "pemilu2024.pair.02"])


def generic_neutral() -> None:
    def g(iid: str, platform: str, kind: str, date: str | None, text: str | None, target: dict | None,
          extra: dict | None, note: str, mentions: list[str] | None = None) -> None:
        add(f"h4-n-{iid}", platform, kind, date, text, target, extra, "neutral", note=note, mentions=mentions)

    office = "Grup Kantor Dinas PUPR Kab. Sukamaju"
    # X
    g("x-masa-tenang", "x", "post", "2024-02-10",
      "Besok masa tenang. Yuk sama2 jaga suasana adem, jangan sebar hoaks. Pilih sesuai hati nurani di bilik suara 🙏",
      None, {}, "turnout/peace reminder without side")
    g("x-secret-vote", "x", "post", "2024-02-14",
      "Sudah nyoblos ✅ jari ungu. Pilihanku rahasia dong 🤫 yang penting jangan golput", None, {},
      "voted, choice kept secret")
    g("x-like-kpu-jadwal", "x", "like", None,
      "Jangan lupa, pemungutan suara Pemilu 2024 dilaksanakan Rabu, 14 Februari 2024 pukul 07.00–13.00 waktu setempat. #PemiluDamai2024",
      x_account("KPU_ID"), {"tweet_id": fake_id("gk1")}, "liked the commission's schedule tweet")
    g("x-follow-kpu", "x", "follow", None, None, x_follow("KPU_ID"),
      {"time": None, "handle_source": "own_tweet_mentions"}, "follows the election commission")
    g("x-follow-bawaslu", "x", "follow", None, None, x_follow("bawaslu_RI"),
      {"time": None, "handle_source": "own_tweet_mentions"}, "follows the election supervisor")
    g("x-follow-bkn", "x", "follow", None, None, x_follow("BKNgoid"),
      {"time": None, "handle_source": "own_tweet_mentions"}, "follows the civil service agency")
    g("x-follow-hobby", "x", "follow", None, None, x_follow("info_burung_kicau"),
      {"time": None, "handle_source": "own_tweet_mentions"}, "follows a bird-keeping hobby account")
    g("x-follow-news", "x", "follow", None, None, x_follow("kabarnusantara_id"),
      {"time": None, "handle_source": "own_tweet_mentions"}, "follows a (made-up) news account")
    g("x-amin-caps", "x", "post", "2024-01-05",
      "Semoga ujian SKD CPNS adikku besok lancar, AMIN YA ALLAH 🤲", None, {}, "prayer amin in capitals")
    g("x-aamiin-reply", "x", "comment", "2024-01-21",
      "@rina_kurniasih1 aamiin, semoga lancar persalinannya ya mba 🙏", x_account("rina_kurniasih1"),
      {"in_reply_to": f"{X_WEB}/rina_kurniasih1/status/{fake_id('ga2')}"}, "prayer reply")
    g("x-gas-elpiji", "x", "post", "2024-01-11",
      "Harga gas elpiji 3 kg di warung dekat rumah naik lagi, 25rb 😩", None, {}, "gas = cooking fuel")
    g("x-oke-gas-trip", "x", "post", "2023-12-30",
      "Liburan akhir tahun ke Dieng? Oke gas, berangkat habis subuh 🚗💨", None, {}, "oke gas = let's go, holiday")
    g("x-krl-perubahan", "x", "post", "2024-02-06",
      "Ada perubahan jadwal KRL mulai 1 Februari, cek aplikasi ya rekan2 komuter", None, {}, "perubahan = timetable change")
    g("x-kabinet-merah-putih", "x", "post", "2024-10-21",
      "Susunan Kabinet Merah Putih sudah diumumkan semalam. Semoga kementerian kami makin solid melayani masyarakat 🙏",
      None, {}, "cabinet name after inauguration, government information")
    g("x-kabinet-indonesia-maju", "x", "post", "2023-03-15",
      "Hari ini kantor kami dikunjungi Wakil Menteri Kabinet Indonesia Maju untuk monitoring program irigasi.",
      None, {}, "cabinet name, official visit before the campaign")
    g("x-debat-all", "x", "post", "2024-02-03",
      "Debat terakhir besok malam, ketiga paslon 01, 02, dan 03 tampil di JCC. Siapkan kopi, nonton sambil cek fakta ☕",
      None, {}, "names all three numbers without a side", mentions=ALL3)
    g("x-saudara-all", "x", "post", "2024-02-20",
      "Apapun hasil akhirnya nanti, mari hormati rekapitulasi KPU. Pendukung 01, 02, 03 tetap saudara 🤝",
      None, {}, "reconciliation post naming all three", mentions=ALL3)
    g("x-2019-tinta", "x", "post", "2019-04-17",
      "Alhamdulillah sudah nyoblos di TPS 05, tinta ungu ✊ #PemiluDamai2019", None, {}, "2019 voting day, no side")
    g("x-rt-bawaslu", "x", "share", "2024-01-30",
      "RT @bawaslu_RI: ASN dilarang memberikan like, komentar, dan membagikan konten kampanye peserta pemilu. Jaga netralitas! #BawasluAwasi",
      x_account("bawaslu_RI"), {"retweet": True}, "retweet of the supervisor's neutrality reminder")
    g("x-2014-neutral", "x", "post", "2014-07-09",
      "Sudah nyoblos pilpres, semoga siapapun presidennya bisa membawa Indonesia lebih baik 🙏", None, {},
      "2014 voting day, no side")
    g("x-like-bowo-satpam", "x", "like", None,
      "Selamat ulang tahun Pak Bowo, satpam paling ramah se-kantor 🎂", None, {"tweet_id": fake_id("gb1")},
      "birthday of a security guard nicknamed Bowo")
    g("x-timnas-u23", "x", "post", "2024-04-26",
      "Timnas U-23 menang adu penalti! Gas terus Garuda 🇮🇩🔥 satu langkah lagi menuju final",
      None, {}, "football: Garuda (national team nickname), gas, menang")
    g("x-hari-buruh", "x", "post", "2023-05-01",
      "Selamat Hari Buruh 1 Mei. Hormat untuk semua pekerja yang menggerakkan ekonomi 🙏", None, {},
      "May Day, labourers (not the party)")
    g("x-gelora-gbk", "x", "post", "2023-11-16",
      "Nonton Timnas di Gelora Bung Karno malam ini, merinding denger Indonesia Raya 🇮🇩", None, {},
      "stadium name Gelora")
    # TikTok
    g("tt-kucing-gemoy", "tiktok", "video", "2024-01-14",
      "kucing oren kantor makin gemoy aja tiap hari 😭 #kucingoren #fyp", None, {}, "gemoy = chubby cat")
    g("tt-17an-juara2", "tiktok", "video", "2023-08-17",
      "Lomba 17an kantor, tim kami juara 2 tarik tambang ✌️ #17agustus #dirgahayuRI", None, {},
      "V sign and 2nd place, Independence Day")
    g("tt-sat-set", "tiktok", "comment", "2024-02-02",
      "sat set banget tutorialnya kak, langsung bisa 👍", None, {}, "sat set = quick, tutorial")
    g("tt-follow-resep", "tiktok", "follow", "2023-12-10", None, tiktok_account("resep.masakan.ibu"), {},
      "follows a cooking account")
    g("tt-follow-mancing", "tiktok", "follow", "2024-01-09", None, tiktok_account("mancing.mania.jateng"), {},
      "follows a fishing hobby account")
    g("tt-follow-news", "tiktok", "follow", "2024-01-02", None, tiktok_account("kabarnusantara.tv"), {},
      "follows a (made-up) news account")
    g("tt-metal-music", "tiktok", "comment", "2024-01-25",
      "lagu metal jadul emang beda, merinding dengernya 🤘🔥", None, {}, "metal music")
    g("tt-masa-tenang-beres", "tiktok", "video", "2024-02-13",
      "Masa tenang, waktunya beres2 rumah 🧹 #masatenang #pemilu2024", None, {}, "quiet-period chores, no side")
    g("tt-kpps", "tiktok", "video", "2024-02-14",
      "Pertama kali jadi KPPS! capek tapi seru 😅 #KPPS #Pemilu2024", None, {}, "election worker")
    g("tt-aamiin-jodoh", "tiktok", "comment", "2024-01-30",
      "aamiin ya Allah semoga cepet dapet jodoh 🤲🤲", None, {}, "prayer aamiin")
    g("tt-diganjar", "tiktok", "comment", "2024-01-19",
      "karyawan teladan diganjar bonus, semoga nular ke kantor kami 😂", None, {}, "verb diganjar (rewarded)")
    # YouTube
    g("yt-sub-kpu", "youtube", "follow", None, None, yt_channel("KPU RI"), {}, "subscribed to the commission")
    g("yt-sub-bawaslu", "youtube", "follow", None, None, yt_channel("Bawaslu RI"), {}, "subscribed to the supervisor")
    g("yt-sub-news", "youtube", "follow", None, None, yt_channel("Kabar Nusantara TV"), {},
      "subscribed to a (made-up) news channel")
    g("yt-sub-resep", "youtube", "follow", None, None, yt_channel("Resep Dapur Bunda Ayu"), {},
      "subscribed to a cooking channel")
    g("yt-like-kpu-debat", "youtube", "like", "2024-01-07", None, yt_channel("KPU RI"),
      {"title": "Liked Debat Ketiga Calon Presiden Pemilu 2024", "video_title": "Debat Ketiga Calon Presiden Pemilu 2024",
       "video_id": fake_vid("gkd")}, "liked the commission's debate video")
    g("yt-comment-moderator", "youtube", "comment", "2024-01-08",
      "Moderatornya tegas, salut. Siapapun yang terpilih semoga amanah, aamiin", yt_video("gkd"),
      {"video_id": fake_vid("gkd")}, "debate comment about the moderator")
    g("yt-own-sosialisasi", "youtube", "video", "2023-10-05",
      "Rekaman sosialisasi netralitas ASN: larangan like, komentar dan share konten peserta pemilu, serta pose jari saat berfoto.",
      None, {"title": "Sosialisasi Netralitas ASN Pemilu 2024 - BKPSDM Kab. Sukamaju", "video_id": fake_vid("gso")},
      "own upload of an official neutrality briefing")
    g("yt-like-mancing", "youtube", "like", "2023-07-10", None, yt_channel("Mancing Mania Nusantara"),
      {"title": "Liked Strike Ikan Toman di Waduk Kedungombo", "video_title": "Strike Ikan Toman di Waduk Kedungombo",
       "video_id": fake_vid("gmc")}, "liked a fishing video")
    g("yt-comment-tutorial", "youtube", "comment", "2023-09-02",
      "Makasih tutorial SIASN-nya pak, sangat membantu buat update data 🙏", yt_video("gsi"),
      {"video_id": fake_vid("gsi")}, "civil-service admin tutorial")
    # Telegram
    g("tg-join-cpns", "telegram", "group_membership", "2023-03-01", None,
      tg_chat("Info CPNS & PPPK 2024", "channel"), {"membership": "joined"}, "joined a civil-service info channel")
    g("tg-join-bawaslu", "telegram", "group_membership", "2023-09-12", None,
      tg_chat("Bawaslu Kota Semarang", "channel"), {"membership": "joined"}, "joined a supervisor's channel")
    g("tg-office-report", "telegram", "message", "2024-01-16",
      "Rekan2, mohon laporan kinerja bulan Januari dikirim paling lambat Jumat ya 🙏",
      tg_chat("Pegawai Bappeda Kab. Sukamaju", "group"), {"chat": "Pegawai Bappeda Kab. Sukamaju"}, "office routine")
    g("tg-forward-dpt", "telegram", "share", "2024-02-09",
      "Cek namamu di Daftar Pemilih Tetap lewat cekdptonline.kpu.go.id. Pastikan kamu terdaftar!",
      tg_chat("Pegawai Bappeda Kab. Sukamaju", "group"),
      {"chat": "Pegawai Bappeda Kab. Sukamaju", "forwarded_from": "KPU Kabupaten Sukamaju"},
      "forward of the commission's voter-list notice")
    g("tg-doa-bersama", "telegram", "message", "2024-02-13",
      "Doa bersama jelang pemilu damai di masjid kantor besok ba'da dzuhur. Mari hadir, semoga pemilu aman & damai, aamiin 🤲",
      tg_chat("Pegawai Bappeda Kab. Sukamaju", "group"), {"chat": "Pegawai Bappeda Kab. Sukamaju"},
      "prayer for a peaceful election")
    g("tg-react-pppk", "telegram", "reaction", "2024-01-10",
      "Jadwal seleksi PPPK 2024 sudah diumumkan, cek di laman resmi BKN.",
      tg_chat("Info CPNS & PPPK 2024", "channel"),
      {"chat": "Info CPNS & PPPK 2024", "reaction": "❤", "object": "message", "post_author": "Info CPNS & PPPK 2024"},
      "reaction on a civil-service info post")
    g("tg-2019-libur", "telegram", "message", "2019-04-10",
      "Jangan lupa 17 April libur nasional, nyoblos dulu baru liburan 😁",
      tg_chat("Pegawai Bappeda Kab. Sukamaju", "group"), {"chat": "Pegawai Bappeda Kab. Sukamaju"},
      "2019 voting-day holiday reminder")
    # WhatsApp
    g("wa-piket-pemilu", "whatsapp", "message", "2024-02-12",
      "Info: tanggal 14 Februari libur nasional pemungutan suara. Piket kantor diatur bergantian, cek jadwal terlampir.",
      wa_group(office), {"chat": office}, "office duty roster for election day")
    g("wa-se-atribut", "whatsapp", "message", "2024-01-31",
      "Bapak ibu, sesuai surat edaran Bupati, ASN dilarang memakai atribut peserta pemilu dan berpose jari saat foto bersama. Mohon jadi perhatian.",
      wa_group(office), {"chat": office}, "neutrality circular")
    g("wa-kpps-izin", "whatsapp", "message", "2024-02-15",
      "Yang kemarin jadi KPPS silakan ajukan dispensasi hari ini ya, formnya di bagian umum.",
      wa_group(office), {"chat": office}, "leave for election workers")
    g("wa-join-kantor", "whatsapp", "group_membership", "2022-03-01", None,
      wa_group("Grup Kantor Dinas Pendidikan Kab. Sukamaju"), {"membership": "joined"}, "joined an office group")
    g("wa-join-arisan", "whatsapp", "group_membership", "2023-05-20", None,
      wa_group("Arisan Ibu2 Perumahan Griya Asri"), {"membership": "joined"}, "joined a neighbourhood savings group")
    g("wa-jangan-golput", "whatsapp", "message", "2024-02-14",
      "Ayo bapak ibu, yang belum ke TPS segera ya, TPS tutup jam 1 siang. Jangan golput! 🙏",
      wa_group("Keluarga Pak Harjo"), {"chat": "Keluarga Pak Harjo"}, "turnout reminder without side")
    g("wa-bkn-pose", "whatsapp", "message", "2024-01-18",
      "Sekadar info dari BKN: pose jari satu, dua, tiga, atau metal saat foto bisa dianggap tidak netral ya rekan2.",
      wa_group(office), {"chat": office}, "relays the agency's pose guidance; no side")
    g("wa-hut-ri-78", "whatsapp", "message", "2023-08-17",
      "Dirgahayu Republik Indonesia ke-78! Terus Melaju untuk Indonesia Maju 🇮🇩 Merdeka!",
      wa_group(office), {"chat": office}, "official Independence Day theme (Indonesia Maju)")
    g("wa-rekap-pps", "whatsapp", "message", "2024-02-27",
      "Rekap C1 di kelurahan sudah selesai, terima kasih teman2 PPS atas kerja kerasnya 🙏",
      wa_group("PPS Kel. Sukamaju"), {"chat": "PPS Kel. Sukamaju"}, "recount logistics")
    g("wa-pengadilan-agama", "whatsapp", "message", "2024-01-24",
      "Besok saya izin setengah hari ke PA (Pengadilan Agama) jadi saksi sidang isbat nikah saudara ya pak.",
      wa_group("Grup Kantor Dinas PUPR Kab. Aceh Besar"), {"chat": "Grup Kantor Dinas PUPR Kab. Aceh Besar"},
      "PA = religious court, not Partai Aceh")
    g("wa-ban-psi", "whatsapp", "message", "2024-01-17",
      "Pak sopir, tekanan ban mobil dinas depan 33 psi belakang 36 psi ya, kemarin kurang angin.",
      wa_group(office), {"chat": office}, "psi = tyre pressure unit")
    g("wa-panci-pan", "whatsapp", "message", "2024-01-23",
      "Bu, frying pan anti lengket yg dipesan kemarin sudah datang, diambil di meja saya ya 😊",
      wa_group("Arisan Ibu2 Perumahan Griya Asri"), {"chat": "Arisan Ibu2 Perumahan Griya Asri"}, "pan = frying pan")
    g("wa-umat-pengajian", "whatsapp", "message", "2024-02-08",
      "Pengajian rutin Jumat ini temanya persatuan umat, mohon kehadiran bapak ibu 🙏",
      wa_group("Majelis Taklim Al-Ikhlas"), {"chat": "Majelis Taklim Al-Ikhlas"}, "umat = religious community")
    g("wa-perubahan-gaji", "whatsapp", "message", "2024-01-04",
      "Ada perubahan besaran gaji pokok PNS per Januari 2024 sesuai PP, slip bisa dicek di aplikasi ya.",
      wa_group(office), {"chat": office}, "pay change notice")
    g("wa-satu-putaran", "whatsapp", "message", "2024-01-28",
      "Fun run minggu kemarin aku cuma kuat satu putaran alun-alun 😂 next time latihan dulu",
      wa_group("Komunitas Lari Sukamaju"), {"chat": "Komunitas Lari Sukamaju"}, "satu putaran = one lap")
    g("wa-desak-laporan", "whatsapp", "message", "2024-01-09",
      "Pak Kabid mendesak laporan realisasi anggaran harus masuk hari ini, mohon dibantu teman2 🙏",
      wa_group(office), {"chat": office}, "desak = urge (report deadline)")
    g("wa-kopi-pagi", "whatsapp", "message", "2024-01-26",
      "Kopi pagi dulu sebelum apel ☕ siapa yg mau nitip gorengan?", wa_group(office), {"chat": office},
      "morning coffee")
    g("wa-jaga-demokrasi-edu", "whatsapp", "message", "2023-10-30",
      "Materi PKn minggu depan: peran warga negara dalam menjaga demokrasi. Guru2 mohon siapkan bahan ajarnya.",
      wa_group("Guru SMPN 2 Sukamaju"), {"chat": "Guru SMPN 2 Sukamaju"}, "civics lesson on democracy")


# ---------------------------------------------------------------------------------------------- build
def build() -> list[dict]:
    LINES.clear()
    for code, p in PAIRS.items():
        pair_templates(code, p)
    for code, p in PAIRS.items():
        pair_neutral_templates(code, p)
    for pid, q in PARTIES.items():
        party_templates(pid, q)
    old_elections()
    generic_neutral()
    return LINES


def main() -> None:
    lines = build()
    ids = [d["id"] for d in lines]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
