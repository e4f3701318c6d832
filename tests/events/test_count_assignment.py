"""Which clause of a sentence takes which count (detect._assign_counts), built by hand: one clause a trigger, no parse."""

import pytest

from tacitus.events.counts import find_counts
from tacitus.events.detect import Clause, _assign_counts, find_triggers


def _owned(sentence):
    clauses: list[Clause] = []
    for t in find_triggers(sentence):  # "grenade attack": triggers side by side make one clause
        if clauses and not sentence[clauses[-1].triggers[-1].end : t.start].strip():
            clauses[-1].triggers.append(t)
        else:
            clauses.append(Clause(head=None, triggers=[t]))
    owned = _assign_counts(find_counts(sentence), clauses, sentence)
    return {sentence[min(t.start for t in cl.triggers) : max(t.end for t in cl.triggers)].lower(): sorted((c.category, c.count.best) for c in owned.get(id(cl), []))
            for cl in clauses}


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the dead, then the act that killed them: the attack tells the same toll as the killing
        ("The union blamed the army for the murder of nine of its members in a grenade attack on its offices.", "grenade attack",
         [("fatalities", 9)]),
        ("Four people were killed and 11 wounded on Sunday in a bomb attack on a bus.", "bomb attack",
         [("fatalities", 4), ("injured", 11)]),
        # not across a negation or a comma: the act named there is another
        ("Five people were killed not in the bombing but in the crossfire.", "bombing", []),
        ("Two men were shot dead on Friday, a week after a grenade attack on the same bar.", "grenade attack", []),
    ],
)
def test_a_toll_is_shared_with_the_attack_that_caused_it(sentence, trigger, expected):
    assert _owned(sentence)[trigger] == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the trigger of an earlier death takes no count of the event told, though it stands nearer
        ("Police fired tear gas at mourners at the burial of a farmer who had been shot dead the day before, wounding five.",
         "tear gas", [("injured", 5)]),
        ("Police fired tear gas at mourners at the burial of a farmer who had been shot dead the day before, wounding five.",
         "shot dead", [("fatalities", 1)]),
        # with no other trigger there, the count stays with it
        ("A farmer who had been shot dead the day before was buried, and five were wounded.", "shot dead",
         [("fatalities", 1), ("injured", 5)]),
    ],
)
def test_a_trigger_of_an_earlier_death_takes_no_count_of_the_event_told(sentence, trigger, expected):
    assert _owned(sentence)[trigger] == expected
