"""Thumbnails of the photos findings point at, read back from the archive on demand.

Archives are reopened lazily (the scan closed them) and kept open until the
result changes. Images are decoded with a size cap: archive files are untrusted.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from audit.archive.archive import Archive
from audit.archive.inputs import open_inputs
from audit.errors import AuditError
from audit.model import Item

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 25 * 1024 * 1024
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".heic")


class MediaLookup:
    def __init__(self, sources: list[Any]) -> None:
        self._sources = [s for s in sources if s.error is None]
        self._open: dict[int, list[Archive]] = {}

    def close(self) -> None:
        for archives in self._open.values():
            for a in archives:
                a.close()
        self._open.clear()

    def _archives(self, idx: int) -> list[Archive]:
        if idx not in self._open:
            try:
                self._open[idx] = open_inputs(self._sources[idx].paths).archives
            except (AuditError, OSError):
                log.info("archive could not be reopened for a thumbnail")
                self._open[idx] = []
        return self._open[idx]

    def thumbnail(self, item: Item, size: QSize) -> QImage | None:
        photos = [m for m in item.media if m.path and m.path.lower().endswith(IMAGE_EXT)]
        if not photos:
            return None
        for idx, src in enumerate(self._sources):
            if src.platform != item.platform.value:
                continue
            for archive in self._archives(idx):
                member = archive.get(photos[0].path) or archive.resolve_uri(photos[0].uri or photos[0].path)
                if member is None or member.size > MAX_IMAGE_BYTES:
                    continue
                try:
                    with archive.open(member) as fh:
                        data = fh.read(MAX_IMAGE_BYTES + 1)
                except (OSError, AuditError):
                    continue
                return _decode(data, size)
        return None


def _decode(data: bytes, size: QSize) -> QImage | None:
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(256)  # MB: refuses decompression bombs
    src = reader.size()
    if src.isValid() and (src.width() > size.width() or src.height() > size.height()):
        reader.setScaledSize(src.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    img = reader.read()
    return None if img.isNull() else img
