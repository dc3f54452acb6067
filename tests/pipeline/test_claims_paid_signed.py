"""Transfers worded around the fee or the signer: "A (reportedly) paid B £X for the Dutch defender Y" (a
description before the name), "Y, for whom A paid B £X" (the relative clause's antecedent, a name or a
descriptor), "he signed Y for A from B" / "brought Y to A from B" (a coach signing a player for his club).
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("According to reports, Aston Villa paid Sevilla around £18 million for the Spanish winger Luis Ortega in 2019.",
     ("luis-ortega", "transfer", "aston-villa", "sevilla", "reported")),
    ("Real Madrid reportedly paid Tottenham £85 million for Gareth Bale in 2013.",
     ("gareth-bale", "transfer", "real-madrid", "tottenham-hotspur", "reported")),
    ("Liverpool paid Southampton £75 million for the Dutch defender Virgil van Dijk.",
     ("virgil-van-dijk", "transfer", "liverpool", "southampton", "asserted")),
    ("Barcelona paid Liverpool a fee of £142 million for the Brazilian Philippe Coutinho.",
     ("philippe-coutinho", "transfer", "barcelona", "liverpool", "asserted")),
    ("Leeds need goals from Marco Rossi. Rossi, for whom Leeds reportedly paid Udinese £12 million two summers "
     "ago, has scored once.", ("marco-rossi", "transfer", "leeds-united", "udinese", "reported")),
    ("Jonas Berger is back in training at Everton. The 27-year-old, for whom Everton paid Hamburg £30 million in "
     "2019, missed two months.", ("jonas-berger", "transfer", "everton", "hamburger-sv", "asserted")),
    ("Manchester United need more from Paul Pogba, for whom Manchester United paid Juventus £89 million.",
     ("paul-pogba", "transfer", "manchester-united", "juventus", "asserted")),
    ("Luis Ortega has a good eye: in 2016 he signed Marco Rossi for Genoa from Torino.",
     ("marco-rossi", "transfer", "genoa", "torino", "asserted")),
    ("Ferguson signed Cristiano Ronaldo for Manchester United from Sporting in 2003.",
     ("cristiano-ronaldo", "transfer", "manchester-united", "sporting-cp", "asserted")),
    ("Luis Ortega brought Marco Rossi to Fulham from Genoa in 2017.",
     ("marco-rossi", "transfer", "fulham", "genoa", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_paid_and_signed(analyse_text, text, expected):
    subject, predicate, obj, origin, modality = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)]
    assert hits, claims
    assert hits[0]["value"] == origin
    assert hits[0]["modality"] == modality
