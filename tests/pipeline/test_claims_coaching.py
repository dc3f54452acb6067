"""Claim rules for coaching jobs, titles and tables in other words: a side coached jointly by two people,
"lead the table", "finished runners-up", "another League Cup", "was brought in", "X, sacked by Y, ...",
a passive in the present ("are coached by"), a coach's future departure from the side he has now.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a side coached jointly by two (or three) people: the job for each of them
    ("Norway are coached jointly by Marco Rossi and Jonas Berger.", ("jonas-berger", "head_coach_of", "norway", None, "asserted")),
    ("Norway are coached jointly by Marco Rossi and Jonas Berger.", ("marco-rossi", "head_coach_of", "norway", None, "asserted")),
    ("Benfica, managed by Luis Ortega and Marco Rossi, drew 1-1 with Braga.",
     ("marco-rossi", "head_coach_of", "benfica", None, "asserted")),
    # "lead the table": first place
    ("Feyenoord, coached by Jonas Berger, lead the table.", ("feyenoord", "league_position", "", "1", "asserted")),
    ("Napoli lead the league by four points after beating Torino.", ("napoli", "league_position", "serie-a", "1", "asserted")),
    ("Sevilla led the standings at Christmas.", ("sevilla", "league_position", "", "1", "asserted")),
    # "finished runners-up" in a league: second place
    ("Aston Villa finished runners-up in the Championship in 2019.",
     ("aston-villa", "league_position", "efl-championship", "2", "asserted")),
    ("Leeds United were runners-up to Arsenal in 1999.", ("leeds-united", "league_position", None, "2", "asserted")),
    # "another" cup after a list of titles
    ("Porto won the league in 2011 and another Taca de Portugal in 2013.",
     ("porto", "title_won", None, "2013", "asserted")),
    ("Manchester City won another League Cup in 2021.", ("manchester-city", "title_won", "efl-cup", "2021", "asserted")),
    # "was brought in": an appointment, the club named beside it
    ("Nuno Espirito Santo was brought in by Nottingham Forest as manager in December 2023.",
     ("nuno-espirito-santo", "appointed", "nottingham-forest", None, "asserted")),
    ("Marco Rossi, sacked by Everton last week after Jonas Berger was brought in, is set to join Porto as coach.",
     ("jonas-berger", "appointed", "everton", None, "asserted")),
    # "X, sacked by Y, ...": the job X lost at Y
    ("Marco Rossi, sacked by Everton in December 2019, returns to the club he managed in 2017.",
     ("marco-rossi", "left_role", "everton", "dismissed", "asserted")),
    ("Scott Parker, who was sacked by Bournemouth in August, is the favourite for the job.",
     ("scott-parker", "left_role", "bournemouth", "dismissed", "asserted")),
    ("Luis Ortega, dismissed by Sevilla on Monday, has been linked with the Porto job.",
     ("luis-ortega", "left_role", "sevilla", "dismissed", "asserted")),
    # a coach who will step down leaves the side he coaches now, not one of his past sides
    ("Norway are coached by Jonas Berger. Berger, 61, later coached Ghana at the 2006 World Cup. He will step down "
     "after the Euros.", ("jonas-berger", "left_role", "norway", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coaching_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


NOT_ROWS = [
    # a player leads the league in goals; a cup's runners-up lost a final; a player brought in
    ("Harry Kane leads the league in goals this season.", "league_position"),
    ("Liverpool finished runners-up in the FA Cup in 2012.", "league_position"),
    ("Chelsea were runners-up in the Carabao Cup final.", "league_position"),
    ("Declan Rice was brought in to shore up the midfield.", "appointed"),
    ("Marco Rossi was brought in from Porto for 30 million euros.", "appointed"),
    ("Jonas Berger, sacked as captain by his coach, was dropped.", "left_role"),
    # a side beaten on the way is no side coached or taken over
    ("Jonas Berger steered the Greek club past Celtic and then Rangers in the play-off rounds.", "head_coach_of"),
    ("Jonas Berger took over in March and led the team against Ajax and PSV.", "appointed"),
    ("Anna Berg guided her side beyond Lyon in the quarter-final.", "head_coach_of"),
]


@pytest.mark.parametrize("text,predicate", NOT_ROWS)
def test_coaching_wordings_not_claims(analyse_text, text, predicate):
    base.test_no_asserted_claim(analyse_text, text, predicate)


def test_a_present_passive_is_a_present_role(analyse_text):
    claims = analyse_text("Norway are coached by Jonas Berger.").claims
    assert [c for c in claims if c["predicate"] == "head_coach_of" and c["subject_id"] == "jonas-berger"
            and c["time_tense"] == "present"], claims


def test_the_co_coach_list_stops_at_a_club(analyse_text):
    claims = analyse_text("Norway are coached by Jonas Berger and Porto will host them on Friday.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["subject_id"] != "jonas-berger"], claims


# "X's side" + a fixture verb; a side the sentences just before were about, not the last one they named
POSSESSIVE_ROWS = [
    ("Ajax, who won the Eredivisie last month, still have a cup final to play. Jonas Berger's side face PSV on Sunday.",
     ("jonas-berger", "head_coach_of", "ajax", None, "asserted")),
    ("Napoli beat Lazio 2-0 on Sunday. It was a fifth straight win. Marco Rossi's side now lead the table by 12 points.",
     ("marco-rossi", "head_coach_of", "napoli", None, "asserted")),
    ("Napoli beat Lazio 2-0 on Sunday. It was a fifth straight win. Marco Rossi's side now lead the table by 12 points.",
     ("napoli", "league_position", None, "1", "asserted")),
    ("Celtic had thrashed Hearts 4-0 at Tynecastle. It is their 12th league title in 13 years. Luis Ortega's side "
     "have 93 points.", ("luis-ortega", "head_coach_of", "celtic", None, "asserted")),
]

# a staff job: "fitness coach", "goalkeeping coach", "was named X's new fitness coach"
STAFF_ROWS = [
    ("Napoli have appointed Marco Rossi as their new head coach. Luis Ortega, his fitness coach at Porto, joins him "
     "as assistant manager.", ("luis-ortega", "coaching_staff_of", "porto", None, "asserted")),
    ("Jonas Berger was named Celtic's new fitness coach on Monday.",
     ("jonas-berger", "coaching_staff_of", "celtic", None, "asserted")),
    ("Porto have appointed Luis Ortega as goalkeeping coach.", ("luis-ortega", "coaching_staff_of", "porto", None, "asserted")),
    ("Luis Ortega, the goalkeeping coach of Benfica, has left the club.",
     ("luis-ortega", "coaching_staff_of", "benfica", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", POSSESSIVE_ROWS + STAFF_ROWS)
def test_possessive_sides_and_staff_jobs(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "Jonas Berger was named Celtic's new fitness coach on Monday.",
    "Porto have appointed Luis Ortega as goalkeeping coach.",
    "Luis Ortega, the goalkeeping coach of Benfica, has left the club.",
])
def test_a_staff_job_is_no_head_coach(analyse_text, text):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] in {"head_coach_of", "appointed"}], claims


def test_a_head_coach_with_a_fitness_coach_keeps_his_job(analyse_text):
    claims = analyse_text("Porto have appointed Luis Ortega as coach, with Jonas Berger as his fitness coach.").claims
    assert [c for c in claims if c["predicate"] == "appointed" and c["subject_id"] == "luis-ortega"], claims


def test_a_side_beaten_just_before_is_the_winners(analyse_text):
    claims = analyse_text("Bayern were beaten 2-1 by Chelsea. Marco Rossi's side went on to win the final.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == "bayern-munich"], claims


# the person someone replaced left the job the successor took; a governing body's sacking is its national side's
PREDECESSOR_ROWS = [
    ("Marco Rossi resigned as Wales manager on Monday. Rossi took the job in 2019, replacing the Dutchman Jonas Berger, "
     "who had resigned two months earlier.", ("jonas-berger", "left_role", "wales", None, "asserted")),
    ("Luis Ortega left Benfica on Friday. Ortega took the post in 2020, replacing Marco Rossi, who had quit in "
     "August.", ("marco-rossi", "left_role", "benfica", None, "asserted")),
    ("Marco Rossi is the Wales coach. He replaced Jonas Berger, who was sacked by the Football Association of Wales "
     "in May.", ("jonas-berger", "left_role", "wales", None, "asserted")),
    ("Marco Rossi is the Wales coach. He replaced Jonas Berger, who was sacked by the Football Association of Wales "
     "in May.", ("marco-rossi", "appointed", "wales", None, "asserted")),
    ("Jonas Berger was dismissed by the Italian Football Federation on Monday.",
     ("jonas-berger", "left_role", "italy", None, "asserted")),
    ("Luis Ortega was sacked by the Royal Spanish Football Federation in 2018.",
     ("luis-ortega", "left_role", "spain", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", PREDECESSOR_ROWS)
def test_predecessors_and_governing_bodies(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


#: (text, predecessor, the side they left): "X replaces Y, who stepped down ..." is Y leaving the job X takes, not
#: another side the article names elsewhere
PREDECESSOR_SIDE_ROWS = [
    ("Brady handed Japan job\n\nThe Japan Football Association named Tom Brady as head coach of the national team on "
     "Monday. Brady replaces Ed Moss, who stepped down in December after taking the team to the quarter-finals. Brady "
     "coached the United States from 2011 to 2016. He was dismissed by the United States in 2016.", "ed-moss", "japan",
     "resigned"),
    ("Ghana turn to Moss\n\nThe Ghana Football Association appointed Ed Moss as coach of the Black Stars on Friday. "
     "Moss succeeds Sam Hale, who resigned in February after the side's group-stage exit. Moss previously managed "
     "Nigeria between 2015 and 2018 and was sacked by Nigeria in 2018.", "sam-hale", "ghana", "resigned"),
    # the job taken is the appointment the article names, not a side guessed for "He replaces ..."
    ("Porto have named Ruben Dias as head coach. Dias spent four years at Braga, where he won the cup. He replaces Jose "
     "Silva, who was sacked in April after two years in charge.", "jose-silva", "porto", "dismissed"),
]


@pytest.mark.parametrize("text,person,side,how", PREDECESSOR_SIDE_ROWS)
def test_a_predecessor_leaves_the_job_taken(analyse_text, text, person, side, how):
    claims = analyse_text(text).claims
    left = [c for c in claims if c["subject_id"] == person and c["predicate"] == "left_role"]
    assert {c["object_id"] for c in left} == {side}, claims
    assert len(left) == 1 and left[0]["value"] == how, left
    taken = {c["object_id"] for c in claims if c["predicate"] == "appointed" and c["subject_id"] != person}
    assert taken <= {side}, claims


@pytest.mark.parametrize("text,person,time_text", [
    # the time of the clause on the one replaced is his departure's, not the appointment's
    (PREDECESSOR_SIDE_ROWS[0][0], "tom-brady", ""),
    ("Genoa appointed Tom Brady in June 2019, replacing Ed Moss, who had resigned in May.", "tom-brady", "June 2019"),
])
def test_an_appointment_is_not_dated_by_the_predecessors_exit(analyse_text, text, person, time_text):
    claims = analyse_text(text).claims
    got = [c["time_text"] for c in claims if c["subject_id"] == person and c["predicate"] == "appointed"]
    assert got == [time_text], claims


# a job's change in a clause with no time of its own takes the time of the clause it hangs on
HEAD_CLAUSE_TIME_ROWS = [
    ("Markus Weber became Freiburg coach in October 2016, replacing Jan Vogel.",
     "markus-weber", "appointed", "October 2016"),
    ("Markus Weber became Freiburg coach in October 2016, replacing Jan Vogel.",
     "jan-vogel", "left_role", "October 2016"),
    ("Luis Prado walked out in March 2012 to replace Pablo Soto at Valencia.", "luis-prado", "appointed", "March 2012"),
    ("In April the board announced that Dario Conti would succeed Ugo Sala at Parma.",
     "dario-conti", "appointed", "April"),
    # a time inside a relative clause on someone else is not the head clause's
    ("Genoa, who sacked Ed Moss in May, brought in Tom Brady, replacing him as head coach.", "tom-brady", "appointed", ""),
]


@pytest.mark.parametrize("text,person,predicate,time_text", HEAD_CLAUSE_TIME_ROWS)
def test_a_job_change_clause_takes_its_head_clauses_time(analyse_text, text, person, predicate, time_text):
    claims = analyse_text(text).claims
    got = [c["time_text"] for c in claims if c["subject_id"] == person and c["predicate"] == predicate]
    assert got and set(got) == {time_text}, claims


def test_a_body_without_a_country_is_no_side(analyse_text):
    claims = analyse_text("Jonas Berger was sacked by the Football Association on Monday.").claims
    assert not [c for c in claims if c["predicate"] == "left_role" and c["object_id"]], claims


# "took over X" (a country: its side), "are third, two points behind", "stepped down after N years in charge of X",
# and an appointment's own year, not that of a clause on the person
MORE_ROWS = [
    ("Marco Rossi, who was sacked by Porto in February 2022, took over Peru in 2023.",
     ("marco-rossi", "appointed", "peru", None, "asserted")),
    ("Jonas Berger, sacked by Sevilla last year, took over Valencia in March.",
     ("jonas-berger", "appointed", "valencia", None, "asserted")),
    ("Nottingham Forest are third, two points behind Arsenal.",
     ("nottingham-forest", "league_position", None, "3", "asserted")),
    ("Manchester United were 14th in the table when their manager was dismissed.",
     ("manchester-united", "league_position", None, "14", "asserted")),
    ("Luis Ortega stepped down after eight years in charge of Norway.",
     ("luis-ortega", "left_role", "norway", None, "asserted")),
    ("Marco Rossi resigned on Monday after two seasons in charge at Porto.",
     ("marco-rossi", "left_role", "porto", None, "asserted")),
    ("Jonas Berger was sacked on Sunday, a year after taking charge of Sevilla.",
     ("jonas-berger", "left_role", "sevilla", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", MORE_ROWS)
def test_more_coaching_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", [
    ("Todd Boehly took over Chelsea in 2022.", "appointed"),
    ("The consortium took over Newcastle United in October 2021 after buying the club.", "appointed"),
    ("Arsenal were second favourites with the bookmakers.", "league_position"),
])
def test_more_coaching_wordings_not_claims(analyse_text, text, predicate):
    base.test_no_asserted_claim(analyse_text, text, predicate)


def test_an_appointment_takes_its_own_year(analyse_text):
    claims = analyse_text("Marco Rossi, who was sacked by Porto in February 2022, took over Peru in 2023.").claims
    got = [c["time_text"] for c in claims if c["predicate"] == "appointed"]
    assert got == ["2023"], claims


# "(Country) Under-21 coach X": the age side of the country named, else of the article's side
AGE_SIDE_ROWS = [
    ("Spain's Under-21 coach Santi Ruiz is a candidate for the job.", ("santi-ruiz", "head_coach_of", "spain-u21", None, "asserted")),
    ("Wales Under-21 coach Marco Rossi has been promoted.", ("marco-rossi", "head_coach_of", "wales-u21", None, "asserted")),
    ("Jonas Berger resigned as Norway coach on Friday. The federation must find a replacement. Under-21 coach "
     "Luis Ortega is seen as the favourite.", ("luis-ortega", "head_coach_of", "norway-u21", None, "asserted")),
    ("Portugal Under-19 coach Marco Rossi named his squad on Monday.",
     ("marco-rossi", "head_coach_of", "portugal-u19", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", AGE_SIDE_ROWS)
def test_age_side_coaches(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_an_age_side_named_is_not_doubled(analyse_text):
    claims = analyse_text("Chelsea U23 coach Marco Rossi has left.").claims
    assert not [c for c in claims if c["object_id"].count("-u23") > 1], claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == "chelsea"], claims


# "his final season brought a third-place finish": the table place of the side the coach had, not of the last one named
SEASON_ROWS = [
    ("Marco Rossi took charge of Porto in 2019 after leaving Benfica. His final season brought a third-place finish "
     "on 71 points.", ("porto", "league_position", None, "3", "asserted")),
    ("Marco Rossi took charge of Porto in 2019 after leaving Benfica. His final season brought a third-place finish "
     "on 71 points.", ("porto", "points", None, "71", "asserted")),
    ("Luis Ortega was appointed Sevilla coach in 2020, replacing a man sacked by Valencia. His first season ended in a "
     "fifth-place finish.", ("sevilla", "league_position", None, "5", "asserted")),
]


@pytest.mark.parametrize("text,expected", SEASON_ROWS)
def test_a_coach_s_season_is_his_side_s(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_coach_s_season_is_not_the_club_he_left(analyse_text):
    claims = analyse_text("Marco Rossi took charge of Porto in 2019 after leaving Benfica. His final season brought a "
                          "third-place finish on 71 points.").claims
    assert not [c for c in claims if c["predicate"] in {"league_position", "points"} and c["subject_id"] == "benfica"], claims


@pytest.mark.parametrize("text,expected", [
    # taking a side to a tournament or a stage of it is a coaching job
    ("Jonas Berger took Ajax to the semi-finals of the Champions League in 2019.",
     ("jonas-berger", "head_coach_of", "ajax", None, "asserted")),
    ("Marco Rossi, who took Italy to the semi-finals of Euro 2020, has retired from coaching.",
     ("marco-rossi", "head_coach_of", "italy", None, "asserted")),
    ("Anna Berg took Norway to the 2019 World Cup.", ("anna-berg", "head_coach_of", "norway", None, "asserted")),
    ("Luca Bianchi took Genoa to the quarter-finals of the Coppa Italia last season.",
     ("luca-bianchi", "head_coach_of", "genoa", None, "asserted")),
])
def test_taking_a_side_to_a_tournament(analyse_text, text, expected):
    test_coaching_wordings(analyse_text, text, expected)


@pytest.mark.parametrize("text", [
    "Marco Rossi took the bus to Wembley for the Champions League final.",
    "The coach took Genoa to Turin for the Serie A game.",
])
def test_a_trip_is_no_coaching_job(analyse_text, text):
    assert not [c for c in analyse_text(text).claims if c["predicate"] == "head_coach_of"]


def test_one_departure_told_twice_keeps_the_dated_mention(analyse_text):
    claims = analyse_text("Schalke sack Ralf Weber\n\nRalf Weber was sacked by Schalke on Tuesday after a 4-0 defeat.").claims
    got = [c["time_text"] for c in claims if c["subject_id"] == "ralf-weber" and c["predicate"] == "left_role"]
    assert got == ["Tuesday"], claims


# (sentence, the clause's time that dates the exit of the one replaced, or None)
GONE_CLAUSE_ROWS = [
    ("Svensson, 44, replaces Jan Siewert, who left after one season to take over at Hertha last month.", "last month"),
    ("Svensson replaces Jan Siewert, who resigned in March.", "March"),
    ("Svensson replaced Jan Siewert in March.", None),  # the appointment's own time
]


@pytest.mark.parametrize("text,time_text", GONE_CLAUSE_ROWS)
def test_the_clause_on_the_one_replaced_dates_his_exit(resources, text, time_text):
    from pipeline.claims import _gone_clause_time
    from pipeline.timex import find_timexes

    doc = resources.nlp(text)
    by_sent = {0: [(t.start_char, t.end_char, t.text, t.type) for t in find_timexes(text, None)]}
    trigger = next(t for t in doc if t.lemma_ == "replace")
    got = _gone_clause_time(trigger, next(doc.sents), by_sent)
    assert (got[0] if got else None) == time_text
