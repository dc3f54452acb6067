"""A departure in the "after" clause of someone's taking a job ("he stepped up after X resigned",
"Y was named in June after X quit"), the sentence naming no club: X left the job the taker has, not a
club X is said to run later in the article.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Wolves boss Gary O'Neil was happy. O'Neil has been in charge since August, when he stepped up after "
     "Julen Lopetegui resigned. Lopetegui, now the manager of West Ham, left a good squad.",
     ("julen-lopetegui", "left_role", "wolverhampton-wanderers", None, "asserted")),
    ("Burnley manager Vincent Kompany was pleased. Kompany arrived in June 2022 after Sean Dyche was sacked. "
     "Dyche, now the manager of Everton, built a tough side.", ("sean-dyche", "left_role", "burnley", None, "asserted")),
    ("Watford boss Javi Gracia was happy. He took over in January after Marco Silva was dismissed. "
     "Silva is now the Everton manager.", ("marco-silva", "left_role", "watford", None, "asserted")),
    ("Hull City coach Liam Rosenior was happy. Rosenior was appointed in November after Shota Arveladze resigned. "
     "Arveladze is now at Kairat.", ("shota-arveladze", "left_role", "hull-city", None, "asserted")),
    ("Leicester boss Enzo Maresca was happy. Maresca was named in June after Dean Smith quit. "
     "Smith, now the manager of Charlotte, wished him well.", ("dean-smith", "left_role", "leicester-city", None, "asserted")),
    ("Southampton manager Russell Martin was happy. He has been in charge since June, when he stepped in after "
     "Ruben Selles resigned. Selles, now the coach of Hull City, was not there.",
     ("ruben-selles", "left_role", "southampton", None, "asserted")),
    ("Sunderland head coach Regis Le Bris was happy. Le Bris took charge in June after Michael Beale was sacked. "
     "Beale, now the manager of Rangers, said nothing.", ("michael-beale", "left_role", "sunderland", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_job_left_for_the_one_who_took_it(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    ("Wolves boss Gary O'Neil was happy. O'Neil has been in charge since August, when he stepped up after "
     "Julen Lopetegui resigned. Lopetegui, now the manager of West Ham, left a good squad.",
     ("julen-lopetegui", "left_role", "west-ham-united")),
    ("Leicester boss Enzo Maresca was happy. Maresca was named in June after Dean Smith quit. "
     "Smith, now the manager of Charlotte, wished him well.", ("dean-smith", "left_role", "charlotte")),
])
def test_not_the_club_run_later(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
