"""The dateline's forms: where a wire story was filed, and where its body starts. Datelines written
for these tests."""

from __future__ import annotations

import pytest

from tacitus.dateline import dateline_end, find_dateline


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("KANO, Nigeria (Reuters) - Gunmen killed", "KANO", "Nigeria"),
        ("QUITO, 4 MAR 91 -- [TEXT] POLICE SAID", "QUITO", None),
        ("QUITO (ECUADOR), 4 MAR 91 (EFE) -- [TEXT] POLICE SAID", "QUITO", "ECUADOR"),
        ("LA PAZ (BOLIVIA), MARCH 4 91 (AFP) -- [TEXT] POLICE SAID", "LA PAZ", "BOLIVIA"),
        ("ROME (ITALY), 4 MAR 91 -- [COMMENTARY] THE", "ROME", "ITALY"),
        ("DENVER, March 04, 2019 (WIRE SERVICE) -- Police said", "DENVER", None),
        ("LOMÉ, Togo (Agency) — Police said", "LOMÉ", "Togo"),
        ("BOGOTÁ (COLOMBIA), 3 NOV 89 (EFE) -- [TEXT] POLICE SAID", "BOGOTÁ", "COLOMBIA"),
        ("Ciudad Bolívar, Venezuela (Agency) — Gunmen killed", "Ciudad Bolívar", "Venezuela"),
    ],
)
def test_dateline_forms_give_the_filing_place(text: str, place: str, region: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    start, end, name, extra = found
    assert (name, extra) == (place, region)
    assert text[start:end] == place
    assert text[dateline_end(text):].split()[0] in ("[TEXT]", "[COMMENTARY]", "Gunmen", "Police")


def test_a_dateline_with_no_city_gives_its_country() -> None:
    text = "NO CITY (ECUADOR), 4 MAR 91 (RADIO) -- [TEXT] REBELS SAID"
    start, end, name, _ = find_dateline(text)
    assert name == "ECUADOR" and text[start:end] == "ECUADOR"


def test_an_opening_sentence_is_no_dateline() -> None:
    assert find_dateline("Gunmen killed three people in Kano on Monday, police said.") is None
    assert dateline_end("Gunmen killed three people in Kano on Monday.") == 0


def test_a_lower_cased_dateline_is_found_at_its_own_offsets() -> None:
    text = "peshawar, pakistan (nov 25) - a suicide bomber rammed a checkpoint on tuesday."
    start, end, name, extra = find_dateline(text)
    assert (start, end) == (0, 8) and text[start:end] == "peshawar"
    assert name.lower() == "peshawar" and (extra or "").lower() == "pakistan"
    assert text[dateline_end(text):].startswith("a suicide bomber")
