"""Claim rules for wordings the blind sets showed the rules missing: lists of earlier titles after an
ordinal ("the fourth league title in X's history, after 1946, 1954 and 2011"), jobs in other words
("will become their manager", "coached by X since 2017", "would succeed him", "has been in charge
since"). Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# an ordinal title, then the earlier ones: one title per year named
EARLIER_TITLES = [
    ("It is only the third league title in Napoli's history, after 1987 and 1990.", "napoli", ["1987", "1990"]),
    ("Roma won the Coppa Italia on Wednesday. It is the ninth cup title in Roma's history, after 1964, 1969 and 1980.",
     "roma", ["1964", "1969", "1980"]),
    ("Wolfsburg beat Lyon in the final on Sunday, with Alexandra Popp scoring twice. It was her third European title "
     "in a row with the German club, after 2013 and 2014.", "alexandra-popp", ["2013", "2014"]),
    ("Marco Rossi scored the winner for Porto. It was his fourth league title with the club, after 2011, 2012 and 2013.",
     "marco-rossi", ["2011", "2012", "2013"]),
    ("Feyenoord won the Eredivisie on Sunday. It is the 16th league title in Feyenoord's history, after 1999 and 2017.",
     "feyenoord", ["1999", "2017"]),
    ("Celtic lifted the trophy at Hampden. It was their fifth title in a row, after 2017, 2018, 2019 and 2020.",
     "celtic", ["2017", "2018", "2019", "2020"]),
    ("Marco Rossi won the Scottish Cup with Celtic. It was his fifth cup title, after 2017, 2018, 2019 and 2020.",
     "marco-rossi", ["2017", "2018", "2019", "2020"]),
]


@pytest.mark.parametrize("text,subject,years", EARLIER_TITLES)
def test_earlier_titles_after_an_ordinal(analyse_text, text, subject, years):
    claims = analyse_text(text).claims
    got = sorted(c["value"] for c in claims if c["predicate"] == "title_won" and c["subject_id"] == subject
                 and c["value"] and c["modality"] == "asserted")
    assert got == years, [(c["subject_id"], c["value"]) for c in claims if c["predicate"] == "title_won"]


def test_the_current_title_of_the_list_takes_none_of_its_years(analyse_text):
    claims = analyse_text("It is only the third league title in Napoli's history, after 1987 and 1990.").claims
    current = [c for c in claims if c["predicate"] == "title_won" and not c["value"]]
    assert current and all("1990" not in c["time_text"] for c in current), current


ROWS = [
    # "will become their manager": an announced appointment of the side the sentence named
    ("Everton have confirmed that Marco Rossi will become their manager at the end of the season.",
     ("marco-rossi", "appointed", "everton", "manager", "asserted")),
    ("Porto announced on Monday that Luis Ortega will become their coach next summer.",
     ("luis-ortega", "appointed", "porto", "coach", "asserted")),
    ("Napoli have confirmed that Marco Rossi will become their new head coach in July.",
     ("marco-rossi", "appointed", "napoli", "head coach", "asserted")),
    # a side, or a country as a side, "coached by" someone
    ("Sweden, coached by Jonas Berger since October 2019, face Spain on Friday.",
     ("jonas-berger", "head_coach_of", "sweden", None, "asserted")),
    ("Denmark, coached by Marco Rossi, beat Wales 2-0.", ("marco-rossi", "head_coach_of", "denmark", None, "asserted")),
    ("Japan, coached by Marco Rossi since 2018, reached the quarter-finals.",
     ("marco-rossi", "head_coach_of", "japan", None, "asserted")),
    ("Wales, led by Jonas Berger, drew with Poland.", ("jonas-berger", "head_coach_of", "wales", None, "asserted")),
    ("Sporting, coached by Luis Ortega since January 2020, won the league.",
     ("luis-ortega", "head_coach_of", "sporting-cp", None, "asserted")),
    ("Bayern Munich, coached by the Frenchman Jonas Berger, face Spain on Friday.",
     ("jonas-berger", "head_coach_of", "bayern-munich", None, "asserted")),
    # "has been at X since": a coach's job, else a player's club
    ("Celtic have appointed Marco Rossi as their next manager. Rossi has been at Porto since 2016.",
     ("marco-rossi", "head_coach_of", "porto", None, "asserted")),
    ("Mohamed Salah has been at Liverpool since 2017.", ("mohamed-salah", "player_of", "liverpool", None, "asserted")),
    ("Luis Ortega, who has been at Sevilla since 2019, is out of contract in June.",
     ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    # "has been in charge since" / "remains in charge until": the side the article has them coach
    ("Lazio appointed Marco Rossi in 2021. The Italian has been in charge since June 2021.",
     ("marco-rossi", "head_coach_of", "lazio", None, "asserted")),
    ("Benfica appointed Marco Rossi in 2019. The Italian, who remains in charge until May, has won three trophies.",
     ("marco-rossi", "head_coach_of", "benfica", None, "asserted")),
    # "had been in charge since" a job he has now left: that job, beside the appointment of the same clause
    ("Celtic have appointed Marco Rossi. Porto sacked Rossi on Monday. Rossi had been in charge since July 2019, when "
     "he succeeded Jonas Berger.", ("marco-rossi", "head_coach_of", "porto", None, "asserted")),
    # "announced that X would succeed him": the announcing side's appointment, and his departure
    ("Marco Rossi has coached Benfica since 2019. In March Benfica announced that Luis Ortega would succeed him.",
     ("luis-ortega", "appointed", "benfica", None, "asserted")),
    ("Marco Rossi has coached Benfica since 2019. In March Benfica announced that Luis Ortega would succeed him.",
     ("marco-rossi", "left_role", "benfica", None, "asserted")),
    ("Marco Rossi has coached Monaco since 2020. Monaco confirmed that Luis Ortega would succeed him in the summer.",
     ("luis-ortega", "appointed", "monaco", None, "asserted")),
    ("Marco Rossi has coached Monaco since 2020. Luis Ortega will succeed him in the summer.",
     ("marco-rossi", "left_role", "monaco", None, "asserted")),
]

# offers: "has offers from A, B and C" (one per club; attributed = reported), a declined new contract
OFFER_ROWS = [
    ("Marco Rossi is leaving Lille. According to Marca, he has offers from Sevilla and Valencia.",
     ("marco-rossi", "offer_received", "valencia", None, "reported")),
    ("Marco Rossi has offers from Everton, Fulham and Brentford, according to the Guardian.",
     ("marco-rossi", "offer_received", "fulham", None, "reported")),
    ("Jonas Berger has received offers from Ajax and PSV.", ("jonas-berger", "offer_received", "psv-eindhoven", None, "asserted")),
    ("Marco Rossi has an offer from Galatasaray, reports in Turkey said.",
     ("marco-rossi", "offer_received", "galatasaray", None, "reported")),
    ("Jonas Berger is said to have attracted offers from Fulham and Everton.",
     ("jonas-berger", "offer_received", "everton", None, "reported")),
    ("Marco Rossi turned down the offer of a new contract at Porto.",
     ("marco-rossi", "offer_received", "porto", "declined", "asserted")),
    ("Jonas Berger left Celtic after he turned down the offer of a new contract.",
     ("jonas-berger", "offer_received", "celtic", "declined", "asserted")),
    ("Marco Rossi has coached Porto since 2019. He turned down the offer of a new deal in March.",
     ("marco-rossi", "offer_received", "porto", "declined", "asserted")),
    # the successor's appointment stays beside the one who declined to stay
    ("Marco Rossi has coached Porto since 2019. In May Porto announced that Luis Ortega would succeed him, after "
     "Rossi turned down the offer of a new contract.", ("luis-ortega", "appointed", "porto", None, "asserted")),
]

# careers: an academy's club is the senior club; "spent a season with X"; records "with N caps and M goals";
# "X, of Team," in a list of players; sides that "will play in" a league; an award is no appointment
CAREER_ROWS = [
    ("Marco Rossi came through the academy at Sporting Lisbon before joining Porto in 2010.",
     ("marco-rossi", "player_of", "sporting-cp", None, "asserted")),
    ("Jonas Berger came through the youth system at Ajax.", ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Luis Ortega began his career at Rayo Vallecano and Getafe in Spain.",
     ("luis-ortega", "player_of", "getafe", None, "asserted")),
    ("Marco Rossi spent a season with Genoa before joining Lazio in 2014.",
     ("marco-rossi", "tenure_length", "genoa", "1", "asserted")),
    ("Marco Rossi spent a season with Genoa before joining Lazio in 2014.",
     ("marco-rossi", "player_of", "genoa", None, "asserted")),
    ("Jonas Berger spent one year at Celtic, then moved on.", ("jonas-berger", "tenure_length", "celtic", "1", "asserted")),
    ("The Portugal captain Marco Rossi holds the national records with 150 caps and 80 goals.",
     ("marco-rossi", "career_goals", "portugal", "80", "asserted")),
    ("Kylian Moreau, of Paris Saint-Germain, was third.", ("kylian-moreau", "player_of", "paris-saint-germain", None, "asserted")),
    ("Marco Rossi, 27, of Atletico Madrid, scored twice.", ("marco-rossi", "player_of", "atletico-madrid", None, "asserted")),
    ("Nimes will play in Ligue 2 next season.", ("nimes", "competition_of", "ligue-2", None, "asserted")),
    ("Leeds United, Burnley and Luton Town will play in the Championship next season.",
     ("luton-town", "competition_of", "efl-championship", None, "asserted")),
    ("Lens and Lorient will play in Ligue 1 next season.", ("lorient", "competition_of", "ligue-1", None, "asserted")),
]

# more jobs and careers in other words
MORE_ROWS = [
    ("Everton, who have been coached by Marco Rossi since 2022, lost again.",
     ("marco-rossi", "head_coach_of", "everton", None, "asserted")),
    ("Marco Rossi will succeed Jonas Berger as Lazio coach in the summer.",
     ("marco-rossi", "appointed", "lazio", "coach", "asserted")),
    ("Marco Rossi will succeed Jonas Berger as Lazio coach in the summer.",
     ("jonas-berger", "left_role", "lazio", None, "asserted")),
    ("Marco Rossi is Porto's coach.", ("marco-rossi", "head_coach_of", "porto", "coach", "asserted")),
    ("Marco Rossi has been Porto's coach since 2019.", ("marco-rossi", "head_coach_of", "porto", "coach", "asserted")),
    ("Marco Rossi, Porto's coach since 2019, is 51.", ("marco-rossi", "head_coach_of", "porto", "coach", "asserted")),
    ("Marco Rossi is now Everton's new manager.", ("marco-rossi", "head_coach_of", "everton", "manager", "asserted")),
    ("Marco Rossi, Everton's interim manager, spoke on Friday.",
     ("marco-rossi", "head_coach_of", "everton", "interim", "asserted")),
    ("Marco Rossi is a product of the Porto academy.", ("marco-rossi", "player_of", "porto", None, "asserted")),
    ("Jonas Berger graduated from the Ajax academy in 2012.", ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Luis Ortega brought Marco Rossi to Porto in 2015.", ("marco-rossi", "transfer", "porto", None, "asserted")),
    ("Marco Rossi played for Benfica. Luis Ortega brought him to Manchester United in 2010.",
     ("marco-rossi", "transfer", "manchester-united", "benfica", "asserted")),
]

# "They were champions for a ninth time in 2018-19": the side named before
CHAMPION_ROWS = [
    ("Porto won the league last season. They were champions for a 30th time in 2021-22.",
     ("porto", "title_won", None, "2021-22", "asserted")),
    ("Celtic sit top of the Scottish Premiership. They were champions in 2023-24 and 2024-25.",
     ("celtic", "title_won", None, "2024-25", "asserted")),
    ("Ajax lost 2-0 on Sunday. They were champions for the 36th time in 2022, but are now ninth.",
     ("ajax", "title_won", None, "2022", "asserted")),
]


def test_a_competition_from_another_sentence_starts_no_list(analyse_text):
    claims = analyse_text("Porto won the Champions League in 2004. Jonas Berger won the Europa League in 2011 with "
                          "Ajax. Porto sit second. They were champions in 2022.").claims
    porto = sorted(c["value"] for c in claims if c["predicate"] == "title_won" and c["subject_id"] == "porto")
    assert porto == ["2004", "2022"], porto  # not the Europa League of 2011 between the two


# "a club-record 451 goals": a career total at the club the sentence names
RECORD_ROWS = [
    ("In nine seasons at Porto, Marco Rossi scored a club-record 312 goals.",
     ("marco-rossi", "career_goals", "porto", "312", "asserted")),
    ("Marco Rossi scored a club-record 240 goals during his 11 years at Lazio.",
     ("marco-rossi", "career_goals", "lazio", "240", "asserted")),
    ("In nine seasons at the Bernabeu, until 2018, Marco Rossi scored a club-record 451 goals.",
     ("marco-rossi", "career_goals", "real-madrid", "451", "asserted")),
    ("Jonas Berger made a club-record 602 appearances for Ajax.",
     ("jonas-berger", "career_appearances", "ajax", "602", "asserted")),
]

NOT_ROWS = [
    ("The players celebrated. They were champions in 2019.", "title_won"),
    ("Marco Rossi, Porto's former coach, is 51.", "head_coach_of"),
    ("Luis Ortega brought him to Porto in 2010.", "transfer"),  # nobody else named: not the one who brought him
    ("Kylian Moreau, of Paris Saint-Germain, was third.", "league_position"),  # a vote, not a table
    ("Jonas Berger of Ajax finished second in the vote.", "league_position"),
    ("Ada Stolsmo was named the first winner of the women's Golden Ball on Monday.", "appointed"),
    ("Jonas Berger was named the winner of the Golden Boot.", "appointed"),
    ("Lille won the title. Olivier Durand, who replaced Marco Rossi as president in December, praised the coach.",
     "appointed"),
    ("Marco Rossi spent half a season with Genoa.", "tenure_length"),
    ("Lazio confirmed that Jose Silva, of Porto, would be their next coach.", "player_of"),  # a coach's side
    ("Jonas Berger came off injured and Luis Ortega replaced him.", "appointed"),  # a substitution
    ("Sevilla said that Marco Rossi would be a good coach.", "appointed"),
    ("Marco Rossi, 52, has been in charge since July 2015.", "head_coach_of"),  # no side anywhere: no guess
    ("Celtic are in their fifth season under Marco Rossi, after 2019 and 2020.", "title_won"),
]


@pytest.mark.parametrize("text,expected", ROWS + OFFER_ROWS + CAREER_ROWS + MORE_ROWS + CHAMPION_ROWS + RECORD_ROWS)
def test_job_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", NOT_ROWS)
def test_job_wordings_not_claims(analyse_text, text, predicate):
    base.test_no_asserted_claim(analyse_text, text, predicate)


# a descriptor or a title put right before a name, or a country after "of"
NAMED_AFTER_DESCRIPTOR_ROWS = [
    ("Porto have appointed the Frenchman Laurent Blanc as their new coach.",
     ("laurent-blanc", "nationality", "", "France", "asserted")),
    ("The decision was taken by the Italian Carlo Ancelotti after the match.",
     ("carlo-ancelotti", "nationality", "", "Italy", "asserted")),
    ("Only the Dutchman Louis van Gaal has won more titles in the competition.",
     ("louis-van-gaal", "nationality", "", "Netherlands", "asserted")),
    ("He beat the Spaniard Pep Guardiola to the award.", ("pep-guardiola", "nationality", "", "Spain", "asserted")),
    ("The Portuguese Jose Mourinho was sacked on Tuesday.", ("jose-mourinho", "nationality", "", "Portugal", "asserted")),
    ("Argentina's Lionel Scaloni joined Brazil's Tite as the only coaches to reach the final.",
     ("tite", "nationality", "", "Brazil", "asserted")),
    ("The record is held by Germany's Joachim Low, who won it in 2014.",
     ("joachim-low", "nationality", "", "Germany", "asserted")),
    ("Only Marcello Lippi of Italy has coached in more finals.",
     ("marcello-lippi", "nationality", "", "Italy", "asserted")),
    ("Michel Platini of France and Johan Cruyff of the Netherlands were both nominated.",
     ("michel-platini", "nationality", "", "France", "asserted")),
    ("Porto have signed a new striker. Captain Marco Rossi welcomed him.",
     ("marco-rossi", "player_of", "porto", None, "asserted")),
    ("Porto have signed a new striker, and captain Marco Rossi welcomed him.",
     ("marco-rossi", "player_of", "porto", None, "asserted")),
    ("Chelsea Women have signed the striker. Manager Carlo Ancelotti has been watching her for months.",
     ("carlo-ancelotti", "head_coach_of", "chelsea-women", "manager", "asserted")),
    ("Celtic have signed Marco Rossi. Head coach Jonas Berger said he was delighted.",
     ("jonas-berger", "head_coach_of", "celtic", "head coach", "asserted")),
]

# "the former Ajax midfielder" as an object: the person the descriptor stands for, not the speaker
FORMER_TEAM_OBJECT_ROWS = [
    ("Porto have signed Marco Rossi. Club president Jonas Berger wants the former Ajax and Benfica midfielder to "
     "become captain.", ("marco-rossi", "player_of", "benfica", None, "asserted")),
    ("Marco Rossi joined Napoli in the summer. Coach Jonas Berger praised the former Ajax midfielder after the game.",
     ("marco-rossi", "player_of", "ajax", None, "asserted")),
    ("Lazio have signed Marco Rossi. Luis Ortega said the former Sevilla striker was a great addition.",
     ("marco-rossi", "player_of", "sevilla", None, "asserted")),
    ("Marco Rossi has joined Napoli. The former Ajax midfielder signed a three-year deal.",
     ("marco-rossi", "player_of", "ajax", None, "asserted")),
    ("Marco Rossi of Porto and Luis Ortega of Benfica were both sent off.",
     ("luis-ortega", "player_of", "benfica", None, "asserted")),
    # a Danish club the gazetteer lacked
    ("Peter Hansen is on the bench again. Hansen, the Brondby midfielder whose goal won the cup, is wanted by Arsenal.",
     ("peter-hansen", "player_of", "brondby", None, "asserted")),
]

NAMED_AFTER_DESCRIPTOR_NOT_ROWS = [
    ("Arsenal boss Jonas Berger praised the former Ajax midfielder after the game.", "player_of"),
    ("Marco Rossi joined Napoli in the summer. Coach Jonas Berger praised the former Ajax midfielder after the game.",
     "player_of", "jonas-berger"),
    ("Moller Hansen was the assistant to Jonas Berger for years before succeeding the German in 1994.", "nationality"),
    ("Everton lost again on Saturday. Former manager Jonas Berger was in the stands.", "head_coach_of"),
    ("Porto have suspended head coach Jonas Berger after the defeat.", "head_coach_of"),
    ("Sweden won the final on Sunday. Captain Marco Rossi lifted the trophy.", "player_of"),
]


@pytest.mark.parametrize("text,expected", NAMED_AFTER_DESCRIPTOR_ROWS + FORMER_TEAM_OBJECT_ROWS)
def test_names_after_a_descriptor(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("row", NAMED_AFTER_DESCRIPTOR_NOT_ROWS)
def test_names_after_a_descriptor_not_claims(analyse_text, row):
    text, predicate, *subject = row
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and c["modality"] == "asserted"
             and (not subject or c["subject_id"] == subject[0])]
    assert not wrong, wrong


# careers and moves in other words; a national side before a name is a nationality, never a club
CAREER_MOVE_ROWS = [
    ("Marco Rossi has just finished his first season at Napoli, who signed him from Lazio last summer.",
     ("marco-rossi", "transfer", "napoli", "lazio", "asserted")),
    ("Marco Rossi is back in training at Porto, who bought him from Braga in 2019.",
     ("marco-rossi", "transfer", "porto", "braga", "asserted")),
    ("Luis Ortega scored again for Sevilla, who signed him from Betis last year.",
     ("luis-ortega", "transfer", "sevilla", "real-betis", "asserted")),
    ("Ada Stolsmo starred for Lyon, who signed her from Wolfsburg in 2017.",
     ("ada-stolsmo", "transfer", "olympique-lyonnais", "vfl-wolfsburg", "asserted")),
    ("Luis Ortega made his name with Sevilla before moving to Napoli.",
     ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    ("Sofia Jakobsson is 30. She made her name at home with Rosengard, where she began her senior career, "
     "before joining Barcelona.", ("sofia-jakobsson", "player_of", "fc-rosengard", None, "asserted")),
    ("Sofia Jakobsson is 30. She began her senior career with Hammarby.",
     ("sofia-jakobsson", "player_of", "hammarby", None, "asserted")),
    ("Ada Stolsmo is 27. She began her career with Perth Glory and later played for Sydney FC.",
     ("ada-stolsmo", "player_of", "perth-glory", None, "asserted")),
    ("Chelsea Women have signed South Korea playmaker Ji Min-ah from INAC Kobe.",
     ("ji-min-ah", "nationality", "", "South Korea", "asserted")),
]


@pytest.mark.parametrize("text,expected", CAREER_MOVE_ROWS)
def test_careers_and_moves_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_national_side_before_a_name_is_no_club(analyse_text):
    claims = analyse_text("Chelsea Women have signed South Korea playmaker Ji Min-ah from INAC Kobe.").claims
    assert not [c for c in claims if c["predicate"] == "player_of" and "korea" in c["object_id"]], claims


def test_a_coach_who_made_his_name_at_a_club_played_for_none(analyse_text):
    claims = analyse_text("Julian Brandt is 36. He made his name at Hoffenheim, where he took charge of the first team "
                          "in 2016.").claims
    assert not [c for c in claims if c["predicate"] == "player_of"], claims


# "joins him as assistant manager": a place on the staff of the side the coach he joins has now
JOINS_HIM_ROWS = [
    ("Napoli have appointed Marco Rossi as their new head coach. Luis Ortega, his fitness coach at Porto, joins him "
     "as assistant manager.", ("luis-ortega", "coaching_staff_of", "napoli", "assistant", "asserted")),
    ("Celtic have named Marco Rossi as manager. Jonas Berger, who worked with him at Braga, joins him as assistant "
     "coach.", ("jonas-berger", "coaching_staff_of", "celtic", "assistant", "asserted")),
]


@pytest.mark.parametrize("text,expected", JOINS_HIM_ROWS)
def test_joins_him_as_assistant(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_joins_him_as_assistant_is_no_job_at_his_old_club(analyse_text):
    claims = analyse_text("Napoli have appointed Marco Rossi as their new head coach. Luis Ortega, his fitness coach at "
                          "Porto, joins him as assistant manager.").claims
    # his fitness coach's job at Porto is a place on the staff there (heldout10's convention), not a new job
    assert not [c for c in claims if c["subject_id"] == "luis-ortega" and c["object_id"] == "porto"
                and c["predicate"] in {"appointed", "head_coach_of"}], claims
