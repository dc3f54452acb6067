"""A coach who "stepped up from his role as assistant" (or "from caretaker", "was promoted from deputy"):
an appointment at the side he coaches, and his earlier place on its staff when he was the assistant.
A player stepping up "from the bench" is no appointment.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Wolves boss Gary O'Neil was happy. O'Neil has been in charge since August, when he stepped up from his role as assistant.",
     ("gary-o-neil", "appointed", "wolverhampton-wanderers", None, "asserted")),
    ("Wolves boss Gary O'Neil was happy. O'Neil has been in charge since August, when he stepped up from his role as assistant.",
     ("gary-o-neil", "coaching_staff_of", "wolverhampton-wanderers", "assistant", "asserted")),
    ("Brentford head coach Thomas Frank was happy. Frank stepped up from assistant in October 2018.",
     ("thomas-frank", "appointed", "brentford", None, "asserted")),
    ("Brentford head coach Thomas Frank was happy. Frank stepped up from assistant in October 2018.",
     ("thomas-frank", "coaching_staff_of", "brentford", "assistant", "asserted")),
    ("Hibernian manager Nick Montgomery is happy. He stepped up from caretaker in May.",
     ("nick-montgomery", "appointed", "hibernian", None, "asserted")),
    ("Celtic boss Neil Lennon was happy. Lennon stepped up from his job as assistant in March 2010.",
     ("neil-lennon", "appointed", "celtic", None, "asserted")),
    ("Celtic boss Neil Lennon was happy. Lennon stepped up from his job as assistant in March 2010.",
     ("neil-lennon", "coaching_staff_of", "celtic", "assistant", "asserted")),
    ("Real Betis coach Manuel Pellegrini was happy. Pellegrini was promoted from his role as deputy in 2020.",
     ("manuel-pellegrini", "appointed", "real-betis", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_stepped_up_from_the_staff(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "Striker Tom Hale stepped up from the bench to score.",
    "Everton forward Jonas Berger stepped up from the academy last season.",
])
def test_a_player_stepping_up_is_no_appointment(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] in {"appointed", "coaching_staff_of"}], claims
