"""Rows for the mends of stop 25's review: a given name that is also a demonym stays part of the name; a
subordinate clause hung on the main verb still gives "he" its subject; "his previous job was at CLUB" is
a coach's job only; a competition name several countries share needs two clubs of one country.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # "Dane", "German" as given names: the person keeps the whole name
    ("Dane Scarlett, 21, scored twice for Ipswich Town.", ("dane-scarlett", "age", None, "21", "asserted")),
    ("German Pezzella, 33, captained Real Betis.", ("german-pezzella", "age", None, "33", "asserted")),
    # after "the" the demonym is no part of the name
    ("Ajax signed Lucas Ocampos. The Argentine Ocampos, 29, cost 12 million euros.",
     ("lucas-ocampos", "age", None, "29", "asserted")),
    # a when-clause hung on the main verb: "he" is its subject
    ("When Marco Silva left Fulham in 2022, he took over at Everton.",
     ("marco-silva", "appointed", "everton", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_review_rows(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


# a post off the bench named after "as" is no coaching appointment; a coaching one still is
BOARD_POST_ROWS = [
    ("Lille appointed Tomas Berg as chief executive.", None),
    ("Lille named Tomas Berg as their new president.", None),
    ("Lille appointed Tomas Berg as sporting director on Monday.", None),
    ("Lille appointed Tomas Berg as head coach.", "head coach"),
    ("Lille appointed Tomas Berg as technical advisor.", "staff"),
]


@pytest.mark.parametrize("text,role", BOARD_POST_ROWS)
def test_a_board_post_is_no_coaching_appointment(analyse_text, text, role):
    got = [c["value"] for c in analyse_text(text).claims if c["subject_id"] == "tomas-berg" and c["predicate"] == "appointed"]
    assert got == ([role] if role else []), got


@pytest.mark.parametrize("text,unwanted", [
    # a chief executive's previous job is no head coach's job
    ("Tomas Berg, the new chief executive of Lille, said his previous job was at Brighton.",
     ("tomas-berg", "head_coach_of", "brighton-hove-albion")),
])
def test_review_absent(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


def test_one_club_does_not_make_a_shared_cup_name_domestic(analyse_text):
    text = ("Eintracht Frankfurt drew with Napoli on Tuesday. Real Madrid won the Super Cup in Warsaw in August, "
            "a week before the league began.")
    comps = {m["entity_id"] for m in analyse_text(text).mentions if m["text"].endswith("Super Cup")}
    assert comps and not comps & {"supercopa-de-espana"}, comps
