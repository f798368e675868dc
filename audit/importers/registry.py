"""The list of importers, in one place (explicit, so a frozen app finds them all)."""

from __future__ import annotations

import importlib
import logging

from audit.archive.archive import Archive
from audit.importers.base import Detection, Importer

log = logging.getLogger(__name__)

# module name -> class name. One module per platform and format.
IMPORTERS: list[tuple[str, str]] = [
    ("audit.importers.facebook", "FacebookImporter"),
    ("audit.importers.instagram", "InstagramImporter"),
    ("audit.importers.x", "XImporter"),
    ("audit.importers.tiktok", "TikTokImporter"),
    ("audit.importers.telegram", "TelegramImporter"),
    ("audit.importers.whatsapp", "WhatsAppImporter"),
    ("audit.importers.youtube", "YouTubeImporter"),
    ("audit.importers.meta_html", "MetaHtmlImporter"),
]


def all_importers() -> list[Importer]:
    out: list[Importer] = []
    for mod_name, cls_name in IMPORTERS:
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as e:
            # Only while an importer is being written; a test asserts all are present.
            if e.name == mod_name:
                log.debug("importer module %s not present", mod_name)
                continue
            raise
        out.append(getattr(mod, cls_name)())
    return out


def detect(archive: Archive, importers: list[Importer] | None = None) -> tuple[Importer, Detection] | None:
    best: tuple[Importer, Detection] | None = None
    for imp in importers or all_importers():
        d = imp.detect(archive)
        if d and (best is None or d.confidence > best[1].confidence):
            best = (imp, d)
    return best


def detect_all(archive: Archive, importers: list[Importer] | None = None,
               min_confidence: float = 0.8) -> list[tuple[Importer, Detection]]:
    """The best importer per platform; several when one archive holds several platforms.

    Meta's Accounts Center can put a Facebook and an Instagram export in one
    zip: both are read. A second platform must be detected confidently
    (``min_confidence``) so a stray file does not start a second import.
    """
    best: dict[str, tuple[Importer, Detection]] = {}
    for imp in importers or all_importers():
        d = imp.detect(archive)
        if d is None:
            continue
        cur = best.get(d.platform.value)
        if cur is None or d.confidence > cur[1].confidence:
            best[d.platform.value] = (imp, d)
    ranked = sorted(best.values(), key=lambda t: -t[1].confidence)
    if not ranked:
        return []
    return [ranked[0]] + [t for t in ranked[1:] if t[1].confidence >= min_confidence]
