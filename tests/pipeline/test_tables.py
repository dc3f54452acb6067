"""Markdown league tables -> league_position and points claims (pipeline.tables)."""
import pytest

from pipeline.tables import RULE_ID, find_tables

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
