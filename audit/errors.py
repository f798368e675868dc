"""Typed errors. They carry a message id and parameters, never finished prose.

One place (``audit.i18n``) turns them into Bahasa Indonesia or English, for
the CLI and the GUI alike. Anything raised from reading untrusted input must
be an ``AuditError`` (or a subclass); every other exception is a bug.
"""

from __future__ import annotations

from typing import Any


class AuditError(Exception):
    """An error the user can understand and act on."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "id") -> str:
        from audit.i18n import tr
        return tr(self.code, lang, **self.params)

    def __str__(self) -> str:  # English, for logs and debug output
        return f"{self.code}: {self.message('en')}"


class InputError(AuditError):
    """An input (archive, file, folder) cannot be read at all."""


class UnsafeArchiveError(InputError):
    """An archive breaks a safety limit (zip bomb, path traversal...)."""


class FormatError(AuditError):
    """A member of an archive is malformed; the rest of the archive is still read."""


class RulePackError(AuditError):
    """A rule pack failed validation; it is not loaded at all."""


class StoreError(AuditError):
    """The local store cannot be opened or written."""


class Cancelled(Exception):
    """The user cancelled a running job. Not an error: nothing is reported."""
