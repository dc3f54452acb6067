"""A coach's staff named through the coach: "Z, a former defender, is Y's assistant" (an apposition between the name
and the verb), "Z is now one of Y's coaches / assistants" (a place on Y's staff, and "along with W" puts W on it
too), "Y's assistant at CLUB, W" (W, the name after the club, is the assistant, not the subject of the clause).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Liverpool named Arne Slot as head coach in May. Sipke Hulshoff, a former defender, is Slot's assistant.",
     ("sipke-hulshoff", "coaching_staff_of", "liverpool", "assistant", "asserted")),
    ("Arsenal named Mikel Arteta as manager in 2019. Albert Stuivenberg, a former Wales coach, is now Arteta's assistant.",
     ("albert-stuivenberg", "coaching_staff_of", "arsenal", "assistant", "asserted")),
    ("Leicester named Enzo Maresca as manager in June. Willy Caballero, 42, is now one of Maresca's coaches.",
     ("willy-caballero", "coaching_staff_of", "leicester-city", "coach", "asserted")),
    ("Leicester named Enzo Maresca as manager in June. Willy Caballero, 42, is now one of Maresca's coaches.",
     ("enzo-maresca", "head_coach_of", "leicester-city", None, "asserted")),
    ("Arsenal named Mikel Arteta as manager in December. Carlos Cuesta is one of Arteta's assistants.",
     ("carlos-cuesta", "coaching_staff_of", "arsenal", "assistant", "asserted")),
    ("Leicester named Enzo Maresca as manager in June. Willy Caballero is now one of Maresca's coaches, "
     "alongside Danny Walker.", ("danny-walker", "coaching_staff_of", "leicester-city", "coach", "asserted")),
    ("Arsenal named Mikel Arteta as manager in December. Carlos Cuesta is one of Arteta's assistants, along with "
     "Pep Guardiola's assistant at Manchester City, Juanma Lillo.",
     ("juanma-lillo", "coaching_staff_of", "arsenal", "assistant", "asserted")),
    ("Arsenal named Mikel Arteta as manager in December. Carlos Cuesta is one of Arteta's assistants, along with "
     "Pep Guardiola's assistant at Manchester City, Juanma Lillo.",
     ("juanma-lillo", "coaching_staff_of", "manchester-city", "assistant", "asserted")),
    ("Everton named Sean Dyche as manager. Ian Woan joined him, along with Jurgen Klopp's assistant at Liverpool, "
     "Pep Lijnders.", ("pep-lijnders", "coaching_staff_of", "liverpool", "assistant", "asserted")),
    ("The squad met on Monday with Thomas Tuchel's assistant at Paris Saint-Germain, Zsolt Low, in charge of the "
     "session.", ("zsolt-low", "coaching_staff_of", "paris-saint-germain", "assistant", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_place_on_a_coach_staff(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # the subject of the clause is no assistant at the club of an apposition after it
    ("Arsenal named Mikel Arteta as manager in December. Carlos Cuesta is one of Arteta's assistants, along with "
     "Pep Guardiola's assistant at Manchester City, Juanma Lillo.", ("carlos-cuesta", "coaching_staff_of", "manchester-city")),
    # a possessor in the "along with" phrase is on no one's staff
    ("Arsenal named Mikel Arteta as manager in December. Carlos Cuesta is one of Arteta's assistants, along with "
     "Pep Guardiola's assistant at Manchester City, Juanma Lillo.", ("pep-guardiola", "coaching_staff_of", "arsenal")),
])
def test_not_on_that_staff(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
