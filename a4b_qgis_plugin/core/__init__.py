"""Pure PyQGIS logic shared by the panels and the Processing algorithms (no GUI)."""
