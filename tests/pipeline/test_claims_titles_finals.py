"""Titles, finals and tables: "beaten by X in the final", "lost last season's final to X", "the final ended in
a defeat by X", "lost to the eventual winners, X" (X won it, a country's side for a country);
"the finals of 2012 and 2016, both won by X" (one title a year); "X, who had beaten them in that
final" (the final named before); the UEFA Cup is the competition the
gazetteer calls the Europa League; "ran away with the title", "cruised to the title" (easy wins);
"were European champions" (a club's Champions League, a country's Euros); "X, champions of
<country>" (that country's top flight, a club's first word alone standing for the
club written in full before); "took the title, with Y runners-up" (Y second in that league, and no
place for a cup's runners-up); "lifted this trophy" (the article's competition, and no year of a later
clause); a person lifting the cup is no title of his own; points taken over a run of games are no
total; an ordinal numeral ends no sentence; a participle after a clause joined by "and" follows that
clause's subject; a coach's career table headed "Years as coach" (the role from the header, a country
its national side). Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # "beaten by X in the (named) final": X won that competition
    ("Bordeaux were beaten 2-0 by Parma in the UEFA Cup final in Moscow.",
     ("parma", "title_won", "uefa-europa-league", None, "asserted")),
    ("Leeds were thrashed 4-0 by Arsenal in the FA Cup final at Wembley.",
     ("arsenal", "title_won", "fa-cup", None, "asserted")),
    ("Jonas Berger, defeated by France in the Euro 1984 final, retired a year later.",
     ("france", "title_won", "uefa-european-championship", None, "asserted")),
    ("The side, beaten by Sevilla at the Europa League final, regrouped over the summer.",
     ("sevilla", "title_won", "uefa-europa-league", None, "asserted")),
    # a final lost to X, however the final is named before "to": X won it
    ("Sevilla lost last season's final 3-1 to Benfica in Turin.", ("benfica", "title_won", None, None, "asserted")),
    ("Stoke reached the FA Cup final in 2011 but lost it 1-0 to Manchester City.",
     ("manchester-city", "title_won", "fa-cup", None, "asserted")),
    ("Their only previous final, in 2015, ended in a 2-0 defeat by Benfica.",
     ("benfica", "title_won", None, "2015", "asserted")),
    ("Lens went out in the semi-finals, losing 2-0 to the eventual winners, Lille.",
     ("lille", "title_won", None, None, "asserted")),
    # a competition named in "in the COMP final" is no other round
    ("Liverpool lost 3-1 to Real Madrid in the Champions League final in Kyiv.",
     ("real-madrid", "title_won", "uefa-champions-league", None, "asserted")),
    ("Roma lost 1-0 to Sevilla in the Europa League final in Budapest.",
     ("sevilla", "title_won", "uefa-europa-league", None, "asserted")),
    # a country's side, and "X's defeat by Y in the final"
    ("Wales lost 3-1 to Portugal in the Euro 2016 final.", ("portugal", "title_won", "uefa-european-championship", "2016",
                                                             "asserted")),
    ("Wales's 3-1 defeat by Portugal in the Euro 2016 final still hurts.",
     ("portugal", "title_won", "uefa-european-championship", "2016", "asserted")),
    ("Leeds suffered a 2-0 defeat by Arsenal in the 1972 FA Cup final.", ("arsenal", "title_won", "fa-cup", "1972", "asserted")),
    # "X, who had beaten them in that final": X won the final named before
    ("Marseille lost the 2004 UEFA Cup final in Gothenburg. In March they fell to Valencia, who had beaten them "
     "in that final.", ("valencia", "title_won", "uefa-europa-league", None, "asserted")),
    ("Arsenal reached the FA Cup final. They met Leeds, who beat them 1-0 in the FA Cup final of 1972.",
     ("leeds-united", "title_won", "fa-cup", "1972", "asserted")),
    # "the finals of 2012 and 2016, both won by X": one title a year; "the 2005 final, won by X"
    ("Luis Ortega started the League Cup finals of 2012 and 2016, both won by Liverpool.",
     ("liverpool", "title_won", "efl-cup", "2012", "asserted")),
    ("Luis Ortega started the League Cup finals of 2012 and 2016, both won by Liverpool.",
     ("liverpool", "title_won", "efl-cup", "2016", "asserted")),
    ("He played in the Champions League finals of 2003, 2006 and 2009, all won by Milan.",
     ("ac-milan", "title_won", "uefa-champions-league", "2009", "asserted")),
    ("He started the 2005 FA Cup final, won by Arsenal on penalties.",
     ("arsenal", "title_won", "fa-cup", "2005", "asserted")),
    # easy wins: "ran away with", "cruised to", "stormed to"; "ran away with the game" is none (below)
    ("Roma ran away with the Scudetto in 2001.", ("roma", "title_won", "serie-a", "2001", "asserted")),
    ("PSV ran away with the league in 2015.", ("psv-eindhoven", "title_won", "eredivisie", "2015", "asserted")),
    ("Celtic walked away with the league title again.",
     ("celtic", "title_won", "scottish-premiership", None, "asserted")),
    ("Porto cruised to their third successive league title.",
     ("porto", "title_won", "primeira-liga", None, "asserted")),
    ("Benfica stormed to the title in 2019.", ("benfica", "title_won", "primeira-liga", "2019", "asserted")),
    # "were European champions": a club's Champions League (the women's for a women's side), a country's Euros,
    # whatever league the sentence names before
    ("Liverpool won the Premier League in 2020 and were European champions in 2019.",
     ("liverpool", "title_won", "uefa-champions-league", "2019", "asserted")),
    ("Wolfsburg Women won the Frauen-Bundesliga in 2013 and were European champions in 2014.",
     ("vfl-wolfsburg-frauen", "title_won", "uefa-women-s-champions-league", "2014", "asserted")),
    ("Porto were European champions in 2004.", ("porto", "title_won", "uefa-champions-league", "2004", "asserted")),
    ("Denmark were European champions in 1992.",
     ("denmark", "title_won", "uefa-european-championship", "1992", "asserted")),
    # "X, champions of <country>": the country's top flight
    ("PSV, the reigning champions of the Netherlands, travel to Turin.",
     ("psv-eindhoven", "title_won", "eredivisie", None, "asserted")),
    ("CFR Cluj, champions of Romania in 2012, lost in the play-off round.",
     ("cfr-cluj", "title_won", "liga-i", "2012", "asserted")),
    ("Dynamo Kyiv drew 1-1 in Vienna. Dynamo, champions of Ukraine in 2021, need a win at home.",
     ("dynamo-kyiv", "title_won", "ukrainian-premier-league", "2021", "asserted")),
    # "took the title, with Y runners-up": Y second in that league
    ("Last season Celtic won the league, with Rangers runners-up.",
     ("rangers", "league_position", "scottish-premiership", "2", "asserted")),
    ("In 2019 Ajax took the Eredivisie title with PSV as runners-up.",
     ("psv-eindhoven", "league_position", "eredivisie", "2", "asserted")),
    ("In 2008 Inter took the title, with Roma runners-up, and the Coppa Italia went to Lazio.",
     ("inter-milan", "title_won", "serie-a", None, "asserted")),
    ("In 2008 Inter took the title, with Roma runners-up, and the Coppa Italia went to Lazio.",
     ("roma", "league_position", "serie-a", "2", "asserted")),
    # "lifted this trophy": the competition the article is about
    ("Porto lifted this trophy in 2011, beating Braga 1-0. The Europa League final is in Dublin.",
     ("porto", "title_won", "uefa-europa-league", "2011", "asserted")),
    # an ordinal numeral does not end the sentence; the participle follows the last clause's subject
    ("The ex-Genoa boss replaced Luis Ortega in July 2019, and under him Roma won a 4th Serie A "
     "crown in 2020, finishing on 83 points.", ("roma", "title_won", "serie-a", "2020", "asserted")),
    ("The ex-Genoa boss replaced Luis Ortega in July 2019, and under him Roma won a 4th Serie A "
     "crown in 2020, finishing on 83 points.", ("roma", "points", None, "83", "asserted")),
]

NOT_ROWS = [
    # a cup's runners-up have no league place
    ("Porto won the Europa League in 2011, with Braga runners-up.", "braga", "league_position"),
    # the captain lifting the cup: the side's title, none of his own
    ("Porto reached the Europa League final in Dublin. Vitor Baia, the goalkeeper and skipper, went up to lift the cup.",
     "vitor-baia", "title_won"),
    ("Inter won the Champions League final. Javier Zanetti lifted the trophy.", "javier-zanetti", "title_won"),
    # points over a run of games are no total
    ("Leeds took eight points from their last four games.", "leeds-united", "points"),
    # a semi-final won is no title
    ("Spurs went out to Ajax, who beat them in the semi-final.", "ajax", "title_won"),
    ("He scored in the semi-final, won by Leeds.", "leeds-united", "title_won"),
    ("Their semi-final ended in a 2-0 defeat by Benfica.", "benfica", "title_won"),
    ("The season ended in defeat to Benfica on the last day.", "benfica", "title_won"),
    ("Leeds suffered a 2-0 defeat by Arsenal in the final minute.", "arsenal", "title_won"),
    ("Scotland lost 2-0 to England on Saturday, a week before the Nations League final.", "england", "title_won"),
    ("Wales lost 3-1 to Portugal in the semi-final of Euro 2016.", "portugal", "title_won"),
    ("Wales reached the final despite losing 2-1 to Portugal in the final group game.", "portugal", "title_won"),
    # "cruised to a win" or "to the final", "ran away with the game" is no title
    ("Rangers ran away with the game in the second half.", "rangers", "title_won"),
    ("Lyon cruised to a 3-0 win over Metz.", "olympique-lyonnais", "title_won"),
    ("Chelsea cruised to the FA Cup final.", "chelsea", "title_won"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_titles_finals_and_tables(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,subject,predicate", NOT_ROWS)
def test_titles_finals_and_tables_not_claims(analyse_text, text, subject, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and c["modality"] == "asserted"], claims


def test_points_over_a_run_of_games_are_no_total(analyse_text):
    claims = analyse_text("Burnley are 14th on 27 points and have taken ten points from their last six games.").claims
    points = {c["value"] for c in claims if c["subject_id"] == "burnley" and c["predicate"] == "points"}
    assert points == {"27"}, claims


def test_points_total_keeps_a_season_total(analyse_text):
    claims = analyse_text("Arsenal finished with 90 points from 38 games.").claims
    assert [c for c in claims if c["subject_id"] == "arsenal" and c["predicate"] == "points" and c["value"] == "90"], claims


def test_a_year_of_a_later_clause_is_no_year_of_the_title(analyse_text):
    claims = analyse_text("The Europa League draw was made on Friday. Villarreal lifted this trophy in a shoot-out two "
                          "years ago, but they went down in 2012.").claims
    titles = [c for c in claims if c["subject_id"] == "villarreal" and c["predicate"] == "title_won"]
    assert titles and all(c["value"] != "2012" for c in titles), claims
    assert titles[0]["object_id"] == "uefa-europa-league", claims


COACH_TABLE = """Jonas Berger took over Mexico in 2024.

| Team | Years as coach |
|---|---|
| Genoa | 2008-2011 |
| Fulham | 2015-2018 |
| Mexico | 2024-2026 |

Jonas Berger's coaching career in full
"""


@pytest.mark.parametrize("expected", [
    ("jonas-berger", "head_coach_of", "genoa", "coach", "asserted"),
    ("jonas-berger", "head_coach_of", "fulham", "coach", "asserted"),
    ("jonas-berger", "head_coach_of", "mexico", "coach", "asserted"),
])
def test_a_career_table_headed_years_as_coach(analyse_text, expected):
    """"Years as coach": each row a job, its role the header's; a country in the team column its side."""
    base.test_claim_found(analyse_text, COACH_TABLE, expected)


def test_a_career_table_header_role_is_the_longest_role_word(analyse_text):
    claims = analyse_text(COACH_TABLE.replace("Years as coach", "Years as head coach")).claims
    assert [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == "genoa"
            and c["value"] == "head coach"], claims
