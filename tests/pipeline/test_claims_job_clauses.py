"""Jobs read from the clause around the verb: "SIDE have been without a (permanent) coach since May, when X was
sacked" (the side without a coach is the one X left, even past a comma and "when"); "X had been appointed in
2021" (the job the article says X has left); "is now coach of SIDE, having been appointed in May" (the job the
clause before names, and the state stays beside its start).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

VILLA = ("Unai Emery will leave Villarreal to become manager of Aston Villa, Villarreal confirmed. Villarreal have won "
         "twice this month. Aston Villa have been without a manager since October, when Steven Gerrard was sacked days "
         "after a defeat by Fulham. Gerrard had been appointed in November 2021 and lasted 11 months.")
ITALY = ("Roberto Mancini will leave Zenit to become coach of Italy. Zenit were beaten at home. Italy have been without "
         "a coach since November, when Gian Piero Ventura was dismissed days after a defeat by Sweden. Ventura, 69, had "
         "been appointed in June 2016.")

ROWS = [
    (VILLA, ("steven-gerrard", "left_role", "aston-villa", None, "asserted")),
    (VILLA, ("steven-gerrard", "appointed", "aston-villa", None, "asserted")),
    (ITALY, ("gian-piero-ventura", "left_role", "italy", None, "asserted")),
    (ITALY, ("gian-piero-ventura", "appointed", "italy", None, "asserted")),
    ("Hansi Flick will leave Bayern to become head coach of Germany. Bayern lost to Mainz. Germany have had no coach "
     "since June, when Joachim Low stepped down after a defeat by Hungary.",
     ("joachim-low", "left_role", "germany", None, "asserted")),
    ("Julian Nagelsmann won the league with Bayern in 2022. He is now head coach of Germany, having been "
     "appointed in September 2023.", ("julian-nagelsmann", "appointed", "germany", None, "asserted")),
    ("Julian Nagelsmann won the league with Bayern in 2022. He is now head coach of Germany, having been "
     "appointed in September 2023.", ("julian-nagelsmann", "head_coach_of", "germany", None, "asserted")),
    ("Mauricio Pochettino spent five years at Tottenham. He is now manager of Paris Saint-Germain, having been appointed last "
     "July, and is preparing for the new season.", ("mauricio-pochettino", "appointed", "paris-saint-germain", None, "asserted")),
    ("Mauricio Pochettino spent five years at Tottenham. He is now manager of Paris Saint-Germain, having been appointed last "
     "July, and is preparing for the new season.", ("mauricio-pochettino", "head_coach_of", "paris-saint-germain", None, "asserted")),
    ("Jonas Eidevall left Arsenal in October. He is now in charge of Rosengard, having been appointed in January.",
     ("jonas-eidevall", "appointed", "fc-rosengard", None, "asserted")),
    ("Ange Postecoglou won the league with Celtic. He is now the Tottenham manager, having been appointed in June.",
     ("ange-postecoglou", "appointed", "tottenham-hotspur", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_job_of_the_clause(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    (VILLA, ("steven-gerrard", "left_role", "villarreal")),
    (ITALY, ("gian-piero-ventura", "left_role", "zenit-saint-petersburg")),
    ("Mauricio Pochettino spent five years at Tottenham. He is now manager of Paris Saint-Germain, having been appointed last "
     "July.", ("mauricio-pochettino", "appointed", "tottenham-hotspur")),
    # a side named and then another clause: still the job of the other clause
    ("Marco Silva remained in charge of Fulham, after Steven Gerrard was sacked by Aston Villa.",
     ("steven-gerrard", "left_role", "fulham")),
])
def test_not_the_other_side(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
