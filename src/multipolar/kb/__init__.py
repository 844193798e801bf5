"""The actor knowledge base: states, people with dated roles, organisations and their members."""

from .base import KnowledgeBase, Organisation, Person, Role, State, kb_stats, load_kb, user_kb_files

__all__ = ["KnowledgeBase", "State", "Person", "Role", "Organisation", "kb_stats", "load_kb", "user_kb_files"]
