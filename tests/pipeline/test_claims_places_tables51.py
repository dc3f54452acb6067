"""Places and seasons tables in other words (stop 25): a seasons table whose caption names the club but not
its league, the league being the one competition of the section's heading; "<club>, who finished bottom"
and "<club> ended the season bottom" (the last place of the club's top flight, when the sentence names no
league); "<coach>'s side closed the campaign in top place": the side the article has the coach lead, named
earlier, over the last side the sentence before names. Sentences written for these tests, not taken from the
gold articles."""
import pytest

from pipeline.tables import SEASON_RULE_ID
from tests.pipeline import test_claims as base

INTRO = "Notes on a club.\n\n"

# (article text, expected {(team, predicate, competition, value, time_text)})
HEADING_CASES = [
    (INTRO + "## Ten years in the Eredivisie\n\nFeyenoord, season by season:\n\n"
     "| Season | Position | Points |\n|---|---|---|\n| 2016-17 | 1st | 82 |\n| 2017-18 | 4th | 67 |\n",
     {("feyenoord", "league_position", "eredivisie", "1", "2016-17"), ("feyenoord", "points", "eredivisie", "82", "2016-17"),
      ("feyenoord", "league_position", "eredivisie", "4", "2017-18"), ("feyenoord", "points", "eredivisie", "67", "2017-18")}),
    (INTRO + "## Celtic in the Scottish Premiership\n\nSome words first.\n\nHow Celtic finished:\n\n"
     "| Year | Place |\n|---|---|\n| 2013 | 1st |\n| 2014 | 2nd |\n",
     {("celtic", "league_position", "scottish-premiership", "1", "2013"),
      ("celtic", "league_position", "scottish-premiership", "2", "2014")}),
    # a heading that names two competitions, or none: nothing is guessed
    (INTRO + "## From the Eredivisie to the Champions League\n\nFeyenoord's finishes:\n\n"
     "| Season | Position |\n|---|---|\n| 2016-17 | 1st |\n", set()),
    (INTRO + "## The numbers\n\nFeyenoord's finishes:\n\n| Season | Position |\n|---|---|\n| 2016-17 | 1st |\n", set()),
]


@pytest.mark.parametrize("text,expected", HEADING_CASES)
def test_season_table_league_from_heading(analyse_text, text, expected):
    result = analyse_text(text)
    got = {(c["subject_id"], c["predicate"], c["object_id"], c["value"], c["time_text"])
           for c in result.claims if c["rule_id"] == SEASON_RULE_ID}
    assert got == expected


ROWS = [
    ("Burnley, who finished bottom, won only five games all season.",
     ("burnley", "league_position", "premier-league", "20", "asserted")),
    ("Almería finished bottom and went down with Granada.",
     ("almeria", "league_position", "la-liga", "20", "asserted")),
    ("Ipswich Town ended the season bottom with 24 points.",
     ("ipswich-town", "league_position", "premier-league", "20", "asserted")),
    ("Hertha Berlin finished bottom last season and dropped into the second tier.",
     ("hertha-berlin", "league_position", "bundesliga", "18", "asserted")),
    ("Southampton, who ended bottom, sacked their manager in December.",
     ("southampton", "league_position", "premier-league", "20", "asserted")),
    ("Lens won 3-1 at Nantes on the final day. Lens coach Franck Haise has been in charge since 2020. "
     "Franck Haise's side closed the campaign in top place on 80 points.",
     ("lens", "league_position", "", "1", "asserted")),
    ("Lens won 3-1 at Nantes on the final day. Lens coach Franck Haise has been in charge since 2020. "
     "Franck Haise's side closed the campaign in top place on 80 points.",
     ("lens", "points", "", "80", "asserted")),
]

NOT_ROWS = [
    # bottom of a group, of a half or in a three: no last place of a league
    ("Cadiz, who finished bottom of their group, went out.", "cadiz", "league_position"),
    ("Getafe finished bottom half for the third year.", "getafe", "league_position"),
    ("Leeds finished bottom three in the form table.", "leeds-united", "league_position"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_places_finished_bottom_and_possessive_side(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate", NOT_ROWS)
def test_bottom_of_something_else(analyse_text, text, subject, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate], claims


# "<club> beat Y ..." / "<club> sealed X by beating Y. <coach>'s side ...": the sentence's subject side, not
# the side it beat (the object); a side named last as the one that beat them ("knocked out by Y") is still Y
SIDE_ROWS = [
    ("Lens sealed the title on Sunday by beating Nantes 3-1 at home. Franck Haise's side closed the campaign "
     "in top place on 80 points.", ("lens", "league_position", "", "1", "asserted")),
    ("Lens sealed the title on Sunday by beating Nantes 3-1 at home. Franck Haise's side closed the campaign "
     "in top place on 80 points.", ("lens", "points", "", "80", "asserted")),
    ("Girona beat Cadiz 4-0 away on Saturday to wrap up the league. Miguel Ortiz's side "
     "have 91 points from 37 games.", ("girona", "points", "", "91", "asserted")),
]

# "on the final day", "the final whistle": no final, so no title for the side a team lost to
FINAL_NOT_ROWS = [
    ("Nantes lost 3-1 to Lens on the final day.", "lens"),
    ("Leeds lost to Everton after the final whistle was delayed.", "everton"),
]


@pytest.mark.parametrize("text,expected", SIDE_ROWS)
def test_possessive_side_is_the_subject_side(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject", FINAL_NOT_ROWS)
def test_final_day_is_no_final(analyse_text, text, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"], claims
