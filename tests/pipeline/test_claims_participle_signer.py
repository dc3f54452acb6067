"""A participle clause after a side's own clause ("Celtic paid the fee, finalising the signing of the Japanese
forward from Salzburg"; "Everton sacked X, naming Y manager"): the side is the main clause's subject, the
person the descriptor (or name) after "of" stands for.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

MOVES = [
    ("Frenkie de Jong has joined Barcelona. Barcelona announced the deal on Monday, completing the signing of the "
     "Netherlands midfielder from Ajax.", ("frenkie-de-jong", "barcelona", "ajax")),
    ("Declan Rice is an Arsenal player. Arsenal confirmed the deal in July, completing the signing of the "
     "England captain from West Ham.", ("declan-rice", "arsenal", "west-ham-united")),
    ("Jude Bellingham is happy. Real Madrid announced the deal, sealing the signing of the English midfielder "
     "from Borussia Dortmund.", ("jude-bellingham", "real-madrid", "borussia-dortmund")),
    ("Takumi Minamino is a Celtic target. Celtic paid the fee on Friday, finalising the signing of the Japanese "
     "forward from Salzburg.", ("takumi-minamino", "celtic", "red-bull-salzburg")),
    ("Kalidou Koulibaly has left Italy. Chelsea confirmed the deal on Saturday, completing the purchase of the "
     "Senegal defender from Napoli.", ("kalidou-koulibaly", "chelsea", "napoli")),
]

JOBS = [
    ("Everton sacked Frank Lampard on Monday, naming Sean Dyche manager two days later.",
     ("sean-dyche", "appointed", "everton", None, "asserted")),
    ("Chelsea sacked Graham Potter, appointing Frank Lampard caretaker manager until the summer.",
     ("frank-lampard", "appointed", "chelsea", "interim", "asserted")),
    ("Leeds dismissed Jesse Marsch in February, hiring Javi Gracia as head coach a week later.",
     ("javi-gracia", "appointed", "leeds-united", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", MOVES)
def test_participle_signing(analyse_text, text, expected):
    subject, to, origin = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if c["predicate"] == "transfer" and (c["subject_id"], c["object_id"]) == (subject, to)]
    assert hits and hits[0]["value"] == origin, claims


@pytest.mark.parametrize("text,expected", JOBS)
def test_participle_naming(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    # a person's clause: no side signs
    "Dusan Vlahovic is delighted. His agent finished the talks on Friday, completing the signing of the Serbian "
    "striker from Fiorentina.",
    "Roman Abramovich sacked the coach, naming Guus Hiddink manager until May.",
])
def test_no_side_no_claim(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["rule_id"] in {"transfer.completing_signing_of_descriptor",
                                                       "appointed.named_person_role"} and c["object_id"]], claims
