"""Tests of tacitus.dates: date expressions resolved against the publication date.

Each case names the publication date by its weekday and place in the calendar, so that a
reader can check the expected interval by hand.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tacitus.dates
from tacitus.dates import before_publication, find_dates, resolve
from tacitus.model import DateSpan

THU = dt.date(2015, 3, 12)  # Thursday; its week began Monday 9 March
LEAP_MON = dt.date(2016, 2, 29)  # Monday, leap day
NEW_YEAR_SUN = dt.date(2017, 1, 1)  # Sunday, first day of the year
YEAR_END_TUE = dt.date(2019, 12, 31)  # Tuesday, last day of the year
SAT = dt.date(2014, 10, 4)  # Saturday, early in the month
MUC_WED = dt.date(1990, 1, 3)  # Wednesday; MUC-3 wire copy, upper case, two-digit years


def case(
    expression: str,
    published: dt.date | None,
    start: str | None,
    end: str | None,
    precision: str,
    basis: str,
) -> Any:  # a pytest ParameterSet
    """One resolve() expectation, with an id that shows the expression and publication day."""
    return pytest.param(
        expression, published, start, end, precision, basis, id=f"{expression}@{published}"
    )


def check(
    expression: str,
    published: dt.date | None,
    start: str | None,
    end: str | None,
    precision: str,
    basis: str,
) -> None:
    span = resolve(expression, published)
    assert span is not None, f"{expression!r} did not resolve"
    expected = (
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
        precision,
        basis,
    )
    assert (span.start, span.end, span.precision, span.basis) == expected


ARGS = "expression, published, start, end, precision, basis"

WEEKDAYS = [
    case("on Saturday", THU, "2015-03-07", "2015-03-07", "day", "relative"),
    case("Saturday", THU, "2015-03-07", "2015-03-07", "day", "relative"),
    case("on Wednesday", THU, "2015-03-11", "2015-03-11", "day", "relative"),
    case("Friday", THU, "2015-03-06", "2015-03-06", "day", "relative"),
    case("Thursday", THU, "2015-03-12", "2015-03-12", "day", "relative"),
    case("last Thursday", THU, "2015-03-05", "2015-03-05", "day", "relative"),
    case("next Monday", THU, "2015-03-16", "2015-03-16", "day", "relative"),
    case("late on Tuesday", THU, "2015-03-10", "2015-03-10", "day", "relative"),
    case("late Tuesday", THU, "2015-03-10", "2015-03-10", "day", "relative"),
    case("early on Sunday", THU, "2015-03-08", "2015-03-08", "day", "relative"),
    case("Sunday night", THU, "2015-03-08", "2015-03-08", "day", "relative"),
    case("overnight Tuesday", THU, "2015-03-10", "2015-03-10", "day", "relative"),
    case("overnight into Sunday", THU, "2015-03-08", "2015-03-08", "day", "relative"),
    case("at dawn on Monday", THU, "2015-03-09", "2015-03-09", "day", "relative"),
    case("in the early hours of Saturday", THU, "2015-03-07", "2015-03-07", "day", "relative"),
    case("Monday", LEAP_MON, "2016-02-29", "2016-02-29", "day", "relative"),
    case("on Saturday", LEAP_MON, "2016-02-27", "2016-02-27", "day", "relative"),
    case("on Friday", NEW_YEAR_SUN, "2016-12-30", "2016-12-30", "day", "relative"),
    case("Sunday", NEW_YEAR_SUN, "2017-01-01", "2017-01-01", "day", "relative"),
    case("last Sunday", NEW_YEAR_SUN, "2016-12-25", "2016-12-25", "day", "relative"),
    case("Saturday", SAT, "2014-10-04", "2014-10-04", "day", "relative"),
    case("on Sunday", SAT, "2014-09-28", "2014-09-28", "day", "relative"),
]


@pytest.mark.parametrize(ARGS, WEEKDAYS)
def test_weekday_resolves_to_latest_occurrence_on_or_before_publication(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


RELATIVE_DAYS = [
    case("yesterday", THU, "2015-03-11", "2015-03-11", "day", "relative"),
    case("yesterday morning", THU, "2015-03-11", "2015-03-11", "day", "relative"),
    case("the day before yesterday", THU, "2015-03-10", "2015-03-10", "day", "relative"),
    case("today", THU, "2015-03-12", "2015-03-12", "day", "publication"),
    case("earlier today", THU, "2015-03-12", "2015-03-12", "day", "publication"),
    case("this morning", THU, "2015-03-12", "2015-03-12", "day", "publication"),
    case("tonight", THU, "2015-03-12", "2015-03-12", "day", "publication"),
    case("overnight", THU, "2015-03-11", "2015-03-12", "day", "relative"),
    case("last night", THU, "2015-03-11", "2015-03-11", "day", "relative"),
    case("ten years ago on Sunday", THU, "2005-03-08", "2005-03-08", "day", "relative"),
    case("five years ago today", THU, "2010-03-12", "2010-03-12", "day", "relative"),
    case("a year ago this week", THU, "2014-03-09", "2014-03-12", "week", "relative"),  # "this week" runs to the day of publication
    case("yesterday", LEAP_MON, "2016-02-28", "2016-02-28", "day", "relative"),
    case("yesterday", NEW_YEAR_SUN, "2016-12-31", "2016-12-31", "day", "relative"),
]


@pytest.mark.parametrize(ARGS, RELATIVE_DAYS)
def test_relative_day_words_count_back_from_publication(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


PERIODS = [
    case("this week", THU, "2015-03-09", "2015-03-12", "week", "relative"),
    case("earlier this week", THU, "2015-03-09", "2015-03-11", "week", "relative"),
    case("last week", THU, "2015-03-02", "2015-03-08", "week", "relative"),
    case("next week", THU, "2015-03-16", "2015-03-22", "week", "relative"),
    case("over the past week", THU, "2015-03-05", "2015-03-12", "week", "relative"),
    case("this month", THU, "2015-03-01", "2015-03-12", "month", "relative"),
    case("earlier this month", THU, "2015-03-01", "2015-03-12", "month", "relative"),
    case("later this month", THU, "2015-03-12", "2015-03-31", "month", "relative"),
    case("last month", THU, "2015-02-01", "2015-02-28", "month", "relative"),
    case("this year", THU, "2015-01-01", "2015-03-12", "year", "relative"),
    case("earlier this year", THU, "2015-01-01", "2015-03-12", "year", "relative"),
    case("last year", THU, "2014-01-01", "2014-12-31", "year", "relative"),
    case("the weekend", THU, "2015-03-07", "2015-03-08", "week", "relative"),
    case("last weekend", THU, "2015-03-07", "2015-03-08", "week", "relative"),
    case("this week", LEAP_MON, "2016-02-29", "2016-02-29", "week", "relative"),
    case("earlier this week", LEAP_MON, "2016-02-29", "2016-02-29", "week", "relative"),
    case("last week", LEAP_MON, "2016-02-22", "2016-02-28", "week", "relative"),
    case("this month", LEAP_MON, "2016-02-01", "2016-02-29", "month", "relative"),
    case("last month", LEAP_MON, "2016-01-01", "2016-01-31", "month", "relative"),
    case("the past month", LEAP_MON, "2016-01-29", "2016-02-29", "month", "relative"),
    case("next month", LEAP_MON, "2016-03-01", "2016-03-31", "month", "relative"),
    case("the weekend", LEAP_MON, "2016-02-27", "2016-02-28", "week", "relative"),
    case("last week", NEW_YEAR_SUN, "2016-12-19", "2016-12-25", "week", "relative"),
    case("this week", NEW_YEAR_SUN, "2016-12-26", "2017-01-01", "week", "relative"),
    case("last month", NEW_YEAR_SUN, "2016-12-01", "2016-12-31", "month", "relative"),
    case("last year", NEW_YEAR_SUN, "2016-01-01", "2016-12-31", "year", "relative"),
    case("this year", NEW_YEAR_SUN, "2017-01-01", "2017-01-01", "year", "relative"),
    case("the weekend", NEW_YEAR_SUN, "2016-12-31", "2017-01-01", "week", "relative"),
    case("last weekend", NEW_YEAR_SUN, "2016-12-24", "2016-12-25", "week", "relative"),
    case("next year", YEAR_END_TUE, "2020-01-01", "2020-12-31", "year", "relative"),
    case("next weekend", YEAR_END_TUE, "2020-01-04", "2020-01-05", "week", "relative"),
    case("this weekend", SAT, "2014-10-04", "2014-10-04", "week", "relative"),
    case("last weekend", SAT, "2014-09-27", "2014-09-28", "week", "relative"),
]


@pytest.mark.parametrize(ARGS, PERIODS)
def test_named_periods_resolve_to_calendar_weeks_months_and_years(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


COUNTED = [
    case("the past two days", THU, "2015-03-10", "2015-03-12", "day", "relative"),
    case("the last 24 hours", THU, "2015-03-11", "2015-03-12", "day", "relative"),
    case("over the past three weeks", THU, "2015-02-19", "2015-03-12", "week", "relative"),
    case("the past six months", THU, "2014-09-12", "2015-03-12", "month", "relative"),
    case("in the past few days", THU, "2015-03-05", "2015-03-12", "day", "relative"),
    case("three days ago", THU, "2015-03-09", "2015-03-09", "day", "relative"),
    case("a couple of days ago", THU, "2015-03-10", "2015-03-10", "day", "relative"),
    case("two weeks ago", THU, "2015-02-23", "2015-03-01", "week", "relative"),
    case("a month ago", THU, "2015-02-01", "2015-02-28", "month", "relative"),
    case("two years ago", THU, "2013-01-01", "2013-12-31", "year", "relative"),
    case("a year ago", LEAP_MON, "2015-01-01", "2015-12-31", "year", "relative"),
]


@pytest.mark.parametrize(ARGS, COUNTED)
def test_counted_periods_reach_back_from_publication(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


EXPLICIT = [
    case("March 3, 2016", THU, "2016-03-03", "2016-03-03", "day", "explicit"),
    case("on 7 March 2015", THU, "2015-03-07", "2015-03-07", "day", "explicit"),
    case("the 3rd of March, 2014", THU, "2014-03-03", "2014-03-03", "day", "explicit"),
    case("Sept. 11, 2001", THU, "2001-09-11", "2001-09-11", "day", "explicit"),
    case("Saturday, 7 March 2015", THU, "2015-03-07", "2015-03-07", "day", "explicit"),
    case("2015-03-12", THU, "2015-03-12", "2015-03-12", "day", "explicit"),
    case("13/03/2015", THU, "2015-03-13", "2015-03-13", "day", "explicit"),
    case("03/13/2015", THU, "2015-03-13", "2015-03-13", "day", "explicit"),
    case("05.05.2015", THU, "2015-05-05", "2015-05-05", "day", "explicit"),
    case("in March 2014", THU, "2014-03-01", "2014-03-31", "month", "explicit"),
    case("May 2014", THU, "2014-05-01", "2014-05-31", "month", "explicit"),
    case("in 2014", THU, "2014-01-01", "2014-12-31", "year", "explicit"),
    case("during 2013", THU, "2013-01-01", "2013-12-31", "year", "explicit"),
    case("the 1990s", THU, "1990-01-01", "1999-12-31", "year", "explicit"),
    case("29 February 2016", THU, "2016-02-29", "2016-02-29", "day", "explicit"),
]


@pytest.mark.parametrize(ARGS, EXPLICIT)
def test_written_dates_resolve_as_explicit(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


YEARLESS = [
    case("12 March", THU, "2015-03-12", "2015-03-12", "day", "relative"),
    case("March 3", THU, "2015-03-03", "2015-03-03", "day", "relative"),
    case("20 March", THU, "2015-03-20", "2015-03-20", "day", "relative"),
    case("28 March", THU, "2014-03-28", "2014-03-28", "day", "relative"),
    case("Saturday, March 7", THU, "2015-03-07", "2015-03-07", "day", "relative"),
    case("on the night of 14 April", THU, "2014-04-14", "2014-04-14", "day", "relative"),
    case("29 February", LEAP_MON, "2016-02-29", "2016-02-29", "day", "relative"),
    case("29 February", dt.date(2017, 3, 1), "2016-02-29", "2016-02-29", "day", "relative"),
    case("28 December", NEW_YEAR_SUN, "2016-12-28", "2016-12-28", "day", "relative"),
    case("10 January", NEW_YEAR_SUN, "2017-01-10", "2017-01-10", "day", "relative"),
    case("5 January", YEAR_END_TUE, "2020-01-05", "2020-01-05", "day", "relative"),
    case("in March", THU, "2015-03-01", "2015-03-31", "month", "relative"),
    case("in April", THU, "2014-04-01", "2014-04-30", "month", "relative"),
    case("in December", NEW_YEAR_SUN, "2016-12-01", "2016-12-31", "month", "relative"),
    case("in January", YEAR_END_TUE, "2019-01-01", "2019-01-31", "month", "relative"),
    case("March last year", THU, "2014-03-01", "2014-03-31", "month", "relative"),
    case("last March", THU, "2014-03-01", "2014-03-31", "month", "relative"),
    case("in October", SAT, "2014-10-01", "2014-10-31", "month", "relative"),
]


@pytest.mark.parametrize(ARGS, YEARLESS)
def test_date_without_year_takes_latest_year_at_most_two_weeks_after_publication(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


RANGES = [
    case("between 3 and 5 May", THU, "2014-05-03", "2014-05-05", "day", "relative"),
    case("between 3 and 5 March", THU, "2015-03-03", "2015-03-05", "day", "relative"),
    case("3-5 March", THU, "2015-03-03", "2015-03-05", "day", "relative"),
    case("May 3-5, 2013", THU, "2013-05-03", "2013-05-05", "day", "explicit"),
    case("from 3 May to 5 June 2013", THU, "2013-05-03", "2013-06-05", "day", "explicit"),
    case("from March to June 2016", THU, "2016-03-01", "2016-06-30", "month", "explicit"),
    case("between 2009 and 2012", THU, "2009-01-01", "2012-12-31", "year", "explicit"),
    case("2014-15", THU, "2014-01-01", "2015-12-31", "year", "explicit"),
    case("from 28 December 2014 to 2 January", THU, "2014-12-28", "2015-01-02", "day", "explicit"),
    case(
        "between 30 December and 2 January",
        NEW_YEAR_SUN,
        "2016-12-30",
        "2017-01-02",
        "day",
        "relative",
    ),
]


@pytest.mark.parametrize(ARGS, RANGES)
def test_ranges_span_from_first_to_last_date(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


PARTS = [
    case("mid-2015", THU, "2015-05-01", "2015-08-31", "year", "explicit"),
    case("late 2019", THU, "2019-09-01", "2019-12-31", "year", "explicit"),
    case("early 2014", THU, "2014-01-01", "2014-04-30", "year", "explicit"),
    case("in mid-March", THU, "2015-03-11", "2015-03-20", "month", "relative"),
    case("late February", THU, "2015-02-21", "2015-02-28", "month", "relative"),
    case("by the end of March 2014", THU, "2014-03-21", "2014-03-31", "month", "explicit"),
    case("the end of last year", THU, "2014-09-01", "2014-12-31", "year", "relative"),
    case("early last month", THU, "2015-02-01", "2015-02-10", "month", "relative"),
    case("early this month", SAT, "2014-10-01", "2014-10-04", "month", "relative"),
]


@pytest.mark.parametrize(ARGS, PARTS)
def test_early_mid_late_narrow_a_month_or_year_to_a_third(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


OPEN = [
    case("since 2009", THU, "2009-01-01", "2015-03-12", "year", "explicit"),
    case("since Saturday", THU, "2015-03-07", "2015-03-12", "day", "relative"),
    case("since early 2014", THU, "2014-01-01", "2015-03-12", "year", "explicit"),
    case("until 2012", THU, None, "2012-12-31", "year", "explicit"),
    case("before Saturday", THU, None, "2015-03-06", "day", "relative"),
    case("after 3 March", THU, "2015-03-04", "2015-03-12", "day", "relative"),
    case("since 2009", None, "2009-01-01", None, "year", "explicit"),
]


@pytest.mark.parametrize(ARGS, OPEN)
def test_since_until_before_after_open_one_end(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


MUC = [
    case("30 DEC 89", MUC_WED, "1989-12-30", "1989-12-30", "day", "explicit"),
    case("25 DEC 89 - 30 DEC 89", MUC_WED, "1989-12-25", "1989-12-30", "day", "explicit"),
    case("3 JAN 90", MUC_WED, "1990-01-03", "1990-01-03", "day", "explicit"),
    case("5 JAN 15", MUC_WED, "2015-01-05", "2015-01-05", "day", "explicit"),
    case("29 DEC", MUC_WED, "1989-12-29", "1989-12-29", "day", "relative"),
    case("LAST WEEK", MUC_WED, "1989-12-25", "1989-12-31", "week", "relative"),
    case("YESTERDAY", MUC_WED, "1990-01-02", "1990-01-02", "day", "relative"),
    case("IN 1989", MUC_WED, "1989-01-01", "1989-12-31", "year", "explicit"),
]


@pytest.mark.parametrize(ARGS, MUC)
def test_upper_case_wire_dates_read_two_digit_years(
    expression: str, published: dt.date, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


@pytest.mark.parametrize(
    "expression",
    [
        "six-year",
        "months",
        "every day",
        "10-year-old",
        "for three years",
        "three days",
        "daily",
        "every Saturday",
        "3/12/2015",  # 3 December or 12 March
        "12.03.2015",
        "31 April 2015",
        "2014",  # a bare number may be a count or a resolution
        "by 2014",
        "March",
        "this march",  # the protest, not the month
        "a few days ago",
        "the week",
        "12 March and 5 April",
        "M23",
        "we",
        "F-16",
        "AK-47",
        "Resolution 2100",
        "2,000",
        "1.5 million",
        "",
    ],
)
def test_non_dates_resolve_to_none(expression: str) -> None:
    assert resolve(expression, THU) is None


@pytest.mark.parametrize(
    "expression",
    [
        "on Saturday",
        "yesterday",
        "last week",
        "12 March",
        "in March",
        "this year",
        "the past two days",
    ],
)
def test_relative_expressions_need_a_publication_date(expression: str) -> None:
    assert resolve(expression, THU) is not None
    assert resolve(expression, None) is None


@pytest.mark.parametrize(
    ARGS,
    [
        case("March 3, 2016", None, "2016-03-03", "2016-03-03", "day", "explicit"),
        case("30 DEC 89", None, "1989-12-30", "1989-12-30", "day", "explicit"),
        case("in 2014", None, "2014-01-01", "2014-12-31", "year", "explicit"),
        case("from March to June 2016", None, "2016-03-01", "2016-06-30", "month", "explicit"),
        case("the 1990s", None, "1990-01-01", "1999-12-31", "year", "explicit"),
    ],
)
def test_explicit_expressions_resolve_without_a_publication_date(
    expression: str, published: None, start: str, end: str, precision: str, basis: str
) -> None:
    check(expression, published, start, end, precision, basis)


@pytest.mark.parametrize(
    "expression",
    ["on Saturday", "last week", "since 2009", "12 March 2015", "mid-March", "two weeks ago"],
)
def test_resolution_ignores_case(expression: str) -> None:
    spans = {resolve(form, THU) for form in (expression, expression.upper(), expression.lower())}
    assert len({(s.start, s.end, s.precision) for s in spans if s is not None}) == 1
    assert None not in spans


@pytest.mark.parametrize(
    "expression, text",
    [
        ("(on Saturday)", "on Saturday"),
        ("last week,", "last week"),
        ("Saturday's", "Saturday"),
        ("“yesterday”", "yesterday"),
        ("1990's", "1990's"),
    ],
)
def test_resolve_trims_brackets_punctuation_and_possessive(expression: str, text: str) -> None:
    span = resolve(expression, THU)
    assert span is not None and span.text == text


@pytest.mark.parametrize("published", [THU, None])
def test_before_publication_is_open_ended_up_to_publication(published: dt.date | None) -> None:
    assert before_publication(published) == DateSpan(
        None, published, "unknown", "before_publication"
    )


# sentence, publication date, [(expression as sliced, start, end)]
SENTENCES = [
    (
        "M23 rebels said we would attack Goma on Saturday.",
        THU,
        [("Saturday", "2015-03-07", "2015-03-07")],
    ),
    (
        "The six-year insurgency has displaced 1.5 million people since 2009.",
        THU,
        [("since 2009", "2009-01-01", "2015-03-12")],
    ),
    (
        "A 10-year-old boy was shot with an AK-47 near an F-16 base late on Tuesday.",
        THU,
        [("late on Tuesday", "2015-03-10", "2015-03-10")],
    ),
    (
        "Under Resolution 2100, adopted in April 2013, peacekeepers deployed to Mali.",
        THU,
        [("April 2013", "2013-04-01", "2013-04-30")],
    ),
    (
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- THE FMLN ATTACKED ON 25 DEC 89 - 30 DEC 89.",
        MUC_WED,
        [
            ("3 JAN 90", "1990-01-03", "1990-01-03"),
            ("25 DEC 89 - 30 DEC 89", "1989-12-25", "1989-12-30"),
        ],
    ),
    (
        "fighting between 3 and 5 march left 12 dead, officials said yesterday.",
        THU,
        [
            ("between 3 and 5 march", "2015-03-03", "2015-03-05"),
            ("yesterday", "2015-03-11", "2015-03-11"),
        ],
    ),
    (
        "ON SATURDAY NIGHT GUNMEN KILLED 15 PEOPLE; LAST WEEK 3 WERE KILLED.",
        THU,
        [
            ("SATURDAY NIGHT", "2015-03-07", "2015-03-07"),
            ("LAST WEEK", "2015-03-02", "2015-03-08"),
        ],
    ),
    (
        "On March 3, 2016, and again on 12 March, militants struck.",
        THU,
        [("March 3, 2016", "2016-03-03", "2016-03-03"), ("12 March", "2015-03-12", "2015-03-12")],
    ),
    (
        "Clashes from March to June 2016 killed hundreds, more than in mid-2015.",
        THU,
        [
            ("from March to June 2016", "2016-03-01", "2016-06-30"),
            ("mid-2015", "2015-05-01", "2015-08-31"),
        ],
    ),
    (
        "The attack came two weeks ago, and over the past two days more bodies were found.",
        THU,
        [
            ("two weeks ago", "2015-02-23", "2015-03-01"),
            ("the past two days", "2015-03-10", "2015-03-12"),
        ],
    ),
    (
        "Police said the suspect, arrested on the night of 14 April, fought in the 1990s.",
        THU,
        [
            ("the night of 14 April", "2014-04-14", "2014-04-14"),
            ("the 1990s", "1990-01-01", "1999-12-31"),
        ],
    ),
    (
        "The group has been active since early 2014, and until 2012 it was based in Kivu.",
        THU,
        [
            ("since early 2014", "2014-01-01", "2015-03-12"),
            ("until 2012", None, "2012-12-31"),
        ],
    ),
    ("On 3 May 15 people were killed.", THU, [("3 May", "2014-05-03", "2014-05-03")]),
    (
        "They march every Saturday and may attack this week.",
        THU,
        [("this week", "2015-03-09", "2015-03-12")],
    ),
    (
        "The report, dated 13/03/2015, replaced one dated 3/12/2015 and 2015-03-01.",
        THU,
        [("13/03/2015", "2015-03-13", "2015-03-13"), ("2015-03-01", "2015-03-01", "2015-03-01")],
    ),
    (
        "In 2014 militants seized the town; by 2000 soldiers had fled.",
        THU,
        [("2014", "2014-01-01", "2014-12-31")],
    ),
    (
        "Earlier this month, and again last month, the army shelled the town overnight.",
        THU,
        [
            ("Earlier this month", "2015-03-01", "2015-03-12"),
            ("last month", "2015-02-01", "2015-02-28"),
            ("overnight", "2015-03-11", "2015-03-12"),
        ],
    ),
    (
        "A ceasefire agreed late last year collapsed in January.",
        THU,
        [
            ("late last year", "2014-09-01", "2014-12-31"),
            ("January", "2015-01-01", "2015-01-31"),
        ],
    ),
    (
        "Between 2009 and 2012 the militia grew; in the 2014-15 season it split.",
        THU,
        [
            ("Between 2009 and 2012", "2009-01-01", "2012-12-31"),
            ("2014-15", "2014-01-01", "2015-12-31"),
        ],
    ),
    (
        "The Jan. 5 attack echoed the Sept. 11, 2001 attacks.",
        THU,
        [("Jan. 5", "2015-01-05", "2015-01-05"), ("Sept. 11, 2001", "2001-09-11", "2001-09-11")],
    ),
    (
        "At dawn on Sunday gunmen attacked; by the end of March troops had returned.",
        THU,
        [
            ("Sunday", "2015-03-08", "2015-03-08"),
            ("the end of March", "2015-03-21", "2015-03-31"),
        ],
    ),
    (
        "Some 2,000 people fled the M23 offensive, the UN said on Thursday.",
        THU,
        [("Thursday", "2015-03-12", "2015-03-12")],
    ),
    (
        "on monday rebels attacked; since january 2,000 have died",
        THU,
        [
            ("monday", "2015-03-09", "2015-03-09"),
            ("since january", "2015-01-01", "2015-03-12"),
        ],
    ),
    ("Two days ago, 45 people were wounded.", THU, [("Two days ago", "2015-03-10", "2015-03-10")]),
    (
        "Rebels took the town on 28 February, the day before the leap day.",
        LEAP_MON,
        [("28 February", "2016-02-28", "2016-02-28")],
    ),
]


@pytest.mark.parametrize("text, published, expected", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_find_dates_finds_each_expression_in_a_sentence(
    text: str, published: dt.date, expected: list[tuple[str, str | None, str]]
) -> None:
    found = find_dates(text, published)
    got = [
        (text[a:b], span.start and span.start.isoformat(), span.end and span.end.isoformat())
        for a, b, span in found
    ]
    assert got == expected
    assert all(span.text == text[a:b] for a, b, span in found)


@pytest.mark.parametrize(
    "text",
    [
        "M23 said we will fight on.",
        "The six-year insurgency has killed 2,000 people.",
        "A 10-year-old was hit by an AK-47 round fired near an F-16.",
        "Resolution 2100 pledged 1.5 million dollars to Mali.",
        "Protesters may march for three years, every day, for months.",
        "They pray every Saturday.",
        "Call 0800 123 456 or see page 12.",
    ],
)
def test_find_dates_ignores_codes_counts_ages_and_durations(text: str) -> None:
    assert find_dates(text, THU) == []


def test_find_dates_without_publication_keeps_only_explicit_dates() -> None:
    text = "On Saturday, 7 March 2015, a week after clashes in 2014, rebels attacked yesterday."
    found = find_dates(text, None)
    assert [text[a:b] for a, b, _ in found] == ["Saturday, 7 March 2015", "2014"]


def test_find_dates_offsets_index_the_original_text_across_lines() -> None:
    text = "GOMA, March 12 (Reuters) -\nFighting resumed\non Saturday   night."
    found = find_dates(text, THU)
    assert [(text[a:b], a) for a, b, _ in found] == [
        ("March 12", 6),
        ("Saturday   night", text.index("Saturday")),
    ]


def test_importing_dates_does_not_import_dateparser() -> None:
    src = str(Path(tacitus.dates.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    code = "import sys, tacitus.dates; sys.exit(2 if 'dateparser' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


def test_a_dateline_date_is_the_filing_not_the_event(extract) -> None:
    doc = extract("LIMA, 14 MAR 91 (EFE) -- [TEXT] TWO BOMBS EXPLODED OUTSIDE A BANK IN LIMA LAST NIGHT, THE POLICE SAID.",
                  published="1991-03-14")
    assert doc.events and all(str(e.date.start) == "1991-03-13" for e in doc.events)
    assert not any(span.text.startswith("14 MAR") for span, _ in doc.dates)


def test_a_dateline_date_stands_in_for_a_missing_publication_date(extract) -> None:
    doc = extract("LIMA, 14 MAR 91 (EFE) -- [TEXT] TWO BOMBS EXPLODED OUTSIDE A BANK IN LIMA LAST NIGHT, THE POLICE SAID.",
                  published=None)
    assert doc.events and str(doc.events[0].date.start) == "1991-03-13"


@pytest.mark.parametrize("text, expected", [
    ("Two days earlier, soldiers killed 11 bandits near Anka.", ("2015-03-04", "2015-03-04")),
    ("A day later gunmen returned to the village.", ("2015-03-07", "2015-03-07")),
    ("Three days after, the army retook the town.", ("2015-03-09", "2015-03-09")),
    ("The day before, police had arrested two suspects.", ("2015-03-05", "2015-03-05")),
    ("On the following day the bodies were buried.", ("2015-03-07", "2015-03-07")),
    ("Two days before the election, gunmen attacked a rally.", None),  # counted from the election
    ("The day after the attack, police arrested two suspects.", None),
    ("Soldiers killed 11 bandits near Anka.", None),
    ("The raid came two days after a gunfight in the old city.", ("2015-03-04", "2015-03-04")),  # the gunfight's day
])
def test_a_distance_counts_from_the_day_told_before(text, expected) -> None:
    from tacitus.dates import shift_from

    _assert_counted(shift_from(text, _TOLD_FRIDAY), expected)


_TOLD_FRIDAY = DateSpan(dt.date(2015, 3, 6), dt.date(2015, 3, 6), "day", "relative")


def _assert_counted(got: DateSpan | None, expected: tuple[str, str] | None) -> None:
    if expected is None:
        assert got is None
    else:
        assert got is not None and (str(got.start), str(got.end), got.basis) == (*expected, "context")


@pytest.mark.parametrize("text, expected", [
    (", a day after protesters set fire to parliament", ("2015-03-05", "2015-03-05")),
    (", two days after gunmen stormed the prison", ("2015-03-04", "2015-03-04")),
    (", a week after the army retook the town", ("2015-02-27", "2015-02-27")),
    (", several days after the raid", None),  # no count to go back by
    (", after the raid", None),
])
def test_a_distance_before_after_counts_back_from_the_day_written(text, expected) -> None:
    from tacitus.dates import before_told

    _assert_counted(before_told(text, _TOLD_FRIDAY), expected)


def test_a_weekday_called_for_lies_ahead() -> None:
    from tacitus.dates import ahead

    wednesday = dt.date(2024, 6, 26)
    last_thursday = DateSpan(dt.date(2024, 6, 20), dt.date(2024, 6, 20), "day", "relative", "Thursday")
    assert ahead(last_thursday, wednesday) == DateSpan(dt.date(2024, 6, 27), dt.date(2024, 6, 27), "day", "relative", "Thursday")
    last_week = DateSpan(dt.date(2024, 6, 17), dt.date(2024, 6, 23), "week", "relative", "last week")
    assert ahead(last_week, wednesday) == last_week  # only a bare weekday is read forward


def test_an_act_after_came_n_days_after_is_that_much_earlier(extract) -> None:
    doc = extract("Police arrested seven suspects in Katsina state on Monday. The arrests came two days after gunmen "
                  "killed 23 people in neighbouring Zamfara state.", "2025-03-11")
    killing = [e for e in doc.events if e.event_type == "attack"]
    assert killing and str(killing[0].date.start) == "2025-03-08"


def test_the_dateline_day_is_the_filing_not_the_act_when_the_sentence_gives_one(extract) -> None:
    doc = extract("GUSAU, Nigeria, March 9 (Wire) - Armed bandits killed 23 villagers in an overnight raid on a village "
                  "in Zamfara state, police said on Sunday.", published="2025-03-09")
    assert doc.events and all(str(e.date.start) == "2025-03-08" for e in doc.events)


def test_a_weekday_of_a_rally_that_will_be_held_lies_ahead(extract) -> None:
    doc = extract("Police dispersed a protest outside parliament in Tbilisi on Tuesday night. "
                  "Organisers said they would hold a larger rally on Sunday.", "2024-04-17")
    future = [e for e in doc.events if e.modality == "hypothetical"]
    assert future and future[0].date is not None and future[0].date.start == dt.date(2024, 4, 21)


@pytest.mark.parametrize("text, dates", [
    ("Protesters gathered at 13 May Square in Antananarivo on Thursday.", ["Thursday"]),
    ("Fighters of the March 23 Movement shelled the town on Tuesday.", ["Tuesday"]),
    ("Marchers filled Avenida 9 de Julio on Friday.", ["Friday"]),
    ("Police dispersed a crowd near the square on 13 May.", ["13 May"]),  # a day, after all
])
def test_a_date_inside_a_name_is_no_date(text, dates) -> None:
    assert [text[a:b] for a, b, _ in find_dates(text, dt.date(2025, 9, 27))] == dates
