"""Common South Slavic first names in the first-name list, so that a player named with one is read as a person
(the statistical model can take such a name for a place and give the sentence's claims to the last coach named).
Regression rows: each must still give the player's own claims.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("The saddest figure on the pitch wore Lyon white. Goran Pandev, 26, spent four seasons at Lazio after arriving "
     "from Inter in 2004.", ("goran-pandev", "tenure_length", "lazio", "4", "asserted")),
    ("The unhappiest figure wore Bordeaux white. Zoran Tosic, 24, spent three seasons at Partizan after arriving from "
     "Banat in 2005.", ("zoran-tosic", "tenure_length", "partizan-belgrade", "3", "asserted")),
    ("Slobodan Rajkovic, 22, spent three seasons at Vitesse after arriving from Chelsea in 2008.",
     ("slobodan-rajkovic", "tenure_length", "vitesse", "3", "asserted")),
    ("Srdjan Baljak, 29, spent two seasons at Mainz after arriving from Red Star Belgrade in 2007.",
     ("srdjan-baljak", "tenure_length", "mainz", "2", "asserted")),
    ("Porto coach Sergio Conceicao was unhappy. Zvonimir Boban, 29, spent nine seasons at AC Milan after arriving "
     "from Dinamo Zagreb in 1991.", ("zvonimir-boban", "tenure_length", "ac-milan", "9", "asserted")),
    ("Sevilla coach Unai Emery was unhappy. Predrag Mijatovic, 28, spent three seasons at Valencia after arriving "
     "from Partizan in 1993.", ("predrag-mijatovic", "tenure_length", "valencia", "3", "asserted")),
    ("Benfica coach Roger Schmidt was unhappy. Darko Kovacevic, 27, spent two seasons at Real Sociedad after "
     "arriving from Sheffield Wednesday in 1996.", ("darko-kovacevic", "age", None, "27", "asserted")),
    ("Ajax coach Erik ten Hag was unhappy. Davor Suker, 30, spent five seasons at Sevilla after arriving from "
     "Dinamo Zagreb in 1991.", ("davor-suker", "tenure_length", "sevilla", "5", "asserted")),
    ("Celtic manager Brendan Rodgers was unhappy. Bojan Krkic, 25, spent two seasons at Stoke City after arriving "
     "from Barcelona in 2014.", ("bojan-krkic", "tenure_length", "stoke-city", "2", "asserted")),
    ("Fulham manager Marco Silva was unhappy. Igor Tudor, 30, spent nine seasons at Juventus after arriving from "
     "Hajduk Split in 1998.", ("igor-tudor", "tenure_length", "juventus", "9", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_player_named_with_a_slavic_first_name(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,coach", [
    ("Fulham manager Marco Silva was unhappy. Igor Tudor, 30, spent nine seasons at Juventus after arriving from "
     "Hajduk Split in 1998.", "marco-silva"),
    ("Sevilla coach Unai Emery was unhappy. Predrag Mijatovic, 28, spent three seasons at Valencia after arriving "
     "from Partizan in 1993.", "unai-emery"),
])
def test_not_the_coach_named_before(analyse_text, text, coach):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == coach and c["predicate"] == "tenure_length"], claims
