"""Unnamed actors: the nouns news uses for people and forces it does not name.

"Gunmen", "troops", "villagers", "protesters": each gets an ACLED kind, and a country when a
demonym stands before it ("Cameroonian villagers") or, later, from the event's location.
Anaphors ("the group", "the militants") may be linked to a group named earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tacitus.model import ActorKind, ActorRef

# noun (regex) → kind; plural and singular forms both listed where English differs.
_NOUNS: dict[str, str] = {
    r"(?:terrorist|takfiri|armed|criminal|hostile|extremist|militant|outlaw|subversive|rebel|insurgent|jihadist|saboteur|infiltrating)\s+elements?|"
    r"(?:unidentified|unknown|armed|masked|hooded|heavily\s+armed)\s+(?:individuals?|persons|people|men|youths)|individuals|mercenar(?:y|ies)"
    r"|gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|guerillas?|terrorists?|jihadists?|extremists?|islamists?"
    r"|fighters?(?!\s+(?:jets?|planes?|aircraft|bombers?|pilots?)\b)|assailants?|attackers?|assassins?|killers?|murderers?|slayers?|sicarios?|bandits?|kidnappers?|abductors?|raiders?|armed men|armed group|hitmen|hit men"
    r"|suicide bombers?|bombers?|snipers?|militiam[ae]n|militias?|separatists?|jihadist group|militant group|armed groups?"
    r"|terrorist group|insurgent group|rebel group|extremist group|islamist group|the group|the organi[sz]ation|the movement"
    r"|mujahideen|mujahedeen|mujahidin|hoodlums|thugs|gangs?|gangsters?|pirates?|subversives?|urban commandos?|commandos?|(?:urban|armed|terrorist|sleeper|militant|guerrilla)\s+cells?|cartel|drug traffickers?|narcoterrorists?|death squads?|paramilitar(?:y|ies)": ActorKind.REBEL,
    r"troops|soldiers?|army|military|security forces|police(?:m[ae]n)?|police officers?|officers|government forces|armed forces"
    r"|gendarmes?|gendarmerie|marines|navy|air force|(?:government|military|army|air\s+force)\s+(?:aircraft|planes|helicopters)|warplanes?|fighter\s+(?:jets?|planes?|aircraft|bombers?)|jets|helicopter gunships|gunships|drones?"
    r"|security personnel|security force members|forces|servicem[ae]n|paratroopers|national guard|riot police|authorities|the government|guards?|patrol"
    r"|air\s+defen[cs]es?(?:\s+(?:systems?|units?|batteries))?|(?<=\bits\s)units|(?<=\btheir\s)units": ActorKind.STATE_FORCES,
    r"civilians?|villagers?|residents?|people|persons|(?:(?<=\ban\s)|(?<=\bone\s)|(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s))individual|worshipp?ers|farmers?|herders?|students?|schoolchildren|children"
    r"|women|men|(?:young\s+)?(?:man|woman)|girls|boys|pilgrims?|passengers?|shoppers|teachers?|doctors?|nurses?|aid workers?|journalists?|reporters?"
    r"|peasants?|pilots?|famil(?:y|ies)|fishermen|traders?|refugees?|displaced people|inhabitants|mourners|guests"
    r"|miners?|workers?|employees?|mayors?|judges?|priests?|clerics?|imams?|politicians?|candidates?|officials?"
    r"|ministers?|leaders?|businessm[ae]n|legislators?|lawmakers?|parliamentarians?|MPs|deputies|councilm[ae]n|councillors?|diplomats?|ambassadors?|nuns?|bishops?|archbishops?"
    r"|unionists?|trade\s+unionists?|professors?|lawyers?|attorneys?|governors?|senators?|congressm[ae]n|engineers?|technicians?"
    r"|executives?|managers?|directors?|editors?|newsm[ae]n|cameram[ae]n|photographers?|watchm[ae]n|magistrates?|prosecutors?|rectors?|bankers?|"
    r"university\s+presidents?|landowners?|ranchers?|industrialists?|activists?|jesuits?|missionaries|volunteers?|medics?|paramedics?"
    r"|the population|population|victims?|hostages?|tourists?|merchants?|motorists?|drivers?|citizens|village\s+(?:chiefs?|heads?)|tribal\s+(?:chiefs?|elders?)|elders|traditional\s+rulers?"
    # relatives and household staff, often victims beside the person an attack was aimed at ("his wife and two sons", "their cook")
    r"|wife|wives|husbands?|sons|daughters?|relatives|nephews?|nieces?|minors|cooks?|maids?|housekeepers?|seam[ae]n|sailors?|crew\s+members?": ActorKind.CIVILIANS,
    r"protesters?|protestors?|demonstrators?|marchers|activists?|strikers": ActorKind.PROTESTERS,
    r"rioters?|mobs?|angry crowds?|crowds?|youths": ActorKind.RIOTERS,
    r"peacekeepers?|blue helmets": ActorKind.EXTERNAL,
}
_ALL = "|".join(f"(?P<k{i}>{pat})" for i, pat in enumerate(_NOUNS))
_KINDS = list(_NOUNS.values())
# "military-industrial sites", "army-backed militias": the noun modifies another word and names no actor
GENERIC = re.compile(rf"(?<![Aa]nti-)(?<![Cc]ounter-)\b(?:{_ALL})\b(?![-‐](?!led\b)\w)", re.IGNORECASE)  # (nor "the anti-gang police")
# Words that make an armed noun an anaphor of a group named earlier ("the three rebels", "their fighters"),
# but not a determiner of another noun before a preposition ("the work of death squads", "the arrival of gunmen").
ANAPHOR_DET = re.compile(r"\b(the|these|those|its|their)\s+(?:(?!(?:of|by|from|for|with|in|on|at|to|against|among)\s)\w+\s+){0,2}$",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GenericMention:
    start: int
    end: int
    text: str
    kind: str


def find_generic(text: str) -> list[GenericMention]:
    """Every generic actor noun in ``text`` with its kind."""
    out = []
    for m in GENERIC.finditer(text):
        group = next(g for g, v in m.groupdict().items() if v is not None)
        out.append(GenericMention(m.start(), m.end(), m.group(), _KINDS[int(group[1:])]))
    return out


GENERIC_NAMES: dict[str, str] = {
    ActorKind.REBEL: "Unidentified Armed Group",
    ActorKind.STATE_FORCES: "Military Forces",
    ActorKind.CIVILIANS: "Civilians",
    ActorKind.PROTESTERS: "Protesters",
    ActorKind.RIOTERS: "Rioters",
    ActorKind.EXTERNAL: "Peacekeepers",
}
POLICE = re.compile(r"police|gendarm|officers", re.I)
# "a retired army colonel", "two former Afghan soldiers", "ex-policemen": soldiers and police who no longer
# serve are civilians (searched in the words just before the force's noun)
NO_LONGER_SERVING = re.compile(r"\b(?:former|retired|ex-|erstwhile|demobili[sz]ed)\s*(?:[\w'’-]+\s+)?$", re.I)


def generic_name(kind: str, country_name: str | None, text: str = "") -> str:
    """ACLED-style name of an unnamed actor: "Civilians (Cameroon)", "Police Forces of Nigeria"."""
    if kind == ActorKind.STATE_FORCES:
        base = "Police Forces" if POLICE.search(text) else "Military Forces"
        return f"{base} of {country_name}" if country_name else base
    base = GENERIC_NAMES.get(kind, "Unidentified Actor")
    return f"{base} ({country_name})" if country_name else base


def state_force_id(name: str, iso3: str) -> str:
    """The knowledge base id of a country's police or military forces, by the generic name given them ("Police Forces
    of Kenya" → ``police_ken``)."""
    return f"{'police' if name.startswith('Police') else 'military'}_{iso3.lower()}"


# a doer the text says it does not know ("unidentified gunmen", "unknown assailants")
_UNKNOWN = re.compile(r"\b(?:unidentified|unknown|unnamed|anonymous)\b", re.I)


def unknown_doer(ref: ActorRef | None) -> bool:
    """The report names the doer as people nobody has identified: an accusation told elsewhere, a claim
    of another paragraph, or another report merged with it does not make them a known group."""
    return ref is not None and not ref.actor_id and bool(_UNKNOWN.search(ref.text))
