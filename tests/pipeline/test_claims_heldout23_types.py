"""Error types of held-out 23 seen once (stop 30) and fixed as general constructions. Sentences written for
these tests, with other names, clubs and years than the set's."""
import pytest

from tests.pipeline import test_claims as base

POSSESSIVE = ("Lazio have appointed Marco Rossi as coach. Rossi, 54, signed a three-year deal. Tomas Berg scored "
              "19 goals last season. Lazio's Danish striker, 26, who joined from Brondby in 2021, could leave in June.")
BRACKETS = "Ajax beat PSV 2-0. Jonas Lind headed the second. The Swede (27) joined from Malmo in 2022."

ASSISTANT = ("England have appointed Hans Keller as head coach. Keller, 51, won the league with Porto in 2021. "
             "Lukas Brand, his assistant at Porto and Ajax, becomes England's assistant coach.")

BUILDING = ("Arsenal beat Everton 2-0 at home. Everton were without three starters. Marco Silva has spent five years "
            "building this side, and the Portuguese, 46, is under pressure.")

SPELLS = ("Peru won the Copa America on Saturday night. Luis Soto, 43, was named coach in 2018. As a player he had "
          "spells at West Ham and Lazio. Soto's side did not lose a game in the tournament.")

ROWS = [
    # "CLUB's DEMONYM ROLE, 26,": a descriptor of the club's player named before, not of the coach
    (POSSESSIVE, ("tomas-berg", "age", None, "26", "asserted")),
    (POSSESSIVE, ("tomas-berg", "nationality", None, "Denmark", "asserted")),
    (POSSESSIVE, ("tomas-berg", "player_of", "lazio", None, "asserted")),
    (POSSESSIVE, ("tomas-berg", "transfer", "lazio", None, "asserted")),
    ("Genoa sacked their coach on Monday. Ivan Petrov scored twice on Sunday. Genoa's midfielder (29) is out of "
     "contract in June.", ("ivan-petrov", "age", None, "29", "asserted")),
    # "CLUB appointed him": the person the pronoun stands for is appointed there; "in place of X": X left it
    ("Hans Keller was sacked by Porto in 2022. Ajax appointed him in March 2023.",
     ("hans-keller", "appointed", "ajax", None, "asserted")),
    ("Hans Keller coached Porto until 2022. In March 2023 Ajax hired him as head coach.",
     ("hans-keller", "appointed", "ajax", "head coach", "asserted")),
    ("Hans Keller coached Porto until 2022. Ajax appointed him in March 2023 in place of Pieter de Wit.",
     ("pieter-de-wit", "left_role", "ajax", None, "asserted")),
    ("Ajax named Hans Keller head coach in place of Pieter de Wit in March 2023.",
     ("pieter-de-wit", "left_role", "ajax", None, "asserted")),
    # "X, his assistant at A and B,": he coached A and B (an earlier job: not the side "his side" is now)
    (ASSISTANT, ("hans-keller", "head_coach_of", "porto", None, "asserted")),
    (ASSISTANT, ("hans-keller", "head_coach_of", "ajax", None, "asserted")),
    ("Celtic have named Ruud Maas as manager. Maas will bring his own staff: Jan Kuyt, who worked as his assistant "
     "at Feyenoord, joins him.", ("ruud-maas", "head_coach_of", "feyenoord", None, "asserted")),
    # "X, on loan from A since January,": X is A's player (lent out)
    ("Marco Diaz, on loan from Benfica since January, scored twice for Sevilla.",
     ("marco-diaz", "player_of", "benfica", None, "asserted")),
    ("Sevilla beat Betis 2-0. Sevilla's Marco Diaz, on loan from Benfica, scored twice.",
     ("marco-diaz", "player_of", "benfica", None, "asserted")),
    # "X has spent five years building this side": X coached the side named last, for five years
    (BUILDING, ("marco-silva", "tenure_length", "everton", "5", "asserted")),
    (BUILDING, ("marco-silva", "head_coach_of", "everton", None, "asserted")),
    # "their first league title since 1990" after the league named: that league in 1990 too
    ("Ajax won the Eredivisie on Sunday, their first league title since 1990.",
     ("ajax", "title_won", "eredivisie", "1990", "asserted")),
    # "CLUB's top scorer X", "X is under contract with CLUB until 2027": X plays there (a coach's job, for a coach)
    ("Sevilla's top scorer Luis Ramos, 29, scored twice.", ("luis-ramos", "player_of", "sevilla", None, "asserted")),
    ("Sevilla top scorer Luis Ramos scored twice.", ("luis-ramos", "player_of", "sevilla", None, "asserted")),
    ("Sevilla beat Betis. Luis Ramos scored twice. He is under contract with Sevilla until 2027.",
     ("luis-ramos", "player_of", "sevilla", None, "asserted")),
    ("Sevilla have appointed Marco Rossi as coach. Rossi is still under contract with Genoa until June.",
     ("marco-rossi", "head_coach_of", "genoa", None, "asserted")),
    # "X left A in May, and Y replaced him": Y took the job at the one side the sentence names, not X's new one
    ("England have appointed Hans Keller as head coach. Keller coached Ajax from 2023 until May, when Jan Smit "
     "replaced him.", ("jan-smit", "appointed", "ajax", None, "asserted")),
    ("England have appointed Hans Keller as head coach. Keller left Ajax in May, and Jan Smit replaced him.",
     ("jan-smit", "appointed", "ajax", None, "asserted")),
    # "CLUB will turn to X, who managed the club until 2019 and left Y": CLUB, not the side named after
    ("Celtic manager Tom Reid has joined Everton. Celtic will now turn to Brian Hale, who managed the club between "
     "2016 and 2019 and left Leeds in April.", ("brian-hale", "head_coach_of", "celtic", None, "asserted")),
    # "led X to the 2022-23 title / Scudetto": a season between "the" and the title
    ("Luca Bianchi led Lazio to the 2022-23 title.", ("lazio", "title_won", "serie-a", "2022-23", "asserted")),
    ("Rossi succeeds Luca Bianchi, who led Lazio to the 2022-23 Scudetto.",
     ("lazio", "title_won", "serie-a", None, "asserted")),
    # "X's side" for a coach the article ties to no side: never a side it has him play for
    (SPELLS, ("luis-soto", "head_coach_of", "peru", None, "asserted")),
    # "X, the interim coach,", "X has been in caretaker charge since ...": an interim job at the side in context
    ("Everton won again on Saturday. Sam Cole, the interim coach, was delighted.",
     ("sam-cole", "head_coach_of", "everton", "interim", "asserted")),
    ("Everton won again on Saturday. Sam Cole has been in caretaker charge since Tom Hart was sacked in July.",
     ("sam-cole", "head_coach_of", "everton", "interim", "asserted")),
    ("Carlo Ancelotti joined Real Madrid in 2021 for his second spell. Ancelotti's side beat Barcelona 3-1 on Sunday.",
     ("carlo-ancelotti", "head_coach_of", "real-madrid", None, "asserted")),
    # "had won the competition twice before" with no competition named near: the article's own (the one its
    # lede names), not one its body names more often in passing (held-out 24's type, fixed after its scoring)
    ("Porto won the Europa League on Wednesday, beating Lyon 2-0. The fans sang all night. Luis Dias won the World "
     "Cup in 2010. Pedro Sa reached the World Cup semi-finals in December. Rui Costa was a World Cup winner in Qatar. "
     "The players danced on the pitch. The coach cried. The mayor came down to the ground. Porto had won the "
     "competition twice before.", ("porto", "title_won", "uefa-europa-league", None, "asserted")),
    # an age in brackets after a descriptor, as after a name
    (BRACKETS, ("jonas-lind", "age", None, "27", "asserted")),
    ("Arsenal lost 1-0. Ben White was booked. The England defender (26) will miss the next game.",
     ("ben-white", "age", None, "26", "asserted")),
]

NOT_ROWS = [
    # the role is a player's: never the coach appointed "as coach" just before, the only person named
    ("Lazio have appointed Marco Rossi as coach. Lazio's striker, 25, is out of contract in June.",
     ("marco-rossi", "age", None)),
    ("Lazio have appointed Marco Rossi as coach. Lazio's striker, 25, is out of contract in June.",
     ("marco-rossi", "player_of", "lazio")),
    (POSSESSIVE, ("marco-rossi", "nationality", None)),
    # a player named as such owns no assistant; "his side" stays the side he coaches now
    ("Inter beat Roma 2-0. Striker Tomas Berg scored twice. His assistant at Genoa, Marco Rossi, watched.",
     ("tomas-berg", "head_coach_of", "genoa")),
    (ASSISTANT, ("hans-keller", "left_role", None)),
    (BUILDING, ("marco-silva", "player_of", None)),
    (BUILDING, ("marco-silva", "tenure_length", "arsenal")),
    ("England have appointed Hans Keller as head coach. Keller coached Ajax from 2023 until May, when Jan Smit "
     "replaced him.", ("hans-keller", "left_role", "england")),
    # "led X to the 1998 World Cup": a tournament reached, not won
    ("Hans Keller led Norway to the 1998 World Cup.", ("norway", "title_won", None)),
    (SPELLS, ("luis-soto", "head_coach_of", "lazio")),
    # review of stop 30: a possessive role with another side just named is no guess; a coach who joined a club
    # keeps it as "his side"; past contracts are no current club
    ("Inter beat Genoa 3-0. Hakan Calhanoglu scored a penalty. Genoa's goalkeeper, 24, made six saves.",
     ("hakan-calhanoglu", "player_of", "genoa")),
    ("Marco Diaz was under contract with Genoa until 2020, when he joined Lazio.", ("marco-diaz", "player_of", "genoa")),
    ("Tomas Berg joined Ajax in 2019. Denmark named him in their 26-man squad for Euro 2024.",
     ("tomas-berg", "appointed", None)),
    ("Tomas Berg joined Ajax in 2019. Ajax named him their new captain in 2021.", ("tomas-berg", "appointed", None)),
    # "named him captain", "named him in their squad": no coaching job
    ("Tomas Berg joined Ajax in 2019. Ajax named him captain in 2021.", ("tomas-berg", "appointed", "ajax")),
    ("Tomas Berg joined Ajax in 2019. Denmark named him in their squad in 2021.", ("tomas-berg", "appointed", None)),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_heldout23_types(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", NOT_ROWS)
def test_heldout23_types_absent(analyse_text, text, unwanted):
    base.assert_no_claim_with_any_object(analyse_text, text, unwanted)
