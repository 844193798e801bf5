"""Word lists the actor rules share: role nouns, agent nouns with their PLOVER sectors."""

from __future__ import annotations

# lemma of the head noun -> role, when no modifier changes it
ROLE_HEADS = {
    "president": "head_of_state", "king": "head_of_state", "queen": "head_of_state",
    "monarch": "head_of_state", "emir": "head_of_state", "sultan": "head_of_state",
    "emperor": "head_of_state", "empress": "head_of_state",
    "premier": "head_of_government", "chancellor": "head_of_government",
    "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "leader": "leader", "dictator": "leader", "autocrat": "leader", "strongman": "leader",
    "ruler": "leader", "satrap": "leader", "despot": "leader", "tyrant": "leader",
    "tsar": "leader", "czar": "leader",
}
# modifiers of "minister" / "secretary" -> role
MINISTER_KINDS = {
    "prime": "head_of_government", "foreign": "foreign_minister", "defence": "defence_minister",
    "defense": "defence_minister", "external": "foreign_minister",
}
# "Secretary of State", "Minister of Defence", "Minister of Foreign Affairs"
OF_ROLES = {
    ("secretary", "state"): "foreign_minister", ("secretary", "defense"): "defence_minister",
    ("secretary", "defence"): "defence_minister", ("minister", "defence"): "defence_minister",
    ("minister", "defense"): "defence_minister", ("minister", "affairs"): "foreign_minister",
    ("head", "state"): "head_of_state", ("head", "government"): "head_of_government",
}
SECRETARY_KINDS = {"foreign": "foreign_minister", "defence": "defence_minister",
                   "defense": "defence_minister", "press": "spokesperson"}

# Group nouns that make a demonym an actor, with their PLOVER sector.
AGENT_NOUNS = {
    "government": "GOV", "authorities": "GOV", "authority": "GOV", "official": "GOV",
    "officials": "GOV", "administration": "GOV", "regime": "GOV", "diplomat": "GOV",
    "diplomats": "GOV", "diplomacy": "GOV", "ministry": "GOV", "embassy": "GOV",
    "ambassador": "GOV", "delegation": "GOV", "cabinet": "GOV", "state": "GOV",
    "side": "GOV", "leadership": "GOV", "envoy": "GOV", "negotiator": "GOV", "negotiators": "GOV",
    "troops": "MIL", "troop": "MIL", "soldier": "MIL", "soldiers": "MIL", "army": "MIL",
    "military": "MIL", "forces": "MIL", "force": "MIL", "navy": "MIL", "warplanes": "MIL",
    "jets": "MIL", "artillery": "MIL", "units": "MIL", "unit": "MIL", "general": "MIL",
    "generals": "MIL", "commander": "MIL", "commanders": "MIL", "paratroopers": "MIL",
    "servicemen": "MIL", "battalion": "MIL", "brigade": "MIL", "contingent": "MIL",
    "command": "MIL", "peacekeepers": "MIL", "warships": "MIL", "drones": "MIL",
    "missiles": "MIL", "missile": "MIL", "rockets": "MIL", "shells": "MIL", "bombs": "MIL",
    "aircraft": "MIL", "bombers": "MIL", "submarines": "MIL", "tanks": "MIL", "gunboats": "MIL",
    "police": "COP", "guards": "COP", "militia": "UAF", "mercenaries": "UAF",
    "intelligence": "SPY", "spies": "SPY",
    "parliament": "LEG", "lawmakers": "LEG", "legislators": "LEG", "senators": "LEG",
    "deputies": "LEG", "court": "JUD", "judges": "JUD", "prosecutors": "JUD",
    "opposition": "OPP", "dissidents": "OPP", "activists": "OPP", "protesters": "OPP",
    "demonstrators": "OPP", "rioters": "OPP", "crowd": "CVL", "crowds": "CVL", "mob": "CVL",
    "consulate": "GOV", "gunmen": "REB", "guerrillas": "REB", "fighters": "REB",
    "warplane": "MIL", "warship": "MIL", "gunship": "MIL", "gunships": "MIL", "helicopter": "MIL",
    "helicopters": "MIL", "guard": "COP", "coastguard": "COP", "vessel": "CVL", "vessels": "CVL",
    "ship": "CVL", "ships": "CVL", "boat": "CVL", "boats": "CVL", "trawler": "CVL", "tanker": "CVL",
    "airliner": "CVL", "plane": "CVL",
    "rebels": "REB", "insurgents": "REB", "separatists": "REB", "partisans": "REB",
    "saboteurs": "REB", "militants": "REB", "volunteers": "UAF",
    "media": "JRN", "journalists": "JRN", "journalist": "JRN", "press": "JRN",
    "company": "BUS", "companies": "BUS", "firms": "BUS", "businesses": "BUS",
    "exporters": "BUS", "banks": "BUS", "bank": "BUS", "investors": "BUS",
    "people": "CVL", "citizens": "CVL", "civilians": "CVL", "population": "CVL",
    "public": "CVL", "refugees": "REF", "migrants": "REF", "students": "EDU",
    "workers": "LAB", "unions": "LAB", "party": "PTY", "nation": "GOV", "counterpart": "GOV",
    "counterparts": "GOV", "partners": "GOV", "ally": "GOV", "allies": "GOV",
}
# PLOVER agents that news names without a state ("police fired tear gas at protesters in Lagos"):
# they take the state of the place or government the sentence or article is about.
DOMESTIC_AGENTS = {
    "police": "COP", "policemen": "COP", "officers": "COP", "gendarmes": "COP", "riot police": "COP",
    "security forces": "MIL", "troops": "MIL", "soldiers": "MIL", "army": "MIL", "military": "MIL",
    "government forces": "MIL", "forces": "MIL", "militias": "UAF", "militia": "UAF",
    "gunmen": "UAF", "assailants": "UAF", "attackers": "UAF",
    "militants": "REB", "rebels": "REB", "insurgents": "REB", "separatists": "REB", "jihadists": "REB",
    "guerrillas": "REB", "fighters": "REB",
    "protesters": "CVL", "demonstrators": "CVL", "rioters": "CVL", "crowd": "CVL", "crowds": "CVL",
    "mob": "CVL", "activists": "CVL", "civilians": "CVL", "villagers": "CVL", "residents": "CVL",
    "farmers": "AGR", "peasants": "AGR", "workers": "LAB", "strikers": "LAB", "miners": "LAB",
    "unions": "LAB", "students": "EDU", "teachers": "EDU", "doctors": "MED", "nurses": "MED",
    "prisoners": "CVL", "detainees": "CVL", "inmates": "CVL", "journalists": "JRN",
    "people": "CVL", "children": "CVL", "women": "CVL", "passengers": "CVL", "pilgrims": "CVL",
    "worshippers": "CVL", "voters": "CVL", "hostages": "CVL", "migrants": "REF",
    "refugees": "REF", "opposition": "OPP", "dissidents": "OPP",
    "lawmakers": "LEG", "legislators": "LEG", "prosecutors": "JUD", "judges": "JUD", "court": "JUD",
    "authorities": "GOV", "government": "GOV", "officials": "GOV", "regime": "GOV",
}
# Titles in apposition to an unknown person ("Waldemar Skrzypczak, a former Polish general").
PERSON_TITLE_SECTORS = {
    "general": "MIL", "commander": "MIL", "colonel": "MIL", "officer": "MIL", "admiral": "MIL",
    "minister": "GOV", "diplomat": "GOV", "ambassador": "GOV", "official": "GOV",
    "politician": "GOV", "president": "GOV", "senator": "LEG", "lawmaker": "LEG", "mp": "LEG",
    "deputy": "LEG", "judge": "JUD", "prosecutor": "JUD", "journalist": "JRN", "editor": "JRN",
    "activist": "OPP", "dissident": "OPP", "leader": "GOV", "spokesperson": "GOV",
    "spokesman": "GOV", "spokeswoman": "GOV", "businessman": "BUS", "executive": "BUS",
    "analyst": "CVL", "expert": "EDU", "professor": "EDU", "scholar": "EDU",
}
# Head nouns that name one office-holder's title: "the Iranian president" is whoever has the
# title President (the head of government there), not the head of state (the Supreme Leader).
TITLE_HINTS = {
    "president": ("president",), "chancellor": ("chancellor",), "king": ("king",),
    "queen": ("queen",), "emir": ("emir",), "sultan": ("sultan",), "emperor": ("emperor",),
    "empress": ("empress",), "premier": ("premier", "prime minister"),
}
# Offices of international organisations, as written after or before the organisation's name.
ORG_TITLES = ("secretary general", "secretary-general", "high representative", "director general",
              "director-general", "managing director", "chief prosecutor", "president", "chairman",
              "chairwoman", "chairperson", "chair", "prosecutor", "commissioner", "chief", "head",
              "spokesperson", "spokesman", "spokeswoman")
# On the day an office changes hands, these words point at the new holder.
NEW_HOLDER_WORDS = frozenset({"inaugural", "inauguration", "inaugurate", "sworn", "swear", "new",
                              "newly", "incoming", "elect", "successor"})
MINISTRY_WORDS = ("ministry", "foreign", "state department", "department of state", "mfa")

# Definite descriptions of an organisation already named ("the bloc", "the alliance").
ORG_ANAPHORS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping", "union",
                          "pact", "coalition", "body"})

# Mention kinds that stand for a person.
PERSONLIKE = ("person", "descriptor", "pronoun", "short-name")
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
