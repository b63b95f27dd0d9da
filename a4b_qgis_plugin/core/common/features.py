"""Reading feature sources the way the plugin's algorithms need them."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsFeatureSource, QgsProcessingFeatureSource

from .qt_compat import SOURCE_SKIP_GEOMETRY_CHECKS


def features_including_invalid(source: QgsFeatureSource, request: QgsFeatureRequest | None = None):
    """Iterate *source* with invalid geometries included, to repair them ourselves.

    Processing's own check (on by default) stops a run at the first invalid
    geometry with a generic message; the algorithms repair and count instead.
    """
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, SOURCE_SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)
