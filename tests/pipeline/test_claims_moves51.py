"""Moves in other words (stop 25): a move in a "when" clause hung on a reported verb ("X reportedly cost N
when he joined from Y") is reported; "the <region's people>" after a preposition of a move or a spell
("signed from the Bavarians", "joined the Catalans") is the region's club named before. Sentences written
for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Arsenal's Mesut Özil, who reportedly cost £42 million when he joined from Real Madrid in 2013, scored.",
     ("mesut-ozil", "transfer", "arsenal", "real-madrid", "reported")),
    ("Barcelona's Antoine Griezmann allegedly earned €20 million a year when he came from Atlético Madrid in 2019.",
     ("antoine-griezmann", "transfer", "barcelona", "atletico-madrid", "reported")),
    ("Chelsea's Enzo Fernández reportedly cost £107 million when he arrived from Benfica in January.",
     ("enzo-fernandez", "transfer", "chelsea", "benfica", "reported")),
    ("Milan moved quickly. Leroy Sané, a former Bayern winger, was signed from the Bavarians for €40 million in 2024.",
     ("leroy-sane", "transfer", "ac-milan", "bayern-munich", "asserted")),
    ("Barcelona and Valencia drew. Pedri, who joined the Catalans from Las Palmas, scored.",
     ("pedri", "transfer", "barcelona", "las-palmas", "asserted")),
]

NOT_ROWS = [
    # no reported verb over the clause: asserted, not reported
    ("Arsenal's Mesut Özil, who cost £42 million when he joined from Real Madrid in 2013, scored.",
     "mesut-ozil", "reported"),
    # no club of the region named before: no club guessed
    ("Milan moved quickly. Leroy Sané was signed from the Bavarians for €40 million in 2024.", "leroy-sane", "asserted"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_moves_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,modality", NOT_ROWS)
def test_no_such_move(analyse_text, text, subject, modality):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "transfer"
                and c["modality"] == modality], claims
