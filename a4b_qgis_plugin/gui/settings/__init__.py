"""The plugin's page in QGIS's Options dialog (catalogue files, register name, bands, CSV style).

May import: core, gui.common.
"""
