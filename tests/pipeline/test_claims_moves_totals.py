"""Moves and totals in other words: a club "bringing in" a player from another, a club paying
another for a player, a player signing an N-year contract with a club (from the club the next
sentence has her at), goals in a league "for the north London club", a side level on points "with"
another. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    # "bringing in X from Y": a move to the club doing it, past an age in apposition
    ("Arsenal coach Mikel Arteta has strengthened his squad, bringing in the Italy defender Riccardo Calafiori, 22, "
     "from Bologna.", ("riccardo-calafiori", "transfer", "arsenal", "bologna", "asserted")),
    ("Napoli brought in Marco Rossi from Lazio.", ("marco-rossi", "transfer", "napoli", "lazio", "asserted")),
    ("Napoli have brought in the Brazilian winger Marco Rossi from Lazio.",
     ("marco-rossi", "transfer", "napoli", "lazio", "asserted")),
    ("Celtic have signed the 22-year-old Scotland midfielder Callum Reid from Hibernian.",
     ("callum-reid", "transfer", "celtic", "hibernian", "asserted")),
    # "A paid B a fee for X": a move from B to A; reported when a report says so
    ("Chelsea paid Brighton 100 million pounds for Moises Caicedo in August.",
     ("moises-caicedo", "transfer", "chelsea", "brighton-hove-albion", "asserted")),
    ("Napoli paid Lille a club-record fee for Marco Rossi.", ("marco-rossi", "transfer", "napoli", "lille", "asserted")),
    ("Arsenal paid Ajax £40m for Jonas Berger last summer.", ("jonas-berger", "transfer", "arsenal", "ajax", "asserted")),
    ("According to Spanish media, Sevilla paid Porto 15 million euros for Pedro Rocha this month.",
     ("pedro-rocha", "transfer", "sevilla", "porto", "reported")),
    # "has signed an N-year contract with X": a move there, from the club told before or just after
    ("Marco Rossi has signed a two-year deal with Napoli after leaving Lazio.",
     ("marco-rossi", "transfer", "napoli", "lazio", "asserted")),
    ("Marco Rossi, who left Lazio in June, has signed a four-year contract with Napoli.",
     ("marco-rossi", "transfer", "napoli", "lazio", "asserted")),
    ("Ada Stolsmo has signed a three-year contract with Everton, ending weeks of talks. The Norwegian forward arrives "
     "after five seasons at Brighton.", ("ada-stolsmo", "transfer", "everton", None, "asserted")),
    # goals in a league "for the ... club": the club the phrase stands for
    ("Marco Rossi joined Everton from Lazio, and he has scored 12 goals in the Premier League for the Merseyside club.",
     ("marco-rossi", "career_goals", "everton", "12", "asserted")),
    ("Marco Rossi joined Napoli in 2015 and scored 64 goals in Serie A for the club.",
     ("marco-rossi", "career_goals", "napoli", "64", "asserted")),
    ("Luis Ortega joined Sevilla in 2019 and scored 33 goals in La Liga for the Andalusian side.",
     ("luis-ortega", "career_goals", "sevilla", "33", "asserted")),
    ("Jonas Berger joined Chelsea from Ajax in 2016 and scored 58 goals in the Premier League for the west London club.",
     ("jonas-berger", "career_goals", "chelsea", "58", "asserted")),
    # level on points "with" another side: that side's total too
    ("Porto finished second, level on 71 points with Benfica, who won the title on goal difference.",
     ("benfica", "points", None, "71", "asserted")),
    ("Lazio are fifth, level on 40 points with Roma.", ("roma", "points", None, "40", "asserted")),
    ("Everton are level on 30 points with the Wolves side.", ("wolverhampton-wanderers", "points", None, "30", "asserted")),
]

# (text, predicate, who, value or None)
NOT_ROWS = [
    ("Luis Ortega has signed a new three-year contract with Sevilla.", "transfer", None, None),
    ("Luis Ortega has signed a contract extension with Sevilla.", "transfer", None, None),
    ("Lazio are fifth on 40 points, six behind Roma.", "points", "roma", None),
    # "the London club" after a club of another town is not that club
    ("Jonas Berger joined Chelsea from Ajax in 2016 and scored 58 goals in the Premier League for the west London club.",
     "career_goals", "ajax", None),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_moves_and_totals(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who,value", NOT_ROWS)
def test_moves_and_totals_not_claims(analyse_text, text, predicate, who, value):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))
             and (value is None or c["value"] == value)]
    assert not wrong, wrong


def test_a_move_and_its_contract_are_one_claim(analyse_text):
    claims = analyse_text("Luis Ortega left Valencia in May. The Spain midfielder completed his move to Sevilla on "
                          "Saturday, signing a four-year contract with the Andalusian club.").claims
    moves = [c for c in claims if c["predicate"] == "transfer" and c["object_id"] == "sevilla"]
    assert len(moves) == 1, moves
