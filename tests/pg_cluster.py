"""A throwaway PostgreSQL cluster with PostGIS for the team register tests.

The cluster lives in a new temporary folder, listens on 127.0.0.1 on a free
port (and on a socket in that folder), and is stopped and removed by
:meth:`Cluster.stop`. PostgreSQL refuses to run as root, so when the tests
run as root (CI) the cluster runs as an unprivileged system user, created
with ``useradd`` when missing. Logins use passwords (scram-sha-256) read by
libpq from a ``.pgpass`` file the cluster writes (``PGPASSFILE``), the way a
user's own machine would.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

TEST_USER = "a4btest"  # the system user the cluster runs as when the tests run as root
SUPERUSER = "a4b_admin"
DATABASE = "a4b_team"
START_TIMEOUT_S = 120

# Run beside the tests: when their process is gone without stopping the cluster (killed,
# crashed), stop it and remove its folder. Arguments: test pid, pg_ctl, data dir, folder, uid, gid.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, pg_ctl, data, folder, uid, gid = sys.argv[1:]
while True:
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        break
    time.sleep(1)
extra = {"user": int(uid), "group": int(gid), "extra_groups": []} if int(uid) >= 0 else {}
subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True, **extra)
shutil.rmtree(folder, ignore_errors=True)
"""


def binaries() -> Optional[Path]:
    """The newest PostgreSQL bin folder holding initdb and pg_ctl, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
    )
    return Path(found[-1]).parent if found else None


def postgis_available(bin_dir: Path) -> bool:
    """Whether the PostGIS extension is installed for this PostgreSQL version."""
    return Path("/usr/share/postgresql", bin_dir.parent.name, "extension", "postgis.control").exists()


def why_not() -> str:
    """Why no cluster can run here ("" when it can)."""
    bin_dir = binaries()
    if bin_dir is None:
        return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; `make deps` installs it)"
    if not postgis_available(bin_dir):
        return f"PostGIS is not installed for PostgreSQL {bin_dir.parent.name} (`make deps` installs it)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed (python3-psycopg2; `make deps` installs it)"
    return ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> Optional[pwd.struct_passwd]:
    """The unprivileged user to run the cluster as (None: the current user is not root)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        pass
    made = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
        capture_output=True,
        text=True,
    )
    if made.returncode == 0:
        return pwd.getpwnam(TEST_USER)
    return pwd.getpwnam("nobody")


class Cluster:
    """One running cluster: ``dsn(user)`` connects, ``stop()`` removes everything."""

    def __init__(self) -> None:
        self.bin = binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="a4b_pg_"))
        self.data = self.folder / "data"
        self.port = 0
        self.password = secrets.token_hex(12)
        self.passfile = self.folder / "pgpass"
        self.user = _run_as()
        self.running = False
        self.watchdog: Optional[subprocess.Popen] = None

    def _cmd(self, args: list, **kwargs) -> subprocess.CompletedProcess:
        if self.user is not None:
            kwargs.update(user=self.user.pw_uid, group=self.user.pw_gid, extra_groups=[])
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        return subprocess.run(
            args, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, cwd=self.folder, **kwargs
        )

    def start(self) -> Cluster:
        """initdb, start on a free port, create the database with PostGIS."""
        if self.user is not None:
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        os.chmod(self.folder, 0o755)
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if self.user is not None:
            os.chown(pwfile, self.user.pw_uid, self.user.pw_gid)
        done = self._cmd(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        )
        pwfile.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        for _attempt in range(5):
            self.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={self.port} -k {self.folder} "
                "-c fsync=off -c max_connections=60"
            )
            done = self._cmd(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.folder / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    str(START_TIMEOUT_S),
                    "start",
                ]
            )
            if done.returncode == 0:
                self.running = True
                break
        if not self.running:
            log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log}")
        ids = (self.user.pw_uid, self.user.pw_gid) if self.user is not None else (-1, -1)
        self.watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.bin / "pg_ctl"), str(self.data)]
            + [str(self.folder), str(ids[0]), str(ids[1])],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # outlives a killed test run's process group
        )
        self.passfile.write_text(f"127.0.0.1:{self.port}:*:*:{self.password}\n")
        os.chmod(self.passfile, 0o600)
        self.execute(f'CREATE DATABASE "{DATABASE}"', database="postgres")
        self.execute("CREATE EXTENSION postgis")
        return self

    def uri(self, user: str = SUPERUSER, schema: str = "a4b") -> str:
        """The register URI the plugin takes (no password: libpq reads it from PGPASSFILE)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{DATABASE}?schema={schema}"

    def dsn(self, user: str = SUPERUSER, database: str = DATABASE) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user} passfile={self.passfile}"

    def connect(self, user: str = SUPERUSER, database: str = DATABASE):
        import psycopg2

        conn = psycopg2.connect(self.dsn(user, database))
        conn.autocommit = True
        return conn

    def execute(self, sql: str, params: tuple = (), user: str = SUPERUSER, database: str = DATABASE) -> list:
        """Run one statement (autocommit) and return its rows, if any."""
        conn = self.connect(user, database)
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            conn.close()

    def add_login(self, name: str, *roles: str) -> str:
        """A login role *name* (password from the pass file) that is a member of *roles*."""
        self.execute(f'DROP ROLE IF EXISTS "{name}"')
        self.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD %s', (self.password,))
        for role in roles:
            self.execute(f'GRANT "{role}" TO "{name}"')
        return name

    def stop(self) -> None:
        """Stop the server (fast shutdown) and remove the folder; safe to call twice."""
        if self.watchdog is not None:
            self.watchdog.kill()
            self.watchdog.wait()
            self.watchdog = None
        if self.running and self.bin is not None:
            self._cmd([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)
