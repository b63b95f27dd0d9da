"""A4B Natura 2000 toolkit: QGIS entry point."""


def classFactory(iface):  # QGIS API name
    """Return the plugin instance QGIS asks for."""
    from .plugin import A4BPlugin

    return A4BPlugin(iface)
