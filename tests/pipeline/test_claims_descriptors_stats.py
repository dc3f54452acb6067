"""Players named by a descriptor with an age ("the 24-year-old Italy striker", "Porto's 19-year-old
winger"), a birthday to come ("turns 32 next week"), international goals and caps "for" a country,
and team-mates of a national side. Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    # an age before a country's side and a role noun: the person just named, or the name that follows
    ("Marco Rossi lifted the cup, and within days the 24-year-old Italy striker had been sold to Chelsea.",
     ("marco-rossi", "age", "", "24", "asserted")),
    ("Jonas Berger, the 29-year-old Sweden goalkeeper, has been linked with Celtic.",
     ("jonas-berger", "age", "", "29", "asserted")),
    ("Luis Ortega scored twice on Saturday. The 26-year-old Spain winger now has nine goals this season.",
     ("luis-ortega", "age", "", "26", "asserted")),
    ("Bayern named Thomas Keller as coach. The 31-year-old Germany defender Lukas Brandt will be captain.",
     ("lukas-brandt", "age", "", "31", "asserted")),
    ("Celtic have signed the 22-year-old Scotland midfielder Callum Reid from Hibernian.",
     ("callum-reid", "age", "", "22", "asserted")),
    # an age after a club's possessive: that club's player, and not the coach who sent him on
    ("Porto coach Jose Silva, 52, brought on Pedro Rocha after the break, and Porto's 19-year-old winger scored twice.",
     ("pedro-rocha", "age", "", "19", "asserted")),
    ("Porto coach Jose Silva, 52, brought on Pedro Rocha after the break, and Porto's 19-year-old winger scored twice.",
     ("pedro-rocha", "player_of", "porto", None, "asserted")),
    ("Ajax started Jonas Berger up front. Ajax's 20-year-old Danish striker missed two chances.",
     ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Napoli manager Paolo Conte, 60, praised Marco Rossi, and said Napoli's 23-year-old forward was the best in Italy.",
     ("marco-rossi", "age", "", "23", "asserted")),
    # a birthday already had is an age
    ("Marta Silva turned 28 in March.", ("marta-silva", "age", "", "28", "asserted")),
    ("Paolo Rossi scored twice on his birthday. He turns 30 today.", ("paolo-rossi", "age", "", "30", "asserted")),
    # goals in internationals "for" a country: that side, with no nationality stated before
    ("Ivan Petrov has scored 11 goals in 37 internationals for Bulgaria.",
     ("ivan-petrov", "career_goals", "bulgaria", "11", "asserted")),
    ("Ivan Petrov has scored 11 goals in 37 internationals for Bulgaria.",
     ("ivan-petrov", "career_appearances", "bulgaria", "37", "asserted")),
    ("Marta Silva has 14 goals in 51 international appearances for the Netherlands.",
     ("marta-silva", "career_appearances", "netherlands", "51", "asserted")),
    ("Liam Byrne scored 6 goals in 24 internationals for Ireland before he retired.",
     ("liam-byrne", "career_goals", "ireland", "6", "asserted")),
    # a descriptor the parser splits ("forward" hung on the verb): the person it stands for
    ("Two goals from Jonas Berger beat Porto. Ajax striker Berger, 30, changed the game. He volleyed past Pedro Rocha "
     "after 20 minutes. The former Feyenoord forward has scored 9 goals in 31 internationals for Sweden.",
     ("jonas-berger", "career_goals", "sweden", "9", "asserted")),
    # a team-mate of a national side: a nationality, no club played for
    ("Marta Silva will be reunited with her Netherlands team-mate Anna Berg, who joined from Wolfsburg.",
     ("anna-berg", "nationality", "", "Netherlands", "asserted")),
    ("Juan Perez scored with his Argentina team-mate Luis Diaz watching.",
     ("luis-diaz", "nationality", "", "Argentina", "asserted")),
    ("Jonas Berger praised his Sweden teammate Erik Lund after the game.",
     ("erik-lund", "nationality", "", "Sweden", "asserted")),
    ("Wales team-mate Gareth Hughes was also injured.", ("gareth-hughes", "nationality", "", "Wales", "asserted")),
    # a club team-mate is still a club played for
    ("Marco Rossi and his Napoli team-mate Luis Ortega both scored.",
     ("luis-ortega", "player_of", "napoli", None, "asserted")),
]

# (text, predicate, who, value or None)
NOT_ROWS = [
    ("The 31-year-old will join Sevilla and turns 32 next week.", "age", None, "32"),
    ("Luis Ortega, who turns 30 in May, signed a new deal.", "age", "luis-ortega", "30"),
    ("Jonas Berger will turn 35 before the final.", "age", "jonas-berger", "35"),
    ("Porto coach Jose Silva, 52, brought on Pedro Rocha after the break, and Porto's 19-year-old winger scored twice.",
     "age", "jose-silva", "19"),
    ("Marta Silva will be reunited with her Netherlands team-mate Anna Berg, who joined from Wolfsburg.",
     "player_of", None, None),
    ("Juan Perez scored with his Argentina team-mate Luis Diaz watching.", "player_of", None, None),
    ("Two goals from Jonas Berger beat Porto. Ajax striker Berger, 30, changed the game. The former Feyenoord forward "
     "won the World Cup in 2018.", "title_won", "feyenoord", None),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_descriptors_stats_team_mates(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who,value", NOT_ROWS)
def test_descriptors_stats_team_mates_not_claims(analyse_text, text, predicate, who, value):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))
             and (value is None or c["value"] == value)]
    assert not wrong, wrong
