"""Titles across clauses: a title word with no competition does not take one from a concessive clause
("collected trophies in Spain, though he never won the Champions League"); a club in front of a role
noun the tagger read as an adverb ("The former Ajax forward has scored ... and won") describes the
person; "went on to win the tournament" is the tournament the sentence named, not a league; a
country glued to a score by the model ("Argentina 2-1") is the country; "took the title", "Their last
league title came in 1987", "could help X win it again", "are champions of Europe", "won the League
Championship in 1974-75" (the First Division then); "her country won" (the national side named, never
her); "a Spanish side that won the trophy" (no side named). Sentences written for these
tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a concessive clause's competition is its own
    ("As a coach he won trophies in two countries, though Fabio Capello never won the Europa League.",
     ("fabio-capello", "title_won", "uefa-europa-league", "", "negated")),
    ("Ajax won the Eredivisie in 2019 and lifted the trophy again in 2021, though Frank de Boer never won the "
     "Champions League.", ("frank-de-boer", "title_won", "uefa-champions-league", "", "negated")),
    ("Porto won the league in 2011, although Andre Villas-Boas never won the Champions League.",
     ("andre-villas-boas", "title_won", "uefa-champions-league", "", "negated")),
    # the club before a role noun read as an adverb describes the person
    ("Karl Weber joined Hamburg in 1995. The former Werder Bremen forward has scored 16 goals in 42 internationals "
     "for Austria and won the Bundesliga in 1993.", ("karl-weber", "title_won", "bundesliga", "1993", "asserted")),
    ("Jan Olsen moved to Lyon in 2001. The former Ajax forward has played 30 times for Denmark and won the "
     "Eredivisie in 1998.", ("jan-olsen", "title_won", "eredivisie", "1998", "asserted")),
    # "went on to win the tournament": the tournament named before it in the sentence
    ("Wales stunned Belgium 3-1 at the World Cup last summer, a result that looked bigger when Belgium went on to "
     "win the tournament.", ("belgium", "title_won", "fifa-world-cup", "", "asserted")),
    ("Mexico beat Germany 1-0 at the Copa America, and Germany went on to win the tournament in July.",
     ("germany", "title_won", "copa-america", "", "asserted")),
    ("Cameroon drew 0-0 with Senegal at the Africa Cup of Nations, and Senegal went on to win the tournament.",
     ("senegal", "title_won", "africa-cup-of-nations", "", "asserted")),
    # "X's last trophy was the CUP in YEAR", "Their only major trophy remains the CUP in YEAR"
    ("Real Zaragoza's last trophy was the Spanish Cup in 2004.", ("real-zaragoza", "title_won", "copa-del-rey", "2004", "asserted")),
    ("Everton were relegated. Their last major trophy was the FA Cup in 1995.",
     ("everton", "title_won", "fa-cup", "1995", "asserted")),
    ("Ipswich's only European trophy remains the UEFA Cup in 1981.",
     ("ipswich-town", "title_won", "uefa-europa-league", "1981", "asserted")),
    ("Celtic's last piece of silverware was the Scottish Cup in 2023.",
     ("celtic", "title_won", "scottish-cup", "2023", "asserted")),
    # a country's title won by a women's side is its women's league
    ("Lena Berg coached Rosengård to the Swedish title in 2021 before joining Chelsea Women.",
     ("fc-rosengard", "title_won", "damallsvenskan", "2021", "asserted")),
]

# "took the title": the title is what the verb takes, not a side led to it
TOOK_ROWS = [
    ("Arsenal finished level on 80 points with Liverpool, who took the title on goal difference.",
     ("liverpool", "title_won", "premier-league", "", "asserted")),
    ("Celtic took the title with a record 102 points.",
     ("celtic", "title_won", "scottish-premiership", "", "asserted")),
    ("Rangers took the Scottish title in 2021 under Steven Gerrard.",
     ("rangers", "title_won", "scottish-premiership", "2021", "asserted")),
    ("Leeds United took the league title in 1992.", ("leeds-united", "title_won", "first-division", "1992", "asserted")),
    # "Their last league title came in 1987": the side "their" stands for, its country's top flight then
    ("Everton finished seventh. Their last league title came in 1987.",
     ("everton", "title_won", "first-division", "1987", "asserted")),
    ("Arsenal Women finished third in the WSL. Their one league title came in 2019, and the manager wants another.",
     ("arsenal-women", "title_won", "fa-women-s-super-league", "2019", "asserted")),
    ("Napoli won the cup. Their previous Serie A title came in 1990.", ("napoli", "title_won", "serie-a", "1990", "asserted")),
    ("Leicester City are tenth. Its only league title came in 2016.",
     ("leicester-city", "title_won", "premier-league", "2016", "asserted")),
    ("Burnley finished tenth, level on 50 points with Everton, who took the title on goal difference. Their last "
     "league title came in 1960.", ("burnley", "title_won", "first-division", "1960", "asserted")),
    # "champions of Europe": the European competition the sentence or article names
    ("Liverpool became champions of Europe again in 2005, beating AC Milan in the Champions League final.",
     ("liverpool", "title_won", "uefa-champions-league", "2005", "asserted")),
    ("Porto are champions of Europe. The Champions League final in Gelsenkirchen ended 3-0.",
     ("porto", "title_won", "uefa-champions-league", "", "asserted")),
    # a national side's: the European Championship (the women's for a women's side)
    ("Greece are the champions of Europe.", ("greece", "title_won", "uefa-european-championship", "", "asserted")),
    ("England Women are champions of Europe after beating Germany at Wembley.",
     ("england-women", "title_won", "uefa-women-s-championship", "", "asserted")),
    # "the League Championship": a country's league title, its top flight in that season
    ("Derby County won the League Championship in 1974-75 under Dave Mackay.",
     ("derby-county", "title_won", "first-division", "1974-75", "asserted")),
    ("Everton won the League Championship in 1986-87 and the Cup Winners' Cup in 1985.",
     ("everton", "title_won", "first-division", "1986-87", "asserted")),
    # "her country won": the national side the sentence names, not her
    ("Lieke Martens has 60 goals in 150 appearances for the Netherlands, and she scored in the final when her "
     "country won the European Championship in 2017.",
     ("netherlands", "title_won", "uefa-european-championship", "2017", "asserted")),
    ("Kasper Berg has 30 goals in 90 games for Denmark, and he scored twice when his country won the European "
     "Championship in 1992.", ("denmark", "title_won", "uefa-european-championship", "1992", "asserted")),
    # "led them to victory at X": the side "them" stands for won X
    ("Deschamps took charge of France in 2012. Six years later he led them to victory at the World Cup in Russia.",
     ("france", "title_won", "fifa-world-cup", None, "asserted")),
    ("Scaloni took over Argentina in 2018 and led them to victory at the Copa America in 2021.",
     ("argentina", "title_won", "copa-america", "2021", "asserted")),
    ("Ranieri arrived at Leicester in 2015 and led the club to victory in the Premier League a year later.",
     ("leicester-city", "title_won", "premier-league", None, "asserted")),
    # "sealed the title for X's Y": Y's title, not X's
    ("The 2-0 win sealed a third consecutive Bundesliga title for Jupp Heynckes's Bayern Munich.",
     ("bayern-munich", "title_won", "bundesliga", None, "asserted")),
    ("A draw at Goodison sealed the Premier League title for Jurgen Klopp's Liverpool.",
     ("liverpool", "title_won", "premier-league", None, "asserted")),
    # "not won since 1992" dates the last title; a "since" of another clause before the title does not
    ("Capello has been in charge at Milan since 1991 and guided them to the Serie A title in 1991-92, but they did "
     "not retain the Serie A title last season.", ("ac-milan", "title_won", "serie-a", "", "negated")),
    ("Arsenal, unbeaten since March, have not won the league since 2004.",
     ("arsenal", "title_won", "premier-league", "2004", "asserted")),
    # "could help X win it again": a title still to come
    ("Everton won the FA Cup in 1995, and Moyes believes the squad can win it again.",
     ("everton", "title_won", "fa-cup", "", "hypothetical")),
    ("Leeds United lost the Premier League title in 2000. Fans hope Bielsa could help Leeds win it back.",
     ("leeds-united", "title_won", "premier-league", "", "hypothetical")),
]

NOT_ROWS = [
    # a title race or fight taken somewhere is no title; "won it again 2-1" a match
    ("Everton took the title race to the final day.", "everton", None),
    ("Ajax took the title fight to the last day.", "ajax", None),
    ("Arsenal beat Chelsea in the FA Cup on Sunday and won it again 2-1.", "arsenal", "fa-cup"),
    # "the League Championship" is no title of the second tier called the Championship
    ("Derby County won the League Championship in 1974-75 under Dave Mackay.", "derby-county", "efl-championship"),
    ("Lieke Martens has 60 goals in 150 appearances for the Netherlands, and she scored in the final when her "
     "country won the European Championship in 2017.", "lieke-martens", None),
    ("Paul Smith scored 20 goals for Arsenal. His country won the World Cup in 1966.", "paul-smith", None),
    ("Paul Smith scored 20 goals for Arsenal. His country won the World Cup in 1966.", "arsenal", None),
    # "a Spanish side that won the trophy": an unnamed side, not the side the sentence is about
    ("Nobody had given Jurgen Klopp's team a chance against a Spanish side that won the trophy in 2018.",
     "liverpool", None),
    ("Arsenal lost to a French club that won the cup in 2015.", "arsenal", None),
    # "X's side" when two sides are level: either side, and never the coach himself
    ("Arsenal and Chelsea both finished on 80 points, and Arsene Wenger's side took the title on goal difference.",
     "arsene-wenger", None),
    # the competition of the concessive clause is no title of the first clause
    ("Ranieri collected trophies in four countries, but he never won the Champions League.",
     "ranieri", "uefa-champions-league"),
    ("Rafael Benitez collected trophies in three countries, though he never won the Bundesliga.",
     "rafael-benitez", "bundesliga"),
    # the club describes the person: no title of the club
    ("Karl Weber joined Hamburg in 1995. The former Werder Bremen forward has scored 16 goals in 42 internationals "
     "for Austria and won the Bundesliga in 1993.", "werder-bremen", "bundesliga"),
    ("Jan Olsen moved to Lyon in 2001. The former Ajax forward has played 30 times for Denmark and won the "
     "Eredivisie in 1998.", "ajax", "eredivisie"),
    # "the tournament" is no league named elsewhere in the article
    ("Juventus won Serie A in 2019 and Serie A again in 2020. Italy beat Spain 2-1 at the European Championship "
     "in June, and Spain went on to win the tournament.", "spain", "serie-a"),
]


@pytest.mark.parametrize("text,expected", ROWS + TOOK_ROWS)
def test_titles_across_clauses(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,competition", NOT_ROWS)
def test_titles_across_clauses_not_claims(analyse_text, text, subject, competition):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == "title_won"
                and (competition is None or c["object_id"] == competition) and c["modality"] == "asserted"], claims


def test_country_glued_to_a_score_is_the_country(analyse_text):
    claims = analyse_text("The Frenchman was in charge when Morocco stunned Portugal 1-0 at the World Cup last "
                          "December, a result that looked bigger when Portugal went on to lose the semi-final.").claims
    assert not [c for c in claims if "-1-0" in c["subject_id"] or "-1-0" in c["object_id"]], claims


def test_champions_state_is_the_title_the_report_dates(analyse_text):
    """"X are the champions of Europe. X won the European Championship in 2036": one title, the dated one."""
    claims = analyse_text("Scotland are the champions of Europe. Scotland won the European Championship in 2036, "
                          "beating Italy in the final.").claims
    titles = [(c["object_id"], c["value"]) for c in claims if c["subject_id"] == "scotland" and c["predicate"] == "title_won"]
    assert titles == [("uefa-european-championship", "2036")], claims


CAREER_TABLE = """Capello took over England in 2008.

| Club | Years in charge | Major honours |
|---|---|---|
| AC Milan | 1991-1996 | Serie A 1992-93, Champions League 1994 |
| Real Madrid | 2006-2007 | La Liga 2006-07 |
| Roma | 1999-2004 | Serie A trophy |

Fabio Capello's club trophies, excluding super cups
"""


@pytest.mark.parametrize("expected", [
    ("fabio-capello", "head_coach_of", "ac-milan", "", "asserted"),
    ("fabio-capello", "head_coach_of", "real-madrid", "", "asserted"),
    ("fabio-capello", "head_coach_of", "roma", "", "asserted"),
    ("fabio-capello", "title_won", "serie-a", "1992-93", "asserted"),
    ("fabio-capello", "title_won", "uefa-champions-league", "1994", "asserted"),
    ("fabio-capello", "title_won", "la-liga", "2006-07", "asserted"),
])
def test_a_coachs_career_table(analyse_text, expected):
    """A table of one coach's clubs (the caption names him): each row a job over its years, each dated
    honour a title of his."""
    base.test_claim_found(analyse_text, CAREER_TABLE, expected)


def test_a_career_table_without_a_person_or_a_date_gives_no_title(analyse_text):
    claims = analyse_text(CAREER_TABLE).claims
    # "Serie A trophy" names no season: no title for it, and none of the clubs' own
    assert not [c for c in claims if c["predicate"] == "title_won" and c["object_id"] == "serie-a"
                and c["value"] in {"", "1999-2004"}], claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] in {"ac-milan", "real-madrid"}], claims
    unnamed = analyse_text(CAREER_TABLE.replace("Fabio Capello's club trophies", "Club trophies")
                           .replace("Capello took over England in 2008.", "England have a new coach.")).claims
    assert not [c for c in unnamed if c["rule_id"].startswith("table.coach")], unnamed


def test_a_since_before_the_title_is_another_clauses(analyse_text):
    claims = analyse_text("Capello has been in charge at Milan since 1991 and guided them to the Serie A title in "
                          "1991-92, but they did not retain the Serie A title last season.").claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["value"] == "1991"], claims
