"""Save a standalone QGIS window (panel beside a map canvas) once the map is drawn."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def save_when_rendered(app, canvas, window, out: Path, before_exit=None) -> None:
    """Let *canvas* finish drawing, save *window* to *out*, then end the process.

    Ends with ``os._exit``: QGIS's teardown of a standalone GUI app with live
    canvas items can crash under Xvfb, and the PNG is written by then.
    """
    for _ in range(30):
        app.processEvents()
    canvas.waitWhileRendering()
    for _ in range(10):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(out)
    if before_exit is not None:
        before_exit()
    sys.stdout.flush()
    os._exit(0)
