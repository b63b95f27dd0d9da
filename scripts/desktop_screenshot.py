"""Start the real QGIS desktop under Xvfb with the plugin and screenshot it.

Uses a throwaway profile (plugin enabled), a copy of the demo data and
``qgis --code <probe>``; prints the probe's JSON report and the screenshot
path. Scenarios (each a probe script run inside QGIS):

* ``overview`` (desktop_probe.py): the plugin loaded, the pilot workspace on
  the demo data with its parcels flagged, then unload/reload twice;
* ``measures`` (measures_desktop_probe.py): tag demo parcels by clicking in
  the Measures panel, answer the category warning, read the totals;
* ``panels`` (panels_desktop_probe.py): the whole screen with each panel in
  front after "Open the demo pilot" and after tagging, and the panels'
  minimum heights (``--screen 1366x768``; ``--scale 1.25`` for a 1920x1080
  screen at 125 %).

Exit status 1 when the scenario did not run cleanly. QT_QPA_PLATFORM must be
unset here: the desktop under xvfb-run dies on signal 11 when it is
"offscreen".
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from qgis_env import make_profile_root, qgis_env  # noqa: E402

ROOT = HERE.parent
DEMO = ROOT / "a4b_qgis_plugin" / "resources" / "demo" / "a4b_demo.gpkg"
PROBES = {
    "overview": HERE / "desktop_probe.py",
    "measures": HERE / "measures_desktop_probe.py",
    "panels": HERE / "panels_desktop_probe.py",
}


def run(
    plugins: Path,
    out: Path,
    locale: str | None = None,
    scenario: str = "overview",
    extra_qm: str = "",
    timeout: int = 300,
    screen: str = "1600x1000",
    scale: float | None = None,
) -> dict:
    """Run one scenario in the desktop; return the probe's report."""
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="a4b_desktop_"))
    profile = make_profile_root(locale=locale)
    env = qgis_env(plugins, profile, offscreen=False)
    report_path = work / "report.json"
    demo_copy = work / "a4b_demo.gpkg"
    shutil.copy(DEMO, demo_copy)  # QGIS may write to a GeoPackage it opens
    env.update(
        A4B_REPORT=str(report_path),
        A4B_SHOT=str(out.resolve()),
        A4B_WORK=str(work),
        A4B_DEMO_GPKG=str(demo_copy),
        A4B_EXTRA_QM=extra_qm,
    )
    if scale:
        # what a desktop set to 125 % gives Qt: logical pixels are 1.25 device pixels
        env["QT_SCALE_FACTOR"] = str(scale)
    cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", "qgis", "--nologo", "--noversioncheck"]
    cmd += ["--code", str(PROBES[scenario])]
    try:
        proc = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
        report = json.loads(report_path.read_text()) if report_path.exists() else {"errors": ["no report"]}
        report["returncode"] = proc.returncode
        report["stderr_tail"] = proc.stderr[-3000:]
        stall = Path(str(report_path) + ".stall.txt")
        if stall.exists() and stall.read_text().strip():
            report.setdefault("errors", []).append("QGIS stalled:\n" + stall.read_text()[-3000:])
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def scenario_ok(scenario: str, report: dict) -> bool:
    """Did the scenario do what it is meant to?"""
    if report.get("errors") or report.get("python_errors"):
        return False
    if scenario == "measures":
        return bool(report.get("after_grass") and report.get("dialogs"))
    if scenario == "panels":
        return len(report.get("shots", [])) == 4 and bool(report.get("tagged"))
    return bool(report.get("loaded"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--plugins", type=Path, required=True, help="folder holding the staged a4b_qgis_plugin"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshot.png")
    parser.add_argument("--locale", default=None, help="e.g. nl for the Dutch interface")
    parser.add_argument("--scenario", choices=sorted(PROBES), default="overview")
    parser.add_argument("--qm", default="", help="an extra translation to install")
    parser.add_argument("--screen", default="1600x1000", help="Xvfb screen size, e.g. 1366x768")
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR, e.g. 1.25")
    args = parser.parse_args()
    os.environ.pop("QT_QPA_PLATFORM", None)
    report = run(
        args.plugins, args.out, args.locale, args.scenario, args.qm, screen=args.screen, scale=args.scale
    )
    shown = {k: v for k, v in report.items() if k != "stderr_tail" or not scenario_ok(args.scenario, report)}
    print(json.dumps(shown, indent=1, ensure_ascii=False))
    print(f"Screenshot: {args.out.resolve()}")
    sys.exit(0 if scenario_ok(args.scenario, report) else 1)


if __name__ == "__main__":
    main()
