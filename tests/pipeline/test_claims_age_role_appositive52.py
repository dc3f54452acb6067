"""Ages stated of a role noun with a name in apposition (stop 26): "Their winger, X, is only 22" is X's age, as
"X is only 22" is; the role noun alone is not a person, the name set off by commas after it is. Sentences
written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Porto won the league on Sunday. Their winger, Rui Neves, is only 22.", ("rui-neves", "age", None, "22", "asserted")),
    ("Ajax lost again. Their goalkeeper, Tom de Wit, is 19, and he was at fault.",
     ("tom-de-wit", "age", None, "19", "asserted")),
    ("The manager, Karl Hope, is 58.", ("karl-hope", "age", None, "58", "asserted")),
    ("Leeds were relegated. The striker, Dan Marsh, is just 20.", ("dan-marsh", "age", None, "20", "asserted")),
    ("Leeds were relegated. The coach, Lee Pratt, was 44, and he took over in May.",
     ("lee-pratt", "age", None, "44", "asserted")),
    ("Hearts won 2-0. The scorer, Callum Reid, is still 18.", ("callum-reid", "age", None, "18", "asserted")),
    ("Lens had a fine season. The skipper, Paul Garnier, is 33 and wants another year.",
     ("paul-garnier", "age", None, "33", "asserted")),
    ("Sevilla were beaten. Their new signing, Alvaro Pena, is only 21.",
     ("alvaro-pena", "age", None, "21", "asserted")),
    ("Fulham need goals. Their top scorer, Ben Ashby, is 35, so a new forward is needed.",
     ("ben-ashby", "age", None, "35", "asserted")),
    ("The chairman's choice, Martin Kell, is 49.", ("martin-kell", "age", None, "49", "asserted")),
]

NOT_ROWS = [
    # a noun with no name in apposition is no person: no age
    "Porto won the league on Sunday. The lead is only 2, and the captain was pleased.",
    "Ajax lost again. The margin, a single goal, is 1.",
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_age_of_role_appositive(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", NOT_ROWS)
def test_no_age_without_a_name(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "age"], claims
