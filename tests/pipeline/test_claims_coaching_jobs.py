"""Coaching jobs in other words: a ground said for its club ("in charge at Pittodrie", "walked out on
Upton Park", "assistant at the Dragão"), a head coach named by his staff ("Dalglish's coaching staff at
Liverpool"), departures and candidacies still to come ("is expected to leave", "are seen as his likely
destination", "a possible candidate"), approaches ("had also approached X"), a contract a coach ended
himself, "X, their former manager", "with X as manager", "..., the Arsenal manager said",
"returned for a second spell"; and what not to read: the club of another clause ("remained in charge of X, after Y was
sacked"), a job already filled again ("Y took over from Z"), a past job beside a candidacy.
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

ROWS = [
    # a ground said for its club
    ("Alex Ferguson was in charge at Pittodrie when Aberdeen won the Cup Winners' Cup in 1983.",
     ("alex-ferguson", "head_coach_of", "aberdeen", None, "asserted")),
    ("Tony Mowbray was in charge at Easter Road between 2004 and 2006.",
     ("tony-mowbray", "head_coach_of", "hibernian", None, "asserted")),
    ("Sam Allardyce walked out on Upton Park in May 2015.", ("sam-allardyce", "left_role", "west-ham-united", None, "asserted")),
    ("Jorge Jesus walked out on the Estádio da Luz in June 2015.", ("jorge-jesus", "left_role", "benfica", None, "asserted")),
    ("Rui Faria, Mourinho's assistant at the Dragão, followed him to Chelsea.",
     ("rui-faria", "coaching_staff_of", "porto", None, "asserted")),
    # a head coach named by the staff he leads at a club
    ("Steve Clarke worked on Kenny Dalglish's coaching staff at Liverpool.",
     ("kenny-dalglish", "head_coach_of", "liverpool", None, "asserted")),
    ("Brendan Rodgers once worked on Jose Mourinho's coaching staff at Chelsea.",
     ("jose-mourinho", "head_coach_of", "chelsea", None, "asserted")),
    # a departure still to come: from the side the coach has now
    ("Celtic manager Neil Lennon is expected to leave in the summer.", ("neil-lennon", "left_role", "celtic", None, "hypothetical")),
    ("Lyon coach Rudi Garcia is likely to leave at the end of the season, and Marseille are seen as his likely destination.",
     ("rudi-garcia", "left_role", "olympique-lyonnais", None, "hypothetical")),
    # "seen as his likely destination": a hypothetical appointment there
    ("Lyon coach Rudi Garcia is likely to leave at the end of the season, and Marseille are seen as his likely destination.",
     ("rudi-garcia", "appointed", "olympique-de-marseille", None, "hypothetical")),
    ("Napoli coach Maurizio Sarri is expected to leave, and Chelsea are seen as his next destination.",
     ("maurizio-sarri", "appointed", "chelsea", None, "hypothetical")),
    # a club approached a coach: an offer, reported when it is only attributed
    ("Real Madrid had also approached Mauricio Pochettino, according to reports in Spain.",
     ("mauricio-pochettino", "offer_received", "real-madrid", None, "reported")),
    ("Bayern Munich have approached Julian Nagelsmann about the vacancy.",
     ("julian-nagelsmann", "offer_received", "bayern-munich", None, "asserted")),
    # a coach who ended his own contract left the job
    ("Sevilla said in a statement that Julen Lopetegui had terminated his contract with the club.",
     ("julen-lopetegui", "left_role", "sevilla", None, "reported")),
    ("Jorge Jesus has rescinded his contract with Flamengo.", ("jorge-jesus", "left_role", "flamengo", None, "asserted")),
    # "a possible candidate": a hypothetical appointment
    ("Marco Silva has been mentioned in reports as a possible candidate for the Everton job.",
     ("marco-silva", "appointed", "everton", None, "hypothetical")),
    # the sacked job is the article's, not the club of the clause before
    ("England have a new manager. Steve Bruce took over in June, while he remained in charge of Sheffield Wednesday, "
     "after Rafael Benítez was sacked earlier that month.", ("rafael-benitez", "left_role", "england", None, "asserted")),
    # a job filled again in its own sentence is no longer the vacancy a candidate is spoken of for
    ("Scotland are looking for a manager after Steve Clarke resigned on Monday. Craig Bellamy took over from Rob Page "
     "as Wales manager in the summer. Derek McInnes is the bookmakers' favourite.",
     ("derek-mcinnes", "appointed", "scotland", None, "hypothetical")),
    # a candidate's past job beside his candidacy: both
    ("Fabio Capello, who took England to the World Cup in 2010, is the favourite for the Russia job.",
     ("fabio-capello", "head_coach_of", "england", None, "asserted")),
    # "X, their (interim / former) manager": the side "their" stands for
    ("Everton have spoken to Sam Allardyce, their former manager, about a return.",
     ("sam-allardyce", "head_coach_of", "everton", None, "asserted")),
    ("Marseille fans sang for Marcelo Bielsa, their former coach.",
     ("marcelo-bielsa", "head_coach_of", "olympique-de-marseille", None, "asserted")),
    # "with X as manager": the side the clause is about
    ("Leicester won the title in 2016 with Claudio Ranieri as manager.",
     ("claudio-ranieri", "head_coach_of", "leicester-city", None, "asserted")),
    ("Porto beat Monaco 3-0 in the 2004 final, with Jose Mourinho as their coach.",
     ("jose-mourinho", "head_coach_of", "porto", None, "asserted")),
    ("England reached the final of Euro 2020 with Gareth Southgate as manager, but lost to Italy.",
     ("gareth-southgate", "head_coach_of", "england", None, "asserted")),
    # "returned for a second spell": a coach's appointment at the club of the story (a player's move)
    ("Chelsea coach Jose Mourinho, who returned for a second spell in June 2013, was sacked in December 2015.",
     ("jose-mourinho", "appointed", "chelsea", None, "asserted")),
    ("Newcastle manager Kevin Keegan came back for a second spell in January 2008.",
     ("kevin-keegan", "appointed", "newcastle-united", None, "asserted")),
    ("Wayne Rooney, who returned for a second spell at Everton in July 2017, scored twice for the club.",
     ("wayne-rooney", "transfer", "everton", None, "asserted")),
    # "..., the Liverpool manager said" after a quote: the coach just named
    ("Jurgen Klopp watched from the stands. \"We were brilliant,\" the Liverpool manager said afterwards.",
     ("jurgen-klopp", "head_coach_of", "liverpool", None, "asserted")),
    ("Mikel Arteta was pleased. “It was a special night,” the Arsenal manager told reporters.",
     ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coaching_jobs_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", [
    # a player expected to leave has no coaching job to leave
    ("Declan Rice is expected to leave in the summer, and Arsenal are seen as his likely destination.", "left_role"),
    ("Jonas Berger is expected to leave in January.", "left_role"),
])
def test_no_job_left(analyse_text, text, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate], claims


@pytest.mark.parametrize("text,unwanted", [
    ("England have a new manager. Steve Bruce took over in June, while he remained in charge of Sheffield Wednesday, "
     "after Rafael Benítez was sacked earlier that month.", ("rafael-benitez", "left_role", "sheffield-wednesday")),
    ("Scotland are looking for a manager after Steve Clarke resigned on Monday. Craig Bellamy took over from Rob Page "
     "as Wales manager in the summer. Derek McInnes is the bookmakers' favourite.", ("derek-mcinnes", "appointed", "wales")),
    ("Steve Clarke worked on Kenny Dalglish's coaching staff at Liverpool.", ("kenny-dalglish", "coaching_staff_of", "liverpool")),
    # "His first spell in charge": the coach "his" stands for, not the article's main player
    ("Marco Rossi scored in his farewell game for Genoa. It was also the last game for Genoa coach Luca Bianchi. "
     "The 61-year-old is expected to leave in June. His first spell in charge ran from 2008 to 2012.",
     ("marco-rossi", "head_coach_of", "genoa")),
    # "with X as captain": no coaching job
    ("Leicester won the title in 2016 with Wes Morgan as captain.", ("wes-morgan", "head_coach_of", "leicester-city")),
])
def test_not_that_job(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# a club's statement that a coach ended his contract "with the club": the club that made the statement,
# and a surname the model took for an organisation is still the person the article named
STATEMENT_ROWS = [
    ("Everton have appointed Rafael Benítez as manager. Newcastle said in a statement that Benítez had terminated "
     "his contract with the club.", ("rafael-benitez", "left_role", "newcastle-united", None, "reported")),
    ("Lyon have hired Peter Bosz. Leverkusen said in a statement that Bosz had ended his contract with the club.",
     ("peter-bosz", "left_role", "bayer-leverkusen", None, "reported")),
    ("Roma have appointed José Mourinho. Tottenham said in an announcement that Mourinho had terminated his contract "
     "with the club.", ("jose-mourinho", "left_role", "tottenham-hotspur", None, "reported")),
    ("Sporting have appointed Rúben Amorim. Braga said in a statement that Amorim had rescinded his contract with the club.",
     ("ruben-amorim", "left_role", "braga", None, "reported")),
    ("Watford have appointed Quique Sanchez-Flores as head coach. Sevilla said in a statement that Sanchez-Flores had "
     "terminated his contract with the club.", ("quique-sanchez-flores", "left_role", "sevilla", None, "reported")),
]


@pytest.mark.parametrize("text,expected", STATEMENT_ROWS)
def test_a_statement_names_the_club_left(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_surname_tagged_as_an_organisation_is_the_person_named(analyse_text):
    mentions = analyse_text("Watford have appointed Quique Sanchez-Flores as head coach. Sevilla said in a statement "
                            "that Sanchez-Flores had terminated his contract with the club.").mentions
    assert [m for m in mentions if m["text"] == "Sanchez-Flores" and m["entity_id"] == "quique-sanchez-flores"], mentions


# "who was caretaker (for a game / when X left)", "was the caretaker manager": an interim job at the article's
# side, kept beside a candidacy for the same side in the sentence, not the person's own former club
CARETAKER_ROWS = [
    ("Chelsea are looking for a manager. The former Swansea manager Paul Clement, who was caretaker for the game "
     "against Fulham when Frank Lampard left, could take charge again.",
     ("paul-clement", "head_coach_of", "chelsea", "interim", "asserted")),
    ("Leicester lost again. Craig Shakespeare was caretaker after Claudio Ranieri was sacked.",
     ("craig-shakespeare", "head_coach_of", "leicester-city", "interim", "asserted")),
    ("Everton drew 1-1. Duncan Ferguson, who was the caretaker manager in 2019, watched from the stands.",
     ("duncan-ferguson", "head_coach_of", "everton", "interim", "asserted")),
    ("Ryan Giggs was interim manager of Manchester United in 2014.",
     ("ryan-giggs", "head_coach_of", "manchester-united", "interim", "asserted")),
]


@pytest.mark.parametrize("text,expected", CARETAKER_ROWS)
def test_a_caretaker_spell(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_caretaker_spell_is_not_at_the_former_club(analyse_text):
    claims = analyse_text("Chelsea are looking for a manager. The former Swansea manager Paul Clement, who was caretaker "
                          "for the game against Fulham when Frank Lampard left, could take charge again.").claims
    assert not [c for c in claims if c["subject_id"] == "paul-clement" and c["value"] == "interim"
                and c["object_id"] == "swansea-city"], claims
