"""The measures register: create, write with history, atomicity, versions."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from a4b_qgis_plugin.core.register import store as reg
from a4b_qgis_plugin.core.register.schema import MEASURE_FIELDS, SCHEMA_VERSION


def square(x: float, y: float = 450000, size: float = 100) -> QgsGeometry:
    return QgsGeometry.fromWkt(
        f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"
    )


def row(i: int, **extra) -> dict:
    values = {
        "geometry": square(200000 + (i % 100) * 200, 450000 + (i // 100) * 200),
        "pilot": "Demo",
        "parcel_ref": f"brp:{i}",
        "measure_code": "ECO-KRUIDENGRAS",
        "measure_name": "Grassland with herbs",
        "theme": "agri_nature",
        "status": "proposed",
        "quantity": 1.0,
        "unit": "ha",
        "cost_eur_yr": None,
        "revenue_eur_yr": 181.0,
    }
    values.update(extra)
    return values


def assert_valid_gpkg(path) -> None:
    """GDAL's GeoPackage validator, warnings counted as errors."""
    from osgeo_utils.samples.validate_gpkg import check

    assert check(str(path), abort_at_first_error=False, extra_checks=True, warning_as_error=True) == []


def count(path, table="measures") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_create_and_read_back_in_qgis(qgis_app, tmp_path):
    path = tmp_path / "reg.gpkg"
    register = reg.open_register(str(path))
    uuids = register.add_measures([row(1), row(2, pilot="Other", unit="m", quantity=120.0)])
    assert len(uuids) == 2 and len(set(uuids)) == 2
    layer = register.layer()
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:28992"
    assert layer.featureCount() == 2
    names = [f.name() for f in layer.fields()]
    assert names[1:] == [name for name, _kind in MEASURE_FIELDS]
    feature = next(layer.getFeatures())
    assert feature.geometry().isMultipart()
    assert feature.geometry().area() == pytest.approx(10000)
    assert feature["created_at"].isValid()  # a real DATETIME for QGIS
    # GDAL reads the same file as a proper GeoPackage.
    from osgeo import ogr

    ds = ogr.Open(str(path))
    assert ds.GetDriver().GetName() == "GPKG"
    assert ds.GetLayerByName("measures").GetFeatureCount() == 2
    assert ds.GetLayerByName("measures_history").GetFeatureCount() == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    assert_valid_gpkg(path)
    totals = register.totals("Demo")
    assert totals["count"] == 1 and totals["ha"] == 1.0 and totals["revenue_eur_yr"] == 181.0
    # No cost known: the net is unknown and says which measure it left out.
    assert totals["net_eur_yr"] is None and totals["net_left_out"] == 1 and totals["cost_missing"] == 1
    assert register.totals()["m"] == 120.0


def test_update_and_delete_write_history(qgis_app, tmp_path):
    register = reg.open_register(str(tmp_path / "reg.gpkg"))
    (uuid,) = register.add_measures([row(1)])
    register.update_measure(uuid, {"status": "agreed", "cost_eur_yr": 50, "geometry": square(0)})
    (item,) = register.get_measures([uuid])
    assert item["status"] == "agreed" and item["cost_eur_yr"] == 50.0
    assert item["updated_by"] == register.user and item["updated_at"] >= item["created_at"]
    assert register.totals()["net_eur_yr"] == 131.0
    assert register.delete_measures([uuid]) == 1
    assert register.list_measures() == []
    actions = [(h["action"], h["uuid"]) for h in register.history()]
    assert actions == [("insert", uuid), ("update", uuid), ("delete", uuid)]
    update = register.history(uuid)[1]
    assert update["old_values"]["status"] == "proposed" and update["new_values"]["status"] == "agreed"
    assert "geometry" in update["old_values"] and update["changed_by"] == register.user
    deleted = register.history(uuid)[2]["old_values"]
    assert deleted["measure_code"] == "ECO-KRUIDENGRAS" and deleted["geometry"].startswith("MultiPolygon")
    # The history is enough to put a deleted measure back (undo), with its uuid.
    restored = {k: v for k, v in deleted.items() if k != "geometry"}
    restored["geometry"] = QgsGeometry.fromWkt(deleted["geometry"])
    assert register.add_measures([restored]) == [uuid]


def test_update_refuses_protected_and_unknown(qgis_app, tmp_path):
    register = reg.open_register(str(tmp_path / "reg.gpkg"))
    (uuid,) = register.add_measures([row(1)])
    with pytest.raises(reg.RegisterError):
        register.update_measure(uuid, {"created_by": "someone else"})
    with pytest.raises(reg.RegisterError):
        register.update_measure("no-such-uuid", {"status": "agreed"})
    with pytest.raises(reg.RegisterError):
        register.update_measure(uuid, {"status": "finished"})
    assert len(register.history(uuid)) == 1


def test_failure_midway_writes_nothing(qgis_app, tmp_path):
    path = tmp_path / "reg.gpkg"
    register = reg.open_register(str(path))
    register.add_measures([row(0)])
    before = path.read_bytes()
    batch = [row(i) for i in range(1, 50)]
    batch[30]["quantity"] = "lots"  # row 31 of 49 fails after 30 were inserted
    with pytest.raises(reg.RegisterError, match="Row 31"):
        register.add_measures(batch)
    assert count(path) == 1 and count(path, "measures_history") == 1
    batch[30]["quantity"] = 1.0
    batch[40]["geometry"] = QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)")
    with pytest.raises(reg.RegisterError, match="Row 41"):
        register.add_measures(batch)
    batch[40]["geometry"] = QgsGeometry.fromWkt("POLYGON((6.1 52.1,6.2 52.1,6.2 52.2,6.1 52.1))")
    with pytest.raises(reg.RegisterError, match="Row 41: the geometry lies outside the Netherlands"):
        register.add_measures(batch)  # degrees, not EPSG:28992
    assert count(path) == 1
    assert path.read_bytes() == before


def test_duplicate_uuid_rolls_back(qgis_app, tmp_path):
    path = tmp_path / "reg.gpkg"
    register = reg.open_register(str(path))
    (uuid,) = register.add_measures([row(0)])
    with pytest.raises(reg.RegisterError, match="already"):
        register.add_measures([row(1), row(2, uuid=uuid)])
    assert count(path) == 1


def test_newer_register_is_refused(qgis_app, tmp_path):
    path = tmp_path / "reg.gpkg"
    reg.open_register(str(path)).add_measures([row(0)])
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO schema_version (version, applied_at, note) VALUES (?, '', 'future')",
            (SCHEMA_VERSION + 1,),
        )
    before = path.read_bytes()
    with pytest.raises(reg.RegisterError, match="newer version"):
        reg.open_register(str(path))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak-*"))


def _old_register(path) -> None:
    """A version-0 register: a measures table from before versioning and history."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("measures", srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
    for name, kind in [("pilot", ogr.OFTString), ("measure_code", ogr.OFTString), ("quantity", ogr.OFTReal)]:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i in range(3):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("pilot", "Demo")
        feature.SetField("measure_code", "SNL-N12.02")
        feature.SetField("quantity", 1.5)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOLYGON(((0 {i},1 {i},1 {i + 1},0 {i})))"))
        layer.CreateFeature(feature)
    ds = None


def test_older_register_is_migrated_after_backup(qgis_app, tmp_path):
    path = tmp_path / "work.gpkg"
    _old_register(path)
    register = reg.open_register(str(path))
    backup = tmp_path / "work.bak-v0.gpkg"
    assert register.backup_path == str(backup) and backup.exists()
    with sqlite3.connect(backup) as conn:  # the backup is the untouched old file
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "schema_version" not in names and "measures_history" not in names
    rows = register.list_measures()
    assert len(rows) == 3 and all(r["uuid"] for r in rows) and len({r["uuid"] for r in rows}) == 3
    assert rows[0]["measure_code"] == "SNL-N12.02" and rows[0]["quantity"] == 1.5
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY fid")] == [1, 2]
    assert all(r["parcel_fingerprint"] for r in rows)
    layer = register.layer()
    assert layer.isValid() and layer.featureCount() == 3
    assert layer.fields().lookupField("updated_by") >= 0
    # The rtree GDAL made for the old layer keeps working with our writes.
    register.add_measures([row(9)])
    assert QgsVectorLayer(f"{path}|layername=measures", "m", "ogr").featureCount() == 4
    assert_valid_gpkg(path)
    # Opening again neither migrates nor backs up twice.
    again = reg.open_register(str(path))
    assert getattr(again, "backup_path", None) is None
    assert len(list(tmp_path.glob("*.bak-*"))) == 1


def test_register_added_to_existing_work_gpkg(qgis_app, demo_copy):
    register = reg.open_register(str(demo_copy))
    register.add_measures([row(1)])
    parcels = QgsVectorLayer(f"{demo_copy}|layername=brp_gewaspercelen", "p", "ogr")
    assert parcels.isValid() and parcels.featureCount() == 4071
    assert register.layer().featureCount() == 1
    assert_valid_gpkg(demo_copy)


def test_bad_paths(qgis_app, tmp_path):
    for empty in ("", None):
        with pytest.raises(reg.RegisterError, match="No register"):
            reg.open_register(empty)
    with pytest.raises(reg.RegisterError, match="does not exist"):
        reg.open_register(str(tmp_path / "missing" / "reg.gpkg"))
    with pytest.raises(reg.RegisterError, match="does not exist"):
        reg.open_register(str(tmp_path / "reg.gpkg"), create=False)
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    with pytest.raises(reg.RegisterError, match="not a GeoPackage"):
        reg.open_register(str(text))
    other = tmp_path / "other.gpkg"
    shutil.copy(text, other)
    other.write_bytes(b"")
    with pytest.raises(reg.RegisterError, match="no measures register"):
        reg.open_register(str(other), create=False)


def test_foreign_measures_table_is_refused_without_backup(qgis_app, tmp_path):
    path = tmp_path / "other.gpkg"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE measures (fid INTEGER PRIMARY KEY, length REAL)")
    with pytest.raises(reg.RegisterError, match="not an A4B measures register"):
        reg.open_register(str(path))
    assert not list(tmp_path.glob("*.bak-*"))


def test_many_uuids_and_no_pilot(qgis_app, tmp_path):
    register = reg.open_register(str(tmp_path / "r.gpkg"))
    uuids = register.add_measures([row(i, pilot=None if i % 2 else "P") for i in range(1200)])
    assert len(register.get_measures(uuids)) == 1200
    assert len(register.list_measures("", with_geometry=False)) == 600
    assert register.delete_measures(uuids[:1100]) == 1100
    assert len(register.list_measures(with_geometry=False)) == 100


def _version_1_register(path) -> None:
    """A register as version 1 of the plugin wrote it: no parcel identity columns."""
    register = reg.open_register(str(path))
    register.add_measures([row(i, parcel_ref=f"Flagged parcels:{383 + i}") for i in (1, 2)])
    with sqlite3.connect(path) as conn:
        for name in ("parcel_id", "parcel_source", "parcel_fingerprint"):
            conn.execute(f'ALTER TABLE measures DROP COLUMN "{name}"')
        conn.execute("UPDATE schema_version SET version = 1")


def test_version_1_register_gets_parcel_identity_after_backup(qgis_app, tmp_path):
    from a4b_qgis_plugin.core.register.parcel_ref import geometry_fingerprint

    path = tmp_path / "v1.gpkg"
    _version_1_register(path)
    register = reg.open_register(str(path))
    backup = tmp_path / "v1.bak-v1.gpkg"
    assert register.backup_path == str(backup)
    with sqlite3.connect(backup) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(measures)")]
        assert "parcel_fingerprint" not in columns and "parcel_ref" in columns
    rows = register.list_measures()
    assert [r["parcel_ref"] for r in rows] == ["Flagged parcels:384", "Flagged parcels:385"]
    assert [r["parcel_fingerprint"] for r in rows] == [geometry_fingerprint(r["geometry"]) for r in rows]
    assert all(r["parcel_fingerprint"] for r in rows) and rows[0]["parcel_id"] is None
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY fid")] == [1, 2]
    assert register.layer().featureCount() == 2
    assert_valid_gpkg(path)


@pytest.mark.parametrize("value", ["two", "1.5", ""])
def test_text_where_the_version_belongs_says_what_to_fix(qgis_app, tmp_path, value):
    path = tmp_path / "damaged.gpkg"
    reg.open_register(str(path)).add_measures([row(1)])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (value,))
    with pytest.raises(reg.RegisterError, match="where a version number belongs.*damaged"):
        reg.open_register(str(path))


def test_absurd_numbers_are_refused_on_write_and_named_on_read(qgis_app, tmp_path):
    path = tmp_path / "absurd.gpkg"
    register = reg.open_register(str(path))
    with pytest.raises(reg.RegisterError, match="cost_eur_yr 1e\\+308 is beyond any real measure"):
        register.add_measures([row(1, cost_eur_yr=1e308)])
    with pytest.raises(reg.RegisterError, match="quantity"):
        register.add_measures([row(1, quantity=float("inf"))])
    (uuid,) = register.add_measures([row(1)])
    with sqlite3.connect(path) as conn:  # damage from another program
        conn.execute("UPDATE measures SET revenue_eur_yr = 1e308")
    with pytest.raises(reg.RegisterError, match=f"uuid {uuid}.*revenue_eur_yr.*Correct it"):
        register.totals()
    # The damaged value can be corrected through the register.
    register.update_measure(uuid, {"revenue_eur_yr": 181.0})
    assert register.totals()["revenue_eur_yr"] == 181.0


def test_text_in_a_number_field_reads_as_empty_and_totals_name_it(qgis_app, tmp_path):
    path = tmp_path / "text.gpkg"
    register = reg.open_register(str(path))
    (uuid,) = register.add_measures([row(1)])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE measures SET quantity = 'veel'")
    (item,) = register.list_measures(with_geometry=False)
    assert item["quantity"] is None  # a panel formatting it as a number does not fail
    with pytest.raises(reg.RegisterError, match=f"uuid {uuid}.*quantity holds 'veel', which is not a number"):
        register.totals()
