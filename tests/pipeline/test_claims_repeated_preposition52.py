"""Lists of sides that say the preposition again (stop 26): "was X's assistant at CLUB1 and at CLUB2", "played for
CLUB1 and for CLUB2" name both sides, as "at CLUB1 and CLUB2" does. Sentences written for these tests, not taken
from the gold articles."""
import pytest

ROWS = [
    ("Tom Barr has worked as Mark Hale's assistant at Hearts and at Rangers.",
     [("tom-barr", "coaching_staff_of", "hearts"), ("tom-barr", "coaching_staff_of", "rangers"),
      ("mark-hale", "head_coach_of", "rangers")]),
    ("Ana Ruiz was Rosa Gil's assistant at Levante and at Valencia.",
     [("ana-ruiz", "coaching_staff_of", "valencia"), ("rosa-gil", "head_coach_of", "levante"),
      ("rosa-gil", "head_coach_of", "valencia")]),
    ("Piet Smit served as Erik Dam's assistant at Utrecht and at Twente.",
     [("piet-smit", "coaching_staff_of", "utrecht"), ("piet-smit", "coaching_staff_of", "twente")]),
    ("Luca Neri has worked as Sergio Bassi's assistant at Torino and at Lazio.",
     [("luca-neri", "coaching_staff_of", "lazio"), ("sergio-bassi", "head_coach_of", "torino"),
      ("sergio-bassi", "head_coach_of", "lazio")]),
    ("Eric Vidal worked as Jean Morin's assistant at Rennes and at Nantes.",
     [("eric-vidal", "coaching_staff_of", "rennes"), ("eric-vidal", "coaching_staff_of", "nantes")]),
    ("Dan Webb played for Leeds United and for Norwich City before he retired.",
     [("dan-webb", "player_of", "leeds-united"), ("dan-webb", "player_of", "norwich-city")]),
    ("Marco Fini played for Torino and for Sampdoria in the 1990s.",
     [("marco-fini", "player_of", "torino"), ("marco-fini", "player_of", "sampdoria")]),
    ("Karl Voss has coached at Schalke and at Hamburg.",
     [("karl-voss", "head_coach_of", "schalke-04"), ("karl-voss", "head_coach_of", "hamburger-sv")]),
]

NOT_ROWS = [
    # a second preposition of another kind is no list: the side after "against" is no employer
    ("Tom Barr has worked as Mark Hale's assistant at Hearts and against Rangers.", ("tom-barr", "coaching_staff_of", "rangers")),
    ("Ana Ruiz was Rosa Gil's assistant at Levante and before that at Valencia.", ("ana-ruiz", "coaching_staff_of", "valencia")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_repeated_preposition_list(analyse_text, text, expected):
    claims = analyse_text(text).claims
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}
    for e in expected:
        assert e in got, (e, sorted(got))


@pytest.mark.parametrize("text,unexpected", NOT_ROWS)
def test_no_list_without_the_same_preposition(analyse_text, text, unexpected):
    claims = analyse_text(text).claims
    assert unexpected not in {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}, claims
