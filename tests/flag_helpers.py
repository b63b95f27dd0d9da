"""Helpers for the flagging tests: memory layers from WKT and a brute-force reference."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

OUTER_FIELDS = (
    "n2k_dist_m",
    "n2k_name",
    "n2k_nr",
    "n2k_band",
    "n2k_overlap_ha",
    "n2k_overlap_pct",
    "a4b_pilot",
)


def memory_layer(rows: list[dict], fields: str, crs: str = "EPSG:28992", kind: str = "MultiPolygon"):
    """A memory layer; *rows* are dicts with 'wkt' (or None) and attribute values."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}&{fields}", "test", "memory")
    feats = []
    for row in rows:
        feat = QgsFeature(layer.fields())
        wkt = row.get("wkt")
        if wkt is not None:
            feat.setGeometry(QgsGeometry.fromWkt(wkt))
        for name, value in row.items():
            if name != "wkt":
                feat.setAttribute(name, value)
        feats.append(feat)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def square(x0: float, y0: float, x1: float, y1: float) -> str:
    """WKT of an axis-parallel rectangle."""
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def to_crs(layer: QgsVectorLayer, authid: str) -> QgsVectorLayer:
    """A copy of *layer* with every geometry transformed to *authid*."""
    target = QgsCoordinateReferenceSystem(authid)
    xform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance().transformContext())
    out = QgsVectorLayer(f"MultiPolygon?crs={authid}", "t", "memory")
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    feats = []
    for feat in layer.getFeatures():
        geom = QgsGeometry(feat.geometry())
        if not geom.isEmpty():
            geom.transform(xform)
        new = QgsFeature(out.fields())
        new.setGeometry(geom)
        new.setAttributes(feat.attributes())
        feats.append(new)
    out.dataProvider().addFeatures(feats)
    return out


def _valid(geom: QgsGeometry) -> QgsGeometry:
    if geom.isGeosValid():
        return geom
    fixed = geom.makeValid()
    polys = [p for p in fixed.asGeometryCollection() if p.type() == 2] if fixed.isMultipart() else [fixed]
    return QgsGeometry.collectGeometry(polys) if len(polys) > 1 else polys[0]


def brute_force(parcel_wkts, areas, pilots, bands):
    """Reference values per parcel with plain QgsGeometry.distance / intersection.

    *areas*: list of (wkt, name, nr); *pilots*: list of (wkt, name).
    Returns, per parcel, a dict of the output fields plus 'second' (the second
    smallest distance, to skip name checks on near-ties).
    """
    area_geoms = [_valid(QgsGeometry.fromWkt(w)) for w, _n, _nr in areas]
    union = QgsGeometry.unaryUnion(area_geoms)
    pilot_geoms = [_valid(QgsGeometry.fromWkt(w)) for w, _n in pilots]
    outer = max(bands)
    out = []
    for wkt in parcel_wkts:
        geom = _valid(QgsGeometry.fromWkt(wkt))
        dists = sorted((geom.distance(a), i) for i, a in enumerate(area_geoms))
        best, best_i = dists[0]
        second = dists[1][0] if len(dists) > 1 else float("inf")
        if best <= 0:
            best_i = min(i for d, i in dists if d <= 0)
        row = {"second": second}
        if best > outer:
            row.update(n2k_dist_m=None, n2k_name=None, n2k_nr=None, n2k_band=None)
        else:
            band = 0 if best <= 0 else min(b for b in bands if b >= best)
            row.update(n2k_dist_m=best, n2k_name=areas[best_i][1], n2k_nr=areas[best_i][2], n2k_band=band)
        area = geom.area()
        inter = geom.intersection(union).area()
        row["n2k_overlap_ha"] = inter / 10000.0
        row["n2k_overlap_pct"] = 100.0 * inter / area if area > 0 else 0.0
        shares = [(geom.intersection(p).area(), -i) for i, p in enumerate(pilot_geoms)]
        share, neg_i = max(shares) if shares else (0.0, 0)
        row["a4b_pilot"] = pilots[-neg_i][1] if share > 0 else None
        out.append(row)
    return out
