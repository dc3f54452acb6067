"""Claim rules for coaching jobs, titles and tables in other words: a side coached jointly by two people,
"lead the table", "finished runners-up", "another League Cup", "was brought in", "X, sacked by Y, ...",
a passive in the present ("are coached by"), a coach's future departure from the side he has now.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a side coached jointly by two (or three) people: the job for each of them
    ("Norway are coached jointly by Marco Rossi and Jonas Berger.", ("jonas-berger", "head_coach_of", "norway", None, "asserted")),
    ("Norway are coached jointly by Marco Rossi and Jonas Berger.", ("marco-rossi", "head_coach_of", "norway", None, "asserted")),
    ("Benfica, managed by Luis Ortega and Marco Rossi, drew 1-1 with Braga.",
     ("marco-rossi", "head_coach_of", "benfica", None, "asserted")),
    # "lead the table": first place
    ("Feyenoord, coached by Jonas Berger, lead the table.", ("feyenoord", "league_position", "", "1", "asserted")),
    ("Napoli lead the league by four points after beating Torino.", ("napoli", "league_position", "", "1", "asserted")),
    ("Sevilla led the standings at Christmas.", ("sevilla", "league_position", "", "1", "asserted")),
    # "finished runners-up" in a league: second place
    ("Aston Villa finished runners-up in the Championship in 2019.",
     ("aston-villa", "league_position", "efl-championship", "2", "asserted")),
    ("Leeds United were runners-up to Arsenal in 1999.", ("leeds-united", "league_position", None, "2", "asserted")),
    # "another" cup after a list of titles
    ("Porto won the league in 2011 and another Taca de Portugal in 2013.",
     ("porto", "title_won", None, "2013", "asserted")),
    ("Manchester City won another League Cup in 2021.", ("manchester-city", "title_won", "efl-cup", "2021", "asserted")),
    # "was brought in": an appointment, the club named beside it
    ("Nuno Espirito Santo was brought in by Nottingham Forest as manager in December 2023.",
     ("nuno-espirito-santo", "appointed", "nottingham-forest", None, "asserted")),
    ("Marco Rossi, sacked by Everton last week after Jonas Berger was brought in, is set to join Porto as coach.",
     ("jonas-berger", "appointed", "everton", None, "asserted")),
    # "X, sacked by Y, ...": the job X lost at Y
    ("Marco Rossi, sacked by Everton in December 2019, returns to the club he managed in 2017.",
     ("marco-rossi", "left_role", "everton", "dismissed", "asserted")),
    ("Scott Parker, who was sacked by Bournemouth in August, is the favourite for the job.",
     ("scott-parker", "left_role", "bournemouth", "dismissed", "asserted")),
    ("Luis Ortega, dismissed by Sevilla on Monday, has been linked with the Porto job.",
     ("luis-ortega", "left_role", "sevilla", "dismissed", "asserted")),
    # a coach who will step down leaves the side he coaches now, not one of his past sides
    ("Norway are coached by Jonas Berger. Berger, 61, later coached Ghana at the 2006 World Cup. He will step down "
     "after the Euros.", ("jonas-berger", "left_role", "norway", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coaching_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


NOT_ROWS = [
    # a player leads the league in goals; a cup's runners-up lost a final; a player brought in
    ("Harry Kane leads the league in goals this season.", "league_position"),
    ("Liverpool finished runners-up in the FA Cup in 2012.", "league_position"),
    ("Chelsea were runners-up in the Carabao Cup final.", "league_position"),
    ("Declan Rice was brought in to shore up the midfield.", "appointed"),
    ("Marco Rossi was brought in from Porto for 30 million euros.", "appointed"),
    ("Jonas Berger, sacked as captain by his coach, was dropped.", "left_role"),
]


@pytest.mark.parametrize("text,predicate", NOT_ROWS)
def test_coaching_wordings_not_claims(analyse_text, text, predicate):
    base.test_no_asserted_claim(analyse_text, text, predicate)


def test_a_present_passive_is_a_present_role(analyse_text):
    claims = analyse_text("Norway are coached by Jonas Berger.").claims
    assert [c for c in claims if c["predicate"] == "head_coach_of" and c["subject_id"] == "jonas-berger"
            and c["time_tense"] == "present"], claims


def test_the_co_coach_list_stops_at_a_club(analyse_text):
    claims = analyse_text("Norway are coached by Jonas Berger and Porto will host them on Friday.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["subject_id"] != "jonas-berger"], claims
