"""Importers of other coders' dictionaries: PETRARCH/Phoenix actor and agent dictionaries into a
knowledge-base file (:mod:`.phoenix`), PETRARCH/TABARI verb dictionaries into an event lexicon
(:mod:`.petrarch_verbs`); both read their files with :mod:`.dictionary`."""
