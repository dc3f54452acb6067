"""A player's descriptor opening a sentence that says he won something with a club ("The Dutch sweeper won the
title with CLUB", "The 29-year-old striker lifted the cup twice with CLUB"): player_of that club for the person
the descriptor stands for. A coach's descriptor ("The Italian coach won ... with CLUB") is no player. Sentences
written for these tests, not taken from the gold articles."""
import pytest

ROWS = [
    ("Ajax beat PSV on Sunday. Marco Dekker, 29, now owns three league medals. The Dutch sweeper won the title "
     "with Feyenoord in 1999.", ("marco-dekker", "feyenoord")),
    ("Marco Dekker, 29, was outstanding. The 29-year-old striker lifted the cup twice with PSV before joining Ajax.",
     ("marco-dekker", "psv-eindhoven")),
    ("Jonas Berg, 27, scored. The Swedish midfielder had already won the league with Malmo.", ("jonas-berg", "malmo")),
    ("Lena Vogel, 24, signed a new deal. The German forward won the cup with Wolfsburg in 2021.",
     ("lena-vogel", "vfl-wolfsburg")),
    ("Pablo Mendes, 31, was sent off. The Spanish goalkeeper lifted the trophy with Sevilla in 2016.",
     ("pablo-mendes", "sevilla")),
    ("Hugo Lambert, 26, is fit again. The French winger claimed the league with Lille in 2021.",
     ("hugo-lambert", "lille")),
]

#: (text, (subject, club)) whose player_of must not come out.
ABSENT = [
    ("Carlo Bianchi watched from the stands. The Italian coach won the title with Napoli in 2015.",
     ("carlo-bianchi", "napoli")),
    ("Jonas Berg, 27, scored. The Swedish midfielder won a penalty with a clever run.", ("jonas-berg", "")),
    ("Jonas Berg, 27, scored. The Swedish midfielder won the header against Malmo.", ("jonas-berg", "malmo")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_descriptor_won_with(analyse_text, text, expected):
    claims = analyse_text(text).claims
    assert [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (expected[0], "player_of", expected[1])], claims


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_descriptor_won_with_absent(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (unwanted[0], "player_of", unwanted[1])], claims
