"""All-or-nothing writing of export files.

Every output is first written to a hidden temporary file in the target's own
folder (so the final ``os.replace`` is atomic on one file system); only when
every requested output has been written are they moved into place. On any
failure the temporary files are removed, so a failed export never leaves a
half-written file behind nor replaces a good one. A run that is killed
cannot clean up; its temporary files carry its process id, and the next
export to the same file removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from ..common.errors import OutputError
from ..common.i18n import tr

# Files other programs create beside a document they have open.
_SIDECARS = ("-wal", "-shm", "-journal")


def lock_files(path: Path) -> list[Path]:
    """Lock files showing that *path* is open in an office program or SQLite."""
    candidates = [
        path.with_name(f"~${path.name}"),  # Microsoft Office
        path.with_name(f".~lock.{path.name}#"),  # LibreOffice
    ]
    if path.suffix.lower() == ".gpkg":
        # SQLite keeps a write-ahead log only while a connection is open.
        candidates.append(path.with_name(path.name + "-wal"))
    return [candidate for candidate in candidates if candidate.exists()]


def check_target(path: str, open_sources: list[str] | None = None) -> Path:
    """Check that *path* can be written now; raise :class:`OutputError` if not.

    *open_sources* are the file paths of layers open in the current project:
    replacing such a file under QGIS's feet would break those layers.
    """
    target = Path(path).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(tr("The folder {folder} does not exist.").format(folder=folder))
    if target.is_dir():
        raise OutputError(tr("{path} is a folder, not a file.").format(path=target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(tr("Cannot write in the folder {folder} (no permission).").format(folder=folder))
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(tr("Cannot overwrite {path}: the file is read-only.").format(path=target))
    resolved = str(target.resolve())
    for source in open_sources or []:
        if source and os.path.exists(source) and str(Path(source).resolve()) == resolved:
            raise OutputError(
                tr(
                    "{path} is open as a layer in this project. Remove that layer or choose another file."
                ).format(path=target)
            )
    locks = lock_files(target)
    if locks:
        raise OutputError(
            tr(
                "{path} appears to be open in another program ({lock} exists). Close it and try again."
            ).format(path=target, lock=locks[0].name)
        )
    return target


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's process): leave its file alone
    return False


def remove_stale_parts(final: Path) -> list[Path]:
    """Remove the temporary files of earlier, killed exports to *final*; return them."""
    pattern = re.compile(
        rf"^\.{re.escape(final.stem)}\.(\d+)-[^/]*\.part{re.escape(final.suffix)}({'|'.join(_SIDECARS)})?$"
    )
    removed = []
    try:
        names = os.listdir(final.parent)
    except OSError:
        return removed
    for name in names:
        match = pattern.match(name)
        if match and _process_gone(int(match.group(1))):
            try:
                (final.parent / name).unlink()
                removed.append(final.parent / name)
            except OSError:
                pass  # someone else removed it, or no permission: the next run tries again
    return removed


class OutputSet:
    """Temporary files for a set of outputs, committed together or not at all."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, final)

    def temporary_for(self, final: Path) -> Path:
        """A fresh, not yet existing, hidden path beside *final* with its suffix."""
        remove_stale_parts(final)
        try:
            handle, name = tempfile.mkstemp(
                prefix=f".{final.stem}.{os.getpid()}-", suffix=f".part{final.suffix}", dir=final.parent
            )
        except OSError as error:
            raise OutputError(
                tr("Cannot write in the folder {folder}: {reason}").format(
                    folder=final.parent, reason=error.strerror or error
                )
            ) from error
        os.close(handle)
        os.remove(name)  # writers (GDAL) must create the file themselves
        temporary = Path(name)
        self._pending.append((temporary, final))
        return temporary

    def commit(self) -> list[str]:
        """Move every temporary file into place; return the final paths."""
        done = []
        for temporary, final in self._pending:
            if not temporary.exists():
                raise OutputError(tr("The export of {path} produced no file.").format(path=final))
        for temporary, final in self._pending:
            try:
                os.replace(temporary, final)
            except OSError as error:
                raise OutputError(
                    tr("Cannot replace {path}: {reason}. Is it open in another program?").format(
                        path=final, reason=error.strerror or error
                    )
                ) from error
            done.append(str(final))
        self._pending = [(t, f) for t, f in self._pending if t.exists()]
        return done

    def discard(self) -> None:
        """Remove every temporary file (and SQLite side files) still present."""
        for temporary, _final in self._pending:
            for path in [temporary] + [temporary.with_name(temporary.name + s) for s in _SIDECARS]:
                try:
                    path.unlink()
                except FileNotFoundError:
                    pass
                except OSError:
                    pass  # nothing more to do; the hidden name marks it as debris
        self._pending = []
