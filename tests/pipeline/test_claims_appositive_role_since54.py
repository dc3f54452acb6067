"""A coaching role in apposition with a since-year ("X, CLUB manager since YEAR, ..."): head_coach_of that
club for the person (or the descriptor) the apposition follows. Sentences written for these tests, with
other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("Tom Reed was furious at full time. The Scot, Everton manager since 2019, refused to speak to reporters.",
     ("tom-reed", "head_coach_of", "everton", None, "asserted")),
    ("Ivan Petrov, Lokomotiv Moscow coach since 2020, was furious.",
     ("ivan-petrov", "head_coach_of", "lokomotiv-moscow", None, "asserted")),
    ("Chelsea beat Ajax. Sam Cole, 50, Ajax head coach since 2021, blamed the referee.",
     ("sam-cole", "head_coach_of", "ajax", None, "asserted")),
    ("Marco Ferri, Genoa boss since 2018, has signed a new deal.", ("marco-ferri", "head_coach_of", "genoa", None, "asserted")),
    ("Porto lost again. Rui Lima, 49, Porto coach since 2019, refused to resign.",
     ("rui-lima", "head_coach_of", "porto", None, "asserted")),
    ("Celtic won 4-0 as Ange Moro, Celtic manager since 2021, rested his stars.",
     ("ange-moro", "head_coach_of", "celtic", None, "asserted")),
    ("Lena Hoff, Wolfsburg head coach since 2022, praised her players.", ("lena-hoff", "head_coach_of", "vfl-wolfsburg", None, "asserted")),
    ("Hugo Lenz, the Utrecht manager since 2017, was sent to the stands.",
     ("hugo-lenz", "head_coach_of", "utrecht", None, "asserted")),
]

# (text, predicate, subject)
NOT_ROWS = [
    # a role word that is not the head coach's, in the same apposition
    ("Chelsea beat Ajax. Sam Cole, 50, Ajax youth coach since 2021, watched from the stands.", "head_coach_of", "sam-cole"),
    ("Odense won 2-1. Kai Olsen, Brondby assistant coach since 2019, took the warm-up.", "head_coach_of", "kai-olsen"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_appositive_role_since(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_appositive_role_since_not_claims(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject], claims
