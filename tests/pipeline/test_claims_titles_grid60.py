"""A second paraphrase grid of titles and competitions (stop 29): sentences written for this grid, not taken
from any gold article, with wordings the first grid (test_claims_titles_grid.py) lacks: titles inside relative
and subordinate clauses, a person's titles against a team's, "secured / wrapped up / regained / defended",
"finished as champions", "first X since", doubles and trebles, "the trophy / the competition" pointing back to a
competition named in the sentence before, lost finals and runners-up, negation ("are yet to win"), hypothetical
titles ("favourites to win", "chasing a first"), and `competition_of` ("Serie B side X", "promoted back to",
"relegated from"). Each row lists every title_won and competition_of claim a careful reader takes from it, and
no other of those two predicates."""
import pytest

A, N, H = "asserted", "negated", "hypothetical"
T, C = "title_won", "competition_of"

# (text, [(subject, predicate, object, value, modality), ...])
ROWS = [
    # titles inside relative and subordinate clauses
    ("Lille, who won Ligue 1 in 2021, have sacked their coach.", [("lille", T, "ligue-1", "2021", A)]),
    ("Old fans still talk about the spring when Parma won the UEFA Cup in 1999.", [("parma", T, "uefa-europa-league", "1999", A)]),
    ("Sporting CP have not looked back since they lifted the Primeira Liga trophy in 2021.",
     [("sporting-cp", T, "primeira-liga", "2021", A)]),
    ("Werder Bremen, the side that won the double in 2004, were relegated in 2021.", [("werder-bremen", T, "", "2004", A)]),
    ("The Lazio team that won the Coppa Italia in 2019 was built by Dario Conti.", [("lazio", T, "coppa-italia", "2019", A)]),
    ("After Fiorentina won the Coppa Italia in 2001, the club fell into bankruptcy.", [("fiorentina", T, "coppa-italia", "2001", A)]),
    ("It was Ajax who won the Eredivisie in 2022.", [("ajax", T, "eredivisie", "2022", A)]),
    ("Senegal, the 2021 Africa Cup of Nations winners, beat Egypt in Cairo.", [("senegal", T, "africa-cup-of-nations", "2021", A)]),
    # a person's titles against a team's
    ("Pablo Serrano won three La Liga titles with Valencia.", [("pablo-serrano", T, "la-liga", "", A)]),
    ("Jonas Lindqvist, a two-time Champions League winner, has joined Hoffenheim.",
     [("jonas-lindqvist", T, "uefa-champions-league", "", A)]),
    ("Former Copa America winner Nicolas Ferreyra has signed for Bologna.", [("nicolas-ferreyra", T, "copa-america", "", A)]),
    ("Tomas Varga won the Bundesliga twice as coach of Wolfsburg.", [("tomas-varga", T, "bundesliga", "", A)]),
    ("Kevin Hartmann helped Club Brugge win the Belgian Pro League in 2022.", [("club-brugge", T, "belgian-pro-league", "2022", A)]),
    ("Pablo Serrano scored the winner as Real Sociedad beat Athletic Bilbao in the Copa del Rey final.",
     [("real-sociedad", T, "copa-del-rey", "", A)]),
    # secured / wrapped up / regained / defended / retained / clinched
    ("PSV Eindhoven secured the Eredivisie title in 2024.", [("psv-eindhoven", T, "eredivisie", "2024", A)]),
    ("Benfica wrapped up the league title in 2019 with a win over Santa Clara.", [("benfica", T, "primeira-liga", "2019", A)]),
    ("Bayern Munich regained the Bundesliga title in 2025.", [("bayern-munich", T, "bundesliga", "2025", A)]),
    ("Real Madrid defended their Champions League crown in 2017.", [("real-madrid", T, "uefa-champions-league", "2017", A)]),
    ("Manchester City retained the title in 2019 after a tight race with Liverpool.",
     [("manchester-city", T, "premier-league", "2019", A)]),
    ("Napoli clinched the Scudetto with a draw at Udinese in 2023.", [("napoli", T, "serie-a", "2023", A)]),
    ("Uruguay won the Copa America for a record 15th time in 2011.", [("uruguay", T, "copa-america", "2011", A)]),
    # crowned / finished as champions
    ("Wolfsburg were crowned Bundesliga champions for the first time in 2009.", [("vfl-wolfsburg", T, "bundesliga", "2009", A)]),
    ("AZ Alkmaar ended the 2008-09 season as Eredivisie champions.", [("az-alkmaar", T, "eredivisie", "2008-09", A)]),
    ("Lyon were crowned champions of France seven times in a row.", [("olympique-lyonnais", T, "ligue-1", "", A)]),
    ("Celtic finished as Scottish champions again in 2024.", [("celtic", T, "scottish-premiership", "2024", A)]),
    # first since / an unnamed earlier trophy is not annotated
    ("Fiorentina won the Coppa Italia in 2026, their first trophy since 2001.", [("fiorentina", T, "coppa-italia", "2026", A)]),
    ("Napoli won their first Serie A title since 1990 in 2023.",
     [("napoli", T, "serie-a", "2023", A), ("napoli", T, "serie-a", "1990", A)]),
    ("Marseille have gone without a Ligue 1 title since 2010.", [("olympique-de-marseille", T, "ligue-1", "2010", A)]),
    # doubles and trebles
    ("Inter Milan completed a double of Serie A and the Coppa Italia in 2010.",
     [("inter-milan", T, "serie-a", "2010", A), ("inter-milan", T, "coppa-italia", "2010", A)]),
    ("Barcelona won the treble in 2009 and again in 2015.", [("barcelona", T, "", "2009", A), ("barcelona", T, "", "2015", A)]),
    ("Marseille won Ligue 1 and the Champions League in 1993.",
     [("olympique-de-marseille", T, "ligue-1", "1993", A), ("olympique-de-marseille", T, "uefa-champions-league", "1993", A)]),
    ("Sevilla and Real Betis have both won the Copa del Rey.",
     [("sevilla", T, "copa-del-rey", "", A), ("real-betis", T, "copa-del-rey", "", A)]),
    # the trophy / the competition / the crown pointing back to the sentence before
    ("Eintracht Frankfurt reached the Europa League final. They lifted the trophy in Seville in 2022.",
     [("eintracht-frankfurt", T, "uefa-europa-league", "2022", A)]),
    ("Sevilla have a special bond with the Europa League. They have won the competition seven times.",
     [("sevilla", T, "uefa-europa-league", "", A)]),
    ("Chelsea were drawn into a hard Club World Cup group. They went on to win the tournament in 2025.",
     [("chelsea", T, "fifa-club-world-cup", "2025", A)]),
    ("The Bundesliga race went to the final day. Bayern Munich took the crown once more.",
     [("bayern-munich", T, "bundesliga", "", A)]),
    # finals lost, runners-up, reached the final: the winner only when named
    ("Borussia Dortmund reached the Champions League final in 2024 but were beaten by Real Madrid.",
     [("real-madrid", T, "uefa-champions-league", "2024", A)]),
    ("Inter Milan finished as runners-up in the 2023 Champions League.", []),
    ("Marseille finished second in Ligue 1 in 2022.", []),
    ("Roma reached the Europa League final in 2023 and lost it on penalties.", []),
    ("Crystal Palace were FA Cup runners-up in 2016.", []),
    ("Portugal beat France in the final of Euro 2016.", [("portugal", T, "uefa-european-championship", "2016", A)]),
    ("Argentina were beaten by Germany in the 2014 World Cup final.", [("germany", T, "fifa-world-cup", "2014", A)]),
    # negated
    ("Athletic Bilbao are yet to win the Europa League.", [("athletic-bilbao", T, "uefa-europa-league", "", N)]),
    ("Jonas Lindqvist has never won a league title in his career.", [("jonas-lindqvist", T, "", "", N)]),
    ("Dario Conti never won the Coppa Italia as a player or as a coach.", [("dario-conti", T, "coppa-italia", "", N)]),
    ("Lazio did not retain the Coppa Italia in 2020.", [("lazio", T, "coppa-italia", "2020", N)]),
    ("Villarreal have yet to lift the La Liga trophy.", [("villarreal", T, "la-liga", "", N)]),
    # hypothetical
    ("Girona could win La Liga for the first time.", [("girona", T, "la-liga", "", H)]),
    ("Arsenal are favourites to win the Premier League.", [("arsenal", T, "premier-league", "", H)]),
    ("Newcastle United are chasing a first Premier League title.", [("newcastle-united", T, "premier-league", "", H)]),
    ("Victory on Sunday would hand Benfica the Primeira Liga title.", [("benfica", T, "primeira-liga", "", H)]),
    ("Brighton could lift the FA Cup for the first time next month.", [("brighton-hove-albion", T, "fa-cup", "", H)]),
    ("Atalanta hope to win the Serie A title one day.", [("atalanta", T, "serie-a", "", H)]),
    # competition_of
    ("Bologna play in Serie A.", [("bologna", C, "serie-a", "", A)]),
    ("Bundesliga side Mainz have appointed Kevin Hartmann as coach.", [("mainz", C, "bundesliga", "", A)]),
    ("The La Liga club Osasuna rejected the offer.", [("osasuna", C, "la-liga", "", A)]),
    ("Serie B side Sampdoria sacked their coach on Monday.", [("sampdoria", C, "serie-b", "", A)]),
    ("Southampton were promoted back to the Premier League via the play-offs.", [("southampton", C, "premier-league", "", A)]),
    ("Nantes were relegated from Ligue 1 after a 3-0 defeat at Lens.", [("nantes", C, "ligue-1", "", A)]),
    ("Hull City dropped down to League One.", [("hull-city", C, "league-one", "", A)]),
    ("Como, who won promotion to Serie A, have signed Pablo Serrano.", [("como", C, "serie-a", "", A)]),
    ("Premier League club Fulham have signed Pablo Serrano.", [("fulham", C, "premier-league", "", A)]),
    ("Parma will play in Serie B after finishing bottom.", [("parma", C, "serie-b", "", A)]),
    # a title and a competition in one sentence
    ("Ipswich Town, who won the League One title in 2023, were promoted to the Premier League a year later.",
     [("ipswich-town", T, "league-one", "2023", A), ("ipswich-town", C, "premier-league", "", A)]),
    # more wordings
    ("Real Madrid won a record 15th European Cup in 2024.", [("real-madrid", T, "uefa-champions-league", "2024", A)]),
    ("Arsenal pipped Manchester United to the title in 1998.", [("arsenal", T, "premier-league", "1998", A)]),
    ("Pablo Serrano has won every major trophy except the World Cup.", [("pablo-serrano", T, "fifa-world-cup", "", N)]),
    ("Benfica need one more win to clinch the league title.", [("benfica", T, "primeira-liga", "", H)]),
    ("Napoli are on course for the Scudetto.", [("napoli", T, "serie-a", "", H)]),
    ("Luton Town are back in the Championship.", [("luton-town", C, "efl-championship", "", A)]),
    ("Burnley will be playing Championship football next season.", [("burnley", C, "efl-championship", "", A)]),
    ("Sunderland returned to the Premier League after eight years away.", [("sunderland", C, "premier-league", "", A)]),
    ("Lazio were runners-up to Juventus in Serie A in 2018.", [("juventus", T, "serie-a", "2018", A)]),
    ("Marseille are still the only French winners of the Champions League.",
     [("olympique-de-marseille", T, "uefa-champions-league", "", A)]),
    ("Dortmund missed out on the title on goal difference.", [("borussia-dortmund", T, "bundesliga", "", N)]),
    ("Celtic won their first Scottish Cup since 2020 on Saturday.",
     [("celtic", T, "scottish-cup", "", A), ("celtic", T, "scottish-cup", "2020", A)]),
    ("Roma won their Serie A game against Lazio.", []),
    ("Parma are a Serie B side now.", [("parma", C, "serie-b", "", A)]),
    ("Watford went down to the Championship.", [("watford", C, "efl-championship", "", A)]),
    ("Burnley bounced straight back to the Premier League.", [("burnley", C, "premier-league", "", A)]),
    ("Lecce survived in Serie A for another season.", [("lecce", C, "serie-a", "", A)]),
    ("Ipswich Town won back-to-back promotions to reach the Premier League.", [("ipswich-town", C, "premier-league", "", A)]),
    ("Arsenal reached the Champions League quarter-finals.", []),
    ("Tomas Varga, the Europa League-winning coach, has joined Roma.", [("tomas-varga", T, "uefa-europa-league", "", A)]),
    ("Bologna won back the Coppa Italia in 2025.", [("bologna", T, "coppa-italia", "2025", A)]),
    ("Napoli celebrated the Scudetto with a 1-1 draw at Udinese.", [("napoli", T, "serie-a", "", A)]),
    ("Liverpool had been chasing the quadruple.", [("liverpool", T, "", "", H)]),
    ("Real Madrid are chasing a 15th Champions League.", [("real-madrid", T, "uefa-champions-league", "", H)]),
    ("Pablo Serrano is still waiting for his first trophy as a coach.", [("pablo-serrano", T, "", "", N)]),
    ("Aston Villa are still waiting for their first Premier League title.", [("aston-villa", T, "premier-league", "", N)]),
    ("Lille are in the race for the Ligue 1 title.", [("lille", T, "ligue-1", "", H)]),
    ("Everton are fighting for their Premier League lives.", []),
    ("Manchester United released a statement thanking him for an FA Cup-winning farewell.", []),
    ("Ajax, champions in 2022, finished fifth in 2023.", [("ajax", T, "eredivisie", "2022", A)]),
    ("Lille, the Ligue 1 champions in 2021, sold their striker.", [("lille", T, "ligue-1", "2021", A)]),
    ("Dario Conti guided Napoli to the Scudetto, their first since 1990.",
     [("napoli", T, "serie-a", "", A), ("napoli", T, "serie-a", "1990", A)]),
    ("Southampton have spent one season in the Championship.", [("southampton", C, "efl-championship", "", A)]),
    ("Udinese have been in Serie A since 1995.", [("udinese", C, "serie-a", "", A)]),
    ("Lecce, a Serie A club, signed Pablo Serrano.", [("lecce", C, "serie-a", "", A)]),
    ("Pablo Serrano spent five years in Serie A with Lazio.", []),
    ("Napoli appointed Dario Conti in 2021. He led the club to the Scudetto in 2023.", [("napoli", T, "serie-a", "2023", A)]),
    ("Bayern Munich's 12th successive title was confirmed on Saturday.", [("bayern-munich", T, "bundesliga", "", A)]),
    ("Arsenal's last league title came in 2004.", [("arsenal", T, "premier-league", "2004", A)]),
    ("Porto defended their title successfully in 2012.", [("porto", T, "primeira-liga", "2012", A)]),
    ("Liverpool finished the season without a trophy.", [("liverpool", T, "", "", N)]),
    ("Napoli hope to defend the Serie A title next season.", [("napoli", T, "serie-a", "", H)]),
    ("Pablo Serrano, a La Liga champion with Valencia in 2004, has retired.", [("pablo-serrano", T, "la-liga", "2004", A)]),
    ("Jonas Lindqvist, a two-time Bundesliga champion, joined Ajax.", [("jonas-lindqvist", T, "bundesliga", "", A)]),
]

# rows still wrong: kept so that a fix shows
GAPS = [
    pytest.param("Sevilla are the most successful side in the history of the Europa League, with seven titles.",
                 [("sevilla", T, "uefa-europa-league", "", A)],
                 marks=pytest.mark.xfail(strict=True, reason="'with N titles' hung on a predicate noun: no rule gives "
                                                              "the side the count of titles as a title")),
    pytest.param("Kevin Hartmann coaches in the Bundesliga with Mainz.", [("mainz", C, "bundesliga", "", A)],
                 marks=pytest.mark.xfail(strict=True, reason="the subject of 'coaches in' is a person; reading the side "
                                                              "from 'with X' made wrong sides elsewhere ('will manage in "
                                                              "the Super Lig' took the coach's old club), so it was dropped"))
]

def _claims(analyse_text, text):
    return sorted((c["subject_id"], c["predicate"], c["object_id"] or "", c["value"] or "", c["modality"])
                  for c in analyse_text(text).claims if c["predicate"] in (T, C))


@pytest.mark.parametrize("text,expected", ROWS + GAPS)
def test_titles_grid60(analyse_text, text, expected):
    assert _claims(analyse_text, text) == sorted(expected)
