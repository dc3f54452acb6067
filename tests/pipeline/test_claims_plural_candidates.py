"""Several people named as the candidates for a job ("X and Y are the clear favourites (with the bookies)",
"X, Y and Z are the leading contenders"): a hypothetical appointment for each of them, at the job the article has vacant.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

FAVOURITES = ("Everton need a new manager. Brentford manager Thomas Frank and Kieran McKenna "
              "are the clear favourites.")
CONTENDERS = ("Everton sacked Sean Dyche on Monday. Thomas Frank, Kieran McKenna and Marco Silva are the "
              "leading contenders.")
FRONTRUNNERS = "Celtic sacked Neil Lennon in February. Steven Gerrard and Eddie Howe are the frontrunners for the job."
BOOKMAKERS = ("Everton sacked Sean Dyche on Monday. Thomas Frank and Marco Silva are the hot favourites "
              "with the bookies.")
CANDIDATES = "Porto dismissed Luis Castro on Sunday. Jorge Costa and Marco Silva are the main candidates."

ROWS = [
    (FAVOURITES, ("thomas-frank", "appointed", "everton", None, "hypothetical")),
    (FAVOURITES, ("kieran-mckenna", "appointed", "everton", None, "hypothetical")),
    (CONTENDERS, ("thomas-frank", "appointed", "everton", None, "hypothetical")),
    (CONTENDERS, ("kieran-mckenna", "appointed", "everton", None, "hypothetical")),
    (CONTENDERS, ("marco-silva", "appointed", "everton", None, "hypothetical")),
    (FRONTRUNNERS, ("steven-gerrard", "appointed", "celtic", None, "hypothetical")),
    (FRONTRUNNERS, ("eddie-howe", "appointed", "celtic", None, "hypothetical")),
    (CANDIDATES, ("jorge-costa", "appointed", "porto", None, "hypothetical")),
    (CANDIDATES, ("marco-silva", "appointed", "porto", None, "hypothetical")),
    (BOOKMAKERS, ("thomas-frank", "appointed", "everton", None, "hypothetical")),
    (BOOKMAKERS, ("marco-silva", "appointed", "everton", None, "hypothetical")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_each_named_candidate(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_person_in_another_clause_is_no_candidate(analyse_text):
    claims = analyse_text("Everton sacked Sean Dyche on Monday. Thomas Frank is the leading contender, "
                          "and Marco Silva scored.").claims
    assert not [c for c in claims if c["subject_id"] == "marco-silva" and c["predicate"] == "appointed"], claims
