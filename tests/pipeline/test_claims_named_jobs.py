"""Jobs: a side that names someone to a role ("the club had named X interim manager", "sacked Y and
named X manager": the side is the naming verb's subject, or that of the verb it is conjoined to); a
departure "after N seasons" said of the name ("X goes after one season"); a club's former coach as a
descriptor keeps its role whatever its clause denies ("The former Porto coach has never won ..."); and a
past departure in a sentence that speaks of "next summer" elsewhere is no departure still to come.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a side naming someone to a role
    ("Everton sacked David Moyes on Monday, and the club had named Duncan Ferguson interim manager until May.",
     ("duncan-ferguson", "appointed", "everton", "interim", "asserted")),
    ("Everton sacked David Moyes on Monday and named Duncan Ferguson caretaker manager.",
     ("duncan-ferguson", "appointed", "everton", "interim", "asserted")),
    ("Ajax confirmed on Tuesday that the club has appointed Erik ten Hag as its new head coach.",
     ("erik-ten-hag", "appointed", "ajax", None, "asserted")),
    ("Fulham dismissed Scott Parker in June and hired Marco Silva as head coach a week later.",
     ("marco-silva", "appointed", "fulham", None, "asserted")),
    # a departure after N seasons, the name its subject
    ("Juventus sacked Maurizio Sarri. Sarri, 61, goes after one season.",
     ("maurizio-sarri", "tenure_length", "juventus", "1", "asserted")),
    ("Monaco parted company with Leonardo Jardim on Friday. Jardim left after five years, having won the title.",
     ("leonardo-jardim", "tenure_length", "monaco", "5", "asserted")),
    ("Napoli lost again. Rafael Benitez departs after two seasons, with the side tenth.",
     ("rafael-benitez", "tenure_length", "napoli", "2", "asserted")),
    # a former club's coach as the subject of a denial or a doubt: still that club's past coach
    ("Porto sacked Marco Silva on Sunday. The former Braga coach has never won the Portuguese league.",
     ("marco-silva", "head_coach_of", "braga", None, "asserted")),
    ("Napoli appointed Luciano Spalletti. The former Roma coach did not win Serie A there.",
     ("luciano-spalletti", "head_coach_of", "roma", None, "asserted")),
    ("Lazio hired Maurizio Sarri in June. The former Chelsea manager could not hide his delight.",
     ("maurizio-sarri", "head_coach_of", "chelsea", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_named_jobs(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a past departure, "next summer" naming another clause's time: no current job until then
    ("Lyon want a new coach. Rudi Garcia, who left Roma at the end of last season and is on a break in Spain, "
     "is their favourite, and Lyon could try to hire him next summer.", ("rudi-garcia", "head_coach_of", "roma")),
    ("Monaco want a coach. Leonardo Jardim, who quit Porto in May, may move to Spain next season.",
     ("leonardo-jardim", "head_coach_of", "porto")),
    # a departure to take a job elsewhere names no years
    ("Lazio replaced Marco Rossi. Rossi left after one season to take over at Genoa.", ("marco-rossi", "tenure_length", None)),
    # a person naming someone names no side
    ("Roman Abramovich named Andre Villas-Boas manager in 2011.", ("andre-villas-boas", "appointed", "")),
])
def test_not_these_jobs(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"]) == unwanted[:2]
            and (unwanted[2] is None or c["object_id"] == unwanted[2])]
    assert not hits, claims
