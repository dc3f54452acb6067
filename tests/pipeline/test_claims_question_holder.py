"""A question of whether a side's coach will take it somewhere ("Is X the man to take Y to the finals?", "Can X
lead Y to the final?") hopes for what he does in the job he holds: no hypothetical appointment to it. Another
person asked about the same side, or a side he has left, stays a hypothetical appointment.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

HOLDERS = [
    ("Germany named Julian Nagelsmann as head coach in September. Is Nagelsmann the man to take Germany to the "
     "World Cup final?", ("julian-nagelsmann", "appointed", "germany")),
    ("Roberto Martinez coaches Portugal. Is Martinez the man to take Portugal to the World Cup final?",
     ("roberto-martinez", "appointed", "portugal")),
    ("Luis de la Fuente is the coach of Spain. Can De la Fuente take Spain to the World Cup final?",
     ("luis-de-la-fuente", "appointed", "spain")),
    ("Uruguay named Oscar Tabarez as coach in 2006. Is Tabarez the man to take Uruguay to the Copa America final?",
     ("oscar-tabarez", "appointed", "uruguay")),
]


@pytest.mark.parametrize("text,unwanted", HOLDERS)
def test_no_hypothetical_job_for_its_holder(analyse_text, text, unwanted):
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == unwanted
                and c["modality"] == "hypothetical"], claims


ROWS = [
    ("Roberto Martinez coaches Portugal. Is Jose Mourinho the man to take Portugal to the World Cup final?",
     ("jose-mourinho", "appointed", "portugal", None, "hypothetical")),
    ("Germany named Julian Nagelsmann as head coach in September. Is Jurgen Klopp the man to take Germany to the "
     "World Cup final?", ("jurgen-klopp", "appointed", "germany", None, "hypothetical")),
    # the holder's own job is still there
    ("Germany named Julian Nagelsmann as head coach in September. Is Nagelsmann the man to take Germany to the "
     "World Cup final?", ("julian-nagelsmann", "appointed", "germany", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_other_candidates_stay(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
