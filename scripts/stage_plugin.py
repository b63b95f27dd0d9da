"""Stage the plugin as QGIS installs it; optionally zip or deploy it.

The staged folder holds the package, ``metadata.txt`` and ``LICENSE`` from the
repository root, and the compiled ``.qm`` translations, never tests or caches.
"""

from __future__ import annotations

import argparse
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "a4b_qgis_plugin"
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}


def plugin_files() -> list[tuple[Path, str]]:
    """(source, path inside the zip) of every file the plugin ships."""
    files = []
    for path in sorted((ROOT / PLUGIN).rglob("*")):
        rel = path.relative_to(ROOT)
        if path.is_dir() or SKIP_DIRS & set(rel.parts) or path.suffix in SKIP_SUFFIXES:
            continue
        if rel.name in ("metadata.txt", "LICENSE"):
            continue  # staged from the root below
        if path.name.endswith("-wal") or path.name.endswith("-shm"):
            continue
        files.append((path, rel.as_posix()))
    files.append((ROOT / "metadata.txt", f"{PLUGIN}/metadata.txt"))
    files.append((ROOT / "LICENSE", f"{PLUGIN}/LICENSE"))
    return files


def stage(target_root: Path) -> Path:
    """Copy the plugin into ``target_root/a4b_qgis_plugin`` (replacing it)."""
    dest = target_root / PLUGIN
    if dest.exists():
        shutil.rmtree(dest)
    for src, rel in plugin_files():
        out = target_root / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, out)
    return dest


def make_zip(zip_path: Path) -> Path:
    """Zip the plugin with exactly one top folder ``a4b_qgis_plugin/``."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for src, rel in plugin_files():
            zf.write(src, rel)
    return zip_path


def default_profile_plugins() -> Path:
    """The python/plugins folder of the user's default QGIS profile."""
    return Path.home() / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stage_dir", type=Path)
    parser.add_argument("--zip", type=Path, help="also write this zip")
    parser.add_argument("--deploy", action="store_true", help="also copy into the default QGIS profile")
    args = parser.parse_args()
    staged = stage(args.stage_dir)
    if args.zip:
        print(f"Wrote {make_zip(args.zip)}")
    if args.deploy:
        target = default_profile_plugins()
        target.mkdir(parents=True, exist_ok=True)
        deployed = stage(target)
        print(f"Deployed to {deployed}; restart QGIS and enable it in Plugins > Manage and Install Plugins.")
    elif not args.zip:
        print(f"Staged {staged}")


if __name__ == "__main__":
    main()
