"""Convert the PLOVER/CAMEO reference files into the data of ``multipolar.ontology``.

Reads ``../shared/reference`` (PLOVER manual v0.8, CAMEO2PLOVER-2021, NGEC codebook and agents)
and writes ``src/multipolar/ontology/data/{plover,cameo,sectors}.json``. The package reads only
those files at run time. Every decision that departs from the sources is a named constant below
and is listed in ``data/SOURCES.md``.

    python scripts/build_ontology.py            # rebuild
    python scripts/build_ontology.py --check    # exit 1 if the data files are out of date
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "multipolar" / "ontology" / "data"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

# The manual's score table gives ACCUSE +3 (line 330) although its modes score -2 to -3.5 and
# ACCUSE is verbal conflict: a dropped minus sign. (type, mode) -> (printed value, value used).
SCORE_ERRATA = {("ACCUSE", ""): (3.0, -3.0)}

# Mode names used by the NGEC codebook, the NGEC training data or CAMEO2PLOVER that are not
# v0.8 modes of that type -> the v0.8 mode whose manual definition covers them (None: no mode).
MODE_ALIASES: dict[str, dict[str, str | None]] = {
    "ASSAULT": {"assassinate": "targeted", "execute": "targeted", "massacre": "targeted",
                "primative": "primitive", "cleansing": None},
    "COERCE": {"ban": "restrict", "sieze": "seize"},
    "THREATEN": {"ban": "restrict", "rights": "restrict", "political": "restrict"},
    "RETREAT": {"return": None, "ease": None},  # CAMEO2PLOVER l.88: "ease" is no longer a mode
}
# CAMEO2PLOVER contexts that are not in the v0.8 context list.
CONTEXT_ALIASES = {"humanitarian": "human_security", "democracy": "pro_democracy"}
# Row-level corrections of CAMEO2PLOVER: code -> (type, mode) replacing the printed values.
CAMEO_FIXES: dict[str, tuple[str, str | None]] = {
    "163": ("SANCTION", "discontinue"),  # manual l.822: international sanctions are 'discontinue'
    "195": ("ASSAULT", "aerial"),        # "Employ aerial weapons"; manual l.974 'aerial' mode
    "1712": ("ASSAULT", "destroy"),      # "Destroy property"; 'seize' is not an ASSAULT mode
}
# plover_to_cameo: CAMEO 180 is *unconventional* violence; a bare attack between the states
# this project reads about is CAMEO 190 "Use conventional military force".
TYPE_DEFAULT_OVERRIDES = {"ASSAULT": "190"}
PLOVER = "openeventdata/PLOVER @5e0c24f, CC BY-SA 4.0"
NGEC = "ahalterman/NGEC-2025 @a3909e2, MIT"
PROVENANCE = {
    "plover": f"PLOVER_MANUAL.tex v0.8 ({PLOVER}); PLOVER_structured_codebook.csv ({NGEC}). "
              "Built by scripts/build_ontology.py; see SOURCES.md.",
    "cameo": f"CAMEO2PLOVER-2021.txt and PLOVER_MANUAL.tex ({PLOVER}). "
             "Built by scripts/build_ontology.py; see SOURCES.md.",
    "sectors": f"PLOVER_MANUAL.tex ({PLOVER}); PLOVER_agents.txt, (c) 2014 Open Event Data "
               f"Alliance ({NGEC}). Built by scripts/build_ontology.py; see SOURCES.md.",
}


def detex(text: str) -> str:
    """LaTeX fragment -> plain text (only the macros the PLOVER manual uses)."""
    text = "\n".join(re.sub(r"(?<!\\)%.*", "", line) for line in text.splitlines())
    text = re.sub(r"\\hyperref\[[^\]]*\]\{([^{}]*)\}", r"\1", text)
    macro = r"\\(?:plcat|plcon|plmod|txt|ti|textit|emph|textbf|texttt|url)\{([^{}]*)\}"
    while re.search(macro, text):
        text = re.sub(macro, r"\1", text)
    text = re.sub(r"\\(?:ref|autoref|label|citep?|citet|fn|footnote|cellcolor|(?:sub)*section)"
                  r"\{[^{}]*\}|\\(?:newpage|clearpage)\b", "", text)
    for old, new in (("---", "\u2014"), ("--", "\u2013"), ("``", '"'), ("''", '"'), ("`", "'"),
                     ("\\_", "_"), ("\\&", "&"), ("\\$", "$"), ("\\%", "%"), ("\\ldots", "..."),
                     ("$+$", "+"), ("$", ""), ("~", " "), ("\\\\", " ")):
        text = text.replace(old, new)
    return re.sub(r"\s+", " ", text).strip()


def table_rows(block: str) -> list[list[str]]:
    """Rows of the first tabular/longtable in ``block`` as lists of raw cells."""
    rows = []
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("%") or "&" not in line:
            continue
        cells = [cell.strip() for cell in re.sub(r"\\\\\s*$", "", line).split("&")]
        if len(cells) == 2 and not cells[0] and rows:  # continuation (THREATEN 'restrict')
            rows[-1][1] += " " + cells[1]
        else:
            rows.append(cells)
    return rows


def between(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)]


def role_sentences(text: str, word: str) -> list[str]:
    """Sentences of a manual section that say who is coded as ``word`` (actor/recipient).

    They either mark the role as ``\\txt{actor}`` or say "... as (the) actor".
    """
    text = "\n".join(re.sub(r"(?<!\\)%.*", "", line) for line in text.splitlines())
    units = re.split(r"\\item|\n\s*\n|(?<=[.!?])\s+(?=[A-Z\\])", text)
    role = rf"\\txt\{{{word}\}}|\bas (?:the )?{word}\b"
    return [detex(u) for u in units if re.search(role, u)]


def build_plover(tex: str, codebook: list[dict[str, str]]) -> dict:
    chapter = between(tex, "\\chapter{Event Categories}", "\\chapter{Contexts}")
    parts = re.split(r"^\\section\{([A-Z]+)\}", chapter, flags=re.M)[1:]
    sections = dict(zip(parts[::2], parts[1::2]))
    types: dict[str, dict] = {}
    for name, body in sections.items():
        quad = re.search(r"Quad category: ([A-Z ]+)\}", body).group(1).strip().lower()
        needs = re.search(r"Requires recipient: (Yes|No)", body).group(1) == "Yes"
        modes = {}
        if "Name & Content" in body:
            for cells in table_rows(between(body, "Name & Content", "\\end{tabular}"))[1:]:
                modes[detex(cells[0])] = detex(cells[1])
        prose = re.sub(r"\\begin\{table\}.*?\\end\{table\}%?", "", body, flags=re.S)
        rows = [r for r in codebook if r["event"] == name]
        actor, recip, notes = _codebook_roles(rows)
        actor += role_sentences(prose, "actor")
        recip += role_sentences(prose, "recipient")
        generic = "the entity or entities to whom the event is directed"
        types[name] = {
            "definition": rows[0]["event_def"].strip(),
            "quad_class": quad.replace(" ", "_"),
            "requires_recipient": needs,
            "modes": list(modes),
            "mode_definitions": modes,
            "actor_rule": " ".join(["The entity or entities who initiated the event.", *actor]),
            "recipient_rule": " ".join(
                [f"Required: {generic}." if needs else f"Optional: {generic}, if this is clear.",
                 *recip]),
            "notes": notes,
        }
    order = list(sections)
    for name, aliases in MODE_ALIASES.items():
        assert all(m is None or m in types[name]["modes"] for m in aliases.values()), name
    assert len(order) == 16 and all(t["quad_class"] in QUADS for t in types.values()), order
    _check_quad_summary(tex, types)
    return {
        "_provenance": PROVENANCE["plover"],
        "event_types": order,
        "types": types,
        "quad_codes": {q: i for i, q in enumerate(QUADS, start=1)},
        "intensity": _scores(tex, types),
        "contexts": _contexts(tex),
        "auxiliary_modes": ["historical", "future", "hypothetical", "negation"],
        "mode_aliases": MODE_ALIASES,
    }


def _codebook_roles(rows: list[dict[str, str]]) -> tuple[list[str], list[str], list[str]]:
    """Split NGEC extraction notes into actor sentences, recipient sentences and other notes."""
    by_note: dict[str, list[str]] = {}
    for row in rows:
        note = row["extraction_notes"].strip()
        if note:
            modes = by_note.setdefault(note, [])
            if row["mode"] and row["mode"] not in modes:
                modes.append(row["mode"])
    actor, recip, notes = [], [], []
    for note, modes in by_note.items():
        text = (f"({', '.join(modes)}) " if modes else "") + note.removeprefix("NOTE: ")
        text = text if text.endswith(".") else text + "."
        if "ACTOR" in note or "RECIPIENT" in note:
            (actor if "ACTOR" in note else recip).append(text)
            if "ACTOR" in note and "RECIPIENT" in note:
                recip.append(text)
        else:
            notes.append(text)
    return actor, recip, notes


def _check_quad_summary(tex: str, types: dict[str, dict]) -> None:
    """Report where the manual's quad summary table disagrees with the per-type sections."""
    block = between(tex, "Quad category & PLOVER categories", "\\end{tabular}")
    for line in block.splitlines()[1:]:
        if "&" in line:
            quad, names = (c.strip() for c in line.split("&")[:2])
            for name in re.findall(r"[A-Z]{4,}", names):
                section = types[name]["quad_class"]
                if section != quad.lower().replace(" ", "_"):
                    print(f"note: quad table puts {name} under {quad!r}; its section says "
                          f"{section!r} (section kept)", file=sys.stderr)


def _scores(tex: str, types: dict[str, dict]) -> dict[str, dict[str, float]]:
    block = between(tex, "\\begin{tabular}{|lc|lc|lc|}", "\\end{tabular}")
    scores: dict[str, dict[str, float]] = {t: {} for t in types}
    for cells in table_rows(block)[1:]:
        for label, value in zip(cells[::2], cells[1::2]):
            label, value = detex(label), detex(value)
            if not label:
                continue
            name, _, mode = label.partition(":")
            key = (name.strip(), mode.strip().lower())
            number = float(value)
            if key in SCORE_ERRATA:
                printed, number = SCORE_ERRATA[key]
                assert float(value) == printed, f"erratum for {key} no longer applies"
            assert key[1] == "" or key[1] in types[key[0]]["modes"], key
            scores[key[0]][key[1]] = number
    assert all("" in s for s in scores.values()), scores
    return scores


def _contexts(tex: str) -> dict[str, str]:
    block = between(tex, "\\label{tab:general-contexts}", "\\end{longtable}")
    rows = [r for r in table_rows(block) if r[0] != "Name"]
    return {detex(name): detex(desc) for name, desc in rows}


def build_cameo(table: str, tex: str, plover: dict) -> dict:
    """CAMEO2PLOVER rows -> normalized entries, root names and PLOVER->CAMEO defaults."""
    entries: dict[str, dict] = {}
    for number, line in enumerate(table.splitlines(), start=1):
        m = re.match(r"(\d{2,4}):\s*(.*)$", line.strip())
        if not m:
            continue
        code, rest = m.groups()
        fields, _, comment = rest.partition("#")
        raw = [f.strip() for f in fields.split(",")] + ["", ""]
        if code in entries:  # 175 is listed twice; "08" heads both CONCEDE and RETREAT
            print(f"note: CAMEO {code} repeated on line {number}; first kept", file=sys.stderr)
            continue
        entries[code] = _entry(code, raw[0], raw[1], raw[2], comment, number, plover)
    roots, dropped = {}, []
    for cells in table_rows(between(tex, "CAMEO code & CAMEO text", "\\end{tabular}"))[1:]:
        code, name, target = (detex(c) for c in cells)
        roots[code] = re.sub(r"\s*\(.*\)", "", name)
        if target == "dropped":
            dropped.append(code)
    return {"_provenance": PROVENANCE["cameo"], "roots": roots, "dropped": dropped, "entries": entries,
            "plover_to_cameo": _defaults(entries, plover["event_types"])}


def _entry(code: str, typ: str, mode: str, context: str, comment: str, line: int,
           plover: dict) -> dict:
    types, contexts = plover["types"], plover["contexts"]
    mode = mode.lower() or None
    ctx = [c.strip() for c in context.split(";") if c.strip()]
    raw = {"type": typ, "mode": mode, "context": ctx}
    if mode in contexts and mode not in types[typ]["modes"]:  # 175: 'pro_autocracy' as mode
        ctx, mode = ctx + [mode], None
    if code in CAMEO_FIXES:
        typ, mode = CAMEO_FIXES[code]
    if mode is not None and mode not in types[typ]["modes"]:
        mode = MODE_ALIASES[typ][mode]
    ctx = [CONTEXT_ALIASES.get(c, c) for c in ctx]
    assert typ in types and all(c in contexts for c in ctx), (code, typ, ctx)
    description = re.split(r"\s{2,}\d\d\.\d\d\.\d\d:", comment)[0].strip()
    entry = {"type": typ, "mode": mode, "context": ctx, "description": description, "line": line}
    if raw != {"type": typ, "mode": mode, "context": ctx}:
        entry["raw"] = raw  # printed values, kept where a fix or an alias changed them
    return entry


def _defaults(entries: dict[str, dict], order: list[str]) -> dict[str, dict[str, str]]:
    """Most representative CAMEO code per PLOVER type ("" key) and per type+mode.

    Rule: among the rows mapping to the type (and mode), take the CAMEO cue category holding
    the most rows of that type, then the shortest code, then the lowest.
    """
    rows = [(c, e) for c, e in entries.items() if len(c) > 2]
    out: dict[str, dict[str, str]] = {}
    for typ in order:
        mine = [(c, e) for c, e in rows if e["type"] == typ]
        family = Counter(c[:2] for c, _ in mine)

        def key(item: tuple[str, dict]) -> tuple[int, str, int, str]:
            code = item[0]
            return (-family[code[:2]], code[:2], len(code), code)  # noqa: B023

        best = {"": TYPE_DEFAULT_OVERRIDES.get(typ) or min(mine, key=key)[0]}
        for code, entry in sorted(mine, key=key):
            if entry["mode"] is not None:
                best.setdefault(entry["mode"], code)
        out[typ] = best
    return out


def build_sectors(tex: str, agents: str) -> dict:
    sectors = {}
    for cells in table_rows(between(tex, "\\label{tab:roles}", "\\end{longtable}")):
        if re.fullmatch(r"[A-Z]{3}", cells[0]):
            sectors[cells[0]] = re.sub(r"\s*\(see [^)]*\)", "", detex(cells[1]))
    # Codes PLOVER_agents.txt uses that the manual's table lacks (CAMEO agent codes).
    sectors |= {"IGO": "inter-governmental organizations (CAMEO agent code)",
                "NGO": "non-governmental organizations (CAMEO agent code)",
                "IMG": "international militarized groups (CAMEO agent code)"}
    subs: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    non_actor: set[str] = set()
    for line in agents.splitlines():
        line = line.split("#")[0].strip()
        if m := re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line):
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.fullmatch(r"(.+?)\s*(?:\{(.+)\})?\s*\[~([A-Z]+)\]", line)
        if not m or "\u00c3" in line:  # skip the one mis-encoded (mojibake) entry
            continue
        phrase, plural, code = m.groups()
        for form in _expand(phrase, subs) + ([_norm(plural)] if plural else []):
            if code in ("NON", "JNK"):  # not actors: days, regions, natural disasters
                non_actor.add(form)
            else:
                parts = [code[i:i + 3] for i in range(0, len(code), 3)]
                assert all(p in sectors for p in parts), (phrase, code)
                words.setdefault(form, code)
    return {"_provenance": PROVENANCE["sectors"], "sectors": sectors, "words": dict(sorted(words.items())),
            "non_actor": sorted(non_actor - set(words))}


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()


def _expand(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    for name, values in subs.items():
        if name in phrase:
            return [f for v in values for f in _expand(phrase.replace(name, v), subs)]
    return [_norm(phrase)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="fail if data files are stale")
    args = parser.parse_args()
    ref = args.shared / "reference"
    tex = (ref / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    with open(ref / "PLOVER_structured_codebook.csv", encoding="utf-8", newline="") as f:
        codebook = list(csv.DictReader(f))
    plover = build_plover(tex, codebook)
    outputs = {
        "plover.json": plover,
        "cameo.json": build_cameo((ref / "CAMEO2PLOVER-2021.txt").read_text("utf-8"), tex, plover),
        "sectors.json": build_sectors(tex, (ref / "PLOVER_agents.txt").read_text("utf-8")),
    }
    stale = []
    for name, data in outputs.items():
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        path = OUT / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    print(("stale: " if args.check else "written: ") + (", ".join(stale) or "nothing"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
