"""Run one untrusted input through one target and say whether it crashed.

A *crash* is any exception other than ``AuditError`` (and ``Cancelled``):
the importer contract and the rule-pack loader promise typed errors only.
Inputs are archives held in memory ({member path: bytes}) so that tens of
thousands of them can be tried per minute without touching the disk; the
zip reader itself is a separate target that does go through real files.
"""

from __future__ import annotations

import io
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from audit.archive.archive import Archive
from audit.archive.members import Member, MemberSource
from audit.coverage import Coverage
from audit.errors import AuditError, Cancelled
from audit.importers.base import ImportContext, Importer

# Items drawn from one input at most: a mutation that multiplies records must not make one input take minutes.
MAX_ITEMS = 20_000


class MemorySource(MemberSource):
    """An export held in memory, seen through the same interface as a zip or a folder."""

    def __init__(self, files: dict[str, bytes], label: str = "fuzz.zip") -> None:
        self.path = Path(label)
        self.label = label
        self.refused = []
        self._files = files
        self._members = [Member(p, len(b), self) for p, b in files.items()]

    def members(self) -> list[Member]:
        return self._members

    def open(self, member: Member) -> BinaryIO:
        return io.BytesIO(self._files[member.path])


@dataclass
class Crash:
    target: str
    error: str
    trace: str
    reproducer: Any = None


@dataclass
class Outcome:
    items: int = 0
    typed_error: str | None = None
    crash: Crash | None = None
    seconds: float = 0.0


_AUDITOR: Any = None


def _auditor() -> Any:
    # One auditor for the whole run: building it takes a moment, auditing an item does not.
    global _AUDITOR
    if _AUDITOR is None:
        from audit.engine import Auditor
        from audit.rules import load_packs
        _AUDITOR = Auditor(load_packs())
    return _AUDITOR


def _consume(items: Iterator[Any]) -> int:
    n = 0
    auditor = _auditor()
    for it in items:
        # What the pipeline and the store do next with every item: these must not fail either.
        it.to_json()
        it.fingerprint()
        for f in auditor.audit(it):
            f.to_json()
        auditor.needs_manual_check(it)
        n += 1
        if n >= MAX_ITEMS:
            break
    return n


def run_importer(importer: Importer, files: dict[str, bytes], *, force: bool = True) -> Outcome:
    """detect() then iter_items() on ``files``; ``force`` imports even when detect() declined.

    Forcing is deliberate: the pipeline picks the most confident importer for
    a whole archive, so an importer does meet files it would not have chosen.
    """
    out = Outcome()
    t0 = time.perf_counter()
    archive = Archive([MemorySource(files)])
    try:
        det = importer.detect(archive)
        if det is not None or force:
            ctx = ImportContext(coverage=Coverage(platform=importer.platform.value))
            out.items = _consume(importer.iter_items(archive, ctx))
            ctx.coverage.to_json()
    except (AuditError, Cancelled) as e:
        out.typed_error = getattr(e, "code", type(e).__name__)
    except BaseException as e:  # noqa: BLE001 - the point is to catch what should never escape
        if isinstance(e, KeyboardInterrupt):
            raise
        out.crash = Crash(importer.name, f"{type(e).__name__}: {e}"[:300], traceback.format_exc(), files)
    out.seconds = time.perf_counter() - t0
    return out


def run_pack_loader(text: bytes, workdir: Path) -> Outcome:
    """Load one rule pack file (bytes as given) alone."""
    from audit.rules import load_packs
    out = Outcome()
    t0 = time.perf_counter()
    path = workdir / "fuzz-pack.toml"
    path.write_bytes(text)
    try:
        load_packs([path])
    except AuditError as e:
        out.typed_error = e.code
    except BaseException as e:  # noqa: BLE001
        if isinstance(e, KeyboardInterrupt):
            raise
        out.crash = Crash("rulepack", f"{type(e).__name__}: {e}"[:300], traceback.format_exc(), text)
    out.seconds = time.perf_counter() - t0
    return out


def run_zip_reader(data: bytes, workdir: Path, name: str = "facebook-fuzz.zip") -> Outcome:
    """Open bytes as a zip the way the app does, list it, read every member to the end, then scan-detect."""
    from audit.archive.inputs import open_inputs
    from audit.importers.registry import all_importers, detect
    out = Outcome()
    t0 = time.perf_counter()
    path = workdir / name
    path.write_bytes(data)
    try:
        opened = open_inputs([path])
        for archive in opened.archives:
            try:
                for m in archive.members():
                    try:
                        with m.open() as fh:
                            while fh.read(1 << 16):
                                pass
                    except AuditError:
                        pass
                found = detect(archive, all_importers())
                if found is not None:
                    ctx = ImportContext(coverage=Coverage(platform=found[0].platform.value))
                    try:
                        out.items += _consume(found[0].iter_items(archive, ctx))
                    except AuditError:
                        pass
            finally:
                archive.close()
    except AuditError as e:
        out.typed_error = e.code
    except BaseException as e:  # noqa: BLE001
        if isinstance(e, KeyboardInterrupt):
            raise
        out.crash = Crash("zipreader", f"{type(e).__name__}: {e}"[:300], traceback.format_exc(), data)
    out.seconds = time.perf_counter() - t0
    return out


@dataclass
class Tally:
    """Per-target counts for the report."""

    tried: dict[str, int] = field(default_factory=dict)
    crashes: dict[str, list[Crash]] = field(default_factory=dict)
    slowest: dict[str, float] = field(default_factory=dict)

    def add(self, target: str, outcome: Outcome) -> None:
        self.tried[target] = self.tried.get(target, 0) + 1
        self.slowest[target] = max(self.slowest.get(target, 0.0), outcome.seconds)
        if outcome.crash is not None:
            self.crashes.setdefault(target, []).append(outcome.crash)


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="jn-fuzz-"))


Runner = Callable[[Any], Outcome]
