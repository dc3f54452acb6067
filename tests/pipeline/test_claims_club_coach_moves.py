"""A club's coach as the subject of a sentence ("Valencia's new head coach wants ..."): the one coach the
article gives that club, who has not left it. A move still to come or just chosen: "left ... and will play
for X" (a transfer to X, no club of his yet), "Y, 23, chose X in August" (a transfer to X).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Burnley sacked Luis Ortega on Monday and named Marco Rossi interim manager. Burnley's interim manager "
     "spoke to the players on Tuesday.", ("marco-rossi", "head_coach_of", "burnley", None, "asserted")),
    ("Valencia appointed Jonas Berger as head coach on Monday. Valencia's new head coach wants two signings "
     "before August.",
     ("jonas-berger", "head_coach_of", "valencia", None, "asserted")),
    ("Napoli confirmed Luciano Spalletti as coach in May. Napoli's coach could not hide his delight on Sunday.",
     ("luciano-spalletti", "head_coach_of", "napoli", None, "asserted")),
    ("Porto sacked Sergio Conceicao and appointed Vitor Bruno as head coach. Porto's new coach faces Benfica on Friday.",
     ("vitor-bruno", "head_coach_of", "porto", None, "asserted")),
    ("Fulham lose a forward. Marco Rossi left at the end of his deal and will play for Lazio next season.",
     ("marco-rossi", "transfer", "lazio", None, "asserted")),
    ("Ajax lost two players. Dusan Tadic, 34, left in the summer and will now play for Fenerbahce.",
     ("dusan-tadic", "transfer", "fenerbahce", None, "asserted")),
    ("Aston Villa keep losing players. Jonas Berger left for Celtic in May and Marco Rossi, 23, chose Lazio "
     "in August.", ("marco-rossi", "transfer", "lazio", "aston-villa", "asserted")),
    ("Juventus lost Paul Pogba. Pogba chose Manchester United over Real Madrid.",
     ("paul-pogba", "transfer", "manchester-united", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_club_coach_and_moves(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a club's coach the article gives no one: no guess
    ("Roma lost again. Roma's manager is under pressure.", ("head_coach_of", "roma")),
    # two coaches of the club, neither gone: no guess
    ("Lyon have two coaches: Peter Bosz is head coach of Lyon and Rudi Garcia is coach of Lyon. Lyon's coach "
     "spoke on Friday.", ("head_coach_of", "olympique-lyonnais")),
    # a move still to come is no club of his yet
    ("Fulham lose a forward. Marco Rossi left at the end of his deal and will play for Lazio next season.",
     ("player_of", "lazio")),
    # the first of two names: not the one who chose
    ("Aston Villa keep losing players. Jonas Berger left for Celtic in May and Marco Rossi, 23, chose Lazio "
     "in August.", ("transfer", "lazio", "jonas-berger")),
])
def test_not_these(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    predicate, obj = unwanted[:2]
    hits = [c for c in claims if c["predicate"] == predicate and c["object_id"] == obj
            and (len(unwanted) < 3 or c["subject_id"] == unwanted[2])
            and (len(unwanted) == 3 or c["rule_id"] == "coach.possessive_role_descriptor" or predicate == "player_of")]
    assert not hits, claims
