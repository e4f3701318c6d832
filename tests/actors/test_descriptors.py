"""KB descriptors name a group only where they hold a name and the story is in one of its countries.
Sentences written for these tests; the knowledge base is the packaged one."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.actors.kb import load_kb
from tacitus.actors.matcher import NameMatcher
from tacitus.actors.resolve import Resolver
from tacitus.model import Article, Document


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    kb = load_kb()
    return Resolver(kb, NameMatcher(kb))


def _actors(resolver: Resolver, text: str) -> list[tuple[str, str | None]]:
    doc = Document(article=Article(id="t", text=text, published=dt.date(2024, 6, 27)))
    resolver.resolve_document(doc)
    return [(r.text, r.actor_id) for r in doc.actors]


def test_a_description_with_a_name_in_the_groups_country_is_the_group(resolver: Resolver) -> None:
    found = _actors(resolver, "NIAMEY, Niger — The Islamic State's Sahel branch said its fighters had killed 60 soldiers in western Niger.")
    assert ("Islamic State's Sahel branch", "islamic_state_sahel") in found


def test_a_description_outside_the_groups_countries_or_without_a_name_is_not(resolver: Resolver) -> None:
    abroad = _actors(resolver, "Turkish-backed factions were blamed for the attack in Libya's capital, Tripoli.")
    assert all(actor_id != "syrian_national_army" for _, actor_id in abroad)
    plain = _actors(resolver, "In Syria's Idlib province, rebel fighters and armed opposition groups held the front.")
    assert all(actor_id is None for text, actor_id in plain if text.lower() in ("rebel fighters", "armed opposition"))
