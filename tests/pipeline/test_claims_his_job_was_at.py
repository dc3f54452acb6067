"""A person's job named by a possessive ("his one permanent post had been at CLUB", "her previous job was at CLUB",
"his last post was with CLUB"): a head_coach_of at that club. Sentences written for these tests, not taken
from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Tom Reed has managed Wales since 2020, and his one permanent post had been at Swansea City.",
     ("tom-reed", "head_coach_of", "swansea-city", None, "asserted")),
    ("Carla Mendes took over at Benfica in 2022. Her previous job was at Braga.",
     ("carla-mendes", "head_coach_of", "braga", None, "asserted")),
    # a coach the article has leaving a job: his previous post is a coaching one
    ("Watford sacked manager Marco Silva in January 2018. His previous post was with Hull City.",
     ("marco-silva", "head_coach_of", "hull-city", None, "asserted")),
    ("Luis Ortega was named Roma coach on Monday. His first managerial job was at Porto.",
     ("luis-ortega", "head_coach_of", "porto", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_possessive_job_at_club(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


# the same words of someone the article has in no coaching job (a director, a player): no head_coach_of
@pytest.mark.parametrize("text", [
    "Ivan Petrov is Porto's sporting director. His previous post was at Braga.",
    "Ivan Petrov is a striker at Porto. His first job was at Braga.",
])
def test_a_job_outside_coaching_is_no_coaching_job(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of"], claims
