"""What the panels share: Designer forms loaded by path, the one current pilot of the session,
background tasks (an algorithm as a task, waiting for it before a panel goes) and the docks'
vertical scrolling.

May import: core (and Qt widgets); no panel.
"""
