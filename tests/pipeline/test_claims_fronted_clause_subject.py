"""Who a main clause's "he"/"she" is when a fronted participle or "when/after" clause names someone else
("Promoted from assistant at CLUB when Y was sacked, he won ..."): the one promoted, not Y; the
participle's "from assistant at CLUB" names the side of the step up. And a sentence before whose subject
is a person's possessed noun ("X's legacy is ...") hands "He" in the next sentence to X.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

PROMOTED = ("Marco Rossi thrived in Portugal. Promoted from assistant at Benfica after Jorge Jesus was dismissed "
            "in 2015, he won the Primeira Liga in 2016.")
STEPPED = ("Tom Reed took his chance. Stepped up from caretaker at Everton when David Moyes resigned in 2013, "
           "he won the FA Cup in 2014.")
APPOINTED = "Luis Ortega had waited years. Appointed at Valencia when Rafa Benitez quit in 2004, he won La Liga in 2005."
ELEVATED = ("Sara Holm built her name in Norway. Promoted from her post as deputy at Rosenborg after Kjetil Rekdal "
            "was fired in 2012, she won the Eliteserien in 2013.")
POSSESSED = ("Ian Grant left Hibernian in May. Grant's legacy is a single cup run. "
             "He won the Scottish Cup with Hibernian in 2016.")

ROWS = [
    (PROMOTED, ("marco-rossi", "title_won", "primeira-liga", "2016", "asserted")),
    (PROMOTED, ("marco-rossi", "appointed", "benfica", None, "asserted")),
    (PROMOTED, ("marco-rossi", "coaching_staff_of", "benfica", "assistant", "asserted")),
    (PROMOTED, ("jorge-jesus", "left_role", "benfica", None, "asserted")),
    (STEPPED, ("tom-reed", "title_won", "fa-cup", "2014", "asserted")),
    (STEPPED, ("tom-reed", "appointed", "everton", None, "asserted")),
    (APPOINTED, ("luis-ortega", "title_won", "la-liga", "2005", "asserted")),
    (ELEVATED, ("sara-holm", "appointed", "rosenborg", None, "asserted")),
    (ELEVATED, ("sara-holm", "title_won", "eliteserien", "2013", "asserted")),
    (POSSESSED, ("ian-grant", "title_won", "scottish-cup", "2016", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_fronted_clause_leaves_the_main_subject(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


ABSENT = [
    (PROMOTED, "jorge-jesus"),
    (STEPPED, "david-moyes"),
    (APPOINTED, "rafael-benitez"),
]


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_subordinate_subject_gets_no_titles_or_staff_role(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == unwanted
                and c["predicate"] in {"title_won", "appointed", "coaching_staff_of"}], claims
