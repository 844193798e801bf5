"""Import PETRARCH/TABARI verb dictionaries as a multipolar event lexicon (YAML).

A verb dictionary is a list of blocks::

    &TIETYPES            # a synset: a name and +member lines (members may be synsets)
    +MILITARY
    +ECONOMIC

    --- RESTORE  [064]  ---              # block header: name and default code
    RESTORE    # a comment                # verb forms, one a line: {IRREGULAR FORMS} and an
    REESTABLISH [064]                     # own [code] are optional; + marks the verb word of
    +SET_UP {+SETS_UP +SETTING_UP}        # a multi-word verb ("WIRE_+TAP", "+CORDON_OFF")
    - * TIES  [064]                       # patterns: * is the verb, + the target, $ the source,
    - + * FROM $  [066]                   # % both, ^ any noun phrase, _ joins words, &SYN a
    - SAID * TO ATTEND  [082]             # synset; (PREP NOUN) and {NOUN PHRASE} in PETRARCH 2

Each verb's default code becomes a sense (PLOVER type, mode and context from
:func:`multipolar.ontology.cameo_to_plover`, the CAMEO code kept), and the patterns the lexicon
can express become senses tried before it: an object noun after the verb is ``when: {obj:
<class>}`` with a ``petrarch_*`` noun class (the lexicon checks the object's head noun, so
modifiers are dropped: counted as approximations), a particle ``when: {prt: [...]}`` (with a
twin ``prep`` sense: the parser reads "cordoned off the roads" either way), a preposition
``when: {prep: [...]}`` (a ``+`` after it makes it the recipient's place, ``PREP ^`` any noun
phrase that is not the target), ``+ * ... FROM $`` ``roles: reverse``. Words before the verb,
a noun after a preposition, ``%``, two prepositions or particles after the verb, or a source
not introduced by "from" cannot be expressed: those patterns are counted with the reason. Codes
without a PLOVER type (CAMEO 01, 02, 21-22, PETRARCH's test codes) are skipped. A paired code
``[031:032]`` (the second for the target's side) is kept as ``paired`` for the engine; the
``source`` of each sense is its dictionary line. The senses a block's verbs share are written
once and aliased in the YAML.

    report = import_petrarch_verbs("PETR.Validate.verbs.txt", "petr-verbs.yaml")
    report.counts, report.skipped.most_common(5)

The output merges on the bundled lexicon: ``multipolar code --lexicon petr-verbs.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..ontology import OntologyError, cameo_to_plover
from .petrarch_dict import (
    MARKERS,
    Pattern,
    VerbBlock,
    VerbDictionary,
    VerbDictionaryError,
    VerbForm,
    VerbImportReport,
    lemma_of,
    parse_verb_dictionary,
    read_verb_dictionary,
)

__all__ = ["DEFAULT_RECIPIENT", "PARTICLES", "PREPOSITIONS", "Pattern", "VerbBlock",
           "VerbDictionary", "VerbDictionaryError", "VerbForm", "VerbImportReport",
           "import_petrarch_verbs", "lemma_of", "parse_verb_dictionary", "read_pattern",
           "read_verb_dictionary", "to_lexicon"]

# Words read as prepositions / particles after the verb. A particle is a `prt` child of the
# verb in spaCy's parse ("cordon off", "break down"); a preposition heads a PP.
PREPOSITIONS = frozenset((
    "to", "with", "for", "in", "on", "at", "from", "against", "over", "about", "into", "onto",
    "upon", "by", "of", "between", "among", "amid", "toward", "towards", "under", "after",
    "before", "through", "across", "along", "near", "without", "despite", "as", "behind",
    "outside", "inside", "around", "within", "beyond", "during", "until", "via", "per", "than",
    "like"))
PARTICLES = frozenset(("up", "down", "out", "off", "back", "away", "aside", "forward", "together",
                       "apart"))
# Where recipients are read when a pattern names no place: the object, then PPs on the verb
# or on its object (PETRARCH takes the target from the verb phrase after the verb).
DEFAULT_RECIPIENT = ("dobj", "dative", "with", "to", "against", "on", "at", "into", "toward",
                     "towards", "for", "from", "over", "about", "of", "in", "between")
# Words of an object phrase that say nothing about its noun ("* THE UPKEEP", "* THEIR ^").
DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "my", "your",
                        "this", "that", "these", "those", "some", "any", "all", "no"))


# ---- patterns -> senses --------------------------------------------------------------------
class Unexpressible(Exception):
    """A pattern the lexicon format cannot express; the message is the reason."""


@dataclass
class _Reading:
    when: dict[str, Any] = field(default_factory=dict)
    recipient: list[str] = field(default_factory=list)
    reverse: bool = False
    approx: list[str] = field(default_factory=list)


def _expand(token: str, synsets: dict[str, tuple[str, ...]], depth: int = 0) -> list[str]:
    """Phrases a token stands for: a synset's members (recursively), or the word itself."""
    if not token.startswith("&"):
        return [token]
    name = token.rstrip("_").upper()
    if name not in synsets:
        raise Unexpressible("unknown synset")
    if depth > 5:
        raise Unexpressible("synset nested too deep")
    out: list[str] = []
    for member in synsets[name]:
        words = member.split()
        if len(words) == 1:
            out += _expand(words[0], synsets, depth + 1)
        else:
            out.append(member)
    return out


def _groups(post: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Post-verb tokens as ('paren' | 'brace' | 'tok', tokens)."""
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(post):
        t = post[i]
        if t in "({":
            close = ")" if t == "(" else "}"
            j = i + 1
            depth = 1
            while j < len(post) and depth:
                if post[j] == t:
                    depth += 1
                elif post[j] == close:
                    depth -= 1
                j += 1
            inner = [x for x in post[i + 1:j - 1] if x not in "{}"] if depth == 0 else None
            if inner is None:
                raise Unexpressible("unbalanced brackets")
            out.append(("paren" if t == "(" else "brace", inner))
            i = j
        elif t in ")}":
            raise Unexpressible("unbalanced brackets")
        else:
            out.append(("tok", [t]))
            i += 1
    return out


def read_pattern(pre: tuple[str, ...], post: tuple[str, ...],
                 synsets: dict[str, tuple[str, ...]]) -> tuple[_Reading, set[str]]:
    """The conditions and recipient places of a pattern, and the object's head words (empty:
    no object condition). Raises :class:`Unexpressible` with the reason.

    After the verb come, in order: particles, an object noun phrase (its last word is the
    head; determiners are ignored, other modifiers dropped as an approximation; ``^`` is any
    object), then prepositional phrases whose object may be ``+`` (the target), ``$`` after
    FROM (the source: roles reversed) or ``^`` (any noun phrase, so not the target).
    """
    if "%" in pre or "%" in post:
        raise Unexpressible("compound actor marker %")
    if "^" in pre:
        raise Unexpressible("noun-phrase skip ^ before the verb")
    if [t for t in pre if t not in MARKERS]:
        raise Unexpressible("words before the verb")
    r = _Reading()
    target_subject = "+" in pre
    preps: list[str] = []
    prts: list[str] = []
    source_from = False
    obj: list[str] | None = None  # the object's phrases (alternatives of a synset)
    state = "verb"  # verb -> prt -> det -> obj | anyobj -> pp -> pp^
    last_prep: str | None = None
    skipped: set[str] = set()  # "AT ^": that preposition's object is not the target

    def prep(words: list[str]) -> None:
        nonlocal state, last_prep
        if state in ("obj", "anyobj", "pp^"):
            r.approx.append("preposition after the object not checked")
        elif preps:
            raise Unexpressible("two prepositions after the verb (the lexicon needs one of them)")
        else:
            preps.extend(words)
        state, last_prep = "pp", (words[0] if len(words) == 1 else None)

    def marker(t: str) -> None:
        nonlocal state, source_from
        if t == "^":
            if state == "pp^":
                return
            if state == "pp" and last_prep is not None:
                skipped.add(last_prep)
                state = "pp^"
            elif state in ("verb", "prt", "det"):
                state = "anyobj"
            else:
                raise Unexpressible("noun-phrase skip ^ after an object noun")
        elif t == "+":
            if state == "pp^":
                r.recipient.extend(p for p in DEFAULT_RECIPIENT
                                   if p not in skipped and p not in ("dobj", "dative"))
            elif state in ("verb", "prt", "det"):
                r.recipient.extend(["dobj", "dative"])
            elif state == "pp":
                r.recipient.extend([last_prep] if last_prep else preps)
            else:
                r.recipient.append("dobj")
        elif t == "$":
            if state == "pp" and last_prep == "from":
                source_from = True
            elif target_subject and state == "obj":
                source_from = True  # "+ * MONEY $": the money's giver
                r.approx.append("source after the object read from 'from'")
            else:
                raise Unexpressible("source after the verb not introduced by 'from'")
        else:  # %
            raise Unexpressible("compound actor marker %")

    def noun(phrases: list[str], n_words: int) -> None:
        nonlocal obj, state
        if state in ("pp", "pp^"):
            raise Unexpressible("noun after a preposition")
        if state == "anyobj":
            raise Unexpressible("noun after a noun-phrase skip ^")
        if state == "obj" or n_words > 1:
            r.approx.append("modifier before the object noun dropped")
        obj, state = phrases, "obj"

    for kind, toks in _groups(post):
        if kind == "paren" and toks and toks[0].lower() in PARTICLES and state in ("verb", "prt"):
            for t in toks:  # "(ASIDE RIFT)": a particle and an object
                if t.lower() in PARTICLES and state in ("verb", "prt"):
                    if prts:
                        raise Unexpressible("two particles after the verb (the lexicon needs one of them)")
                    prts.append(t.lower())
                    state = "prt"
                elif t in MARKERS:
                    marker(t)
                elif t.lower() in DETERMINERS:
                    continue
                else:
                    noun(_expand(t, synsets), 1)
            continue
        if kind == "paren":  # (PREP [^] [+ | $ | NOUN])
            if not toks or toks[0].lower() not in PREPOSITIONS:
                raise Unexpressible("bracketed phrase is not a prepositional phrase")
            prep([toks[0].lower()])
            for t in toks[1:]:
                if t in MARKERS:
                    marker(t)
                else:
                    raise Unexpressible("noun after a preposition")
            continue
        if kind == "brace":  # {NOUN PHRASE}
            words = [w for t in toks if t.lower() not in DETERMINERS
                     for w in (_expand(t, synsets) if t.startswith("&") else [t])]
            noun([" ".join(words)] if words else [], len(words))
            continue
        t = toks[0]
        low = t.lower()
        if t in MARKERS:
            marker(t)
            continue
        alts = [w.lower() for w in _expand(t, synsets)]
        if t.startswith("&") and all(a in PREPOSITIONS for a in alts):
            prep(alts)
        elif state in ("verb", "prt") and low in PARTICLES:
            if prts:
                raise Unexpressible("two particles after the verb (the lexicon needs one of them)")
            prts.append(low)
            state = "prt"
        elif low in PREPOSITIONS:
            prep([low])
        elif low in DETERMINERS and state in ("verb", "prt", "det"):
            state = "det"
        elif low in DETERMINERS and state == "obj":
            pass
        else:
            noun(_expand(t, synsets), 1)
    heads: set[str] = set()
    for phrase in obj or ():
        ws = [w for w in phrase.split() if w.lower() not in DETERMINERS]
        if len(ws) > 1:
            r.approx.append("modifier before the object noun dropped")
        if ws:
            heads.add(ws[-1].lower().rstrip("_"))
    if target_subject and not source_from:
        raise Unexpressible("target before the verb without a 'from' source")
    if source_from:
        r.reverse, r.recipient = True, ["from"]
    if prts:
        r.when["prt"] = list(dict.fromkeys(prts))
    if preps:
        r.when["prep"] = list(dict.fromkeys(preps))
    if not r.recipient:
        lead = [p for p in preps if p not in ("of", "by") and p not in skipped]
        r.recipient = [p for p in dict.fromkeys(lead + list(DEFAULT_RECIPIENT)) if p not in skipped]
    r.recipient = list(dict.fromkeys(r.recipient))
    r.approx = list(dict.fromkeys(r.approx))
    return r, heads


# ---- dictionary -> lexicon -------------------------------------------------------------------
def _plover(code: str | None) -> tuple[Any, str | None, str | None]:
    """(PloverCode or None, the CAMEO code, the paired code) of a ``[code]``; None with the
    reason as the second item when it has no PLOVER type."""
    if code is None:
        return None, "no code", None
    first, _, second = code.partition(":")
    first, second = first.strip(), second.strip() or None
    if first == "" and second:
        return None, "only a code for the target's side ([:code])", None
    if first == "---" or not re.match(r"\d{2,4}", first):
        return None, "discard or null code" if first == "---" else f"not a CAMEO code [{code}]", None
    digits = re.match(r"\d{2,4}", first)[0]
    try:
        plover = cameo_to_plover(digits)
    except OntologyError:
        plover = None
    if plover is None:
        return None, f"CAMEO {digits[:2]}x has no PLOVER type" if int(digits[:2]) <= 20 else \
            "code beyond CAMEO 20 (no PLOVER type)", None
    paired = re.match(r"\d{2,4}", second)[0] if second and re.match(r"\d{2,4}", second) else None
    return plover, digits, paired


def _sense_dict(plover: Any, cameo: str, paired: str | None, reading: _Reading | None,
                cls: str | None, source: str) -> dict[str, Any]:
    sense: dict[str, Any] = {"type": plover.type}
    if plover.mode:
        sense["mode"] = plover.mode
    if plover.context:
        sense["context"] = list(plover.context)
    sense["cameo"] = _Code(cameo)
    when = dict(reading.when) if reading else {}
    if cls:
        when["obj"] = cls
    if when:
        sense["when"] = when
    sense["recipient"] = list(reading.recipient) if reading else list(DEFAULT_RECIPIENT)
    if reading and reading.reverse:
        sense["roles"] = "reverse"
    if paired:
        sense["paired"] = _Code(paired)
    sense["source"] = source
    return sense


class _Code(str):
    """A CAMEO code, always written quoted ('081' must not read as a number)."""


class _Dumper(yaml.SafeDumper):
    """Senses shared by the verbs of a block are written once and aliased (``*s12``)."""

    def ignore_aliases(self, data: Any) -> bool:
        return not isinstance(data, dict)

    def generate_anchor(self, node: Any) -> str:
        self.last_anchor_id += 1
        return f"s{self.last_anchor_id}"


_Dumper.add_representer(
    _Code, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", str(v), style="'"))


def _when_key(sense: dict[str, Any]) -> str:
    return repr(sorted((k, v if isinstance(v, str) else tuple(v))
                       for k, v in (sense.get("when") or {}).items())) + repr(sense.get("roles"))


class _Builder:
    def __init__(self, synsets: dict[str, tuple[str, ...]], use_spacy: bool) -> None:
        self.synsets = synsets
        self.use_spacy = use_spacy
        self.classes: dict[str, list[str]] = {}
        self.class_of: dict[tuple[str, ...], str] = {}
        self.conditional: dict[str, list[tuple[tuple[int, int], dict[str, Any]]]] = {}
        self.defaults: dict[str, dict[str, Any]] = {}
        self.skipped: Counter = Counter()
        self.approximated: Counter = Counter()
        self.examples: dict[str, list[str]] = {}
        self.counts: Counter = Counter()
        self.kept_patterns: list[str] = []

    def skip(self, reason: str, example: str) -> None:
        self.skipped[reason] += 1
        ex = self.examples.setdefault(reason, [])
        if len(ex) < 3:
            ex.append(example)

    def noun_class(self, heads: set[str], hint: str) -> str:
        key = tuple(sorted(heads))
        if key in self.class_of:
            return self.class_of[key]
        base = "petrarch_" + re.sub(r"[^a-z0-9]+", "_", hint.lower()).strip("_")[:40]
        name, n = base, 2
        while name in self.classes:
            name, n = f"{base}_{n}", n + 1
        self.classes[name] = list(key)
        self.class_of[key] = name
        return name

    def _add(self, lemmas: Iterable[str], rank: tuple[int, int], plover: Any, cameo: str,
             paired: str | None, reading: _Reading, cls: str | None, source: str) -> None:
        """Senses for ``lemmas``; a particle reading gets a twin with the particle as a
        preposition, since the parser labels "cordoned off the roads" either way."""
        variants = [reading]
        if "prt" in reading.when and "prep" not in reading.when and cls is None:
            twin = _Reading({k: v for k, v in reading.when.items() if k != "prt"} |
                            {"prep": list(reading.when["prt"])},
                            list(dict.fromkeys(list(reading.when["prt"]) + reading.recipient)),
                            reading.reverse, reading.approx)
            variants.append(twin)
        senses = [_sense_dict(plover, cameo, paired, v, cls, source) for v in variants]
        for lemma in lemmas:  # one dict shared by the verbs of a block: a YAML alias
            self.conditional.setdefault(lemma, []).extend((rank, sense) for sense in senses)

    def _note_approx(self, reading: _Reading, example: str) -> None:
        for a in reading.approx:
            self.approximated[a] += 1
            ex = self.examples.setdefault("approx: " + a, [])
            if len(ex) < 3:
                ex.append(example)

    def add_pattern(self, targets: list[tuple[list[str], tuple[str, ...]]], pat: Pattern) -> None:
        """A pattern of a block, for each (lemmas, words after the verb) of its verbs: a
        multi-word verb ("+BREAK_DOWN") puts its own words before the pattern's."""
        self.counts["patterns_read"] += 1
        where = f"{pat.source} {pat.raw} [{pat.code}]"
        plover, cameo, paired = _plover(pat.code)
        if plover is None:
            self.skip(cameo or "no PLOVER type", where)
            return
        kept, reason = False, None
        by_tail: dict[tuple[str, ...], list[str]] = {}
        for lemmas, tail in targets:
            by_tail.setdefault(tail, []).extend(x for x in lemmas if x not in by_tail.get(tail, ()))
        for tail, lemmas in by_tail.items():
            try:
                reading, heads = read_pattern(pat.pre, tail + pat.post, self.synsets)
            except Unexpressible as e:
                reason = reason or str(e)
                continue
            if not heads and not reading.when and not reading.reverse:
                reason = reason or "nothing after the verb the lexicon can check (same as the default)"
                continue
            hint = next((t for t in reversed(pat.post) if t.startswith("&")), None) or \
                "_".join(sorted(heads))
            cls = self.noun_class(heads, hint) if heads else None
            if not kept:
                self._note_approx(reading, where)
            rank = (1 if reading.approx else 0, -(len(reading.when) + bool(cls)))
            self._add(lemmas, rank, plover, cameo, paired, reading, cls, pat.source)
            kept = True
        if kept:
            self.counts["patterns_kept"] += 1
            self.kept_patterns.append(where)
        else:
            self.skip(reason or "no verb to attach to", where)

    def lemmas(self, form: VerbForm) -> list[str]:
        """The lemmas the coder may give the verb: of its base form, of its irregular forms
        and of its regular inflections (the parser lemmatises "cordoned" as "cordone")."""
        base = form.words[form.verb_index]
        out = [lemma_of(base, self.use_spacy)]
        forms = []
        for irregular in form.irregular:  # "BROKE_DOWN": the word at the verb's place
            words = [w for w in irregular.split("_") if w]
            if len(words) > form.verb_index:
                forms += [(words[form.verb_index], k) for k in ("ed", "en")]
        low = base.lower()
        stem = low.removesuffix("e")
        forms += [(low + "s", "s"), (stem + "ed", "ed"), (stem + "ed", "en"), (stem + "ing", "ing")]
        for f, kind in forms:
            lem = lemma_of(f, self.use_spacy, kind)
            if lem not in out and len(lem) > 2 and lem[:3] == out[0][:3]:
                out.append(lem)
        return [lem for lem in out if re.fullmatch(r"[a-z][a-z'-]*", lem)]

    def add_verb(self, form: VerbForm, block: VerbBlock) -> tuple[list[str], tuple[str, ...]] | None:
        """A verb line: its default sense (a conditional one for a multi-word verb); returns
        the lemmas and words after the verb that the block's patterns apply to."""
        self.counts["verbs_read"] += 1
        code = form.code if form.code is not None else block.code
        words = form.words
        where = f"{form.source} {' '.join(words)}"
        if form.verb_index > 0:
            self.skip("words before the verb in a multi-word verb", where)
            return None
        lemmas = self.lemmas(form)
        if not lemmas:
            self.skip("not a verb form", where)
            return None
        tail = tuple(words[1:])
        plover, cameo, paired = _plover(code)
        if tail:
            if plover is None:
                self.skip(f"multi-word verb default: {cameo}", where + f" [{code}]")
                return lemmas, tail
            try:
                reading, heads = read_pattern((), tail, self.synsets)
            except Unexpressible as e:
                self.skip(f"multi-word verb: {e}", where)
                return None
            cls = self.noun_class(heads, "_".join(sorted(heads))) if heads else None
            self._note_approx(reading, where)
            # after the block's patterns for this verb, before the one-word verbs' patterns
            rank = (1 if reading.approx else 0, -(len(reading.when) + bool(cls)) + 1)
            self._add(lemmas, rank, plover, cameo, paired, reading, cls, form.source)
            self.counts["multiword_verbs_kept"] += 1
            return lemmas, tail
        if plover is None:
            self.skip(f"verb default: {cameo}", where + f" [{code}]")
            return lemmas, tail
        for lemma in lemmas:
            if lemma in self.defaults:
                if self.defaults[lemma]["cameo"] != cameo:
                    self.skip("verb default: another block already gave this verb a default",
                              where + f" [{code}]")
                continue
            self.defaults[lemma] = _sense_dict(plover, cameo, paired, None, None, form.source)
        return lemmas, tail

    def lexicon(self) -> dict[str, Any]:
        verbs: dict[str, list[dict[str, Any]]] = {}
        used: set[str] = set()
        for lemma in sorted(set(self.conditional) | set(self.defaults)):
            senses: list[dict[str, Any]] = []
            seen: set[str] = set()
            for _rank, sense in sorted(self.conditional.get(lemma, []), key=lambda x: x[0]):
                key = _when_key(sense)
                if key not in seen:
                    seen.add(key)
                    senses.append(sense)
                    used.add(sense["source"])
            if lemma in self.defaults:
                senses.append(self.defaults[lemma])
            verbs[lemma] = senses
        for where in self.kept_patterns:
            if where.split(" ", 1)[0] not in used:
                self.counts["patterns_kept"] -= 1
                self.skip("shadowed by an earlier pattern with the same conditions", where)
        self.counts["verbs"] = len(verbs)
        self.counts["senses"] = sum(len(v) for v in verbs.values())
        self.counts["default_senses"] = len(self.defaults)
        self.counts["noun_classes"] = len(self.classes)
        return {"verbs": verbs, "noun_classes": self.classes}


def to_lexicon(dictionaries: Iterable[VerbDictionary], use_spacy: bool = True
               ) -> tuple[dict[str, Any], _Builder]:
    """A lexicon dict (``verbs`` and ``noun_classes``) from parsed dictionaries, and the
    builder holding its counts and skipped items."""
    dictionaries = list(dictionaries)
    synsets: dict[str, tuple[str, ...]] = {}
    for d in dictionaries:
        synsets.update(d.synsets)
    b = _Builder(synsets, use_spacy)
    for d in dictionaries:
        for block in d.blocks:
            b.counts["blocks"] += 1
            targets = [t for form in block.verbs if (t := b.add_verb(form, block))]
            for pat in block.patterns:
                if targets:
                    b.add_pattern(targets, pat)
                else:
                    b.counts["patterns_read"] += 1
                    b.skip("block has no usable verb", f"{pat.source} {pat.raw}")
    return b.lexicon(), b


def import_petrarch_verbs(files: str | Path | Iterable[str | Path], out_path: str | Path,
                          use_spacy: bool = True) -> VerbImportReport:
    """Read PETRARCH/TABARI verb dictionaries and write a lexicon YAML that merges on the
    bundled lexicon (``--lexicon FILE``).

    Args:
        files: Verb dictionary files, or folders (their ``*.verbs.txt`` and ``CAMEO*.txt``).
        out_path: The YAML file to write; the folders' LICENSE files are copied into its header.
        use_spacy: Lemmatise verb forms with the coder's own lemmatizer (else simple rules).

    Raises:
        VerbDictionaryError: If a file does not exist or holds no verb block.
    """
    items = [Path(files)] if isinstance(files, (str, Path)) else [Path(f) for f in files]
    paths: list[Path] = []
    for p in items:
        if p.is_dir():  # a folder: its *.verbs.txt and CAMEO*.txt files
            found = sorted(f for f in p.iterdir() if f.is_file() and re.search(
                r"(\.verbs\.txt|^CAMEO.*\.txt)$", f.name, re.IGNORECASE))
            if not found:
                raise VerbDictionaryError(f"No *.verbs.txt or CAMEO*.txt file in {p}.")
            paths += found
        elif p.is_file():
            paths.append(p)
        else:
            raise VerbDictionaryError(f"{p} does not exist.")
    dicts = [read_verb_dictionary(p) for p in paths]
    data, b = to_lexicon(dicts, use_spacy)
    issues = tuple(i for d in dicts for i in d.issues)
    head = ["# Converted by multipolar from PETRARCH/TABARI verb dictionaries: "
            + ", ".join(p.name for p in paths),
            "# Each verb's default code is its last sense; patterns come first. Merge it on the",
            "# bundled lexicon with --lexicon. `paired` is the CAMEO code of the target's side",
            "# ([031:032]); `source` the dictionary line."]
    for lic in dict.fromkeys(p.parent / "LICENSE" for p in paths):
        if lic.is_file():
            head += [f"# {x}".rstrip() for x in lic.read_text(encoding="utf-8").splitlines()]
    out_path = Path(out_path)
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=None)
    out_path.write_text("\n".join(head) + "\n" + body, encoding="utf-8")
    counts = dict(b.counts)
    counts["skipped"] = sum(b.skipped.values())
    counts["approximated"] = sum(b.approximated.values())
    return VerbImportReport(str(out_path), counts, b.skipped, b.approximated,
                            {k: tuple(v) for k, v in b.examples.items()}, issues)
