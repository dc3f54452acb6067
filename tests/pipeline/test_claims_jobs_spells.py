"""Spells in a job: "left CLUB in June after two years in charge" (the spell was at the club just left,
or at the club that sacked the person, not at the one they coach now), "a six-year reign at CLUB"
(a tenure and a coaching job), "spent a season as X's assistant at CLUB" (a tenure on the staff, no
head coach's job).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # the club just left, not the one the person coaches now
    ("Arsenal have appointed Renee Slegers as head coach. The Dutchwoman left Rosengard in June after two "
     "seasons in charge, her last game a win over Hacken.", ("renee-slegers", "tenure_length", "fc-rosengard", "2", "asserted")),
    ("Arsenal have appointed Renee Slegers as head coach. The Dutchwoman left Rosengard in June after two "
     "seasons in charge, her last game a win over Hacken.", ("renee-slegers", "head_coach_of", "fc-rosengard", None, "asserted")),
    ("Stoke have named Mark Hughes as manager. Hughes left Blackburn in the summer after four years in charge.",
     ("mark-hughes", "tenure_length", "blackburn-rovers", "4", "asserted")),
    ("Everton have appointed Sean Dyche. Dyche was dismissed by Burnley in April after nearly ten years in charge.",
     ("sean-dyche", "tenure_length", "burnley", "10", "asserted")),
    # a short spell in charge at the club that sacked the person
    ("Burnley named Scott Parker as their new manager on Monday. He was sacked by Bournemouth in August after "
     "less than four weeks in charge, but won promotion with Fulham in 2020.",
     ("scott-parker", "head_coach_of", "bournemouth", None, "asserted")),
    ("Wolves named Julen Lopetegui as manager. He was dismissed by Sevilla in October after less than three "
     "months in charge.", ("julen-lopetegui", "head_coach_of", "sevilla", None, "asserted")),
    # a reign of so many years at a club
    ("Arsene Wenger ended a 22-year reign at Arsenal in May 2018.", ("arsene-wenger", "tenure_length", "arsenal", "22", "asserted")),
    ("Arsene Wenger ended a 22-year reign at Arsenal in May 2018.", ("arsene-wenger", "head_coach_of", "arsenal", None, "asserted")),
    ("Ottmar Hitzfeld's six-year reign at Bayern ended in 2004.",
     ("ottmar-hitzfeld", "tenure_length", "bayern-munich", "6", "asserted")),
    ("Dick Advocaat's three-year reign at Zenit ended in August.",
     ("dick-advocaat", "head_coach_of", "zenit-saint-petersburg", None, "asserted")),
    ("Patrick Vieira enjoyed a nine-year spell at Arsenal before joining Juventus.",
     ("patrick-vieira", "tenure_length", "arsenal", "9", "asserted")),
    # a season on another coach's staff
    ("Burnley named Scott Parker as manager. He also spent a season as Mauricio Pochettino's assistant at Tottenham.",
     ("scott-parker", "tenure_length", "tottenham-hotspur", "1", "asserted")),
    ("Bayern named Vincent Kompany as coach. He spent two years as Pep Guardiola's assistant coach at Manchester City.",
     ("vincent-kompany", "tenure_length", "manchester-city", "2", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_spell_in_a_job(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    ("Arsenal have appointed Renee Slegers as head coach. The Dutchwoman left Rosengard in June after two "
     "seasons in charge, her last game a win over Hacken.", ("renee-slegers", "tenure_length", "arsenal")),
    ("Stoke have named Mark Hughes as manager. Hughes left Blackburn in the summer after four years in charge.",
     ("mark-hughes", "head_coach_of", "stoke-city")),
    ("Burnley named Scott Parker as their new manager on Monday. He was sacked by Bournemouth in August after "
     "less than four weeks in charge.", ("scott-parker", "head_coach_of", "burnley")),
    # years as an assistant are no head coach's job
    ("Bayern named Vincent Kompany as coach. He spent two years as Pep Guardiola's assistant coach at Manchester City.",
     ("vincent-kompany", "head_coach_of", "manchester-city")),
])
def test_not_the_other_club(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# the time of a spell of N years: a date of its own clause dates it (the years up to a stated end, or the
# stated range); with none, or a date of another clause joined to it, it is told as of the article
SPELL_TIME_ROWS = [
    ("Ruud Vermeer spent nine years in charge of Feyenoord until 2007.", "ruud-vermeer", "fixed",
     ("1998-01-01", "2007-12-31")),
    ("Lars Holm spent three seasons at Ajax between 2012 and 2015.", "lars-holm", "fixed",
     ("2012-01-01", "2015-12-31")),
    ("Tomas Novak had spent 14 years at Celtic before stepping down in 2020.", "tomas-novak", "fixed",
     ("2006-01-01", "2020-12-31")),
    ("Paolo Ricci spent one season in charge of Sampdoria in 2018-19.", "paolo-ricci", "fixed",
     ("2018-08-01", "2019-05-31")),
    ("Marco Bassi has spent five years at Torino.", "marco-bassi", "article_date", ("", "")),
    ("Jens Krause won the league in each of his six seasons at Schalke and lifted the cup in 2011.",
     "jens-krause", "article_date", ("", "")),
]


@pytest.mark.parametrize("text,person,source,interval", SPELL_TIME_ROWS)
def test_a_spell_is_dated_by_its_own_clause(analyse_text, text, person, source, interval):
    claims = analyse_text(text).claims
    got = [(c["time_source"], (c["time_start"], c["time_end"])) for c in claims
           if c["subject_id"] == person and c["predicate"] == "tenure_length"]
    assert got == [(source, interval)], claims


def test_a_date_the_rule_matched_is_the_claims_time(analyse_text):
    claims = analyse_text("Pedro Alves arrived in March 2016 to replace Rui Barros at Braga.").claims
    got = {c["time_text"] for c in claims if c["subject_id"] == "pedro-alves" and c["predicate"] == "appointed"}
    assert got == {"March 2016"}, claims
