"""Two review mends of stop 29. "his compatriot X" takes the nationality of the person named nearest before the
noun, not of whoever's nationality the article stated last; "in spite of" / "notwithstanding" open a concession
as "despite" does ("their captain X" there is the beaten side's). Sentences written for these tests, not taken
from the gold articles."""
import pytest

from tests.pipeline import test_claims as base


def test_compatriot_of_the_nearest_person(analyse_text):
    text = ("Erik Lund is a Norwegian forward. Pep Vidal is a Spanish midfielder. Vidal praised Lund and his "
            "compatriot Jonas Berg on Sunday.")
    base.test_claim_found(analyse_text, text, ("jonas-berg", "nationality", None, "Norway", "asserted"))
    assert not [c for c in analyse_text(text).claims
                if c["subject_id"] == "jonas-berg" and c["predicate"] == "nationality" and c["value"] != "Norway"]


@pytest.mark.parametrize("word", ["in spite of", "despite", "notwithstanding"])
def test_their_captain_after_a_concession(analyse_text, word):
    text = f"Arsenal beat Chelsea 2-0 {word} a late goal from their captain Tom Hale."
    assert not [c for c in analyse_text(text).claims
                if c["subject_id"] == "tom-hale" and c["predicate"] == "player_of" and c["object_id"] == "arsenal"]
