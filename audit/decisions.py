"""Remembered decisions: "this is not partisan", on one item or a whole page/account/group.

A decision outlives the run it was made in: every later import applies it
(``StoreSink`` looks findings up by blind keys), and it is applied at once
to the open findings of every run in the store. Decisions are listed in one
place and can be revoked there; revoking puts the findings it closed back to
"to do". Making a decision is one checklist step, so Undo takes it back too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from audit.errors import AuditError
from audit.model import Target
from audit.store.store import NOT_APPLICABLE, TODO, Store, now_iso, parse_iso

ITEM, TARGET = "item", "target"
NOT_PARTISAN = "not_partisan"


class DecisionError(AuditError):
    """A decision cannot be made as asked (e.g. a whole page, but the item names none)."""


@dataclass(slots=True)
class Decision:
    id: int
    scope: str                  # item | target
    platform: str | None
    decision: str
    reason_code: str | None
    reason: str | None
    label: str                  # what it was made on (page name, or the item's short description)
    created: datetime | None
    revoked: datetime | None
    applied: int                # findings it currently closes

    @property
    def active(self) -> bool:
        return self.revoked is None


def remember_not_partisan(store: Store, run_id: int, finding_id: int, *, scope: str = ITEM,
                          reason_code: str = NOT_PARTISAN, reason: str | None = None) -> Decision:
    """Record the decision and close every open finding it covers, in one undoable step."""
    if scope not in (ITEM, TARGET):
        raise ValueError(scope)
    f = store.finding(finding_id)
    if scope == ITEM:
        keys: tuple[bytes, ...] = (f.item_fp,)
        label = _item_label(f.kind, f.target_label, f.text, f.ts)
    else:
        t = f.target
        tk = store.blinds.target(f.platform, Target(name=t.get("name"), handle=t.get("handle"), id=t.get("id"),
                                                    url=t.get("url"), type=t.get("type")))
        if not tk.all:
            raise DecisionError("decision.no_target")
        keys = tk.all
        label = f.target_label
    with store.transaction() as c:
        cur = c.execute("INSERT INTO decisions (scope, platform, decision, reason_code, reason, label, created) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (scope, f.platform, NOT_PARTISAN, reason_code, store.seal(reason) if reason else None,
                         store.seal(label), now_iso()))
        did = cur.lastrowid
        assert did is not None
        c.executemany("INSERT OR IGNORE INTO decision_keys (decision_id, key) VALUES (?, ?)",
                      [(did, k) for k in keys])
        marks = ",".join("?" * len(keys))
        col = "item_fp" if scope == ITEM else None
        where = (f"item_fp IN ({marks})" if col else
                 f"(target_key IN ({marks}) OR target_name_key IN ({marks}))")
        params = list(keys) if col else list(keys) * 2
        affected = [r[0] for r in c.execute(
            f"SELECT id FROM findings WHERE platform=? AND state='todo' AND {where}", [f.platform, *params])]
        affected.append(finding_id)
        batch = store._new_batch(c, run_id, now_iso(), did)
        store._apply(c, batch, affected, NOT_APPLICABLE, reason_code, reason, did)
    return get(store, did)


def revoke(store: Store, decision_id: int) -> list[int]:
    """Forget a decision; the findings it closed are "to do" again. Returns their ids."""
    with store.transaction() as c:
        c.execute("UPDATE decisions SET revoked=? WHERE id=? AND revoked IS NULL", (now_iso(), decision_id))
        ids = [r[0] for r in c.execute("SELECT id FROM findings WHERE decided_by=? AND state=?",
                                       (decision_id, NOT_APPLICABLE))]
        c.execute("UPDATE findings SET state=?, reason_code=NULL, reason=NULL, decided_by=NULL, state_at=? "
                  "WHERE decided_by=? AND state=?", (TODO, now_iso(), decision_id, NOT_APPLICABLE))
    return ids


def get(store: Store, decision_id: int) -> Decision:
    rows = _query(store, "WHERE d.id=?", [decision_id])
    if not rows:
        raise DecisionError("decision.not_found", id=decision_id)
    return rows[0]


def list_decisions(store: Store, *, include_revoked: bool = False) -> list[Decision]:
    return _query(store, "" if include_revoked else "WHERE d.revoked IS NULL", [])


def _query(store: Store, where: str, args: list[object]) -> list[Decision]:
    out = []
    for r in store.conn.execute(
            "SELECT d.id, d.scope, d.platform, d.decision, d.reason_code, d.reason, d.label, d.created, d.revoked, "
            f"(SELECT COUNT(*) FROM findings f WHERE f.decided_by=d.id) FROM decisions d {where} ORDER BY d.id",
            args):
        out.append(Decision(r[0], r[1], r[2], r[3], r[4], store.open_text(r[5]), store.open_text(r[6]) or "",
                            parse_iso(r[7]), parse_iso(r[8]), r[9]))
    return out


def _item_label(kind: str, target: str, text: str, ts: datetime | None) -> str:
    parts = [kind]
    if ts is not None:
        parts.append(ts.strftime("%Y-%m-%d"))
    if target:
        parts.append(target)
    if text:
        flat = " ".join(text.split())
        parts.append(flat[:80] + ("…" if len(flat) > 80 else ""))
    return " · ".join(parts)
