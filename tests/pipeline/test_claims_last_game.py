"""A departure told by a last game ("Wednesday was X's last game as CLUB manager", "X's final match in charge
as CLUB coach"): left_role at the club the role names; a last game as a player is no job left.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Wednesday was Steve Bruce's last game as Hull City manager.",
     ("steve-bruce", "left_role", "hull-city", "manager", "asserted")),
    ("Sunday's draw with Lazio was Marco Rossi's final match in charge as Genoa coach.",
     ("marco-rossi", "left_role", "genoa", "coach", "asserted")),
    ("It will be Thomas Tuchel's last game as the Chelsea boss.",
     ("thomas-tuchel", "left_role", "chelsea", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_last_game_as_manager(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_last_game_as_a_player_is_no_job(analyse_text):
    claims = analyse_text("Saturday was Anna Berg's last game as a player for Lyon.").claims
    assert not [c for c in claims if c["predicate"] == "left_role"], claims
