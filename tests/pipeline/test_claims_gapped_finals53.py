"""Gapped table clauses and finals lost to a named winner (stop 26). "A finished third and B fourth",
"A were first with 80 points, B second on 78": the verb of the first clause is left out of the next, whose
team holds the place (and the points); the first clause's team keeps its own. "A lost CUP finals to B in
Y1 and Y2": B won the cup in each year; "lose the CUP final on penalties to B": B won it, in the year the
final's name or the sentence's start gives. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Aston Villa finished fifth and Everton sixth.", ("everton", "league_position", None, "6", "asserted")),
    ("Aston Villa finished fifth and Everton sixth.", ("aston-villa", "league_position", None, "5", "asserted")),
    ("Celtic finished top with 90 points, Rangers second on 85.", ("rangers", "league_position", None, "2", "asserted")),
    ("Celtic finished top with 90 points, Rangers second on 85.", ("rangers", "points", None, "85", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("benfica", "points", None, "78", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("sporting-cp", "points", None, "70", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("sporting-cp", "league_position", None, "3", "asserted")),
    ("Ajax ended the season second, PSV third and Feyenoord fourth.", ("feyenoord", "league_position", None, "4", "asserted")),
    ("Ajax ended the season second, PSV third and Feyenoord fourth.", ("psv-eindhoven", "league_position", None, "3", "asserted")),
    ("Lyon finished fourth, Lille fifth place.", ("lille", "league_position", None, "5", "asserted")),
    ("Bayern were first with 80 points, and Dortmund second on 60.", ("borussia-dortmund", "points", None, "60", "asserted")),
    # finals lost to a named winner
    ("Leeds lost FA Cup finals to Arsenal in 1972 and 1973.", ("arsenal", "title_won", "fa-cup", "1972", "asserted")),
    ("Leeds lost FA Cup finals to Arsenal in 1972 and 1973.", ("arsenal", "title_won", "fa-cup", "1973", "asserted")),
    ("Everton lost League Cup finals to Liverpool in 1984 and 2001.", ("liverpool", "title_won", "efl-cup", "2001", "asserted")),
    ("Benfica lost European Cup finals to AC Milan in 1963 and 1990.",
     ("ac-milan", "title_won", "uefa-champions-league", "1990", "asserted")),
    ("Bayern lost the 2012 Champions League final on penalties to Chelsea.",
     ("chelsea", "title_won", "uefa-champions-league", "2012", "asserted")),
    ("In 2005 she watched her old club lose the Champions League final on penalties to Liverpool in Istanbul.",
     ("liverpool", "title_won", "uefa-champions-league", "2005", "asserted")),
]

# no first clause with a table verb and a place: a team and an ordinal after a comma say no place;
# the first clause's team does not take the gapped clause's points
NOT_ROWS = [
    ("Lazio were beaten at home, and Roma second on goal difference.", "roma", "league_position", None),
    ("Bayern won 3-0, and Dortmund second on 60.", "borussia-dortmund", "points", None),
    ("Celtic finished top with 90 points, Rangers second on 85.", "celtic", "points", "85"),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.", "porto", "points", "78"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_gapped_tables_and_lost_finals(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate,value", NOT_ROWS)
def test_no_gapped_claim(analyse_text, text, subject, predicate, value):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and (value is None or c["value"] == value)], claims
