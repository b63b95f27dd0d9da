"""The Measures panel: pick a catalogue measure, tag selected parcels, list, edit, undo, check and export.

It calls core.tagging (the same service as ``a4b:tagmeasures``), core.register
and core.validation; ``export_dialog`` opens ``a4b:exportmeasures`` pre-filled.

May import: core, processing_provider, gui.common.
"""
