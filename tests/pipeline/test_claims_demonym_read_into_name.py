"""A demonym the model read into a name ("The Uruguayan Suarez" as one organisation or person) is the person
the article names without it, not a new person called "Uruguayan Suarez". Sentences written for these tests,
not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

HULK = "Hulk scored twice for Porto. The Brazilian Hulk, 25, was booked late on."
FALCAO = "Falcao scored again for Porto. The Colombian Falcao, 25, has 16 goals in the league."
JONAS = "Benfica won 2-0 and Jonas scored both. The Brazilian Jonas, 31, has 25 league goals."
JUNINHO = ("Lyon beat Lille 3-1 and Juninho scored a free kick. The Brazilian Juninho, 30, has now scored "
           "40 goals for Lyon.")
SUAREZ = "Ajax signed Suarez from Groningen in 2007. The Uruguayan Suarez, 23, scored 35 league goals this season."
KAKA = "Milan beat Roma. Kaka scored. The Brazilian Kaka, 25, has won the Ballon d'Or."

ROWS = [
    (HULK, ("hulk", "age", None, "25", "asserted")),
    (FALCAO, ("falcao", "age", None, "25", "asserted")),
    (JONAS, ("jonas", "age", None, "31", "asserted")),
    (JUNINHO, ("juninho", "age", None, "30", "asserted")),
    (JUNINHO, ("juninho", "career_goals", "olympique-lyonnais", "40", "asserted")),
    (SUAREZ, ("suarez", "age", None, "23", "asserted")),
    (KAKA, ("kaka", "nationality", None, "Brazil", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_demonym_before_a_known_name(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [HULK, FALCAO, JONAS, JUNINHO, SUAREZ, KAKA])
def test_no_person_named_by_demonym_and_name(analyse_text, text):
    demonyms = ("brazilian-", "colombian-", "uruguayan-")
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"].startswith(demonyms)], claims
