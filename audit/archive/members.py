"""Sources of members: a zip file, a folder, or a single exported file.

A *member* is one file inside an export, named by a normalized POSIX path
relative to the source's root. Members are read as streams; nothing is
extracted to disk, and the user's files are never written, moved or deleted.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterator

from audit.archive.limits import DEFAULT_LIMITS, Limits
from audit.errors import FormatError, InputError, UnsafeArchiveError


@dataclass(frozen=True, slots=True)
class Member:
    path: str            # normalized posix path inside its source
    size: int            # uncompressed size in bytes
    source: "MemberSource"

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def open(self) -> BinaryIO:
        return self.source.open(self)

    def __repr__(self) -> str:
        return f"Member({self.path!r}, {self.size})"


def safe_member_name(raw: str, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Normalize a member name, or return None when it must be refused.

    Refused: absolute paths, drive letters, ``..`` components, NUL bytes,
    absurd depth or length. Backslashes (zips made on Windows) count as
    separators.
    """
    if not raw or "\x00" in raw or len(raw) > limits.max_name_length:
        return None
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) >= 2 and name[1] == ":"):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts) or any(":" in p and len(p) >= 2 and p[1] == ":" for p in parts):
        return None
    if not parts or len(parts) > limits.max_depth:
        return None
    return "/".join(parts)


class MemberSource:
    """Base class: something that lists members and opens them as streams."""

    label: str = ""
    path: Path

    def members(self) -> list[Member]:
        raise NotImplementedError

    def open(self, member: Member) -> BinaryIO:
        raise NotImplementedError

    def close(self) -> None:
        pass

    # Members refused for safety reasons, with the reason code, for the coverage report.
    refused: list[tuple[str, str]]


class _BoundedReader(io.RawIOBase):
    """Wraps a zip member stream and stops when it yields more than declared.

    Zip headers can lie about sizes; this is the last line against bombs.
    """

    def __init__(self, raw: BinaryIO, limit: int, name: str) -> None:
        self._raw = raw
        self._left = limit
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        try:
            n = self._raw.readinto(b) if hasattr(self._raw, "readinto") else 0
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
            # A half-downloaded or damaged zip: bad CRC, broken deflate data, cut-off member.
            raise FormatError("archive.member_unreadable", name=self._name, reason=str(e)[:120]) from e
        self._left -= n
        if self._left < 0:
            raise UnsafeArchiveError("archive.member_too_large", name=self._name)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class ZipSource(MemberSource):
    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.label = path.name
        self.limits = limits
        self.refused = []
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as e:
            # Damaged central directory: unknown zip version, bad UTF-8 names, cut short.
            raise InputError("archive.bad_zip", path=path.name) from e
        except OSError as e:
            raise InputError("archive.unreadable", path=path.name, reason=e.strerror or str(e)) from e
        self._members: list[Member] | None = None
        # The entry each member was listed from: with duplicate names, zipfile's own
        # name lookup would open the last one while the listing kept the first.
        self._infos: dict[str, zipfile.ZipInfo] = {}

    def members(self) -> list[Member]:
        if self._members is not None:
            return self._members
        lim = self.limits
        infos = self._zf.infolist()
        if len(infos) > lim.max_members:
            raise UnsafeArchiveError("archive.too_many_members", path=self.label, count=len(infos),
                                     limit=lim.max_members)
        out: list[Member] = []
        seen: set[str] = set()
        total = 0
        encrypted = 0
        for info in infos:
            if not info.filename:  # a damaged header with a zero-length name (zipfile's is_dir() fails on it)
                self.refused.append(("", "unsafe_name"))
                continue
            if info.is_dir():
                continue
            name = safe_member_name(info.filename, lim)
            if name is None:
                self.refused.append((info.filename, "unsafe_name"))
                continue
            # Symlinks stored in zips (Unix mode in the high bits) are ignored.
            mode = info.external_attr >> 16
            if mode and stat.S_ISLNK(mode):
                self.refused.append((name, "link"))
                continue
            if info.flag_bits & 0x1:
                encrypted += 1
                self.refused.append((name, "encrypted"))
                continue
            if name in seen:
                self.refused.append((name, "duplicate_name"))
                continue
            if info.file_size > lim.max_member_size:
                self.refused.append((name, "too_large"))
                continue
            if (info.file_size > lim.ratio_min_size and info.compress_size > 0
                    and info.file_size / info.compress_size > lim.max_ratio):
                self.refused.append((name, "compression_ratio"))
                continue
            total += info.file_size
            if total > lim.max_total_size:
                raise UnsafeArchiveError("archive.too_large", path=self.label,
                                         limit_gb=lim.max_total_size // 1024**3)
            seen.add(name)
            self._infos[name] = info
            out.append(Member(name, info.file_size, self))
        if encrypted and not out:
            raise InputError("archive.encrypted", path=self.label)
        self._members = out
        return out

    def open(self, member: Member) -> BinaryIO:
        try:
            info = self._infos.get(member.path)
            raw = self._zf.open(info if info is not None else self._original_name(member.path))
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError, EOFError) as e:
            raise InputError("archive.member_unreadable", name=member.path, reason=str(e)) from e
        return io.BufferedReader(_BoundedReader(raw, member.size + 1, member.path), 1024 * 1024)

    def _original_name(self, norm: str) -> str:
        for info in self._zf.infolist():
            if safe_member_name(info.filename, self.limits) == norm:
                return info.filename
        raise InputError("archive.member_unreadable", name=norm, reason="missing")

    def close(self) -> None:
        self._zf.close()


class FolderSource(MemberSource):
    """An already-extracted export. Links are not followed; nothing is written."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.label = path.name
        self.limits = limits
        self.refused = []
        self._members: list[Member] | None = None

    def members(self) -> list[Member]:
        if self._members is not None:
            return self._members
        out: list[Member] = []
        total = 0
        visited = 0
        root = str(self.path)
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            # Folders and skipped entries count too: millions of empty folders must not walk forever.
            visited += len(dirnames) + len(filenames)
            if visited > 2 * self.limits.max_members:
                raise UnsafeArchiveError("archive.too_many_members", path=self.label,
                                         count=visited, limit=self.limits.max_members)
            rel_dir = os.path.relpath(dirpath, root)
            dirnames[:] = sorted(d for d in dirnames
                                 if not os.path.islink(os.path.join(dirpath, d)))
            for fn in sorted(filenames):
                full = os.path.join(dirpath, fn)
                rel = fn if rel_dir == "." else f"{rel_dir}/{fn}"
                rel = rel.replace(os.sep, "/")
                try:
                    st = os.lstat(full)
                except OSError:
                    self.refused.append((rel, "unreadable"))
                    continue
                if stat.S_ISLNK(st.st_mode):
                    self.refused.append((rel, "link"))
                    continue
                if not stat.S_ISREG(st.st_mode):
                    continue
                if st.st_size > self.limits.max_member_size:
                    self.refused.append((rel, "too_large"))
                    continue
                total += st.st_size
                out.append(Member(rel, st.st_size, self))
                if len(out) > self.limits.max_members:
                    raise UnsafeArchiveError("archive.too_many_members", path=self.label,
                                             count=len(out), limit=self.limits.max_members)
        self._members = out
        return out

    def open(self, member: Member) -> BinaryIO:
        full = self.path.joinpath(*PurePosixPath(member.path).parts)
        try:
            # O_NOFOLLOW where available: a file swapped for a link after listing is refused.
            flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            fd = os.open(full, flags)
            return os.fdopen(fd, "rb", buffering=1024 * 1024)
        except OSError as e:
            raise InputError("archive.member_unreadable", name=member.path,
                              reason=e.strerror or str(e)) from e


class FileSource(MemberSource):
    """A single exported file given directly (WhatsApp .txt, Telegram result.json...)."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.label = path.name
        self.limits = limits
        self.refused = []
        try:
            size = path.stat().st_size
        except OSError as e:
            raise InputError("archive.unreadable", path=path.name, reason=e.strerror or str(e)) from e
        if size > limits.max_member_size:
            raise UnsafeArchiveError("archive.member_too_large", name=path.name)
        self._member = Member(path.name, size, self)

    def members(self) -> list[Member]:
        return [self._member]

    def open(self, member: Member) -> BinaryIO:
        try:
            return self.path.open("rb")
        except OSError as e:
            raise InputError("archive.unreadable", path=self.path.name,
                             reason=e.strerror or str(e)) from e


def iter_chunks(stream: BinaryIO, size: int = 1024 * 1024) -> Iterator[bytes]:
    while True:
        b = stream.read(size)
        if not b:
            return
        yield b
