"""A person's possessive side ("X's side", "X's team", "X's men", "his men", "her players") is the team
the article ties that person to (an earlier or later "CLUB coach X", an appointment), not the club the
sentences just before name as a loser, a relegated side or an opponent; and the side stands where the
phrase stands, so a finishing place in the same sentence ("X's side ended the campaign first") is that
side's. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # the coach is tied to his club only later in the article
    ("Porto are champions again. The night was long. Fans sang for hours. The police were busy. "
     "Boavista lost their last game and drop to the second tier. Rui Matos's side closed the campaign first on 85 points. "
     "Porto coach Rui Matos has been in charge since 2019.",
     ("porto", "points", None, "85", "asserted")),
    ("Porto are champions again. The night was long. Fans sang for hours. The police were busy. "
     "Boavista lost their last game and drop to the second tier. Rui Matos's side closed the campaign first on 85 points. "
     "Porto coach Rui Matos has been in charge since 2019.",
     ("porto", "league_position", None, "1", "asserted")),
    ("Ajax won the title on Sunday. It rained all day. The stadium was full. The mayor spoke. "
     "Vitesse were relegated after losing 3-0 at Heerenveen. Bram Koster's team ended the campaign first with 80 points. "
     "Ajax coach Bram Koster, 51, took charge in 2021.",
     ("ajax", "league_position", None, "1", "asserted")),
    ("Benfica lifted the trophy in Lisbon. Crowds gathered early. Fireworks lit the sky. "
     "Vizela were relegated after a home defeat. Carla Mendes's side won the league with 88 points. "
     "Benfica coach Carla Mendes has been in charge since 2020.",
     ("benfica", "points", None, "88", "asserted")),
    ("Inter were crowned champions. It was a long night. The squad partied. Salernitana lost 4-0 and went down. "
     "Luca Ferri's team won the title on 94 points. Ferri was appointed Inter coach in 2021.",
     ("inter-milan", "points", None, "94", "asserted")),
    # a squad noun after a person's possessive
    ("Celtic clinched the league at Tynecastle. Supporters travelled in numbers. The match was delayed. "
     "Hearts, beaten in the cup final by Rangers, had nothing to play for. Arne Holm's men ended the campaign first "
     "with 93 points. Holm joined Celtic as manager in 2022.",
     ("celtic", "points", None, "93", "asserted")),
    ("Celtic coach Arne Holm was appointed in 2022. Hearts lost to Rangers. His men ended the campaign first "
     "with 93 points.", ("celtic", "league_position", None, "1", "asserted")),
    ("Lyon coach Marc Dufour has done well. Nantes were relegated. His players won the league on 78 points.",
     ("olympique-lyonnais", "points", None, "78", "asserted")),
    # the side named just before is the coach's own: unchanged
    ("Ajax coach Bram Koster was appointed in 2021. Koster's side ended the campaign second on 80 points.",
     ("ajax", "league_position", None, "2", "asserted")),
    ("Lyon coach Marc Dufour, 49, has built a fine team. Lyon lost 2-1 to Nantes in the cup final. "
     "Dufour's side won the league on 78 points.", ("olympique-lyonnais", "points", None, "78", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_possessive_side_is_the_owners_team(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)  # None object / value: any


ABSENT = [
    ("Porto are champions again. The night was long. Fans sang for hours. The police were busy. "
     "Boavista lost their last game and drop to the second tier. Rui Matos's side closed the campaign first on 85 points. "
     "Porto coach Rui Matos has been in charge since 2019.",
     "boavista"),
    ("Inter were crowned champions. It was a long night. The squad partied. Salernitana lost 4-0 and went down. "
     "Luca Ferri's team won the title on 94 points. Ferri was appointed Inter coach in 2021.",
     "salernitana"),
    ("Celtic clinched the league at Tynecastle. Supporters travelled in numbers. The match was delayed. "
     "Hearts, beaten in the cup final by Rangers, had nothing to play for. Arne Holm's men ended the campaign first "
     "with 93 points. Holm joined Celtic as manager in 2022.",
     "rangers"),
]


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_possessive_side_is_not_the_last_named_club(analyse_text, text, unwanted):
    claims = analyse_text(text).claims  # the club last named gets no total and no coach
    assert not [c for c in claims if c["predicate"] in {"points", "league_position"} and c["subject_id"] == unwanted]
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == unwanted]
