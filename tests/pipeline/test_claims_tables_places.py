"""League places in other words: "bottom of the N-team <competition>" (the last place is the number of
teams the words give); a table of qualifiers ("their World Cup qualifying group") is no table of the
tournament itself; the MLS conferences and the Supporters' Shield are competitions of the gazetteer.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Wrexham were bottom of the 24-team League Two in March.",
     ("wrexham", "league_position", "league-two", "24", "asserted")),
    ("Inter Miami sit bottom of the 15-team Eastern Conference with 20 points.",
     ("inter-miami", "league_position", "mls-eastern-conference", "15", "asserted")),
    ("Inter Miami sit bottom of the 15-team Eastern Conference with 20 points.",
     ("inter-miami", "points", "mls-eastern-conference", "20", "asserted")),
    ("Real Salt Lake are last in the 14-team Western Conference after a 3-0 defeat.",
     ("real-salt-lake", "league_position", "mls-western-conference", "14", "asserted")),
    ("Sheffield United finished bottom of the 20-team Premier League in 2021.",
     ("sheffield-united", "league_position", "premier-league", "20", "asserted")),
    ("Columbus Crew won the Supporters' Shield in 2009.",
     ("columbus-crew", "title_won", "mls-supporters-shield", "2009", "asserted")),
    ("Kasper Holm won MLS Cup and the Supporters' Shield with Columbus Crew in 2008.",
     ("kasper-holm", "title_won", "mls-supporters-shield", "2008", "asserted")),
]

# (text, subject, predicate, competition): nothing asserted with that object
NOT_ROWS = [
    # a qualifying group is not the tournament's table
    ("Scotland are bottom of their six-team World Cup qualifying group with two points from three games.",
     "scotland", "league_position", "fifa-world-cup"),
    ("Scotland are bottom of their six-team World Cup qualifying group with two points from three games.",
     "scotland", "points", "fifa-world-cup"),
    ("Wales are third in their Euro 2024 qualifying group with seven points.",
     "wales", "points", "uefa-european-championship"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_places_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate,competition", NOT_ROWS)
def test_qualifiers_are_no_tournament_table(analyse_text, text, subject, predicate, competition):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and c["object_id"] == competition and c["modality"] == "asserted"], claims


# a place in a league the words do not name ("the first division", "the top flight", "the league"): the top
# flight of the club's country; "<side>, top of the ..." and "<side>, <aside> and top of the ..." asides
DOMESTIC_ROWS = [
    ("Lyon are top of the first division again.", ("olympique-lyonnais", "league_position", "ligue-1", "1", "asserted")),
    ("Porto are top of the league again.", ("porto", "league_position", "primeira-liga", "1", "asserted")),
    ("Napoli are second in the top flight.", ("napoli", "league_position", "serie-a", "2", "asserted")),
    ("Lyon, top of the first division again, face Monaco on Sunday.",
     ("olympique-lyonnais", "league_position", "ligue-1", "1", "asserted")),
    ("Sevilla, Spanish champions in 1946 and top of the first division again, face Valencia.",
     ("sevilla", "league_position", "la-liga", "1", "asserted")),
    ("Celtic, unbeaten at home and top of the Scottish Premiership, travel to Aberdeen.",
     ("celtic", "league_position", "scottish-premiership", "1", "asserted")),
]

# a national side has no domestic league; a sentence naming a competition keeps its own
DOMESTIC_NOT_ROWS = [
    ("Wales, top of the table after two games, host Latvia.", "wales", "league_position", "premier-league"),
    ("Porto are top of the league again and play in the Champions League on Tuesday.", "porto", "league_position",
     "primeira-liga"),
]


@pytest.mark.parametrize("text,expected", DOMESTIC_ROWS)
def test_places_in_an_unnamed_league(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate,competition", DOMESTIC_NOT_ROWS)
def test_places_in_an_unnamed_league_not_claims(analyse_text, text, subject, predicate, competition):
    test_qualifiers_are_no_tournament_table(analyse_text, text, subject, predicate, competition)


# "bottom club X", "X are bottom of the league / of <league>": the last place is the league's number of teams
# (models/entities.jsonl "teams"), the league near the words, else the one league of known size the sentence names
LAST_ROWS = [
    ("Arsenal were held 1-1 by bottom club Burnley in the Premier League on Saturday.",
     ("burnley", "league_position", "premier-league", "20", "asserted")),
    ("Wolves beat the bottom side Sheffield United 2-0 in the Premier League.",
     ("sheffield-united", "league_position", "premier-league", "20", "asserted")),
    ("Fulham have let in 50 goals, more than anyone except bottom club Watford, and are 15th in the Premier League.",
     ("watford", "league_position", "premier-league", "20", "asserted")),
    ("Derby County sit bottom of the Championship after a defeat.",
     ("derby-county", "league_position", "efl-championship", "24", "asserted")),
    ("Sampdoria remain bottom of Serie A after a 2-0 defeat.",
     ("sampdoria", "league_position", "serie-a", "20", "asserted")),
    ("Southampton are bottom of the league.", ("southampton", "league_position", "premier-league", "20", "asserted")),
    ("Cagliari sat bottom of the Serie A table at Christmas.",
     ("cagliari", "league_position", "serie-a", "20", "asserted")),
]

# a league of unknown size, or no league at all: no last place is guessed
LAST_NOT_ROWS = [
    ("Toronto FC beat bottom club Real Salt Lake in Major League Soccer.", "real-salt-lake"),
    ("Schalke are bottom of the table.", "schalke-04"),
]


@pytest.mark.parametrize("text,expected", LAST_ROWS)
def test_last_places(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject", LAST_NOT_ROWS)
def test_no_last_place_without_a_league_size(analyse_text, text, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "league_position"], claims


# "X pipped Y to the title, both teams finishing on N points": N is each side's total
BOTH_ROWS = [
    ("Last season Arsenal pipped Liverpool to the Premier League title on goal difference, both teams finishing on "
     "80 points.", ("liverpool", "points", "premier-league", "80", "asserted")),
    ("Last season Arsenal pipped Liverpool to the Premier League title on goal difference, both teams finishing on "
     "80 points.", ("arsenal", "points", "premier-league", "80", "asserted")),
    ("Celtic edged Rangers to the title, both sides finishing on 88 points.", ("rangers", "points", None, "88", "asserted")),
    ("Bayern finished above Dortmund in the Bundesliga, both clubs ending on 78 points.",
     ("borussia-dortmund", "points", "bundesliga", "78", "asserted")),
]


@pytest.mark.parametrize("text,expected", BOTH_ROWS)
def test_both_sides_on_points(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_three_sides_before_both_give_no_second_total(analyse_text):
    """Three sides before "both": whose the total is, is not guessed."""
    text = "Porto beat Braga as Benfica lost, both teams finishing on 70 points."
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "points" and c["subject_id"] in {"sporting-braga", "braga"}
                and c["rule_id"] == "points.on" and c["subject_id"] != "porto"], claims


# "a result that leaves X N points clear of second-placed Y at the top of <league>": X first, Y second, and the
# top is X's, not Y's (nor that of a side "N points behind X at the top")
CLEAR_ROWS = [
    ("Sevilla were beaten at home, a result that leaves Valencia six points clear of second-placed Sevilla at the "
     "top of La Liga with four games to play.", ("valencia", "league_position", "la-liga", "1", "asserted")),
    ("Sevilla were beaten at home, a result that leaves Valencia six points clear of second-placed Sevilla at the "
     "top of La Liga with four games to play.", ("sevilla", "league_position", "la-liga", "2", "asserted")),
    ("The draw keeps Ajax four points clear at the top of the Eredivisie.",
     ("ajax", "league_position", "eredivisie", "1", "asserted")),
    ("Ajax, three points clear, are top of the Eredivisie.", ("ajax", "league_position", "eredivisie", "1", "asserted")),
]

CLEAR_NOT_ROWS = [
    ("The win leaves Ajax four points clear of second-placed PSV at the top of the Eredivisie.", "psv-eindhoven"),
    ("PSV, second, are three points behind Ajax at the top of the Eredivisie.", "psv-eindhoven"),
]


@pytest.mark.parametrize("text,expected", CLEAR_ROWS)
def test_clear_at_the_top(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject", CLEAR_NOT_ROWS)
def test_the_top_is_not_the_chasers(analyse_text, text, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "league_position"
                and c["value"] == "1"], claims
