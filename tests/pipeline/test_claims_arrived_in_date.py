""""X arrived in May 2019" (a date after "arrived in", not a place) said of someone the article has leave or hold a
coaching job: the appointment to that job. A player's arrival, or a squad's at a place, is no appointment.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Brighton sacked Graham Potter on Monday. Potter, 47, arrived in May 2019 and took the club to ninth.",
     ("graham-potter", "appointed", "brighton-hove-albion", None, "asserted")),
    ("Everton sacked Sean Dyche on Thursday. Dyche arrived in January 2023 and kept the club up.",
     ("sean-dyche", "appointed", "everton", None, "asserted")),
    ("Arsenal beat Wolves. Mikel Arteta, the Arsenal manager, arrived in December 2019.",
     ("mikel-arteta", "appointed", "arsenal", None, "asserted")),
    ("Napoli have sacked Rudi Garcia. The Frenchman arrived in June 2023 and lasted five months.",
     ("rudi-garcia", "appointed", "napoli", None, "asserted")),
    ("Wolves manager Gary O'Neil was pleased. O'Neil arrived in August 2023, days before the season began.",
     ("gary-o-neil", "appointed", "wolverhampton-wanderers", None, "asserted")),
    ("Bayern have parted company with Julian Nagelsmann. Nagelsmann arrived in July 2021 from RB Leipzig.",
     ("julian-nagelsmann", "appointed", "bayern-munich", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_coach_arrival_is_an_appointment(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "Harry Kane scored twice for Bayern. Kane, 30, arrived in August 2023 from Tottenham.",
    "Portugal coach Roberto Martinez was pleased. The squad arrived in Germany on Monday.",
    "Declan Rice scored for Arsenal. Rice arrived in July 2023 for a club record fee.",
    "Jude Bellingham scored again for Real. Bellingham arrived in June 2023.",
])
def test_no_appointment_without_a_coaching_job(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["rule_id"] == "appointed.arrived_in_date"], claims
