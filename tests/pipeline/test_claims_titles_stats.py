"""Titles, career totals, table places and tenures in other words: "was a world champion in 2006",
"are champions of the Bundesliga", "lost the 2016 and 2017 finals to X", "the UEFA Women's Cup",
"capped 56 times by Italy", "his 902nd and final appearance for the club", "leaves with 206 goals",
"N goals in M internationals" of a national manager, "X, runners-up in the league", "lasted two
seasons at X". Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # "was a world champion": the World Cup, the women's one in an article about women's football
    ("Thomas Muller became a world champion in 2014.",
     ("thomas-muller", "title_won", "fifa-world-cup", "2014", "asserted")),
    ("Andrea Pirlo was a world champion in 2006 and won the Champions League twice with AC Milan.",
     ("andrea-pirlo", "title_won", "fifa-world-cup", "2006", "asserted")),
    ("Dzsenifer Marozsan, who plays for Lyon Women, was a world champion in 2007.",
     ("dzsenifer-marozsan", "title_won", "fifa-women-s-world-cup", "2007", "asserted")),
    # "X are champions of the Y"
    ("Bayern Munich were champions of the Bundesliga again last season.",
     ("bayern-munich", "title_won", "bundesliga", None, "asserted")),
    ("Napoli are champions of Serie A for the first time since 1990.",
     ("napoli", "title_won", "serie-a", None, "asserted")),
    # "lost the 2016 and 2017 finals to X": X won each
    ("Portland Thorns reached three finals but lost the 2016 and 2017 finals to North Carolina Courage.",
     ("north-carolina-courage", "title_won", None, "2016", "asserted")),
    ("Portland Thorns reached three finals but lost the 2016 and 2017 finals to North Carolina Courage.",
     ("north-carolina-courage", "title_won", None, "2017", "asserted")),
    # the old name of the Women's Champions League
    ("Kim Little won the UEFA Women's Cup in 2007 with Arsenal.",
     ("kim-little", "title_won", "uefa-women-s-champions-league", "2007", "asserted")),
    # caps and goals in other words
    ("Roberto Baggio was capped 56 times by Italy.",
     ("roberto-baggio", "career_appearances", "italy", "56", "asserted")),
    ("Ryan Giggs, capped 64 times for Wales, retired in 2014.",
     ("ryan-giggs", "career_appearances", "wales", "64", "asserted")),
    ("The Spaniard Xavi Hernandez was capped 133 times.",
     ("xavi", "career_appearances", "spain", "133", "asserted")),
    ("Steven Gerrard made his 710th and final appearance for Liverpool in May 2015.",
     ("steven-gerrard", "career_appearances", "liverpool", "710", "asserted")),
    ("Paolo Maldini left AC Milan in 2009. Maldini made his 902nd and final appearance for the club on Sunday.",
     ("paolo-maldini", "career_appearances", "ac-milan", "902", "asserted")),
    ("Alan Shearer retired in 2006. Shearer leaves Newcastle United with 206 goals.",
     ("alan-shearer", "career_goals", "newcastle-united", "206", "asserted")),
    # goals in internationals of a national manager whose nationality the article never states
    ("Kevin Keegan resigned as England manager on Saturday. He scored 21 goals in 63 internationals.",
     ("kevin-keegan", "career_goals", "england", "21", "asserted")),
    ("Rudi Voller was appointed Germany coach in July. He scored 47 goals in 90 internationals.",
     ("rudi-voller", "career_appearances", "germany", "90", "asserted")),
    # runners-up in an aside: second in the table
    ("Rangers, runners-up in the league this season, sold their captain.",
     ("rangers", "league_position", None, "2", "asserted")),
    ("Leverkusen, runners-up in the Bundesliga last season, sold their striker.",
     ("bayer-leverkusen", "league_position", "bundesliga", "2", "asserted")),
    # "behind champions X": X won the league
    ("Chelsea finished third last season, nine points behind champions Manchester City.",
     ("manchester-city", "title_won", None, None, "asserted")),
    # "have never been champions": negated
    ("Burnley have reached two finals but have never been champions.",
     ("burnley", "title_won", None, None, "negated")),
    # "X, whom he led to the Y": X won it, and he coached X
    ("Alex Ferguson first made his name at Aberdeen, whom he led to the Scottish Cup in 1982.",
     ("aberdeen", "title_won", "scottish-cup", "1982", "asserted")),
    ("Alex Ferguson first made his name at Aberdeen, whom he led to the Scottish Cup in 1982.",
     ("alex-ferguson", "head_coach_of", "aberdeen", None, "asserted")),
    ("Brian Clough later moved to Nottingham Forest, whom he guided to the European Cup in 1979 and 1980.",
     ("nottingham-forest", "title_won", "uefa-champions-league", "1980", "asserted")),
    # a title in the passive: the side after "by", else the club the article is about
    ("Porto beat Benfica on Sunday. Porto have won everything this season. The Taca de Portugal was won against "
     "Braga in May, and the championship was retained with a draw at Sporting.",
     ("porto", "title_won", "taca-de-portugal", None, "asserted")),
    ("Porto drew 1-1 with Sporting on Sunday, and Porto fans invaded the pitch. The championship was retained with "
     "that draw at Alvalade.",
     ("porto", "title_won", "primeira-liga", None, "asserted")),
    ("Everton lost to Liverpool. The FA Cup was won by Liverpool in 1986.",
     ("liverpool", "title_won", "fa-cup", "1986", "asserted")),
    # "X were beaten in the Y final": the side after "by", else the club the article is about
    ("Celtic beat Rangers on Saturday, and Celtic fans celebrated. Hearts were beaten 2-0 in the Scottish Cup final "
     "last month.", ("celtic", "title_won", "scottish-cup", None, "asserted")),
    ("Liverpool won again. Everton were beaten in the FA Cup final by Liverpool in 1986.",
     ("liverpool", "title_won", "fa-cup", "1986", "asserted")),
    # "had won them the trophy in 1989 and 1990": the side "them" stands for, the competition of the article
    ("Milan lost the European Cup final in Athens. It was the attacking style that had won them the trophy in 1989 "
     "and 1990.", ("ac-milan", "title_won", "uefa-champions-league", "1990", "asserted")),
    ("Benfica reached the European Cup final again. For an hour Bela Guttmann's side played the football that had won "
     "them the trophy in 1961 and 1962.", ("benfica", "title_won", "uefa-champions-league", "1961", "asserted")),
    # "lasted two seasons at X"
    ("Claudio Ranieri was sacked by Fulham. He lasted only two seasons at Leicester City.",
     ("claudio-ranieri", "tenure_length", "leicester-city", "2", "asserted")),
]

# "who was sacked after one season", "after a single season at X", "after four years at X": the years at the club
TENURE_ROWS = [
    ("Thomas Tuchel was appointed PSG coach in July 2020, replacing Unai Emery, who was sacked after two seasons.",
     ("unai-emery", "tenure_length", "paris-saint-germain", "2", "asserted")),
    ("Sevilla confirmed Julen Lopetegui as coach on Monday, replacing Pablo Machin, who had been sacked after one "
     "season.", ("pablo-machin", "tenure_length", "sevilla", "1", "asserted")),
    ("Roma named Jose Mourinho coach, replacing Paulo Fonseca, who left after two seasons.",
     ("paulo-fonseca", "tenure_length", "roma", "2", "asserted")),
    ("Brendan Rodgers was appointed in May 2016, after a single season at Swansea City.",
     ("brendan-rodgers", "tenure_length", "swansea-city", "1", "asserted")),
    ("Roberto Martinez joined Everton in 2013 after four years at Wigan Athletic.",
     ("roberto-martinez", "tenure_length", "wigan-athletic", "4", "asserted")),
    ("Mauricio Pochettino moved to Tottenham Hotspur after one season with Southampton.",
     ("mauricio-pochettino", "tenure_length", "southampton", "1", "asserted")),
]

NOT_ROWS = [
    # no club named anywhere: no tenure to guess
    ("Marco Rossi, who left after six years, was replaced by Luis Ortega.", "marco-rossi", "tenure_length"),
    # "to become world champions" is the side's title, not the coach's of the sentence before
    ("Jorge Ortiz had been under pressure since the final, where Spain beat England 1-0 to become world champions.",
     "jorge-ortiz", "title_won"),
    ("Hearts, runners-up in the Scottish Cup, were beaten on Saturday.", "hearts", "league_position"),
    # a coach who made his name at the club he led: no playing spell there
    ("Alex Ferguson first made his name at Aberdeen, whom he led to the Scottish Cup in 1982.", "alex-ferguson",
     "player_of"),
    ("Everton lost to Liverpool. The FA Cup was won by Liverpool in 1986.", "everton", "title_won"),
    ("Liverpool won again. Everton were beaten in the FA Cup final by Liverpool in 1986.", "everton", "title_won"),
    ("Marco Rossi, who played for Torino, was never a world champion.", "marco-rossi", "title_won"),
    # goals a side let in are no one's tally
    ("Marco Rossi took over in March. Fulham have conceded 41 goals in 19 matches.", "marco-rossi", "career_goals"),
    ("Jonas Berger is under pressure. Ajax have shipped 31 goals in 20 matches.", "jonas-berger", "career_appearances"),
]


@pytest.mark.parametrize("text,expected", ROWS + TENURE_ROWS)
def test_titles_and_totals_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate", NOT_ROWS)
def test_titles_and_totals_in_other_words_not_claims(analyse_text, text, subject, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and c["modality"] == "asserted"], claims


# titles never won: each of a list joined by "or", and "never won it" with no year
NEGATED_ROWS = [
    ("Mauricio Pochettino never won the Premier League or the FA Cup at Tottenham.",
     ("mauricio-pochettino", "title_won", "fa-cup", "", "negated")),
    ("Mauricio Pochettino never won the Premier League or the FA Cup at Tottenham.",
     ("mauricio-pochettino", "title_won", "premier-league", "", "negated")),
    ("Arsene Wenger never won the Champions League or the Europa League with Arsenal.",
     ("arsene-wenger", "title_won", "uefa-europa-league", "", "negated")),
    ("Atletico Madrid have never won the Champions League or the Club World Cup.",
     ("atletico-madrid", "title_won", "fifa-club-world-cup", "", "negated")),
    ("Arsenal reached the Champions League final in 2006. It is the trophy the owners want most: Arsenal have never "
     "won it.", ("arsenal", "title_won", "uefa-champions-league", "", "negated")),
    ("Tottenham Hotspur lost the Champions League final in 2019. Tottenham Hotspur have never won it.",
     ("tottenham-hotspur", "title_won", "uefa-champions-league", "", "negated")),
]

NEGATED_NOT_ROWS = [
    # "or" lists only a title never won; a title won is one competition
    ("Jurgen Klopp won the Premier League or the FA Cup, depending on the year.", "jurgen-klopp", "fa-cup"),
    # "won it 2-1": a match, no title
    ("Arsenal played Chelsea in the FA Cup on Sunday and won it 2-1.", "arsenal", "fa-cup"),
]


@pytest.mark.parametrize("text,expected", NEGATED_ROWS)
def test_titles_never_won(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,competition", NEGATED_NOT_ROWS)
def test_titles_never_won_not_claims(analyse_text, text, subject, competition):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"
                and c["object_id"] == competition and c["modality"] == "asserted"], claims


# a league title the words do not name: the top flight of the country the words name, else of the
# club's country, in the title's season (models/domestic_leagues.csv); a women's side's is the women's league
DOMESTIC_ROWS = [
    ("Blackburn Rovers won the 1994-95 title on the last day.",
     ("blackburn-rovers", "title_won", "premier-league", "1994-95", "asserted")),
    ("Howard Wilkinson led Leeds United to the league title in 1992.",
     ("leeds-united", "title_won", "first-division", "1992", "asserted")),
    ("Everton won the league title in 1987.",
     ("everton", "title_won", "first-division", "1987", "asserted")),
    ("Lille had won the French league in 2011.",
     ("lille", "title_won", "ligue-1", "2011", "asserted")),
    ("Zenit Saint Petersburg won the Russian title in 2019.",
     ("zenit-saint-petersburg", "title_won", "russian-premier-league", "2019", "asserted")),
    # "not won the league since 1987" says they won it in 1987: that season's top flight
    ("Everton, who have not won the league since 1987, finished fourth.",
     ("everton", "title_won", "first-division", "1987", "asserted")),
    ("Wolfsburg Women won the title again in 2022.",
     ("vfl-wolfsburg-frauen", "title_won", "frauen-bundesliga", "2022", "asserted")),
    ("Real Sociedad did not win the league this season.",
     ("real-sociedad", "title_won", "la-liga", None, "negated")),
    ("Portland Thorns won the championship in 2022 under Rhian Wilkinson.",
     ("portland-thorns", "title_won", "nwsl", "2022", "asserted")),
    ("Tottenham finished second last season, eight points behind champions Chelsea.",
     ("chelsea", "title_won", "premier-league", None, "asserted")),
    ("Aberdeen won the league in 1985 under Alex Ferguson.",
     ("aberdeen", "title_won", "scottish-premier-division", "1985", "asserted")),
    # "champions of <country>": that country's top flight
    ("Hammarby, champions of Sweden in 2001, reached the cup final.",
     ("hammarby", "title_won", "allsvenskan", "2001", "asserted")),
    ("Rosenborg were champions of Norway in 1996.",
     ("rosenborg", "title_won", "eliteserien", "1996", "asserted")),
    ("He managed Lens and Bordeaux, champions of France under him in 2008-09.",
     ("bordeaux", "title_won", "ligue-1", "2008-09", "asserted")),
    ("Feyenoord were champions of the Netherlands in 2017.",
     ("feyenoord", "title_won", "eredivisie", "2017", "asserted")),
]

#: titles that are not a country's league: of Europe or the world, doubles, cups, national sides
DOMESTIC_NOT_ROWS = [
    ("Ajax are champions of Europe for the fourth time.", "ajax"),
    ("Italy are world champions again after the final in Berlin.", "italy"),
    ("Arsenal won the league and cup double in 1998.", "arsenal"),
    ("Porto won the second-tier title in 1990.", "porto"),
]


@pytest.mark.parametrize("text,expected", DOMESTIC_ROWS)
def test_league_titles_are_the_countrys_top_flight(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject", DOMESTIC_NOT_ROWS)
def test_other_titles_get_no_league(analyse_text, text, subject):
    claims = analyse_text(text).claims
    leagues = {"premier-league", "first-division", "eredivisie", "primeira-liga", "serie-a", "la-liga", "ligue-1"}
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"
                and c["object_id"] in leagues], claims


def test_top_flight_by_season():
    from pipeline.entities import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.top_flight("England", season=1991) == "first-division"
    assert gaz.top_flight("England", season=1992) == "premier-league"
    assert gaz.top_flight("England", women=True) == "fa-women-s-super-league"
    assert gaz.top_flight("USA", women=True) == gaz.top_flight("United States", women=True) == "nwsl"
    assert gaz.top_flight("Spain", women=True, season=2021) == "primera-division-femenina"
    assert gaz.top_flight("Wales") is None
# the Ballon d'Or (also by its old name, European Footballer of the Year) is a title won: one claim per year
AWARD_ROWS = [
    ("Johan Cruyff was voted European Footballer of the Year in 1971.",
     ("johan-cruyff", "title_won", "ballon-d-or", "1971", "asserted")),
    ("Michel Platini was named European Footballer of the Year in 1983, 1984 and 1985.",
     ("michel-platini", "title_won", "ballon-d-or", "1984", "asserted")),
    ("Michel Platini was named European Footballer of the Year in 1983, 1984 and 1985.",
     ("michel-platini", "title_won", "ballon-d-or", "1985", "asserted")),
    ("Marco van Basten was European Footballer of the Year in 1988 and again in 1989.",
     ("marco-van-basten", "title_won", "ballon-d-or", "1989", "asserted")),
    ("Luka Modric won the Ballon d'Or in 2018.", ("luka-modric", "title_won", "ballon-d-or", "2018", "asserted")),
    ("Lionel Messi won his eighth Ballon d'Or in 2023.", ("lionel-messi", "title_won", "ballon-d-or", "2023", "asserted")),
    ("Aitana Bonmati, who won the Ballon d'Or in 2023, is 25.",
     ("aitana-bonmati", "title_won", "ballon-d-or", "2023", "asserted")),
    ("Kevin De Bruyne has never won the Ballon d'Or.", ("kevin-de-bruyne", "title_won", "ballon-d-or", "", "negated")),
    ("Luka Modric is 38. The Ballon d'Or he won in 2018 sits in his house.",
     ("luka-modric", "title_won", "ballon-d-or", "2018", "asserted")),
    ("Alexia Putellas returned to training. She will keep the Ballon d'Or that she won in 2021.",
     ("alexia-putellas", "title_won", "ballon-d-or", "2021", "asserted")),
    ("Erling Haaland could win the Ballon d'Or next year.",
     ("erling-haaland", "title_won", "ballon-d-or", "", "hypothetical")),
]

# "X's only previous European Cup came in 1987": a title of the side named, in the year named
CAME_ROWS = [
    ("Chelsea's first Champions League came in 2012.", ("chelsea", "title_won", "uefa-champions-league", "2012", "asserted")),
    ("Celtic's first European Cup came in 1967, in Lisbon.",
     ("celtic", "title_won", "uefa-champions-league", "1967", "asserted")),
    ("Everton's last FA Cup win came in 1995.", ("everton", "title_won", "fa-cup", "1995", "asserted")),
    ("Arsenal's previous FA Cup triumph came in 2020 under Mikel Arteta.",
     ("arsenal", "title_won", "fa-cup", "2020", "asserted")),
    ("Their coach said Bayern Munich's last Bundesliga title came in 2023.",
     ("bayern-munich", "title_won", "bundesliga", "2023", "reported")),
]

# "became Poland's all-time top scorer and now has 82 goals": the total for that side
RECORD_SCORER_ROWS = [
    ("Harry Kane became England's record scorer in March and now has 63 goals.",
     ("harry-kane", "career_goals", "england", "63", "asserted")),
    ("Robert Lewandowski is Poland's all-time top scorer and has 82 goals.",
     ("robert-lewandowski", "career_goals", "poland", "82", "asserted")),
    ("Ali Daei was Iran's leading scorer and finished on 108 goals.", ("ali-daei", "career_goals", "iran", "108", "asserted")),
    ("Marco Rossi became Italy's all-time leading scorer last year and now has 41 goals, two more than his coach.",
     ("marco-rossi", "career_goals", "italy", "41", "asserted")),
]

AWARD_NOT_ROWS = [
    # a match in the competition is no title
    ("Liverpool's first Champions League game came in 2001.", "liverpool"),
    # other awards are no titles (the gold conventions leave them out)
    ("Harry Kane won the Golden Boot in 2018.", "harry-kane"),
    ("Sam Kerr was named PFA Player of the Year in 2022.", "sam-kerr"),
]


@pytest.mark.parametrize("text,expected", AWARD_ROWS + CAME_ROWS + RECORD_SCORER_ROWS)
def test_ballon_d_or_won(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject", AWARD_NOT_ROWS)
def test_other_awards_no_title(analyse_text, text, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"], claims


# goals or caps for a national side make no player_of (that is for clubs); for a club they do
NATIONAL_TOTALS = [
    ("Harry Kane became England's record scorer in March and now has 63 goals.", "harry-kane", "england"),
    ("Robert Lewandowski now has 82 goals for Poland.", "robert-lewandowski", "poland"),
    ("Sunil Chhetri is India's record goalscorer and now has 94 international goals.", "sunil-chhetri", "india"),
    ("Marco Rossi has 41 goals in 90 games for Italy.", "marco-rossi", "italy"),
]


@pytest.mark.parametrize("text,subject,side", NATIONAL_TOTALS)
def test_national_totals_no_player_of(analyse_text, text, subject, side):
    claims = analyse_text(text).claims
    assert [c for c in claims if c["subject_id"] == subject and c["predicate"] == "career_goals"], claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "player_of"
                and c["object_id"] == side], claims


def test_club_totals_still_player_of(analyse_text):
    base.test_claim_found(analyse_text, "Marco Rossi has 41 goals in 90 games for Torino.",
                          ("marco-rossi", "player_of", "torino", "", "asserted"))


# table places in prose: "N points clear of runners-up X" (the side ahead first, X second),
# "X, the (unbeaten) Bundesliga leaders" (first)
TABLE_PROSE_ROWS = [
    ("Arsenal won the Premier League in 2004, eleven points clear of runners-up Chelsea.",
     ("chelsea", "league_position", "premier-league", "2", "asserted")),
    ("Arsenal won the Premier League in 2004, eleven points clear of runners-up Chelsea.",
     ("arsenal", "league_position", "premier-league", "1", "asserted")),
    ("Juventus ended the Serie A season two points ahead of runners-up Napoli.",
     ("juventus", "league_position", "serie-a", "1", "asserted")),
    ("Juventus ended the Serie A season two points ahead of runners-up Napoli.",
     ("napoli", "league_position", "serie-a", "2", "asserted")),
    ("Celtic won the Scottish Premiership by four points from runners-up Rangers.",
     ("rangers", "league_position", "scottish-premiership", "2", "asserted")),
    ("Leicester City finished ten points clear of the runners-up in the Premier League.",
     ("leicester-city", "league_position", "premier-league", "1", "asserted")),
    ("Barcelona, the La Liga leaders, lost on Saturday.", ("barcelona", "league_position", "la-liga", "1", "asserted")),
    ("Bayern Munich, the unbeaten Bundesliga leaders, face Dortmund.",
     ("bayern-munich", "league_position", "bundesliga", "1", "asserted")),
]

TABLE_PROSE_NOT_ROWS = [
    # runners-up in a cup: a lost final, no table place
    ("Chelsea beat runners-up Liverpool in the FA Cup final.", "liverpool", "league_position"),
    ("Arsenal won the FA Cup, a goal clear of runners-up Chelsea in the final.", "chelsea", "league_position"),
]


@pytest.mark.parametrize("text,expected", TABLE_PROSE_ROWS)
def test_table_places_in_prose(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate", TABLE_PROSE_NOT_ROWS)
def test_table_places_in_prose_not_claims(analyse_text, text, subject, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate], claims


# "won the league by four points from X" is a margin, no points total; "with/on/have N points" is one
POINTS_MARGINS = [
    "PSV won the Eredivisie by nine points from Feyenoord.",
    "Bayern Munich took the Bundesliga title by two points from Dortmund.",
    "Manchester City won the Premier League by one point in 2012.",
    "Real Madrid won La Liga by ten points.",
    "Porto clinched the title by four points from Benfica.",
]

POINTS_TOTALS = [
    ("PSV finished with 91 points from 34 games.", ("psv-eindhoven", "points", None, "91", "asserted")),
    ("Feyenoord have 80 points from 34 games in the Eredivisie.", ("feyenoord", "points", None, "80", "asserted")),
    ("Lille finished on 83 points in Ligue 1.", ("lille", "points", None, "83", "asserted")),
    ("Celtic won the Scottish Premiership with 93 points from 38 games.", ("celtic", "points", None, "93", "asserted")),
    ("Benfica ended on 87 points in the Primeira Liga.", ("benfica", "points", None, "87", "asserted")),
]


@pytest.mark.parametrize("text", POINTS_MARGINS)
def test_points_margin_is_no_total(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "points"], claims


@pytest.mark.parametrize("text,expected", POINTS_TOTALS)
def test_points_totals(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


# "led the club to ...": the one club the sentence names before it (not the story's most named club)
CLUB_NOUN_ROWS = [
    ("Juventus lost the final. Marco Rossi, 51, has been the Porto coach since 2019 and led the club to two league titles.",
     ("porto", "title_won", None, None, "asserted")),
    ("Ajax won the cup again. Ajax fans sang. Jonas Berger joined PSV in 2015 and steered the side to the title in 2018.",
     ("psv-eindhoven", "title_won", None, None, "asserted")),
]


@pytest.mark.parametrize("text,expected", CLUB_NOUN_ROWS)
def test_the_club_is_the_one_named_before(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
