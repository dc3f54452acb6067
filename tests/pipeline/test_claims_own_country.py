"""Career totals "for his / her country (nation)": the national side the sentence names before, else the one
country the article gives the person by a descriptor; no club at all when the article gives none. Sentences written for these tests, not taken from
the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Robert Lewandowski, the Polish striker, joined Barcelona from Bayern Munich in 2022. "
     "He has 84 goals in 150 appearances for his country.",
     ("robert-lewandowski", "career_goals", "poland", "84", "asserted")),
    ("Robert Lewandowski, the Polish striker, joined Barcelona from Bayern Munich in 2022. "
     "He has 84 goals in 150 appearances for his country.",
     ("robert-lewandowski", "career_appearances", "poland", "150", "asserted")),
    ("Virgil van Dijk, the Dutchman, captained Liverpool again. He has scored nine goals in 80 caps for his country.",
     ("virgil-van-dijk", "career_goals", "netherlands", "9", "asserted")),
    ("Luka Modrić, the Croatian midfielder, renewed his deal with Real Madrid. "
     "He has 24 goals in 178 matches for his nation.",
     ("luka-modric", "career_appearances", "croatia", "178", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_own_country_totals(analyse_text, text, expected):
    base.assert_claim_with(analyse_text, text, expected)


CLUB_ROWS = [
    # a named club keeps its club
    ("Robert Lewandowski, the Polish striker, has 344 goals in 375 appearances for Bayern Munich.",
     ("robert-lewandowski", "career_goals", "bayern-munich", "344", "asserted")),
]


@pytest.mark.parametrize("text,expected", CLUB_ROWS)
def test_named_club_totals(analyse_text, text, expected):
    base.assert_claim_with(analyse_text, text, expected)


def test_own_country_unknown_gives_no_club(analyse_text):
    """No descriptor gives his country: the totals keep their numbers and name no side (not his club)."""
    claims = analyse_text("Marco Rossi scored twice for Genoa on Sunday. "
                          "He has 12 goals in 40 appearances for his country.").claims
    totals = [c for c in claims if c["subject_id"] == "marco-rossi" and c["predicate"] == "career_goals"]
    assert totals and all(c["object_id"] == "" for c in totals), totals
    assert totals[0]["value"] == "12"
