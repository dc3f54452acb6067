"""Markdown league tables -> league_position and points claims (pipeline.tables)."""
import pytest

from pipeline.tables import RULE_ID, SEASON_RULE_ID, find_tables

INTRO = "Feyenoord drew 1-1 with Ajax on Sunday.\n\n"

# (article text, expected {(team id, predicate, competition id, value, time_text, time_source)})
CASES = [
    # caption after the table, with a season and "final": the season dates the rows
    (INTRO + "| Pos | Club | Pts |\n|---|---|---|\n| 1 | PSV Eindhoven | 91 |\n| 2 | Feyenoord | 80 |\n\n"
     "Eredivisie 2023-24, final table\n",
     {("psv-eindhoven", "league_position", "eredivisie", "1", "2023-24", "expression"),
      ("psv-eindhoven", "points", "eredivisie", "91", "2023-24", "expression"),
      ("feyenoord", "league_position", "eredivisie", "2", "2023-24", "expression"),
      ("feyenoord", "points", "eredivisie", "80", "2023-24", "expression")}),
    # a heading before it, more columns than it reads, aligned separators; no season, not final
    (INTRO + "Bundesliga standings\n\n| # | Team | P | W | Pts |\n|:--|:---|--:|--:|--:|\n"
     "| 1 | Bayer Leverkusen | 20 | 16 | 52 |\n| 2 | Bayern Munich | 20 | 15 | 47 |\n",
     {("bayer-leverkusen", "league_position", "bundesliga", "1", "", "article_date"),
      ("bayer-leverkusen", "points", "bundesliga", "52", "", "article_date"),
      ("bayern-munich", "league_position", "bundesliga", "2", "", "article_date"),
      ("bayern-munich", "points", "bundesliga", "47", "", "article_date")}),
    # "final" with no season: the last completed season; no points column: places only
    (INTRO + "| Position | Side |\n|---|---|\n| 3 | Arsenal |\n| 4. | Aston Villa |\n\nPremier League: the final "
     "placings\n",
     {("arsenal", "league_position", "premier-league", "3", "", "last_completed_season"),
      ("aston-villa", "league_position", "premier-league", "4", "", "last_completed_season")}),
    # a line before it ending with a colon introduces it: its season, not that of a paragraph after it
    (INTRO + "Eredivisie 2018-19, the top two:\n\n| Pos | Club | Pts |\n|---|---|---|\n| 1 | Ajax | 86 |\n"
     "| 2 | PSV Eindhoven | 83 |\n\nAjax also won the KNVB Cup in 2009-10 and the Eredivisie in 2010-11.\n",
     {("ajax", "league_position", "eredivisie", "1", "2018-19", "expression"),
      ("ajax", "points", "eredivisie", "86", "2018-19", "expression"),
      ("psv-eindhoven", "league_position", "eredivisie", "2", "2018-19", "expression"),
      ("psv-eindhoven", "points", "eredivisie", "83", "2018-19", "expression")}),
    # no competition around the table: nothing is guessed
    (INTRO + "| Pos | Club | Pts |\n|---|---|---|\n| 1 | PSV Eindhoven | 91 |\n\nWho will catch them?\n", set()),
    # goalscorers: no position column
    (INTRO + "Eredivisie top scorers\n\n| Player | Club | Goals |\n|---|---|---|\n| Luuk de Jong | PSV Eindhoven | 29 |\n",
     set()),
    # rows without a whole number or with no single team are left out; the others stay
    (INTRO + "| Pos | Club | Pts |\n|---|---|---|\n| - | PSV Eindhoven | 91 |\n| 2 | Feyenoord and Ajax | 80 |\n"
     "| 3 | Twente | 69 |\n\nEredivisie 2023-24\n",
     {("twente", "league_position", "eredivisie", "3", "2023-24", "expression"),
      ("twente", "points", "eredivisie", "69", "2023-24", "expression")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_table_claims(analyse_text, text, expected):
    result = analyse_text(text)
    got = {(c["subject_id"], c["predicate"], c["object_id"], c["value"], c["time_text"], c["time_source"])
           for c in result.claims if c["rule_id"] == RULE_ID}
    assert got == expected
    for c in result.claims:
        if c["rule_id"] == RULE_ID:  # the evidence is the row itself, a span of the cleaned text
            assert result.text[c["start_char"]:c["end_char"]] == c["sentence"]
            assert c["sentence"].startswith("|") and c["modality"] == "asserted"


# (article text, expected {(team id, predicate, competition id, value, time_text)}): a table of one team's
# seasons under a caption naming the team and its league; each row dated by its season
SEASON_CASES = [
    (INTRO + "Feyenoord in the Eredivisie since 2019:\n\n| Season | Position | Points |\n|---|---|---|\n"
     "| 2019-20 | 3rd | 50 |\n| 2020/21 | 5th | 59 |\n| 2022-2023 | 1st | 82 |\n",
     {("feyenoord", "league_position", "eredivisie", "3", "2019-20"), ("feyenoord", "points", "eredivisie", "50", "2019-20"),
      ("feyenoord", "league_position", "eredivisie", "5", "2020-21"), ("feyenoord", "points", "eredivisie", "59", "2020-21"),
      ("feyenoord", "league_position", "eredivisie", "1", "2022-23"), ("feyenoord", "points", "eredivisie", "82", "2022-23")}),
    # a year column, places without points, the caption after the table
    (INTRO + "| Year | Place |\n|---|---|\n| 2021 | 2 |\n| 2022 | 7th |\n\nCeltic's Scottish Premiership finishes\n",
     {("celtic", "league_position", "scottish-premiership", "2", "2021"),
      ("celtic", "league_position", "scottish-premiership", "7", "2022")}),
    # no team in the caption, or two: nothing is guessed
    (INTRO + "Eredivisie seasons\n\n| Season | Position |\n|---|---|\n| 2019-20 | 3rd |\n", set()),
    (INTRO + "Feyenoord and Ajax in the Eredivisie\n\n| Season | Position |\n|---|---|\n| 2019-20 | 3rd |\n", set()),
    # a row whose place is no number is left out
    (INTRO + "Feyenoord in the Eredivisie:\n\n| Season | Position |\n|---|---|\n| 2019-20 | abandoned |\n"
     "| 2020-21 | 5th |\n", {("feyenoord", "league_position", "eredivisie", "5", "2020-21")}),
]


@pytest.mark.parametrize("text,expected", SEASON_CASES)
def test_team_season_rows(analyse_text, text, expected):
    result = analyse_text(text)
    got = {(c["subject_id"], c["predicate"], c["object_id"], c["value"], c["time_text"])
           for c in result.claims if c["rule_id"] == SEASON_RULE_ID}
    assert got == expected
    # the rows are read as a table, not as sentences
    assert not [c for c in result.claims if c["sentence"].startswith("|") and not c["rule_id"].startswith("table.")]


# (text, expected [(header cells, data rows, line before, line after)])
FIND_CASES = [
    ("Intro\n| A | B |\n|---|---|\n| 1 | x |\n| 2 | y |\n\nCaption\n",
     [(["A", "B"], 2, "Intro", "Caption")]),
    ("| A | B |\n| 1 | x |\n", []),  # no separator row: not a table
    ("a | b | c\n|---|\n", []),  # a line with bars that does not start with one
    ("| A |\n|---|\n\n| B |\n|:-:|\n| 1 |\n", [(["A"], 0, None, "| B |"), (["B"], 1, "|---|", None)]),
]


@pytest.mark.parametrize("text,expected", FIND_CASES)
def test_find_tables(text, expected):
    got = [([text[a:b] for a, b in header.cells], len(rows), before and text[slice(*before)],
            after and text[slice(*after)]) for header, rows, before, after in find_tables(text)]
    assert got == expected


from pipeline.tables import RESULT_RULE_ID  # noqa: E402

# (article text, expected {(winner id, competition id, year)}) of tables of one team's tournaments
RESULT_CASES = [
    # a winners row: the team of the caption; a lost final: the side the result names
    ("Spain's coach has a new contract.\n\n| Tournament | Result |\n|---|---|\n"
     "| Euro 2008 | Winners, beat Germany 1-0 in the final |\n| 2014 World Cup | Group stage |\n"
     "| Euro 2024 | Champions |\n\nSpain at major tournaments\n",
     {("spain", "uefa-european-championship", "2008"), ("spain", "uefa-european-championship", "2024")}),
    ("Italy will start again.\n\n| Competition | Outcome |\n|---|---|\n"
     "| 2006 World Cup | Winners |\n| Euro 2012 | Final, lost 4-0 to Spain |\n"
     "| Euro 2016 | Quarter-finals, lost on penalties to Germany |\n\nItaly's record\n",
     {("italy", "fifa-world-cup", "2006"), ("spain", "uefa-european-championship", "2012")}),
    # runners-up in a club's cup record; the caption before the table
    ("Chelsea in Europe\n\n| Competition | Finish |\n|---|---|\n| 2008 Champions League | Runners-up, lost to "
     "Manchester United on penalties |\n| 2012 Champions League | Winners |\n",
     {("manchester-united", "uefa-champions-league", "2008"), ("chelsea", "uefa-champions-league", "2012")}),
    # no team in the caption: a winners row has no winner; a lost final still has one
    ("A look back.\n\n| Tournament | Result |\n|---|---|\n| Euro 2004 | Final, lost 1-0 to Greece |\n"
     "| 2010 World Cup | Winners |\n\nThe record so far\n",
     {("greece", "uefa-european-championship", "2004")}),
    # a row without a year, a row naming two competitions: nothing is guessed
    ("| Tournament | Result |\n|---|---|\n| World Cup | Winners |\n| Euro 2000 and 2002 World Cup | Winners |\n\n"
     "Brazil at major tournaments\n", set()),
]


@pytest.mark.parametrize("text,expected", RESULT_CASES)
def test_tournament_result_rows(analyse_text, text, expected):
    result = analyse_text(text)
    got = {(c["subject_id"], c["object_id"], c["time_text"]) for c in result.claims if c["rule_id"] == RESULT_RULE_ID}
    assert got == expected
    # the rows are read by their columns only: no sentence rule gives a second, wrong winner from them
    assert not [c for c in result.claims if c["predicate"] == "title_won" and c["rule_id"] != RESULT_RULE_ID
                and c["sentence"].startswith("|")]


@pytest.mark.parametrize("cell,season", [
    ("2011-2012", "2011-12"), ("2011/2012", "2011-12"), ("2011\u201312", "2011-12"), ("2006-07, FA Cup 2011", "2006-07"),
    (" 2011", "2011"),
])
def test_an_honours_season(cell, season):
    from pipeline.tables import _SEASON_AFTER, _season_text
    assert _season_text(_SEASON_AFTER.match(cell).group(1)) == season


@pytest.mark.parametrize("cell,ok", [("2004-2008", True), ("2004\u201308", True), ("2019-Present", True), ("2019-now", True),
                                     ("since 2019", False)])
def test_a_span_of_years_in_charge(cell, ok):
    from pipeline.tables import _SPAN_IN_CELL
    assert bool(_SPAN_IN_CELL.match(cell)) == ok


from pipeline.tables import FINAL_RULE_ID  # noqa: E402

# (article text, expected {(winner id, competition id, value)}): tables of a competition's finals or champions
FINAL_CASES = [
    # a winners column and a runners-up column, a heading after the table naming the competition; seasons
    ("Hoffenheim drew at Mainz.\n\n| Season | Champions | Runners-up |\n|---|---|---|\n"
     "| 2010-11 | Borussia Dortmund | Bayer Leverkusen |\n| 2012-2013 | Bayern Munich | Borussia Dortmund |\n\n"
     "Bundesliga champions of the last decade\n",
     {("borussia-dortmund", "bundesliga", "2010-11"), ("bayern-munich", "bundesliga", "2012-13")}),
    # a club column with a beaten-finalist column: the club is the winner; the heading comes before the table
    ("Recent FA Cup finals\n\n| Year | Club | Beaten finalist | Score |\n|---|---|---|---|\n"
     "| 2016 | Manchester United | Crystal Palace | 2-1 |\n| 2019 | Manchester City | Watford | 6-0 |\n",
     {("manchester-united", "fa-cup", "2016"), ("manchester-city", "fa-cup", "2019")}),
    # "beat in the final" as the loser's column; a row without a year is left out
    ("| Year | Team | Beat in the final |\n|---|---|---|\n| 1995 | Ajax | AC Milan |\n| - | Juventus | Ajax |\n\n"
     "Champions League final wins of the 1990s\n",
     {("ajax", "uefa-champions-league", "1995")}),
    # an opponents column is no loser's column (a list of ties, won or lost): nothing
    ("| Year | Team | Opponent | Venue |\n|---|---|---|---|\n| 1999 | Arsenal | Chelsea | Wembley |\n\n"
     "Arsenal's FA Cup ties\n", set()),
    # no competition around the table: nothing is guessed
    ("| Season | Winners | Runners-up |\n|---|---|---|\n| 2004-05 | Chelsea | Arsenal |\n\nWho came next?\n", set()),
]


@pytest.mark.parametrize("text,expected", FINAL_CASES)
def test_final_winner_rows(analyse_text, text, expected):
    result = analyse_text(text)
    got = {(c["subject_id"], c["object_id"], c["value"]) for c in result.claims if c["rule_id"] == FINAL_RULE_ID}
    assert got == expected
    assert not [c for c in result.claims if c["predicate"] == "title_won" and c["rule_id"] != FINAL_RULE_ID
                and c["sentence"].startswith("|")]
