"""Neutrality: every pair and party is found alike (metamorphic swaps, symmetric corpus)."""

from __future__ import annotations

from datetime import datetime, timezone

from audit.model import Item, Kind, Platform, SourceRef, Target

DATES = [datetime(2023, 6, 1, 5, tzinfo=timezone.utc), datetime(2024, 1, 10, 5, tzinfo=timezone.utc),
         datetime(2024, 2, 12, 5, tzinfo=timezone.utc), None]

PAIR_TEXTS = [
    "Dukung {pres}!", "{pres} presidenku", "Asal bukan {pres}", "Tolak {pair}", "Coblos {nn}!",
    "Ayo pilih {pair} tanggal 14 Februari", "{gesture} pilihanku", "#{short}Presiden", "Jangan lupa coblos nomor {n} ya",
    "{vp} wapresku", "Saya pilih {short} di pilpres", "Bismillah, {pair} menang satu putaran", "{pair} nggak ada lawan",
    "Mantap, {team} siap menangkan", "Ini jagoanku: {pres}", "c o b l o s  {nn}", "{pres_leet} menanggg",
]
PAIR_TARGETS = [
    (Kind.LIKE, "{pres}"), (Kind.FOLLOW, "{team}"), (Kind.GROUP_MEMBERSHIP, "Relawan {short} Jawa Timur"),
    (Kind.PAGE_LIKE, "{vp}"), (Kind.COMMENT, "{pair}"),
]
KINDS = [Kind.POST, Kind.COMMENT, Kind.SHARE, Kind.MESSAGE]


def slots(rs, pair) -> dict[str, str]:
    cands = {rs.entities[m].role: rs.entities[m] for m in pair.members}
    team = next(e for e in rs.entities.values() if e.type == "team" and e.pair == pair.id)
    pres = cands["presiden"].aliases[0]
    leet = pres.replace("a", "4").replace("o", "0")
    return {"pres": pres.title(), "vp": cands["wakil_presiden"].aliases[0].title(), "pair": pair.aliases[0].title(),
            "nn": f"{pair.number:02d}", "n": str(pair.number), "gesture": pair.gestures[0].capitalize(),
            "short": cands["presiden"].ambiguous[0].title(), "team": team.aliases[0].upper(), "pres_leet": leet}


def signature(auditor, it):
    fs = auditor.audit(it)
    return tuple((f.rule, f.category, f.severity.value, f.action) for f in fs)


def mk(kind, ts, text=None, target=None):
    return Item(Platform.FACEBOOK, kind, ts, SourceRef("f", 0), target=target, text=text)


def test_pair_swaps_give_identical_findings(auditor):
    rs = auditor.ruleset
    pairs = sorted((e for e in rs.entities.values() if e.type == "pair"), key=lambda e: e.number)
    per_pair = []
    for pair in pairs:
        s = slots(rs, pair)
        sigs = []
        for ts in DATES:
            for tpl in PAIR_TEXTS:
                for kind in KINDS:
                    sigs.append((tpl, kind, ts, signature(auditor, mk(kind, ts, tpl.format(**s)))))
            for kind, tname in PAIR_TARGETS:
                sigs.append((tname, kind, ts, signature(auditor, mk(kind, ts, None, Target(name=tname.format(**s))))))
        per_pair.append(sigs)
    for other in per_pair[1:]:
        for a, b in zip(per_pair[0], other):
            assert a == b, (a, b)
    # and every generated item is found (in-phase dates)
    found = [all(sig[3] for sig in sigs if sig[2] is not None and sig[2].year == 2024) for sigs in per_pair]
    assert found == [True, True, True]


def test_party_swaps_give_identical_findings(auditor):
    rs = auditor.ruleset
    parties = sorted((e for e in rs.entities.values() if e.type == "party"), key=lambda e: e.number)
    texts = ["Dukung {p}!", "Coblos nomor {n} ya", "Alhamdulillah saya resmi jadi kader {p}", "Tolak {p}",
             "Ayo pilih {p} di pileg", "{p} menang"]
    reference = None
    for party in parties:
        s = {"p": party.aliases[0].title(), "n": str(party.number)}
        sig = [signature(auditor, mk(Kind.POST, ts, t.format(**s))) for ts in DATES for t in texts]
        sig += [signature(auditor, mk(Kind.FOLLOW, ts, None, Target(name=s["p"]))) for ts in DATES]
        in_campaign = [signature(auditor, mk(Kind.POST, DATES[1], t.format(**s))) for t in texts]
        assert all(in_campaign), (party.id, in_campaign)
        if reference is None:
            reference = sig
        assert sig == reference, party.id


def test_symmetric_corpus_equal_recall_per_pair(auditor):
    rs = auditor.ruleset
    pairs = sorted((e for e in rs.entities.values() if e.type == "pair"), key=lambda e: e.number)
    ts = DATES[1]
    recall = {}
    for pair in pairs:
        s = slots(rs, pair)
        items = [mk(k, ts, t.format(**s)) for t in PAIR_TEXTS for k in KINDS]
        items += [mk(k, ts, None, Target(name=n.format(**s))) for k, n in PAIR_TARGETS]
        hits = 0
        for it in items:
            fs = auditor.audit(it)
            sides = {side for f in fs for side in f.extra["sides"]}
            hits += bool(fs) and (pair.id in sides or any(rs.entities[e].side == pair.id for f in fs for e in f.entities))
        recall[pair.number] = hits / len(items)
    assert len(set(recall.values())) == 1 and recall[1] >= 0.95, recall
