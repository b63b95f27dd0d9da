"""Checking measures before they leave the pilot: hard errors block delivery, soft ones warn.

``rules`` names every rule (stable code, severity, texts), ``checks`` holds
one function per rule, ``run`` the single entry point that the algorithm
``a4b:validatemeasures``, the Measures panel and the export call.
"""
