"""Places, points and moves said in passing: the leader a side finishes "N points behind", a second side's
place after "with A second and B third", a place and points of the side "them" stands for (not the side that
beat them), "X have N points", and a move to "the NATIONALITY club CLUB" (the club named right after its
description), and a fee agreed "with CLUB for X". Every sentence here was written for these tests (clubs from the gazetteer, made-up players),
not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Celtic finished second in the league with 80 points, eight behind Rangers.",
     ("rangers", "league_position", "scottish-premiership", "1", "asserted")),
    ("Real Madrid finished second in La Liga this season, ten points behind Barcelona.",
     ("barcelona", "league_position", "la-liga", "1", "asserted")),
    ("Napoli ended the season second in Serie A, three points behind Inter.",
     ("inter-milan", "league_position", "serie-a", "1", "asserted")),
    ("Rangers won the league, with Hearts second and Celtic third.",
     ("celtic", "league_position", "scottish-premiership", "3", "asserted")),
    ("PSV took the title with Ajax second and Feyenoord fourth in the Eredivisie.",
     ("ajax", "league_position", "eredivisie", "2", "asserted")),
    ("Tottenham sacked their coach on Monday. Saturday's 3-0 defeat by Chelsea had left them eighth in the "
     "Premier League.", ("tottenham-hotspur", "league_position", "premier-league", "8", "asserted")),
    ("Leeds beat Burnley again. The win over Burnley took them fifth in the Championship.",
     ("leeds-united", "league_position", "efl-championship", "5", "asserted")),
    ("The defeat left Everton 16th in the Premier League. Everton have 20 points.",
     ("everton", "points", "premier-league", "20", "asserted")),
    ("Lazio have 40 points from 20 games in Serie A.", ("lazio", "points", "serie-a", "40", "asserted")),
    ("Carlos Mendes, 34, joined the Saudi club Al-Hilal from Chelsea last month.",
     ("carlos-mendes", "transfer", "al-hilal", "chelsea", "asserted")),
    ("Carlos Mendes joined the Turkish side Galatasaray in 2019.",
     ("carlos-mendes", "transfer", "galatasaray", None, "asserted")),
    ("Tiago Nunes signed for the Dutch club Ajax from Benfica.",
     ("tiago-nunes", "transfer", "ajax", "benfica", "asserted")),
    # a fee agreed between two clubs for a player: his move, from the club paid
    ("Liverpool have agreed a fee with Benfica for Tiago Nunes, according to reports in Portugal.",
     ("tiago-nunes", "transfer", "liverpool", "benfica", "reported")),
    ("Arsenal agreed a fee with Ajax for the defender Tom Hale on Monday.",
     ("tom-hale", "transfer", "arsenal", "ajax", "asserted")),
    ("Chelsea have agreed a club-record fee with Porto for Tiago Nunes.",
     ("tiago-nunes", "transfer", "chelsea", "porto", "asserted")),
    # a sale with a description before the name; a signing only weighed
    ("Porto have agreed to sell the Dutch defender Tom Hale to Arsenal.",
     ("tom-hale", "transfer", "arsenal", "porto", "asserted")),
    ("Benfica sold the young striker Rui Neves to Chelsea in 2019.",
     ("rui-neves", "transfer", "chelsea", "benfica", "asserted")),
    ("Arsenal could sign Tom Hale this summer.", ("tom-hale", "transfer", "arsenal", None, "hypothetical")),
    ("Arsenal could try to sign the Dutch defender Tom Hale this summer.",
     ("tom-hale", "transfer", "arsenal", None, "hypothetical")),
    # "they" after "X's side": the side the article has X coach, not the club named last
    ("Liverpool beat Chelsea in May. City signed a defender on Monday. Jurgen Klopp's side have moved quickly: "
     "they have agreed a fee with Benfica for Tiago Nunes.", ("tiago-nunes", "transfer", "liverpool", "benfica", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_place_points_move(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a lower place behind a side says nothing of that side's place
    ("Celtic finished third, eight points behind Rangers.", ("rangers", "league_position")),
    # the side that beat them is not the one placed
    ("Saturday's 3-0 defeat by Chelsea had left them eighth in the Premier League.", ("chelsea", "league_position")),
    # behind in another clause: no leader
    ("Celtic finished second in 2019 and beat Rangers in the cup, two behind them.", ("rangers", "league_position")),
    # a deal for no player is no move
    ("Ajax agreed a deal with Arsenal for the sale of their stadium.", (None, "transfer")),
])
def test_no_place_given(analyse_text, text, unwanted):
    subject, predicate = unwanted
    assert not [c for c in analyse_text(text).claims if c["predicate"] == predicate
                and subject in (None, c["subject_id"])]  # None: nobody
