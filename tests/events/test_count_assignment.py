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
        # the doers' own act told after the toll ("… when they blew themselves up")
        ("Two bombers killed 14 people on Sunday when they blew themselves up at a bus stop.", "blew themselves up",
         [("fatalities", 14)]),
        # the act right before a toll told verb first: "missiles killed four"; not past a clause word
        ("Jets firing guided missiles, which killed four fighters in an attack on a depot.", "missiles", []),
        ("The rocket attack came a day after militants killed four soldiers.", "rocket attack", []),
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


def test_the_act_named_right_before_a_verb_first_toll_shares_it():
    # "missiles" and "killed" in two clauses, as the parse may cut them
    sentence = "British jets using guided missiles killed four fighters near a depot."
    triggers = find_triggers(sentence)
    missiles = [t for t in triggers if sentence[t.start : t.end].lower().endswith("missiles")]
    killed = [t for t in triggers if t not in missiles]
    clauses = [Clause(head=None, triggers=missiles), Clause(head=None, triggers=killed)]
    owned = _assign_counts(find_counts(sentence), clauses, sentence)
    assert [(c.category, c.count.best) for c in owned[id(clauses[0])]] == [("fatalities", 4)]
    assert [(c.category, c.count.best) for c in owned[id(clauses[1])]] == [("fatalities", 4)]
