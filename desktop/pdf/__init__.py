"""PDF dossiers (reportlab): the only package that imports reportlab (DESIGN.md §2)."""
