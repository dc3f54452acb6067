"""Error types of held-out 25 seen once (stop 31) and fixed as general constructions. Sentences written for
these tests, with other names, clubs and years than the set's."""
import pytest

from tests.pipeline import test_claims as base

CUP_STORY = ("Inter lost the Champions League final to Manchester City in Istanbul on Saturday. City had won the "
             "Premier League with 89 points. Carlo Ancelotti won the competition with Milan in 2003.")
LEAGUE_STORY = ("Leicester won the Premier League on Monday. Chelsea drew at Tottenham. Claudio Ranieri had never won "
                "the competition before.")

SHORT_NAME = ("Real Madrid beat Liverpool 1-0 in Paris on Saturday. Real had already won La Liga this season with 86 "
              "points.")

EUROS = ("Italy are European champions after beating England on penalties at Wembley on Sunday night. Italy's only "
         "previous European title came in 1968.")

STAYS = ("Real Madrid won the Champions League. A week before the final, Erling Haaland turned down Real to sign a "
         "new contract with Dortmund.")

POTTER = ("Bayern sacked Julian Nagelsmann on Friday. Graham Potter, the Chelsea manager who replaced him at Brighton, "
          "is under pressure too.")
THERE = "Leverkusen are coached by Xabi Alonso, the former Bayern midfielder, who took over there in October."

CITY_LEDE = ("Manchester City are champions of Europe for the first time after beating Inter in Istanbul. Rodri "
             "scored the goal. Julian Alvarez, a World Cup winner in December, came off the bench.")

ROWS = [
    # "COACH's COUNTRY" anywhere in the sentence (an object too): the country is the side he leads
    ("Italy beat Luis Enrique's Spain in the semi-final.", ("luis-enrique", "head_coach_of", "spain", None, "asserted")),
    ("Argentina lost to Herve Renard's Saudi Arabia in their opening game.",
     ("herve-renard", "head_coach_of", "saudi-arabia", None, "asserted")),
    # "the competition" after a league named in passing, in a story about a cup: the article's cup
    (CUP_STORY, ("carlo-ancelotti", "title_won", "uefa-champions-league", "2003", "asserted")),
    # ... but in a story about that league, the league
    (LEAGUE_STORY, ("claudio-ranieri", "title_won", "premier-league", None, "negated")),
    # "champions of Europe": a club's is the Champions League
    ("Bayern are champions of Europe for the sixth time after beating PSG in Lisbon.",
     ("bayern-munich", "title_won", "uefa-champions-league", None, "asserted")),
    # a word of the one club the article names in full, no town, as a subject or after "with": that club
    (SHORT_NAME, ("real-madrid", "points", "la-liga", "86", "asserted")),
    (SHORT_NAME, ("real-madrid", "title_won", "la-liga", None, "asserted")),
    # "TEAM's previous titles came in YEAR and YEAR": those titles (a national side's "European", "World" title is
    # that tournament; else the article's competition), and the country is the side
    ("France beat Morocco 2-0 in the World Cup semi-final. France's previous titles came in 1998 and 2018.",
     ("france", "title_won", "fifa-world-cup", "2018", "asserted")),
    ("England lost the Euro 2020 final at Wembley. Germany's last European title came in 1996.",
     ("germany", "title_won", "uefa-european-championship", "1996", "asserted")),
    ("Napoli won Serie A on Thursday. Napoli's two previous titles came in 1987 and 1990, with Maradona.",
     ("napoli", "title_won", "serie-a", "1987", "asserted")),
    (EUROS, ("italy", "title_won", "uefa-european-championship", "1968", "asserted")),
    # ... and the title the report opens with stays beside it
    (EUROS, ("italy", "title_won", "uefa-european-championship", None, "asserted")),
    # "CLUB are expected to reward him with a longer contract", "the club are expected to offer him a new deal"
    ("Chelsea won the Champions League on Saturday. Thomas Tuchel joined in January. Chelsea are expected to reward "
     "him with a longer contract.", ("thomas-tuchel", "offer_received", "chelsea", None, "hypothetical")),
    ("Sevilla won the Europa League on Wednesday. Jose Luis Mendilibar joined in March. His contract expires this "
     "summer, but the club are expected to offer him a new deal.",
     ("jose-luis-mendilibar", "offer_received", "sevilla", None, "hypothetical")),
    # "turned down Real to sign a new contract with X": an offer declined (the short name read as the club) and
    # the club he stays at, asserted (the refusal is of another club; signing is its purpose)
    (STAYS, ("erling-haaland", "offer_received", "real-madrid", "declined", "asserted")),
    (STAYS, ("erling-haaland", "player_of", "borussia-dortmund", None, "asserted")),
    ("Erling Haaland signed a new three-year contract with Dortmund on Monday.",
     ("erling-haaland", "player_of", "borussia-dortmund", None, "asserted")),
    # "A gave Spain the lead before B equalised. The CLUB forward, 22,": B, the later event's subject (a name the
    # model reads as a product becomes a person when it equalises, as when it scores)
    ("Spain beat England 2-1 in Berlin on Sunday night. Dani Olmo gave Spain the lead after the break before Jude "
     "Bellingham equalised with a header. The Real Madrid midfielder, 21, had been quiet until then.",
     ("jude-bellingham", "player_of", "real-madrid", None, "asserted")),
    ("Nico Williams gave Spain the lead two minutes after half-time before Cole Palmer equalised with a low shot. "
     "The Chelsea forward, 22, had come on only three minutes earlier.", ("cole-palmer", "age", None, "22", "asserted")),
    # "X, the Chelsea manager who replaced him at Brighton,": the job he holds, beside the appointment
    (POTTER, ("graham-potter", "head_coach_of", "chelsea", None, "asserted")),
    (POTTER, ("graham-potter", "appointed", None, None, "asserted")),
    # "took over there" after "the former Bayern midfielder": the club the clause is about, not his past one
    (THERE, ("xabi-alonso", "appointed", "bayer-leverkusen", None, "asserted")),
    # a lede calling a club "champions of Europe" (no cup named) makes the article's competition the Champions
    # League; a club's "the competition" / "the trophy" is never a national sides' tournament named in passing
    (f"{CITY_LEDE} Inter last won the competition in 2010.",
     ("inter-milan", "title_won", "uefa-champions-league", "2010", "asserted")),
    (f"{CITY_LEDE} Alvarez, a World Cup winner in December, scored against Carlo Ancelotti's Real Madrid, who won "
     "the trophy last year.", ("real-madrid", "title_won", "uefa-champions-league", None, "asserted")),
    ("Chelsea are champions of Europe after beating Manchester City in Porto. Chelsea finished fourth in the Premier "
     "League. City have never won the competition.",
     ("manchester-city", "title_won", "uefa-champions-league", None, "negated")),
    # "CLUB, back in La Liga this season, are coached by X": an apposition between the side and the verb
    ("Almeria, back in La Liga this season, are coached by Vicente Moreno.",
     ("vicente-moreno", "head_coach_of", "almeria", None, "asserted")),
    ("Girona, promoted in June, are managed by Michel Sanchez.",
     ("michel-sanchez", "head_coach_of", "girona", None, "asserted")),
    # "X, one of Y's assistants,", "X, Y's assistant,": X is on the staff of Y's side
    ("Ajax named Hans Keller as head coach in June. Jan Smit, one of Keller's assistants, took training on Monday.",
     ("jan-smit", "coaching_staff_of", "ajax", None, "asserted")),
    ("Ajax named Hans Keller as head coach in June. Jan Smit, Keller's assistant, took training on Monday.",
     ("jan-smit", "coaching_staff_of", "ajax", None, "asserted")),
    # a story naming a men's side as such ("the USMNT") does not turn the country into its women's side because the
    # women's side is named too
    ("Pochettino takes charge of the USMNT this month. Mikey Varas, one of Berhalter's assistants, was the interim "
     "coach for two friendlies. Argentina won the Copa America in July. Emma Hayes, the former Chelsea manager who "
     "now coaches the US women, helped to persuade him.",
     ("mikey-varas", "coaching_staff_of", "united-states", None, "asserted")),
    # "on loan at A from B": the player is B's as well as A's
    ("Marco Diaz, who spent the season on loan at Genoa from Lazio, scored twice.",
     ("marco-diaz", "player_of", "lazio", None, "asserted")),
    ("Marco Diaz, who spent the season on loan at Genoa from Lazio, scored twice.",
     ("marco-diaz", "player_of", "genoa", None, "asserted")),
    ("Sporting Lisbon beat Porto 2-1 on Sunday. Sporting had signed Viktor Gyokeres from Coventry in 2023.",
     ("viktor-gyokeres", "transfer", "sporting-cp", None, "asserted")),
]

PLAYERS_CLUB = ("Federico Chiesa scored twice at Wembley on Saturday night. The Juventus winger, 23, also scored in "
                "the semi-final. Roberto Mancini, 56, was appointed in May 2018, after Gian Piero Ventura left following "
                "the World Cup play-off.")

NOT_ROWS = [
    (CUP_STORY, ("carlo-ancelotti", "title_won", "premier-league")),
    # a league has no final: "lost last year's final to X" is never the league named before it
    ("Chelsea are champions of Europe after beating Manchester City in Porto. Chelsea finished fourth in the Premier "
     "League, and City won the Premier League. Thomas Tuchel was sacked by PSG in December, a few months after "
     "losing last year's final to Bayern Munich in Lisbon.", ("bayern-munich", "title_won", "premier-league")),
    ("Chelsea won the Champions League on Saturday, beating Manchester City in Porto. Chelsea finished fourth in the "
     "Premier League this season. Thomas Tuchel was sacked by PSG in December, a few months after losing last "
     "year's final to Bayern Munich in Lisbon.", ("bayern-munich", "title_won", "premier-league")),
    # a club named only to say whose player someone is ("The Juventus winger") is no job a bare appointment fills
    (PLAYERS_CLUB, ("roberto-mancini", "appointed", "juventus")),
    (PLAYERS_CLUB, ("gian-piero-ventura", "left_role", "juventus")),
    (THERE, ("xabi-alonso", "appointed", "bayern-munich")),
    (f"{CITY_LEDE} Inter last won the competition in 2010.", ("inter-milan", "title_won", "fifa-world-cup")),
    # review of stop 31: a person's country outside a match; a kit deal; a past European title in an apposition; a
    # league title; a relative clause between a club and "was coached by"
    ("Emmanuel Macron's France has spent billions on the Olympics.", ("emmanuel-macron", "head_coach_of", None)),
    ("Nike has signed a new kit deal with Everton.", ("nike", "player_of", None)),
    ("Aston Villa, the 1982 European champions, beat Arsenal 2-0 in the Premier League. Villa last won the trophy in "
     "1981.", ("aston-villa", "title_won", "uefa-champions-league")),
    ("Arsenal beat Porto on penalties in the Champions League. Arsenal's last league title came in 2004.",
     ("arsenal", "title_won", "uefa-champions-league")),
    ("Victor Osimhen left Lille, where he scored 18 goals, was coached by Christophe Galtier and then joined Napoli.",
     ("christophe-galtier", "head_coach_of", "lille")),
    # "European champions" with a cup named in the lede: that cup is the article's, not the Champions League
    ("Olympiacos are European champions after beating Fiorentina in the Conference League final in Athens. "
     "Fiorentina lost last year's final 2-1 to West Ham in Prague.",
     ("west-ham-united", "title_won", "uefa-champions-league")),
    ("Spain beat England 2-1 in Berlin on Sunday night. Dani Olmo gave Spain the lead after the break before Jude "
     "Bellingham equalised with a header. The Real Madrid midfielder, 21, had been quiet until then.",
     ("dani-olmo", "player_of", "real-madrid")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_heldout25_types(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", NOT_ROWS)
def test_heldout25_types_absent(analyse_text, text, unwanted):
    base.assert_no_claim_with_any_object(analyse_text, text, unwanted)
