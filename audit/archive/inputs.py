"""From what the user gave (zips, parts, folders, single files) to a list of archives.

* a ``.zip`` is one source;
* a folder that is itself an export is one source; a folder that only holds
  exports (several zips, several extracted folders, chat ``.txt`` files) is
  opened one level down, so "a folder with all my archives" works;
* a single exported file (WhatsApp ``.txt``, Telegram ``result.json``,
  TikTok ``user_data*.json``, a Takeout ``.csv``) is one source.

Parts of one export (``facebook-budi-2024-05-01-abc.zip`` and its
``-part2``/``(1)``/``_2`` siblings, ``takeout-…-001.zip``/``-002.zip``) are
joined into one ``Archive`` so that JSON in one part finds its media in another.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from audit.archive.archive import Archive
from audit.archive.limits import DEFAULT_LIMITS, Limits
from audit.archive.members import FileSource, FolderSource, MemberSource, ZipSource
from audit.errors import InputError

SINGLE_FILE_EXT = {".txt", ".json", ".csv", ".html", ".htm", ".js"}
HTML_HINT = re.compile(r"(^|/)(index|start_here|your_posts_\d+|your_activity)\.html?$")

# Part markers at the end of a zip stem: "-2", "_part2", " (1)", "-001", ".part2", "-part-2".
_PART_RE = re.compile(r"(?:[\s._-]*(?:part|bagian)?[\s._-]*\(?\d{1,3}\)?|[\s._-]+of[\s._-]*\d+)$", re.I)


@dataclass
class InputProblem:
    path: str
    error: InputError


@dataclass
class OpenedInputs:
    archives: list[Archive] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def export_key(name: str) -> str:
    """The name an export's parts share: ``facebook-budi-2024-05-01-ab12-2.zip`` -> ``facebook-budi-2024-05-01-ab12``."""
    stem = name
    for ext in (".zip", ".ZIP"):
        if stem.endswith(ext):
            stem = stem[: -len(ext)]
    prev = None
    while prev != stem:
        prev = stem
        stem = _PART_RE.sub("", stem)
    return stem.lower()


def _incidental(name: str) -> bool:
    """Files people and systems leave in folders that say nothing about their content."""
    low = name.lower()
    return (low.startswith(".") or low in {"desktop.ini", "thumbs.db"}
            or low.startswith("readme"))


def _looks_like_export_dir(path: Path) -> bool:
    """A folder is an export itself if it holds anything but zips and subfolders of exports."""
    try:
        entries = list(path.iterdir())
    except OSError:
        return False
    files = [e for e in entries if e.is_file() and not e.is_symlink() and not _incidental(e.name)]
    dirs = [e for e in entries if e.is_dir() and not e.is_symlink()]
    if not files and not dirs:
        return True  # empty: let the caller report it
    if any(f.suffix.lower() != ".zip" and f.suffix.lower() not in SINGLE_FILE_EXT for f in files):
        return True
    # Known export roots (Facebook/Instagram/X/Takeout/Telegram) make it an export.
    markers = {"data", "your_facebook_activity", "your_activity_across_facebook", "personal_information",
               "your_instagram_activity", "connections", "takeout", "chats", "profile_information",
               "likes_and_reactions", "comments_and_reactions", "content", "media", "tweets_media",
               "youtube and youtube music", "youtube dan youtube music", "my activity"}
    if any(d.name.lower() in markers for d in dirs):
        return True
    if any(f.name.lower() in {"result.json", "manifest.js", "index.html", "start_here.html",
                               "user_data.json", "user_data_tiktok.json", "archive_browser.html"}
           for f in files):
        return True
    return False


def _sources_for(path: Path, limits: Limits) -> list[MemberSource]:
    if not path.exists():
        raise InputError("input.not_found", path=str(path))
    if path.is_symlink() and not path.resolve().exists():
        raise InputError("input.not_found", path=str(path))
    if path.is_dir():
        if _looks_like_export_dir(path):
            src = FolderSource(path, limits)
            if not src.members():
                raise InputError("input.empty_folder", path=path.name)
            return [src]
        out: list[MemberSource] = []
        for child in sorted(path.iterdir()):
            if child.is_symlink():
                continue
            if _incidental(child.name):
                continue
            if child.is_dir() or child.suffix.lower() == ".zip" or child.suffix.lower() in SINGLE_FILE_EXT:
                out.extend(_sources_for(child, limits))
        if not out:
            raise InputError("input.empty_folder", path=path.name)
        return out
    if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
        return [ZipSource(path, limits)]
    if path.suffix.lower() in SINGLE_FILE_EXT:
        return [FileSource(path, limits)]
    raise InputError("input.unknown_file", path=path.name)


def open_inputs(paths: list[str | Path], limits: Limits = DEFAULT_LIMITS) -> OpenedInputs:
    """Open every input. Problems with one input do not stop the others."""
    result = OpenedInputs()
    sources: list[MemberSource] = []
    for p in paths:
        path = Path(p)
        try:
            srcs = _sources_for(path, limits)
            for s in srcs:
                s.members()  # list now so safety errors surface per input
            sources.extend(srcs)
        except InputError as e:
            result.problems.append(InputProblem(str(path), e))
    result.archives = group_sources(sources)
    return result


def group_sources(sources: list[MemberSource]) -> list[Archive]:
    """Join the zip parts of one export into one archive; everything else stands alone."""
    groups: dict[str, list[MemberSource]] = {}
    order: list[str] = []
    for s in sources:
        if isinstance(s, ZipSource):
            key = "zip:" + export_key(s.path.name) + "@" + str(s.path.parent)
        else:
            key = "one:" + str(s.path)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(s)
    return [Archive(groups[k], name=_archive_name(groups[k])) for k in order]


def _archive_name(sources: list[MemberSource]) -> str:
    if len(sources) == 1:
        return sources[0].label
    return f"{sources[0].label} (+{len(sources) - 1})"


def looks_like_meta_html(archive: Archive) -> bool:
    """A Meta (Facebook/Instagram) export downloaded in HTML format."""
    htmls = archive.match(r"\.html?$")
    jsons = archive.match(r"\.json$")
    if not htmls or len(jsons) > len(htmls):
        return False
    meta_dirs = ("your_facebook_activity/", "your_activity_across_facebook/", "your_instagram_activity/",
                 "personal_information/", "connections/", "likes_and_reactions/", "comments_and_reactions/")
    return any(any(d in m.path.lower() for d in meta_dirs) for m in htmls)
