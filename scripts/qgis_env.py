"""Run QGIS programs (qgis_process, the desktop) in a throwaway profile.

Shared by ``make demo``, ``make screenshot``, the benchmark and the tests, so
nothing ever touches the user's own QGIS profile.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PLUGIN = "a4b_qgis_plugin"


def qgis_process_binary() -> str:
    """The qgis_process executable to call.

    On Debian 12 the ``qgis_process`` wrapper passes ``--noversioncheck``,
    which the binary rejects, so call ``qgis_process.bin`` where it exists.
    """
    for candidate in ("/usr/bin/qgis_process.bin", "/usr/bin/qgis_process"):
        if os.path.exists(candidate):
            return candidate
    found = shutil.which("qgis_process")
    if not found:
        raise RuntimeError("qgis_process not found: install the Debian package 'qgis'")
    return found


def make_profile_root(plugin_names=(PLUGIN,), locale: str | None = None) -> Path:
    """A fresh QGIS settings root whose default profile enables the plugins.

    qgis_process loads a plugin found through QGIS_PLUGINPATH only when the
    profile's QGIS3.ini says ``[PythonPlugins] <name>=true``.
    """
    root = Path(tempfile.mkdtemp(prefix="a4b_qgis_profile_"))
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    lines = ["[PythonPlugins]"] + [f"{name}=true" for name in plugin_names]
    lines += [
        "",
        "[qgis]",
        "showTips=false",
        "checkVersion=false",
        "allowVersionCheck=false",
        "askToSaveProjectChanges=false",
        "askToSaveMemoryLayers=false",
    ]
    lines += ["", "[UI]", "hidebrowser=true"]
    if locale:
        lines += ["", "[locale]", "overrideFlag=true", f"userLocale={locale}", f"globalLocale={locale}"]
    ini.write_text("\n".join(lines) + "\n")
    return root


def qgis_env(plugin_path: str | Path, profile_root: Path, offscreen: bool = True) -> dict:
    """Environment for a QGIS program using *profile_root* and *plugin_path*."""
    env = dict(os.environ)
    env["QGIS_PLUGINPATH"] = str(Path(plugin_path).resolve())
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profile_root)
    env["QGIS_DISABLE_MESSAGE_HOOKS"] = "1"
    env["XDG_RUNTIME_DIR"] = env.get("XDG_RUNTIME_DIR") or tempfile.mkdtemp(prefix="a4b_xdg_")
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        # The desktop under xvfb-run dies on signal 11 with offscreen set.
        env.pop("QT_QPA_PLATFORM", None)
    # pyenv shims and virtualenvs must not shadow Debian's Python for QGIS.
    env.pop("PYTHONHOME", None)
    env.pop("VIRTUAL_ENV", None)
    return env


def run_qgis_process(
    args: list[str],
    plugin_path: str | Path,
    profile_root: Path | None = None,
    timeout: float | None = None,
    **kwargs,
) -> subprocess.CompletedProcess:
    """Run ``qgis_process ARGS`` with the plugin enabled in a throwaway profile."""
    root = profile_root or make_profile_root()
    try:
        return subprocess.run(
            [qgis_process_binary(), *args],
            env=qgis_env(plugin_path, root),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            **kwargs,
        )
    finally:
        if profile_root is None:
            shutil.rmtree(root, ignore_errors=True)
