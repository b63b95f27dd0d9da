"""National data from PDOK (Natura 2000, BRP parcels, aerial photos): the source catalogue and the loader.

``sources`` reads the catalogue of services (URLs live in a data file,
not in code); ``loader`` fetches a source for an extent into a memory layer
in the working CRS with the field names of the download files (it runs in a
task: no GUI), and saves it to the work GeoPackage.

May import: core.common.
"""

from . import loader
from .sources import load_source_catalogue

__all__ = ["loader", "load_source_catalogue"]
