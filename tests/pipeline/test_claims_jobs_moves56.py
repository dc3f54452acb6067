"""Successions with the successor named after "with": "the club sacked coach X and replaced him with Y"
(Y is appointed, X is the one replaced, not the person a sentence before was about), and "X was
sacked and Y replaced him" (the "him" is X, named earlier in the same sentence).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

FOUND = [
    ("Genoa finished third. Lazio struggled all season. In November the club sacked coach Marco Rossi and "
     "replaced him with Luca Bianchi.", ("luca-bianchi", "appointed", "lazio", None, "asserted")),
    ("Sampdoria have had a wretched season. Last month the club dismissed head coach Pavel Novak and replaced "
     "him with Ivan Horvat.", ("ivan-horvat", "appointed", "sampdoria", None, "asserted")),
    ("Genoa lost again. The board sacked coach Marco Rossi on Monday and replaced him with his assistant "
     "Luca Bianchi.", ("luca-bianchi", "appointed", "genoa", None, "asserted")),
    ("Lazio struggled all season. In March the board dismissed manager Marco Rossi and replaced him with "
     "Luca Bianchi, who had been coaching the under-19s.", ("marco-rossi", "left_role", "lazio", None, "asserted")),
    ("Lazio struggled all season. Marco Rossi was sacked as coach in March and Luca Bianchi replaced him.",
     ("luca-bianchi", "appointed", "lazio", None, "asserted")),
    ("Lazio struggled all season. Manager Marco Rossi resigned in March and Luca Bianchi succeeded him.",
     ("luca-bianchi", "appointed", "lazio", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_successor_named_after_with(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


ABSENT = [
    # the coach sacked is not the one appointed
    ("Genoa finished third. Lazio struggled all season. In November the club sacked coach Marco Rossi and "
     "replaced him with Luca Bianchi.", ("marco-rossi", "appointed", "lazio")),
    ("Genoa lost again. The board sacked coach Marco Rossi on Monday and replaced him with his assistant "
     "Luca Bianchi.", ("marco-rossi", "appointed", "genoa")),
    # "him" is the coach sacked in this sentence, not the player the sentence before was about
    ("Lazio spent heavily last summer. Tomas Kral, the 23-year-old Czech, cost around 30 million euros when he "
     "arrived from Sparta Prague. In January the club sacked coach Marco Rossi and replaced him with Luca Bianchi.",
     ("tomas-kral", "left_role", "lazio")),
    ("Lazio spent heavily last summer. Tomas Kral, the 23-year-old Czech, cost around 30 million euros when he "
     "arrived from Sparta Prague. In January the club sacked coach Marco Rossi and replaced him with Luca Bianchi.",
     ("marco-rossi", "appointed", "lazio")),
]


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_not_the_person_replaced(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
