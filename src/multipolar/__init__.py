"""multipolar: read international-politics news, keep an evidence-linked model of its alliances."""

__version__ = "0.1.0"
