import pytest

from tacitus.events.numbers import COUNT_RE, parse_number, to_count


@pytest.mark.parametrize(
    ("text", "low", "best", "high", "qualifier"),
    [
        ("12", 12, 12, 12, None),
        ("1,500", 1500, 1500, 1500, None),
        ("2.3 million", 2_300_000, 2_300_000, 2_300_000, None),
        ("seven", 7, 7, 7, None),
        ("twenty-one", 21, 21, 21, None),
        ("one hundred and twenty", 120, 120, 120, None),
        ("at least 12", 12, 12, None, "at least"),
        ("more than 40", 40, 40, None, "more than"),
        ("over 90", 90, 90, None, "over"),
        ("up to 30", None, 30, 30, "up to"),
        ("nearly 50", None, 50, 50, "nearly"),
        ("about 40", None, 40, None, "about"),
        ("between 10 and 15", 10, 10, 15, "between"),
        ("10-15", 10, 10, 15, "between"),
        ("ten to fifteen", 10, 10, 15, "between"),
        ("a dozen", 12, 12, 12, "a dozen"),
        ("dozens", 12, 12, None, "dozens"),
        ("scores", 20, 20, None, "scores"),
        ("hundreds", 100, 100, None, "hundreds"),
        ("SEVEN", 7, 7, 7, None),
    ],
)
def test_count_shapes(text, low, best, high, qualifier):
    c = to_count(COUNT_RE.search(text))
    assert (c.low, c.best, c.high, c.qualifier) == (low, best, high, qualifier)


def test_words_that_are_not_numbers_parse_to_none():
    assert parse_number("several thousand") is None
