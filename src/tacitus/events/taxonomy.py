"""ACLED's event taxonomy: 25 sub-event types in six families, and the interaction codes."""

from __future__ import annotations

from tacitus.actors.resolve import ARMED_NON_STATE
from tacitus.model import ActorKind

FAMILIES: dict[str, tuple[str, ...]] = {
    "battles": ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
    "explosions_remote_violence": (
        "chemical_weapon", "air_drone_strike", "suicide_bomb", "shelling_artillery_missile", "remote_explosive", "grenade",
    ),
    "violence_against_civilians": ("sexual_violence", "attack", "abduction"),
    "protests": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "agreement", "arrest", "change_to_group_activity", "disrupted_weapons_use", "headquarters_established",
        "looting_property_destruction", "non_violent_territory_transfer", "other",
    ),
}
# the kinds of actor that fight: armed groups, a state's own forces and foreign ones
ARMED = ARMED_NON_STATE | {ActorKind.STATE_FORCES, ActorKind.EXTERNAL}
FAMILY_OF: dict[str, str] = {code: fam for fam, codes in FAMILIES.items() for code in codes}
# The families of political violence: one incident may be told as any of them in one article.
VIOLENT_FAMILIES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
EVENT_TYPES: tuple[str, ...] = tuple(FAMILY_OF)

# ACLED's own names, for the ACLED-compatible export.
ACLED_EVENT_TYPE = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
}
ACLED_SUB_EVENT_TYPE = {
    "armed_clash": "Armed clash",
    "government_regains_territory": "Government regains territory",
    "non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
    "chemical_weapon": "Chemical weapon",
    "air_drone_strike": "Air/drone strike",
    "suicide_bomb": "Suicide bomb",
    "shelling_artillery_missile": "Shelling/artillery/missile attack",
    "remote_explosive": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "sexual_violence": "Sexual violence",
    "attack": "Attack",
    "abduction": "Abduction/forced disappearance",
    "peaceful_protest": "Peaceful protest",
    "protest_with_intervention": "Protest with intervention",
    "excessive_force_against_protesters": "Excessive force against protesters",
    "violent_demonstration": "Violent demonstration",
    "mob_violence": "Mob violence",
    "agreement": "Agreement",
    "arrest": "Arrests",
    "change_to_group_activity": "Change to group/activity",
    "disrupted_weapons_use": "Disrupted weapons use",
    "headquarters_established": "Headquarters or base established",
    "looting_property_destruction": "Looting/property destruction",
    "non_violent_territory_transfer": "Non-violent transfer of territory",
    "other": "Other",
}

# ACLED "inter" codes by actor kind.
INTER_CODE: dict[str, int] = {
    ActorKind.STATE_FORCES: 1,
    ActorKind.REBEL: 2,
    ActorKind.POLITICAL_MILITIA: 3,
    ActorKind.IDENTITY_MILITIA: 4,
    ActorKind.RIOTERS: 5,
    ActorKind.PROTESTERS: 6,
    ActorKind.CIVILIANS: 7,
    ActorKind.EXTERNAL: 8,
    ActorKind.OTHER_ARMED_GROUP: 3,
}


def disorder_type(event_type: str) -> str:
    fam = FAMILY_OF.get(event_type, "strategic_developments")
    if fam in ("protests", "riots"):
        return "Demonstrations"
    if fam == "strategic_developments":
        return "Strategic developments"
    return "Political violence"


def interaction(kind1: str | None, kind2: str | None) -> str | None:
    """ACLED interaction code: the two inter codes, lower first ("17" = state forces vs civilians)."""
    a = INTER_CODE.get(kind1 or "", 0)
    b = INTER_CODE.get(kind2 or "", 0)
    if not a and not b:
        return None
    lo, hi = sorted((a, b))
    return f"{lo}{hi}" if lo else f"{hi}0"
