"""Guards from the review of stop 23's rules: wordings that looked like the new rules' constructions
but are not their claims (another man of the stated age, a club named "Reign", an arrival as a
player, a last game before a tournament, a side that wants its own man to stay or go, a team list
before "top of the table", a club's world title, a country whose league is gone, the man a fellow
coach once worked under), and the ones that still are ("spent 13 seasons as number one at CLUB").
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, predicate, object or None, subject or None): no such claim
NOT_ROWS = [
    ("Carlo Rossi, 64, watched from the stands. Jonas Berger scored twice, and the 64-year-old said he was "
     "delighted.", "age", None, "jonas-berger"),
    ("Megan Rapinoe spent eleven years at OL Reign.", "head_coach_of", None, "megan-rapinoe"),
    ("Jess Fishlock has had a ten-year spell at OL Reign.", "head_coach_of", None, "jess-fishlock"),
    ("Mikel Arteta is the Arsenal manager. He arrived in 2011 from Everton as a player.", "appointed", "arsenal", None),
    ("Gareth Southgate's last game as England manager before the World Cup was a win over Japan.", "left_role",
     None, None),
    ("Manchester City want Kevin De Bruyne to stay.", "transfer", None, None),
    ("Manchester City want Kevin De Bruyne to stay.", "appointed", None, None),
    ("Chelsea want Thomas Tuchel out.", "appointed", None, None),
    ("Leeds United face Arsenal, Manchester City and top of the table Liverpool in December.", "league_position",
     None, "arsenal"),
    ("Arsenal, top of the form table, host Chelsea on Sunday.", "league_position", None, None),
    ("Liverpool, world champions in 2019, beat Chelsea.", "title_won", "fifa-world-cup", None),
    ("Zlatko Zahovic won the Slovenian title with Olimpija.", "title_won", "yugoslav-first-league", None),
    ("Edin Dzeko won two Bosnian titles.", "title_won", "yugoslav-first-league", None),
    ("Jurgen Klopp manages Liverpool. Pep Lijnders is one of Klopp's coaches, along with Vitor Matos, who once "
     "worked under Jose Mourinho.",
     "coaching_staff_of", None, "jose-mourinho"),
    ("Jurgen Klopp won the Champions League with Liverpool in 2019.", "player_of", None, "jurgen-klopp"),
]


@pytest.mark.parametrize("text,predicate,obj,who", NOT_ROWS)
def test_not_claims(analyse_text, text, predicate, obj, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and (obj is None or c["object_id"] == obj)
                and (who is None or c["subject_id"] == who)], claims


ROWS = [
    # "number one" is a goalkeeper's place: the years say he played there
    ("David Seaman spent 13 seasons as number one at Arsenal.", ("david-seaman", "player_of", "arsenal", None, "asserted")),
    # "number two" is a job on the staff
    ("Steve Walsh spent three seasons as number two at Leicester City.",
     ("steve-walsh", "tenure_length", "leicester-city", "3", "asserted")),
    # the one named after "along with", before a relative clause
    ("Jurgen Klopp manages Liverpool. Pep Lijnders is one of Klopp's coaches, along with Vitor Matos, who once "
     "worked under Jose Mourinho.",
     ("vitor-matos", "coaching_staff_of", None, None, "asserted")),
    # a national side's world title, and a club's appointment date still read when no move follows
    ("Spain, world champions in 2010, beat Italy.", ("spain", "title_won", "fifa-world-cup", "2010", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_claims(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_no_player_of_for_a_number_two(analyse_text):
    claims = analyse_text("Steve Walsh spent three seasons as number two at Leicester City.").claims
    assert not [c for c in claims if c["predicate"] in {"player_of", "head_coach_of"}], claims


FINALS_THEN_OTHER_CUP = ("Recent FA Cup finals:\n\n| Year | Winner | Runner-up |\n|---|---|---|\n"
                         "| 2019 | Manchester City | Watford |\n| 2020 | Arsenal | Chelsea |\n\n"
                         "Liverpool won the League Cup in 2022.\n")
SEASONS_BY_LEAGUE = ("Leeds United's league record under Marcelo Bielsa, who took them back to the Premier League:\n\n"
                     "| Season | League | Pos |\n|---|---|---|\n| 2018-19 | Championship | 3 |\n"
                     "| 2019-20 | Championship | 1 |\n")
TOURNAMENT_RECORD = ("England's World Cup record:\n\n| Year | Round | Position |\n|---|---|---|\n"
                     "| 2018 | Semi-final | 4 |\n| 2022 | Quarter-final | 6 |\n")


def test_finals_table_takes_the_caption_before_it(analyse_text):
    claims = analyse_text(FINALS_THEN_OTHER_CUP).claims
    rows = {(c["subject_id"], c["object_id"]) for c in claims if c["rule_id"].startswith("table.")}
    assert rows == {("manchester-city", "fa-cup"), ("arsenal", "fa-cup")}, claims


@pytest.mark.parametrize("text", [SEASONS_BY_LEAGUE, TOURNAMENT_RECORD])
def test_season_table_with_its_own_league_or_round_is_not_read(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["rule_id"].startswith("table.") and c["predicate"] == "league_position"], claims
