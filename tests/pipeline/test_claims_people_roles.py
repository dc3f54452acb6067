"""Players named by their relations: "X, Y's CLUB team-mate" / "X, Y's team-mate at CLUB" (player_of for X); a
description opening the sentence with a relative clause ("A former CLUB defender who won 40 caps for COUNTRY,
X now ...": the relative clause's numbers are X's); "CLUB want (to sign) X" (a hypothetical move, a player's
transfer or a coach's appointment). Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Anna Berg, Hansen's Lyon team-mate, missed the final.",
     ("anna-berg", "player_of", "olympique-lyonnais", "", "asserted")),
    ("Anna Berg, Hansen's team-mate at Lyon, missed the final.",
     ("anna-berg", "player_of", "olympique-lyonnais", "", "asserted")),
    ("Marco Rossi, Francesco Totti's former Roma teammate, was injured.",
     ("marco-rossi", "player_of", "roma", "", "asserted")),
    ("A former Porto defender who won 40 caps for Portugal, Luis Mendes now coaches Braga.",
     ("luis-mendes", "career_appearances", "portugal", "40", "asserted")),
    ("A former Anderlecht and Genk winger who won 22 caps for Belgium, Dirk Peeters now coaches Gent.",
     ("dirk-peeters", "career_appearances", "belgium", "22", "asserted")),
    ("A striker who scored 20 goals for Lyon, Jean Dupont joined Monaco in 2010.",
     ("jean-dupont", "career_goals", "olympique-lyonnais", "20", "asserted")),
    ("German reports say Bayern want Marco Rossi.",
     ("marco-rossi", "transfer", "bayern-munich", "", "hypothetical")),
    ("Reports in Spain say Real Madrid want to sign Marco Rossi.",
     ("marco-rossi", "transfer", "real-madrid", "", "hypothetical")),
    ("Luis Mendes plays for Porto. Benfica covet Luis Mendes.",
     ("luis-mendes", "transfer", "benfica", "porto", "hypothetical")),
    ("Marco Rossi scored twice, while Real Madrid want Rossi, the Italy striker, according to reports.",
     ("marco-rossi", "transfer", "real-madrid", "", "hypothetical")),
]

#: (text, (subject, predicate, object)) that must not come out.
ABSENT = [
    ("Marco Rossi, Totti's coach at Roma, was sacked.", ("marco-rossi", "player_of", "roma")),
    ("A former Porto defender who won 40 caps for Portugal, Luis Mendes now coaches Braga.",
     ("luis-mendes", "career_appearances", "porto")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_people_roles(analyse_text, text, expected):
    base.assert_claim_with(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_people_roles_absent(analyse_text, text, unwanted):
    subject, predicate, obj = unwanted
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)], claims
