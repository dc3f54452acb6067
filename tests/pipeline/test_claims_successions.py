"""Jobs taken and left in successions and spells: "named X as head coach of Y" (an appointment, not a
role held), "X's spell as Y manager ended" (a departure), "replacing the sacked X" (X left the job
the successor took), and national sides called by their nicknames
("the Green Falcons", "Bafana Bafana").
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

FOUND = [
    # an appointing verb, its person, then "as ROLE of SIDE": the job taken
    ("The club hired Pablo Diaz as manager of Real Betis in 2019.",
     ("pablo-diaz", "appointed", "real-betis", "manager", "asserted")),
    ("The board appointed Rui Costa as coach of Sevilla last week.",
     ("rui-costa", "appointed", "sevilla", "coach", "asserted")),
    ("The Korean federation named Hong Myung-bo as head coach of South Korea in July.",
     ("hong-myung-bo", "appointed", "south-korea", "head coach", "asserted")),
    ("Hansi Flick left Bayern in 2021. The German FA appointed him as coach of Germany in August.",
     ("hansi-flick", "appointed", "germany", "coach", "asserted")),
    ("Tomas Rosicky has a new job. The board named the 44-year-old as head coach of Sparta Prague on Friday.",
     ("tomas-rosicky", "appointed", "sparta-prague", "head coach", "asserted")),
    # a spell as a side's coach that ended: the job left
    ("Sean Dyche's first spell as Burnley manager ended in April 2022.",
     ("sean-dyche", "left_role", "burnley", "manager", "asserted")),
    ("Rafael Benitez's two-year stint as Everton manager came to an end on Sunday.",
     ("rafael-benitez", "left_role", "everton", "manager", "asserted")),
    ("Claudio Ranieri's reign as Leicester manager finished in February 2017.",
     ("claudio-ranieri", "left_role", "leicester-city", "manager", "asserted")),
    ("Antonio Conte won the title. His spell as coach of Inter is over.",
     ("antonio-conte", "left_role", "inter-milan", "coach", "asserted")),
    ("Sonia Bompastor's stint as coach of Lyon ended in 2024.",
     ("sonia-bompastor", "left_role", "olympique-lyonnais", "coach", "asserted")),
    # "replacing the sacked X": X left the job the successor took
    ("Sevilla appointed Diego Alonso in October. He arrived in October 2023, replacing the sacked Jose Luis "
     "Mendilibar. Mendilibar is now coach of Olympiacos.",
     ("jose-luis-mendilibar", "left_role", "sevilla", None, "asserted")),
    ("Nantes hired Antoine Kombouare in 2021. He came back in February 2021, replacing the dismissed Raymond "
     "Domenech. Domenech is now a pundit for Lyon.",
     ("raymond-domenech", "left_role", "nantes", None, "asserted")),
    # "coached by the 31-year-old Englishman X": the coach, his age and his nationality
    ("Malmo were coached by the 31-year-old Englishman Roy Hodgson.",
     ("roy-hodgson", "head_coach_of", "malmo", None, "asserted")),
    ("Malmo were coached by the 31-year-old Englishman Roy Hodgson.",
     ("roy-hodgson", "nationality", None, "England", "asserted")),
    ("Celtic beat Feyenoord 2-1 in Milan. Feyenoord, coached by the 45-year-old Austrian Ernst Happel, rarely attacked.",
     ("ernst-happel", "head_coach_of", "feyenoord", None, "asserted")),
    ("The 28-year-old Dutchman Frenkie de Jong scored.",
     ("frenkie-de-jong", "nationality", None, "Netherlands", "asserted")),
    ("Celtic signed the 24-year-old Japanese Kyogo Furuhashi in 2021.",
     ("kyogo-furuhashi", "nationality", None, "Japan", "asserted")),
    # "step aside": a departure like "step down"; attributed and still to come ("according to X, Y will"): hypothetical
    ("Stefano Pioli has been the Milan coach since 2019. Pioli stepped aside in May.",
     ("stefano-pioli", "left_role", "ac-milan", None, "asserted")),
    ("Lyon may look different by August. According to L'Equipe, Peter Bosz will step aside as coach and become "
     "the club's sporting director.", ("peter-bosz", "left_role", "olympique-lyonnais", None, "hypothetical")),
    # a candidate's past side, in the apposition on him, is not the job he is a candidate for
    ("Lyon may look different by August. According to L'Equipe, Peter Bosz will step aside as coach and become "
     "the club's sporting director. Rudi Garcia, the Frenchman who coached Roma for three years, has been "
     "mentioned as a possible successor.", ("rudi-garcia", "appointed", "olympique-lyonnais", None, "hypothetical")),
    ("Lyon may look different by August. According to L'Equipe, Peter Bosz will step aside as coach and become "
     "the club's sporting director. Rudi Garcia, the Frenchman who coached Roma for three years, has been "
     "mentioned as a possible successor.", ("rudi-garcia", "head_coach_of", "roma", None, "asserted")),
    # "was in charge when SIDE beat ...": the side he coached then
    ("Herve Renard was in charge when Morocco beat Spain at the World Cup.",
     ("herve-renard", "head_coach_of", "morocco", None, "asserted")),
    ("Walid Regragui won praise. The Bosnian-born coach was already at the helm when Morocco reached the "
     "semi-finals in 2022.", ("walid-regragui", "head_coach_of", "morocco", None, "asserted")),
    ("Roy Hodgson was in charge when England lost to Iceland.",
     ("roy-hodgson", "head_coach_of", "england", None, "asserted")),
    # "SIDE, champions under him in ...": the side he coached
    ("Bob Paisley had done it before with Liverpool, champions under him in 1976-77, before he retired.",
     ("bob-paisley", "head_coach_of", "liverpool", None, "asserted")),
    ("Arsene Wenger left in 2018. He built Arsenal, league champions under him three times.",
     ("arsene-wenger", "head_coach_of", "arsenal", None, "asserted")),
    ("Otto Rehhagel was a great coach. Kaiserslautern, promoted under him in 1997, won the title a year later.",
     ("otto-rehhagel", "head_coach_of", "kaiserslautern", None, "asserted")),
    # "took over at SIDE and was joined by his old friend Y as assistant": Y on that side's staff
    ("Jurgen Klopp took over at Liverpool in October 2015 and was joined by his old friend Pepijn Lijnders as "
     "assistant the following year.", ("pepijn-lijnders", "coaching_staff_of", "liverpool", None, "asserted")),
    ("Mauricio Pochettino was appointed by Southampton in January 2013 and was soon joined by his long-time "
     "colleague Jesus Perez as assistant.", ("jesus-perez", "coaching_staff_of", "southampton", None, "asserted")),
    # "Head coach X" opening a sentence: the one side the sentence before speaks of, not the article's main side
    ("Roma signed Paulo Dybala in 2022. Roma beat Napoli 2-0 on Sunday and Roma are second. For Lazio, who "
     "finished fourth last season, the defeat of their rivals hurts. Head coach Marco Baroni has already "
     "strengthened the squad.", ("marco-baroni", "head_coach_of", "lazio", None, "asserted")),
    ("Porto won again and Porto lead the table. Porto have won nine in a row. Benfica dropped points at home on "
     "Saturday. Coach Bruno Lage was unhappy with the referee.",
     ("bruno-lage", "head_coach_of", "benfica", None, "asserted")),
    # national sides by their nicknames
    ("The federation named Herve Renard as head coach of the Green Falcons on Sunday.",
     ("herve-renard", "appointed", "saudi-arabia", "head coach", "asserted")),
    ("Hugo Broos has coached Bafana Bafana since 2021.",
     ("hugo-broos", "head_coach_of", "south-africa", None, "asserted")),
    ("Gernot Rohr led the Super Eagles for five years.",
     ("gernot-rohr", "head_coach_of", "nigeria", None, "asserted")),
    ("Rigobert Song was appointed coach of the Indomitable Lions in 2022.",
     ("rigobert-song", "appointed", "cameroon", None, "asserted")),
    ("Gareth Southgate was appointed manager of the Three Lions in 2016.",
     ("gareth-southgate", "appointed", "england", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_succession_found(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    # an appointment "as coach of" is no role already held
    ("The club hired Pablo Diaz as manager of Real Betis in 2019.", ("pablo-diaz", "head_coach_of", "real-betis")),
    # a spell that ended is no current role
    ("Sean Dyche's first spell as Burnley manager ended in April 2022.", ("sean-dyche", "head_coach_of", "burnley")),
    ("Antonio Conte won the title. His spell as coach of Inter is over.", ("antonio-conte", "head_coach_of", "inter-milan")),
    # a spell that went well ended nothing
    ("Jose Mourinho's spell as Roma coach was a success.", ("jose-mourinho", "left_role", "roma")),
    # the sacked man's later club is not the job he was sacked from
    ("Sevilla appointed Diego Alonso in October. He arrived in October 2023, replacing the sacked Jose Luis "
     "Mendilibar. Mendilibar is now coach of Olympiacos.", ("jose-luis-mendilibar", "left_role", "olympiacos")),
    # the candidate's past side
    ("Lyon may look different by August. According to L'Equipe, Peter Bosz will step aside as coach and become "
     "the club's sporting director. Rudi Garcia, the Frenchman who coached Roma for three years, has been "
     "mentioned as a possible successor.", ("rudi-garcia", "appointed", "roma")),
    # "in charge when": the side that is the clause's subject, not its opponent
    ("Roy Hodgson was in charge when England lost to Iceland.", ("roy-hodgson", "head_coach_of", "iceland")),
    ("Roma signed Paulo Dybala in 2022. Roma beat Napoli 2-0 on Sunday and Roma are second. For Lazio, who "
     "finished fourth last season, the defeat of their rivals hurts. Head coach Marco Baroni has already "
     "strengthened the squad.", ("marco-baroni", "head_coach_of", "roma")),
    # a nickname is no side of its own
    ("Hugo Broos has coached Bafana Bafana since 2021.", ("hugo-broos", "head_coach_of", "bafana-bafana")),
])
def test_not_claimed(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)
