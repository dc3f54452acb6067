"""Error types of held-out 26 seen once (stop 32) and fixed as general constructions. Sentences written for
these tests, with other names, clubs and years than the set's."""
import pytest

from tests.pipeline import test_claims as base

ISTANBUL = ("Manchester City beat Inter in the Champions League final in Istanbul on Saturday. A week earlier City had "
            "won the FA Cup. Pep Guardiola won the competition with Barcelona in 2009 and lost the 2021 final to "
            "Chelsea in Porto.")

ROWS = [
    # "beat X in the YEAR COMP final": a year between "the" and the competition
    ("Juventus beat Atalanta 2-1 in the 2021 Coppa Italia final in Reggio Emilia.",
     ("juventus", "title_won", "coppa-italia", "2021", "asserted")),
    # "were beaten by COACH's SIDE in the COMP final": the side after the coach's possessive won it
    ("Feyenoord were beaten 1-0 by Jose Mourinho's Roma in the Conference League final in Tirana.",
     ("roma", "title_won", "uefa-conference-league", None, "asserted")),
    # "X coached CLUB from A to B, winning COMP": the coach's participle (no side led "to" a title)
    ("Before that Antonio Conte coached Inter from 2019 to 2021, winning Serie A.",
     ("antonio-conte", "title_won", "serie-a", None, "asserted")),
    # "The Athletic Club striker": the club, not the publication "The Athletic"
    ("The Athletic Club striker Inaki Williams scored twice against Real Betis.",
     ("inaki-williams", "player_of", "athletic-bilbao", None, "asserted")),
    # the European Under-21 Championship is a competition of its own, not the Championship
    ("Lee Carsley won the European Under-21 Championship with England in 2023.",
     ("lee-carsley", "title_won", "uefa-european-under-21-championship", "2023", "asserted")),
    # "lost the final to Real": the model's adjective after "to" read as the club the article names
    ("Real Madrid beat Borussia Dortmund at Wembley on Saturday. Juventus lost the 2017 final to Real in Cardiff.",
     ("real-madrid", "title_won", None, "2017", "asserted")),
    # "won the competition ... and lost the YEAR final to X": the final of the competition just called "the
    # competition" (the article's), not a cup named in the sentence before
    (ISTANBUL, ("chelsea", "title_won", "uefa-champions-league", "2021", "asserted")),
    # a country the model reads as a region ("Ivory Coast", LOC): the country's side
    ("Ivory Coast won the 1992 Africa Cup of Nations in Senegal, beating Ghana on penalties.",
     ("ivory-coast", "title_won", "africa-cup-of-nations", "1992", "asserted")),
    # "X, AGE, the CLUB manager": the job, past the age
    ("Thomas Frank, 50, the Brentford manager, wants a new striker before the deadline.",
     ("thomas-frank", "head_coach_of", "brentford", None, "asserted")),
    # "the N-year-old club captain": a person, not a club's age
    ("Jordan Henderson, the 33-year-old club captain, left for Saudi Arabia in July.",
     ("jordan-henderson", "age", None, "33", "asserted")),
]

CHELSEA = ("Chelsea signed Moises Caicedo on Monday. Caicedo cost a reported £100m, and Caicedo will wear the No 25. "
           "Mauricio Pochettino, 51, the Chelsea manager, now has one midfielder fewer to find. The former Tottenham "
           "and Southampton manager wants a striker as well.")
LEVERKUSEN = ("Florian Wirtz scored twice as Leverkusen won the Bundesliga on Sunday. Wirtz, 20, has scored 11 goals "
              "this season. Xabi Alonso, 42, was the captain of the Spain side that won the 2012 final. The former "
              "Liverpool and Real Sociedad midfielder has been in charge since 2022.")
ARSENAL = "Arsenal lost at Wembley. Mikel Arteta will hope for better at Molineux. The Arsenal head coach, 41, takes his side there on Saturday."

ROWS += [
    # "The former CLUB and CLUB manager / midfielder": two clubs in one descriptor of the person just named
    (CHELSEA, ("mauricio-pochettino", "head_coach_of", "tottenham-hotspur", None, "asserted")),
    (CHELSEA, ("mauricio-pochettino", "head_coach_of", "southampton", None, "asserted")),
    (LEVERKUSEN, ("xabi-alonso", "player_of", "liverpool", None, "asserted")),
    # "The CLUB head coach, AGE,": the job and the age of the person just named
    (ARSENAL, ("mikel-arteta", "age", None, "41", "asserted")),
    (ARSENAL, ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
]

RECORD = ("# Chelsea complete record signing of Enzo Fernandez from Benfica\n\nChelsea completed the signing of "
          "Enzo Fernandez from Benfica on Tuesday for a reported £106m, a British record, after two earlier offers had "
          "been turned down.")
RUMOUR = ("Chelsea completed the signing of Enzo Fernandez from Benfica on Tuesday. Fernandez joined his new "
          "team-mates at Chelsea on Wednesday. Liverpool had also been linked with Fernandez before the deal.")
NAPOLI = "Napoli won Serie A on Sunday. Roma finished sixth with 63 points."

ROWS += [
    # "X completed the signing ..., after two bids had been turned down": the refusal is of earlier bids (the
    # parser may hang the main clause on the subordinate one); the move is made
    (RECORD, ("enzo-fernandez", "transfer", "chelsea", "benfica", "reported")),
    # "Liverpool had also been linked with X" after his move from Benfica: a move talked of before, from Benfica
    (RUMOUR, ("enzo-fernandez", "transfer", "liverpool", "benfica", "hypothetical")),
    # "finished sixth with 63 points" with no league words, in an article that names Serie A: Serie A
    (NAPOLI, ("roma", "league_position", "serie-a", "6", "asserted")),
    (NAPOLI, ("roma", "points", "serie-a", "63", "asserted")),
]

UNDER = ("Real Madrid won La Liga. Barcelona, who won the league in 2023 under Xavi, ended this season second. They "
         "did at least win the Super Cup in January under Hansi Flick.")

ROWS += [
    # "under X": the side of the clause's subject ("they" the side just spoken of), or the club a player moves to
    ("Kai Havertz left for Arsenal this summer after three years at Chelsea and will play under Mikel Arteta.",
     ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
    ("Juventus lost again. Paulo Dybala moved to Roma last summer and now plays under Jose Mourinho.",
     ("jose-mourinho", "head_coach_of", "roma", None, "asserted")),
    (UNDER, ("hansi-flick", "head_coach_of", "barcelona", None, "asserted")),
]

IRAN = ("Iran lost to England. Iran, coached by Carlos Queiroz, had reached the finals three times in a row. The "
        "Portuguese, 69, was appointed in September and worked as Alex Ferguson's assistant at Manchester United.")
KEEPER = ("Tottenham won the cup on Saturday. Hugo Lloris made three saves. Harry Kane came on late and lifted the "
          "trophy alongside the France goalkeeper.")
HANDED = ("Arsenal won the cup on Saturday. Their 3-1 win at Anfield in April handed the Premier League title to "
          "Jurgen Klopp's Liverpool.")

ROWS += [
    # a bare appointment of a person the article has coach a side named just before: that side, not a club of
    # the next clause ("and worked as X's assistant at United")
    (IRAN, ("carlos-queiroz", "appointed", "iran", None, "asserted")),
    # "X ... lifted the trophy alongside the France goalkeeper": the goalkeeper is not X
    (KEEPER, ("hugo-lloris", "nationality", None, "France", "asserted")),
    # "handed the COMP title to COACH's SIDE": that side's title
    (HANDED, ("liverpool", "title_won", "premier-league", None, "asserted")),
]

SPURS = ("Tottenham lost at home. Jose Mourinho has been Tottenham manager since November 2019, when he was appointed "
         "days after Mauricio Pochettino's sacking.")

ROWS += [
    # "has been CLUB manager since DATE, when he was appointed": the job held since then, beside its start
    (SPURS, ("jose-mourinho", "head_coach_of", "tottenham-hotspur", None, "asserted")),
    # "was appointed ... after X's sacking / dismissal": X left the job the sentence fills
    (SPURS, ("mauricio-pochettino", "left_role", "tottenham-hotspur", None, "asserted")),
    ("Chelsea lost again. Graham Potter was appointed in September, days after Thomas Tuchel's dismissal.",
     ("thomas-tuchel", "left_role", "chelsea", None, "asserted")),
]

NOT_ROWS = [
    # "after X's exit in the second half": no job filled, no departure
    ("Liverpool won. Jurgen Klopp praised Mohamed Salah after Darwin Nunez's exit in the second half.",
     ("darwin-nunez", "left_role", None)),
    (IRAN, ("carlos-queiroz", "appointed", "manchester-united")),
    (KEEPER, ("harry-kane", "nationality", None)),
    # "won the cup" in an article that names only a league: no league title
    (HANDED, ("arsenal", "title_won", "premier-league")),
    ("Kai Havertz left for Arsenal this summer after three years at Chelsea and will play under Mikel Arteta.",
     ("mikel-arteta", "head_coach_of", "chelsea")),
    (UNDER, ("hansi-flick", "head_coach_of", "real-madrid")),
    (CHELSEA, ("moises-caicedo", "head_coach_of", None)),
    # "X's side lost the final to Real": not the side the sentence has them lose to
    ("Real Madrid beat Atletico Madrid in Milan on Saturday. Diego Simeone's side had also lost the 2014 final to "
     "Real in Lisbon.", ("diego-simeone", "head_coach_of", "real-madrid")),
    # a club's or a stadium's age stays no person's
    ("Brentford moved in 2020. Thomas Frank praised the 120-year-old club record books.", ("thomas-frank", "age", None)),
]


# review of stop 32: sentences on which the first versions of this stop's changes made false claims
ROWS += [
    ("Chelsea won. Thomas Frank was appointed in 2018 and led Brentford into the Premier League.",
     ("thomas-frank", "appointed", "brentford", None, "asserted")),
    ("Chelsea signed Enzo Fernandez from Benfica in January 2023. Real Madrid had hoped to sign Fernandez from "
     "Chelsea this summer.", ("enzo-fernandez", "transfer", "real-madrid", "chelsea", "hypothetical")),
]
NOT_ROWS += [
    ("Liverpool won. Liverpool have not lost since Darwin Nunez's exit.", ("darwin-nunez", "left_role", None)),
    ("Arsenal won. Mikel Arteta was named captain after Cesc Fabregas's departure.",
     ("cesc-fabregas", "left_role", None)),
    ("Arsenal won. Arsenal confirmed the signing of Declan Rice weeks after Granit Xhaka's departure.",
     ("granit-xhaka", "left_role", None)),
    ("Arsenal won. Declan Rice, who turned down a move to Manchester City, scored twice for Arsenal and plays under "
     "Mikel Arteta.", ("mikel-arteta", "head_coach_of", "manchester-city")),
    ("Chelsea won. Kai Havertz, who went to Arsenal last summer, was a regular at Chelsea under Thomas Tuchel.",
     ("thomas-tuchel", "head_coach_of", "arsenal")),
    ("Arsenal won the cup. Declan Rice handed the trophy to Arsenal fans after the game.",
     ("arsenal", "title_won", "premier-league")),
    ("Napoli won Serie A on Sunday. In Europe, Napoli finished first in their group with 15 points.",
     ("napoli", "league_position", "serie-a")),
    ("Brentford won. Thomas Frank met the 20-year-old stadium manager on Friday.", ("thomas-frank", "age", None)),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_heldout26_types(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", NOT_ROWS)
def test_heldout26_types_absent(analyse_text, text, unwanted):
    base.assert_no_claim_with_any_object(analyse_text, text, unwanted)
