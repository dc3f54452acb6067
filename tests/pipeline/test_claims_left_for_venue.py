""""X left A for B": a stadium as B stands for its home club ("left Ajax for the Nou Camp"); said of a coach
the article has coaching, it is an appointment at B and the job left at A; said of a player (or with a
retirement in the sentence), a transfer to B from A.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Jonas Berger was in charge of Ajax. He left Ajax for the Nou Camp in 2003.",
     ("jonas-berger", "appointed", "barcelona", None, "asserted")),
    ("Jonas Berger was in charge of Ajax. He left Ajax for the Nou Camp in 2003.",
     ("jonas-berger", "left_role", "ajax", None, "asserted")),
    ("Luis Ortega coached Sevilla. Ortega left Sevilla for PSG in 2016.",
     ("luis-ortega", "appointed", "paris-saint-germain", None, "asserted")),
    ("Luis Ortega coached Sevilla. Ortega left Sevilla for PSG in 2016.",
     ("luis-ortega", "left_role", "sevilla", None, "asserted")),
    ("Brendan Rodgers managed Swansea City. Rodgers left Swansea for Anfield in 2012.",
     ("brendan-rodgers", "appointed", "liverpool", None, "asserted")),
]

MOVES = [
    ("Michael Owen left Liverpool for the Bernabeu in 2004.", ("michael-owen", "real-madrid", "liverpool")),
    ("Ronaldo left PSV for the Nou Camp in 1996.", ("ronaldo", "barcelona", "psv-eindhoven")),
    ("Arsenal sold Cesc Fabregas. Fabregas left Arsenal for Barcelona in 2011.", ("cesc-fabregas", "barcelona", "arsenal")),
    ("Jose Mourinho left Porto for Stamford Bridge in 2004.", ("jose-mourinho", "chelsea", "porto")),
    # a coach of the article's present, his playing move: retired after it
    ("Frank Lampard is the Everton manager. He left Stamford Bridge for New York City in 2014 and retired two years later.",
     ("frank-lampard", "new-york-city-fc", "chelsea")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coach_left_for(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,expected", MOVES)
def test_player_left_for(analyse_text, text, expected):
    subject, to, origin = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if c["predicate"] == "transfer" and (c["subject_id"], c["object_id"]) == (subject, to)]
    assert hits and hits[0]["value"] == origin, claims
