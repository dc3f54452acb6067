"""A coaching job told in a relative clause on the club a person comes from ("arrived from CLUB, where he
had been manager since 2017", "came from CLUB, where she was head coach for three years"): a past
head_coach_of at that club; a player's role there ("where he was captain") is no coaching job. Sentences
written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Roma hired Luis Ortega in 2021. Ortega arrived from Porto, where he had been manager since 2017.",
     ("luis-ortega", "head_coach_of", "porto", None, "asserted")),
    ("Roma hired Luis Ortega in 2021. Ortega left Porto, where he was coach, after a row over transfers.",
     ("luis-ortega", "head_coach_of", "porto", "coach", "asserted")),
    ("Chelsea appointed Carla Mendes in 2022. She came from Benfica, where she was head coach for three years.",
     ("carla-mendes", "head_coach_of", "benfica", None, "asserted")),
    ("Celtic named Tom Reed as manager. He returns from Hibernian, where he has been manager since 2019.",
     ("tom-reed", "head_coach_of", "hibernian", None, "asserted")),
    ("Lyon appointed Marc Dufour on Friday. He leaves Nantes, where he was the head coach between 2018 and 2022.",
     ("marc-dufour", "head_coach_of", "nantes", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_club_where_role(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "Lyon signed Marc Dufour from Nantes, where he was captain.",
    "Everton signed Ivan Petrov from Burnley, where he was assistant coach.",
])
def test_no_coaching_job_from_other_roles(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of"], claims
