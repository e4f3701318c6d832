"""Names compare equal modulo case, accents, punctuation and leading articles."""

from __future__ import annotations

import pytest

from tacitus.evaluate.normalize import exact_match, head_word, normalize, relaxed_match


@pytest.mark.parametrize(("a", "b"), [
    ("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "Farabundo Martí National Liberation Front"),
    ("the Islamic State", "Islamic State"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "JAMAAT NUSRAT AL ISLAM WAL MUSLIMIN"),
    ("Usulután", "USULUTAN"),
    ("al-Shabaab", "Al Shabaab"),
])
def test_variants_normalize_to_the_same_string(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_article_inside_a_name_is_kept() -> None:
    assert normalize("Islamic State of Iraq and the Levant") == "islamic state of iraq and the levant"


def test_head_word_is_the_last_content_word() -> None:
    assert head_word("Islamic State of Iraq and the Levant") == "levant"
    assert head_word("the") is None


def test_exact_match_needs_a_whole_acceptable_string() -> None:
    assert exact_match(["FMLN"], ["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"])
    assert not exact_match(["FMLN rebels"], ["FMLN"])


@pytest.mark.parametrize(("predicted", "acceptable"), [
    ("Boko Haram fighters", "Boko Haram"),  # a long word of the prediction is the gold head
    ("armed forces", "Sudanese Armed Forces"),  # same last content word
    ("Sudanese Armed Forces", "armed forces"),
    ("PEASANTS", "peasants"),  # exact is relaxed too
])
def test_relaxed_match_accepts_the_same_head_word(predicted: str, acceptable: str) -> None:
    assert relaxed_match([predicted], [acceptable])


@pytest.mark.parametrize(("predicted", "acceptable"), [
    ("Boko Haram", "Islamic State"),
    ("of the", "in the"),  # nothing but function words carries no head
    ("ISIL", "Islamic State of Iraq and the Levant"),
])
def test_relaxed_match_rejects_different_heads(predicted: str, acceptable: str) -> None:
    assert not relaxed_match([predicted], [acceptable])
