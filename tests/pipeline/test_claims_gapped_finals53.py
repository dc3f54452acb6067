"""Gapped table clauses and finals lost to a named winner (stop 26). "A finished third and B fourth",
"A were first with 80 points, B second on 78": the verb of the first clause is left out of the next, whose
team holds the place (and the points); the first clause's team keeps its own. "A lost CUP finals to B in
Y1 and Y2": B won the cup in each year; "lose the CUP final on penalties to B": B won it, in the year the
final's name or the sentence's start gives. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Aston Villa finished fifth and Everton sixth.", ("everton", "league_position", None, "6", "asserted")),
    ("Aston Villa finished fifth and Everton sixth.", ("aston-villa", "league_position", None, "5", "asserted")),
    ("Celtic ended the season top with 93 points, Rangers second on 86.", ("rangers", "league_position", None, "2", "asserted")),
    ("Celtic ended the season top with 93 points, Rangers second on 86.", ("rangers", "points", None, "86", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("benfica", "points", None, "78", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("sporting-cp", "points", None, "70", "asserted")),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.",
     ("sporting-cp", "league_position", None, "3", "asserted")),
    ("Ajax ended the season second, PSV third and Feyenoord fourth.", ("feyenoord", "league_position", None, "4", "asserted")),
    ("Ajax ended the season second, PSV third and Feyenoord fourth.", ("psv-eindhoven", "league_position", None, "3", "asserted")),
    ("Lyon finished fourth, Lille fifth place.", ("lille", "league_position", None, "5", "asserted")),
    ("Bayern were first with 80 points, and Dortmund second on 60.", ("borussia-dortmund", "points", None, "60", "asserted")),
    # finals lost to a named winner
    ("Sevilla lost Copa del Rey finals to Barcelona in 2016 and 2018.", ("barcelona", "title_won", "copa-del-rey", "2016", "asserted")),
    ("Sevilla lost Copa del Rey finals to Barcelona in 2016 and 2018.", ("barcelona", "title_won", "copa-del-rey", "2018", "asserted")),
    ("Everton lost League Cup finals to Liverpool in 1984 and 2001.", ("liverpool", "title_won", "efl-cup", "2001", "asserted")),
    ("Benfica lost European Cup finals to AC Milan in 1963 and 1990.",
     ("ac-milan", "title_won", "uefa-champions-league", "1990", "asserted")),
    ("Bayern lost the 2012 Champions League final on penalties to Chelsea.",
     ("chelsea", "title_won", "uefa-champions-league", "2012", "asserted")),
    ("In 2005 AC Milan, three goals up at half-time, lost the Champions League final on penalties to Liverpool.",
     ("liverpool", "title_won", "uefa-champions-league", "2005", "asserted")),
]

# no first clause with a table verb and a place: a team and an ordinal after a comma say no place;
# the first clause's team does not take the gapped clause's points
NOT_ROWS = [
    ("Lazio were beaten at home, and Roma second on goal difference.", "roma", "league_position", None),
    ("Bayern won 3-0, and Dortmund second on 60.", "borussia-dortmund", "points", None),
    ("Celtic ended the season top with 93 points, Rangers second on 86.", "celtic", "points", "86"),
    ("Porto were first with 80 points, Benfica second on 78 and Sporting third on 70.", "porto", "points", "78"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_gapped_tables_and_lost_finals(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate,value", NOT_ROWS)
def test_no_gapped_claim(analyse_text, text, subject, predicate, value):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and (value is None or c["value"] == value)], claims


# "X watched/saw Y win the CUP": Y won it, not the one watching; "had never won a major honour/trophy" after a
# clause naming a cup final lost: no title at all (no competition), negated
WATCH_ROWS = [
    ("Mikel Arteta watched Manchester City win the Premier League again in 2024.", ("manchester-city", "title_won", "premier-league", None, "asserted")),
    ("Carlo Ancelotti saw Chelsea win the FA Cup in 2018 from the stands.", ("chelsea", "title_won", "fa-cup", "2018", "asserted")),
    ("Xabi Alonso watched Leverkusen win the Bundesliga in 2024.", ("bayer-leverkusen", "title_won", "bundesliga", "2024", "asserted")),
    ("Gareth Southgate witnessed Italy win the European Championship at Wembley.",
     ("italy", "title_won", "uefa-european-championship", None, "asserted")),
    ("Fulham have still never won a major honour in their long history.", ("fulham", "title_won", "", "", "negated")),
    ("Brentford have never won a major honour.", ("brentford", "title_won", "", "", "negated")),
    ("Beaten by Everton in the FA Cup final, Watford have never won a major trophy.",
     ("watford", "title_won", "", "", "negated")),
    ("Brighton reached the 1983 FA Cup final but have never won a major honour.",
     ("brighton-hove-albion", "title_won", "", "", "negated")),
]

WATCH_NOT_ROWS = [
    ("Mikel Arteta watched Manchester City win the Premier League again in 2024.", "mikel-arteta", "title_won", None),
    ("Carlo Ancelotti saw Chelsea win the FA Cup in 2018 from the stands.", "carlo-ancelotti", "title_won", None),
    ("Beaten by Everton in the FA Cup final, Watford have never won a major trophy.", "watford", "title_won", None),
    ("Brighton reached the 1983 FA Cup final but have never won a major honour.", "brighton-hove-albion", "title_won", None),
]


@pytest.mark.parametrize("text,expected", WATCH_ROWS)
def test_watched_side_wins_and_no_major_honour(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate,value", WATCH_NOT_ROWS)
def test_watcher_wins_nothing_and_no_cup_named(analyse_text, text, subject, predicate, value):
    claims = analyse_text(text).claims
    bad = [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
           and (c["modality"] == "asserted" or c["object_id"])]
    assert not bad, claims


# moves in other words: "X cost (them) a record fee from CLUB" (a move from CLUB to the club the article is about);
# "paid A a reported fee for X", "signed X from A for a reported £N": the move as reported
MOVE_ROWS = [
    ("Barcelona won La Liga in 2018. Ousmane Dembele cost a club record 105 million euros from Dortmund in 2017.",
     ("ousmane-dembele", "transfer", "barcelona", "borussia-dortmund", "asserted")),
    ("Chelsea are top. Enzo Fernandez cost a British record fee from Benfica in January 2023.",
     ("enzo-fernandez", "transfer", "chelsea", "benfica", "asserted")),
    ("Arsenal finished second. Declan Rice cost them a club record £105 million from West Ham in 2023.",
     ("declan-rice", "transfer", "arsenal", "west-ham-united", "asserted")),
    ("Chelsea paid Napoli a reported £30 million for Kalidou Koulibaly in July.",
     ("kalidou-koulibaly", "transfer", "chelsea", "napoli", "reported")),
    ("Liverpool signed Darwin Nunez from Benfica for a reported 75 million euros.",
     ("darwin-nunez", "transfer", "liverpool", "benfica", "reported")),
    ("Barcelona paid Liverpool a club record fee for Philippe Coutinho in 2018.",
     ("philippe-coutinho", "transfer", "barcelona", "liverpool", "asserted")),
]


@pytest.mark.parametrize("text,expected", MOVE_ROWS)
def test_moves_by_fee(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_cost_from_a_club_is_no_move_without_a_person(analyse_text):
    claims = analyse_text("The ticket cost a fan £50 from Liverpool.").claims
    assert not [c for c in claims if c["predicate"] == "transfer"], claims


# a national side's "European title" / "world title": the European Championship / the World Cup (the women's
# tournament for a women's side); a club's European title names no tournament here
NATIONAL_TITLE_ROWS = [
    ("Spain won their first European title in 1964.", ("spain", "title_won", "uefa-european-championship", "1964", "asserted")),
    ("Denmark won their only European title in 1992.", ("denmark", "title_won", "uefa-european-championship", "1992", "asserted")),
    ("Brazil won a fifth world title in 2002.", ("brazil", "title_won", "fifa-world-cup", "2002", "asserted")),
    ("Norway's women won their first European title in 1987.",
     ("norway-women", "title_won", "uefa-women-s-championship", "1987", "asserted")),
]


@pytest.mark.parametrize("text,expected", NATIONAL_TITLE_ROWS)
def test_national_sides_european_and_world_titles(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_clubs_european_title_is_no_national_tournament(analyse_text):
    claims = analyse_text("Liverpool won their first European title in 1977.").claims
    assert not [c for c in claims if c["object_id"] in {"uefa-european-championship", "fifa-world-cup"}], claims
