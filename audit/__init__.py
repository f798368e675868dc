"""Jejak Netral audit engine.

Pure Python, no Qt: archive reading, importers, rule packs, matching,
findings, checklist, store and reports. The desktop app and the CLI are
thin clients of this package.
"""

__version__ = "0.1.0"
TOOL_NAME = "jejak-netral"
