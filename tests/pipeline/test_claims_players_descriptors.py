"""Players and their descriptors (stop 22): a word of a club's name the model took for a place, a captain
named after a clause whose subject owns them ("will be without captain X"), a club's possessive role in an
apposition that goes on with "and", a country's possessive record noun ("Wales's record scorer"), two-word
demonyms after "the" ("The South Korean, 24,"), a demonym apposition with a participle after it ("a Czech
born in Kolin"), an age at a retirement just gone ("retired last week at 36"), and a move to come ("will play
for X") that is no current club. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    # an age in brackets after a role in an apposition ("X, CLUB's captain (35),")
    ("Mark Noble, the West Ham captain (33), was booked.", ("mark-noble", "age", None, "33", "asserted")),
    ("Pedro Rocha, Getafe's experienced striker (31), scored twice.", ("pedro-rocha", "age", None, "31", "asserted")),
    ("Pedro Rocha, Getafe's experienced striker (31), scored twice.",
     ("pedro-rocha", "player_of", "getafe", None, "asserted")),
    ("Ian Moss, Hull City's goalkeeper (29), kept a clean sheet.", ("ian-moss", "player_of", "hull-city", None, "asserted")),
    ("Ian Moss, Hull City's goalkeeper (29), kept a clean sheet.", ("ian-moss", "age", None, "29", "asserted")),
    # a captain named after a clause whose subject (a side, or a coach with a side) is without / misses them
    ("Hull City lost to Derby County. Derby County beat Hull City again. Tom Riley, the Hull City coach, spoke. "
     "Riley will again be without captain Ian Moss on Saturday.",
     ("ian-moss", "player_of", "hull-city", None, "asserted")),
    ("Everton drew with Leeds United, and Leeds United then beat Everton. Everton will miss captain Tom Brady "
     "for a month.", ("tom-brady", "player_of", "everton", None, "asserted")),
    ("Blackburn Rovers beat Bolton Wanderers. Bolton Wanderers lost to Blackburn Rovers twice. Bolton Wanderers "
     "have lost skipper Anna Berg to injury.", ("anna-berg", "player_of", "bolton-wanderers", None, "asserted")),
    ("Lens beat Nice. Nice beat Lens. Lens welcome back captain Paul Ribet after suspension.",
     ("paul-ribet", "player_of", "lens", None, "asserted")),
    # a club's possessive role noun in an apposition that goes on with "and"
    ("Rafa Moreno, Sevilla's goalkeeper and best player, signed a new deal.",
     ("rafa-moreno", "player_of", "sevilla", None, "asserted")),
    ("Colin Ash, Burnley's captain and longest-serving player, will leave in June.",
     ("colin-ash", "player_of", "burnley", None, "asserted")),
    ("Emma Lund, Chelsea's striker and top scorer this season, was rested.",
     ("emma-lund", "player_of", "chelsea", None, "asserted")),
    # a country's possessive record noun: a nationality
    ("Tom Reyes, Wales's record scorer, signed a new deal with Swansea City.",
     ("tom-reyes", "nationality", "", "Wales", "asserted")),
    ("Marta Lind, Sweden's most-capped player, scored twice.", ("marta-lind", "nationality", "", "Sweden", "asserted")),
    ("Jan Kowal, Arsenal's striker and Poland's top scorer with 30 goals, is injured.",
     ("jan-kowal", "nationality", "", "Poland", "asserted")),
    # a two-word demonym after "the", with an age in apposition
    ("Lothar Brandt was replaced after an hour. The East German, 31, left without a word.",
     ("lothar-brandt", "nationality", "", "East Germany", "asserted")),
    ("Lothar Brandt was replaced after an hour. The East German, 31, left without a word.",
     ("lothar-brandt", "age", "", "31", "asserted")),
    ("Kim Dae-ho missed the game. The South Korean, 24, has a hamstring strain.",
     ("kim-dae-ho", "nationality", "", "South Korea", "asserted")),
    ("Kim Dae-ho missed the game. The South Korean, 24, has a hamstring strain.",
     ("kim-dae-ho", "age", "", "24", "asserted")),
    # a demonym apposition with a participle after it
    ("Pavel Novak, a Czech born in Kolin, starts work in June.",
     ("pavel-novak", "nationality", "", "Czech Republic", "asserted")),
    ("Ana Ruiz, a Chilean raised in Madrid, joined Levante.", ("ana-ruiz", "nationality", "", "Chile", "asserted")),
    # an age at a retirement just gone
    ("Nora Falk, Fulham's left-back and Norway's most-capped player, retired last week at 36.",
     ("nora-falk", "age", "", "36", "asserted")),
    ("Peter Holm retired at the age of 34.", ("peter-holm", "age", "", "34", "asserted")),
    # "will play for": a move to come, from the club left
    ("Paulo Dybek left Benfica in May and will play for Fenerbahce from July.",
     ("paulo-dybek", "transfer", "fenerbahce", "benfica", "asserted")),
    ("Ben Carter, who left Leeds United in June, will now play for Celtic.",
     ("ben-carter", "transfer", "celtic", "leeds-united", "asserted")),
    # ... and with no club named before "left": the side the text is about
    ("Porto lost again on Sunday. Their top scorer Tomas Lindqvist left as a free agent and will play for Celtic.",
     ("tomas-lindqvist", "transfer", "celtic", "porto", "asserted")),
    # an age between the name and the club's possessive role
    ("Karl Weber, 29, Dortmund's right-back, was sent off in the first half.",
     ("karl-weber", "player_of", "borussia-dortmund", None, "asserted")),
    ("Sven Olsen, 27, Rosenborg's striker, scored twice.",
     ("sven-olsen", "player_of", "rosenborg", None, "asserted")),
    ("The defender Luca Conti, 24, Torino's centre-back, was booked.",
     ("luca-conti", "player_of", "torino", None, "asserted")),
    # "the tallest player in the X side": a member of that side
    ("Hans Vogel, the tallest player in the Hamburg side, headed the winner.",
     ("hans-vogel", "player_of", "hamburger-sv", None, "asserted")),
    ("Pia Sundin, 36, the most experienced player in the Rosenborg squad, came off the bench.",
     ("pia-sundin", "player_of", "rosenborg", None, "asserted")),
    ("Peter Sandberg was the youngest player in the Aston Villa team that won the cup.",
     ("peter-sandberg", "player_of", "aston-villa", None, "asserted")),
    ("Oscar Lind, the only left-footed player in the Celtic team, limped off.",
     ("oscar-lind", "player_of", "celtic", None, "asserted")),
    # "X, the 26-year-old Welsh winger COACH brought from Y,": the descriptor is X's, the coach the clause's
    ("Sean Dyche spoke after the game. Carl Moss, the 26-year-old Welsh winger Dyche brought from Burnley "
     "in 2019, limped off.", ("carl-moss", "age", "", "26", "asserted")),
    ("Sean Dyche spoke after the game. Carl Moss, the 26-year-old Welsh winger Dyche brought from Burnley "
     "in 2019, limped off.", ("carl-moss", "nationality", "", "Wales", "asserted")),
    ("Jose Mourinho made changes. Luis Ortega, the 27-year-old Spanish defender Mourinho bought from Sevilla, "
     "was dropped.", ("luis-ortega", "age", "", "27", "asserted")),
]

NOT_ROWS = [
    # a move to come is no current club
    ("Paulo Dybek left Benfica in May and will play for Fenerbahce from July.", "player_of", "fenerbahce"),
    ("Sara Holm will play for Lyon next season after leaving Chelsea.", "player_of", "olympique-lyonnais"),
    # a retirement with a year in between: an age then, not now
    ("The veteran Mark Dunn retired in 2011 at 37.", "age", ""),
    # a club's own record scorer is no nationality
    ("Tom Reyes, Arsenal's record scorer, signed a new deal.", "nationality", ""),
    # ... and the coach who brought him is not of that nationality
    ("Sean Dyche spoke after the game. Carl Moss, the 26-year-old Welsh winger Dyche brought from Burnley "
     "in 2019, limped off.", "nationality", None, "sean-dyche"),
    ("Jose Mourinho made changes. Luis Ortega, the 27-year-old Spanish defender Mourinho bought from Sevilla, "
     "was dropped.", "nationality", None, "jose-mourinho"),
    # a former captain of a side is no member now
    ("Tom Weber, the former captain of the Everton side, now coaches children.", "player_of", "everton"),
    # a captain after a verb whose subject owns no side, though the text names sides
    ("Everton drew with Leeds United. It will miss captain Tom Brady for a month.", "player_of", None),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_player_descriptors(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("row", NOT_ROWS)
def test_player_descriptors_not_claims(analyse_text, row):
    text, predicate, obj, who = (*row, None) if len(row) == 3 else row
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and (obj is None or c["object_id"] == obj)
                and (who is None or c["subject_id"] == who)], claims


#: (text, word, club): one word of the name of a club the article names in full, which the model took for a
#: place and the gazetteer knows as no town, is that club; after "in", or before "-born", it stays the place
CLUB_WORDS = [
    ("Sparta Rotterdam drew 1-1 at home. Sparta had hit the post twice before the break.", "Sparta",
     "sparta-rotterdam"),
    ("Rapid Vienna lost the derby on Sunday. Rapid's young strikers never found a way through.", "Rapid",
     "rapid-vienna"),
    ("Holstein Kiel were relegated in May. Holstein had won only five games all season.", "Holstein", "holstein-kiel"),
    ("Ludogorets Razgrad won the title again. Razgrad's captain Ivan Petkov lifted the trophy.", "Razgrad",
     "ludogorets"),
    ("Dinamo Zagreb won the cup on Saturday. Fans celebrated in Zagreb until dawn.", "Zagreb", None),
    ("Dinamo Zagreb won the cup on Saturday. The Zagreb-born striker scored twice.", "Zagreb", None),
]


def _ids_at_second(res, text: str, word: str) -> list[str]:
    second = text.index(". ") + 2 + text[text.index(". ") + 2:].index(word)
    return [m["entity_id"] for m in res.mentions if m["start_char"] == second and m["label"] == "TEAM"]


@pytest.mark.parametrize("text,word,club", CLUB_WORDS)
def test_club_word_read_as_a_place(analyse_text, text, word, club):
    res = analyse_text(text)
    assert _ids_at_second(res, text, word) == ([club] if club else []), res.mentions
