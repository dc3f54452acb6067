"""Offers in other words: a side that offers a person a job or a deal ("Leeds have offered him a four-year
contract", "the club will offer him a new deal"), and a person approached about a job ("has been sounded
out about becoming Portugal's coach"), which is an offer, not an appointment, even one to come.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a side offers a person (named or "him"/"her") a job or a deal: the side that offers it
    ("Everton striker Tom Hale is wanted. Leeds United have offered him a four-year contract.",
     ("tom-hale", "offer_received", "leeds-united", None, "asserted")),
    ("Rangers have offered Steven Gerrard the manager's job.",
     ("steven-gerrard", "offer_received", "rangers", None, "asserted")),
    ("Sevilla have offered Julen Lopetegui a two-year extension.",
     ("julen-lopetegui", "offer_received", "sevilla", None, "asserted")),
    ("Lazio are offering Maurizio Sarri the coaching job, according to reports in Rome.",
     ("maurizio-sarri", "offer_received", "lazio", None, "reported")),
    # no side named in the clause: the side the person coaches
    ("Celtic manager Brendan Rodgers is staying. The club will offer him a new contract.",
     ("brendan-rodgers", "offer_received", "celtic", None, "asserted")),
    ("Fulham manager Marco Silva is happy. The board are expected to offer him an improved deal in May.",
     ("marco-silva", "offer_received", "fulham", None, "hypothetical")),
    ("Burnley boss Sean Dyche was relieved after the club offered him a new deal in January.",
     ("sean-dyche", "offer_received", "burnley", None, "asserted")),
    # a person approached about a job: an offer
    ("Thomas Tuchel has been approached about becoming England's manager, according to reports.",
     ("thomas-tuchel", "offer_received", "england", None, "reported")),
    ("Roberto Martinez was sounded out about becoming the Portugal coach.",
     ("roberto-martinez", "offer_received", "portugal", None, "asserted")),
    ("Graham Potter has been approached about taking over at West Ham.",
     ("graham-potter", "offer_received", "west-ham-united", None, "asserted")),
    ("Unai Emery was contacted over the vacancy at Villarreal in October.",
     ("unai-emery", "offer_received", "villarreal", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_offers_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # approached about a job: no appointment, not even a hypothetical one
    ("Thomas Tuchel has been approached about becoming England's manager, according to reports.",
     ("thomas-tuchel", "appointed", "england")),
    ("Roberto Martinez was sounded out about becoming the Portugal coach.", ("roberto-martinez", "appointed", "portugal")),
    ("Graham Potter has been approached about taking over at West Ham.", ("graham-potter", "appointed", "west-ham-united")),
    # a person's offer ("the president offered X a new contract"): whose side is no guess
    ("Portugal coach Fernando Santos won. Fernando Gomes spoke, and at the assembly he publicly offered Santos a new contract.",
     ("fernando-santos", "offer_received", "portugal")),
])
def test_not_that_offer(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
