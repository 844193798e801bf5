"""Readers that turn files, folders and streams into :class:`~multipolar.model.Article` records."""

from .checks import check_article, clean_text
from .readers import Unreadable, read_inputs

__all__ = ["Unreadable", "read_inputs", "check_article", "clean_text"]
