"""Benchmark ``a4b:scoreparcels`` against ``native:zonalstatisticsfb`` at national scale.

Uses the flagging benchmark's synthetic parcels, Natura 2000 areas and pilots
(bench_data.py, cached in bench/data/) and adds two deterministic rasters over
the whole Netherlands-sized extent (EPSG:28992, tiled, compressed GeoTIFF):

* a 1 x 1 km nitrogen deposition raster (mol N/ha/yr, like RIVM's GDN map);
* a 25 x 25 m lowest groundwater depth raster (m, like BRO's GLG map;
  10,600 x 12,560 cells, written strip by strip), with nodata patches.

Then runs, each as a separate ``qgis_process`` in a throwaway profile, all
writing GeoPackage:

1. ``native:zonalstatisticsfb`` (mean) on the deposition raster;
2. ``native:zonalstatisticsfb`` (mean) on the groundwater raster;
3. ``a4b:scoreparcels`` with both rasters, the Natura 2000 areas and the
   pilots (means by area share, links and gap, distance, score, rank);
4. ``a4b:scoreparcels`` with the two rasters only (``means``): the part that
   does what the two zonal statistics do.

Prints wall time and peak memory (max RSS of the process, from wait4) of each
step, and the scoring time against the two zonal statistics together. With
``--elevation`` the groundwater raster also stands in for a terrain model, to
time the elevation difference too. Not a test: run it as

    /usr/bin/python3 bench/bench_score_parcels.py --plugins build/stage --parcels 200000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_data  # noqa: E402
from bench_flag_parcels import count_features, exit_status, run_timed  # noqa: E402

NODATA = -9999.0


def _field(x: np.ndarray, y: np.ndarray, seed: int) -> np.ndarray:
    """A smooth deterministic field in 0..1 over RD coordinates (sums of waves)."""
    rng = np.random.default_rng(seed)
    out = np.zeros(np.broadcast(x, y).shape)
    for _ in range(6):
        kx, ky = rng.uniform(2e-5, 2e-4, 2) * rng.choice([-1, 1], 2)
        out += np.sin(kx * x + ky * y + rng.uniform(0, 2 * np.pi))
    return (out / 6 + 1) / 2


def write_raster(path: Path, cell: float, seed: int, low: float, high: float, holes: bool) -> Path:
    """A Float32 GeoTIFF over the benchmark extent, written in strips (never whole in memory)."""
    if path.exists():
        return path
    x0, y0, x1, y1 = bench_data.EXTENT
    cols, rows = int(np.ceil((x1 - x0) / cell)), int(np.ceil((y1 - y0) / cell))
    tmp = path.with_suffix(".tmp.tif")
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "BIGTIFF=IF_SAFER"]
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp), cols, rows, 1, gdal.GDT_Float32, options)
    ds.SetGeoTransform((x0, cell, 0.0, y1, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    xs = x0 + (np.arange(cols) + 0.5) * cell
    strip = max(1, 2_000_000 // cols)
    for r0 in range(0, rows, strip):
        ys = y1 - (np.arange(r0, min(rows, r0 + strip)) + 0.5) * cell
        gx, gy = np.meshgrid(xs, ys)
        values = low + (high - low) * _field(gx, gy, seed)
        values = np.round(values, 2)  # centimetres / whole mol: compresses like real data
        if holes:  # built-up and open water: no value, as in the BRO maps
            values[_field(gx * 7, gy * 7, seed + 1) > 0.93] = NODATA
        band.WriteArray(values.astype(np.float32), 0, r0)
    ds = None
    tmp.rename(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plugins", required=True, type=Path, help="staged plugin folder (make stage)")
    parser.add_argument("--parcels", type=int, default=200_000, help="number of parcels")
    parser.add_argument("--data", type=Path, default=HERE / "data", help="folder for generated data")
    parser.add_argument("--skip", default="", help="comma-separated steps to skip: zs_dep,zs_gw,score,means")
    parser.add_argument("--elevation", action="store_true", help="also pass the 25 m raster as ELEVATION")
    parser.add_argument("--keep", action="store_true", help="keep the outputs")
    opts = parser.parse_args()

    opts.data.mkdir(parents=True, exist_ok=True)
    gpkg = opts.data / f"bench_{opts.parcels}.gpkg"
    t0 = time.perf_counter()
    bench_data.make_dataset(gpkg, opts.parcels)
    dep = write_raster(opts.data / "deposition_1km.tif", 1000.0, 11, 700.0, 3200.0, holes=False)
    glg = write_raster(opts.data / "glg_25m.tif", 25.0, 12, 0.2, 3.5, holes=True)
    print(f"data ready in {time.perf_counter() - t0:.1f} s: {gpkg.name}, {dep.name}, {glg.name}")
    parcels = f"{gpkg}|layername=parcels"
    out_dir = Path(tempfile.mkdtemp(prefix="a4b_bench_score_", dir=opts.data))

    def zonal(raster: Path, name: str) -> list[str]:
        return [
            "run",
            "native:zonalstatisticsfb",
            "--json",
            f"--INPUT={parcels}",
            f"--INPUT_RASTER={raster}",
            "--RASTER_BAND=1",
            "--COLUMN_PREFIX=zs_",
            "--STATISTICS=2",
            f"--OUTPUT={out_dir / (name + '.gpkg')}",
        ]

    score = [
        "run",
        "a4b:scoreparcels",
        "--json",
        f"--PARCELS={parcels}",
        f"--NATURA2000={gpkg}|layername=natura2000",
        f"--PILOTS={gpkg}|layername=pilots",
        "--PILOT_FIELD=name",
        f"--DEPOSITION={dep}",
        f"--GROUNDWATER={glg}",
        f"--OUTPUT={out_dir / 'score.gpkg'}",
    ]
    if opts.elevation:
        score.append(f"--ELEVATION={glg}")
    # the raster means alone: the part that does what the zonal statistics do
    means_only = [a for a in score if not a.startswith(("--NATURA2000", "--PILOTS", "--PILOT_FIELD"))]
    means_only[-1] = f"--OUTPUT={out_dir / 'means.gpkg'}"
    steps = {
        "zs_dep": zonal(dep, "zs_dep"),
        "zs_gw": zonal(glg, "zs_gw"),
        "score": score,
        "means": means_only,
    }
    skip = {s.strip() for s in opts.skip.split(",") if s.strip()}
    measured = {}
    try:
        for name, args in steps.items():
            if name in skip:
                continue
            m = run_timed(args, opts.plugins)
            m["features"] = count_features(out_dir / f"{name}.gpkg")
            measured[name] = m
            print(
                f"{name:7s} {m['seconds']:8.1f} s (cpu {m['cpu']:6.1f} s)  peak {m['peak_mb']:7.0f} MB  "
                f"rc={m['rc']}  features={m['features']}",
                flush=True,
            )
    finally:
        if not opts.keep:
            shutil.rmtree(out_dir, ignore_errors=True)
    print(f"\nparcels: {opts.parcels}{' (elevation difference on)' if opts.elevation else ''}")
    if "score" in measured:
        res = measured["score"]["results"]
        print("score results: " + ", ".join(f"{k}={int(v)}" for k, v in sorted(res.items()) if k != "OUTPUT"))
        if "zs_dep" in measured and "zs_gw" in measured:
            both = measured["zs_dep"]["seconds"] + measured["zs_gw"]["seconds"]
            print(f"zonal statistics, both rasters: {both:.1f} s")
            print(f"(zonal both) / score : {both / measured['score']['seconds']:.2f}x  (target > 1)")
        print(f"score peak memory: {measured['score']['peak_mb']:.0f} MB  (target < 1536)")
        if "means" in measured and "zs_dep" in measured and "zs_gw" in measured:
            print(f"(zonal both) / means : {both / measured['means']['seconds']:.2f}x")
        print(f"score per 100k parcels: {measured['score']['seconds'] / opts.parcels * 1e5:.2f} s")
    return exit_status(measured, opts.parcels)


if __name__ == "__main__":
    sys.exit(main())
