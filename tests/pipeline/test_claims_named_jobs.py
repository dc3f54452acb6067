"""Jobs: a side that names someone to a role ("the club had named X interim manager", "sacked Y and
named X manager": the side is the naming verb's subject, or that of the verb it is conjoined to); a
departure "after N seasons" said of the name ("X goes after one season"); a club's former coach as a
descriptor keeps its role whatever its clause denies ("The former Braga coach has never won ..."); and a
past departure in a sentence that speaks of "next summer" elsewhere is no departure still to come.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a side naming someone to a role
    ("Sunderland dismissed Luis Ortega on Friday, and by Saturday the club had named Marco Rossi interim manager.",
     ("marco-rossi", "appointed", "sunderland", "interim", "asserted")),
    ("Everton sacked David Moyes on Monday and named Duncan Ferguson caretaker manager.",
     ("duncan-ferguson", "appointed", "everton", "interim", "asserted")),
    ("Ajax confirmed on Tuesday that the club has appointed Erik ten Hag as its new head coach.",
     ("erik-ten-hag", "appointed", "ajax", None, "asserted")),
    ("Fulham dismissed Scott Parker in June and hired Marco Silva as head coach a week later.",
     ("marco-silva", "appointed", "fulham", None, "asserted")),
    # a departure after N seasons, the name its subject
    ("Torino dismissed Luis Ortega. Ortega, 58, goes after two seasons.",
     ("luis-ortega", "tenure_length", "torino", "2", "asserted")),
    ("Monaco parted company with Leonardo Jardim on Friday. Jardim left after five years, having won the title.",
     ("leonardo-jardim", "tenure_length", "monaco", "5", "asserted")),
    ("Sampdoria lost again. Tom Brady departs after three seasons, with the side tenth.",
     ("tom-brady", "tenure_length", "sampdoria", "3", "asserted")),
    # a former club's coach as the subject of a denial or a doubt: still that club's past coach
    ("Rangers dismissed Jonas Berger on Sunday. The former Braga coach has never won a derby.",
     ("jonas-berger", "head_coach_of", "braga", None, "asserted")),
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
    ("Genoa want a new coach. Luis Ortega, who left Sevilla in March and has been resting at home, is "
     "their first choice, and Genoa hope to appoint him next summer.", ("luis-ortega", "head_coach_of", "sevilla")),
    ("Monaco want a coach. Leonardo Jardim, who quit Porto in May, may move to Spain next season.",
     ("leonardo-jardim", "head_coach_of", "porto")),
    # a departure to take a job elsewhere names no years
    ("Lazio replaced Marco Rossi. Rossi left after one season to take over at Genoa.", ("marco-rossi", "tenure_length", None)),
    # a person naming someone names no side (None: no appointment to any side)
    ("Anna Berg named Jonas Berger manager in 2019.", ("jonas-berger", "appointed", None)),
])
def test_not_these_jobs(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"]) == unwanted[:2]
            and (unwanted[2] is None or c["object_id"] == unwanted[2])]
    assert not hits, claims
