"""A player's career told in other words: "X started out at CLUB" (player_of, not a coach's start);
"COUNTRY' record scorer" with a bare apostrophe (nationality); "retired from ... at the age of N" (age,
past the words of what he retired from). Sentences written
for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("Jonas Berg, who started out at Brentford, now plays for Fulham.",
     ("jonas-berg", "player_of", "brentford", None, "asserted")),
    ("Luis Ortega started out with Malaga and later moved to Sevilla.", ("luis-ortega", "player_of", "malaga", None, "asserted")),
    ("Tom Hale leaves as Scotland's record goalscorer, with 30 goals in 80 appearances.",
     ("tom-hale", "nationality", "", "Scotland", "asserted")),
    ("Kasper Lund leaves as Denmark' most capped player.", ("kasper-lund", "nationality", "", "Denmark", "asserted")),
    ("Ivan Petrov became Belarus' record scorer in 2019.", ("ivan-petrov", "nationality", "", "Belarus", "asserted")),
    ("Tom Hale retired from international and club duty at the age of 35 and now works as a pundit.",
     ("tom-hale", "age", "", "35", "asserted")),
    ("Kasper Lund has retired from professional football at the age of 34.", ("kasper-lund", "age", "", "34", "asserted")),
    ("Nico Alves has retired from club football at the age of 36, a year after his last cap.",
     ("nico-alves", "age", "", "36", "asserted")),
]

# (text, predicate, subject)
NOT_ROWS = [
    ("Marco Rossi, 55, started out at Empoli as a youth coach before taking charge of Genoa.", "player_of", "marco-rossi"),
    ("Gianni Rossi replaced Paolo Maldini, who retired from the game at the age of 41.", "age", "gianni-rossi"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_career_start(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_career_start_not_claims(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject], claims
