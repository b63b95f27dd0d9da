"""Two processes on one register, and a process killed in the middle of a write."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from a4b_qgis_plugin.core.register import store as reg

WORKER = Path(__file__).resolve().parent / "register_worker.py"
# Debian's Python has the qgis module; the venv's may be a pyenv shim without it.
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def worker(path, label, batches, size, *extra) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONHOME", None)
    return subprocess.Popen(
        [PYTHON, str(WORKER), str(path), label, str(batches), str(size), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def rows_by_label(path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT notes, count(*) FROM measures GROUP BY notes").fetchall())


def set_journal(path, mode: str) -> None:
    """QGIS switches a GeoPackage it edits to WAL; registers meet both modes."""
    if mode == "wal":
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_two_processes_lose_no_rows(qgis_app, tmp_path, journal):
    path = tmp_path / "shared.gpkg"
    if journal == "wal":
        reg.open_register(str(path))
        set_journal(path, journal)
    # else both processes race to create it too
    go = tmp_path / "go"
    # Each waits, before its last batch, for a row of the other: the batches surely interleave,
    # however the two processes are scheduled.
    procs = [
        worker(path, label, 50, 8, "--wait-for", str(go), "--pause", "0.005", "--interleave-with", other)
        for label, other in (("alpha", "beta"), ("beta", "alpha"))
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert "DONE" in out
    assert rows_by_label(path) == {"alpha": 400, "beta": 400}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(DISTINCT uuid) FROM measures").fetchone()[0] == 800
        assert (
            conn.execute("SELECT count(*) FROM measures_history WHERE action = 'insert'").fetchone()[0] == 800
        )
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        order = [r[0] for r in conn.execute("SELECT notes FROM measures ORDER BY fid")]
    # The batches really interleaved (the processes overlapped), whole batch by whole batch.
    # (Without a pause a writer that commits and begins again at once keeps the lock:
    # the other waits, as SQLite's busy handler does, and still loses nothing.)
    switches = sum(1 for a, b in zip(order, order[1:]) if a != b)
    print(f"label switches in fid order: {switches}")
    assert switches >= 2
    assert all(len(set(order[i : i + 8])) == 1 for i in range(0, 800, 8))
    assert reg.open_register(str(path)).layer().featureCount() == 800


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_two_processes_skipping_duplicates_tag_each_parcel_once(qgis_app, tmp_path, journal):
    """Both runs read an empty register first; the check under the write lock still skips."""
    path = tmp_path / "skip.gpkg"
    reg.open_register(str(path))
    set_journal(path, journal)
    go = tmp_path / "go"
    # Same squares (the worker places them by batch and index), different layer names.
    procs = [worker(path, label, 1, 120, "--tag", "--wait-for", str(go)) for label in ("alpha", "beta")]
    for proc in procs:
        line = proc.stdout.readline().strip()
        assert line == "READY 0", line + proc.stderr.read()  # neither saw the other's rows
    go.touch()
    written = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        written.append(int(out.split("WROTE")[1].split()[0]))
    assert sorted(written) == [0, 120]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM measures").fetchone()[0] == 120
        assert conn.execute("SELECT count(DISTINCT parcel_fingerprint) FROM measures").fetchone()[0] == 120
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_killed_mid_write_leaves_all_or_nothing(qgis_app, tmp_path, journal):
    path = tmp_path / "crash.gpkg"
    register = reg.open_register(str(path))
    set_journal(path, journal)
    proc = worker(path, "first", 1, 50)
    assert proc.communicate(timeout=120)[0].strip().endswith("DONE")
    proc = worker(path, "crashed", 1, 2000, "--stall-after", "1500")
    deadline = time.time() + 120
    line = ""
    while time.time() < deadline and "STALLED" not in line:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    assert "STALLED" in line, proc.stderr.read()
    # 1,499 rows sit in the open transaction; the journal is on disk.
    assert Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # The next reader rolls the hot journal back: the batch is entirely absent.
    assert rows_by_label(path) == {"first": 50}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM measures_history").fetchone()[0] == 50
    from osgeo import ogr

    assert ogr.Open(str(path)).GetLayerByName("measures").GetFeatureCount() == 50
    # ...and the register takes new writes.
    proc = worker(path, "after", 1, 10)
    assert proc.communicate(timeout=120)[0].strip().endswith("DONE")
    assert rows_by_label(path) == {"first": 50, "after": 10}
    from tests.test_register_core import assert_valid_gpkg

    assert_valid_gpkg(path)
    assert register.totals("Worker")["count"] == 60


@pytest.mark.slow
def test_two_qgis_process_runs_at_once(qgis_app, staged_plugin_dir, demo_gpkg, tmp_path):
    """Two qgis_process a4b:tagmeasures on one new register at the same time."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    from qgis.core import QgsVectorLayer
    from qgis_env import run_qgis_process

    path = tmp_path / "two.gpkg"
    subsets = ["fid % 2 = 0", "fid % 2 = 1"]

    def run(subset: str):
        return run_qgis_process(
            [
                "run",
                "a4b:tagmeasures",
                "--json",
                "--",
                f"PARCELS={demo_gpkg}|layername=brp_gewaspercelen|subset={subset}",
                "MEASURE=PILOT-VERNATTING",
                "PILOT=Demo",
                f"REGISTER={path}",
                f"NOTES={subset}",
            ],
            plugin_path=staged_plugin_dir,
            timeout=600,
        )

    with ThreadPoolExecutor(2) as pool:
        procs = list(pool.map(run, subsets))
    written = []
    for proc in procs:
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        written.append(json.loads(proc.stdout[proc.stdout.find("{") :])["results"]["MEASURES_WRITTEN"])
    total = QgsVectorLayer(f"{demo_gpkg}|layername=brp_gewaspercelen", "p", "ogr").featureCount()
    assert sum(written) == total
    assert rows_by_label(path) == dict(zip(subsets, written))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(DISTINCT uuid) FROM measures").fetchone()[0] == total
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1


@pytest.mark.slow
def test_qgis_process_killed_at_any_moment_leaves_whole_batches(
    qgis_app, staged_plugin_dir, demo_gpkg, tmp_path
):
    """kill -9 a real qgis_process tagging 4,071 parcels at moments around its write.

    The deterministic mid-write case is test_killed_mid_write_leaves_all_or_nothing; here
    every kill, wherever it lands, must leave a whole number of batches.
    """
    from qgis_env import make_profile_root, qgis_env, qgis_process_binary

    path = tmp_path / "killed.gpkg"
    batch = 4071
    profile = make_profile_root()
    env = qgis_env(staged_plugin_dir, profile)
    args = [
        qgis_process_binary(),
        "run",
        "a4b:tagmeasures",
        "--",
        f"PARCELS={demo_gpkg}|layername=brp_gewaspercelen",
        "MEASURE=PILOT-VERNATTING",
        "PILOT=Demo",
        f"REGISTER={path}",
    ]
    start = time.time()
    subprocess.run(args, env=env, capture_output=True, timeout=300, check=True)
    duration = time.time() - start
    mid_write = 0
    for step in range(8):
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(max(0.2, duration * (0.55 + 0.06 * step)))
        journal = Path(f"{path}-journal").exists()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT count(*) FROM measures").fetchone()[0]
            history = conn.execute("SELECT count(*) FROM measures_history").fetchone()[0]
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert rows % batch == 0 and history == rows
        mid_write += journal and proc.returncode == -signal.SIGKILL
    print(f"run {duration:.2f} s; kills with an open write transaction: {mid_write} of 8")
    shutil.rmtree(profile, ignore_errors=True)
