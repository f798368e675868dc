"""Rule packs: data (TOML), not code. ``load_packs`` validates and combines them."""

from audit.rules.loader import default_pack_paths, format_error, load_packs, shipped_pack_paths
from audit.rules.model import Account, Entity, NeutralSource, PackInfo, Phase, PhraseGroup, RuleSet, Vocabulary

__all__ = ["load_packs", "default_pack_paths", "shipped_pack_paths", "format_error", "RuleSet", "PackInfo",
           "Phase", "Entity", "Account", "NeutralSource", "PhraseGroup", "Vocabulary"]
