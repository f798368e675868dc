"""Every catalogue key used in code exists in Indonesian and in English.

Scans ``audit/`` and ``desktop/`` for literal keys in ``tr("…")``, ``both("…")``,
``N_("…")`` and error codes (``SomeError("code", …)``), plus every ``"gui.…"``
literal in ``desktop/``. Dynamic keys (f-strings) are listed in code through ``N_``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.i18n import LANGS, catalogue

ROOT = Path(__file__).resolve().parents[1]
CALL_RE = re.compile(r"""\b(?:tr|both|N_)\(\s*["']([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)+)["']""")
ERROR_RE = re.compile(r"""\b[A-Z][A-Za-z]*Error\(\s*["']([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_]+)+)["']""")
GUI_RE = re.compile(r"""["'](gui\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)["']""")


def used_keys() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for folder in ("audit", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            src = path.read_text(encoding="utf-8")
            keys = set(CALL_RE.findall(src)) | set(ERROR_RE.findall(src))
            if folder == "desktop":
                keys |= set(GUI_RE.findall(src))
            for k in keys:
                found.setdefault(k, set()).add(str(path.relative_to(ROOT)))
    return found


def test_scanner_finds_the_gui_keys():
    keys = used_keys()
    # The scan must see keys of every kind of use, or the test below proves nothing.
    assert "gui.welcome.try_demo" in keys          # tr("...")
    assert "gui.severity.high" in keys             # N_("...")
    assert "gui.filter.severity" in keys           # plain literal handed to tr later
    assert len(keys) > 150


def test_every_used_key_has_both_languages():
    cat = catalogue()
    missing = []
    for key, files in sorted(used_keys().items()):
        entry = cat.get(key)
        for lang in LANGS:
            if not entry or not (entry.get(lang) or "").strip():
                missing.append(f"{key} [{lang}] used in {', '.join(sorted(files))}")
    assert not missing, "missing translations:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_gui_catalogue_placeholders_match_between_languages(lang):
    cat = catalogue()
    ph = re.compile(r"\{(\w+)\}")
    for key, entry in cat.items():
        if key.startswith("gui."):
            assert set(ph.findall(entry["id"])) == set(ph.findall(entry[lang])), key
