"""A nationality word between "the" and a one-word name ("the Brazilian Hulk, 30,") is no part of the
name: the name is the person, the word his nationality. Sentences written for these tests, not taken from
the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("The Brazilian Hulk, 30, scored twice.", ("hulk", "age", None, "30", "asserted")),
    ("The Brazilian Hulk, 30, scored twice.", ("hulk", "nationality", None, "Brazil", "asserted")),
    ("The Brazilian Ronaldo, 27, hit the post twice before the break, and Messi, 24, missed a penalty.",
     ("ronaldo", "age", None, "27", "asserted")),
    ("The Portuguese Pepe, 38, headed the winner.", ("pepe", "age", None, "38", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_nationality_word_before_a_one_word_name(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_no_person_with_the_nationality_in_the_name(analyse_text):
    claims = analyse_text("The Brazilian Hulk, 30, scored twice.").claims
    assert not [c for c in claims if c["subject_id"].startswith("brazilian")], claims
