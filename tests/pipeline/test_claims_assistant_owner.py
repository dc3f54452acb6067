""""X is / had been Y's assistant": X on the staff of Y's club (the one Y holds or left, when the sentence
names it; else the club the article is about, not a club named in passing), and Y that club's head coach.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Hamburg dismissed Jens Keller. Keller, 51, had been Thomas Tuchel's assistant before stepping in as stand-in "
     "coach in October.",
     ("jens-keller", "coaching_staff_of", "hamburger-sv", "assistant", "asserted")),
    ("Hamburg dismissed Jens Keller. Keller, 51, had been Thomas Tuchel's assistant before stepping in as stand-in "
     "coach in October.",
     ("thomas-tuchel", "head_coach_of", "hamburger-sv", None, "asserted")),
    ("Everton sacked Luis Ortega in March. Allardyce was sacked in May, and Sammy Lee, 54, had "
     "been Sam Allardyce's assistant before joining the staff of Celtic.",
     ("sammy-lee", "coaching_staff_of", "everton", "assistant", "asserted")),
    ("Everton sacked Luis Ortega in March. Allardyce was sacked in May, and Sammy Lee, 54, had "
     "been Sam Allardyce's assistant before joining the staff of Celtic.",
     ("sam-allardyce", "head_coach_of", "everton", None, "asserted")),
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
    ("Everton sacked Luis Ortega in March. Allardyce was sacked in May, and Sammy Lee, 54, had "
     "been Sam Allardyce's assistant before joining the staff of Celtic.",
     ("sammy-lee", "coaching_staff_of", "celtic")),
])
def test_not_a_club_in_passing(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
