"""Guards on the claim rules: words that look like a rule's but say something else ("in the final
minute", "the play-off final", another person's retirement, a national side one "will play for"),
names of two words or more after a descriptor, and a captain's side known only from his coach.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a descriptor before a relative clause whose subject has a two-word name: the descriptor is the first person's
    ("Ivo Marin, the 27-year-old Croatian winger Jonas Berger bought from Rijeka, limped off.",
     ("ivo-marin", "age", None, "27", "asserted")),
    # a nationality before a name that opens a sentence's main clause, with no apposition before it
    ("On Monday, the Brazilian forward Paulo Dias arrived from Porto.",
     ("paulo-dias", "nationality", None, "Brazil", "asserted")),
    # a captain's side known only as the side the subject coaches
    ("Hull City appointed Tom Riley as head coach in May. Riley will be without captain Ian Moss on Saturday.",
     ("ian-moss", "player_of", "hull-city", None, "asserted")),
    # a coach's move, another person's retirement in the same sentence
    ("Marco Rossi managed Torino for five years. Rossi left Torino for Genoa in 2009, the summer Luis Ortega retired.",
     ("marco-rossi", "appointed", "genoa", None, "asserted")),
]

NOT_ROWS = [
    ("Ivo Marin, the 27-year-old Croatian winger Jonas Berger bought from Rijeka, limped off.", "jonas-berger", "age"),
    ("Burnley were beaten by Fulham in the final minute on Saturday.", "fulham", "title_won"),
    ("Burnley, who had beaten them in the final seconds of the derby, were relegated.", "burnley", "title_won"),
    ("Marco Rossi scored in the play-off final, won by Leeds United.", "leeds-united", "title_won"),
    ("Marco Rossi managed Torino for five years. Rossi left Torino for Genoa in 2009, the summer Luis Ortega retired.",
     "marco-rossi", "transfer"),
    ("Luis Ortega will play for Spain at the World Cup.", "luis-ortega", "transfer"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_guarded_claims_found(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate", NOT_ROWS)
def test_guarded_not_claims(analyse_text, text, subject, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and c["modality"] == "asserted"], claims


@pytest.mark.parametrize("text,word", [
    # a word of a national side's name is no club word for a place the model tagged
    ("South Korea drew with Japan in Seoul. Fans in the South were furious.", "South"),
])
def test_a_national_sides_word_is_no_club(analyse_text, text, word):
    res = analyse_text(text)
    at = text.index(". ") + 2 + text[text.index(". ") + 2:].index(word)
    assert not [m for m in res.mentions if m["start_char"] == at and m["entity_id"] == "south-korea"], res.mentions
