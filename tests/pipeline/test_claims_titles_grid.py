"""A paraphrase grid of the ways news reports a title (stop 28): sentences written for this grid, not taken
from any gold article, each with the title claims a careful reader takes from it and nothing else of the
predicate. Written before the rules it tests were changed: 40 of its first 52 rows were right then; three rows
were added with the fixes; all of ROWS pass now, and GAPS keeps the six still wrong."""
import pytest

A, N, H = "asserted", "negated", "hypothetical"

# (text, [(subject, competition, value, modality), ...]): every title_won claim expected, and no other
ROWS = [
    ("Porto won the Primeira Liga in 2011.", [("porto", "primeira-liga", "2011", A)]),
    ("Porto were crowned champions of Portugal in 2011.", [("porto", "primeira-liga", "2011", A)]),
    ("Ajax clinched the Eredivisie title on Sunday with a 3-0 win over Twente.", [("ajax", "eredivisie", "", A)]),
    ("Celtic sealed the Scottish Premiership title with four games to spare.", [("celtic", "scottish-premiership", "", A)]),
    ("Napoli lifted the Coppa Italia in 2020 after beating Juventus on penalties.", [("napoli", "coppa-italia", "2020", A)]),
    ("Sevilla beat Roma in the Europa League final in Budapest in 2023.", [("sevilla", "uefa-europa-league", "2023", A)]),
    # the edition's year before the competition's name
    ("Chelsea lost the 2021 FA Cup final to Leicester City.", [("leicester-city", "fa-cup", "2021", A)]),
    ("Liverpool were beaten 1-0 by Real Madrid in the 2022 Champions League final.",
     [("real-madrid", "uefa-champions-league", "2022", A)]),
    ("Italy won the 2006 World Cup.", [("italy", "fifa-world-cup", "2006", A)]),
    ("Marco Rossi won the 2019 Nations League with Portugal.", [("marco-rossi", "uefa-nations-league", "2019", A)]),
    ("Marco Rossi led Feyenoord to the Eredivisie title in 2023.", [("feyenoord", "eredivisie", "2023", A)]),
    ("Under Luca Bianchi, Villarreal won the Europa League in 2021.", [("villarreal", "uefa-europa-league", "2021", A)]),
    ("Benfica are champions of Portugal for the 38th time.", [("benfica", "primeira-liga", "", A)]),
    ("Bayern Munich have won the Bundesliga title for an 11th season in a row.", [("bayern-munich", "bundesliga", "", A)]),
    ("Bayern took an eighth consecutive title.", [("bayern-munich", "bundesliga", "", A)]),
    ("Arsenal have not won the Premier League since 2004.", [("arsenal", "premier-league", "2004", A)]),
    ("Tottenham Hotspur have never won the Premier League.", [("tottenham-hotspur", "premier-league", "", N)]),
    ("Everton's last major trophy was the FA Cup in 1995.", [("everton", "fa-cup", "1995", A)]),
    ("Newcastle United ended a 70-year wait for a domestic trophy by winning the League Cup in 2025.",
     [("newcastle-united", "efl-cup", "2025", A)]),
    ("PSV Eindhoven won a league and cup double in 2005.", [("psv-eindhoven", "", "2005", A)]),
    ("Valencia won La Liga in 2002 and 2004.", [("valencia", "la-liga", "2002", A), ("valencia", "la-liga", "2004", A)]),
    ("Juventus retained the Serie A title in 2013.", [("juventus", "serie-a", "2013", A)]),
    ("Inter Milan could win the Serie A title this weekend.", [("inter-milan", "serie-a", "", H)]),
    # a title missed is no title won
    ("Borussia Dortmund missed out on the Bundesliga title on the final day in 2023.",
     [("borussia-dortmund", "bundesliga", "2023", N)]),
    ("Dortmund failed to win the Bundesliga in 2023.", [("borussia-dortmund", "bundesliga", "2023", N)]),
    ("Marco Rossi won the Champions League twice as a player with AC Milan.", [("marco-rossi", "uefa-champions-league", "", A)]),
    ("Luca Bianchi, who won the World Cup with Italy in 2006, has retired.", [("luca-bianchi", "fifa-world-cup", "2006", A)]),
    ("Spain won Euro 2012 with a 4-0 win over Italy in Kyiv.", [("spain", "uefa-european-championship", "2012", A)]),
    ("Argentina are world champions after beating France on penalties in Lusail.", [("argentina", "fifa-world-cup", "", A)]),
    ("Olympiacos became the first Greek club to win a European trophy when they beat Fiorentina in the Conference "
     "League final in 2024.", [("olympiacos", "uefa-conference-league", "2024", A)]),
    # "X's Nth COMPETITION triumph"
    ("It was Sevilla's seventh Europa League triumph.", [("sevilla", "uefa-europa-league", "", A)]),
    ("Manchester City completed the treble in 2023.", [("manchester-city", "", "2023", A)]),
    ("The Copa del Rey was won by Real Sociedad in 2021.", [("real-sociedad", "copa-del-rey", "2021", A)]),
    # "claimed" a trophy reports nothing: one title, asserted
    ("Real Betis claimed the Copa del Rey in 2022, beating Valencia on penalties in the final.",
     [("real-betis", "copa-del-rey", "2022", A)]),
    ("Leverkusen went the whole Bundesliga season unbeaten to take the title in 2024.", [("bayer-leverkusen", "bundesliga", "2024", A)]),
    ("Rangers were champions of Scotland in 2021 under Steven Gerrard.", [("rangers", "scottish-premiership", "2021", A)]),
    ("Marco Rossi, a three-time Serie A winner, has joined Genoa.", [("marco-rossi", "serie-a", "", A)]),
    ("Luca Bianchi guided Napoli to their first league title in 33 years in 2023.", [("napoli", "serie-a", "2023", A)]),
    # "triumphed / prevailed in the COMPETITION final"
    ("Ajax triumphed in the 1995 Champions League final against AC Milan in Vienna.", [("ajax", "uefa-champions-league", "1995", A)]),
    ("Chelsea prevailed in the FA Cup final on penalties in 2000.", [("chelsea", "fa-cup", "2000", A)]),
    ("Monaco were crowned Ligue 1 champions in 2017, ending Paris Saint-Germain's run of four titles.", [("monaco", "ligue-1", "2017", A)]),
    ("Chelsea won the Conference League in 2025, beating Real Betis in Wroclaw.", [("chelsea", "uefa-conference-league", "2025", A)]),
    ("West Ham United won the Conference League in Prague in 2023.", [("west-ham-united", "uefa-conference-league", "2023", A)]),
    ("Luca Bianchi has won three league titles in Portugal with Benfica.", [("luca-bianchi", "primeira-liga", "", A)]),
    ("Inter Milan won the Scudetto in 2021.", [("inter-milan", "serie-a", "2021", A)]),
    ("Atletico Madrid claimed the La Liga crown in 2021 on the final day.", [("atletico-madrid", "la-liga", "2021", A)]),
    ("Galatasaray won the UEFA Cup in 2000, beating Arsenal on penalties in Copenhagen.", [("galatasaray", "uefa-europa-league", "2000", A)]),
    ("Zambia won the Africa Cup of Nations in 2012 after a shoot-out against Ivory Coast.", [("zambia", "africa-cup-of-nations", "2012", A)]),
    ("Marco Rossi has lifted the FA Cup twice, in 2017 and 2020.", [("marco-rossi", "fa-cup", "2017", A), ("marco-rossi", "fa-cup", "2020", A)]),
]

# rows still wrong: kept so that a fix shows, and so that a change that breaks them further is seen
GAPS = [
    pytest.param("The Scottish Cup went to Celtic in 2023 after a 3-1 win over Inverness.", [("celtic", "scottish-cup", "2023", A)],
                 marks=pytest.mark.xfail(strict=True, reason="'TROPHY went to X': no rule for a trophy as the subject")),
    pytest.param("Marseille, European champions in 1993, are the only French club to have won the Champions League.",
                 [("olympique-de-marseille", "uefa-champions-league", "1993", A)],
                 marks=pytest.mark.xfail(strict=True, reason="the year of an apposition is not carried to the later clause's title")),
    pytest.param("If Napoli beat Lazio on Sunday, they will be crowned champions.", [("napoli", "serie-a", "", H)],
                 marks=pytest.mark.xfail(strict=True, reason="'they' hangs on the auxiliary in the parse, so the side "
                                                              "found is the nearest one (Lazio); the modality is right")),
    pytest.param("Lyon's women have won the Champions League eight times.",
                 [("olympique-lyonnais-feminin", "uefa-women-s-champions-league", "", A)],
                 marks=pytest.mark.xfail(strict=True, reason="one sentence is no women's-football context for the competition")),
    pytest.param("Feyenoord's title in 2017 was their first in 18 years.", [("feyenoord", "eredivisie", "2017", A)],
                 marks=pytest.mark.xfail(strict=True, reason="'X's title in YEAR' as a subject: no rule")),
    pytest.param("Portugal's only major tournament win came at Euro 2016.", [("portugal", "uefa-european-championship", "2016", A)],
                 marks=pytest.mark.xfail(strict=True, reason="'X's ... win came at COMPETITION': no rule")),
]


@pytest.mark.parametrize("text,expected", ROWS + GAPS)
def test_title_grid(analyse_text, text, expected):
    got = [(c["subject_id"], c["object_id"], c["value"], c["modality"]) for c in analyse_text(text).claims
           if c["predicate"] == "title_won"]
    assert sorted(got) == sorted(expected)


def test_conditional_title_is_hypothetical(analyse_text):
    """"If X beat Y, they will be crowned champions": whoever it is, nothing is won yet."""
    got = [c for c in analyse_text("If Napoli beat Lazio on Sunday, they will be crowned champions.").claims
           if c["predicate"] == "title_won"]
    assert got and all(c["modality"] == H for c in got)


@pytest.mark.parametrize("text,subject,predicate", [
    ("If Arsenal lose at home on Saturday, Marco Rossi will be sacked.", "marco-rossi", "left_role"),
    ("Unless Porto beat Braga, Luca Bianchi will be sacked by Porto.", "luca-bianchi", "left_role"),
    ("If Benfica win the league, Marco Rossi will sign a new contract with Benfica.", "benfica", "title_won"),
])
def test_a_condition_before_the_clause_makes_it_hypothetical(analyse_text, text, subject, predicate):
    got = [c for c in analyse_text(text).claims if c["subject_id"] == subject and c["predicate"] == predicate]
    assert got and all(c["modality"] == H for c in got)


@pytest.mark.parametrize("text", [
    "Arsenal's fifth league win of the season came at Burnley.",
    "Arsenal's second triumph over Chelsea this season came on Sunday.",
    "Marco Rossi missed a penalty as Chelsea won the FA Cup in 2018.",
])
def test_no_title_of_a_match_or_a_miss(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] in {"arsenal", "marco-rossi"}]
    if "FA Cup" in text:
        assert [c for c in claims if c["subject_id"] == "chelsea" and c["predicate"] == "title_won"
                and c["object_id"] == "fa-cup" and c["modality"] == A]
