"""Assistants named in a "with" phrase (stop 26): "X will take charge ..., with Y as his assistant" puts Y on the
staff of the side X coaches, "his" being the subject of the clause the "with" phrase hangs on (not another coach
named nearby); with no side known for X yet, the side of the sentence's coaching news. Sentences written for these
tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ('Rangers beat Celtic. Rangers said on Monday that Tom Barr will take charge as caretaker manager until the summer, with Ian Gow as his assistant.',
     ('ian-gow', 'coaching_staff_of', 'rangers', None, "asserted")),
    ('Hearts confirmed that Dale Kerr will take over as head coach, with Mo Reid as his assistant. Kerr played for Aberdeen.',
     ('mo-reid', 'coaching_staff_of', 'hearts', None, "asserted")),
    ('Leeds confirmed that Sarah Bell will take over as head coach, with Anna Roe as her assistant. Bell coached Bristol City in 2020.',
     ('anna-roe', 'coaching_staff_of', 'leeds-united', None, "asserted")),
    ('Everton lost at Arsenal. Everton announced that Gary Lowe will take charge as interim manager for the last six games, with Phil Hart as his assistant. Lowe, 52, once managed Wigan.',
     ('phil-hart', 'coaching_staff_of', 'everton', None, "asserted")),
    ('Valencia drew with Getafe. Valencia said Pablo Ruiz will take over as head coach for the rest of the season, with Javi Soto as his deputy. Ruiz coached Levante in 2019.',
     ('javi-soto', 'coaching_staff_of', 'valencia', None, "asserted")),
    ('Norwich beat Hull. Norwich said on Friday that Kevin Dyer will take charge as head coach, with Sam Pike as his new assistant. Dyer has worked with Tony Wells at Ipswich and at Norwich.',
     ('sam-pike', 'coaching_staff_of', 'norwich-city', None, "asserted")),
    ("Lazio beat Roma. Marco Fini takes over at Lazio as caretaker coach, with Luca Neri as his assistant. Fini has worked as Sergio Bassi's assistant at Torino.",
     ('luca-neri', 'coaching_staff_of', 'lazio', None, "asserted")),
    ("Brest drew with Lorient. Brest announced that Hugo Lenoir will take over as head coach, with Eric Vidal as his assistant. Lenoir has worked as Jean Morin's assistant at Rennes.",
     ('eric-vidal', 'coaching_staff_of', 'brest', None, "asserted")),
    ('Wolves lost at home. Wolves confirmed that Ian Frost will take charge as interim boss, with Neil Crane as his assistant.',
     ('neil-crane', 'coaching_staff_of', 'wolverhampton-wanderers', None, "asserted")),
    ('Stoke won 1-0. Stoke said Alan Ward will take over as manager, with Chris Lane as his number two. Ward worked under Steve Bruce at Hull.',
     ('chris-lane', 'coaching_staff_of', 'stoke-city', None, "asserted")),
    ('Mark Hale has left Rangers, and Hearts boss Jim Bell praised him. Rangers said on Monday that Tom Barr will take charge as caretaker manager until the summer, with Ian Gow as his assistant.',
     ('ian-gow', 'coaching_staff_of', 'rangers', None, "asserted")),
    ('Getafe coach Luis Mora, 60, was furious after Valencia won. Valencia said that Pablo Ruiz will take over as head coach for the rest of the season, with Javi Soto as his deputy.',
     ('javi-soto', 'coaching_staff_of', 'valencia', None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_assistant_of_the_clause_subject(analyse_text, text, expected):
    claims = analyse_text(text).claims
    subject, predicate, obj, _, _ = expected
    assert [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)], claims
