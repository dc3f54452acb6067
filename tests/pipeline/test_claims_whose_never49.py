"""A club's title is the club's even when an apposition names its manager with "whose", and a trophy
lifted is not the competition named after it in a negated clause (stop 24 helper). Sentences written
for these tests, not taken from the gold articles."""
import pytest

# (text, predicate, subject, object or None, modality or None): such a claim exists
ROWS = [
    ("Getafe, whose coach Pepe Bordalas once played for them, have never won the Copa del Rey.",
     "title_won", "getafe", "copa-del-rey", "negated"),
    ("Stoke, whose manager Tony Pulis once played in a League Cup final for them, have never won the trophy.",
     "title_won", "stoke-city", None, "negated"),
    ("Steven Gerrard, the Liverpool captain, lifted the trophy at Wembley, but he has never won the Premier League.",
     "title_won", "steven-gerrard", "premier-league", "negated"),
]

# (text, predicate, subject, object or None, modality or None): no such claim
NOT_ROWS = [
    ("Getafe, whose coach Pepe Bordalas once played for them, have never won the Copa del Rey.",
     "title_won", "pepe-bordalas", None, None),
    ("Stoke, whose manager Tony Pulis once played in a League Cup final for them, have never won the trophy.",
     "title_won", "tony-pulis", None, None),
    ("Steven Gerrard, the Liverpool captain, lifted the trophy at Wembley, but he has never won the Premier League.",
     "title_won", "steven-gerrard", "premier-league", "asserted"),
    ("Marcus Rashford lifted the trophy in Budapest, yet he has never won the Premier League.",
     "title_won", "marcus-rashford", "premier-league", "asserted"),
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
