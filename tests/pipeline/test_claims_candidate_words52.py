"""Candidates in other words (stop 26): "is a popular / obvious / natural candidate" (more adjectives before a
candidate noun) and "is (thought to be) on the list / shortlist" are hypothetical appointments to the vacancy the
article is about; "on their list" with no one named before it in the sentence is nobody's. Sentences written for
these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

OPENING = "Norwich sacked Karl Voss on Monday. The search for a successor has begun. "

ROWS = [
    (OPENING + "Tom Barr, 44, is a popular candidate with supporters.", ("tom-barr", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Tom Barr is the obvious candidate.", ("tom-barr", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Tom Barr, who left Hull in May, is a natural candidate for the job.",
     ("tom-barr", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Tom Barr is the favoured candidate, according to reports.", ("tom-barr", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Dan Hollis, 51, is also thought to be on the list.", ("dan-hollis", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Dan Hollis is on the shortlist.", ("dan-hollis", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Dan Hollis is understood to be on their shortlist, according to reports.",
     ("dan-hollis", "appointed", "norwich-city", None, "hypothetical")),
    (OPENING + "Dan Hollis is believed to be on the list for the job.",
     ("dan-hollis", "appointed", "norwich-city", None, "hypothetical")),
]

NOT_ROWS = [
    OPENING + "Several other coaches are said to be on their list.",
    OPENING + "Other names are understood to be on the shortlist.",
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_candidate_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", NOT_ROWS)
def test_no_named_candidate(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "appointed"], claims
