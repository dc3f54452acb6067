"""Titles in other words (stop 25): a name several countries give their own competition ("the Super Cup",
"the League Cup") is the one of the country of the clubs the sentence names (clubs of two countries keep
the UEFA Super Cup); the first competition of a list that names no year takes the year the list ends with,
not another time of the sentence. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Milan beat Juventus 2-0 to win the Super Cup in Riyadh.",
     ("ac-milan", "title_won", "supercoppa-italiana", "", "asserted")),
    ("VfB Stuttgart won the Super Cup in 1992 with a 3-1 win over Hannover.",
     ("vfb-stuttgart", "title_won", "dfl-supercup", "1992", "asserted")),
    ("Napoli won Serie A, the Coppa Italia and the Super Cup in 1989-90.",
     ("napoli", "title_won", "supercoppa-italiana", "1989-90", "asserted")),
    ("Celtic won the League Cup in 2019.", ("celtic", "title_won", "scottish-league-cup", "2019", "asserted")),
    ("Liverpool won the League Cup in 2022.", ("liverpool", "title_won", "efl-cup", "2022", "asserted")),
    ("Chelsea beat Villarreal on penalties to win the Super Cup in 2021.",
     ("chelsea", "title_won", "uefa-super-cup", "2021", "asserted")),
    # the first of a list takes the list's year, not the year of an earlier clause
    ("Handed the job in October 2016, Celtic's new coach won the Scottish Premiership, "
     "the Scottish Cup and the League Cup in 2017-18.",
     ("celtic", "title_won", "scottish-premiership", "2017-18", "asserted")),
    ("After a slow start in August 2004, Porto won the Primeira Liga and the Taça de Portugal in 2005-06.",
     ("porto", "title_won", "primeira-liga", "2005-06", "asserted")),
    ("Having lost the final in May 2011, Sevilla won La Liga, the Copa del Rey and the Super Cup in 2013-14.",
     ("sevilla", "title_won", "la-liga", "2013-14", "asserted")),
    ("Having lost the final in May 2011, Sevilla won La Liga, the Copa del Rey and the Super Cup in 2013-14.",
     ("sevilla", "title_won", "supercopa-de-espana", "2013-14", "asserted")),
]

NOT_ROWS = [
    ("Milan beat Juventus 2-0 to win the Super Cup in Riyadh.", "ac-milan", "uefa-super-cup"),
    ("Celtic won the League Cup in 2019.", "celtic", "efl-cup"),
    ("Chelsea beat Villarreal on penalties to win the Super Cup in 2021.", "chelsea", "supercopa-de-espana"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_titles_domestic_names_and_list_years(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,competition", NOT_ROWS)
def test_not_the_other_competition(analyse_text, text, subject, competition):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["object_id"] == competition], claims


def test_super_cup_beside_a_european_title(analyse_text):
    text = "Since then he has taken Valencia to the Europa League in 2004 and the Super Cup in 2004."
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["object_id"] == "supercopa-de-espana"], claims


# "won the title with <club>" in a sentence that also names a club of another country: the league of the club
# the title was won with (the other club named before or after)
WITH_CLUB_ROWS = [
    ("Luis Ortega, who won the league with Benfica in 2014, turned Chelsea down in the summer.",
     ("luis-ortega", "title_won", "primeira-liga", "2014", "asserted")),
    ("Juventus are watching Dieter Gruber, who won the title with Hamburg in 1983.",
     ("dieter-gruber", "title_won", "bundesliga", "1983", "asserted")),
    ("Benfica have asked about Tomas Varga, who won the title with Celtic in 2014.",
     ("tomas-varga", "title_won", "scottish-premiership", "2014", "asserted")),
]


@pytest.mark.parametrize("text,expected", WITH_CLUB_ROWS)
def test_title_with_a_club_beside_a_foreign_club(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
