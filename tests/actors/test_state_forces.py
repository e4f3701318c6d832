"""The state-forces overlay: police, gendarmerie and army names that become aliases of the
generated ``military_<iso3>`` / ``police_<iso3>`` / ``government_<iso3>`` entries."""

from __future__ import annotations

import pytest
import yaml

from tacitus.actors.kb import DATA, KnowledgeBase, load_kb
from tacitus.actors.matcher import NameMatcher
from tacitus.actors.normalize import key


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def overlay() -> list[dict]:
    return yaml.safe_load((DATA / "actors" / "state_forces.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Policía Nacional Civil", "police_gtm"),
        ("National Civil Police", "police_slv"),
        ("PNC", "police_gtm"),
        ("PNC", "police_cod"),
        ("Carabineros de Chile", "police_chl"),
        ("Philippine National Police", "police_phl"),
        ("Rapid Action Battalion", "police_bgd"),
        ("Sindh Police", "police_pak"),
        ("Pakistan Rangers", "military_pak"),
        ("General Service Unit", "police_ken"),
        ("Zimbabwe Republic Police", "police_zwe"),
        ("SAPS", "police_zaf"),
        ("Jandarma", "police_tur"),
        ("Rosgvardia", "police_rus"),
        ("Haitian National Police", "police_hti"),
        ("Policia Nacional Bolivariana", "police_ven"),
        ("Royal Papua New Guinea Constabulary", "police_png"),
        ("Gendarmerie nationale sénégalaise", "police_sen"),
        ("gendarmerie nationale senegalaise", "police_sen"),
        ("Internal Security Forces", "police_lbn"),
        ("FARAJA", "police_irn"),
        ("Rwanda Defence Force", "military_rwa"),
        ("State Administration Council", "government_mmr"),
    ],
)
def test_overlay_name_indexes_to_the_state_entry(kb: KnowledgeBase, name: str, expected: str) -> None:
    assert expected in kb.by_key.get(key(name), ())


def test_shared_acronym_lists_every_country(kb: KnowledgeBase) -> None:
    assert {"police_cod", "police_gtm", "police_slv"} <= set(kb.by_key[key("PNC")])


def test_guatemalan_police_found_in_a_sentence(kb: KnowledgeBase) -> None:
    found = NameMatcher(kb).find("Agents of the National Civil Police (PNC) detained two men in Escuintla.")
    ids = {i for m in found for i in m.ids}
    assert {"police_gtm", "police_slv"} <= ids


def test_rsf_is_not_a_sudanese_state_force(kb: KnowledgeBase) -> None:
    for part in ("military", "police", "government"):
        names = {key(a) for a in kb.get(f"{part}_sdn").aliases}
        assert key("Rapid Support Forces") not in names and "rsf" not in names


def test_no_alias_twice_in_one_entry(kb: KnowledgeBase) -> None:
    for entry in kb.entries.values():
        if entry.kind != "state_forces":
            continue
        assert len(entry.aliases) == len(set(entry.aliases)), entry.id


def test_overlay_has_one_item_per_known_country_and_no_repeats(kb: KnowledgeBase, overlay: list[dict]) -> None:
    seen: set[str] = set()
    for item in overlay:
        iso3 = item["country"]
        assert iso3 in kb.countries and iso3 not in seen, iso3
        seen.add(iso3)
        for part, names in item.items():
            if part == "country":
                continue
            assert part in ("military", "police", "government"), (iso3, part)
            assert all(isinstance(n, str) and n.strip() for n in names), (iso3, part)
            lowered = [n.lower() for n in names]
            assert len(lowered) == len(set(lowered)), (iso3, part)
