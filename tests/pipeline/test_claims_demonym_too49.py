"""A person's nationality from an apposition with a demonym noun followed by "too" or "also" ("X, a
Spaniard too, scored") (stop 24 helper). Sentences written for these tests, not taken from the gold
articles."""
import pytest

# (text, subject, country)
ROWS = [
    ("Chelsea won 2-0. Juan Mata, a Spaniard too, made both goals.", "juan-mata", "Spain"),
    ("Lyon drew. Alexandre Lacazette, a Frenchman too, hit the bar.", "alexandre-lacazette", "France"),
    ("Casemiro, a Brazilian too, headed the winner for Manchester United.", "casemiro", "Brazil"),
    ("Celtic won. Kyogo Furuhashi, a Japanese also, scored.", "kyogo-furuhashi", "Japan"),
    ("Inter lost. Lautaro Martinez, an Argentine too, missed a penalty.", "lautaro-martinez", "Argentina"),
    ("Ajax won. Dusan Tadic, a Serbian too, scored.", "dusan-tadic", "Serbia"),
    ("Napoli won. Victor Osimhen, a Nigerian too, scored twice.", "victor-osimhen", "Nigeria"),
    ("Benfica drew. Angel Di Maria, an Argentinian too, was booked.", "angel-di-maria", "Argentina"),
    ("Roma won. Paulo Dybala, an Argentine, scored.", "paulo-dybala", "Argentina"),
]
# (text, subject, a claim the sentence does give the subject): "too" here begins another phrase
NOT_ROWS = [
    ("Real Madrid won 2-0. Vinicius Junior, 24, a Brazilian too quick for any full-back, scored both.",
     "vinicius-junior", "age"),
    ("Real Madrid's Vinicius Junior, a Brazilian too quick for any full-back, scored both goals.",
     "vinicius-junior", "player_of"),
]


@pytest.mark.parametrize("text,who,country", ROWS)
def test_nationality(analyse_text, text, who, country):
    claims = analyse_text(text).claims
    assert [c for c in claims if c["predicate"] == "nationality" and c["subject_id"] == who
            and c["value"] == country], claims


@pytest.mark.parametrize("text,who,other", NOT_ROWS)
def test_not_read_on(analyse_text, text, who, other):
    # "a Brazilian too quick ...": "too" begins another phrase; the demonym still names his country,
    # so a nationality claim is fine, but never a value other than the country. The sentence must
    # first be read at all: the person has the other claim it gives, so the check below is not vacuous.
    claims = analyse_text(text).claims
    assert [c for c in claims if c["subject_id"] == who and c["predicate"] == other], claims
    nationality = [c for c in claims if c["predicate"] == "nationality" and c["subject_id"] == who]
    assert all(c["value"] == "Brazil" for c in nationality), nationality
