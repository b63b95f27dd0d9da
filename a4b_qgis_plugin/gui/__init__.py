"""Dock panels and dialogs."""
