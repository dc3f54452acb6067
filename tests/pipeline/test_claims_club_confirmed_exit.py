"""A club that confirms or announces a coach's exit ("CLUB confirmed his exit", "CLUB have announced her
departure") is the job that coach leaves; a player's exit so confirmed is a move, no left_role. Sentences
written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Everton named Ivan Petrov as manager on Tuesday. Burnley confirmed his exit within the hour, after two seasons.",
     ("ivan-petrov", "left_role", "burnley", None, "asserted")),
    ("Lyon have appointed Marc Dufour as head coach. Nantes had announced his departure on Friday.",
     ("marc-dufour", "left_role", "nantes", None, "asserted")),
    ("Benfica appointed Carla Mendes as coach. Braga confirmed her exit hours later.",
     ("carla-mendes", "left_role", "braga", None, "asserted")),
    ("Celtic appointed Tom Reed as manager. Hibernian confirmed his exit that evening.",
     ("tom-reed", "left_role", "hibernian", None, "asserted")),
    ("Chelsea have named Luis Ortega as their new head coach. Porto announced his departure on Monday.",
     ("luis-ortega", "left_role", "porto", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_club_confirmed_coach_exit(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


PLAYERS = [
    "Juventus signed Pavel Novak on Friday. Sparta Prague confirmed his departure on Thursday.",
    "Arsenal signed Anna Berg on Friday. Chelsea confirmed her exit on Thursday.",
    "Roma sold Ivan Petrov to Lazio. Roma confirmed his exit on Monday.",
]


@pytest.mark.parametrize("text", PLAYERS)
def test_player_exit_is_no_left_role(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "left_role"], claims
