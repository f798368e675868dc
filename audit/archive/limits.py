"""Safety limits for reading untrusted archives.

The numbers are generous for real exports (a heavy Facebook user's export is
several GB, mostly media) and stop zip bombs and runaway folders.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_member_size: int = 4 * 1024**3          # one uncompressed member
    max_total_size: int = 64 * 1024**3          # all members of one input
    max_ratio: float = 200.0                    # uncompressed / compressed, per member
    ratio_min_size: int = 16 * 1024**2          # ratio is only checked above this size
    max_members: int = 500_000                  # members in one zip / files in one folder
    max_depth: int = 64                         # path components
    max_name_length: int = 1024


DEFAULT_LIMITS = Limits()
