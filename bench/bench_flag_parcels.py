"""Benchmark ``a4b:flagparcels`` against QGIS's own tools at national scale.

Generates (once, cached in bench/data/) a deterministic GeoPackage with N
parcels, 209 Natura 2000 features (~470,000 vertices) and 7 pilots, then runs,
each as a separate ``qgis_process`` in a throwaway profile and all writing
GeoPackage:

1. ``native:savefeatures``: a plain copy of the parcels (the floor);
2. ``native:joinbynearest`` with NEIGHBORS=1 and MAX_DISTANCE = outer band
   (distance and nearest area only);
3. ``a4b:flagparcels`` with the default bands and the pilots (distance,
   area, band, overlap, pilot).

Prints wall time, peak memory (max RSS of the process, from wait4) and the
ratios; with ``--repeat N`` every step runs N times, interleaved, and the
ratios use the fastest run of each (the machine may be shared). Not a test: run it with ``make bench`` or

    /usr/bin/python3 bench/bench_flag_parcels.py --plugins build/stage --parcels 770000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

import bench_data  # noqa: E402
from qgis_env import make_profile_root, qgis_env, qgis_process_binary  # noqa: E402

BANDS = "100,250,500,1000"
OUTER = 1000


def run_timed(args: list[str], plugin_path: Path) -> dict:
    """Run qgis_process ARGS; return wall and CPU seconds, peak RSS in MB, return code, results JSON."""
    root = make_profile_root()
    try:
        env = qgis_env(plugin_path, root)
        start = time.perf_counter()
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(
                [qgis_process_binary(), *args], env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL
            )
            _pid, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    results = {}
    try:
        results = json.loads(stdout[stdout.index("{") :]).get("results", {})
    except ValueError:
        pass
    if proc.returncode != 0:
        print(stderr[-3000:], stdout[-3000:], file=sys.stderr)
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024.0,
        "rc": proc.returncode,
        "results": results,
    }


def count_features(path: Path) -> int:
    """Features in the only layer of GeoPackage *path*."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    return ds.GetLayer(0).GetFeatureCount() if ds is not None else -1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plugins", required=True, type=Path, help="staged plugin folder (make stage)")
    parser.add_argument("--parcels", type=int, default=200_000, help="number of parcels")
    parser.add_argument("--data", type=Path, default=HERE / "data", help="folder for generated data")
    parser.add_argument("--skip", default="", help="comma-separated steps to skip: copy,join,flag")
    parser.add_argument("--keep", action="store_true", help="keep the outputs")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run every step this many times (interleaved); report the fastest",
    )
    opts = parser.parse_args()

    opts.data.mkdir(parents=True, exist_ok=True)
    gpkg = opts.data / f"bench_{opts.parcels}.gpkg"
    t0 = time.perf_counter()
    existed = gpkg.exists()
    bench_data.make_dataset(gpkg, opts.parcels)
    print(f"data: {gpkg} ({'cached' if existed else f'generated in {time.perf_counter() - t0:.1f} s'})")
    parcels = f"{gpkg}|layername=parcels"
    natura = f"{gpkg}|layername=natura2000"
    pilots = f"{gpkg}|layername=pilots"
    out_dir = Path(tempfile.mkdtemp(prefix="a4b_bench_", dir=opts.data))
    steps = {
        "copy": [
            "run",
            "native:savefeatures",
            "--json",
            f"--INPUT={parcels}",
            f"--OUTPUT={out_dir / 'copy.gpkg'}",
        ],
        "join": [
            "run",
            "native:joinbynearest",
            "--json",
            f"--INPUT={parcels}",
            f"--INPUT_2={natura}",
            "--FIELDS_TO_COPY=naam_n2k;nr",
            "--NEIGHBORS=1",
            f"--MAX_DISTANCE={OUTER}",
            "--PREFIX=n2k_",
            "--DISCARD_NONMATCHING=false",
            f"--OUTPUT={out_dir / 'join.gpkg'}",
        ],
        "flag": [
            "run",
            "a4b:flagparcels",
            "--json",
            f"--PARCELS={parcels}",
            f"--NATURA2000={natura}",
            f"--BANDS={BANDS}",
            f"--PILOTS={pilots}",
            "--PILOT_FIELD=name",
            f"--OUTPUT={out_dir / 'flag.gpkg'}",
        ],
    }
    skip = {s.strip() for s in opts.skip.split(",") if s.strip()}
    measured: dict = {}
    runs: dict = {}
    try:
        for round_no in range(max(1, opts.repeat)):
            for name, args in steps.items():
                if name in skip:
                    continue
                out = out_dir / f"{name}.gpkg"
                if out.exists():
                    out.unlink()
                m = run_timed(args, opts.plugins)
                m["features"] = count_features(out)
                runs.setdefault(name, []).append(m["seconds"])
                if name not in measured or m["seconds"] < measured[name]["seconds"]:
                    measured[name] = m
                print(
                    f"{name:5s} run {round_no + 1}: {m['seconds']:8.1f} s (cpu {m['cpu']:6.1f} s)  "
                    f"peak {m['peak_mb']:7.0f} MB  "
                    f"rc={m['rc']}  features={m['features']}",
                    flush=True,
                )
    finally:
        if not opts.keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    if opts.repeat > 1:
        for name, secs in runs.items():
            print(f"{name:5s} fastest {min(secs):.1f} s of {', '.join(f'{x:.1f}' for x in secs)}")
    print(f"\nparcels: {opts.parcels}")
    secs = {n: m["seconds"] for n, m in measured.items()}
    if "flag" in measured:
        res = measured["flag"]["results"]
        counts = {
            k: int(v) for k, v in sorted(res.items()) if k.startswith("COUNT") or k in ("REPAIRED", "SKIPPED")
        }
        print(f"flag results: {counts}")
        if "join" in measured:
            print(f"join / flag : {secs['join'] / secs['flag']:.2f}x  (target >= 6)")
        if "copy" in measured:
            print(f"flag / copy : {secs['flag'] / secs['copy']:.2f}x  (target <= 2)")
        print(f"flag peak memory: {measured['flag']['peak_mb']:.0f} MB  (target < 1536)")
        print(f"flag per 100k parcels: {measured['flag']['seconds'] / opts.parcels * 1e5:.2f} s")
    # joinbynearest writes one row per tie (a parcel inside two overlapping areas), so >= N there
    return exit_status(measured, opts.parcels)


def exit_status(measured: dict, parcels: int) -> int:
    """1 (and say which) when a run failed or wrote fewer than *parcels* features, else 0."""
    failed = [n for n, m in measured.items() if m["rc"] != 0 or m["features"] < parcels]
    if failed:
        print(f"FAILED or incomplete: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
