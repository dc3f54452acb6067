"""Tests for pipeline.timex: (expression, anchor, tense) -> (value, start, end) tables."""
from datetime import date

import pytest

from pipeline.timex import find_timexes, guess_tense, load_grammar, normalise, resolve_interval

D = date(2024, 11, 19)  # a Tuesday
D25 = date(2025, 3, 10)  # a Monday
d = date

NORMALISE_CASES = [
    # years
    ("in 2011", D, None, "2011", d(2011, 1, 1), d(2011, 12, 31)),
    ("2011", D, None, "2011", d(2011, 1, 1), d(2011, 12, 31)),
    ("in early 2020", D, None, "2020", d(2020, 1, 1), d(2020, 4, 30)),
    ("since 2019", D, None, "2019", d(2019, 1, 1), D),
    ("fiscal 1990", D, None, "1990", d(1990, 1, 1), d(1990, 12, 31)),
    # months
    ("in September 2020", D, None, "2020-09", d(2020, 9, 1), d(2020, 9, 30)),
    ("September 2020", None, None, "2020-09", d(2020, 9, 1), d(2020, 9, 30)),
    ("last March", D, None, "2024-03", d(2024, 3, 1), d(2024, 3, 31)),
    ("last March", D25, None, "2024-03", d(2024, 3, 1), d(2024, 3, 31)),
    ("next March", D, None, "2025-03", d(2025, 3, 1), d(2025, 3, 31)),
    ("in January", D, None, "2025-01", d(2025, 1, 1), d(2025, 1, 31)),  # nearest January
    ("in January", D, "past", "2024-01", d(2024, 1, 1), d(2024, 1, 31)),
    ("in July", D, None, "2024-07", d(2024, 7, 1), d(2024, 7, 31)),
    ("in January", D, "future", "2025-01", d(2025, 1, 1), d(2025, 1, 31)),
    ("in December", D, "past", "2023-12", d(2023, 12, 1), d(2023, 12, 31)),
    ("late November", D, None, "2024-11", d(2024, 11, 21), d(2024, 11, 30)),
    # full dates
    ("November 19, 2024", None, None, "2024-11-19", d(2024, 11, 19), d(2024, 11, 19)),
    ("19 November 2024", None, None, "2024-11-19", d(2024, 11, 19), d(2024, 11, 19)),
    ("2024-11-19", None, None, "2024-11-19", d(2024, 11, 19), d(2024, 11, 19)),
    ("the 19th of November, 2024", None, None, "2024-11-19", d(2024, 11, 19), d(2024, 11, 19)),
    ("Nov. 25", D, None, "2024-11-25", d(2024, 11, 25), d(2024, 11, 25)),
    ("Dec. 28", d(2025, 1, 5), None, "2024-12-28", d(2024, 12, 28), d(2024, 12, 28)),
    ("Sunday, March 9", D25, None, "2025-03-09", d(2025, 3, 9), d(2025, 3, 9)),
    ("10/27/89", d(1989, 10, 30), None, "1989-10-27", d(1989, 10, 27), d(1989, 10, 27)),
    # weekdays
    ("on Wednesday", D, "past", "2024-11-13", d(2024, 11, 13), d(2024, 11, 13)),
    ("on Wednesday", D, "future", "2024-11-20", d(2024, 11, 20), d(2024, 11, 20)),
    ("on Wednesday", D, None, "2024-11-13", d(2024, 11, 13), d(2024, 11, 13)),  # news default: past
    ("on Sunday afternoon", D, None, "2024-11-17TAF", d(2024, 11, 17), d(2024, 11, 17)),
    ("on Tuesday", D, "past", "2024-11-19", D, D),
    ("last Friday", D, None, "2024-11-15", d(2024, 11, 15), d(2024, 11, 15)),
    ("next Monday", D, None, "2024-11-25", d(2024, 11, 25), d(2024, 11, 25)),
    ("Saturday night", D, "past", "2024-11-16TNI", d(2024, 11, 16), d(2024, 11, 16)),
    # days
    ("today", D, None, "2024-11-19", D, D),
    ("yesterday", D, None, "2024-11-18", d(2024, 11, 18), d(2024, 11, 18)),
    ("tomorrow", D, None, "2024-11-20", d(2024, 11, 20), d(2024, 11, 20)),
    ("last night", D, None, "2024-11-18TNI", d(2024, 11, 18), d(2024, 11, 18)),
    ("tonight", D, None, "2024-11-19TNI", D, D),
    ("at 3pm", D, None, "2024-11-19T15:00", D, D),
    # ago
    ("two weeks ago", D, None, "2024-W45", d(2024, 11, 4), d(2024, 11, 10)),
    ("14 years ago", d(2025, 6, 1), None, "2011", d(2011, 1, 1), d(2011, 12, 31)),
    ("three days ago", D, None, "2024-11-16", d(2024, 11, 16), d(2024, 11, 16)),
    ("a month ago", D, None, "2024-10", d(2024, 10, 1), d(2024, 10, 31)),
    ("a year earlier", D, None, "2023", d(2023, 1, 1), d(2023, 12, 31)),
    ("recent weeks", D, None, "PAST_REF", d(2024, 10, 22), D),
    ("in the coming weeks", D, None, "FUTURE_REF", D, d(2024, 12, 17)),
    # calendar units
    ("this year", D, None, "2024", d(2024, 1, 1), d(2024, 12, 31)),
    ("last year", D, None, "2023", d(2023, 1, 1), d(2023, 12, 31)),
    ("next year", D, None, "2025", d(2025, 1, 1), d(2025, 12, 31)),
    ("later this year", D, None, "2024", D, d(2024, 12, 31)),
    ("this week", D, None, "2024-W47", d(2024, 11, 18), d(2024, 11, 24)),
    ("last week", D, None, "2024-W46", d(2024, 11, 11), d(2024, 11, 17)),
    ("next month", D, None, "2024-12", d(2024, 12, 1), d(2024, 12, 31)),
    ("this weekend", D, None, "2024-W47-WE", d(2024, 11, 23), d(2024, 11, 24)),
    ("the third quarter", D, None, "2024-Q3", d(2024, 7, 1), d(2024, 9, 30)),
    # football seasons
    ("this season", D, None, "2024", d(2024, 8, 1), d(2025, 5, 31)),
    ("this season", D25, None, "2024", d(2024, 8, 1), d(2025, 5, 31)),
    ("last season", D, None, "2023", d(2023, 8, 1), d(2024, 5, 31)),
    ("next season", D, None, "2025", d(2025, 8, 1), d(2026, 5, 31)),
    # in the summer break "last season" is the one just ended; in May the one before the season ending
    ("last season", d(2016, 6, 20), None, "2015", d(2015, 8, 1), d(2016, 5, 31)),
    ("the previous season", d(2016, 7, 28), None, "2015", d(2015, 8, 1), d(2016, 5, 31)),
    ("last season", d(2016, 5, 20), None, "2014", d(2014, 8, 1), d(2015, 5, 31)),
    ("this season", d(2016, 6, 20), None, "2015", d(2015, 8, 1), d(2016, 5, 31)),
    ("until this season", D, None, "2024", d(2024, 8, 1), d(2025, 5, 31)),
    ("the 2023-24 season", D, None, "2023", d(2023, 8, 1), d(2024, 5, 31)),
    ("2019/20", None, None, "2019", d(2019, 8, 1), d(2020, 5, 31)),
    ("the end of the season", D, None, "2024", d(2025, 3, 1), d(2025, 5, 31)),
    # calendar seasons
    ("next summer", D, None, "2025-SU", d(2025, 6, 1), d(2025, 8, 31)),
    ("last summer", D, None, "2024-SU", d(2024, 6, 1), d(2024, 8, 31)),
    ("next summer", D25, None, "2025-SU", d(2025, 6, 1), d(2025, 8, 31)),
    ("the summer of 2018", None, None, "2018-SU", d(2018, 6, 1), d(2018, 8, 31)),
    # a season as cut from "in the summer" (the preposition left out of the expression's text)
    ("the summer", d(2020, 12, 20), "past", "2020-SU", d(2020, 6, 1), d(2020, 8, 31)),
    ("the summer", d(2020, 5, 20), "past", "2019-SU", d(2019, 6, 1), d(2019, 8, 31)),
    ("the summer", d(2020, 5, 20), "future", "2020-SU", d(2020, 6, 1), d(2020, 8, 31)),
    # durations
    ("over the last 13 years", D, None, "P13Y", d(2011, 11, 19), D),
    ("the past two months", D, None, "P2M", d(2024, 9, 19), D),
    ("five years", D, None, "P5Y", None, None),
    ("a three-year contract", D, None, "P3Y", None, None),
    ("90 minutes", D, None, "PT90M", None, None),
    ("the first nine months", D, None, "P9M", None, None),
    ("several years", D, None, "PXY", None, None),
    # sets
    ("every week", D, None, "P1W", None, None),
    ("each season", D, None, "P1Y", None, None),
    ("weekly", D, None, "P1W", None, None),
    ("every Saturday", D, None, "XXXX-WXX-6", None, None),
    # decades, centuries, vague references
    ("the 1990s", D, None, "199", d(1990, 1, 1), d(1999, 12, 31)),
    ("the '80s", D, None, "198", d(1980, 1, 1), d(1989, 12, 31)),
    ("the 21st century", D, None, "20", d(2000, 1, 1), d(2099, 12, 31)),
    ("the past", D, None, "PAST_REF", None, None),
    ("recently", D, None, "PAST_REF", None, None),
    ("now", D, None, "PRESENT_REF", D, D),
    ("currently", D, None, "PRESENT_REF", D, D),
    ("the future", D, None, "FUTURE_REF", None, None),
    ("Boxing Day", D, None, "2024-12-26", d(2024, 12, 26), d(2024, 12, 26)),
    # months tied to a relative year, a past month well before the anchor
    ("January this year", D, None, "2024-01", d(2024, 1, 1), d(2024, 1, 31)),
    ("June 5 last year", D, None, "2023-06-05", d(2023, 6, 5), d(2023, 6, 5)),
    ("in July", D25, "past", "2024-07", d(2024, 7, 1), d(2024, 7, 31)),
    ("this summer", D, "past", "2024-SU", d(2024, 6, 1), d(2024, 8, 31)),
    ("this summer", D, None, "2025-SU", d(2025, 6, 1), d(2025, 8, 31)),
    ("this summer", D25, "past", "2025-SU", d(2025, 6, 1), d(2025, 8, 31)),  # said in spring: the coming one
    # years spelled out (transcripts)
    ("nineteen ninety-six", D, None, "1996", d(1996, 1, 1), d(1996, 12, 31)),
    ("January nineteen ninety-seven", None, None, "1997-01", d(1997, 1, 1), d(1997, 1, 31)),
    ("the year two thousand", D, None, "2000", d(2000, 1, 1), d(2000, 12, 31)),
    ("the winter of nineteen ninety-four", None, None, "1994-WI", d(1994, 12, 1), d(1995, 2, 28)),
    # quarters and halves tied to a year
    ("the 1988 third quarter", D, None, "1988-Q3", d(1988, 7, 1), d(1988, 9, 30)),
    ("next year's first quarter", D, None, "2025-Q1", d(2025, 1, 1), d(2025, 3, 31)),
    ("the year-ago third quarter", D, None, "2023-Q3", d(2023, 7, 1), d(2023, 9, 30)),
    ("the quarter a year ago", D, None, "2023-Q3", d(2023, 7, 1), d(2023, 9, 30)),
    ("the last half of 1989", None, None, "1989-H2", d(1989, 7, 1), d(1989, 12, 31)),
    # "<n> <short unit> earlier" is measured from another event: a duration (TimeBank)
    ("a day earlier", D, None, "P1D", None, None),
    ("three weeks earlier", D, None, "P3W", None, None),
]


@pytest.mark.parametrize("expr,dct,tense,value,start,end", NORMALISE_CASES)
def test_normalise(expr, dct, tense, value, start, end):
    t = normalise(expr, dct, tense)
    assert t is not None, expr
    assert (t.value, t.start, t.end) == (value, start, end)
    assert (t.start_char, t.end_char, t.text) == (0, len(expr), expr)


TYPES = [
    ("five years", "DURATION"), ("every week", "SET"), ("on Sunday afternoon", "TIME"),
    ("this season", "DATE"), ("the past", "DATE"), ("at 3pm", "TIME"),
]


@pytest.mark.parametrize("expr,type_", TYPES)
def test_types(expr, type_):
    assert normalise(expr, D).type == type_


UNANCHORED = [
    ("two weeks ago", "PAST_REF"), ("this season", "XXXX"), ("this year", "XXXX"),
    ("last week", "XXXX-WXX"), ("in January", "XXXX-01"), ("on Wednesday", "XXXX-WXX-3"),
    ("yesterday", "PAST_REF"), ("today", "PRESENT_REF"), ("tomorrow", "FUTURE_REF"),
    ("recent weeks", "PAST_REF"), ("Nov. 25", "XXXX-11-25"), ("now", "PRESENT_REF"),
]


@pytest.mark.parametrize("expr,value", UNANCHORED)
def test_unanchored_relative_expressions_have_no_interval(expr, value):
    t = normalise(expr, None)
    assert (t.value, t.start, t.end) == (value, None, None)


@pytest.mark.parametrize("expr", ["in 2011", "September 2020", "the 2023-24 season", "the 1990s",
                                  "November 19, 2024"])
def test_unanchored_absolute_expressions_still_resolve(expr):
    t = normalise(expr, None)
    assert t.start is not None and t.end is not None


NOT_TIMES = ["40", "81 goals", "No. 9", "the 41-year-old", "12 games", "Torres", "a second goal",
             "the quarter-final", "", "May I", "3-1"]


@pytest.mark.parametrize("expr", NOT_TIMES)
def test_not_time_expressions(expr):
    assert normalise(expr, D) is None


def test_bad_tense_is_refused():
    with pytest.raises(ValueError):
        normalise("on Wednesday", D, "pluperfect")


FIND_CASES = [
    ("Torres, 40, scored 81 goals in 141 appearances", []),
    ("The 41-year-old wore No. 9 and played 12 games.", []),
    ("Arsenal beat Chelsea 2-1 on Sunday afternoon.", [("Sunday afternoon", "2024-11-17TAF")]),
    ("Arsenal will face Spurs on Wednesday.", [("Wednesday", "2024-11-20")]),
    ("Spurs lost to Arsenal on Wednesday.", [("Wednesday", "2024-11-13")]),
    ("He joined the club in 2011 and has scored 81 goals over the last 13 years.",
     [("2011", "2011"), ("the last 13 years", "P13Y")]),
    ("The club said yesterday that his three-year contract runs until the end of next season.",
     [("yesterday", "2024-11-18"), ("three-year", "P3Y"), ("the end of next season", "2025")]),
    ("Salah, who moved in the summer of 2017, has been prolific this season.",
     [("the summer of 2017", "2017-SU"), ("this season", "2024")]),
    ("He won the title in the 2019-20 season and on November 19, 2024 signed a new deal.",
     [("the 2019-20 season", "2019"), ("November 19, 2024", "2024-11-19")]),
    ("Fans were told two weeks ago that training is now held every week.",
     [("two weeks ago", "2024-W45"), ("now", "PRESENT_REF"), ("every week", "P1W")]),
    ("In recent weeks he has returned to the form he showed in the 1990s.",
     [("recent weeks", "PAST_REF"), ("the 1990s", "199")]),
    ("2000 fans travelled to the game.", []),
    ("The stadium holds 2011 seats in May 2012.", [("May 2012", "2012-05")]),
    # a guessed past tense reaches a month eight months back
    ("Profits fell sharply in March.", [("March", "2024-03")]),
    # earnings reports: "a year ago/earlier" is the reported quarter a year before
    ("Net income rose 5% in the third quarter from a year earlier, and sales were up from a year ago.",
     [("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("a year ago", "2023-Q3")]),
    ("Net income in the third quarter beat the year-ago period; the quarter was strong.",
     [("the third quarter", "2024-Q3"), ("the year-ago period", "2023-Q3"), ("the quarter", "2024-Q3")]),
    ("He joined the club a year ago.", [("a year ago", "2023")]),
    ("Revenue exceeded year-earlier levels.", [("year-earlier", "2023")]),
]


@pytest.mark.parametrize("text,expected", FIND_CASES)
def test_find_timexes(text, expected):
    found = find_timexes(text, D)
    assert [(t.text, t.value) for t in found] == expected
    for t in found:
        assert text[t.start_char:t.end_char] == t.text


def test_find_timexes_sorted_and_disjoint():
    text = "On Monday, a week after the 2-0 win last Saturday, the manager said next season starts in August."
    found = find_timexes(text, D)
    spans = [(t.start_char, t.end_char) for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_find_timexes_without_anchor_never_uses_the_clock():
    found = find_timexes("He left last season and returned two weeks ago, in 2011 terms.", None)
    assert {t.value for t in found} >= {"XXXX", "PAST_REF"}
    assert all(t.start is None for t in found if t.value in ("XXXX", "PAST_REF"))


@pytest.mark.parametrize("text,expected", [
    ("Arsenal will play on Wednesday", "future"),
    ("Arsenal played on Wednesday", "past"),
    ("Arsenal lost on Wednesday", "past"),
    ("on Wednesday", None),
    ("Protesters are planning a rally on Wednesday", "future"),
])
def test_guess_tense(text, expected):
    i = text.index("Wednesday")
    assert guess_tense(text, i, i + len("Wednesday")) == expected


INTERVAL_CASES = [
    ("this season", d(2024, 7, 1), d(2024, 9, 1), (d(2023, 8, 1), d(2025, 5, 31))),
    ("this season", d(2024, 9, 1), d(2024, 12, 1), (d(2024, 8, 1), d(2025, 5, 31))),
    ("yesterday", d(2024, 11, 10), d(2024, 11, 19), (d(2024, 11, 9), d(2024, 11, 18))),
    ("in 2011", None, None, (d(2011, 1, 1), d(2011, 12, 31))),
    ("last year", None, None, (None, None)),
    ("last year", d(2024, 5, 1), None, (d(2023, 1, 1), d(2023, 12, 31))),
    ("five years", d(2024, 5, 1), d(2024, 6, 1), (None, None)),
]


@pytest.mark.parametrize("expr,lo,hi,expected", INTERVAL_CASES)
def test_resolve_interval(expr, lo, hi, expected):
    assert resolve_interval(expr, lo, hi) == expected


def test_grammar_data_loads_and_every_pattern_has_a_normaliser():
    from pipeline.timex import NORMALISERS

    g = load_grammar()
    assert len(g.patterns) > 30
    assert {p.norm for p in g.patterns} <= set(NORMALISERS)
    assert len({p.id for p in g.patterns}) == len(g.patterns)


@pytest.mark.parametrize("text,expected", [
    ("In March he turned down approaches from two clubs.", ["March"]),
    ("Since May they have won every game.", ["May"]),
    ("May I ask a question?", []),
    ("They march on regardless.", []),
])
def test_month_names_after_a_preposition_are_months(text, expected):
    assert [t.text for t in find_timexes(text, date(2024, 5, 25))] == expected


def _texts_for_gating():
    import re as _re

    from pipeline.config import DEFAULT_CORPUS, TEMPEVAL_DIR

    texts = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_CORPUS.iterdir()) if p.suffix in (".txt", ".md")]
    texts += [_re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8", errors="ignore"))
              for p in sorted(TEMPEVAL_DIR.rglob("*.tml"))[:120]]
    texts.append("Kick-off is at 3pm on Boxing Day; twice a week since the 1990s, the third quarter of 2019, "
                 "the second half of last year, tonight, yesterday evening, a year-earlier figure, nineteen ninety-six, "
                 "in due course, monthly, the winter of 2010 and two years ago at 15.30.")
    # windows at the edges of paragraphs, numbers with thousands and decimals, a letter whose
    # lower case is longer (offsets move: the paragraphs are searched instead)
    texts.append("May\n2019 was the month.\nHe left 1,250,000.5 days earlier, 3.25 seasons ago\nand every 12 weeks. March")
    texts.append("İstanbul hosted the final on 29 May 2005; two years ago, in May, the side won again.")
    return texts


def test_required_words_only_skip_patterns_that_cannot_match():
    """A pattern whose required words are absent is not searched: the candidates stay the same."""
    from dataclasses import replace

    from pipeline import timex

    g = load_grammar()
    ungated = timex._Grammar(g.words, tuple(replace(p, requires=()) for p in g.patterns))
    assert sum(bool(p.requires) for p in g.patterns) >= 20
    for text in _texts_for_gating():
        assert timex._candidates(text, g) == timex._candidates(text, ungated)


def test_windows_near_required_words_find_what_paragraph_search_finds():
    """A bounded pattern is searched only within its longest match of a required word: the
    candidates are those of searching the whole paragraphs that hold one."""
    from pipeline import timex

    g = load_grammar()
    assert sum(p.width is not None and bool(p.requires) for p in g.patterns) >= 30
    for text in _texts_for_gating():
        assert timex._candidates(text, g) == timex._candidates(text, g, windows=False)
