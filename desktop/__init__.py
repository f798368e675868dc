"""Jejak Netral desktop app (PySide6). Calls only ``audit``; the engine never imports this."""
