"""Names the small model cuts short: a surname opening with a capitalised particle ("El Kaabi", "Di Maria",
"Al Hassan") whose given name the model leaves out, and a hyphenated given name cut at its hyphen
("Jan-" + "Erik Solberg"). The whole name is one person, so the short name later in the article links to it.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ("Yassine El Mansouri headed the winner in extra time. El Mansouri, 29, had come on as a substitute.",
     ("yassine-el-mansouri", "age", None, "29", "asserted")),
    ("Karim Al Hassan scored for Ajax on Sunday. Al Hassan, 25, is on loan from Porto.",
     ("karim-al-hassan", "age", None, "25", "asserted")),
    ("Ousmane Ben Salem missed the penalty. Ben Salem, 31, joined Lyon from Nice in 2020.",
     ("ousmane-ben-salem", "age", None, "31", "asserted")),
    ("His cousin, Jan-Erik Solberg, also played for Celtic after a spell at Hearts.",
     ("jan-erik-solberg", "player_of", "celtic", None, "asserted")),
    ("His brother, Lars-Erik Holm, also played for Rosenborg.",
     ("lars-erik-holm", "player_of", "rosenborg", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_whole_name_read(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,part", [
    ("Yassine El Mansouri headed the winner in extra time. El Mansouri, 29, had come on as a substitute.", "el-mansouri"),
    ("His cousin, Jan-Erik Solberg, also played for Celtic after a spell at Hearts.", "erik-solberg"),
])
def test_no_person_for_the_part(analyse_text, text, part):
    assert not [c for c in analyse_text(text).claims if c["subject_id"] == part]


def _person_texts(result) -> list[str]:
    return [m["text"] for m in result.mentions if m["label"] == "PERSON"]


@pytest.mark.parametrize("text,word,made", [
    ("Post-Ferguson United have won nothing in the league.", "Post", False),
    ("Real Madrid won El Clasico on Sunday.", "Clasico", False),
    ("His cousin, Jan-Erik Solberg, also played for Celtic.", "Jan", True),  # the control: the rule does fire
])
def test_name_made_only_for_names(analyse_text, text, word, made):
    assert any(word in t for t in _person_texts(analyse_text(text))) == made
