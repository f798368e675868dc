""""Hapus semua data": remove everything the app keeps, and say what was removed.

Only the app's own data folder is touched (database, backups, caches,
thumbnails, logs, settings, installed rule packs) plus the key in the
credential store. The user's archive files live elsewhere and are never
touched.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from audit.paths import DATA_MARKER, data_dir
from audit.security.keys import forget_key


@dataclass
class WipeReport:
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed


def wipe_all(folder: Path | None = None) -> WipeReport:
    folder = folder or data_dir(create=False)
    report = WipeReport()
    report.removed.extend(forget_key(folder))
    if not folder.exists():
        return report
    if not (folder / DATA_MARKER).exists():
        # Not a folder the app made: leave it alone rather than guess what is ours.
        report.failed.append((str(folder), "not a Jejak Netral data folder"))
        return report
    # Deepest first, so a failure on one file leaves the rest removed and reported.
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False, followlinks=False):
        for fn in filenames:
            p = Path(dirpath) / fn
            try:
                p.unlink()
                report.removed.append(str(p))
            except OSError as e:
                report.failed.append((str(p), e.strerror or str(e)))
        for dn in dirnames:
            p = Path(dirpath) / dn
            try:
                if p.is_symlink():
                    p.unlink()
                else:
                    p.rmdir()
            except OSError as e:
                report.failed.append((str(p), e.strerror or str(e)))
    try:
        folder.rmdir()
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
    return report
