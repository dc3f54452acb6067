"""Mends from the review of stop 24: a side the verb acts on does not take the manager of "under their
manager X"; "Y's No 2" is a coach's assistant only when Y is a coach (not a reserve goalkeeper); "promoted X
to head of ..." is no head-coach job; "the first on 12" in a match report is no points total; "Against the
leaders, X ..." gives X no first place; "whose coach X was sacked" gives no job held. Sentences written for
these tests."""
import pytest

from tests.pipeline import test_claims as base

ABSENT = [
    ("Chelsea thrashed Luton under their new manager Mauricio Pochettino.",
     ("mauricio-pochettino", "head_coach_of", "luton-town")),
    ("Manchester City kept a clean sheet. Scott Carson has been Ederson's No 2 since 2021.",
     ("scott-carson", "coaching_staff_of", "manchester-city")),
    ("Porto drew 0-0. Claudio Ramos, the reserve goalkeeper, has been Diogo Costa's number two for years.",
     ("claudio-ramos", "coaching_staff_of", "fc-porto")),
    ("Liverpool promoted Julian Ward to head of recruitment in 2021.",
     ("julian-ward", "appointed", "liverpool")),
    ("Tottenham won 2-0: Harry Kane scored the first on 12, and the second on 58.",
     ("tottenham-hotspur", "points", "")),
    ("Against the leaders, Arsenal were poor and lost 3-0.",
     ("arsenal", "league_position", "")),
    ("Barcelona, whose coach Xavi Hernandez was sacked in May, finished second.",
     ("xavi", "head_coach_of", "barcelona")),
]


@pytest.mark.parametrize("text,absent", ABSENT)
def test_review24_absent(analyse_text, text, absent):
    result = analyse_text(text)
    claims = result.claims
    assert any(m["entity_id"] == absent[0] for m in result.mentions)  # not vacuous: the subject is found
    found = [c for c in claims if (c["subject_id"], c["predicate"]) == absent[:2]
             and (not absent[2] or c["object_id"] == absent[2])]
    assert not found, found


PRESENT = [
    ("Chelsea thrashed Luton under their new manager Mauricio Pochettino.",
     ("mauricio-pochettino", "head_coach_of", "chelsea", "manager", "asserted")),
    ("Wolves appointed Gary O'Neil as head coach in August. Tim Jenkins has been O'Neil's number two at the club since then.",
     ("tim-jenkins", "coaching_staff_of", "wolverhampton-wanderers", "assistant", "asserted")),
    ("Leicester appointed Enzo Maresca in June. Willy Caballero was Maresca's No. 2 at Leicester last season.",
     ("willy-caballero", "coaching_staff_of", "leicester-city", "assistant", "asserted")),
    ("Bologna promoted their youth coach Luca Vanni to head coach in March.",
     ("luca-vanni", "appointed", "bologna", "head coach", "asserted")),
    ("Celtic finished second on 79, behind Rangers.",
     ("celtic", "points", "", "79", "asserted")),
    ("Liverpool are three points behind the leaders, Arsenal.",
     ("arsenal", "league_position", "", "1", "asserted")),
    ("Brighton, whose manager Fabian Hurzeler is 31, beat Chelsea.",
     ("fabian-hurzeler", "head_coach_of", "brighton-hove-albion", "manager", "asserted")),
]


@pytest.mark.parametrize("text,expected", PRESENT)
def test_review24_present(analyse_text, text, expected):
    base.assert_claim_with(analyse_text, text, expected)
