"""The NLP pipeline: spaCy plus multipolar's declared components. The ``Doc`` stays in here."""

from .pipeline import code_articles, load_pipeline

__all__ = ["code_articles", "load_pipeline"]
