"""Which club a clause naming none means, when the article also names a side of the person's past or of
another event:
- a national side in a gerund dated by another event ("taking the job in 2019, a year before coaching
  Portugal at the Euros") is background, not the job "leaves after four years in charge" or "his
  predecessor, Y, was dismissed after six months in charge" is about;
- "X, 59, was appointed in May 2021" (or "X had been appointed ...") after "For CLUB coach X ...": the
  job that sentence names, not the opponent most named in the match report;
- "was appointed as the successor to Y" / "as the replacement for Y": Y left that job.
Also: a club's own words for its coach ("whose manager X", "under their new coach X", "promoted their
ROLE X to head coach"), "Z has been Y's No 2 / number two", and "Z, who had been working as his
assistant".
Sentences written for these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

SACKED_THEN_NATIONAL = [
    "Porto's board ended Carlos Duarte's spell as coach on Sunday. Duarte, 61, leaves after four years in "
    "charge, having taken the job in July 2019, a year before coaching Portugal at the European Championship.",
    "Tom Harlow will not see out the season at Everton. The club let him go on Friday, and Harlow leaves after "
    "two seasons in charge. He had arrived in 2022, soon after leading Wales to the World Cup.",
    "Pierre Garnier's time at Lyon is over. The 49-year-old departs after three years in charge, having taken "
    "the job in 2021, months before coaching France at the Olympics.",
    "Celtic have sacked Ian Moffat. His predecessor, Gordon Reid, was dismissed after six months in charge. "
    "Moffat took over in March 2020, shortly after leading Scotland at the World Cup.",
]

MATCH_REPORT = [
    "In Tirana, Jose Mourinho's side edged Feyenoord 1-0. Feyenoord had needed two play-offs to get that far, "
    "and Feyenoord fans made up most of the crowd. For Roma coach Jose Mourinho it was a first European trophy "
    "in the capital. Mourinho, 59, was appointed in May 2021 as the successor to Paulo Fonseca.",
    "Manchester United were favourites in Gdansk, and Manchester United supporters outnumbered the Spaniards, "
    "but Manchester United lost on penalties. For Villarreal coach Unai Emery it meant a fourth title in the "
    "competition. Emery, 49, had been appointed in July 2020 as the successor to Javier Calleja.",
    "Real Madrid stay top after a goalless derby, having won the first meeting, and Real Madrid will be happier "
    "with the point. For Atletico coach Diego Simeone a draw was enough. Simeone had been appointed in "
    "December 2011 as the successor to Gregorio Manzano.",
]

ROWS = [
    (SACKED_THEN_NATIONAL[0], ("carlos-duarte", "tenure_length", "porto", "4", "asserted")),
    (SACKED_THEN_NATIONAL[1], ("tom-harlow", "tenure_length", "everton", "2", "asserted")),
    (SACKED_THEN_NATIONAL[2], ("pierre-garnier", "tenure_length", "olympique-lyonnais", "3", "asserted")),
    (SACKED_THEN_NATIONAL[3], ("gordon-reid", "head_coach_of", "celtic", None, "asserted")),
    (MATCH_REPORT[0], ("jose-mourinho", "appointed", "roma", None, "asserted")),
    (MATCH_REPORT[1], ("unai-emery", "appointed", "villarreal", None, "asserted")),
    (MATCH_REPORT[2], ("diego-simeone", "appointed", "atletico-madrid", None, "asserted")),
    # the one succeeded left the job
    (MATCH_REPORT[0], ("paulo-fonseca", "left_role", "roma", None, "asserted")),
    (MATCH_REPORT[1], ("javier-calleja", "left_role", "villarreal", None, "asserted")),
    ("Brighton appointed Graham Potter in May 2019 as the successor to Chris Hughton.",
     ("chris-hughton", "left_role", "brighton-hove-albion", None, "asserted")),
    ("Leicester named Enzo Maresca as manager in June 2023 as the replacement for Dean Smith.",
     ("dean-smith", "left_role", "leicester-city", None, "asserted")),
    # "since taking over" dates the job held: no background clause
    ("Spain coach Luis de la Fuente, in charge since taking over from Luis Enrique after the 2022 World Cup, "
     "praised the players.", ("luis-de-la-fuente", "appointed", "spain", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_job_a_bare_clause_means(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    (SACKED_THEN_NATIONAL[0], ("carlos-duarte", "tenure_length", "portugal")),
    (SACKED_THEN_NATIONAL[1], ("tom-harlow", "tenure_length", "wales")),
    (SACKED_THEN_NATIONAL[2], ("pierre-garnier", "tenure_length", "france")),
    (SACKED_THEN_NATIONAL[3], ("gordon-reid", "head_coach_of", "scotland")),
    (MATCH_REPORT[0], ("jose-mourinho", "appointed", "feyenoord")),
    (MATCH_REPORT[1], ("unai-emery", "appointed", "manchester-united")),
    (MATCH_REPORT[2], ("diego-simeone", "appointed", "real-madrid")),
])
def test_not_the_background_side(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# a club's own words for the person holding its job: "CLUB, whose manager X", "under their new coach X"
# (the side the clause is about, or the side the phrase follows), "CLUB promoted their ROLE X to head coach"
ROLE_ROWS = [
    ("Everton, whose manager Sean Dyche spent a decade at Burnley, lost again on Saturday.",
     ("sean-dyche", "head_coach_of", "everton", "manager", "asserted")),
    ("Bournemouth, whose head coach Andoni Iraola was booked, finished ninth.",
     ("andoni-iraola", "head_coach_of", "bournemouth", None, "asserted")),
    ("Since January, under their new head coach Mikel Arteta, Arsenal have lost only once.",
     ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
    ("Napoli have won six in a row under their coach Antonio Conte.",
     ("antonio-conte", "head_coach_of", "napoli", None, "asserted")),
    ("Chelsea were well beaten by a Brighton side under their new manager Roberto De Zerbi.",
     ("roberto-de-zerbi", "head_coach_of", "brighton-hove-albion", None, "asserted")),
    ("Lyon drew with a Lens side under their new coach Will Still.",
     ("will-still", "head_coach_of", "lens", None, "asserted")),
    ("On the eve of the new season Fulham promoted their under-21 coach Mark Pembridge to head coach.",
     ("mark-pembridge", "appointed", "fulham", "head coach", "asserted")),
    ("Leeds promoted assistant manager Tony Roberts to manager in March.",
     ("tony-roberts", "appointed", "leeds-united", "manager", "asserted")),
    ("With the season a week away, Aston Villa have promoted their assistant Aitor Karanka to head coach.",
     ("aitor-karanka", "appointed", "aston-villa", "head coach", "asserted")),
    ("Wolves promoted their fitness coach Rob Edwards to head coach last summer.",
     ("rob-edwards", "appointed", "wolverhampton-wanderers", "head coach", "asserted")),
]


@pytest.mark.parametrize("text,expected", ROLE_ROWS)
def test_job_by_the_clubs_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,unwanted", [
    ("Chelsea were well beaten by a Brighton side under their new manager Roberto De Zerbi.",
     ("roberto-de-zerbi", "head_coach_of", "chelsea")),
    ("Barcelona promoted Lamine Yamal to the first team in 2023.", ("lamine-yamal", "appointed", "barcelona")),
])
def test_not_the_other_side(analyse_text, text, unwanted):
    base.assert_claim_absent(analyse_text, text, unwanted)


# "Z has been Y's No 2 / number two": a place on Y's staff (the national side for "with the national
# team", the club named after "at"), and Y's own job there
NUMBER_TWO = [
    "Steve Holland was Gareth Southgate's number two with the national side for eight years. Southgate named "
    "his England squad on Thursday.",
    "Italy were beaten in Norway at the weekend. Alberico Evani remains Roberto Mancini's number two with the "
    "national team.",
    "Arsenal named Mikel Arteta as manager in 2019. Since 2020 Albert Stuivenberg has been Arteta's No 2.",
    "Liverpool named Arne Slot as head coach. Sipke Hulshoff has been Slot's number two since 2021.",
    "Chelsea named Enzo Maresca as head coach. Willy Caballero was Maresca's number two at Leicester last season.",
]
NUMBER_TWO_ROWS = [
    (NUMBER_TWO[0], ("steve-holland", "coaching_staff_of", "england", "assistant", "asserted")),
    (NUMBER_TWO[0], ("gareth-southgate", "head_coach_of", "england", None, "asserted")),
    (NUMBER_TWO[1], ("alberico-evani", "coaching_staff_of", "italy", "assistant", "asserted")),
    (NUMBER_TWO[2], ("albert-stuivenberg", "coaching_staff_of", "arsenal", "assistant", "asserted")),
    (NUMBER_TWO[3], ("sipke-hulshoff", "coaching_staff_of", "liverpool", "assistant", "asserted")),
    (NUMBER_TWO[4], ("willy-caballero", "coaching_staff_of", "leicester-city", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", NUMBER_TWO_ROWS)
def test_number_two_of_a_coach(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_number_two_at_a_named_club_only(analyse_text):
    claims = analyse_text(NUMBER_TWO[4]).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"])
                == ("willy-caballero", "coaching_staff_of", "chelsea")], claims



# "Z, who had been working / served as his assistant": a place on the staff of that coach's club
WORKED_AS = [
    ("Graham Potter was sacked by Chelsea on Sunday, and the club said Bruno Saltor, who had been working as "
     "his assistant, would lead training.", ("bruno-saltor", "coaching_staff_of", "chelsea", "assistant", "asserted")),
    ("Tottenham named Ange Postecoglou as manager in 2023. Mile Jedinak has worked as his assistant coach since "
     "then.", ("mile-jedinak", "coaching_staff_of", "tottenham-hotspur", None, "asserted")),
    ("Arsenal appointed Mikel Arteta in 2019. Steve Round, who has been serving as his assistant, signed a new "
     "deal.", ("steve-round", "coaching_staff_of", "arsenal", "assistant", "asserted")),
    ("Everton let Frank Lampard go in January, and Joe Edwards, who had been working as his assistant, left "
     "with him.",
     ("joe-edwards", "left_role", "everton", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", WORKED_AS)
def test_worked_as_his_assistant(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
