"""An age written after a descriptor ("The Genoa winger, 27, had ...") states something new of the person
the descriptor stands for: it rules out anyone stated another age, but does not pick whoever was stated
that age before ("the 27-year-old" does refer back). Sentences written for these tests."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("Marco Rossi, 27, missed a late penalty for Juventus. Milan coach Paolo Conti recalled Ivan Petrov for the "
     "derby. The Genoa winger, 27, had refused to play under the previous coach.",
     ("ivan-petrov", "age", None, "27", "asserted")),
    ("Lukas Weber, 31, scored twice for Leipzig on Saturday. Later Dortmund coach Nico Brandt brought on Jonas "
     "Falk. The Hamburg striker, 31, hit the post twice.", ("jonas-falk", "player_of", "hamburger-sv", None, "asserted")),
    # "now N" in the apposition is an age too
    ("Luca Bassi, now 29, was on the bench.", ("luca-bassi", "age", None, "29", "asserted")),
    ("Marco Rossi scored the winner. The Italy captain, now 32, has 60 goals for his country.",
     ("marco-rossi", "age", None, "32", "asserted")),
    # "the N-year-old" still refers back to the person stated that age
    ("Lukas Weber, 31, scored twice for Leipzig on Saturday. Nico Brandt praised Jonas Falk. The 31-year-old "
     "has now scored ten goals.", ("lukas-weber", "age", None, "31", "asserted")),
]

NOT_ROWS = [
    ("Juventus, now 3 points clear, won again on Sunday.", "age", "juventus"),
    ("Marco Rossi, 27, missed a late penalty for Juventus. Milan coach Paolo Conti recalled Ivan Petrov for the "
     "derby. The Genoa winger, 27, had refused to play under the previous coach.", "player_of", "marco-rossi"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_age_after_descriptor(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_age_after_descriptor_not_claims(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject]
