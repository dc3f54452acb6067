""""The 41-year-old took charge at CLUB in 2011": the verb matched by its word form, as a misparse (the verb read
as a noun before "charge") leaves no lemma; "turned down an approach from the (Uruguayan) federation": an offer
from that country's national side, or, with no country named, from the national side the article names most.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Andre Villas-Boas was happy. The 33-year-old took charge at Porto in 2010.",
     ("andre-villas-boas", "appointed", "porto", None, "asserted")),
    ("Diego Simeone was delighted. The 41-year-old took charge at Atletico Madrid in 2011.",
     ("diego-simeone", "appointed", "atletico-madrid", None, "asserted")),
    ("Roberto Mancini was pleased. The 43-year-old took charge of Inter Milan in 2004, after a spell at Fiorentina.",
     ("roberto-mancini", "appointed", "inter-milan", None, "asserted")),
    ("Marcelo Gallardo turned down an approach from the Uruguayan federation in 2018.",
     ("marcelo-gallardo", "offer_received", "uruguay", "declined", "asserted")),
    ("Thomas Tuchel rejected an offer from the German federation in 2021.",
     ("thomas-tuchel", "offer_received", "germany", "declined", "asserted")),
    ("Roberto Martinez will become head coach of Portugal. Portugal have not won since June. According to "
     "Portuguese reports, Martinez turned down an approach from the federation in 2021.",
     ("roberto-martinez", "offer_received", "portugal", "declined", "reported")),
    ("Italy have a new coach. Italy lost to Spain in June. Luciano Spalletti turned down an approach from the "
     "federation in 2021.", ("luciano-spalletti", "offer_received", "italy", "declined", "asserted")),
    ("Didier Deschamps will stay as coach of France. France have won twice. According to French reports, Zinedine "
     "Zidane rejected an offer from the federation last year.",
     ("zinedine-zidane", "offer_received", "france", "declined", "reported")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_charge_and_offer(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", [
    # two national sides named as often: whose federation is no guess
    ("Spain beat Italy in June. Italy lost again in July. Spain won again. Luis Enrique turned down an approach "
     "from the federation in 2017.", "offer_received"),
    # a club's approach, no federation: nothing new here
    ("Luis Enrique turned down an approach in 2017.", "offer_received"),
])
def test_no_offer_without_a_side(analyse_text, text, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate], claims
