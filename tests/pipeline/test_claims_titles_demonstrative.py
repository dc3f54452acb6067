""""it" after "this competition" is the competition the article is about, not a cup the sentence named before;
"a major trophy ..., the X" is X. Sentences written for these tests."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("# Inter win the Champions League in Madrid\n\nMarco Ferri, 58, was gracious in defeat. He had already won "
     "the Bundesliga and the German Cup with Bayern Munich, and he won this competition with Ajax in 1995. Bayern "
     "last won it in 2001.", ("bayern-munich", "title_won", "uefa-champions-league", None, "asserted")),
    # "this competition" itself is the article's competition, not the cup the sentence named before it
    ("# Inter win the Champions League in Madrid\n\nMarco Ferri, 58, was gracious in defeat. He had already won "
     "the Bundesliga and the German Cup with Bayern Munich, and he won this competition with Ajax in 1995. Bayern "
     "last won it in 2001.", ("marco-ferri", "title_won", "uefa-champions-league", "1995", "asserted")),
    ("Luca Bassi joined Bayern Munich in 2023 and finally won a major trophy last season, the Bundesliga.",
     ("luca-bassi", "title_won", "bundesliga", None, "asserted")),
    ("Anna Berg moved to Lyon in 2019 and won a first trophy in May, the Coupe de France.",
     ("anna-berg", "title_won", "coupe-de-france", None, "asserted")),
]

NOT_ROWS = [
    ("# Inter win the Champions League in Madrid\n\nMarco Ferri, 58, was gracious in defeat. He had already won "
     "the Bundesliga and the German Cup with Bayern Munich, and he won this competition with Ajax in 1995. Bayern "
     "last won it in 2001.", ("bayern-munich", "title_won", "dfb-pokal")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_demonstrative_and_apposed_titles(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", NOT_ROWS)
def test_it_is_not_the_cup_before(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


@pytest.mark.parametrize("text,expected", [
    # a shield named by the rule's own words is what was won; "never been champions" after a shield is the play-off title
    ("Inter Miami are Supporters' Shield champions after a 2-0 win on Saturday.",
     ("inter-miami", "title_won", "mls-supporters-shield", None, "asserted")),
    ("Orlando Pride won the NWSL Shield in 2024, but they have never been champions.",
     ("orlando-pride", "title_won", "nwsl", None, "negated")),
])
def test_shield_or_play_off_title(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_lead_retained_is_no_title(analyse_text):
    """"could not retain it" after a lead, a place or a record is no title."""
    text = "# Chelsea win the FA Cup\n\nArsenal took the lead after ten minutes but could not retain it."
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == "arsenal"], claims
