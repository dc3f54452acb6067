""""X ... to take over the national team / side / job": the national side of X's country, as the sentence
states it (a demonym right after the name, "X, a Dutchman born in Leiden", or just before it, "The Portuguese
coach X"); with no country stated, no club is guessed for it.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Galatasaray drew with Celtic. Emil Popescu, a Romanian born in Iasi, is expected to take over the "
     "national team next spring.", ("emil-popescu", "appointed", "romania", None, "hypothetical")),
    ("Feyenoord beat PSV. Jan de Boer, a Dutchman born in Leiden, is tipped to take over the national side "
     "after the World Cup.", ("jan-de-boer", "appointed", "netherlands", None, "hypothetical")),
    ("Porto won again. The Portuguese coach Sergio Conceicao is expected to take over the national side next year.",
     ("sergio-conceicao", "appointed", "portugal", None, "hypothetical")),
    ("Lyon drew with Monaco. Didier Martin, a Frenchman, is set to take over the national team in July.",
     ("didier-martin", "appointed", "france", None, "hypothetical")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_national_job(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    ("Galatasaray drew with Celtic. Emil Popescu, a Romanian born in Iasi, is expected to take over the "
     "national team next spring.", ("emil-popescu", "galatasaray")),
    ("Galatasaray drew with Celtic. Emil Popescu, a Romanian born in Iasi, is expected to take over the "
     "national team next spring.", ("emil-popescu", "celtic")),
    ("Feyenoord beat PSV. Jan de Boer, a Dutchman born in Leiden, is tipped to take over the national side "
     "after the World Cup.", ("jan-de-boer", "psv-eindhoven")),
    # no country stated: no club for "the national team"
    ("Celtic won again. Brendan Rodgers is expected to take over the national team next year.", ("brendan-rodgers", "celtic")),
    ("Benfica won again. Roger Schmidt is tipped to take over the national side next year.", ("roger-schmidt", "benfica")),
])
def test_not_a_club(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "appointed" and (c["subject_id"], c["object_id"]) == unwanted], claims
