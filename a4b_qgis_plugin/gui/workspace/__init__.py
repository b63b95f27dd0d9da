"""The Pilot workspace panel: choose a pilot, load its data, set its boundary, flag its parcels.

Data from PDOK loads in a task (``pdok_task``); flagging runs in the
background too (``flag_runner``).

May import: core, processing_provider, gui.common, gui.measures (the export dialog, the register choice).
"""
