"""A coach who "left by mutual consent" / "departed by mutual agreement" has left the job the sentence or
article has him in; a player who leaves so makes no left_role. Sentences written for these tests, not
taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Ryan Giggs left by mutual consent in 2022 after two years as Wales manager, and Tom Reed replaced him.",
     ("ryan-giggs", "left_role", "wales", None, "asserted")),
    ("Hibernian manager Jack Ross left by mutual consent in December.",
     ("jack-ross", "left_role", "hibernian", None, "asserted")),
    ("Ivan Petrov became Burnley coach in 2019, and he departed by mutual agreement in 2021.",
     ("ivan-petrov", "left_role", "burnley", None, "asserted")),
    ("Marco Silva, the Fulham manager, parted company by mutual consent with the club in June.",
     ("marco-silva", "left_role", "fulham", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coach_left_by_mutual_consent(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "The striker Ivan Petrov left Burnley by mutual consent on Monday and joined Porto.",
    "Burnley signed Ivan Petrov in 2019. Petrov left by mutual consent in January.",
])
def test_player_leaving_by_mutual_consent_is_no_left_role(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "left_role"], claims
