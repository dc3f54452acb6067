"""A coach who "took" a side to a place ("took England to fourth place", "to a sixth-place finish"):
the side's head coach; and a clause of its own before a ";" does not take the negation of the next one
("...; Bayern did not win the league").
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Gareth Southgate took England to fourth place at the 2018 World Cup.",
     ("gareth-southgate", "head_coach_of", "england", None, "asserted")),
    ("Ralph Hasenhuttl took Southampton to a sixth-place finish in 2015.",
     ("ralph-hasenhuttl", "head_coach_of", "southampton", None, "asserted")),
    ("Claudio Ranieri took Leicester City to first place in 2016.",
     ("claudio-ranieri", "head_coach_of", "leicester-city", None, "asserted")),
    ("Unai Emery took Villarreal to fifth position in La Liga.",
     ("unai-emery", "head_coach_of", "villarreal", None, "asserted")),
    ("Roberto Martinez joined Portugal in 2023. He took Belgium to third place at the 2018 World Cup.",
     ("roberto-martinez", "head_coach_of", "belgium", None, "asserted")),
    ("Zlatko Dalic took Croatia to third place in 2022, but lost his first game of 2023; Croatia did not win the "
     "Nations League that year.", ("zlatko-dalic", "head_coach_of", "croatia", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_took_a_side_to_a_place(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_player_s_goals_are_no_coach(analyse_text):
    claims = analyse_text("His goals took Germany to third place.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of"], claims
