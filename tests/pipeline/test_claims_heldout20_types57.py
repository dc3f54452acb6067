"""Error types of held-out 20 seen once and fixed as general constructions (stop 27, helper rules57).
Sentences written for these tests, with other names, clubs and years than the set's."""
import pytest

from tests.pipeline import test_claims as base

LEEDS = ("Leeds United are champions of England for the first time in 30 years. The title was settled when "
         "Burnley drew 2-2 with Everton at Goodison Park on Monday night. Daniel Farke's {} at a hotel. "
         "Farke, 46, was appointed in July 2023 to replace Sam Allardyce. The German had been sacked by "
         "Norwich City in November 2022, and although he had coached Borussia Monchengladbach and Norwich City, "
         "he had never won a top-flight title. Leeds were bottom in 2021.")

# (text, (subject, predicate, object, value, modality))
ROWS = [
    # a coach's possessive side given a result ("gave X's side a 3-1 win"): the side the sentences are about
    ("Porto are champions of Portugal. Two goals from Mehdi Taremi gave Sergio Conceicao's side a 3-1 win "
     "over Benfica on Sunday.", ("sergio-conceicao", "head_coach_of", "porto", None, "asserted")),
    ("Roma reached the final. Two goals from Tammy Abraham handed Jose Mourinho's team a 2-0 victory over "
     "Leicester City in the semi-final.", ("jose-mourinho", "head_coach_of", "roma", None, "asserted")),
    # "X's players watched": players are a coach's side too
    ("Celtic are champions of Scotland again. Brendan Rodgers's players watched the game together at a "
     "hotel in Glasgow. Rodgers, 50, was appointed Celtic manager in June 2023.", ("brendan-rodgers", "head_coach_of", "celtic", None, "asserted")),
    # "finished second to X, and Y's side lost": not the side ranked above
    ("Yet Kane never won the league. The closest he came was in 2017-18, when Arsenal finished second to "
     "Manchester City, and a year later Mikel Arteta's side lost the FA Cup final to Liverpool.",
     ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
    ("The nearest they came was in 2011, when Napoli finished third behind Juventus, and then Walter "
     "Mazzarri's side lost the cup final.", ("walter-mazzarri", "head_coach_of", "napoli", None, "asserted")),
    # "had been sacked by COUNTRY": the national side he left
    ("Roberto Mancini, 58, was appointed in May 2018. Mancini had been dismissed by Iran in October 2016, "
     "and he had never won a European title.", ("roberto-mancini", "left_role", "iran", None, "asserted")),
    ("Hasek, 50, was appointed in June 2021. Hasek had been sacked by Poland in March 2019 after a home "
     "defeat by Latvia.", ("hasek", "left_role", "poland", None, "asserted")),
    ("Carlos Queiroz was fired by Egypt in 2022.", ("carlos-queiroz", "left_role", "egypt", None, "asserted")),
    # "wants to take X to the World Cup finals": a coach's hope, still a job to come
    ("Gareth Southgate wants to take England to the World Cup finals in 2026.",
     ("gareth-southgate", "appointed", "england", None, "hypothetical")),
    # tables: "finished second to Y" / "second last season, behind Y": Y first
    ("The closest he came was in 2017-18, when Liverpool finished second to Manchester City in the Premier League.",
     ("manchester-city", "league_position", "premier-league", "1", "asserted")),
    ("Ipswich Town finished second last season, behind Leicester City, and then won the play-off final.",
     ("leicester-city", "league_position", None, "1", "asserted")),
    ("Napoli finished second behind Inter in Serie A in 2021.", ("inter-milan", "league_position", "serie-a", "1", "asserted")),
    # "They were bottom of the table": the last place of the club's top flight
    ("A year ago Everton were in a relegation fight. They were bottom of the table in March 2022, won four of "
     "their last six games and finished 16th.", ("everton", "league_position", "premier-league", "20", "asserted")),
    ("Sevilla are in trouble. They were still bottom of the table in November 2019 after a defeat at Getafe, "
     "a year after winning the Europa League.", ("sevilla", "league_position", "la-liga", "20", "asserted")),
    # "Y's CLUB, third,": an aside on the club's place, asserted whatever the clause says after it
    ("Chelsea are champions of England. Mikel Arteta's Arsenal, second, last won the title in 2004.",
     ("arsenal", "league_position", "premier-league", "2", "asserted")),
    ("Inter won Serie A on Sunday. Jose Mourinho's Roma, fourth, have not won it since 2001.",
     ("roma", "league_position", "serie-a", "4", "asserted")),
    # "although he had coached X and Y": earlier jobs; "X's side / players" is the side he was appointed to
    (LEEDS.format("players watched the game together"), ("daniel-farke", "head_coach_of", "leeds-united", None, "asserted")),
    (LEEDS.format("side will celebrate on Saturday"), ("daniel-farke", "head_coach_of", "leeds-united", None, "asserted")),
]

# "although he had coached X and Y": earlier jobs, not the side "his players" / "X's side" are now
NOT_ROWS = [
    ("Celtic are champions of Scotland. Rodgers, 51, was appointed in May 2016 to replace Ronny Deila. "
     "Although he had coached Swansea City and Liverpool, he had never won a league title. "
     "Rodgers's players celebrated at the hotel.", ("rodgers", "head_coach_of", "liverpool")),
    (LEEDS.format("side will celebrate on Saturday"), ("daniel-farke", "head_coach_of", "everton")),
    # "X double seals the title" (a headline): the goals seal it, no title of the scorer's
    ("Wolves are up: Cunha double seals the Championship title\n\nWolves came from behind to beat Hull City 3-1 "
     "on Saturday, clinching the Championship title with a game to spare.", ("cunha", "title_won", "efl-championship")),
    ("Bayern Munich are champions. Kane brace seals the Bundesliga title.", ("kane", "title_won", "bundesliga")),
    # "his ambition to take X to the Premier League": promotion hoped for, no appointment to come
    ("Rob McElhenney has spoken of his ambition to take Wrexham to the Premier League one day.",
     ("rob-mcelhenney", "appointed", "wrexham")),
    ("Tom Wagner has often spoken of his dream to take Birmingham City to the Premier League.",
     ("tom-wagner", "appointed", "birmingham-city")),
    # a lower place says nothing of the side ahead; a side "who won the title" has its title, not a place
    ("Roma finished third behind Juventus in Serie A.", ("juventus", "league_position", "serie-a")),
    ("Feyenoord finished second this season, behind Ajax, who won the title.", ("ajax", "league_position", "eredivisie")),
    # "X's players" of a coach the article ties to no side: no guess from the sides the sentence before names
    ("Burnley drew 2-2 with Everton at Goodison Park on Monday night. Sean Dyche's players watched the game "
     "together at a hotel.", ("sean-dyche", "head_coach_of", "everton")),
    ("Yet Kane never won the league. The closest he came was in 2017-18, when Arsenal finished second to "
     "Manchester City, and a year later Mikel Arteta's side lost the FA Cup final to Liverpool.",
     ("mikel-arteta", "head_coach_of", "manchester-city")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_heldout20_types(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", NOT_ROWS)
def test_heldout20_types_absent(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
