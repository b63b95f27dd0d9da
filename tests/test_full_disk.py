"""A full disk is an error, never a success with counts, and leaves an earlier output as it was.

Processing runs in a child process (tests/full_disk_probe.py) with a file
size limit, so writes fail past it as they do on a full disk; no mocks.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

HERE = Path(__file__).resolve().parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _probe(algorithm: str, output: Path, limit: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(HERE / "full_disk_probe.py"), algorithm, str(output), str(limit)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("OUTCOME ")]
    assert lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(lines[-1][len("OUTCOME ") :])


# Limits found by trying: the first fails while features are inserted, the
# second only when GDAL commits at close (the case that used to report success).
@pytest.mark.parametrize(
    "algorithm, limit", [("flagparcels", 300_000), ("flagparcels", 2_000_000), ("overlaypilots", 200_000)]
)
def test_full_disk_is_an_error(tmp_path, algorithm, limit):
    output = tmp_path / "out.gpkg"
    outcome = _probe(algorithm, output, limit)
    assert not outcome["ok"], outcome
    assert "write" in outcome["error"] or "read back" in outcome["error"], outcome
    # nothing left that looks like a result
    assert not output.exists() or not QgsVectorLayer(str(output), "o", "ogr").isValid()


def test_full_disk_leaves_the_earlier_output_as_it_was(tmp_path):
    output = tmp_path / "out.gpkg"
    assert _probe("flagparcels", output, 0)["ok"]
    digest = _digest(output)
    outcome = _probe("flagparcels", output, 2_000_000)
    assert not outcome["ok"] and "left as it was" in outcome["error"], outcome
    assert _digest(output) == digest
    assert sorted(os.listdir(tmp_path)) == ["out.gpkg"]  # no hidden part file left behind
