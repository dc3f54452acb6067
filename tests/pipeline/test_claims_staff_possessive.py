"""A coach's staff named by what they are to him: "X remains Southgate's assistant", and in a list
"Y his assistant coach and Z his goalkeeping coach": a place on the staff of the side the coach runs.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # "X (is|remains|became) Coach's assistant"
    ("Gareth Southgate remains England manager, and Steve Holland remains Southgate's assistant.",
     ("steve-holland", "coaching_staff_of", "england", "assistant", "asserted")),
    ("Jurgen Klopp signed a new deal with Liverpool. Pep Lijnders, 40, remains Klopp's assistant.",
     ("pep-lijnders", "coaching_staff_of", "liverpool", "assistant", "asserted")),
    ("Carlo Ancelotti is staying at Real Madrid; Davide Ancelotti is still Ancelotti's assistant.",
     ("davide-ancelotti", "coaching_staff_of", "real-madrid", "assistant", "asserted")),
    ("Arsenal manager Mikel Arteta was pleased, and Albert Stuivenberg has been Arteta's assistant since 2021.",
     ("albert-stuivenberg", "coaching_staff_of", "arsenal", None, "asserted")),
    # "Name his <role> coach" in a list of the staff
    ("Pep Guardiola is the Manchester City manager, with Juanma Lillo his assistant coach and Xabi Mancisidor "
     "his goalkeeping coach.", ("xabi-mancisidor", "coaching_staff_of", "manchester-city", None, "asserted")),
    ("Pep Guardiola is the Manchester City manager, with Juanma Lillo his assistant coach and Xabi Mancisidor "
     "his goalkeeping coach.", ("juanma-lillo", "coaching_staff_of", "manchester-city", None, "asserted")),
    ("Roberto Mancini named his staff for Italy: Alberico Evani his assistant coach and Massimo Battara his "
     "goalkeeping coach.", ("massimo-battara", "coaching_staff_of", "italy", None, "asserted")),
    ("Roberto Mancini named his staff for Italy: Alberico Evani his assistant coach and Massimo Battara his "
     "goalkeeping coach.", ("alberico-evani", "coaching_staff_of", "italy", None, "asserted")),
    ("Carlo Ancelotti is staying at Real Madrid, with Luis Llopis his goalkeeping coach.",
     ("luis-llopis", "coaching_staff_of", "real-madrid", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_staff_named_by_their_coach(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
