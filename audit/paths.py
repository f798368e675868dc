"""Every path the app uses, in one module, overridable for tests and portable use.

* resources: the ``resources/`` folder from a source checkout, an installed
  package (shipped as data next to ``audit``) or a PyInstaller bundle.
* data: per-user folder (platformdirs), or ``JEJAK_NETRAL_DATA_DIR`` /
  ``--data-dir``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "JejakNetral"
ENV_DATA_DIR = "JEJAK_NETRAL_DATA_DIR"
# Written in every data folder the app creates; "Hapus semua data" removes a
# whole folder only when it carries this marker (a --data-dir pointing at a
# folder of the user's own files must never be emptied).
DATA_MARKER = ".jejak-netral-data"

_data_dir_override: Path | None = None


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "resources", here / "resources"):
        if cand.is_dir():
            return cand
    return here.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    global _data_dir_override
    _data_dir_override = Path(path) if path else None


def data_dir(create: bool = True) -> Path:
    if _data_dir_override is not None:
        p = _data_dir_override
    elif os.environ.get(ENV_DATA_DIR):
        p = Path(os.environ[ENV_DATA_DIR])
    else:
        try:
            import platformdirs
            p = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        except ImportError:  # pragma: no cover - platformdirs is a dependency
            p = Path.home() / ".local" / "share" / APP_NAME
    if create:
        p.mkdir(parents=True, exist_ok=True)
        marker = p / DATA_MARKER
        if not marker.exists():
            try:
                marker.write_text("Jejak Netral data folder. Safe to delete with 'Hapus semua data'.\n",
                                  encoding="utf-8")
            except OSError:
                pass  # read-only folder: the store reports it when it tries to write
    return p
