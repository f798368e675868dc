"""The scan pipeline: inputs -> archives -> importers -> items -> engine -> findings.

Headless and streaming: items flow one at a time from an importer through
the auditor to an optional sink (the store), so memory does not grow with
the archive. Progress is reported as small typed events; a cancel check is
polled between records.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from audit.archive.archive import Archive
from audit.archive.inputs import InputProblem, looks_like_meta_html, open_inputs
from audit.coverage import UNRECOGNISED, UNSAFE, Coverage
from audit.errors import AuditError, Cancelled, InputError
from audit.findings import Finding
from audit.importers.base import MEDIA_EXT, ImportContext
from audit.importers.registry import all_importers, detect_all
from audit.model import Item, iso

log = logging.getLogger(__name__)

MANUAL_CHECK_KEEP = 2000  # items kept for the "check by hand" list; the count is always exact


@dataclass
class ScanProgress:
    stage: str                 # "open" | "import" | "photos" | "done"
    archive: str = ""
    platform: str = ""
    done: int = 0              # bytes read so far (all archives)
    total: int = 0             # bytes to read (all archives, text files only)
    items: int = 0
    findings: int = 0
    elapsed: float = 0.0
    photos_done: int = 0       # photo step: files analysed so far in this archive
    photos_total: int = 0

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0

    @property
    def eta_seconds(self) -> float | None:
        if self.done <= 0 or self.total <= 0 or self.elapsed < 0.5:
            return None
        return max(0.0, self.elapsed * (self.total - self.done) / self.done)


@dataclass
class SourceResult:
    name: str
    paths: list[str]
    platform: str | None
    generation: str = ""
    fmt: str = ""
    coverage: Coverage | None = None
    error: AuditError | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.paths[0] if len(self.paths) == 1 else self.paths,
            "name": self.name,
            "platform": self.platform,
            "format": self.fmt or None,
            "generation": self.generation or None,
            "coverage": self.coverage.to_json() if self.coverage else None,
        }
        if self.error is not None:
            d["error"] = {"code": self.error.code, "message": self.error.message("id"),
                          "message_en": self.error.message("en")}
        return d


@dataclass
class ScanResult:
    sources: list[SourceResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    manual_check: list[Item] = field(default_factory=list)
    manual_check_count: int = 0
    items_total: int = 0
    # Photo step: None = not asked for; otherwise a status key ("photos.available", "photos.unavailable.…").
    photos_status: str | None = None
    photos_analysed: int = 0
    started: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    finished: datetime | None = None
    ruleset: Any = None

    @property
    def problems(self) -> list[SourceResult]:
        return [s for s in self.sources if s.error is not None]

    @property
    def readable(self) -> list[SourceResult]:
        return [s for s in self.sources if s.error is None]


class ScanSink(Protocol):
    """Receives the stream (the store implements this)."""

    def begin_source(self, source: SourceResult, archive: Archive) -> None: ...
    def add(self, item: Item, findings: list[Finding]) -> None: ...
    def add_findings(self, item: Item, findings: list[Finding]) -> None: ...
    def end_source(self, source: SourceResult) -> None: ...
    def abort(self) -> None: ...


ProgressFn = Callable[[ScanProgress], None]


def _text_bytes(archive: Archive) -> int:
    return sum(m.size for m in archive.members() if not MEDIA_EXT.search(m.path))


def scan(paths: Iterable[str | Path], *, ruleset: Any = None, timezone_name: str = "WIB",
         options: dict[str, Any] | None = None, progress: ProgressFn | None = None,
         is_cancelled: Callable[[], bool] | None = None, sink: ScanSink | None = None,
         keep_findings: bool = True, photos: bool = False) -> ScanResult:
    """Read every input, audit every item, return findings and coverage.

    ``photos`` adds the photo step (hand gestures, text in images, frames)
    for every item that carries media, while its archive is still open; it
    needs the ``[photos]`` extra and is skipped with a status key otherwise.

    Raises ``Cancelled`` when ``is_cancelled`` turns true (after ``sink.abort()``).
    Unreadable inputs do not raise: they become ``SourceResult``s with ``error``.
    """
    from audit.engine import Auditor
    from audit.rules import load_packs

    if ruleset is None:
        ruleset = load_packs()
    auditor = Auditor(ruleset)
    cancelled = is_cancelled or (lambda: False)
    result = ScanResult(ruleset=ruleset)
    t0 = time.monotonic()
    prog = ScanProgress(stage="open")
    last_emit = [0.0]

    def emit(force: bool = False) -> None:
        if progress is None:
            return
        now = time.monotonic()
        if force or now - last_emit[0] >= 0.1:
            last_emit[0] = now
            prog.elapsed = now - t0
            progress(prog)

    if photos:
        from audit.photos import photos_available
        ok, key = photos_available()
        result.photos_status = key
        photos = ok
    emit(True)
    opened = open_inputs(list(paths))
    for prob in opened.problems:
        result.sources.append(_problem_source(prob))

    importers = all_importers()
    detected: list[tuple[Archive, Any, Any]] = []
    for archive in opened.archives:
        found_all = detect_all(archive, importers)
        if not found_all:
            err: AuditError = (InputError("archive.meta_html", path=archive.name)
                               if looks_like_meta_html(archive)
                               else InputError("archive.unknown_platform", path=archive.name))
            result.sources.append(SourceResult(archive.name, _paths(archive), None, error=err))
            archive.close()
            continue
        for imp, det in found_all:
            detected.append((archive, imp, det))
    prog.total = sum(_text_bytes(a) for a in {id(a): a for a, _, _ in detected}.values())

    def on_bytes(n: int) -> None:
        prog.done += n
        emit()

    # Coverages of every importer run on one archive, so a combined export
    # (Facebook + Instagram in one zip) does not list one platform's files as
    # "unrecognised" under the other.
    per_archive: dict[int, list[Coverage]] = {}
    runs_left: dict[int, int] = {}
    for a, _, _ in detected:
        runs_left[id(a)] = runs_left.get(id(a), 0) + 1
    try:
        for archive, importer, detection in detected:
            cov = Coverage(platform=detection.platform.value, generation=detection.generation)
            src = SourceResult(archive.name, _paths(archive), detection.platform.value,
                               detection.generation, detection.fmt, cov)
            result.sources.append(src)
            prog.stage, prog.archive, prog.platform = "import", archive.name, src.platform or ""
            emit(True)
            if sink is not None:
                sink.begin_source(src, archive)
            ctx = ImportContext(coverage=cov, timezone_name=timezone_name, options=dict(options or {}),
                                is_cancelled=cancelled, on_progress=on_bytes)
            media_items: list[Item] = []
            tally = _Tally(cov)
            count = tally.count
            audit = auditor.audit
            try:
                for item in importer.iter_items(archive, ctx):
                    if photos and item.media:
                        media_items.append(item)
                    count(item)
                    found_f = audit(item)
                    if auditor.needs_manual_check(item):
                        result.manual_check_count += 1
                        if len(result.manual_check) < MANUAL_CHECK_KEEP:
                            result.manual_check.append(item)
                    if found_f:
                        prog.findings += len(found_f)
                        if keep_findings:
                            result.findings.extend(found_f)
                    if sink is not None:
                        sink.add(item, found_f)
                    prog.items += 1
                    result.items_total += 1
                    if prog.items & 1023 == 0:
                        if cancelled():
                            raise Cancelled()
                        emit()
            except AuditError as e:
                # An importer gave up on the whole archive: keep what it read, say why.
                cov.note("coverage.import_stopped", code=e.code)
                log.warning("import of one archive stopped: %s", e.code)
            finally:
                tally.close()
            if media_items:
                _photo_step(archive, media_items, auditor, cov, result, prog, emit, cancelled, sink,
                            timezone_name, keep_findings)
            per_archive.setdefault(id(archive), []).append(cov)
            runs_left[id(archive)] -= 1
            if runs_left[id(archive)] == 0:
                _account_rest(archive, per_archive[id(archive)])
                archive.close()
            if sink is not None:
                sink.end_source(src)
    except Cancelled:
        if sink is not None:
            sink.abort()
        for archive, _, _ in detected:
            archive.close()
        raise
    result.finished = datetime.now(timezone.utc)
    prog.stage = "done"
    prog.done = prog.total
    emit(True)
    return result


def _photo_step(archive: Archive, items: list[Item], auditor: Any, cov: Coverage, result: ScanResult,
                prog: ScanProgress, emit: Callable[..., None], cancelled: Callable[[], bool],
                sink: ScanSink | None, tz: str, keep_findings: bool) -> None:
    from audit.photos import analyse_photos

    prog.stage, prog.photos_done, prog.photos_total = "photos", 0, 0
    emit(True)

    def on_photo(done: int, total: int) -> None:
        prog.photos_done, prog.photos_total = done, total
        emit()

    by_item: dict[int, tuple[Item, list[Finding]]] = {}
    try:
        for f in analyse_photos(archive, items, auditor, on_photo, cancelled, tz=tz):
            by_item.setdefault(id(f.item), (f.item, []))[1].append(f)
            prog.findings += 1
            if keep_findings:
                result.findings.append(f)
    except AuditError as e:
        cov.note("coverage.photos_stopped", code=e.code)
        return
    result.photos_analysed += prog.photos_total
    cov.note("coverage.photos_done", n=prog.photos_total)
    add = getattr(sink, "add_findings", None) if sink is not None else None
    if add is not None:
        for item, found in by_item.values():
            add(item, found)
    # Media files the photo step looked at are no longer "not analysed".
    for it in items:
        for m in it.media:
            if m.path and cov.files_skipped.get(m.path, {}).get("reason") == "media":
                cov.files_skipped.pop(m.path)
                cov.read(m.path, 0)


def _paths(archive: Archive) -> list[str]:
    return [str(s.path) for s in archive.sources]


def _problem_source(prob: InputProblem) -> SourceResult:
    return SourceResult(Path(prob.path).name or prob.path, [prob.path], None, error=prob.error)


class _Tally:
    """Counts items into a coverage as they stream by.

    Dates are compared as datetimes (every item date is aware UTC) and written
    to the coverage as ISO text once, at ``close``: formatting each item's
    date for the comparison was a measurable share of a big scan.
    """

    def __init__(self, cov: Coverage) -> None:
        self.cov = cov
        self.first: datetime | None = None
        self.last: datetime | None = None

    def count(self, item: Item) -> None:
        cov = self.cov
        cov.counts[item.kind.value] += 1
        ts = item.timestamp
        if ts is None:
            cov.unknown_date += 1
        else:
            if self.first is None or ts < self.first:
                self.first = ts
            if self.last is None or ts > self.last:
                self.last = ts
        if not item.has_target:
            cov.unknown_target += 1
        if not item.has_text:
            cov.no_text += 1

    def close(self) -> None:
        if self.first is not None:
            first, last = iso(self.first), iso(self.last)
            if self.cov.date_min is None or (first and first < self.cov.date_min):
                self.cov.date_min = first
            if self.cov.date_max is None or (last and last > self.cov.date_max):
                self.cov.date_max = last


def _account_rest(archive: Archive, covs: list[Coverage]) -> None:
    """Every file is accounted for: refused ones and the ones no importer read.

    With several importers on one archive, a file read by one of them is not
    listed as unrecognised by the others.
    """
    first = covs[0]
    if len(covs) > 1:
        for c in covs:
            others = [o for o in covs if o is not c]
            for path in [p for p in c.files_skipped if any(p in o.files_read for o in others)]:
                del c.files_skipped[path]
    for name, reason in archive.refused:
        first.skip(name, UNSAFE, reason)
    for m in archive.members():
        if not any(c.accounted(m.path) for c in covs):
            first.skip(m.path, UNRECOGNISED)
