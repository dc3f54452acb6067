"""People and their moves: a name the model took for a place, with an age in apposition after it ("X Y, 24,
has played ..."), is a person; a club that "(reportedly) paid" (a club) "for him" or "a fee to take / sign him" made
a transfer of the person the pronoun stands for; "rejoined A from B" is a transfer; "and is now 34" after a
person's clause is his age; "sweeper" is a position noun. Sentences written for these tests, not taken from
the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Goran Vukić, 24, has played for Hajduk Split since joining from Rijeka in 2015.",
     ("goran-vukic", "age", "", "24", "asserted")),
    ("Goran Vukić, 24, has played for Hajduk Split since joining from Rijeka in 2015.",
     ("goran-vukic", "transfer", "hajduk-split", "rijeka", "asserted")),
    ("Tomáš Novák, 28, joined Slavia Prague from Viktoria Plzeň in 2020.",
     ("tomas-novak", "transfer", "slavia-prague", "viktoria-plzen", "asserted")),
    ("Velibor Vasović, 29, played five years for Ajax after joining from Partizan in 1966.",
     ("velibor-vasovic", "transfer", "ajax", "partizan-belgrade", "asserted")),
    ("Velibor Vasović, 29, played five years for Ajax after joining from Partizan in 1966.",
     ("velibor-vasovic", "player_of", "ajax", "", "asserted")),
    ("Ajax drew 1-1. Velibor Vasović, 29, scored the equaliser.",
     ("velibor-vasovic", "age", "", "29", "asserted")),
    ("Mark Hughes, 24, scored twice, and Arsenal reportedly paid Chelsea £9 million for him in July.",
     ("mark-hughes", "transfer", "arsenal", "chelsea", "reported")),
    ("Lena Oberdorf spent three seasons at Wolfsburg, and Bayern paid a club record fee to take her to Munich in 2024.",
     ("lena-oberdorf", "transfer", "bayern-munich", "vfl-wolfsburg", "asserted")),
    ("Hugo Lloris, 30, was brilliant. Tottenham paid a large fee to bring him to London in 2012.",
     ("hugo-lloris", "transfer", "tottenham-hotspur", "", "asserted")),
    ("Jonas Berg was at Malmo for six years. Hammarby reportedly paid a fee of £2 million to sign him in 2017.",
     ("jonas-berg", "transfer", "hammarby", "", "reported")),
    ("Rafael Souza rejoined Flamengo from Al-Ahli in March.",
     ("rafael-souza", "transfer", "flamengo", "al-ahli", "asserted")),
    ("Tomás Ruiz, Uruguay's captain, rejoined Santos from Cruzeiro in 2018 and is now 34.",
     ("tomas-ruiz", "transfer", "santos", "cruzeiro", "asserted")),
    ("Tomás Ruiz, Uruguay's captain, rejoined Santos from Cruzeiro in 2018 and is now 34.",
     ("tomas-ruiz", "age", "", "34", "asserted")),
    ("Jonas Berg joined Hammarby from Malmo in 2019 and is still 22.",
     ("jonas-berg", "age", "", "22", "asserted")),
    ("Ajax won the cup again. Ajax's sweeper Jonas Weber scored twice.",
     ("jonas-weber", "player_of", "ajax", "", "asserted")),
    ("Ajax beat PSV on Sunday. Marco Dekker, 29, now owns three league medals. The Dutch sweeper joined Ajax in 2001.",
     ("marco-dekker", "nationality", "", "Netherlands", "asserted")),
]

#: (text, (subject, predicate, object)) that must not come out.
ABSENT = [
    ("The former Spain international Pablo Mendes rejoined Sevilla in 2019 to work with the youth teams.",
     ("pablo-mendes", "transfer", "sevilla")),
    ("Chelsea won again, and the lead is now 3.", (None, "age", "")),
    ("Leeds lead the table, and the gap is now 5.", (None, "age", "")),
    ("Chelsea extended their lead and it is now 3.", (None, "age", "")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_people_moves(analyse_text, text, expected):
    base.assert_claim_with(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_people_moves_absent(analyse_text, text, unwanted):
    subject, predicate, obj = unwanted
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["object_id"] == obj
                and (subject is None or c["subject_id"] == subject)], claims
