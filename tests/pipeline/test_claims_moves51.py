"""Moves in other words (stop 25): a move in a "when" clause hung on a reported verb ("X reportedly asked for
a bonus when he joined from Y") is reported; "the <region's people>" after a preposition of a move or a spell
("came from the Romans", "joined the Basques") is the region's club named before. Sentences written
for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Arsenal's Mesut Özil, who reportedly asked for a signing bonus when he joined from Real Madrid in 2013, scored.",
     ("mesut-ozil", "transfer", "arsenal", "real-madrid", "reported")),
    ("Barcelona's Antoine Griezmann allegedly earned €20 million a year when he came from Atlético Madrid in 2019.",
     ("antoine-griezmann", "transfer", "barcelona", "atletico-madrid", "reported")),
    ("Chelsea's Enzo Fernández supposedly signed an eight-year deal when he arrived from Benfica in January.",
     ("enzo-fernandez", "transfer", "chelsea", "benfica", "reported")),
    ("Napoli moved quickly. Tomas Brandt, once a Roma winger, came from the Romans for €19 million in 2017.",
     ("tomas-brandt", "transfer", "napoli", "roma", "asserted")),
    ("Real Sociedad and Valencia drew. Mikel Ander, who joined the Basques from Osasuna, scored.",
     ("mikel-ander", "transfer", "real-sociedad", "osasuna", "asserted")),
]

NOT_ROWS = [
    # no reported verb over the clause: asserted, not reported
    ("Arsenal's Mesut Özil, who asked for a signing bonus when he joined from Real Madrid in 2013, scored.",
     "mesut-ozil", "reported"),
    # no club of the region named before: no club guessed
    ("Napoli moved quickly. Tomas Brandt came from the Romans for €19 million in 2017.", "tomas-brandt", "asserted"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_moves_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,modality", NOT_ROWS)
def test_no_such_move(analyse_text, text, subject, modality):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "transfer"
                and c["modality"] == modality], claims


def test_unreported_move_is_still_a_move(analyse_text):
    # the first NOT_ROWS sentence: no reported transfer, but the move itself is there, asserted
    base.test_claim_found(analyse_text, NOT_ROWS[0][0],
                          ("mesut-ozil", "transfer", "arsenal", "real-madrid", "asserted"))
