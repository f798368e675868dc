"""Proof of cleanup: a newer archive of the same account against the earlier one.

Items are matched by their content fingerprint (``Item.fingerprint``, stored
blind), which survives a new export while member paths and indexes do not.
For the earlier archive's findings: item absent from the newer archive ->
``gone`` (verified), item present -> ``still_there``. For the newer archive's
findings: seen before -> ``still_there``, otherwise ``new``. An earlier
finding of a kind (or a period) the newer archive does not cover is left
unverified: a partial export proves nothing about what it leaves out.

Everything here runs inside the transaction that completes a run.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from audit.store.store import DONE, GONE, NEW, STILL_THERE, Store, parse_iso


@dataclass(frozen=True, slots=True)
class Comparison:
    new_source: int
    old_source: int
    gone: int             # earlier findings whose item is no longer in the newer archive
    still_there: int      # earlier findings whose item is still there
    new: int              # findings of the newer archive not in the earlier one
    done_verified: int    # earlier findings marked done, and now proven gone
    done_still_there: int  # earlier findings marked done, yet still in the newer archive


def previous_source(c: sqlite3.Connection, source_id: int) -> int | None:
    """The latest earlier archive of the same platform and account, from a finished run."""
    row = c.execute("SELECT run_id, platform, account_key FROM sources WHERE id=?", (source_id,)).fetchone()
    if row is None:
        return None
    run_id, platform, account = row
    base = ("SELECT s.id FROM sources s JOIN runs r ON r.id = s.run_id WHERE s.platform IS ? AND s.status='complete' "
            "AND r.status='complete' AND s.run_id < ? AND {} ORDER BY s.run_id DESC, s.id DESC LIMIT 1")
    # Same named owner first; an archive that does not name its owner (a partial export)
    # is taken as the same account as the latest one of that platform.
    prev = c.execute(base.format("s.account_key = ?"), (platform, run_id, account)).fetchone() if account else None
    if prev is None:
        cond = "1" if account is None else "s.account_key IS NULL"
        prev = c.execute(base.format(cond), (platform, run_id)).fetchone()
    return int(prev[0]) if prev else None


def compare_sources(c: sqlite3.Connection, old_source: int, new_source: int) -> None:
    new_run, kinds_json, date_min = c.execute("SELECT run_id, kinds, date_min FROM sources WHERE id=?",
                                              (new_source,)).fetchone()
    kinds = [k for k, n in json.loads(kinds_json or "{}").items() if n]
    start = parse_iso(date_min)
    # Absence proves nothing when the newer archive does not cover that kind of item or that
    # period (a "likes only" or "last year" export): those findings stay unverified.
    covered = (f"kind IN ({','.join('?' * len(kinds))}) AND (ts IS NULL OR ts >= ?)") if kinds else "0"
    cov_args: list[object] = [*kinds, int(start.timestamp()) if start else 0] if kinds else []
    c.execute(f"UPDATE findings SET verify=?, verified_by=? WHERE source_id=? AND {covered} AND NOT EXISTS "
              "(SELECT 1 FROM items i WHERE i.source_id=? AND i.fp=findings.item_fp)",
              (GONE, new_run, old_source, *cov_args, new_source))
    c.execute("UPDATE findings SET verify=?, verified_by=? WHERE source_id=? AND EXISTS "
              "(SELECT 1 FROM items i WHERE i.source_id=? AND i.fp=findings.item_fp)",
              (STILL_THERE, new_run, old_source, new_source))
    c.execute("UPDATE findings SET verify=CASE WHEN EXISTS (SELECT 1 FROM findings o WHERE o.source_id=? "
              "AND o.fkey=findings.fkey) THEN ? ELSE ? END, verified_by=? WHERE source_id=?",
              (old_source, STILL_THERE, NEW, new_run, new_source))
    c.execute("UPDATE sources SET compared_with=? WHERE id=?", (old_source, new_source))


def compare_with_previous(c: sqlite3.Connection, source_id: int) -> int | None:
    prev = previous_source(c, source_id)
    if prev is not None:
        compare_sources(c, prev, source_id)
    return prev


def carry_states(c: sqlite3.Connection, run_id: int) -> None:
    """A finding seen in an earlier run keeps the state the user last gave it there.

    Only findings still "to do" take it (a remembered decision applied at import
    wins), and never from a decision that was since revoked.
    """
    c.execute(
        "UPDATE findings SET state=p.state, reason_code=p.reason_code, reason=p.reason, state_at=p.state_at, "
        "decided_by=p.decided_by FROM (SELECT fkey, state, reason_code, reason, state_at, decided_by, MAX(id) "
        "FROM findings WHERE run_id < ? AND run_id IN (SELECT id FROM runs WHERE status='complete') "
        "GROUP BY fkey) AS p WHERE findings.run_id=? AND findings.state='todo' AND findings.fkey=p.fkey "
        "AND p.state != 'todo' AND (p.decided_by IS NULL OR p.decided_by IN "
        "(SELECT id FROM decisions WHERE revoked IS NULL))", (run_id, run_id))


def comparisons(store: Store, run_id: int) -> list[Comparison]:
    """What this run's archives proved about the earlier ones (one entry per compared archive)."""
    out = []
    for new_sid, old_sid in store.conn.execute(
            "SELECT id, compared_with FROM sources WHERE run_id=? AND compared_with IS NOT NULL ORDER BY id",
            (run_id,)).fetchall():
        counts = dict(store.conn.execute(
            "SELECT verify, COUNT(*) FROM findings WHERE source_id=? AND verified_by=? GROUP BY verify",
            (old_sid, run_id)).fetchall())
        new = store.conn.execute("SELECT COUNT(*) FROM findings WHERE source_id=? AND verify=?",
                                 (new_sid, NEW)).fetchone()[0]
        dv, ds = store.conn.execute(
            "SELECT COALESCE(SUM(verify=?),0), COALESCE(SUM(verify=?),0) FROM findings WHERE source_id=? "
            "AND verified_by=? AND state=?", (GONE, STILL_THERE, old_sid, run_id, DONE)).fetchone()
        out.append(Comparison(new_sid, old_sid, counts.get(GONE, 0), counts.get(STILL_THERE, 0), new, dv, ds))
    return out
