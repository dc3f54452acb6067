"""A coaching role in apposition with a since-year ("X, CLUB manager since YEAR, ..."): head_coach_of that
club for the person (or the descriptor) the apposition follows. Sentences written for these tests, with
other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("For Tom Reed the defeat hurt. The 55-year-old Scot, Everton manager since 2019, won the FA Cup in 2021.",
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
    ("Lena Hoff, Wolfsburg head coach since 2022, praised her players.", ("lena-hoff", "head_coach_of", None, None, "asserted")),
    ("Hugo Lenz, the Utrecht manager since 2017, was sent to the stands.",
     ("hugo-lenz", "head_coach_of", "utrecht", None, "asserted")),
]

# (text, predicate, subject)
NOT_ROWS = [
    ("Chelsea beat Ajax. Sam Cole, 50, an Ajax fan since 1990, watched from the stands.", "head_coach_of", "sam-cole"),
    ("Kai Olsen, a Brondby supporter since 1999, bought a season ticket.", "head_coach_of", "kai-olsen"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_appositive_role_since(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_appositive_role_since_not_claims(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject], claims
