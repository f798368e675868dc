#!/usr/bin/env python3
"""Build the bundled demo archive in resources/demo/ (deterministic, fictional people).

The owner, "Budi Santoso (contoh)", and every friend, group and page run by
"contoh" people are fictional. The candidates, pairs and parties are the real
2024 ones, because that is what the audit looks for; each pair appears the
same number of times in the same kinds of acts, so the demo is neutral too.
The files follow the real export layouts (Facebook G4 JSON, Instagram I3,
X archive, Telegram Desktop result.json, WhatsApp Android chat export in
Indonesian).
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo"
PHOTOS = Path(__file__).resolve().parent.parent / "tests" / "photos" / "set"
FIXED = (2024, 3, 1, 8, 0, 0)
WIB = timezone(timedelta(hours=7))
OWNER = "Budi Santoso"

# One row per pair: (number, pair name, volunteer page, IG account, short tag)
PAIRS = [
    ("01", "Anies-Muhaimin", "Relawan Anies-Muhaimin Kota Contoh", "relawan.aminkotacontoh", "#AMINajaDulu"),
    ("02", "Prabowo-Gibran", "Relawan Prabowo-Gibran Kota Contoh", "relawan.prabowogibrankotacontoh", "#PrabowoGibran2024"),
    ("03", "Ganjar-Mahfud", "Relawan Ganjar-Mahfud Kota Contoh", "relawan.ganjarmahfudkotacontoh", "#GanjarMahfud2024"),
]


def ts(y: int, mo: int, d: int, h: int = 19, mi: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=WIB).timestamp())


def meta_json(obj: object) -> bytes:
    """JSON the way Meta writes it: every UTF-8 byte >= 0x80 escaped as its own \\u00XX."""
    def mangle(o: object) -> object:
        if isinstance(o, str):
            return o.encode("utf-8").decode("latin-1")
        if isinstance(o, list):
            return [mangle(x) for x in o]
        if isinstance(o, dict):
            return {mangle(k): mangle(v) for k, v in o.items()}
        return o
    return json.dumps(mangle(obj), ensure_ascii=True, indent=2).encode("ascii")


def write_zip(path: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, files[name])


def tiny_jpeg() -> bytes:
    # A valid 1x1 JPEG, so media references resolve to a real file.
    return bytes.fromhex(
        "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912"
        "130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b0800"
        "01000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002"
        "010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f024"
        "33627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a63646566676869"
        "6a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4"
        "c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fb"
        "d3ffd9")


def facebook() -> dict[str, bytes]:
    root = "facebook-budi.santoso.contoh-2024-03-01-Dm0Fb001/"
    act = root + "your_facebook_activity/"
    files: dict[str, bytes] = {}
    files[root + "personal_information/profile_information/profile_information.json"] = meta_json({
        "profile_v2": {"name": {"full_name": OWNER, "first_name": "Budi", "last_name": "Santoso"},
                       "username": "budi.santoso.contoh",
                       "profile_uri": "https://www.facebook.com/budi.santoso.contoh",
                       "registration_timestamp": ts(2012, 5, 1)}})
    reactions = []
    for i, (_, _, page, _, _) in enumerate(PAIRS):
        reactions.append({"timestamp": ts(2023, 12, 5 + i),
                          "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
                          "title": f"{OWNER} likes {page}'s post."})
    reactions += [
        {"timestamp": ts(2024, 1, 3), "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
         "title": f"{OWNER} likes Dinas Kominfo Kota Contoh's post."},
        {"timestamp": ts(2024, 2, 14, 9), "data": [{"reaction": {"reaction": "LOVE", "actor": OWNER}}],
         "title": f"{OWNER} reacted to Siti Rahma's post."},
    ]
    files[act + "comments_and_reactions/likes_and_reactions_1.json"] = meta_json(reactions)
    files[act + "comments_and_reactions/likes_and_reactions.json"] = meta_json([
        {"timestamp": ts(2024, 2, 1, 20), "media": [], "fbid": "100000000000001", "ent_name": "reaction",
         "label_values": [
             {"ent_field_name": "reaction", "label": "Reaction", "value": "Like"},
             {"ent_field_name": "url", "label": "URL", "value": "https://www.facebook.com/KPURI/posts/1",
              "href": "https://www.facebook.com/KPURI/posts/1"},
             {"ent_field_name": "name", "label": "Name", "value": "KPU RI"}]}])
    files[act + "pages/pages_you've_liked.json"] = meta_json({"page_likes_v2": [
        {"name": p[2], "timestamp": ts(2023, 11, 20 + i),
         "url": f"https://www.facebook.com/{p[2].replace(' ', '').replace('-', '')}/"}
        for i, p in enumerate(PAIRS)] + [
        {"name": "Resep Masakan Nusantara", "timestamp": ts(2021, 3, 2),
         "url": "https://www.facebook.com/ResepMasakanNusantara/"}]})
    files[act + "groups/your_group_membership_activity.json"] = meta_json({"groups_joined_v2": [
        {"timestamp": ts(2023, 12, 1 + i), "data": [{"name": f"Grup {p[2]}"}],
         "title": f"You became a member of Grup {p[2]}."} for i, p in enumerate(PAIRS)] + [
        # The owner left each pair's group later (the same act for every pair, as everywhere
        # in the demo): the checklist shows it as nothing left to do.
        *({"timestamp": ts(2024, 1, 10 + i), "data": [{"name": f"Grup {p[2]}"}],
           "title": f"You stopped being a member of Grup {p[2]}."} for i, p in enumerate(PAIRS)),
        {"timestamp": ts(2015, 8, 17), "data": [{"name": "Alumni SMA Contoh 2005"}],
         "title": "You became a member of Alumni SMA Contoh 2005."}]})
    posts = [
        {"timestamp": ts(2024, 1, 20), "data": [{"post": "Coblos nomor 1! AMIN untuk Indonesia yang lebih baik #AniesPresiden"}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": ts(2024, 1, 21), "data": [{"post": "Lanjutkan! Prabowo-Gibran satu putaran, coblos nomor 2 ✌️"}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": ts(2024, 1, 22), "data": [{"post": "Sat set! Ganjar-Mahfud menang total, coblos nomor 3 #GanjarPresiden"}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": ts(2024, 2, 12, 7), "data": [{"post": "Jangan lupa 14 Februari datang ke TPS dan gunakan hak pilih Anda. Pemilu damai, Indonesia maju bersama!"}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": ts(2023, 8, 17, 10), "data": [{"post": "Alhamdulillah tim kantor juara 1 lomba tarik tambang 17 Agustus 🇮🇩"}],
         "title": f"{OWNER} updated his status.",
         "attachments": [{"data": [{"media": {
             "uri": "your_facebook_activity/posts/media/Mobileuploads_Dm01/17agustus_n_1.jpg",
             "creation_timestamp": ts(2023, 8, 17, 10), "title": "Mobile uploads",
             "description": "Alhamdulillah tim kantor juara 1 lomba tarik tambang 17 Agustus 🇮🇩",
             "media_metadata": {"photo_metadata": {"exif_data": [
                 {"upload_ip": "10.0.0.1", "taken_timestamp": -62169958800}]}}}}]}]},
        {"timestamp": ts(2023, 9, 2), "data": [{"post": "Amin ya Allah, semoga Ibu lekas sembuh 🙏"}],
         "title": f"{OWNER} updated his status."},
        {"timestamp": ts(2023, 10, 5), "data": [{"post": "Gas terus, lembur laporan akhir tahun. Semangat rekan-rekan!"}],
         "title": f"{OWNER} updated his status."},
    ]
    # One photo per pair whose caption is harmless but whose picture carries a campaign
    # banner: what only the photo check can see. Images: tests/photos/set (see SOURCES.md).
    for i, p in enumerate(PAIRS):
        n = i + 1
        uri = f"your_facebook_activity/posts/media/Mobileuploads_Dm01/kegiatan_{n}_n.jpg"
        posts.append({"timestamp": ts(2024, 2, 3 + i, 16),
                      "data": [{"post": "Kegiatan akhir pekan bersama warga 📸"}],
                      "title": f"{OWNER} updated his status.",
                      "attachments": [{"data": [{"media": {
                          "uri": uri, "creation_timestamp": ts(2024, 2, 3 + i, 16), "title": "Mobile uploads",
                          "description": "Kegiatan akhir pekan bersama warga 📸"}}]}]})
        files[root + uri] = (PHOTOS / f"banner_coblos_{n}.jpg").read_bytes()
    files[act + "posts/your_posts__check_ins__photos_and_videos_1.json"] = meta_json(posts)
    files[act + "posts/media/Mobileuploads_Dm01/17agustus_n_1.jpg"] = tiny_jpeg()
    files[act + "comments_and_reactions/comments.json"] = meta_json({"comments_v2": [
        {"timestamp": ts(2024, 1, 25 + i),
         "data": [{"comment": {"timestamp": ts(2024, 1, 25 + i),
                               "comment": f"Mantap, {p[1]} pasti menang! Coblos {p[0]}", "author": OWNER}}],
         "title": f"{OWNER} commented on {p[2]}'s post."} for i, p in enumerate(PAIRS)] + [
        {"timestamp": ts(2024, 2, 20),
         "data": [{"comment": {"timestamp": ts(2024, 2, 20), "comment": "Terima kasih infonya, Pak.",
                               "author": OWNER}}],
         "title": f"{OWNER} commented on Dinas Kominfo Kota Contoh's post."}]})
    files[root + "ads_information/advertisers_using_your_activity_or_information.json"] = meta_json(
        {"custom_audiences_all_types_v2": []})
    return files


def instagram() -> dict[str, bytes]:
    root = "instagram-budi.santoso.contoh-2024-03-01-Dm0Ig002/"
    act = root + "your_instagram_activity/"
    files: dict[str, bytes] = {}
    files[root + "personal_information/personal_information/personal_information.json"] = meta_json(
        {"profile_user": [{"string_map_data": {"Username": {"value": "budi.santoso.contoh"},
                                               "Name": {"value": OWNER},
                                               "Bio": {"value": "ASN. Pecinta kopi ☕"}}}]})
    files[act + "likes/liked_posts.json"] = meta_json({"likes_media_likes": [
        {"title": p[3], "string_list_data": [{"href": f"https://www.instagram.com/p/Demo{p[0]}Like/",
                                               "value": "👍", "timestamp": ts(2023, 12, 10 + i)}]}
        for i, p in enumerate(PAIRS)] + [
        {"title": "kulinerkotacontoh", "string_list_data": [
            {"href": "https://www.instagram.com/p/DemoKuliner/", "value": "👍", "timestamp": ts(2022, 6, 1)}]}]})
    files[root + "connections/followers_and_following/following.json"] = meta_json({"relationships_following": [
        {"title": p[3], "string_list_data": [{"href": f"https://www.instagram.com/_u/{p[3]}",
                                               "timestamp": ts(2023, 11, 25 + i)}]}
        for i, p in enumerate(PAIRS)] + [
        {"title": "bkngoidofficial", "string_list_data": [
            {"href": "https://www.instagram.com/_u/bkngoidofficial", "timestamp": ts(2020, 1, 5)}]}]})
    files[act + "comments/post_comments_1.json"] = meta_json([
        {"media_list_data": [{"uri": ""}],
         "string_map_data": {"Comment": {"value": f"{p[4]} yuk semua ke TPS coblos {p[0]}"},
                             "Media Owner": {"value": p[3]},
                             "Time": {"timestamp": ts(2024, 2, 1 + i)}}} for i, p in enumerate(PAIRS)])
    files[act + "media/posts_1.json"] = meta_json([
        {"media": [{"uri": "media/posts/202402/demo_tps_1.jpg", "creation_timestamp": ts(2024, 2, 14, 11),
                    "title": "Sudah nyoblos! Jari ungu, Pemilu damai 🇮🇩"}]}])
    files[root + "media/posts/202402/demo_tps_1.jpg"] = tiny_jpeg()
    return files


def x_archive() -> dict[str, bytes]:
    root = "data/"
    files: dict[str, bytes] = {}

    def js(name: str, var: str, obj: object) -> None:
        files[root + name] = (f"window.YTD.{var}.part0 = " + json.dumps(obj, ensure_ascii=False, indent=2)).encode()

    files[root + "manifest.js"] = ("window.__THAR_CONFIG = " + json.dumps({
        "userInfo": {"accountId": "1500000000000000001", "userName": "budi_contoh", "displayName": OWNER},
        "archiveInfo": {"sizeBytes": "4096", "generationDate": "2024-03-01T01:00:00.000Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "dataTypes": {"tweets": {"files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": "4"}]},
                      "like": {"files": [{"fileName": "data/like.js", "globalName": "YTD.like.part0", "count": "4"}]},
                      "following": {"files": [{"fileName": "data/following.js", "globalName": "YTD.following.part0", "count": "2"}]}}},
        indent=2)).encode()
    js("account.js", "account", [{"account": {"email": "budi@contoh.invalid", "createdVia": "web",
                                              "username": "budi_contoh", "accountId": "1500000000000000001",
                                              "createdAt": "2015-01-01T00:00:00.000Z",
                                              "accountDisplayName": OWNER}}])
    tweets = []
    for i, p in enumerate(PAIRS):
        tid = str(1750000000000000000 + i)
        tweets.append({"tweet": {
            "id_str": tid, "id": tid, "created_at": f"Sat Jan {13 + i} 12:00:00 +0000 2024",
            "full_text": f"RT @{p[3][:15]}: Bersama {p[1]}, nomor {p[0]} untuk Indonesia! {p[4]}",
            "retweeted": False, "favorited": False, "favorite_count": "0", "retweet_count": "0", "lang": "in",
            "entities": {"hashtags": [], "symbols": [], "urls": [],
                         "user_mentions": [{"name": p[2], "screen_name": p[3][:15], "id_str": str(900 + i),
                                            "id": str(900 + i), "indices": ["3", str(4 + len(p[3][:15]))]}]},
            "display_text_range": ["0", "120"], "source": "<a href=\"https://mobile.twitter.com\">Twitter Web App</a>",
            "truncated": False}})
    tweets.append({"tweet": {
        "id_str": "1760000000000000009", "id": "1760000000000000009",
        "created_at": "Wed Feb 14 05:00:00 +0000 2024",
        "full_text": "Antre di TPS 12 pagi ini. Yuk gunakan hak pilih, jangan golput! &amp; tetap jaga persatuan",
        "retweeted": False, "favorited": False, "favorite_count": "2", "retweet_count": "0", "lang": "in",
        "entities": {"hashtags": [], "symbols": [], "urls": [], "user_mentions": []},
        "display_text_range": ["0", "90"], "source": "<a href=\"https://mobile.twitter.com\">Twitter Web App</a>",
        "truncated": False}})
    js("tweets.js", "tweets", tweets)
    js("like.js", "like", [
        {"like": {"tweetId": str(1740000000000000000 + i),
                  "fullText": f"Ayo menangkan {p[1]} di Pemilu 2024, coblos nomor {p[0]}!",
                  "expandedUrl": f"https://twitter.com/i/web/status/{1740000000000000000 + i}"}}
        for i, p in enumerate(PAIRS)] + [{"like": {"tweetId": "1730000000000000000"}}])
    js("following.js", "following", [
        {"following": {"accountId": "1111111111111111111",
                       "userLink": "https://twitter.com/intent/user?user_id=1111111111111111111"}},
        {"following": {"accountId": "2222222222222222222",
                       "userLink": "https://twitter.com/intent/user?user_id=2222222222222222222"}}])
    files["Your archive.html"] = b"<!DOCTYPE html><html><body>Arsip X (contoh)</body></html>"
    return files


def telegram() -> dict[str, bytes]:
    uid = 5000000001
    chats = []
    for i, p in enumerate(PAIRS):
        chats.append({"name": f"Info {p[2]}", "type": "public_channel", "id": 1700000000 + i, "messages": [
            {"id": 1, "type": "message", "date": f"2023-12-0{2 + i}T09:00:00", "date_unixtime": str(ts(2023, 12, 2 + i, 9)),
             "from": f"Info {p[2]}", "from_id": f"channel{1700000000 + i}",
             "text": f"Agenda kampanye {p[1]} minggu ini", "text_entities": [
                 {"type": "plain", "text": f"Agenda kampanye {p[1]} minggu ini"}]}]})
    chats.append({"name": "Info CPNS dan PPPK Kota Contoh", "type": "public_channel", "id": 1699999999,
                  "messages": []})
    chats.append({"name": "Diskusi Warga RW 05 Contoh", "type": "private_supergroup", "id": 1698888888, "messages": [
        {"id": 40, "type": "message", "date": "2024-02-12T20:15:00", "date_unixtime": str(ts(2024, 2, 12, 20, 15)),
         "from": OWNER, "from_id": f"user{uid}", "text": "Besok kerja bakti jam 7, jangan lupa bawa cangkul.",
         "text_entities": [{"type": "plain", "text": "Besok kerja bakti jam 7, jangan lupa bawa cangkul."}]},
        {"id": 41, "type": "message", "date": "2024-02-12T20:20:00", "date_unixtime": str(ts(2024, 2, 12, 20, 20)),
         "from": OWNER, "from_id": f"user{uid}", "forwarded_from": "Bawaslu Kota Contoh",
         "text": "Masa tenang 11-13 Februari: dilarang kampanye dalam bentuk apa pun.",
         "text_entities": [{"type": "plain", "text": "Masa tenang 11-13 Februari: dilarang kampanye dalam bentuk apa pun."}]}]})
    doc = {"about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
           "personal_information": {"user_id": uid, "first_name": "Budi", "last_name": "Santoso",
                                    "phone_number": "+62 812 0000 0000", "username": "@budi_contoh", "bio": ""},
           "chats": {"about": "This page lists all chats from this export.", "list": chats},
           "left_chats": {"about": "This page lists all supergroups and channels from this export that you've left.",
                          "list": [{"name": "Info Relawan Pemilu Lama", "type": "public_channel", "id": 1600000000,
                                    "messages": []}]}}
    return {"DataExport_2024-03-01/result.json": json.dumps(doc, ensure_ascii=False, indent=1).encode()}


def whatsapp() -> bytes:
    lines = [
        "01/12/23 07.00 - Pesan dan panggilan dienkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.",
        "01/12/23 07.01 - Siti Rahma membuat grup \"Keluarga Besar Santoso\"",
        "01/12/23 07.02 - Siti Rahma menambahkan Anda",
        "01/12/23 07.05 - Siti Rahma: Selamat pagi semua 🙏",
        "02/12/23 19.30 - Budi Santoso: Amin, semoga operasi Bapak lancar ya",
        "13/02/24 20.00 - Budi Santoso: Besok jangan lupa ke TPS ya semua, pakai hak pilih. Pilihan masing-masing, yang penting rukun.",
        "13/02/24 20.02 - Rudi: <Media tidak disertakan>",
        "14/02/24 12.10 - Budi Santoso: Sudah nyoblos, antreannya lancar.",
        "15/02/24 08.00 - Rudi: Hasil hitung cepat sudah keluar",
        "15/02/24 08.05 - Budi Santoso: Kita tunggu hasil resmi KPU saja.",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        if old.is_file() and old.name != "README.md":
            old.unlink()
    write_zip(OUT / "facebook-budi.santoso.contoh-2024-03-01-Dm0Fb001.zip", facebook())
    write_zip(OUT / "instagram-budi.santoso.contoh-2024-03-01-Dm0Ig002.zip", instagram())
    write_zip(OUT / "twitter-2024-03-01-d3m0a1b2c3.zip", x_archive())
    write_zip(OUT / "telegram-DataExport_2024-03-01.zip", telegram())
    (OUT / "WhatsApp Chat dengan Keluarga Besar Santoso.txt").write_bytes(whatsapp())
    print(f"demo written to {OUT}")


if __name__ == "__main__":
    main()
