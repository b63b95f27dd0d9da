"""A register with one measure planted for each check rule, clean measures around them.

Parcels are 100 m squares (1 ha) in EPSG:28992, 200 m apart; the pilot
boundary holds all but one; a Natura 2000 area lies west of them, touched by
parcel PN. Every measure is written through the register itself, so its
history is real (the impossible status step included).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer

from a4b_qgis_plugin.core.common.qt_compat import field_type

X0, Y0 = 150000.0, 450000.0
OLD = "2024-01-01T00:00:00.000Z"

# name: (x of the lower-left corner, BRP category)
PARCELS = {f"P{i}": (X0 + i * 200.0, "Bouwland" if i in (1, 12) else "Grasland") for i in range(14)}
PARCELS["PN"] = (X0 - 500.0, "Grasland")  # touches the Natura 2000 area
PARCELS["POUT"] = (X0 + 5000.0, "Grasland")  # outside the pilot boundary


def square(x: float, width: float = 100.0) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {Y0},{x + width} {Y0},{x + width} {Y0 + 100},{x} {Y0 + 100},{x} {Y0}))"
    )


def bowtie(x: float) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {Y0},{x + 100} {Y0 + 100},{x + 100} {Y0},{x} {Y0 + 100},{x} {Y0}))"
    )


# label: (parcel, code, status, quantity, cost, revenue, geometry kind, created_at)
MEASURES = {
    "clean_grass": ("P0", "ECO-KRUIDENGRAS", "agreed", 1.0, 0.0, 181.0, "parcel", None),
    "clean_arable": ("P1", "ANLB-AKKERRAND", "proposed", 1.0, 10.0, 0.0, "parcel", None),
    "clean_pond": ("P2", "SNL-L01.01", "proposed", 3.0, 0.0, 0.0, "parcel", None),
    "clean_idea_overlap": ("P0", "PILOT-OMVORMING-NATUUR", "idea", 1.0, 0.0, 0.0, "parcel", None),
    "clean_near_n2k": ("PN", "PILOT-NATUURHERSTEL-N2K", "agreed", 1.0, 0.0, 0.0, "parcel", None),
    "dropped_unknown": ("P3", "NOT-A-CODE", "dropped", 9.0, None, None, "parcel", OLD),
    "geometry": ("P4", "ECO-LANGJARIG-GRASLAND", "agreed", 1.0, 0.0, 91.0, "bowtie", None),
    "code": ("P5", "ECO-UNKNOWN", "agreed", 1.0, 0.0, 0.0, "parcel", None),
    "quantity": ("P6", "ECO-KRUIDENGRAS", "agreed", 1.5, 0.0, 271.5, "parcel", None),
    "extent": ("P7", "ECO-KRUIDENGRAS", "agreed", 1.1, 0.0, 199.1, "wide", None),
    "incompatible_nature": ("P8", "PILOT-OMVORMING-NATUUR", "agreed", 1.0, 0.0, 0.0, "parcel", None),
    "incompatible_eco": ("P8", "ECO-KRUIDENGRAS", "agreed", 1.0, 0.0, 181.0, "parcel", None),
    "transition": ("P9", "ECO-KRUIDENGRAS", "idea", 1.0, 0.0, 181.0, "parcel", None),
    "category": ("P10", "ECO-RUSTGEWAS-R1", "agreed", 1.0, 0.0, 105.0, "parcel", None),
    "outside_pilot": ("POUT", "ECO-KRUIDENGRAS", "agreed", 1.0, 0.0, 181.0, "parcel", None),
    "n2k_distance": ("P11", "PILOT-NATUURHERSTEL-N2K", "agreed", 1.0, 0.0, 0.0, "parcel", None),
    "money": ("P12", "ANLB-AKKERRAND", "agreed", 1.0, None, 0.0, "parcel", None),
    "stale": ("P13", "ECO-KRUIDENGRAS", "proposed", 1.0, 0.0, 181.0, "parcel", OLD),
}

# label: (rule code, severity); exactly what the check must find.
EXPECTED = {
    ("geometry", "H-GEOMETRY", "hard"),
    ("code", "H-CODE", "hard"),
    ("quantity", "H-QUANTITY", "hard"),
    ("extent", "H-PARCEL-EXTENT", "hard"),
    ("incompatible_nature", "H-INCOMPATIBLE", "hard"),
    ("incompatible_eco", "H-INCOMPATIBLE", "hard"),
    ("transition", "H-TRANSITION", "hard"),
    ("category", "S-BRP-CATEGORY", "soft"),
    ("outside_pilot", "S-OUTSIDE-PILOT", "soft"),
    ("n2k_distance", "S-N2K-DISTANCE", "soft"),
    ("money", "S-MONEY-MISSING", "soft"),
    ("stale", "S-STALE-PROPOSED", "soft"),
}


def uuid_of(label: str) -> str:
    return f"00000000-0000-4000-8000-{sorted(MEASURES).index(label):012d}"


def label_of(uuid: str) -> str:
    return sorted(MEASURES)[int(uuid.rsplit("-", 1)[1])]


def _memory_layer(name: str, fields: list[tuple[str, str]], rows: list[tuple[QgsGeometry, list]]):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type(k)) for n, k in fields])
    layer.updateFields()
    features = []
    for geometry, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def parcel_layer() -> QgsVectorLayer:
    """The parcels, named "parcels", with ``identificatie`` and ``category``."""
    rows = [(square(x), [name, category]) for name, (x, category) in PARCELS.items()]
    return _memory_layer("parcels", [("identificatie", "string"), ("category", "string")], rows)


def pilot_layer() -> QgsVectorLayer:
    """One pilot boundary around every parcel but POUT."""
    outline = QgsGeometry.fromRect(QgsRectangle(X0 - 1000, Y0 - 50, X0 + 2900, Y0 + 150))
    return _memory_layer("pilots", [("name", "string")], [(outline, ["Testpilot"])])


def natura2000_layer() -> QgsVectorLayer:
    """One Natura 2000 area, west of the parcels, touching PN."""
    area = QgsGeometry.fromRect(QgsRectangle(X0 - 1000, Y0 - 200, X0 - 500, Y0 + 300))
    return _memory_layer("n2k", [("naam_n2k", "string")], [(area, ["Testgebied"])])


def _geometry(kind: str, x: float) -> QgsGeometry:
    if kind == "bowtie":
        return bowtie(x)
    if kind == "wide":
        return square(x, 110.0)
    return square(x)


def build_planted_register(path: Path):
    """The register GeoPackage with :data:`MEASURES`; returns the open register."""
    from a4b_qgis_plugin.core.register.store import open_register

    register = open_register(str(path), create=True)
    rows = []
    for label, (parcel, code, status, quantity, cost, revenue, kind, created) in sorted(MEASURES.items()):
        x, _category = PARCELS[parcel]
        rows.append(
            {
                "uuid": uuid_of(label),
                "pilot": "Testpilot",
                "parcel_ref": f"parcels:{parcel}",
                "measure_code": code,
                "measure_name": code.title(),
                "theme": "agri_nature",
                "status": status,
                "quantity": quantity,
                "unit": "piece" if code == "SNL-L01.01" else "ha",
                "cost_eur_yr": cost,
                "revenue_eur_yr": revenue,
                "created_at": created,
                "geometry": _geometry(kind, x),
            }
        )
    register.add_measures(rows)
    # An impossible step (idea straight to implemented), and allowed ones around it.
    register.update_measure(uuid_of("transition"), {"status": "implemented"})
    register.update_measure(uuid_of("clean_arable"), {"status": "agreed"})
    register.update_measure(uuid_of("clean_arable"), {"status": "implemented"})
    return register


def triples(findings) -> set[tuple[str, str, str]]:
    """(label, code, severity) of findings given as objects or dicts."""
    out = set()
    for finding in findings:
        get = finding.get if isinstance(finding, dict) else lambda key, f=finding: getattr(f, key)
        out.add((label_of(str(get("uuid"))), get("code"), get("severity")))
    return out
