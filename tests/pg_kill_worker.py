"""A process that dies in the middle of a team register write (for the kill test).

Usage: pg_kill_worker.py REGISTER_URI ROWS

Inserts ROWS measures through the register; after the INSERT has reached the
server, but before the COMMIT, it prints ``STALLED`` and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qgis.core import QgsApplication


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    import psycopg2.extras
    from register_worker import rows

    from a4b_qgis_plugin.core.register.backend import open_register

    real = psycopg2.extras.execute_values

    def insert_then_stall(*args, **kwargs):
        real(*args, **kwargs)
        print("STALLED", flush=True)
        time.sleep(600)  # killed long before

    psycopg2.extras.execute_values = insert_then_stall
    open_register(sys.argv[1]).add_measures(rows("killed", 0, int(sys.argv[2])))
    app.exitQgis()


if __name__ == "__main__":
    main()
