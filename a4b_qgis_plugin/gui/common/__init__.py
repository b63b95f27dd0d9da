"""What the panels share: loading Designer forms by path and the one current pilot of the session.

May import: core (and Qt widgets); no panel.
"""
