"""Transfers worded around the fee or the signer: "A (reportedly) paid B £X for the Dutch defender Y" (a
description before the name), "Y, for whom A paid B £X" (the relative clause's antecedent, a name or a
descriptor), "he signed Y for A from B" / "brought Y to A from B" (a coach signing a player for his club).
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("According to reports, Arsenal paid Lyon about £20 million for the French striker Alexandre Lacazette in July 2017.",
     ("alexandre-lacazette", "transfer", "arsenal", "olympique-lyonnais", "reported")),
    ("Real Madrid reportedly paid Tottenham £85 million for Gareth Bale in 2013.",
     ("gareth-bale", "transfer", "real-madrid", "tottenham-hotspur", "reported")),
    ("Liverpool paid Southampton £75 million for the Dutch defender Virgil van Dijk.",
     ("virgil-van-dijk", "transfer", "liverpool", "southampton", "asserted")),
    ("Barcelona paid Liverpool a fee of £142 million for the Brazilian Philippe Coutinho.",
     ("philippe-coutinho", "transfer", "barcelona", "liverpool", "asserted")),
    ("Liverpool need goals from Andy Carroll. Carroll, for whom Liverpool reportedly paid Newcastle £35 million "
     "in January 2011, has struggled.", ("andy-carroll", "transfer", "liverpool", "newcastle-united", "reported")),
    ("Everton must revive Gylfi Sigurdsson. The 29-year-old, for whom Everton paid Swansea £45 million in 2017, "
     "has scored twice.", ("gylfi-sigurdsson", "transfer", "everton", "swansea-city", "asserted")),
    ("Manchester United need more from Paul Pogba, for whom Manchester United paid Juventus £89 million.",
     ("paul-pogba", "transfer", "manchester-united", "juventus", "asserted")),
    ("Wenger knows him well: he signed Thierry Henry for Arsenal from Juventus in 1999.",
     ("thierry-henry", "transfer", "arsenal", "juventus", "asserted")),
    ("Ferguson signed Cristiano Ronaldo for Manchester United from Sporting in 2003.",
     ("cristiano-ronaldo", "transfer", "manchester-united", "sporting-cp", "asserted")),
    ("Mourinho brought Didier Drogba to Chelsea from Marseille in 2004.",
     ("didier-drogba", "transfer", "chelsea", "olympique-de-marseille", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_paid_and_signed(analyse_text, text, expected):
    subject, predicate, obj, origin, modality = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)]
    assert hits, claims
    assert hits[0]["value"] == origin
    assert hits[0]["modality"] == modality
