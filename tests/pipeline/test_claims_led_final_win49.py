"""A coach who led a club (named, or "the club") to a win over another side in a competition's final
gives the club the title (stop 24 helper); a win in a semi-final, a league game or a group stage is no
title, and the beaten finalist gets none. Sentences written for
these tests, not taken from the gold articles."""
import pytest

# (text, subject, object): a title_won claim
ROWS = [
    ("In Madrid in 2019, Jurgen Klopp led Liverpool to a 2-0 win over Tottenham in the Champions League final.",
     "liverpool", "uefa-champions-league"),
    ("Rafael Benitez guided Liverpool to victory over Milan in the Champions League final.",
     "liverpool", "uefa-champions-league"),
    ("Unai Emery, hired by Sevilla in 2013, went on to lead the club to a 3-1 win over Liverpool in the "
     "Europa League final.", "sevilla", "uefa-europa-league"),
    ("Arsene Wenger steered Arsenal to a 2-0 win over Chelsea in the FA Cup final.", "arsenal", "fa-cup"),
    ("Jose Mourinho guided Porto to a 3-0 victory over Monaco in the Champions League final.",
     "porto", "uefa-champions-league"),
    ("Atletico Madrid hired Diego Simeone in 2011, and he led the side to a 3-0 win against Athletic Bilbao "
     "in the Europa League final.", "atletico-madrid", "uefa-europa-league"),
]
MORE_NOT_ROWS = [
    ("Pep Guardiola led Manchester City to a 4-0 win over Watford in the FA Cup semi-final.", "manchester-city"),
    ("Carlo Ancelotti led Real Madrid to a 2-1 win over Barcelona in the league.", "real-madrid"),
]
NOT_ROWS = MORE_NOT_ROWS + [
    ("Zinedine Zidane led Real Madrid to a 3-1 win over Juventus in the Champions League group stage.", "real-madrid"),
    ("Zinedine Zidane led Real Madrid to a 3-1 win over Juventus in the Champions League final.", "juventus"),
]


@pytest.mark.parametrize("text,who,obj", ROWS)
def test_title(analyse_text, text, who, obj):
    claims = analyse_text(text).claims
    assert [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == who
            and c["object_id"] == obj and c["modality"] == "asserted"], claims


@pytest.mark.parametrize("text,who", NOT_ROWS)
def test_no_title(analyse_text, text, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == who], claims
