""""X is / had been Y's assistant": X on the staff of Y's club (the one Y holds or left, when the sentence
names it; else the club the article is about, not a club named in passing), and Y that club's head coach.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Hamburg sacked Jens Keller. Keller, 44, had been Thomas Tuchel's assistant and took over as caretaker in May.",
     ("jens-keller", "coaching_staff_of", "hamburger-sv", "assistant", "asserted")),
    ("Hamburg sacked Jens Keller. Keller, 44, had been Thomas Tuchel's assistant and took over as caretaker in May.",
     ("thomas-tuchel", "head_coach_of", "hamburger-sv", None, "asserted")),
    ("Chelsea sacked Roberto Di Matteo in November. Mourinho was sacked in December, and Steve Holland, 48, had "
     "been Jose Mourinho's assistant before moving to England duties with Leeds.",
     ("steve-holland", "coaching_staff_of", "chelsea", "assistant", "asserted")),
    ("Chelsea sacked Roberto Di Matteo in November. Mourinho was sacked in December, and Steve Holland, 48, had "
     "been Jose Mourinho's assistant before moving to England duties with Leeds.",
     ("jose-mourinho", "head_coach_of", "chelsea", None, "asserted")),
    ("Bournemouth sacked Eddie Howe. Jason Tindall, 43, had been Eddie Howe's assistant for eight years and took "
     "over as interim coach in August, when Howe left.", ("jason-tindall", "coaching_staff_of", "bournemouth", None, "asserted")),
    ("Bournemouth sacked Eddie Howe. Jason Tindall, 43, had been Eddie Howe's assistant for eight years and took "
     "over as interim coach in August, when Howe left.", ("eddie-howe", "head_coach_of", "bournemouth", None, "asserted")),
    ("Wolves appointed Gary O'Neil. Tim Jenkins was Julen Lopetegui's assistant at Wolves before that.",
     ("tim-jenkins", "coaching_staff_of", "wolverhampton-wanderers", "assistant", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_assistant_and_owner(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # a club named later in the sentence, not the owner's: not the staff's club
    ("Chelsea sacked Roberto Di Matteo in November. Mourinho was sacked in December, and Steve Holland, 48, had "
     "been Jose Mourinho's assistant before moving to England duties with Leeds.",
     ("steve-holland", "coaching_staff_of", "leeds-united")),
])
def test_not_a_club_in_passing(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == unwanted], claims
