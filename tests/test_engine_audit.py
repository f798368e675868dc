"""The auditor on realistic items: detections, traps, targets, actions, phases, neutrality."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from audit.engine import Auditor
from audit.findings import Severity
from audit.model import Item, Kind, Platform, SourceRef, Target
from audit.paths import resource_path
from audit.rules import load_packs

CAMPAIGN = datetime(2024, 1, 10, 5, tzinfo=timezone.utc)
PROSPECTIVE = datetime(2023, 6, 1, 5, tzinfo=timezone.utc)
LATER = datetime(2025, 6, 1, 5, tzinfo=timezone.utc)


def item(text=None, kind=Kind.POST, target=None, ts=CAMPAIGN, platform=Platform.FACEBOOK, url=None, **extra):
    return Item(platform, kind, ts, SourceRef("f.json", 0), target=target, text=text, url=url, extra=extra)


def one(auditor, it):
    fs = auditor.audit(it)
    assert len(fs) == 1, (it.text, it.target, fs)
    return fs[0]


TRAPS = [
    "Aamiin ya Allah, semoga sehat selalu",
    "Semoga Allah memberi ganjaran yang setimpal. Amin",
    "Ganjaran bagi orang yang sabar",
    "Gas pol bos, berangkat touring",
    "Mobil ini butuh gas elpiji 3 kg",
    "Band metal favoritku manggung, salam metal!",
    "Nonton konser metal tadi malam 🤘",
    "Alhamdulillah juara 1 lomba 17an ✌️",
    "Harga cabai Rp 20.000, naik 2 kali lipat",
    "Rapat tanggal 02/01 jam 03.00",
    "Kabinet Indonesia Maju menggelar sidang",
    "Kabinet Merah Putih dilantik hari ini",
    "Jangan golput, gunakan hak pilihmu tanggal 14 Februari di TPS!",
    "KPU mengajak warga datang ke TPS. Siapapun pilihanmu, jangan golput",
    "Pilih 01, 02 atau 03, sesuai hati nurani. Jangan golput",
    "Kahlil Gibran: cinta tak memberi apa-apa kecuali dirinya",
    "Perubahan iklim makin terasa, ayo dukung perubahan perilaku",
    "Foto bareng keluarga ✌️",
    "Nomor 2 adalah jawaban yang benar",
    "Pilih nomor 2 untuk paket hemat",
    "Dukung timnas Garuda di Piala Asia!",
    "Sekjen PBB berpidato di sidang umum",
    "Guru PKN kami hebat",
    "Presiden Prabowo memimpin sidang kabinet paripurna",
    "Gubernur Ganjar meresmikan jembatan baru. Semoga sukses pak",
    "Sat set kerjanya, mantap tim IT kantor",
    "Lanjutkan kerja bagus tim!",
    "AMIN! semoga lancar acaranya",
    "Netralitas ASN: ASN dilarang like dan komen akun capres",
    "Selamat hari buruh untuk semua buruh Indonesia",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_flagged(auditor, text):
    assert auditor.audit(item(text)) == []


@pytest.mark.parametrize("text,rule,sev", [
    ("Coblos 02! menang satu putaran", "text.number", "high"),
    ("Ayo coblos nomor 1 tanggal 14 Februari", "text.number", "high"),
    ("Salam tiga jari 🤟 pilihanku", "text.gesture", "high"),
    ("Dukung Ganjar!", "text.support", "high"),
    ("Asal bukan Anies", "text.oppose", "high"),
    ("#PrabowoPresiden", "text.support", "high"),
    ("#aniespresiden2024", "text.support", "high"),
    ("pr4bowo presidenku!!!", "text.support", "high"),
    ("G A N J A R  menanggg", "text.support", "high"),
    ("Dukung Prabowi Subianto di pilpres", "text.support", "high"),
    ("Alhamdulillah resmi dapat KTA Partai Golkar", "text.party-membership", "high"),
    ("Keren pak Anies Baswedan", "text.support", "medium"),
])
def test_detections(auditor, text, rule, sev):
    f = one(auditor, item(text))
    assert (f.rule, f.severity.value) == (rule, sev)
    assert f.explanation["id"] and f.explanation["en"] and f.sanction["table"] == "disiplin"
    assert f.phase == "pemilu2024.campaign"


def test_evidence_offsets_point_into_original_text(auditor):
    text = "Hari ini...   ayo COBLOS nmr 0️⃣2️⃣!! Salam 2 jari"
    f = one(auditor, item(text))
    for ev in f.evidence:
        assert text[ev.start:ev.end] == ev.match
    assert any("COBLOS" in ev.match for ev in f.evidence)


def test_phase_decides_sanction_table_and_severity(auditor):
    before = one(auditor, item("Dukung Ganjar Pranowo", ts=PROSPECTIVE))
    during = one(auditor, item("Dukung Ganjar Pranowo", ts=CAMPAIGN))
    later = one(auditor, item("Dukung Ganjar Pranowo", ts=LATER))
    undated = one(auditor, item("Dukung Ganjar Pranowo", ts=None))
    assert before.sanction["table"] == "kode_etik" and before.phase == "pemilu2024.prospective"
    assert during.sanction["table"] == "disiplin"
    assert later.severity == Severity.LOW and later.phase is None and later.sanction["table"] == "di_luar_tahapan"
    assert undated.sanction["table"] == "tidak_diketahui"
    assert "PPK" in during.sanction["id"]


def test_severity_ladder_by_kind(auditor):
    tgt = Target(name="Prabowo Subianto")
    post = one(auditor, item("Dukung Prabowo Subianto"))
    comment = one(auditor, item("mantap", kind=Kind.COMMENT, target=tgt))
    like = one(auditor, item(None, kind=Kind.LIKE, target=tgt))
    order = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}
    assert order[post.severity] >= order[comment.severity] >= order[like.severity]
    assert like.category == "like_campaign" and comment.category == "comment_campaign"
    assert post.category == "campaign_online"


def test_known_account_by_handle_url_and_platform(auditor):
    f = one(auditor, item(None, kind=Kind.FOLLOW, target=Target(handle="ganjar_pranowo"), platform=Platform.INSTAGRAM))
    assert f.rule == "target.known-account" and f.entities == ["pemilu2024.cand.ganjar"]
    assert f.action == "unfollow" and f.action_url == "https://www.instagram.com/ganjar_pranowo/"
    g = one(auditor, item(None, kind=Kind.LIKE, platform=Platform.X,
                          target=Target(url="https://twitter.com/mohmahfudmd/status/123")))
    assert g.rule == "target.known-account" and g.entities == ["pemilu2024.cand.mahfud"]
    # the same handle on another platform is not the registered account; its name still matches
    h = one(auditor, item(None, kind=Kind.FOLLOW, target=Target(handle="ganjar_pranowo"), platform=Platform.TIKTOK))
    assert h.rule == "target.named"
    assert auditor.audit(item(None, kind=Kind.FOLLOW, target=Target(handle="prabowo"), platform=Platform.TIKTOK)) == []


def test_volunteer_group_and_left_group(auditor):
    joined = one(auditor, item(None, kind=Kind.GROUP_MEMBERSHIP, target=Target(name="Relawan Ganjar Jawa Timur")))
    assert joined.rule == "target.named" and joined.category == "join_group_campaign"
    assert joined.entities == ["pemilu2024.team.03"] and joined.action == "leave_group"
    left = one(auditor, item(None, kind=Kind.GROUP_MEMBERSHIP, target=Target(name="Relawan Ganjar Jawa Timur"),
                             membership="left"))
    assert left.severity == Severity.LOW and left.action == "none" and "keluar" in left.explanation["id"]


def test_neutral_sources_cancel(auditor):
    kpu = Target(handle="KPU_ID", name="KPU RI")
    assert auditor.audit(item("Debat capres: Anies, Prabowo, Ganjar", kind=Kind.LIKE, target=kpu,
                              platform=Platform.X)) == []
    assert auditor.audit(item(None, kind=Kind.FOLLOW, target=Target(name="Humas Pemkab Contoh"))) == []
    # explicit support in a comment under a KPU post still counts
    f = one(auditor, item("Coblos 02!", kind=Kind.COMMENT, target=kpu, platform=Platform.X))
    assert f.rule == "text.number"


def test_official_duty_post_is_at_most_review(auditor):
    for text in ("Presiden Prabowo meresmikan bendungan, semoga bermanfaat",
                 "Kunjungan kerja Gubernur Ganjar Pranowo ke kantor kami. Sukses pak"):
        for f in auditor.audit(item(text, kind=Kind.SHARE)):
            assert f.severity == Severity.LOW


def test_news_mention_is_only_review(auditor):
    f = one(auditor, item("Debat capres semalam: Anies Baswedan dan Prabowo Subianto saling sindir", kind=Kind.SHARE))
    assert f.rule == "text.mention-review" and f.severity == Severity.LOW and f.action == "review"


def test_cannot_undo_like_on_deleted_post(auditor):
    f = one(auditor, item(None, kind=Kind.LIKE, target=Target(name="Anies Baswedan"), target_deleted=True))
    assert f.undoable is False and f.action == "none"
    assert "batalkan" in f.explanation["id"]


def test_whatsapp_message_calls_to_vote(auditor):
    f = one(auditor, item("Bapak ibu, jangan lupa coblos nomor 3 ya", kind=Kind.MESSAGE,
                          platform=Platform.WHATSAPP, chat="Grup Kantor"))
    assert f.category == "call_to_vote" and f.action == "ask_owner" and f.undoable is False


def test_manual_check_unknowns(auditor):
    x_like = item(None, kind=Kind.LIKE, target=Target(url="https://twitter.com/i/web/status/1234"), platform=Platform.X)
    tiktok = item(None, kind=Kind.LIKE, target=Target(url="https://www.tiktokv.com/share/video/7/"),
                  platform=Platform.TIKTOK)
    named = item(None, kind=Kind.LIKE, target=Target(name="Toko Kue Ani"))
    with_text = item("enak sekali", kind=Kind.LIKE, target=Target(url="https://twitter.com/i/web/status/1"))
    assert auditor.needs_manual_check(x_like) and auditor.needs_manual_check(tiktok)
    assert not auditor.needs_manual_check(named) and not auditor.needs_manual_check(with_text)
    assert auditor.audit(x_like) == []


def test_finding_id_is_stable(auditor):
    a = one(auditor, item("Dukung Ganjar Pranowo"))
    b = one(auditor, item("Dukung Ganjar Pranowo"))
    assert a.id == b.id == f"{a.item.fingerprint()}:text.support"
    assert a.to_json()["explanation"]


def test_audit_text_for_ocr(auditor):
    got = auditor.audit_text("SALAM 2 JARI  PRABOWO-GIBRAN", when=CAMPAIGN)
    assert got and got[0]["entities"] == ["pemilu2024.pair.02"] and got[0]["gesture"]
    assert got[0]["evidence"][0].field == "media.ocr"
    assert auditor.audit_text("Selamat ulang tahun ibu", when=CAMPAIGN) == []


def test_phase_of(auditor):
    assert auditor.phase_of(CAMPAIGN).id == "pemilu2024.campaign"
    assert auditor.phase_of(datetime(2024, 2, 14, 3, tzinfo=timezone.utc)).kind == "voting"
    assert auditor.phase_of(LATER) is None and auditor.phase_of(None) is None


def test_regional_numbers_follow_the_regional_phase():
    rs = load_packs([resource_path("rulepacks", "pemilu-2024-nasional.toml"),
                     resource_path("rulepacks", "pilkada-contoh-fiktif.toml")])
    a = Auditor(rs)
    pilkada = datetime(2024, 10, 10, 5, tzinfo=timezone.utc)
    f = one(a, item("Ayo coblos nomor 2 di pilbup Antah Berantah", ts=pilkada))
    assert "pilkada2024-fiktif.pair.2" in f.entities and "pemilu2024.pair.02" not in f.entities
    assert f.phase == "pilkada2024-fiktif.campaign"
    g = one(a, item("Relawan Joko Fiksiono", kind=Kind.POST, ts=pilkada))
    assert g.entities == ["pilkada2024-fiktif.team.2"] or g.rule == "text.mention-review"
    assert one(a, item(None, kind=Kind.GROUP_MEMBERSHIP, target=Target(name="Sahabat Bambang Rekaan"),
                       ts=pilkada)).entities == ["pilkada2024-fiktif.team.1"]
