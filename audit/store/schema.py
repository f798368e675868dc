"""The store's schema as numbered migrations.

Structure (ids, counts, dates, states, kinds, platforms, severities) is kept
in plain columns so lists and counts need no decryption; everything taken
from the archive (names, texts, targets, URLs, file paths) is a sealed BLOB
(``audit.security.cipher``). Lookups by value go through blind indexes:
16-byte keyed hashes, never the value itself.

Never edit a migration once released: add the next one. ``db.migrate``
copies the database before applying any of them to an existing file.
"""

from __future__ import annotations

# Version 1: runs, sources, items, findings, checklist journal, decisions.
V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'importing',      -- importing | complete
    pid INTEGER,                                   -- importing process, to tell a crash from a live import
    tool_version TEXT,
    rulesets TEXT,                                 -- JSON [{id, version}]: rule pack ids, not content
    items_total INTEGER NOT NULL DEFAULT 0,
    findings_total INTEGER NOT NULL DEFAULT 0,
    manual_check INTEGER NOT NULL DEFAULT 0,
    timezone TEXT,
    problems BLOB                                  -- sealed JSON: inputs that could not be read
);
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'importing',
    platform TEXT,
    generation TEXT,
    fmt TEXT,
    items_total INTEGER NOT NULL DEFAULT 0,
    findings_total INTEGER NOT NULL DEFAULT 0,
    date_min TEXT,
    date_max TEXT,
    unknown_date INTEGER NOT NULL DEFAULT 0,
    files_read INTEGER NOT NULL DEFAULT 0,
    files_skipped INTEGER NOT NULL DEFAULT 0,
    name BLOB,                                     -- sealed archive file name
    coverage BLOB                                  -- sealed coverage JSON (member paths are content)
);
CREATE INDEX sources_run ON sources(run_id);
-- Every imported item, reduced to what the proof of cleanup needs: its blind fingerprint.
CREATE TABLE items (
    source_id INTEGER NOT NULL,
    fp BLOB NOT NULL
);
CREATE INDEX items_source_fp ON items(source_id, fp);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL,
    fkey BLOB NOT NULL,                            -- blind(finding id): same finding across runs
    item_fp BLOB NOT NULL,                         -- blind(item fingerprint)
    target_key BLOB,                               -- blind(platform + best target identifier)
    target_name_key BLOB,                          -- blind(platform + target display name)
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    ts INTEGER,                                    -- unix seconds (UTC) or NULL
    category TEXT,
    severity TEXT,
    action TEXT,
    state TEXT NOT NULL DEFAULT 'todo',            -- todo | done | not_applicable | cannot
    reason_code TEXT,
    reason BLOB,                                   -- sealed free-text reason
    state_at TEXT,
    decided_by INTEGER,                            -- decisions.id that set the state, if any
    payload BLOB NOT NULL                          -- sealed JSON: the finding and its item
);
CREATE INDEX findings_run ON findings(run_id, platform);
CREATE INDEX findings_fkey ON findings(fkey);
CREATE INDEX findings_target ON findings(target_key);
CREATE INDEX findings_target_name ON findings(target_name_key);
CREATE INDEX findings_item ON findings(item_fp);
CREATE INDEX findings_decided ON findings(decided_by);
-- Checklist edits, one batch per user action, for undo/redo.
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    decision_id INTEGER,                           -- the decision this action created, if any
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX batches_run ON batches(run_id, undone);
CREATE TABLE journal (
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    finding_id INTEGER NOT NULL,
    old_state TEXT, old_reason_code TEXT, old_reason BLOB, old_decided_by INTEGER, old_at TEXT,
    new_state TEXT, new_reason_code TEXT, new_reason BLOB, new_decided_by INTEGER, new_at TEXT
);
CREATE INDEX journal_batch ON journal(batch_id);
-- "Not partisan" decisions that outlive a run.
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,                           -- item | target
    platform TEXT,
    decision TEXT NOT NULL,                        -- not_partisan
    reason_code TEXT,
    reason BLOB,                                   -- sealed free text
    label BLOB,                                    -- sealed: what the user decided on, for the review list
    created TEXT NOT NULL,
    revoked TEXT
);
CREATE TABLE decision_keys (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    key BLOB NOT NULL,
    PRIMARY KEY (decision_id, key)
);
CREATE INDEX decision_keys_key ON decision_keys(key);
"""

# Version 2: proof of cleanup (compare a newer archive of the same account with the earlier one).
V2 = """
ALTER TABLE sources ADD COLUMN account_key BLOB;          -- NULL when the archive does not name its owner
ALTER TABLE sources ADD COLUMN kinds TEXT;                -- JSON {kind: count}: what the archive covers
ALTER TABLE sources ADD COLUMN compared_with INTEGER;   -- the earlier source this one was compared with
ALTER TABLE findings ADD COLUMN verify TEXT;             -- gone | still_there | new
ALTER TABLE findings ADD COLUMN verified_by INTEGER;     -- run whose archive gave the verdict
CREATE INDEX sources_account ON sources(platform, account_key);
CREATE INDEX findings_source ON findings(source_id);
"""

MIGRATIONS: list[tuple[int, str]] = [(1, V1), (2, V2)]
CURRENT_VERSION = MIGRATIONS[-1][0]
