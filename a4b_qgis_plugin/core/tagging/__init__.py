"""Tagging parcels with a catalogue measure: the one path the panel and ``a4b:tagmeasures`` share.

``service`` is the entry point (``prepare``/``duplicate_check``/``write``, or
``tag_parcels`` for all three); ``build`` turns parcels into register rows
(``TagOptions``, quantities and money), ``duplicates`` decides whether a
measure is already on a parcel, ``pilots`` reads pilot boundaries for the
outside-pilot warnings.
"""
