"""Start the real QGIS desktop under Xvfb with the plugin, screenshot it.

Uses a throwaway profile (plugin enabled) and ``qgis --code desktop_probe.py``;
prints the screenshot path and the probe's JSON report. Exit status 1 when
the plugin did not load cleanly. QT_QPA_PLATFORM must be unset here: the
desktop under xvfb-run dies on signal 11 when it is "offscreen".
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


def run(plugins: Path, out: Path, locale: str | None = None, timeout: int = 240) -> dict:
    """Run the desktop probe; return its report (with 'python_errors')."""
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="a4b_desktop_"))
    profile = make_profile_root(locale=locale)
    env = qgis_env(plugins, profile, offscreen=False)
    report_path = work / "report.json"
    env.update(
        A4B_REPORT=str(report_path),
        A4B_SHOT=str(out.resolve()),
        A4B_DEMO_GPKG=str(ROOT / "a4b_qgis_plugin" / "resources" / "demo" / "a4b_demo.gpkg"),
    )
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1000x24",
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--code",
        str(HERE / "desktop_probe.py"),
    ]
    try:
        proc = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
        report = json.loads(report_path.read_text()) if report_path.exists() else {"errors": ["no report"]}
        report["returncode"] = proc.returncode
        report["stderr_tail"] = proc.stderr[-3000:]
        report.setdefault("python_errors", ["no report from the probe"])
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--plugins", type=Path, required=True, help="folder holding the staged a4b_qgis_plugin"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshot.png")
    parser.add_argument("--locale", default=None, help="e.g. nl for the Dutch interface")
    args = parser.parse_args()
    os.environ.pop("QT_QPA_PLATFORM", None)
    report = run(args.plugins, args.out, args.locale)
    print(json.dumps({k: v for k, v in report.items() if k != "stderr_tail"}, indent=1))
    print(f"Screenshot: {args.out.resolve()}")
    ok = report.get("loaded") and not report.get("errors") and not report.get("python_errors")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
