"""A4B Natura 2000 toolkit: QGIS entry point."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Return the plugin instance QGIS asks for."""
    from .plugin import A4BPlugin

    return A4BPlugin(iface)
