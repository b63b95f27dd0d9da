"""A local stand-in for PDOK: serves the recorded responses in tests/data/pdok_recorded.

Every URL starts with a token (``http://127.0.0.1:PORT/<token>/api/...``) so that
each test uses URLs of its own and QGIS's network cache never answers for the
server. The real host names inside the recorded files (and in the shipped
source catalogue) are rewritten to this server:

* ``https://api.pdok.nl/…``     -> ``http://127.0.0.1:PORT/<token>/api/…``
* ``https://service.pdok.nl/…`` -> ``http://127.0.0.1:PORT/<token>/service/…``

``server.fail`` maps a fragment of path or query to an HTTP status (or ``"garbage"`` for a
broken body) to make an endpoint fail; ``server.requests`` logs what QGIS asked.
``server.hold`` names fragments whose requests get no answer until ``server.release()``
(``server.held`` lists them), so a test can act while QGIS waits for the network.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

RECORDED = Path(__file__).resolve().parent / "data" / "pdok_recorded"
SHIPPED_CATALOGUE = (
    Path(__file__).resolve().parent.parent
    / "a4b_qgis_plugin"
    / "resources"
    / "catalogue"
    / "pdok_sources.json"
)
RD_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


def _coords(geometry):
    """All (x, y) pairs of a GeoJSON geometry."""
    stack = [geometry["coordinates"]]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], (int, float)):
            yield item[0], item[1]
        else:
            stack.extend(item)


def _bbox_of(feature):
    xs, ys = zip(*_coords(feature["geometry"]))
    return min(xs), min(ys), max(xs), max(ys)


def _intersects(a, b) -> bool:
    return not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])


class PdokStandIn:
    """The HTTP server; use as a context manager or call start()/stop()."""

    def __init__(self):
        self.fail: dict = {}
        self.requests: list[str] = []
        self.max_limit: int | None = None  # overrides the OpenAPI "limit" maximum, to force paging
        self.hold: set = set()
        self.held: list[str] = []
        self._released = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def start(self) -> PdokStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()  # closing the server waits for the threads of held requests
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def base(self, token: str) -> str:
        return f"http://127.0.0.1:{self.port}/{token}"

    def rewrite(self, text: str, token: str) -> str:
        """Real PDOK host names -> this server, under *token*."""
        base = self.base(token)
        return text.replace("https://api.pdok.nl/", f"{base}/api/").replace(
            "https://service.pdok.nl/", f"{base}/service/"
        )

    def catalogue(self, directory: Path, token: str | None = None) -> tuple[Path, str]:
        """The shipped source catalogue pointed at this server; returns (path, token)."""
        token = token or uuid.uuid4().hex[:12]
        path = Path(directory) / f"pdok_sources_{token}.json"
        path.write_text(self.rewrite(SHIPPED_CATALOGUE.read_text(encoding="utf-8"), token), encoding="utf-8")
        return path, token

    def release(self) -> None:
        """Answer the held requests (and any later one) at once."""
        self._released.set()

    def requests_matching(self, fragment: str) -> list[str]:
        return [r for r in self.requests if fragment in r]

    def _handler_class(self):
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_GET(self):
                stand_in.requests.append(self.path)
                if any(fragment in self.path for fragment in stand_in.hold):
                    stand_in.held.append(self.path)
                    # the timeout only keeps a test that never releases from hanging the server
                    stand_in._released.wait(120)
                try:
                    status, ctype, body = stand_in._answer(self.path)
                except Exception as exc:  # a bug in the stand-in must not hang QGIS
                    status, ctype, body = 500, "text/plain", f"stand-in error: {exc}".encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def _answer(self, raw_path: str):
        parts = urlsplit(raw_path)
        segments = parts.path.strip("/").split("/")
        token, rest = segments[0], "/".join(segments[1:])
        for fragment, status in self.fail.items():
            if fragment in f"{rest}?{parts.query}":
                if status == "garbage":
                    return 200, "application/json", b"{ this is not json"
                return status, "text/plain", f"Error {status} (recorded failure)".encode()
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if rest.startswith("api/"):
            return self._ogc(rest, token, query)
        if rest.startswith("service/"):
            return self._wfs(rest, token, {k.upper(): v for k, v in query.items()})
        return 404, "text/plain", b"not found"

    # --- OGC API Features ------------------------------------------------------
    def _ogc(self, rest: str, token: str, query: dict):
        match = re.match(r"(api/.+?/ogc/v1)(/.*)?$", rest)
        if not match:
            return 404, "text/plain", b"not found"
        root, sub = RECORDED / match.group(1), (match.group(2) or "").strip("/")
        if sub.endswith("/items"):
            return self._items(root, sub, token, query)
        name = {"": "landing.json", "api": "api.json", "conformance": "conformance.json"}.get(
            sub, sub + ".json"
        )
        path = root / name
        if not path.is_file():
            return 404, "application/json", b'{"code": "NotFound"}'
        ctype = "application/vnd.oai.openapi+json;version=3.0" if sub == "api" else "application/json"
        text = path.read_text(encoding="utf-8")
        if sub == "api" and self.max_limit is not None:
            doc = json.loads(text)
            doc["components"]["parameters"]["limit"]["schema"]["maximum"] = self.max_limit
            text = json.dumps(doc)
        return 200, ctype, self.rewrite(text, token).encode()

    def _items(self, root: Path, sub: str, token: str, query: dict):
        rd_out = RD_URI in query.get("crs", "") or query.get("crs", "").endswith("28992")
        out_doc = json.loads(
            (root / f"{sub}.{'28992' if rd_out else 'crs84'}.json").read_text(encoding="utf-8")
        )
        features = out_doc["features"]
        if "bbox" in query:
            box = [float(v) for v in query["bbox"].split(",")[:4]]
            rd_box = query.get("bbox-crs", "").endswith("28992")
            ref = json.loads(
                (root / f"{sub}.{'28992' if rd_box else 'crs84'}.json").read_text(encoding="utf-8")
            )
            keep = {i for i, f in enumerate(ref["features"]) if _intersects(_bbox_of(f), box)}
            features = [f for i, f in enumerate(features) if i in keep]
        limit = int(query.get("limit", "10"))
        cursor = int(query.get("cursor", "0"))
        page = features[cursor : cursor + limit]
        links = []
        if cursor + limit < len(features):
            nxt = dict(query, cursor=str(cursor + limit))
            base = f"https://api.pdok.nl/{root.relative_to(RECORDED / 'api').as_posix()}/{sub}"
            links.append({"rel": "next", "type": "application/geo+json", "href": f"{base}?{urlencode(nxt)}"})
        doc = {
            "type": "FeatureCollection",
            "timeStamp": out_doc.get("timeStamp"),
            "links": links,
            "numberReturned": len(page),
            "features": page,
        }
        return 200, "application/geo+json", self.rewrite(json.dumps(doc), token).encode()

    # --- WFS 2.0 -------------------------------------------------------------
    def _wfs(self, rest: str, token: str, query: dict):
        tiled = re.match(r"(service/.+?/wmts/v\d_\d)/(.+)$", rest.strip("/"))
        if tiled or query.get("REQUEST", "").lower() == "gettile":
            return self._tile(RECORDED / (tiled.group(1) if tiled else rest.strip("/")))
        root = RECORDED / rest.strip("/")
        request = query.get("REQUEST", "").lower()
        if request == "getcapabilities":
            return (
                200,
                "text/xml",
                self.rewrite((root / "capabilities.xml").read_text(encoding="utf-8"), token).encode(),
            )
        if request == "describefeaturetype":
            return 200, "text/xml; subtype=gml/3.2.1", (root / "describefeaturetype.xsd").read_bytes()
        if request != "getfeature":
            return 400, "text/xml", b"<ows:ExceptionReport/>"
        text = (root / "getfeature.xml").read_text(encoding="utf-8")
        head, _, tail = text.partition("  <wfs:member>")
        members = re.findall(r"  <wfs:member>.*?</wfs:member>\n", text, flags=re.S)
        box = self._wfs_bbox(query)
        if box is not None:
            members = [m for m in members if _intersects(self._envelope(m), box)]
        if "COUNT" in query:
            members = members[: int(query["COUNT"])]
        head = re.sub(r'numberMatched="\d+"', f'numberMatched="{len(members)}"', head)
        if query.get("RESULTTYPE", "").lower() == "hits":
            head = re.sub(r'numberReturned="\d+"', 'numberReturned="0"', head)
            return (
                200,
                "text/xml; subtype=gml/3.2.1",
                (head.rstrip() + "\n</wfs:FeatureCollection>\n").encode(),
            )
        head = re.sub(r'numberReturned="\d+"', f'numberReturned="{len(members)}"', head)
        body = head + "".join(members) + "</wfs:FeatureCollection>\n"
        return 200, "text/xml; subtype=gml/3.2.1", body.encode()

    @staticmethod
    def _tile(root: Path):
        """Every WMTS tile (REST or KVP) is the one recorded single-colour tile."""
        for name, ctype in (("tile.jpeg", "image/jpeg"), ("tile.png", "image/png")):
            if (root / name).is_file():
                return 200, ctype, (root / name).read_bytes()
        return 404, "text/plain", b"no tile"

    @staticmethod
    def _envelope(member: str):
        lower = re.search(r"<gml:lowerCorner>([^<]+)</gml:lowerCorner>", member).group(1).split()
        upper = re.search(r"<gml:upperCorner>([^<]+)</gml:upperCorner>", member).group(1).split()
        return float(lower[0]), float(lower[1]), float(upper[0]), float(upper[1])

    @staticmethod
    def _wfs_bbox(query: dict):
        if "BBOX" in query:
            return [float(v) for v in query["BBOX"].split(",")[:4]]
        found = re.search(
            r"lowerCorner>([^<]+)</[^>]*lowerCorner>.*?upperCorner>([^<]+)</",
            query.get("FILTER", ""),
            flags=re.S,
        )
        if found:
            low, up = found.group(1).split(), found.group(2).split()
            return [float(low[0]), float(low[1]), float(up[0]), float(up[1])]
        return None
