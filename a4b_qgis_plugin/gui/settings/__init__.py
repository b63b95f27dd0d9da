"""The plugin's page under Settings › Options (catalogues, register, bands, CSV style).

May import: core and gui.common; no panel.
"""
