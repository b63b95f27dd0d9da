"""``make demo``: the main job end to end on the bundled demo data, headless.

1. ``a4b:flagparcels``: every demo parcel gets its distance band to the
   nearest Natura 2000 area, overlap and pilot;
2. ``a4b:overlaypilots``: parcels and hectares per pilot, area and band;
3. ``a4b:tagmeasures``: grassland parcels within 250 m get the measure
   "herb-rich grassland" (eco-regeling) as *proposed* in the register;
4. ``a4b:exportmeasures``: GeoPackage, GeoJSON, CSV, Excel and a PDF map per
   pilot;
5. ``a4b:scoreparcels``: the crop parcels scored on nitrogen, drying,
   fragmentation and proximity with the demo rasters and nature layer, and the
   opportunity map as PDF and PNG (scripts/render_score_map.py).

Runs through ``qgis_process`` in a throwaway profile with the staged plugin,
never the user's own profile, and prints where the outputs are.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from qgis_env import make_profile_root, run_qgis_process  # noqa: E402

ROOT = HERE.parent
DEMO_DIR = ROOT / "a4b_qgis_plugin" / "resources" / "demo"
DEMO = DEMO_DIR / "a4b_demo.gpkg"
HERB_RICH_GRASSLAND = "ECO-KRUIDENGRAS"


def run_step(title: str, alg: str, params: dict, plugins: Path, profile: Path) -> dict:
    """Run one algorithm; stop the demo with its log when it fails."""
    print(f"\n== {title} ({alg})", flush=True)
    args = ["run", alg, "--json", "--"] + [f"{k}={v}" for k, v in params.items()]
    proc = run_qgis_process(args, plugins, profile_root=profile, timeout=1800)
    start = proc.stdout.find("{")
    if proc.returncode != 0 or start < 0:
        print(proc.stdout[-4000:], proc.stderr[-4000:], sep="\n")
        sys.exit(f"{alg} failed (exit {proc.returncode})")
    result = json.loads(proc.stdout[start:])
    log = result.get("log")
    info = log.get("info", "") if isinstance(log, dict) else ""
    lines = info if isinstance(info, list) else str(info).splitlines()
    for line in lines[-12:]:
        print("  " + line)
    return result.get("results", {})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--plugins", type=Path, required=True, help="folder holding the staged a4b_qgis_plugin"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "demo")
    args = parser.parse_args()
    out = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    profile = make_profile_root()
    try:
        flagged = out / "flagged_parcels.gpkg"
        results = run_step(
            "Flag parcels near Natura 2000",
            "a4b:flagparcels",
            {
                "PARCELS": f"{DEMO}|layername=brp_gewaspercelen",
                "NATURA2000": f"{DEMO}|layername=natura2000",
                "BANDS": "100,250,500,1000",
                "PILOTS": f"{DEMO}|layername=pilots",
                "PILOT_FIELD": "name",
                "OUTPUT": flagged,
            },
            args.plugins,
            profile,
        )
        print("  " + ", ".join(f"{k}={v}" for k, v in sorted(results.items()) if k != "OUTPUT"))

        overlay = out / "pilot_overlay.csv"
        run_step(
            "Overlay pilot boundaries",
            "a4b:overlaypilots",
            {
                "PILOTS": f"{DEMO}|layername=pilots",
                "PILOT_FIELD": "name",
                "NATURA2000": f"{DEMO}|layername=natura2000",
                "PARCELS": f"{flagged}|layername=flagged_parcels",
                "BANDS": "100,250,500,1000",
                "OUTPUT": overlay,
            },
            args.plugins,
            profile,
        )

        register = out / "a4b_work.gpkg"
        subset = '"category" = \'Grasland\' AND "n2k_dist_m" <= 250'
        results = run_step(
            "Tag grassland within 250 m with herb-rich grassland",
            "a4b:tagmeasures",
            {
                "PARCELS": f"{flagged}|layername=flagged_parcels|subset={subset}",
                "MEASURE": HERB_RICH_GRASSLAND,
                "STATUS": "proposed",
                "REGISTER": register,
                "NOTES": "make demo",
            },
            args.plugins,
            profile,
        )
        print(f"  measures written: {results.get('MEASURES_WRITTEN')}")

        exports = {
            "OUTPUT_GPKG": out / "measures_export.gpkg",
            "OUTPUT_GEOJSON": out / "measures.geojson",
            "OUTPUT_CSV": out / "measures.csv",
            "OUTPUT_XLSX": out / "measures.xlsx",
            "OUTPUT_PDF": out / "measures_per_pilot.pdf",
        }
        run_step(
            "Export measures",
            "a4b:exportmeasures",
            {
                "REGISTER": f"{register}|layername=measures",
                "NATURA2000": f"{DEMO}|layername=natura2000",
                "PILOT_BOUNDARIES": f"{DEMO}|layername=pilots",
                **exports,
            },
            args.plugins,
            profile,
        )

        scored = out / "scored_parcels.gpkg"
        crops = "\"category\" IN ('Grasland','Bouwland')"
        results = run_step(
            "Score the crop parcels for measures",
            "a4b:scoreparcels",
            {
                "PARCELS": f"{flagged}|layername=flagged_parcels|subset={crops}",
                "NATURA2000": f"{DEMO}|layername=natura2000",
                "NATURE": DEMO_DIR / "demo_nature.geojson",
                "PILOTS": f"{DEMO}|layername=pilots",
                "PILOT_FIELD": "name",
                "DEPOSITION": DEMO_DIR / "demo_deposition.tif",
                "GROUNDWATER": DEMO_DIR / "demo_glg.tif",
                "ELEVATION": DEMO_DIR / "demo_elevation.tif",
                "OUTPUT": scored,
            },
            args.plugins,
            profile,
        )
        print("  " + ", ".join(f"{k}={v}" for k, v in sorted(results.items()) if k != "OUTPUT"))
    finally:
        shutil.rmtree(profile, ignore_errors=True)

    print("\n== Opportunity map (PDF and PNG)", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(HERE / "render_score_map.py"),
            str(scored),
            str(DEMO),
            str(DEMO_DIR / "demo_nature.geojson"),
            str(out / "opportunity_map"),
        ],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
    )
    maps = [out / "opportunity_map.pdf", out / "opportunity_map.png"]

    print("\nDemo outputs:")
    for path in [flagged, overlay, register, *exports.values(), scored, *maps]:
        state = f"{path.stat().st_size:>10,} bytes" if path.exists() else "   MISSING"
        print(f"  {state}  {path}")
    missing = [p for p in [flagged, overlay, register, *exports.values(), scored, *maps] if not p.exists()]
    if missing:
        sys.exit(f"{len(missing)} outputs missing")


if __name__ == "__main__":
    main()
