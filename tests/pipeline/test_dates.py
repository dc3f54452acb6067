from datetime import date

import pytest

from pipeline.dates import PubDate, from_metadata, infer_publication, resolve_claim_time, season_label, text_bounds

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
