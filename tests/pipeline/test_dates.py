from datetime import date

import pytest

from pipeline.dates import (PubDate, birth_range, from_metadata, infer_publication, load_births, resolve_claim_time,
                            season_label, text_bounds)

UNKNOWN = PubDate(None, None, None, "unknown")


def tx(text, value, tense="past", sentence=""):
    return {"text": text, "value": value, "tense": tense, "sentence": sentence or text}


SPAN_AND_EVENT = "He was on loan from 2019 to 2021 and left for good in 2021."

TEXT_CASES = [
    # (timexes, claims, expected lo, expected hi)
    # a date read at its own place: the second "2021" (an event) bounds it, though the first ends a span
    ([{**tx("2021", "2021", sentence=SPAN_AND_EVENT), "start_char": SPAN_AND_EVENT.rfind("2021"), "sentence_start": 0}],
     [], date(2021, 1, 1), None),
    ([{**tx("2021", "2021", sentence=SPAN_AND_EVENT), "start_char": SPAN_AND_EVENT.find("2021"), "sentence_start": 0}],
     [], None, None),
    ([tx("in March 2019", "2019-03"), tx("in 2016", "2016")], [], date(2019, 3, 1), None),
    ([tx("until June 2027", "2027-06", tense="future")], [], None, None),
    # the end of a span in a past-tense sentence may lie after the article: no lower bound from it
    ([tx("May 2029", "2029-05", sentence="In March the club had tied him to a deal running through May 2029."),
      tx("March", "2023-03")], [], date(2023, 3, 1), None),
    ([tx("nine years ago", "PAST_REF", sentence="His move to Milan nine years ago still hurts.")],
     [{"predicate": "transfer", "time_text": "in 2015"}], date(2024, 1, 1), date(2024, 12, 31)),
    ([tx("ten years ago", "PAST_REF", sentence="He retired ten years ago.")],
     [{"predicate": "transfer", "time_text": "in 2001"}], None, None),  # no shared event word: no inference
]


@pytest.mark.parametrize("timexes,claims,lo,hi", TEXT_CASES)
def test_text_bounds(timexes, claims, lo, hi):
    got_lo, got_hi, why = text_bounds(timexes, claims)
    assert (got_lo, got_hi) == (lo, hi)
    assert bool(why) == bool(lo or hi)


def test_age_against_known_birth_window_bounds_an_undated_article():
    pubs = {"dated": from_metadata("2023-09-10", "date line"), "undated": UNKNOWN}
    ages = [("dated", "pep-guardiola", 52), ("undated", "pep-guardiola", 49)]
    out = infer_publication(pubs, {"undated": (None, None, [])}, ages)
    p = out["undated"]
    assert p.source == "corpus" and "pep-guardiola aged 49" in p.evidence
    assert p.lo == date(2019, 9, 11) and p.hi == date(2021, 9, 9)
    assert out["dated"] == pubs["dated"]


def test_text_and_corpus_evidence_combine():
    pubs = {"dated": from_metadata("2024-11-19", "x"), "u": UNKNOWN}
    ages = [("dated", "p", 40), ("u", "p", 36)]
    out = infer_publication(pubs, {"u": (date(2020, 9, 1), None, ["after 'September 2020'"])}, ages)
    assert (out["u"].lo, out["u"].hi) == (date(2020, 9, 1), date(2021, 11, 18))


def test_disagreeing_age_does_not_date_an_article():
    pubs = {"a": from_metadata("2024-11-19", "x"), "b": from_metadata("2024-11-20", "x"), "u": UNKNOWN}
    ages = [("a", "p", 40), ("b", "p", 55), ("u", "p", 36)]
    out = infer_publication(pubs, {"u": (None, None, [])}, ages)
    assert out["u"].lo is not None  # dated from the agreeing source, never an empty interval


BIRTH_RANGES = [
    ("1979-02-14", (date(1979, 2, 14), date(1979, 2, 14))),
    ("1979-02", (date(1979, 2, 1), date(1979, 2, 28))),
    ("1980-02", (date(1980, 2, 1), date(1980, 2, 29))),
    ("1966-12", (date(1966, 12, 1), date(1966, 12, 31))),
    ("1958", (date(1958, 1, 1), date(1958, 12, 31))),
    (" 2001-07-03 ", (date(2001, 7, 3), date(2001, 7, 3))),
]


@pytest.mark.parametrize("text,expected", BIRTH_RANGES)
def test_birth_range(text, expected):
    assert birth_range(text) == expected


@pytest.mark.parametrize("text", ["", "79", "1979/02/14", "1979-13", "1979-02-30", "born 1979", "1979-02-14-01"])
def test_birth_range_rejects(text):
    with pytest.raises(ValueError):
        birth_range(text)


def test_load_births_names_the_file_and_line_of_a_bad_row(tmp_path):
    path = tmp_path / "births.csv"
    path.write_text("id,born,sure\na-keeper,1990-05-02,yes\nb-winger,May 1991,yes\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"births\.csv: line 3"):
        load_births(path)
    path.write_text("id,born,sure\na-keeper,1990-05-02,yes\nc-coach,1961,yes\n", encoding="utf-8")
    assert load_births(path) == {"a-keeper": (date(1990, 5, 2), date(1990, 5, 2)),
                                 "c-coach": (date(1961, 1, 1), date(1961, 12, 31))}
    assert load_births(tmp_path / "absent.csv") == {}


BIRTH_DATING_CASES = [
    # (article's own bounds, (person, age) stated, known births, expected lo, hi)
    # a full birth date and an age: one year of days
    ((None, None, []), [("a-keeper", 31)], {"a-keeper": birth_range("1990-05-02")}, date(2021, 5, 2), date(2022, 5, 1)),
    # with a lower bound from the article's words: the intersection
    ((date(2021, 9, 1), None, ["after 'September 2021'"]), [("a-keeper", 31)], {"a-keeper": birth_range("1990-05-02")},
     date(2021, 9, 1), date(2022, 5, 1)),
    # a birth year only: two years of days
    ((None, None, []), [("c-coach", 60)], {"c-coach": birth_range("1961")}, date(2021, 1, 1), date(2022, 12, 30)),
    # two people: both windows hold
    ((None, None, []), [("a-keeper", 31), ("c-coach", 60)], {"a-keeper": birth_range("1990-05-02"),
                                                             "c-coach": birth_range("1961")},
     date(2021, 5, 2), date(2022, 5, 1)),
    # a person with no known birth date dates nothing
    ((None, None, []), [("d-striker", 25)], {"a-keeper": birth_range("1990-05-02")}, None, None),
    # an age that cannot hold with the article's own bounds is left to reconciliation
    ((date(2030, 1, 1), None, ["after 2030"]), [("a-keeper", 31)], {"a-keeper": birth_range("1990-05-02")},
     date(2030, 1, 1), None),
]


@pytest.mark.parametrize("own,ages,births,lo,hi", BIRTH_DATING_CASES)
def test_known_birth_dates_bound_an_undated_article(own, ages, births, lo, hi):
    pubs = {"u": UNKNOWN}
    out = infer_publication(pubs, {"u": own}, [("u", p, a) for p, a in ages], births=births)
    assert (out["u"].lo, out["u"].hi) == (lo, hi)
    if hi is not None and own[1] is None:
        assert out["u"].source == "corpus" and "births table" in out["u"].evidence


def test_a_disputed_birth_date_counts_as_its_year(tmp_path):
    path = tmp_path / "births.csv"
    path.write_text("id,born,verified\na-keeper,1990-05-02,disputed\nb-winger,1991-03,yes\n", encoding="utf-8")
    assert load_births(path) == {"a-keeper": (date(1990, 1, 1), date(1990, 12, 31)),
                                 "b-winger": (date(1991, 3, 1), date(1991, 3, 31))}


def test_an_article_dated_by_a_known_birth_date_says_so():
    pubs = {"u": UNKNOWN, "v": UNKNOWN, "w": from_metadata("2022-01-01", "x")}
    ages = [("u", "a-keeper", 31), ("v", "d-striker", 25), ("w", "d-striker", 27)]
    out = infer_publication(pubs, {"u": (None, None, []), "v": (None, None, [])}, ages,
                            births={"a-keeper": birth_range("1990-05-02")})
    assert out["u"].from_births and not out["v"].from_births and not out["w"].from_births
    assert out["v"].source == "corpus"  # dated from the other article's age, not from the births table


def test_known_birth_date_wins_over_a_window_from_other_articles():
    # another article's age puts the birth in 1989-11-19..1990-11-18; the known date narrows it
    pubs = {"dated": from_metadata("2024-11-18", "date line"), "u": UNKNOWN}
    ages = [("dated", "a-keeper", 34), ("u", "a-keeper", 31)]
    out = infer_publication(pubs, {"u": (None, None, [])}, ages, births={"a-keeper": birth_range("1990-05-02")})
    assert (out["u"].lo, out["u"].hi) == (date(2021, 5, 2), date(2022, 5, 1))


CLAIM_TIME_CASES = [
    ({"time_source": "article_date", "time_kind": "as_of"}, from_metadata("2024-11-19", ""), ("2024-11-19", "2024-11-19")),
    ({"time_source": "article_date", "time_kind": "as_of"}, UNKNOWN, ("", "")),
    ({"time_source": "expression", "time_text": "in 2011", "time_kind": "event"}, UNKNOWN, ("2011-01-01", "2011-12-31")),
    ({"time_source": "expression", "time_text": "two weeks ago", "time_kind": "event"}, UNKNOWN, ("", "")),
    ({"time_source": "last_completed_season", "time_kind": "as_of"}, from_metadata("2019-07-04", ""),
     ("2018-08-01", "2019-05-31")),
    ({"time_source": "last_completed_season", "time_kind": "as_of"}, from_metadata("2021-01-25", ""),
     ("2019-08-01", "2020-05-31")),
    # "finished third" in the second half of May: the leagues have ended, the season finished is the one ending now
    ({"time_source": "last_completed_season", "time_kind": "as_of"}, from_metadata("2016-05-22", ""),
     ("2015-08-01", "2016-05-31")),
    ({"time_source": "last_completed_season", "time_kind": "as_of"}, from_metadata("2016-04-10", ""),
     ("2014-08-01", "2015-05-31")),
    ({"time_source": "last_completed_season", "time_kind": "as_of"}, from_metadata("2016-05-03", ""),
     ("2014-08-01", "2015-05-31")),  # early May: the season is still being played
    # dated by the article's words alone at extraction (a spell up to a stated year): kept as it is
    ({"time_source": "fixed", "time_start": "1998-01-01", "time_end": "2007-12-31", "time_kind": "as_of"},
     from_metadata("2021-01-25", ""), ("1998-01-01", "2007-12-31")),
    ({"time_source": "expression", "time_text": "last season", "time_kind": "as_of"},
     PubDate(None, date(2025, 1, 1), date(2025, 12, 31), "text"), ("2023-08-01", "2025-05-31")),
]


@pytest.mark.parametrize("claim,pub,expected", CLAIM_TIME_CASES)
def test_resolve_claim_time(claim, pub, expected):
    assert resolve_claim_time(claim, pub)[:2] == expected


@pytest.mark.parametrize("start,end,label", [("2024-08-01", "2025-05-31", "2024-25"), ("2010-01-01", "2010-12-31", "2010"),
                                              ("", "", "")])
def test_season_label(start, end, label):
    assert season_label(start, end) == label


def test_shipped_births_are_gazetteer_persons_with_a_source_status():
    """models/births.csv: every row a person of the gazetteer, a date load_births reads, and a
    ``verified`` status (``yes``: checked against a published source; ``disputed``: sources differ)."""
    import csv

    from pipeline.config import MODELS_DIR
    from pipeline.entities import BIRTHS_FILE, load_gazetteer

    path = MODELS_DIR / BIRTHS_FILE
    births = load_births(path)
    persons = {e.id for e in load_gazetteer().entities.values() if e.type == "person"}
    assert births and set(births) <= persons
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(births)  # one row a person
    assert {r["verified"] for r in rows} <= {"yes", "disputed"}
    assert all(date(1900, 1, 1) <= lo <= hi <= date(2015, 12, 31) for lo, hi in births.values())
