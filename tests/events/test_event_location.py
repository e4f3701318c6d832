"""Where an event is placed, given a dateline: the place the sentence names beats the town the
report was filed from, and a dateline the story never returns to places its events only in the
dateline's country. Passages written for these tests."""

from __future__ import annotations


def _located(doc):
    events = [e for e in doc.events if e.location is not None]
    assert events, doc.events
    return events[0].location


def test_named_village_in_the_sentence_beats_the_dateline(extract) -> None:
    doc = extract("BAMAKO, June 3 (Sahel Desk) - Gunmen attacked the village of Ndorkoutou in central "
                  "Mali on Sunday, killing 12 civilians, local officials said.", "2022-06-06")
    loc = _located(doc)
    assert loc.name == "Ndorkoutou"
    assert loc.country == "MLI"


def test_dateline_not_named_again_gives_only_the_country(extract) -> None:
    doc = extract("NAIROBI, May 2 (Horn Wire) - Militants ambushed a police convoy on Monday, killing "
                  "seven officers, Kenya's interior ministry said.\n\nThe ministry blamed al-Shabaab.",
                  "2023-05-02")
    loc = _located(doc)
    assert loc.country == "KEN"
    assert loc.feature == "country"


def test_dateline_the_story_returns_to_is_kept(extract) -> None:
    doc = extract("NAIROBI, May 2 (Horn Wire) - Police fired tear gas at protesters on Tuesday, "
                  "witnesses said.\n\nThe crowd had gathered in central Nairobi since the morning.",
                  "2023-05-02")
    loc = _located(doc)
    assert loc.name == "Nairobi"
