"""The photo step: every photo and video in the items, through the models, into findings.

Opt-in (the user starts it), cancellable, with progress over distinct
files. Each file is hashed first: a cached result (same content seen before,
in this or any earlier archive) costs nothing more. Uncached files go to a
pool of worker processes (two: a two-core laptop) that load the models once;
at most a few files are in flight, so memory stays bounded whatever the
archive's size. Findings are built in this process from the raw results.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from audit.errors import AuditError, Cancelled
from audit.findings import Finding
from audit.model import Item, MediaRef
from audit.photos.cache import PhotoCache, hash_stream, thumbnail_path
from audit.photos.context import RuleContext
from audit.photos.inspect import ALL_CHECKS, init_worker, inspect
from audit.photos.judge import judge

MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_VIDEO_BYTES = 1024 * 1024 * 1024
PHOTO_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".heic")
VIDEO_EXT = (".mp4", ".mov", ".m4v", ".3gp", ".webm", ".mkv", ".avi")


class PhotosUnavailable(AuditError):
    """The [photos] extra is not installed: photos are not analysed."""


@dataclass(slots=True)
class PhotoResult:
    """What the checks saw in one file (shared by every item that shows it)."""

    sha: str
    path: str
    data: dict[str, Any]
    cached: bool
    thumbnail: str | None = None
    items: list[tuple[Item, MediaRef]] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        return self.data.get("error")


def _is_video(media: MediaRef, path: str) -> bool:
    return media.type == "video" or path.lower().endswith(VIDEO_EXT)


def collect(archive: Any, items: Iterable[Item]) -> dict[str, tuple[Any, bool, list[tuple[Item, MediaRef]]]]:
    """Distinct media members -> (member, is_video, items showing it)."""
    out: dict[str, tuple[Any, bool, list[tuple[Item, MediaRef]]]] = {}
    for item in items:
        for m in item.media:
            if m.type not in ("photo", "video", "sticker", "other"):
                continue
            member = None
            for ref in (m.path, m.uri):
                if ref:
                    member = archive.get(ref) or archive.resolve_uri(ref)
                    if member is not None:
                        break
            if member is None:
                continue
            video = _is_video(m, member.path)
            if not video and not member.path.lower().endswith(PHOTO_EXT):
                continue
            entry = out.setdefault(member.path, (member, video, []))
            entry[2].append((item, m))
    return out


def _read(member: Any, video: bool, tmpdir: str) -> tuple[str, bytes | None, str | None]:
    """Hash the member; photos come back as bytes, videos as a temporary file."""
    import hashlib
    limit = MAX_VIDEO_BYTES if video else MAX_PHOTO_BYTES
    with member.open() as fh:
        if not video:
            data = fh.read(limit + 1)
            if len(data) > limit:
                return hash_stream(_Chain(data, fh)), None, None
            return hashlib.sha256(data).hexdigest(), data, None
        h = hashlib.sha256()
        fd, path = tempfile.mkstemp(dir=tmpdir, suffix=os.path.splitext(member.path)[1])
        size = 0
        with os.fdopen(fd, "wb") as out:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
                if size <= limit:
                    out.write(chunk)
        return h.hexdigest(), None, path if size <= limit else None


class _Chain:
    def __init__(self, head: bytes, rest: Any) -> None:
        self.head, self.rest = head, rest

    def read(self, n: int = -1) -> bytes:
        if self.head:
            b, self.head = self.head, b""
            return b
        return self.rest.read(n)


def analyse_photos(archive: Any, items: Iterable[Item], ruleset_or_auditor: Any,
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None, *,
                   workers: int = 2, checks: tuple[str, ...] = ALL_CHECKS,
                   use_cache: bool = True, tz: str = "WIB",
                   results: list[PhotoResult] | None = None) -> Iterator[Finding]:
    """Findings for the photos and videos of ``items``.

    ``workers=0`` runs the models in this process (tests, one-off calls).
    ``results``, when given, receives every file's ``PhotoResult``.
    Raises ``PhotosUnavailable`` without the extra and ``Cancelled`` on cancel.
    """
    from audit.photos import photos_available
    ok, reason = photos_available()
    if not ok:
        raise PhotosUnavailable(reason)
    ctx = RuleContext(ruleset_or_auditor)
    checks = tuple(c for c in checks if c in available_checks())
    media = collect(archive, items)
    total = len(media)
    done = 0
    cancelled = is_cancelled or (lambda: False)
    if progress:
        progress(0, total)
    cache = PhotoCache() if use_cache else None
    tmpdir = tempfile.mkdtemp(prefix="jn-photos-")
    pool: ProcessPoolExecutor | None = None
    pending: dict[Future[dict[str, Any]], tuple[str, str, str | None]] = {}

    def finish(sha: str, path: str, data: dict[str, Any], cached: bool) -> Iterator[Finding]:
        nonlocal done
        done += 1
        member, _video, shown_in = media[path]
        thumb = thumbnail_path(sha)
        res = PhotoResult(sha, path, data, cached, str(thumb) if thumb.exists() else None, shown_in)
        if results is not None:
            results.append(res)
        if cache is not None and not cached and not data.get("error"):
            cache.put(sha, checks, data)
        for item, m in shown_in:
            f = judge(item, m, data, ctx, res.thumbnail, tz)
            if f is not None:
                yield f
        if progress:
            progress(done, total)

    try:
        if workers > 0 and total:
            import multiprocessing
            # spawn, not fork: the GUI process has Qt threads a fork would copy half-alive.
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=init_worker, initargs=(checks,))
        for path, (member, video, _shown) in media.items():
            if cancelled():
                raise Cancelled()
            try:
                sha, data, vpath = _read(member, video, tmpdir)
            except (OSError, AuditError, ValueError):
                yield from finish("", path, {"error": "photos.error.unreadable"}, True)
                continue
            hit = cache.get(sha, checks) if cache is not None else None
            if hit is not None:
                yield from finish(sha, path, hit, True)
                continue
            if data is None and vpath is None:
                yield from finish(sha, path, {"sha": sha, "error": "photos.error.too_large"}, True)
                continue
            thumb = str(thumbnail_path(sha))
            if pool is None:
                yield from finish(sha, path, inspect(sha, data, vpath, checks, thumb), False)
                _drop(vpath)
                continue
            try:
                fut = pool.submit(inspect, sha, data, vpath, checks, thumb)
            except BrokenProcessPool:
                # A worker died (out of memory, antivirus, frozen app without
                # freeze_support): finish in this process rather than stop.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
                yield from finish(sha, path, inspect(sha, data, vpath, checks, thumb), False)
                _drop(vpath)
                continue
            pending[fut] = (sha, path, vpath)
            del data
            while len(pending) >= 2 * workers:
                yield from _drain(pending, finish, cancelled, block=True)
        while pending:
            yield from _drain(pending, finish, cancelled, block=True)
    finally:
        if pool is not None:
            pool.shutdown(wait=not pending, cancel_futures=True)
        if cache is not None:
            cache.close()
        shutil.rmtree(tmpdir, ignore_errors=True)


def _drop(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _drain(pending: dict[Future[dict[str, Any]], tuple[str, str, str | None]],
           finish: Callable[[str, str, dict[str, Any], bool], Iterator[Finding]],
           cancelled: Callable[[], bool], block: bool) -> Iterator[Finding]:
    while True:
        if cancelled():
            raise Cancelled()
        ready, _ = wait(list(pending), timeout=0.2, return_when=FIRST_COMPLETED)
        if ready or not block:
            break
    for fut in ready:
        sha, path, vpath = pending.pop(fut)
        _drop(vpath)
        try:
            data = fut.result()
        except Exception:  # noqa: BLE001 - a crashed worker loses one file, not the scan
            data = {"sha": sha, "error": "photos.error.worker"}
        yield from finish(sha, path, data, False)


def available_checks() -> tuple[str, ...]:
    import importlib.util
    out = []
    if importlib.util.find_spec("mediapipe") is not None:
        out.append("hands")
    if importlib.util.find_spec("rapidocr") is not None and importlib.util.find_spec("onnxruntime") is not None:
        out.extend(["ocr", "frame"])
    return tuple(out)
