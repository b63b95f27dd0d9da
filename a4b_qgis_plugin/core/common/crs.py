"""The one CRS the plugin measures in: the Dutch national grid (RD New)."""

# Distances, areas and the register's geometries are in metres on the Dutch
# national grid, the CRS of every PDOK source the plugin reads.
WORK_CRS = "EPSG:28992"
