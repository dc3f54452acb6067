"""A side that would like to sign, appoint or lure someone ("X would like to sign him", "X could try to lure
him to ...", "X want to sign him"), or that has been linked with a descriptor ("the 22-year-old", "the Dutch
striker"): a hypothetical move, a transfer for a player and an appointment for a coach.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Luis Ortega is happy at Feyenoord. Reports in Italy say Juventus would like to sign him.",
     ("luis-ortega", "transfer", "juventus", "feyenoord", "hypothetical")),
    ("Jonas Berger is happy at Ajax. Celtic want to sign him in January.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Luis Ortega, 22, is happy at Feyenoord. Celtic had been linked with the 22-year-old for months.",
     ("luis-ortega", "transfer", "celtic", "feyenoord", "hypothetical")),
    ("Jonas Berger, 25, is happy at Ajax. Celtic have been linked with the Dutch striker.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Fulham sacked Marco Rossi in March. Napoli could try to lure him to Naples in the autumn.",
     ("marco-rossi", "appointed", "napoli", None, "hypothetical")),
    ("Arsenal sacked Mikel Arteta. Barcelona would like to appoint him next summer.",
     ("mikel-arteta", "appointed", "barcelona", None, "hypothetical")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_suitors_wish(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
