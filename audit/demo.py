"""The bundled demo archive: fictional people, real export shapes."""

from __future__ import annotations

from pathlib import Path

from audit.paths import resource_path


def demo_archive_path() -> Path:
    """The folder holding the demo exports (one zip or folder per platform)."""
    return resource_path("demo")
