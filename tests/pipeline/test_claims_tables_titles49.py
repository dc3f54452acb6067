"""Places, points and titles in other words (stop 24 helper): a season's place with the season named
between the determiner and "campaign", a place one settles for with no place noun, a bare number after a
place as the points total, the leaders named after a comma, a club's national title in a year ("were last
Scottish champions in", "the club were also champions in"), a competition with a relative clause ("the
cup they won in", "the World Cup he won in"); and what is none of these (an ordinal after "the" before
"to" and a verb, a side with "no" before it, a date after a place). A place before "to" and a verb with
no "the" is still a place, and "the club's 31-year-old English striker" is still the club's player. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)): exactly this claim
ROWS = [
    ("Unbeaten at home all year, Benfica ended the 2015-16 campaign top on 88 points.",
     ("benfica", "league_position", None, "1", "asserted")),
    ("Celtic ended the 2018-19 season second in the table.",
     ("celtic", "league_position", None, "2", "asserted")),
    ("Sporting CP took the title; Porto, beaten twice by them, had to settle for third on 72 and sacked "
     "their coach.",
     ("porto", "league_position", None, "3", "asserted")),
    ("Sporting CP took the title; Porto, beaten twice by them, had to settle for third on 72 and sacked "
     "their coach.",
     ("porto", "points", None, "72", "asserted")),
    ("Napoli finished second on 79, behind Juventus.",
     ("napoli", "points", None, "79", "asserted")),
    ("After Sunday's draw in Nice, Lens trail the leaders, Paris Saint-Germain, by three points in Ligue 1.",
     ("paris-saint-germain", "league_position", "ligue-1", "1", "asserted")),
    ("Under Steven Gerrard, Rangers were last Scottish champions in 2021.",
     ("rangers", "title_won", "scottish-premiership", "2021", "asserted")),
    ("PSV Eindhoven reached the Champions League semi-finals in 2005. The club were also champions in 2008.",
     ("psv-eindhoven", "title_won", "eredivisie", "2008", "asserted")),
    ("Hearts fans still sing about the Scottish Cup they won in 2012, when Hibernian were beaten 5-1.",
     ("hearts", "title_won", "scottish-cup", "2012", "asserted")),
    ("Zinedine Zidane scored twice in the final of the World Cup he won in 1998.",
     ("zinedine-zidane", "title_won", "fifa-world-cup", "1998", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_claims(analyse_text, text, expected):
    subject, predicate, obj, value, modality = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"]) == (subject, predicate)
            and (obj is None or c["object_id"] == obj)]
    assert hits, claims
    assert any(c["value"] == value and c["modality"] == modality for c in hits), hits


# (text, predicate, subject or None): no such claim
NOT_ROWS = [
    ("Jamie Vardy ran the length of the pitch after Leicester City won 2-0 and was the first to congratulate "
     "the goalkeeper.", "league_position", None),
    ("Aston Villa lost, and their captain, booked twice, was the second to leave the pitch.", "league_position", None),
    ("Everton drew. Kevin Campbell watched from the stands. No promoted side has won the Premier League since it "
     "began in 1992.", "title_won", None),
    ("Napoli finished second on 1 May, behind Juventus.", "points", None),
]


@pytest.mark.parametrize("text,predicate,who", NOT_ROWS)
def test_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and (who is None or c["subject_id"] == who)], claims


# a place before "to" and a verb with no "the" is still a place; a club's aged, national player is still its player
MORE_ROWS = [
    ("Wolves finished seventh to qualify for Europe.", ("wolverhampton-wanderers", "league_position", None, "7", "asserted")),
    ("Stoke City were held at home, and Peter Crouch, the club's 31-year-old English striker, hit the post late on.",
     ("peter-crouch", "player_of", "stoke-city", "", "asserted")),
    ("Sunderland owed their point at Villa Park to Craig Gordon, the side's 28-year-old goalkeeper.",
     ("craig-gordon", "player_of", "sunderland", "", "asserted")),
]


@pytest.mark.parametrize("text,expected", MORE_ROWS)
def test_more_claims(analyse_text, text, expected):
    test_claims(analyse_text, text, expected)
