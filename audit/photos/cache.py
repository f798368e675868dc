"""Results of photo analysis, kept by file content hash in data_dir()/photo-cache.

A re-scan of the same archive (or of a newer export that contains the same
photos) costs one hash per file. What is kept is what the models saw
(landmarks, text lines, frame signal), never a finding: findings depend on
the rule packs and dates, which change, and are rebuilt from these in
milliseconds. Thumbnails sit next to it, made once per photo.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, BinaryIO

from audit.paths import data_dir

# Bump when a model, its settings or the stored shape changes: old entries
# are then simply not found.
ANALYSIS_VERSION = 1


def cache_dir() -> Path:
    p = data_dir() / "photo-cache"
    p.mkdir(parents=True, exist_ok=True)
    return p


def thumbs_dir() -> Path:
    p = cache_dir() / "thumbs"
    p.mkdir(parents=True, exist_ok=True)
    return p


def thumbnail_path(sha: str) -> Path:
    return thumbs_dir() / f"{sha[:32]}.jpg"


def hash_stream(stream: BinaryIO, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    while True:
        b = stream.read(chunk)
        if not b:
            break
        h.update(b)
    return h.hexdigest()


class PhotoCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / "results.sqlite"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self._db.commit()

    @staticmethod
    def key(sha: str, checks: tuple[str, ...]) -> str:
        return f"v{ANALYSIS_VERSION}:{','.join(sorted(checks))}:{sha}"

    def get(self, sha: str, checks: tuple[str, ...]) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM results WHERE key = ?",
                                   (self.key(sha, checks),)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def put(self, sha: str, checks: tuple[str, ...], data: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO results (key, data) VALUES (?, ?)",
                             (self.key(sha, checks), json.dumps(data, separators=(",", ":"))))
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM results")
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()
