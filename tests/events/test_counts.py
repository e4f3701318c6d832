import pytest

from tacitus.events.counts import find_counts


def _pairs(sentence):
    return [(c.category, c.count.best, c.armed) for c in find_counts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed at least 12 people and wounded 20 others on Saturday.", [("fatalities", 12, False), ("injured", 20, False)]),
        ("The militants burned over 90 civilians to death in Cameroon.", [("fatalities", 90, False)]),
        ("ISIS burned a Jordanian pilot to death.", [("fatalities", 1, False)]),
        ("The death toll rose to 40, officials said.", [("fatalities", 40, False)]),
        ("The blast left 5 dead and 12 wounded.", [("fatalities", 5, False), ("injured", 12, False)]),
        ("THREE PEASANTS WERE KILLED AND TWO SOLDIERS WOUNDED.", [("fatalities", 3, False), ("injured", 2, True)]),
        ("They kidnapped 17 women and forced 5,000 people to flee.", [("abducted", 17, False), ("displaced", 5000, False)]),
        ("Police detained 23 suspects after the riot.", [("arrested", 23, False)]),
        ("Dozens of villagers were killed.", [("fatalities", 12, False)]),
        ("Troops killed three attackers.", [("fatalities", 3, True)]),
        ("a soldier was killed by a sniper", [("fatalities", 1, True)]),
        ("The six-year insurgency is not a count.", []),
        ("They fired 40 rockets at the base.", []),
    ],
)
def test_counts_are_linked_to_outcomes(sentence, expected):
    assert _pairs(sentence) == expected
