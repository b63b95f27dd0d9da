"""Run a4b:flagparcels or a4b:overlaypilots with a file size limit, as on a full disk.

Run as a separate process by tests/test_output_guard.py:
``python full_disk_probe.py ALGORITHM OUTPUT LIMIT_BYTES`` (0: no limit). With RLIMIT_FSIZE
set (and SIGXFSZ ignored), every write past the limit fails with EFBIG the way
a write on a full disk fails with ENOSPC. Prints one JSON line: the outcome.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")


def _square(x: float, y: float, size: float) -> str:
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def _layer(spec: str, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&{spec}", "layer", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def main() -> None:
    algorithm, output, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from a4b_qgis_plugin.processing_provider.provider import A4BProvider

    provider = A4BProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    natura = _layer(
        "field=naam_n2k:string&field=nr:integer",
        [(_square(i * 300, 0, 100), [f"Area {i}", i + 1]) for i in range(20)],
    )
    pilots = _layer("field=name:string", [(_square(-100, -100, 7000), [f"Pilot {i}"]) for i in range(5)])
    if algorithm == "flagparcels":
        parcels = _layer(
            "field=code:string",
            [(_square((i % 200) * 20, (i // 200) * 20, 10), [f"p{i}"]) for i in range(20000)],
        )
        params = {"PARCELS": parcels, "NATURA2000": natura, "BANDS": "100", "OUTPUT": output}
    else:
        parcels = _layer(
            "field=category:string", [(_square(i * 50, 500, 10), ["Grasland"]) for i in range(100)]
        )
        bands = ",".join(str(50 * (i + 1)) for i in range(50))
        params = {
            "PILOTS": pilots,
            "NATURA2000": natura,
            "PARCELS": parcels,
            "BANDS": bands,
            "OUTPUT": output,
        }
    if limit:  # 0: no limit, to write a good output first
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        result = processing.run(f"a4b:{algorithm}", params)
        outcome = {"ok": True, "result": {k: v for k, v in result.items() if isinstance(v, (int, str))}}
    except Exception as error:  # the outcome is what the test checks
        outcome = {"ok": False, "error": str(error)}
    print("OUTCOME " + json.dumps(outcome), flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
