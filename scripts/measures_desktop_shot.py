"""Tag demo parcels from the Measures panel in the real QGIS desktop under Xvfb; screenshot it.

Usage (QT_QPA_PLATFORM unset)::

    /usr/bin/python3 scripts/measures_desktop_shot.py --plugins STAGED_DIR \
        --out build/measures_dock_desktop.png --locale nl [--qm extra.qm]

Prints the probe's JSON report; exit status 1 when the panel did not write
the expected measures or Python raised an error.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--plugins", type=Path, required=True, help="folder holding the staged a4b_qgis_plugin"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "measures_dock_desktop.png")
    parser.add_argument("--locale", default=None)
    parser.add_argument("--qm", default="", help="an extra translation to install (e.g. not yet merged)")
    args = parser.parse_args()
    os.environ.pop("QT_QPA_PLATFORM", None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="a4b_measures_desktop_"))
    profile = make_profile_root(locale=args.locale)
    # A dirty project at start-up (a panel remembering a setting) makes QGIS ask
    # "save the project?" before anything runs; nobody answers under Xvfb.
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text().replace("[qgis]\n", "[qgis]\naskToSaveProjectChanges=false\n", 1))
    env = qgis_env(args.plugins, profile, offscreen=False)
    report_path = work / "report.json"
    env.update(
        A4B_REPORT=str(report_path),
        A4B_SHOT=str(args.out.resolve()),
        A4B_WORK=str(work),
        A4B_DEMO_GPKG=str(ROOT / "a4b_qgis_plugin" / "resources" / "demo" / "a4b_demo.gpkg"),
        A4B_EXTRA_QM=args.qm,
    )
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck"]
    cmd += ["--code", str(HERE / "measures_desktop_probe.py")]
    try:
        proc = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL
        )
        report = json.loads(report_path.read_text()) if report_path.exists() else {"errors": ["no report"]}
        report["returncode"] = proc.returncode
        if report["errors"] or not report.get("after_grass"):
            report["stderr_tail"] = proc.stderr[-3000:]
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    ok = not report.get("errors") and report.get("after_grass") and report.get("dialogs")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
