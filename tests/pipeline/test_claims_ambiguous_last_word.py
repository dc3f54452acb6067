"""A club's generic last word alone ("United", "City") when the article names two clubs with that word
is the one club the same sentence names in full before it ("an assistant at X City, the season in which
City won ..."); two such clubs in the sentence leave it alone. Sentences written for these tests, not
taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

UNITED = ("West Ham United sacked Tom Reed in May. Marco Rossi was an assistant coach at Manchester United in "
          "2017-18, the season in which United won the FA Cup.")
CITY = ("Leicester City sacked Tom Reed in May. Luis Ortega was an assistant coach at Manchester City in 2020-21, "
        "a year in which City lifted the League Cup and the Premier League.")
HULL = ("Hull City sacked Tom Reed in March. Ivan Petrov joined Stoke City in 2011, the year in which City "
        "won the FA Cup.")
LEEDS = ("Newcastle United beat Chelsea. Pavel Novak was a coach at Leeds United in 2019-20, the season in "
         "which United won the Championship.")

ROWS = [
    (UNITED, ("manchester-united", "title_won", "fa-cup", None, "asserted")),
    (CITY, ("manchester-city", "title_won", "premier-league", None, "asserted")),
    (CITY, ("manchester-city", "title_won", "efl-cup", None, "asserted")),
    (HULL, ("stoke-city", "title_won", "fa-cup", None, "asserted")),
    (LEEDS, ("leeds-united", "title_won", "efl-championship", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_last_word_is_the_club_named_in_the_sentence(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


ABSENT = [
    (UNITED, "marco-rossi"),
    (CITY, "luis-ortega"),
    (HULL, "ivan-petrov"),
    (LEEDS, "pavel-novak"),
    # two clubs with the word in the sentence: "United" is neither
    ("Sheffield United sold Jonas Lind to Newcastle United in 2019, and United won the FA Cup in 2020.",
     "jonas-lind"),
]


@pytest.mark.parametrize("text,person", ABSENT)
def test_the_person_of_the_sentence_gets_no_club_title(analyse_text, text, person):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == person and c["predicate"] == "title_won"], claims


@pytest.mark.xfail(strict=True, reason="known gap: the clause's bare 'United' falls back to the sentence's "
                                       "subject club (sheffield-united gets title_won fa-cup 2020)")
def test_last_word_of_two_clubs_is_neither(analyse_text):
    claims = analyse_text(ABSENT[-1][0]).claims
    assert not [c for c in claims if c["subject_id"] in {"sheffield-united", "newcastle-united"}
                and c["predicate"] == "title_won" and c["object_id"] == "fa-cup"], claims
