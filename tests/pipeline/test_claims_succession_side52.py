"""Successions whose clause names no side (stop 26): "The <demonym>, a former CLUB midfielder, succeeded X in
YEAR" is the side another sentence of the article has X coach ("Under X, CLUB won ..."), not the article's own club;
"Their coach, Y, succeeded X" at the start of a sentence is the side "their" stands for (the one the sentence before
is about). Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    ('Celtic won the Scottish Cup on Saturday. Celtic beat Rangers 2-1 at Hampden. Celtic manager Brendan Rodgers was delighted. Rangers boss Philippe Clement, 50, had seen his side lose. The Belgian, a former Genk midfielder, succeeded Michael Beale in 2023. Under Beale, Rangers reached the final in 2023.',
     ('philippe-clement', 'appointed', 'rangers', None, "asserted")),
    ('Celtic won the Scottish Cup on Saturday. Celtic beat Rangers 2-1 at Hampden. Celtic manager Brendan Rodgers was delighted. Rangers boss Philippe Clement, 50, had seen his side lose. The Belgian, a former Genk midfielder, succeeded Michael Beale in 2023. Under Beale, Rangers reached the final in 2023.',
     ('michael-beale', 'left_role', 'rangers', None, "asserted")),
    ('Porto won the Portuguese title on Sunday. Porto beat Braga 3-1. Porto coach Sergio Lima was pleased. Braga coach Rui Matos, 47, saw his side fade. The Portuguese, a former Benfica forward, succeeded Nuno Vaz in 2021. Under Vaz, Braga won the Taca da Liga in 2020.',
     ('rui-matos', 'appointed', 'braga', None, "asserted")),
    ('Porto won the Portuguese title on Sunday. Porto beat Braga 3-1. Porto coach Sergio Lima was pleased. Braga coach Rui Matos, 47, saw his side fade. The Portuguese, a former Benfica forward, succeeded Nuno Vaz in 2021. Under Vaz, Braga won the Taca da Liga in 2020.',
     ('nuno-vaz', 'left_role', 'braga', None, "asserted")),
    ('Bayern Munich won the Bundesliga on Saturday. Bayern beat Dortmund 2-0 and Bayern coach Hans Richter was thrilled. Dortmund coach Erik Lund, 44, had seen his side collapse. The Dane, a former Schalke defender, replaced Jens Albrecht in 2022. Under Albrecht, Dortmund won the DFB-Pokal in 2021.',
     ('erik-lund', 'appointed', 'borussia-dortmund', None, "asserted")),
    ('Bayern Munich won the Bundesliga on Saturday. Bayern beat Dortmund 2-0 and Bayern coach Hans Richter was thrilled. Dortmund coach Erik Lund, 44, had seen his side collapse. The Dane, a former Schalke defender, replaced Jens Albrecht in 2022. Under Albrecht, Dortmund won the DFB-Pokal in 2021.',
     ('jens-albrecht', 'left_role', 'borussia-dortmund', None, "asserted")),
    ('Celtic won the Scottish Cup on Saturday. Celtic beat Rangers 2-1 at Hampden. Celtic manager Brendan Rodgers was delighted. Rangers have not won the cup since 2022. Their coach, Philippe Clement, succeeded Michael Beale in October 2023.',
     ('philippe-clement', 'appointed', 'rangers', None, "asserted")),
    ('Celtic won the Scottish Cup on Saturday. Celtic beat Rangers 2-1 at Hampden. Celtic manager Brendan Rodgers was delighted. Rangers have not won the cup since 2022. Their coach, Philippe Clement, succeeded Michael Beale in October 2023.',
     ('michael-beale', 'left_role', 'rangers', None, "asserted")),
    ('Ajax won the Eredivisie on Sunday. Ajax beat Feyenoord 2-0 and Ajax coach Piet Maas was proud. Feyenoord have not won the league since 2017. Their coach, Mark Jansen, succeeded Pieter de Boer in March 2021.',
     ('mark-jansen', 'appointed', 'feyenoord', None, "asserted")),
    ('Ajax won the Eredivisie on Sunday. Ajax beat Feyenoord 2-0 and Ajax coach Piet Maas was proud. Feyenoord have not won the league since 2017. Their coach, Mark Jansen, succeeded Pieter de Boer in March 2021.',
     ('pieter-de-boer', 'left_role', 'feyenoord', None, "asserted")),
    ('Juventus won the Serie A title on Sunday. Juventus beat Napoli 1-0 and Juventus coach Marco Bellini was delighted. Napoli finished second. Their manager, Paolo Conti, replaced Gianni Russo in June 2022.',
     ('paolo-conti', 'appointed', 'napoli', None, "asserted")),
    ('Juventus won the Serie A title on Sunday. Juventus beat Napoli 1-0 and Juventus coach Marco Bellini was delighted. Napoli finished second. Their manager, Paolo Conti, replaced Gianni Russo in June 2022.',
     ('gianni-russo', 'left_role', 'napoli', None, "asserted")),
    ('Lyon won the French Cup on Saturday. Lyon beat Nantes 3-0 and Lyon coach Luc Girard was happy. Nantes have never won the cup. Their coach, Yves Morel, succeeded Alain Roux in 2020.',
     ('yves-morel', 'appointed', 'nantes', None, "asserted")),
    ('Lyon won the French Cup on Saturday. Lyon beat Nantes 3-0 and Lyon coach Luc Girard was happy. Nantes have never won the cup. Their coach, Yves Morel, succeeded Alain Roux in 2020.',
     ('alain-roux', 'left_role', 'nantes', None, "asserted")),
    ('Benfica won the Portuguese Cup on Sunday. Benfica beat Sporting 2-1 and Benfica coach Jorge Mendes Silva was proud. Sporting coach Carlos Pinto, 55, watched his side lose. The former Porto winger succeeded Rui Alves in 2019. Under Alves, Sporting won the title in 2018.',
     ('carlos-pinto', 'appointed', 'sporting-cp', None, "asserted")),
    ('Benfica won the Portuguese Cup on Sunday. Benfica beat Sporting 2-1 and Benfica coach Jorge Mendes Silva was proud. Sporting coach Carlos Pinto, 55, watched his side lose. The former Porto winger succeeded Rui Alves in 2019. Under Alves, Sporting won the title in 2018.',
     ('rui-alves', 'left_role', 'sporting-cp', None, "asserted")),
]

NOT_ROWS = [
    # the one succeeded has a relative clause on his job now: no side read from it (the article's own stays)
    ("Celtic won the Scottish Cup on Saturday. Celtic beat Rangers 2-1. Rangers boss Philippe Clement was unhappy. "
     "Celtic manager Tom Barr succeeded Michael Beale, who left to take over at Rangers. Under Beale, Rangers won in 2023.",
     "tom-barr", "rangers"),
    # the clause before names the side of the succession: that one, not the side of the one succeeded
    ("Rangers lost the final. Under Michael Beale, Rangers won the cup in 2023. Hibernian named Tom Barr as their "
     "next manager on Monday, and he will succeed Michael Beale in June.", "tom-barr", "rangers"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_succession_side(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,team", NOT_ROWS)
def test_no_succession_side_guessed(analyse_text, text, subject, team):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "appointed"
                and c["object_id"] == team], claims
