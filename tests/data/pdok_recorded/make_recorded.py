# ruff: noqa: E501  (XML templates are kept one element per line, as PDOK writes them)
"""Write the recorded PDOK responses the tests serve from 127.0.0.1.

The responses copy the STRUCTURE of PDOK's real answers (OGC API Features:
landing page, conformance, OpenAPI document, collections, collection, items
with links; WFS 2.0: GetCapabilities, DescribeFeatureType, GetFeature in GML
3.2) and the real field names (naamN2K, sitecodeH with " " for "not
applicable", category, gewas ...). The FEATURES ARE FICTIONAL: small squares
near the demo landscape with names marked "(fictief)", so no fact about a real
Natura 2000 area or parcel is invented. Real PDOK host names appear in the
files; the test server rewrites them to its own address.

Run: /usr/bin/python3 tests/data/pdok_recorded/make_recorded.py
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
)

HERE = Path(__file__).resolve().parent
API = "https://api.pdok.nl"
SERVICE = "https://service.pdok.nl"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
RD = "http://www.opengis.net/def/crs/EPSG/0/28992"

# (properties as the WFS names them, RD square xmin, ymin, xmax, ymax)
NATURA = [
    (
        {
            "naamN2K": "Testveen (fictief)",
            "nr": 901,
            "beschermin": "VR+HR",
            "sitecodeH": "NL9900901",
            "sitecodeV": "NL9990901",
            "status": "Aangewezen",
        },
        (197000, 447000, 199000, 449000),
    ),
    (
        {
            "naamN2K": "Testbeek (fictief)",
            "nr": 902,
            "beschermin": "HR",
            "sitecodeH": "NL9900902",
            "sitecodeV": " ",
            "status": "Ontwerp",
        },
        (201000, 447000, 202000, 448000),
    ),
    (
        {
            "naamN2K": "Verre Duinen (fictief)",
            "nr": 903,
            "beschermin": "HR",
            "sitecodeH": "NL9900903",
            "sitecodeV": " ",
            "status": "Aangewezen",
        },
        (230000, 560000, 231000, 561000),
    ),
]
BRP = [
    (
        {
            "category": "Grasland",
            "gewas": "Grasland, blijvend",
            "gewascode": "265",
            "jaar": 2024,
            "status": "Definitief",
        },
        (199500, 447000, 199900, 447400),
    ),
    (
        {
            "category": "Bouwland",
            "gewas": "Mais, snij-",
            "gewascode": "259",
            "jaar": 2024,
            "status": "Definitief",
        },
        (200000, 447000, 200400, 447400),
    ),
    (
        {
            "category": "Grasland",
            "gewas": "Grasland, tijdelijk",
            "gewascode": "266",
            "jaar": 2024,
            "status": "Definitief",
        },
        (240000, 470000, 240400, 470400),
    ),
]


def ring(box):
    x0, y0, x1, y1 = box
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def to_crs84(points):
    xform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("OGC:CRS84"),
        QgsCoordinateTransformContext(),
    )
    out = []
    for x, y in points:
        p = xform.transform(QgsPointXY(x, y))
        out.append((round(p.x(), 7), round(p.y(), 7)))
    return out


def write(path: Path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, (dict, list)):
        content = json.dumps(content, indent=1, ensure_ascii=False) + "\n"
    path.write_text(content, encoding="utf-8")


def ogc_api(dataset: str, collection: str, title: str, features, folder: Path):
    base = f"{API}/rvo/{dataset}/ogc/v1"
    write(
        folder / "landing.json",
        {
            "title": title,
            "description": f"{title} (opgenomen testantwoord, fictieve objecten)",
            "links": [
                {
                    "rel": "self",
                    "type": "application/json",
                    "title": "This document as JSON",
                    "href": f"{base}?f=json",
                },
                {
                    "rel": "service-desc",
                    "type": "application/vnd.oai.openapi+json;version=3.0",
                    "title": "The API definition in JSON",
                    "href": f"{base}/api?f=json",
                },
                {
                    "rel": "conformance",
                    "type": "application/json",
                    "title": "Conformance",
                    "href": f"{base}/conformance?f=json",
                },
                {
                    "rel": "data",
                    "type": "application/json",
                    "title": "Collections",
                    "href": f"{base}/collections?f=json",
                },
            ],
        },
    )
    write(
        folder / "conformance.json",
        {
            "conformsTo": [
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            ]
        },
    )
    write(
        folder / "api.json",
        {
            "openapi": "3.0.0",
            "info": {
                "title": title,
                "version": "1.0.0",
                "contact": {"name": "PDOK", "url": "https://www.pdok.nl"},
            },
            "components": {
                "parameters": {
                    "limit": {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10},
                    }
                }
            },
            "paths": {},
        },
    )
    coll = {
        "id": collection,
        "title": title,
        "extent": {"spatial": {"bbox": [[2.354800, 50.671600, 7.369300, 55.728900]], "crs": CRS84}},
        "itemType": "feature",
        "crs": [CRS84, RD],
        "storageCrs": RD,
        "links": [
            {"rel": "self", "type": "application/json", "href": f"{base}/collections/{collection}?f=json"},
            {
                "rel": "items",
                "type": "application/geo+json",
                "href": f"{base}/collections/{collection}/items?f=json",
            },
        ],
    }
    write(folder / "collections.json", {"links": [], "collections": [coll]})
    write(folder / f"collections/{collection}.json", coll)
    for suffix, convert in (("crs84", to_crs84), ("28992", lambda pts: pts)):
        feats = []
        for n, (props, box) in enumerate(features, start=1):
            feats.append(
                {
                    "type": "Feature",
                    "id": n,
                    "properties": props,
                    "geometry": {
                        "type": "MultiPolygon",
                        "coordinates": [[[list(p) for p in convert(ring(box))]]],
                    },
                }
            )
        write(
            folder / f"collections/{collection}/items.{suffix}.json",
            {
                "type": "FeatureCollection",
                "timeStamp": "2025-11-27T12:00:00Z",
                "links": [],
                "features": feats,
            },
        )


WFS_CAPS = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:fes="http://www.opengis.net/fes/2.0"
  xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:{prefix}="{ns}" version="2.0.0">
  <ows:ServiceIdentification>
    <ows:Title>{title} WFS</ows:Title>
    <ows:Abstract>Opgenomen testantwoord met fictieve objecten.</ows:Abstract>
    <ows:ServiceType codeSpace="OGC">WFS</ows:ServiceType>
    <ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion>
    <ows:Fees>NONE</ows:Fees>
    <ows:AccessConstraints>https://creativecommons.org/publicdomain/zero/1.0/deed.nl</ows:AccessConstraints>
  </ows:ServiceIdentification>
  <ows:OperationsMetadata>
    <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?"/></ows:HTTP></ows:DCP></ows:Operation>
    <ows:Operation name="DescribeFeatureType"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?"/></ows:HTTP></ows:DCP></ows:Operation>
    <ows:Operation name="GetFeature"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?"/></ows:HTTP></ows:DCP>
      <ows:Parameter name="outputFormat"><ows:AllowedValues><ows:Value>application/gml+xml; version=3.2</ows:Value></ows:AllowedValues></ows:Parameter>
    </ows:Operation>
    <ows:Constraint name="ImplementsBasicWFS"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></ows:Constraint>
    <ows:Constraint name="ImplementsResultPaging"><ows:NoValues/><ows:DefaultValue>FALSE</ows:DefaultValue></ows:Constraint>
  </ows:OperationsMetadata>
  <wfs:FeatureTypeList>
    <wfs:FeatureType>
      <wfs:Name>{typename}</wfs:Name>
      <wfs:Title>{title}</wfs:Title>
      <wfs:DefaultCRS>urn:ogc:def:crs:EPSG::28992</wfs:DefaultCRS>
      <wfs:OtherCRS>urn:ogc:def:crs:EPSG::4258</wfs:OtherCRS>
      <wfs:OutputFormats><wfs:Format>application/gml+xml; version=3.2</wfs:Format></wfs:OutputFormats>
      <ows:WGS84BoundingBox dimensions="2"><ows:LowerCorner>2.354800 50.671600</ows:LowerCorner><ows:UpperCorner>7.369300 55.728900</ows:UpperCorner></ows:WGS84BoundingBox>
    </wfs:FeatureType>
  </wfs:FeatureTypeList>
  <fes:Filter_Capabilities>
    <fes:Spatial_Capabilities>
      <fes:GeometryOperands><fes:GeometryOperand name="gml:Envelope"/><fes:GeometryOperand name="gml:Polygon"/></fes:GeometryOperands>
      <fes:SpatialOperators><fes:SpatialOperator name="BBOX"/><fes:SpatialOperator name="Intersects"/></fes:SpatialOperators>
    </fes:Spatial_Capabilities>
  </fes:Filter_Capabilities>
</wfs:WFS_Capabilities>
"""

XSD_TYPES = {str: "string", int: "integer", float: "double"}


def wfs(dataset: str, typename: str, title: str, geom_field: str, features, folder: Path):
    prefix, local = typename.split(":")
    ns = f"http://{prefix}.geonovum.nl"
    url = f"{SERVICE}/rvo/{dataset}/wfs/v1_0"
    write(
        folder / "capabilities.xml",
        WFS_CAPS.format(prefix=prefix, ns=ns, title=title, url=url, typename=typename),
    )
    elements = [
        f'          <element name="{geom_field}" type="gml:MultiSurfacePropertyType" minOccurs="0" maxOccurs="1"/>'
    ]
    for name, value in features[0][0].items():
        elements.append(f'          <element name="{name}" minOccurs="0" type="{XSD_TYPES[type(value)]}"/>')
    write(
        folder / "describefeaturetype.xsd",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<schema targetNamespace="{ns}" xmlns:{prefix}="{ns}" xmlns="http://www.w3.org/2001/XMLSchema"
  xmlns:gml="http://www.opengis.net/gml/3.2" elementFormDefault="qualified" version="0.1">
  <import namespace="http://www.opengis.net/gml/3.2" schemaLocation="http://schemas.opengis.net/gml/3.2.1/gml.xsd"/>
  <element name="{local}" type="{prefix}:{local}Type" substitutionGroup="gml:AbstractFeature"/>
  <complexType name="{local}Type">
    <complexContent>
      <extension base="gml:AbstractFeatureType">
        <sequence>
{chr(10).join(elements)}
        </sequence>
      </extension>
    </complexContent>
  </complexType>
</schema>
""",
    )
    members = []
    for n, (props, box) in enumerate(features, start=1):
        pos = " ".join(f"{x} {y}" for x, y in ring(box))
        attrs = "\n".join(f"      <{prefix}:{k}>{v}</{prefix}:{k}>" for k, v in props.items())
        members.append(f"""  <wfs:member>
    <{prefix}:{local} gml:id="{local}.{n}">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::28992"><gml:lowerCorner>{box[0]} {box[1]}</gml:lowerCorner><gml:upperCorner>{box[2]} {box[3]}</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <{prefix}:{geom_field}><gml:MultiSurface gml:id="{local}.{n}.1" srsName="urn:ogc:def:crs:EPSG::28992"><gml:surfaceMember><gml:Polygon gml:id="{local}.{n}.2"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">{pos}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></{prefix}:{geom_field}>
{attrs}
    </{prefix}:{local}>
  </wfs:member>""")
    write(
        folder / "getfeature.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection xmlns:{prefix}="{ns}" xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  timeStamp="2025-11-27T12:00:00" numberMatched="{len(features)}" numberReturned="{len(features)}">
{chr(10).join(members)}
</wfs:FeatureCollection>
""",
    )


WMTS_CAPS = """<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
  <ows:ServiceIdentification>
    <ows:Title>{title}</ows:Title>
    <ows:ServiceType>OGC WMTS</ows:ServiceType>
    <ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>
  </ows:ServiceIdentification>
  <ows:OperationsMetadata>
    <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?"><ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues></ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>
    <ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?"><ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues></ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>
  </ows:OperationsMetadata>
  <Contents>
    <Layer>
      <ows:Title>{layer}</ows:Title>
      <ows:WGS84BoundingBox><ows:LowerCorner>2.52713 50.2129</ows:LowerCorner><ows:UpperCorner>7.37403 55.7212</ows:UpperCorner></ows:WGS84BoundingBox>
      <ows:Identifier>{layer}</ows:Identifier>
      <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
      <Format>{fmt}</Format>
      <TileMatrixSetLink><TileMatrixSet>EPSG:28992</TileMatrixSet></TileMatrixSetLink>
      <ResourceURL format="{fmt}" resourceType="tile" template="{url}/{layer}/{{TileMatrixSet}}/{{TileMatrix}}/{{TileCol}}/{{TileRow}}.{ext}"/>
    </Layer>
    <TileMatrixSet>
      <ows:Identifier>EPSG:28992</ows:Identifier>
      <ows:SupportedCRS>urn:ogc:def:crs:EPSG::28992</ows:SupportedCRS>
{matrices}
    </TileMatrixSet>
  </Contents>
</Capabilities>
"""

WMS_CAPS = """<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
  <Service>
    <Name>WMS</Name>
    <Title>{title}</Title>
    <OnlineResource xlink:href="{url}"/>
  </Service>
  <Capability>
    <Request>
      <GetCapabilities><Format>text/xml</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetCapabilities>
      <GetMap><Format>image/png</Format><Format>image/jpeg</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}?"/></Get></HTTP></DCPType></GetMap>
    </Request>
    <Exception><Format>XML</Format></Exception>
    <Layer>
      <Title>{title}</Title>
      <CRS>EPSG:28992</CRS>
      <CRS>EPSG:4326</CRS>
      <EX_GeographicBoundingBox><westBoundLongitude>3.2</westBoundLongitude><eastBoundLongitude>7.3</eastBoundLongitude><southBoundLatitude>50.7</southBoundLatitude><northBoundLatitude>53.6</northBoundLatitude></EX_GeographicBoundingBox>
      <BoundingBox CRS="EPSG:28992" minx="10000" miny="300000" maxx="280000" maxy="625000"/>
      <Layer queryable="1">
        <Name>{layer}</Name>
        <Title>{layer}</Title>
        <CRS>EPSG:28992</CRS>
        <EX_GeographicBoundingBox><westBoundLongitude>3.2</westBoundLongitude><eastBoundLongitude>7.3</eastBoundLongitude><southBoundLatitude>50.7</southBoundLatitude><northBoundLatitude>53.6</northBoundLatitude></EX_GeographicBoundingBox>
        <BoundingBox CRS="EPSG:28992" minx="10000" miny="300000" maxx="280000" maxy="625000"/>
      </Layer>
    </Layer>
  </Capability>
</WMS_Capabilities>
"""


def wmts(path: str, title: str, layer: str, fmt: str, folder: Path):
    # PDOK's RD tile matrix set: origin (-285401.92, 903401.92), scale 12288000 halving per level.
    url = f"{SERVICE}/{path}"
    matrices = []
    for level in range(4):
        size = 2**level
        matrices.append(
            f"      <TileMatrix><ows:Identifier>{level:02d}</ows:Identifier>"
            f"<ScaleDenominator>{12288000 / size}</ScaleDenominator>"
            "<TopLeftCorner>-285401.92 903401.92</TopLeftCorner><TileWidth>256</TileWidth>"
            f"<TileHeight>256</TileHeight><MatrixWidth>{size}</MatrixWidth><MatrixHeight>{size}</MatrixHeight></TileMatrix>"
        )
    ext = "jpeg" if "jpeg" in fmt else "png"
    write(
        folder / "capabilities.xml",
        WMTS_CAPS.format(title=title, url=url, layer=layer, fmt=fmt, ext=ext, matrices="\n".join(matrices)),
    )


def tile(path: Path, colour: str, fmt: str):
    """One 256 x 256 tile of a single colour: enough to see that tiles are fetched and drawn."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), fmt)


def main():
    ogc_api("natura2000", "natura2000", "Natura 2000", NATURA, HERE / "api/rvo/natura2000/ogc/v1")
    wfs(
        "natura2000",
        "natura2000:natura2000",
        "Natura 2000",
        "geom",
        NATURA,
        HERE / "service/rvo/natura2000/wfs/v1_0",
    )
    ogc_api("gewaspercelen", "brpgewas", "BRP Gewaspercelen", BRP, HERE / "api/rvo/gewaspercelen/ogc/v1")
    wfs(
        "brpgewaspercelen",
        "brpgewaspercelen:BrpGewas",
        "BRP Gewaspercelen",
        "geom",
        BRP,
        HERE / "service/rvo/brpgewaspercelen/wfs/v1_0",
    )
    for path, title, layer, fmt in (
        ("hwh/luchtfotorgb/wmts/v1_0", "Luchtfoto RGB", "Actueel_orthoHR", "image/jpeg"),
        ("brt/achtergrondkaart/wmts/v2_0", "BRT Achtergrondkaart", "standaard", "image/png"),
    ):
        wmts(path, title, layer, fmt, HERE / "service" / path)
    tile(HERE / "service/hwh/luchtfotorgb/wmts/v1_0/tile.jpeg", "#4a7a3a", "JPEG")
    tile(HERE / "service/brt/achtergrondkaart/wmts/v2_0/tile.png", "#e8e4d8", "PNG")
    url = f"{SERVICE}/provincies/natuurnetwerk-nederland/wms/v1_0"
    write(
        HERE / "service/provincies/natuurnetwerk-nederland/wms/v1_0/capabilities.xml",
        WMS_CAPS.format(title="Natuurnetwerk Nederland", url=url, layer="PS.ProtectedSite"),
    )


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
