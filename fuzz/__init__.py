"""Fuzzing the importers, the zip reader and the rule-pack loader (``python -m fuzz --help``)."""
