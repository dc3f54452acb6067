"""Descriptors of players: "The CLUB <position noun> moved / arrived / crossed ... from CLUB2" (a transfer of the
person the descriptor stands for); a descriptor in an object's place ("... kept faith with the 27-year-old CLUB
defender") is the one person of its sentence named as an object too, never the subject of its clause.
Sentences written for these tests, not taken from the gold articles."""
import pytest

ROWS = [
    ("Jonas Berg, 27, opened the scoring. The Hammarby striker moved across Stockholm from Malmo last summer.",
     ("jonas-berg", "transfer", "hammarby", "malmo")),
    ("Marco Rossi, 25, scored again. The Roma midfielder crossed the city from Lazio in 2019.",
     ("marco-rossi", "transfer", "roma", "lazio")),
    ("Jonas Berg, 27, opened the scoring. The Hammarby striker switched from Malmo in 2020.",
     ("jonas-berg", "transfer", "hammarby", "malmo")),
    ("Luis Mendes, 30, was sent off. The Benfica defender arrived from Porto two years ago.",
     ("luis-mendes", "transfer", "benfica", "porto")),
    ("Hansen made Jonas Berg his captain in May, and Larsson has kept faith with the 27-year-old Malmo defender.",
     ("jonas-berg", "player_of", "malmo", "")),
    ("Hansen made Jonas Berg his captain in May, and Larsson has kept faith with the 27-year-old Malmo defender.",
     ("jonas-berg", "age", "", "27")),
    ("Larsson praised Jonas Berg, 27, on Sunday. He has kept faith with the 27-year-old Malmo defender all season.",
     ("jonas-berg", "player_of", "malmo", "")),
    ("Carlo Bianchi named Marco Rossi in his squad and praised the 22-year-old Torino winger.",
     ("marco-rossi", "player_of", "torino", "")),
]

#: (text, (subject, predicate, object)) that must not come out.
ABSENT = [
    ("Hansen made Jonas Berg his captain in May, and Larsson has kept faith with the 27-year-old Malmo defender.",
     ("larsson", "player_of", "malmo")),
    ("Hansen made Jonas Berg his captain in May, and Larsson has kept faith with the 27-year-old Malmo defender.",
     ("hansen", "player_of", "malmo")),
    ("Carlo Bianchi named Marco Rossi in his squad and praised the 22-year-old Torino winger.",
     ("carlo-bianchi", "player_of", "torino")),
    ("Marco Rossi, 25, scored again. The Roma coach came from Lazio in 2019.", ("marco-rossi", "transfer", "roma")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_people_descriptors(analyse_text, text, expected):
    subject, predicate, obj, value = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)]
    assert hits, claims
    assert any(c["value"] == value for c in hits), hits


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_people_descriptors_absent(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == unwanted], claims
