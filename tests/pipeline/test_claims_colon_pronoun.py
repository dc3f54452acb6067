""""he" / "she" opening a clause after a colon or semicolon, in a sentence whose clause before has no
person as its subject ("Italy's exit has cost X his job: he left ..."): the one person that clause names,
not the article's protagonist. Sentences written for these tests."""
import pytest

from tests.pipeline import test_claims as base

PROTAGONIST = ("Ivan Petrov scored twice for Croatia on Saturday. Petrov, 25, now has five goals in the "
               "tournament. Petrov was named man of the match. ")

# (text, (subject, predicate, object, value, modality))
ROWS = [
    (PROTAGONIST + "Italy's exit has already cost Marco Ferri his job: he left his post as Italy coach on Friday.",
     ("marco-ferri", "left_role", "italy", None, "asserted")),
    (PROTAGONIST + "The defeat was too much for Anna Berg; she resigned as Sweden coach on Monday.",
     ("anna-berg", "left_role", "sweden", None, "asserted")),
]

NOT_ROWS = [
    # a pronoun is the subject of the clause before: the next "she" is the same person, not the one she named
    (PROTAGONIST + "Anna Berg arrived from Lyon. She thanked coach Emma Lind: she said the move was a dream and "
     "she joined Chelsea on a two-year deal.", "transfer", "emma-lind"),
    (PROTAGONIST + "Italy's exit has already cost Marco Ferri his job: he left his post as Italy coach on Friday.",
     "left_role", "ivan-petrov"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_pronoun_after_colon(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_pronoun_after_colon_not_protagonist(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject]
