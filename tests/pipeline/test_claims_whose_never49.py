"""A club's title is the club's, not its manager's, even when an apposition names the manager with
"whose"; and a trophy lifted is not the competition named after it in a negated clause (stop 24 helper). Sentences written
for these tests, not taken from the gold articles."""
import pytest

# (text, predicate, subject, object or None, modality or None): such a claim exists
ROWS = [
    ("Fulham, whose manager Marco Silva once played for Belenenses, have never won the FA Cup in more than a "
     "century of trying.", "title_won", "fulham", "fa-cup", "negated"),
    ("Brighton, whose manager Fabian Hurzeler arrived from St Pauli last summer, have never won that trophy.",
     "title_won", "brighton-hove-albion", None, "negated"),
    ("Gianluigi Buffon lifted the trophy in Berlin as Italy's goalkeeper in 2006, but he never won the Champions "
     "League.", "title_won", "gianluigi-buffon", "uefa-champions-league", "negated"),
]

# (text, predicate, subject, object or None, modality or None): no such claim
NOT_ROWS = [
    ("Fulham, whose manager Marco Silva once played for Belenenses, have never won the FA Cup in more than a "
     "century of trying.", "title_won", "marco-silva", None, None),
    ("Brighton, whose manager Fabian Hurzeler arrived from St Pauli last summer, have never won that trophy.",
     "title_won", "fabian-hurzeler", None, None),
    ("Gianluigi Buffon lifted the trophy in Berlin as Italy's goalkeeper in 2006, but he never won the Champions "
     "League.", "title_won", "gianluigi-buffon", "uefa-champions-league", "asserted"),
    ("Harry Kane lifted the trophy in Munich last May, yet he never won the FA Cup.",
     "title_won", "harry-kane", "fa-cup", "asserted"),
]


def _hits(claims, predicate, who, obj, modality):
    return [c for c in claims if c["predicate"] == predicate and c["subject_id"] == who
            and (obj is None or c["object_id"] == obj) and (modality is None or c["modality"] == modality)]


@pytest.mark.parametrize("text,predicate,who,obj,modality", ROWS)
def test_claims(analyse_text, text, predicate, who, obj, modality):
    claims = analyse_text(text).claims
    assert _hits(claims, predicate, who, obj, modality), claims


@pytest.mark.parametrize("text,predicate,who,obj,modality", NOT_ROWS)
def test_not_claims(analyse_text, text, predicate, who, obj, modality):
    claims = analyse_text(text).claims
    assert not _hits(claims, predicate, who, obj, modality), claims
