"""Titles said in other words: a side followed by an aside "<demonym> champions in <years>" (the top
flight of that country, one title a year) or "world champions (for the Nth time) in <year>" (the World
Cup); "lost N-M to X in the <cup> final" in a sentence that also counts the games "to play" (no
play-off); "retained the <competition>" (and "did not retain" it: negated). Sentences written for
these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # "<side>, <demonym> champions in <years>": one title of that country's league a year
    ("Porto, Portuguese champions in 2011 and 2013, lost at home to Braga.",
     ("porto", "title_won", "primeira-liga", "2011", "asserted")),
    ("Porto, Portuguese champions in 2011 and 2013, lost at home to Braga.",
     ("porto", "title_won", "primeira-liga", "2013", "asserted")),
    ("Celtic, who were Scottish champions in 2001, lost to Hearts on Saturday.",
     ("celtic", "title_won", None, "2001", "asserted")),
    ("Ajax, Dutch champions in 2019, face Benfica in Lisbon next week.",
     ("ajax", "title_won", "eredivisie", "2019", "asserted")),
    # "<country>, world champions (for the Nth and last time) in <year>": the World Cup
    ("Uruguay, world champions for the second time in 1950, drew with Chile.",
     ("uruguay", "title_won", "fifa-world-cup", "1950", "asserted")),
    ("Germany, world champions for the fourth and last time in 2014, were held by Wales.",
     ("germany", "title_won", "fifa-world-cup", "2014", "asserted")),
    ("England, world champions in 1966, play Brazil in a friendly.",
     ("england", "title_won", "fifa-world-cup", "1966", "asserted")),
    # a lost final in a sentence counting the games still "to play": not a play-off
    ("Sevilla, with four games to play, lost 2-0 to Betis in the Copa del Rey final in April.",
     ("real-betis", "title_won", "copa-del-rey", None, "asserted")),
    ("Juventus slipped to fifth with six games to play and lost 2-1 to Inter in the Coppa Italia final.",
     ("inter-milan", "title_won", "coppa-italia", None, "asserted")),
    # "retained the <competition>": a title; "did not retain" / "failed to retain": none
    ("Barcelona retained the Champions League in 2015.",
     ("barcelona", "title_won", "uefa-champions-league", "2015", "asserted")),
    ("Sevilla retained the Europa League in 2016, beating Liverpool in the final.",
     ("sevilla", "title_won", "uefa-europa-league", "2016", "asserted")),
    ("Liverpool did not retain the Premier League after their triumph.",
     ("liverpool", "title_won", "premier-league", None, "negated")),
    ("Chelsea failed to retain the FA Cup.", ("chelsea", "title_won", "fa-cup", None, "negated")),
]

NOT_ROWS = [
    # "European champions": a club's Champions League or a country's Euros, not a league; no aside rule reads it
    ("Spain, European champions in 2008 and 2012, play Italy on Friday.", "spain", "la-liga"),
    # a play-off final is no title
    ("Lazio lost 1-0 to Roma in the Serie B play-off final in June.", "roma", "serie-b"),
    ("Lazio lost 1-0 to Roma in the Serie B playoff final in June.", "roma", "serie-b"),
    # champions without a year in the aside: no title read from it
    ("Galatasaray, Turkish champions, lost in Izmir.", "galatasaray", "super-lig"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_titles_in_asides_and_finals(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,competition", NOT_ROWS)
def test_titles_in_asides_not_claims(analyse_text, text, subject, competition):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"
                and c["object_id"] == competition and c["modality"] == "asserted"], claims


# "the same trophy", "won the competition": the competition named just before, not the article's league;
# "the <demonym> title" of a country whose league is no more: its last top flight (models/domestic_leagues.csv)
ANAPHORA_ROWS = [
    ("Porto won the Champions League in 2004. Years later Paulo Ferreira, the Portugal defender, lifted the same trophy "
     "with Chelsea in 2012.",
     ("paulo-ferreira", "title_won", "uefa-champions-league", "2012", "asserted")),
    ("Sevilla beat Inter in the Europa League final in 2020. Ever Banega had lifted the same trophy with Valencia in "
     "2004.", ("banega", "title_won", "uefa-europa-league", "2004", "asserted")),
    ("Ajax beat Milan in the Champions League final in 1995. Edgar Davids, the Dutch midfielder, had already won "
     "the competition once with Ajax before his move.", ("edgar-davids", "title_won", "uefa-champions-league", None, "asserted")),
    # a trophy is no league: the cup named before the league; none named lately: the article's competition
    ("Liverpool won the European Cup in 1984. They were also top of the First Division. Alan Hansen had lifted the "
     "same trophy with Liverpool in 1981.", ("alan-hansen", "title_won", "uefa-champions-league", "1981", "asserted")),
    ("Ajax won the Champions League in Vienna on Wednesday night. The players danced. The fans sang. The coach "
     "smiled. The mayor cheered. The bus waited. The city partied. Nobody slept. Jari Litmanen had lifted the same "
     "trophy with nobody else before.", ("jari-litmanen", "title_won", "uefa-champions-league", None, "asserted")),
    # the competition named earlier in the same sentence
    ("Rinus Kamp won the European Championship with Denmark in 2012 and led Sweden to the same title in 2016.",
     ("sweden", "title_won", "uefa-european-championship", None, "asserted")),
    ("Miroslav Blazevic took charge at Nantes in 1985, a year after coaching Dinamo Zagreb to the Yugoslav title.",
     ("dinamo-zagreb", "title_won", "yugoslav-first-league", None, "asserted")),
    ("Partizan, Yugoslav champions in 1986 and 1987, lost in Belgrade.",
     ("partizan-belgrade", "title_won", "yugoslav-first-league", "1987", "asserted")),
    ("Hajduk Split won the Croatian league in 2005.", ("hajduk-split", "title_won", "hnl", "2005", "asserted")),
]


@pytest.mark.parametrize("text,expected", ANAPHORA_ROWS)
def test_titles_named_before_or_by_a_former_country(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


# a player's title "with <club>" says he played for it (a person the article describes as a player); not a
# coach's (a coaching word, "<person>'s side" elsewhere, "as a player" said of another title), not a national side
WITH_CLUB_ROWS = [
    ("Luka Modric, the Croatia midfielder, won the Champions League with Real Madrid in 2014.",
     ("luka-modric", "player_of", "real-madrid", None, "asserted")),
    ("Porto won the Champions League in 2004. Years later Paulo Ferreira, the Portugal defender, lifted the same trophy "
     "with Chelsea in 2012.",
     ("paulo-ferreira", "player_of", "chelsea", None, "asserted")),
    ("Ajax beat Milan in the Champions League final in 1995. Edgar Davids, the Dutch midfielder, had already won "
     "the competition once with Ajax before his move.", ("edgar-davids", "player_of", "ajax", None, "asserted")),
]

WITH_CLUB_NOT_ROWS = [
    ("Fabio Capello's side drew 1-1. Fabio Capello won Serie A with Juventus in 2005.", "fabio-capello", "juventus"),
    ("Rafael Benitez, the Valencia coach, won the UEFA Cup with Valencia in 2004.", "rafael-benitez", "valencia"),
    ("Carlo Ancelotti won two titles with Milan and also won the league as a player with Roma in 1983.",
     "carlo-ancelotti", "ac-milan"),
    ("Kylian Mbappe won the World Cup with France in 2018.", "kylian-mbappe", "france"),
]


@pytest.mark.parametrize("text,expected", WITH_CLUB_ROWS)
def test_a_title_won_with_a_club(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,club", WITH_CLUB_NOT_ROWS)
def test_a_coachs_title_with_a_club_is_no_playing_spell(analyse_text, text, subject, club):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "player_of"
                and c["object_id"] == club], claims
