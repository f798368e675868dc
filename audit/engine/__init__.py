"""The audit engine: normalization, matching, context rules, scoring, actions.

``Auditor(ruleset).audit(item)`` returns the findings for one item;
``audit_text`` matches free text (photo OCR) with the same rules.
"""

from audit.engine.auditor import Auditor

__all__ = ["Auditor"]
