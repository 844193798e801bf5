"""CAMEO actor codes and PETRARCH dictionary phrases, read for :mod:`multipolar.importers.phoenix`.

``split_code`` gives a CAMEO actor code's country and PLOVER sector. CAMEO roles map to PLOVER
sectors by :data:`ROLE_SECTORS`; where the names differ: CAMEO MED (media) is PLOVER JRN,
CAMEO HLH (health) PLOVER MED, CIV is CVL, INS and SEP are REB, HRI, ENV and DEV are SOC, MNC is
BUS, NGM is NGO, and TABARI's bare IGO codes (UNO, IMF, IBR, EEC, G77) are IGO. Religion codes
(MUS, CHR ...) give REL only when no other role of the code has a sector.
"""

from __future__ import annotations

import re

ROLE_SECTORS = {r: r for r in "GOV MIL REB OPP BUS COP JUD LEG SPY CVL ELI EDU LAB AGR REF REL CRM "
                "PTY UAF IGO NGO IMG PRE".split()}
ROLE_SECTORS |= {"MED": "JRN", "HLH": "MED", "CIV": "CVL", "INS": "REB", "SEP": "REB", "HRI": "SOC",
                 "ENV": "SOC", "DEV": "SOC", "MNC": "BUS", "NGM": "NGO", "SET": "CVL"}
ROLE_SECTORS |= {c: "IGO" for c in ("UNO", "IMF", "IBR", "EEC", "G77")}
_WEAK = {c: "REL" for c in "ADR ALE BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD JAN JEW JHW LDS MOS MRN "
         "MUS ORT PAG PRO SFI SHI SHN SIK TAO ZRO".split()} | {"PPL": "CVL"}
REGIONS = frozenset("AFR ASA BLK CAS CAU CFR CRB EAF EEU EIN EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS "
                    "SCN SEA WAF WEU WST".split())
NON_STATE = frozenset({"UIS", "INT", "UNK"}) | REGIONS | ROLE_SECTORS.keys() | _WEAK.keys()
"""Three-letter heads that are not a country: regions, roles, IGO/NGO/MNC markers."""
CAMEO_ALIASES = {"ROM": "ROU", "USR": "SUN", "TMP": "TLS", "KSV": "XKX", "ZAR": "COD"}
"""Old CAMEO country codes -> the ISO3 codes of the shipped knowledge base."""


def split_code(code: str) -> tuple[str | None, str | None]:
    """The country and PLOVER sector of a CAMEO actor code.

    Example:
        >>> split_code("ISRMIL"), split_code("IGOUNO"), split_code("---GOV"), split_code("USR")
        (('ISR', 'MIL'), (None, 'IGO'), (None, 'GOV'), ('SUN', None))
    """
    code = re.sub(r"[^A-Z0-9]", "-", code.strip().upper())
    head, parts = code[:3], [code[i:i + 3] for i in range(0, len(code), 3)]
    country = head if re.fullmatch(r"[A-Z]{3}", head) and head not in NON_STATE else None
    roles = parts[1:] if country else parts
    sector = next((ROLE_SECTORS[r] for r in roles if r in ROLE_SECTORS), None)
    return (CAMEO_ALIASES.get(country, country) if country else None,
            sector or next((_WEAK[r] for r in roles if r in _WEAK), None))


# ---- phrases -----------------------------------------------------------------------------
_SMALL = frozenset("of the and for de del della la le du da di van von der den y bin ibn on in at "
                   "to".split())
_COMMON = frozenset("oil gas new old red sea war air law aid arm art day man men sun one two six ten "
                    "top all non pro big bay key net web car bus tax jet ice bar fox tv sri san sao "
                    "abu dar ras umm ben el al st ad ash as an ar at az ye is it or by co dr mr jr sr "
                    "mt ft".split())
_ONSETS = frozenset("bl br ch cl cr cz dj dr dw dz fl fr gh gl gn gr kh kl kn kr mb nd ng ph pl pr ps "
                    "qu sc sh sk sl sm sn sp st sv sw th tr ts tw tz vl wh wr zh sz zl".split())
_CODAS = frozenset("ch ck ct ff ft gh ld lf lk ll lm lp lt mb mp nd ng nk ns nt ph pt rb rc rd rf rg "
                   "rk rl rm rn rp rs rt sh sk sp ss st th tt tz wn ws xt zz ds ks ts gs rz nz".split())
_ROMAN = frozenset("II III IV VI VII VIII IX XII XIII XIV XV XVI".split())
_VOWEL = re.compile("[aeiouy]")


def _acronym(word: str, kind: str, alone: bool) -> bool:
    """Whether an upper-case dictionary word stays upper case: dotted (U.S.), no vowel (PKK),
    a cluster English words do not start or end with (UNDP, ANSF), or short in a state or
    organisation name (UN, AU, PLO). Inside a person's name only the first two tests apply."""
    letters = re.sub(r"[^A-Za-z]", "", word).lower()
    n = len(letters)
    if not n or letters in _SMALL | _COMMON:
        return False
    dotted = re.fullmatch(r"([A-Za-z]{1,2}\.)+[A-Za-z]{0,2}\.?", word) and "." in word[:-1]
    if dotted or word.upper() in _ROMAN or not _VOWEL.search(letters):
        return n >= 2
    if kind == "person" and not alone:
        return False
    odd = (letters[:2] not in _ONSETS and not _VOWEL.search(letters[:2])) or \
        (letters[-2:] not in _CODAS and not _VOWEL.search(letters[-2:]) and letters[-1] != "s")
    return (odd and n <= 6) or n <= (3 if alone else 2) or (alone and kind == "org" and n <= 5)


def _cap(word: str) -> str:
    out = "-".join(p.lower() if i and len(p) <= 2 else p.capitalize()
                   for i, p in enumerate(word.split("-")))
    out = re.sub(r"(\b[A-Z]'|\.)([a-z])", lambda m: m[1] + m[2].upper(), out)  # O'Brien, S.Korea
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m[1].upper(), out)


def normalise_name(raw: str, kind: str = "person") -> tuple[str, tuple[str, ...]]:
    """A dictionary phrase as a news writer would write it, and acronyms found in parentheses.

    Underscores become spaces (a trailing one, PETRARCH's word-boundary mark, goes), a leading
    "THE" is dropped, and case is set word by word (``kind`` is person, state or org).

    Example:
        >>> normalise_name("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_", "org")
        ('Aden Abyan Islamic Army', ('AAIA',))
        >>> normalise_name("THE_UNITED_NATIONS_", "org")[0], normalise_name("U.S._", "state")[0]
        ('United Nations', 'U.S.')
    """
    text, extra = raw.strip().replace("_", " "), []
    for inner in re.findall(r"\(([^)]*)\)", text):
        ini = "".join(w[0] for w in re.sub(r"\(.*?\)", "", text).split() if w[0].isalpha())
        if len(inner) <= 5 or re.fullmatch(".*".join(map(re.escape, inner)), ini):
            extra.append(inner.strip())
    words = re.sub(r"\(.*?\)", " ", text).split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    alone = len(words) == 1
    out = [w if not w.isupper() else w.upper() if _acronym(w, kind, alone)
           else w.lower() if i and w.lower() in _SMALL else _cap(w) for i, w in enumerate(words)]
    return " ".join(out), tuple(e for e in extra if e)


def is_demonym(form: str, names: list[str]) -> bool:
    """Whether a one-word form of a state is its demonym ("Danish", "Afghan", "Israeli"), judged
    by its ending and, for -an and -i, by another of the state's names (lower case) it comes from."""
    low = form.lower()
    if " " in low or len(low) < 4:
        return False
    if re.search(r"(ian|ean|ese|ish|ican)$", low) or (len(low) <= 6 and low.endswith("ch")):
        return True
    others = [n for n in names if n != low and " " not in n]
    if low.endswith("i"):  # Israel -> Israeli, Somalia -> Somali
        return any(n in (low[:-1], low + "a") for n in names)
    return low.endswith("an") and any(n.startswith(low) and len(n) >= len(low) + 3 for n in others)
