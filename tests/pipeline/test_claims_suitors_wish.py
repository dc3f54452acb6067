"""A side that would like to sign, appoint or lure someone ("X would like to sign him", "X could try to lure
him to ...", "X want to sign him"), or that has been linked with a descriptor ("the 25-year-old", "the Dutch
striker"): a hypothetical move, a transfer for a player and an appointment for a coach.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Jonas Berger is happy at Ajax. German newspapers claim Bayern would like to sign him.",
     ("jonas-berger", "transfer", "bayern-munich", "ajax", "hypothetical")),
    ("Jonas Berger is happy at Ajax. Celtic want to sign him in January.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Jonas Berger, 25, is happy at Ajax. Celtic had also been linked with the 25-year-old.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Jonas Berger, 25, is happy at Ajax. Celtic have been linked with the Dutch striker.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Chelsea sacked Thomas Tuchel in September. Bayern could try to lure him to Munich next summer.",
     ("thomas-tuchel", "appointed", "bayern-munich", None, "hypothetical")),
    ("Arsenal sacked Mikel Arteta. Barcelona would like to appoint him next summer.",
     ("mikel-arteta", "appointed", "barcelona", None, "hypothetical")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_suitors_wish(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
