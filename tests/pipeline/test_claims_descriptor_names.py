"""A demonym as the noun before a name ("the 31-year-old Englishman X", "the Argentine X"), and a
side's "most dangerous player" (the club's player). Sentences written for these tests, with other
people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("The Swedes, coached by the 31-year-old Englishman Arthur Banks, packed their defence.",
     ("arthur-banks", "nationality", "", "England", "asserted")),
    ("The club turned to the Dutchman Erik Berg, 51, in June.", ("erik-berg", "nationality", "", "Netherlands", "asserted")),
    ("Benfica have hired the Argentine Diego Ramos as their new coach.",
     ("diego-ramos", "nationality", "", "Argentina", "asserted")),
    ("Marco Rossi joined Napoli in 2019. He has been the club's most influential player this season.",
     ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Napoli won 2-0. Marco Rossi was again the team's most dangerous player.",
     ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Sevilla lost again, although Luis Ortega was the side's most creative player.",
     ("luis-ortega", "player_of", "sevilla", None, "asserted")),
]

# (text, predicate)
NOT_ROWS = [
    ("Spanish giants Real Madrid beat the Italian side.", "nationality"),
    ("The Italian federation appointed a new coach.", "nationality"),
    ("Napoli sacked their coach. Marco Rossi was the club's president for ten years.", "player_of"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_descriptor_names(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", NOT_ROWS)
def test_descriptor_names_not_claims(analyse_text, text, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate], claims
