"""Successions with the successor named after "with": "the club sacked coach X and replaced him with Y"
(Y is appointed, X is the one replaced, not the person a sentence before was about), and "X was
sacked and Y replaced him" (the "him" is X, named earlier in the same sentence).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

FOUND = [
    ("Genoa finished third. Lazio struggled all season. In November the club sacked coach Marco Rossi and "
     "replaced him with Luca Bianchi.", ("luca-bianchi", "appointed", "lazio", None, "asserted")),
    ("Sampdoria have had a wretched season. Last month the club dismissed head coach Pavel Novak and replaced "
     "him with Ivan Horvat.", ("ivan-horvat", "appointed", "sampdoria", None, "asserted")),
    ("Genoa lost again. The board sacked coach Marco Rossi on Monday and replaced him with his assistant "
     "Luca Bianchi.", ("luca-bianchi", "appointed", "genoa", None, "asserted")),
    ("Lazio struggled all season. In March the board dismissed manager Marco Rossi and replaced him with "
     "Luca Bianchi, who had been coaching the under-19s.", ("marco-rossi", "left_role", "lazio", None, "asserted")),
    ("Lazio struggled all season. Marco Rossi was sacked as coach in March and Luca Bianchi replaced him.",
     ("luca-bianchi", "appointed", "lazio", None, "asserted")),
    ("Lazio struggled all season. Manager Marco Rossi resigned in March and Luca Bianchi succeeded him.",
     ("luca-bianchi", "appointed", "lazio", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_successor_named_after_with(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


ABSENT = [
    # the coach sacked is not the one appointed
    ("Genoa finished third. Lazio struggled all season. In November the club sacked coach Marco Rossi and "
     "replaced him with Luca Bianchi.", ("marco-rossi", "appointed", "lazio")),
    ("Genoa lost again. The board sacked coach Marco Rossi on Monday and replaced him with his assistant "
     "Luca Bianchi.", ("marco-rossi", "appointed", "genoa")),
    # "him" is the coach sacked in this sentence, not the player the sentence before was about
    ("Lazio spent heavily last summer. Tomas Kral, the 23-year-old Czech, cost around 30 million euros when he "
     "arrived from Sparta Prague. In January the club sacked coach Marco Rossi and replaced him with Luca Bianchi.",
     ("tomas-kral", "left_role", "lazio")),
    ("Lazio spent heavily last summer. Tomas Kral, the 23-year-old Czech, cost around 30 million euros when he "
     "arrived from Sparta Prague. In January the club sacked coach Marco Rossi and replaced him with Luca Bianchi.",
     ("marco-rossi", "appointed", "lazio")),
    # a substitution is no succession: neither player is appointed or leaves a job
    ("Leeds lost 2-0 at home. Manager Tom Hale replaced Ian Moss with Carl Dean at half-time, but it made no "
     "difference.", ("carl-dean", "appointed", "leeds-united")),
    ("Leeds lost 2-0 at home. Manager Tom Hale replaced Ian Moss with Carl Dean at half-time, but it made no "
     "difference.", ("ian-moss", "left_role", "leeds-united")),
    ("Celtic drew 1-1. Coach Ange Moro replaced Kyle Reid with Sean Doyle in the 70th minute.",
     ("sean-doyle", "appointed", "celtic")),
]


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_not_the_person_replaced(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# a move to a place, not a club, from a club: "moved to the capital from X", "came to Merseyside from X"
MOVES = [
    ("Lazio won the derby. Marco Rossi, who moved to the capital from Genoa in 2019, scored twice.",
     ("marco-rossi", "transfer", "lazio", "genoa", "asserted")),
    ("Everton won at home. Jonas Berger, 27, the former Germany midfielder who came to Merseyside from Schalke, "
     "was the best player on the pitch.", ("jonas-berger", "transfer", "everton", "schalke-04", "asserted")),
    ("Celtic beat Hearts. Luca Bianchi, the Celtic striker, is 24 and moved to the club from Udinese in 2022.",
     ("luca-bianchi", "transfer", "celtic", "udinese", "asserted")),
    # the side in a descriptor after a semicolon or at the start: the side moved to
    ("Korea drew. Captain Marco Rossi, 29, remains the key man; the Lazio forward moved to Rome from Genoa in 2015.",
     ("marco-rossi", "transfer", "lazio", "genoa", "asserted")),
    ("Lazio won. Luca Bianchi scored twice; the Lazio winger came to Rome from Udinese two years ago.",
     ("luca-bianchi", "transfer", "lazio", "udinese", "asserted")),
    ("Lazio won. Luca Bianchi scored twice. The Lazio striker moved to the capital from Torino in 2019.",
     ("luca-bianchi", "transfer", "lazio", "torino", "asserted")),
]


@pytest.mark.parametrize("text,expected", MOVES)
def test_moved_to_a_place_from_a_club(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a country to a country: no club either side
    ("Lazio won the derby. Marco Rossi moved to Italy from Brazil as a teenager.", ("marco-rossi", "transfer", "lazio")),
])
def test_no_move_between_clubs(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# "he replaced X in October 2022" naming no side: the side the article has him coach, even when the
# mention nearest before names it as beaten ("Roma beat Lazio"); a side named as an opponent in the
# sentence itself is still no job
SUCCESSIONS = [
    ("Lazio coach Marco Rossi was unhappy on Sunday. Marco Rossi's side are now fifth. Last week Roma beat "
     "Lazio 2-0 in the derby. Rossi, 47, has rebuilt the team since he replaced Luca Bianchi in October 2022.",
     ("marco-rossi", "appointed", "lazio", None, "asserted")),
    ("Lazio coach Marco Rossi was unhappy on Sunday. Marco Rossi's side are now fifth. Last week Roma beat "
     "Lazio 2-0 in the derby. Rossi, 47, has rebuilt the team since he replaced Luca Bianchi in October 2022.",
     ("luca-bianchi", "left_role", "lazio", None, "asserted")),
    ("Rangers manager Tom Reid was content. Tom Reid's side stay top. On Saturday Celtic beat Rangers 3-1 at "
     "Parkhead. Reid, 44, has steadied the club since he succeeded Mark Dodds in May 2023.",
     ("tom-reid", "appointed", "rangers", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", SUCCESSIONS)
def test_succession_in_the_side_coached(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


# a title before a name opening the sentence: "Interim manager X", "Caretaker boss X", "For manager X, ..."
TITLES = [
    ("Everton won 2-0 at home. Interim manager Paul Grant was delighted with the result.",
     ("paul-grant", "head_coach_of", "everton", None, "asserted")),
    ("Celtic drew 1-1 at Pittodrie. Caretaker boss Tom Reid said the point was deserved.",
     ("tom-reid", "head_coach_of", "celtic", None, "asserted")),
    ("Lazio won the Coppa Italia. For coach Marco Rossi the win is a reward for a hard season.",
     ("marco-rossi", "head_coach_of", "lazio", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title_opening_the_sentence(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a title after a verb or a noun: another side's or another job
    ("Everton won 2-0 at home. Fulham sacked interim manager Paul Grant on Monday.", ("paul-grant", "head_coach_of", "everton")),
    ("Lazio won the Coppa Italia. The fans sang for coach Marco Rossi after the final whistle.",
     ("marco-rossi", "head_coach_of", "lazio")),
])
def test_title_inside_the_sentence(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# "Y, his assistant," in apposition: Y is on the staff of the side "his" coach runs
STAFF = [
    ("Lazio coach Marco Rossi is tipped to take over the national team, and Luca Bianchi, his assistant, could "
     "succeed him.", ("luca-bianchi", "coaching_staff_of", "lazio", "assistant", "asserted")),
    ("Porto coach Rui Costa has signed a new deal. Joao Vieira, his long-time assistant, will stay too.",
     ("joao-vieira", "coaching_staff_of", "porto", "assistant", "asserted")),
]


@pytest.mark.parametrize("text,expected", STAFF)
def test_assistant_in_apposition(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a team-mate in apposition is no staff
    ("Lazio beat Roma. Marco Rossi scored twice, and Luca Bianchi, his team-mate, added a third.",
     ("luca-bianchi", "coaching_staff_of", "lazio")),
])
def test_no_staff_in_apposition(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
