"""Wordings the title, move and points rules must leave alone (a match won, a milestone, a place in a
competition, qualifying, a tie's winners, a fee docked, an intention), next to the title they must still read.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base


@pytest.mark.parametrize("text,predicate", [
    ("Ipswich claimed their first Premier League win since 2002.", "title_won"),
    ("Tom Hale celebrated his 100th Champions League appearance.", "title_won"),
    ("Newcastle won a Champions League place.", "title_won"),
    ("Marco Rossi took the team to the World Cup.", "title_won"),
    ("Real Madrid will face the winners of the Europa League tie.", "title_won"),
    ("The captain defended the honour of the club.", "title_won"),
    ("Everton had 10 points deducted.", "points"),
    ("Arsenal will try to sign Tom Hale.", "transfer"),
])
def test_no_claim_of(analyse_text, text, predicate):
    assert not [c for c in analyse_text(text).claims if c["predicate"] == predicate and c["modality"] != "hypothetical"]


@pytest.mark.parametrize("text,expected", [
    ("Chelsea won the FA Cup against Manchester United in 2007.", ("chelsea", "title_won", "fa-cup", "2007", "asserted")),
    ("Sevilla, winners of the Europa League in 2020, beat Roma.",
     ("sevilla", "title_won", "uefa-europa-league", "2020", "asserted")),
    ("Liverpool waited for their first Premier League title until 2020.",
     ("liverpool", "title_won", "premier-league", "2020", "asserted")),
    ("Arsenal are still waiting for their first Champions League title.",
     ("arsenal", "title_won", "uefa-champions-league", None, "negated")),
])
def test_title_still_read(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
