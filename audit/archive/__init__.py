"""Reading archives: sources, safety limits, joining parts."""
