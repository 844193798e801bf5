"""The PLOVER v0.8 ontology, with CAMEO alongside.

Plain data and pure functions, read from files shipped in ``data/`` (provenance and licences in
``data/SOURCES.md``); nothing here touches the network or the reference material at run time.

    >>> from multipolar.ontology import QUAD_CLASS, intensity, cameo_to_plover, plover_to_cameo
    >>> QUAD_CLASS["CONSULT"], intensity("CONSULT", "visit")
    ('verbal_cooperation', 4.0)
    >>> cameo_to_plover("0874").type, plover_to_cameo("CONSULT", "visit")
    ('RETREAT', '042')
"""

from multipolar.ontology.cameo import (
    CAMEO_CODES,
    PloverCode,
    cameo_description,
    cameo_root_name,
    cameo_to_plover,
    plover_to_cameo,
)
from multipolar.ontology.plover import (
    AUXILIARY_MODES,
    CONTEXT_DESCRIPTIONS,
    CONTEXTS,
    EVENT_TYPES,
    MODES,
    QUAD_CLASS,
    QUAD_CODES,
    EventTypeInfo,
    OntologyError,
    describe,
    intensity,
    normalize_mode,
    normalize_type,
)
from multipolar.ontology.sectors import SECTORS, is_non_actor, sector_codes

__all__ = [
    "AUXILIARY_MODES", "CAMEO_CODES", "CONTEXTS", "CONTEXT_DESCRIPTIONS", "EVENT_TYPES", "MODES",
    "QUAD_CLASS", "QUAD_CODES", "SECTORS", "EventTypeInfo", "OntologyError", "PloverCode",
    "cameo_description", "cameo_root_name", "cameo_to_plover", "describe", "intensity",
    "is_non_actor", "normalize_mode", "normalize_type", "plover_to_cameo", "sector_codes",
]
