"""One importer per platform and format, behind one interface (base.Importer)."""
