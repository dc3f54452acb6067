"""Who a description or a pronoun stands for, and which side "his side" is: a bare role noun before
adverbs and its verb ("The newcomer previously coached X"); "he" after a possessive descriptor subject in
a coordinated clause ("The Swede's loan ends, and he ..."); an age descriptor opening a sentence
that agrees with nobody named (no guess by salience); a competition named before a league title's noun
phrase; an earlier coaching job ("previously coached") that is not the side "X's side" is now; a job
still to come ("has agreed to replace X at Y") that is not the side "the club" is; "X's men"; "where he led
the club"; "a consortium led by X"; a club's title before a coach's name, for the whole sentence.
Sentences written for these tests, with other people, clubs and years than the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
ROWS = [
    ("Marco Ferri, 58, replaced Luca Neri as coach in May 2019. The newcomer previously coached Genoa.",
     ("marco-ferri", "head_coach_of", "genoa", None, "asserted")),
    ("Hugo Lenz signed a new deal on Monday. The winger previously joined Ajax from Utrecht in 2018.",
     ("hugo-lenz", "transfer", "ajax", None, "asserted")),
    ("Tom Hale scored twice for Burnley. Tom Hale then hit the bar. Hale was later substituted. Jonas Eriksson, 29, "
     "was on the bench. The Swede's loan ends this summer, and he is expected to join Rangers.",
     ("jonas-eriksson", "transfer", "rangers", None, "hypothetical")),
    ("Luis Ortega scored for Sevilla. Ortega then scored again, and Ortega was named man of the match. Marek Novak, "
     "33, was booked early. The Czech's deal runs until 2026, but he could move to Sparta Prague in January.",
     ("marek-novak", "transfer", "sparta-prague", None, "hypothetical")),
    ("Marco Ferri, 58, took charge of Switzerland in 2019. The Italian took Switzerland to the 2016 European "
     "Championship; he had won the Spanish league with Valencia in 2004.",
     ("marco-ferri", "title_won", "la-liga", "2004", "asserted")),
    ("Rangers beat Celtic 2-0 on Saturday. Tomas Berg's side were ahead after ten minutes. Tomas Berg, 55, "
     "previously coached Hearts.", ("tomas-berg", "head_coach_of", "rangers", None, "asserted")),
    ("Ajax won 3-1 in Rotterdam. Erik Smit's side scored twice before half-time. Smit, 50, had formerly managed "
     "Utrecht.", ("erik-smit", "head_coach_of", "ajax", None, "asserted")),
    # "the club" of a coach who has agreed (is expected) to take another job: the club he coaches now
    ("Valencia drew 1-1 with Betis. Marco Rossi, 52, once a Valencia winger, has coached the club for three "
     "seasons. According to Marca, Rossi has agreed to replace Luis Garcia at Sevilla in June.",
     ("marco-rossi", "tenure_length", "valencia", "3", "asserted")),
    ("Porto won 3-0. Rui Costa Lima, 49, has been coach of the club since 2019. He has agreed to replace Jorge "
     "Mendes Vaz at Benfica in the summer.", ("rui-costa-lima", "head_coach_of", "porto", None, "asserted")),
    ("Celtic won again on Saturday. Ange Moro, 58, has been manager of the club for two years. He is expected to "
     "succeed Tom Lane at Leeds United in June.", ("ange-moro", "head_coach_of", "celtic", None, "asserted")),
    # a person's squad by a possessive ("X's men", "X's charges"): the side he coaches
    ("Burnley were beaten 3-0. Sean Dyce's men had won the previous meeting between the sides.",
     ("sean-dyce", "head_coach_of", "burnley", None, "asserted")),
    ("Ajax won 2-1. Erik Hof's charges were ahead after five minutes.", ("erik-hof", "head_coach_of", "ajax", None, "asserted")),
    # "where he led the club": the club the where-clause hangs from
    ("Gary Price, 39, has coached Rangers since 2020. The Irishman made his name at Stoke City, where he steered "
     "the team into Europe in 2015.", ("gary-price", "head_coach_of", "stoke-city", None, "asserted")),
    ("Ian Boyd, 52, was appointed Hibernian manager in 2022. He made his name at Aberdeen, where he guided the club "
     "to the Scottish Cup final.", ("ian-boyd", "head_coach_of", "aberdeen", None, "asserted")),
    # "CLUB head coach NAME, who succeeded X, ...: his team are ...": the title's club, for the whole sentence
    ("Everton beat Arsenal 2-0. Sam Cole's side were superb, and Sam Cole praised his players. Cole, 50, took charge "
     "in 2022. Arsenal boss Tom Reed, whose predecessor Paul Grant was sacked in 2021, has a problem: his side lie "
     "ninth in the Premier League.", ("arsenal", "league_position", "premier-league", "9", "asserted")),
    ("Lazio beat Roma 2-0. Luca Neri's side dominated, and Luca Neri was delighted. Neri, 44, took over in 2023. For "
     "Paolo Verdi it was a long evening. Roma head coach Verdi, who replaced Marco Bassi last summer, still leads the "
     "race: his side are top of Serie A with 65 points.", ("roma", "points", "serie-a", "65", "asserted")),
    ("Lazio beat Roma 2-0. Luca Neri's side dominated, and Luca Neri was delighted. Neri, 44, took over in 2023. For "
     "Paolo Verdi it was a long evening. Roma head coach Verdi, who replaced Marco Bassi last summer, still leads the "
     "race: his side are top of Serie A with 65 points.", ("paolo-verdi", "appointed", "roma", None, "asserted")),
]

# (text, predicate, subject): the claim must not be given to that person
NOT_ROWS = [
    ("Kai Olsen, 27, stayed on the bench. The 19-year-old striker joined Brondby from Odense last summer.",
     "transfer", "kai-olsen"),
    ("Nico Alves, 35, was substituted at half-time as the hosts beat Braga 2-1. The 22-year-old midfielder joined "
     "Porto from Vitoria in January.", "transfer", "nico-alves"),
    ("Tom Hale scored twice for Burnley. Tom Hale then hit the bar. Hale was later substituted. Jonas Eriksson, 29, "
     "was on the bench. The Swede's loan ends this summer, and he is expected to join Rangers.", "transfer", "tom-hale"),
    ("Marco Ferri, 58, replaced Luca Neri as coach in May 2019. The newcomer previously coached Genoa.",
     "head_coach_of", "luca-neri"),
]

# (text, predicate, subject, object): that claim must not be made
NOT_OBJECT_ROWS = [
    ("Valencia drew 1-1 with Betis. Marco Rossi, 52, once a Valencia winger, has coached the club for three "
     "seasons. According to Marca, Rossi has agreed to replace Luis Garcia at Sevilla in June.",
     "head_coach_of", "marco-rossi", "sevilla"),
    ("Porto won 3-0. Rui Costa Lima, 49, has been coach of the club since 2019. He has agreed to replace Jorge "
     "Mendes Vaz at Benfica in the summer.", "head_coach_of", "rui-costa-lima", "benfica"),
    # "a consortium led by X": X leads the consortium; the subject coaches no side to the right of "led by"
    ("Leeds United beat Hull City. Tom Marsh, 50, has coached Hull since the spring, when a consortium led by "
     "Chelsea's former owners bought the club.", "head_coach_of", "tom-marsh", "chelsea"),
    # a club he led as coach, in a where-clause after "made his name at": not a club he played for
    ("Gary Price, 39, has coached Rangers since 2020. The Irishman made his name at Stoke City, where he steered "
     "the team into Europe in 2015.", "player_of", "gary-price", "stoke-city"),
    ("Lazio beat Roma 2-0. Luca Neri's side dominated, and Luca Neri was delighted. Neri, 44, took over in 2023. For "
     "Paolo Verdi it was a long evening. Roma head coach Verdi, who replaced Marco Bassi last summer, still leads the "
     "race: his side are top of Serie A with 65 points.", "points", "lazio", "serie-a"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_descriptor_agreement(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,subject", NOT_ROWS)
def test_descriptor_agreement_not_claims(analyse_text, text, predicate, subject):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject], claims


@pytest.mark.parametrize("text,predicate,subject,obj", NOT_OBJECT_ROWS)
def test_club_not_job_to_come(analyse_text, text, predicate, subject, obj):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == subject
                and c["object_id"] == obj], claims


def test_possessive_side_not_earlier_job(analyse_text):
    claims = analyse_text("Rangers beat Celtic 2-0 on Saturday. Tomas Berg's side were ahead after ten minutes. "
                          "Tomas Berg, 55, previously coached Hearts.").claims
    side = [c for c in claims if c["rule_id"].startswith("coach.possessive_side")]
    assert side and all(c["object_id"] == "rangers" for c in side), claims
