"""A paraphrase grid of people in match and trophy reports (stop 29): the ways a report of a game, a final or
a season states in passing who plays for a side (a captain lifting a trophy, a scorer, a goal that "gave" a
side the lead, a descriptor with age or position), who coaches it (a side named through its coach), who is on
its staff, and a nationality ("his compatriot", "fellow", "capped by"), each with every ``player_of`` /
``head_coach_of`` / ``coaching_staff_of`` / ``nationality`` claim the guidelines (tests/gold/README.md) give
for the row and no other. Negative rows put a person next to a club that is NOT theirs (the opponent, a
pundit's old club, the side "whose" player scored). Constructions already in the jobs and moves grids
(test_claims_jobs_grid58.py, test_claims_moves_grid59.py) are not repeated. Every sentence, name and score
was written for this grid, not taken from the gold articles."""
import pytest

from tests.pipeline.test_claims_jobs_grid58 import grid_params

PEOPLE = {"player_of", "head_coach_of", "coaching_staff_of", "nationality"}
MODALITY_KIND = {"asserted": "fact", "reported": "fact", "hypothetical": "hypothetical", "negated": "negated"}


def P(subject, club, modality="asserted"):
    """A required player_of."""
    return (subject, "player_of", club, None, modality, True)


def C(subject, club, role=None, modality="asserted"):
    """A required head_coach_of (role None: not compared)."""
    return (subject, "head_coach_of", club, role, modality, True)


def S(subject, club, role=None, modality="asserted"):
    """A required coaching_staff_of."""
    return (subject, "coaching_staff_of", club, role, modality, True)


def N(subject, country, modality="asserted"):
    """A required nationality (value = country name)."""
    return (subject, "nationality", "", country, modality, True)


def A(subject, predicate, obj, value=None, modality="asserted"):
    """A required claim of another predicate (checked for presence only)."""
    return (subject, predicate, obj, value, modality, True)


def O(subject, predicate, obj):
    """An optional claim: neither required nor an extra."""
    return (subject, predicate, obj, None, None, False)


GRID = [
    # --- captains and scorers. A captain (or skipper) is the side's player; a goal scored in a match is taking
    # part in a match, which the guidelines do not annotate as player_of (tests/gold/README.md), so a scorer
    # row wants NO player_of (not for the side scored for, nor the opponent) unless a membership noun is used ---
    ("Sevilla beat Real Betis 2-1 in the final on Saturday. Captain Alvaro Ruiz, 29, lifted the trophy.",
     [P("alvaro-ruiz", "sevilla")]),
    ("Porto beat Benfica 3-1 on Sunday. Tiago Lemos scored twice for Porto.",
     []),
    ("Leon Brandt netted a late winner for Augsburg against Werder Bremen.",
     []),
    ("Cameroon international Paul Etoga scored for Lens in the second half.",
     [N("paul-etoga", "Cameroon")]),
    ("Marco Conti's header gave Lazio the lead before Genoa equalised.",
     []),
    ("Hugo Morel's late goal earned Lille a point at Rennes.",
     []),
    ("Ross Nairn's penalty earned Hibernian a draw against Hearts.",
     []),
    ("Sam Okoro struck in stoppage time to give Stoke City victory over Millwall.",
     []),
    ("Piet Snel headed Lille in front after ten minutes against Nantes.",
     []),
    ("Monaco took the lead through Yann Morel before Lens hit back.",
     []),
    ("Napoli won 2-1 at Torino, with both goals from Victor Oduya.",
     []),
    ("Watford beat Sunderland 2-1, thanks to two goals from their captain Jack Pell.",
     [P("jack-pell", "watford")]),
    ("Brentford's second goal came from Ivan Marsh, who headed in a corner.",
     []),
    ("Getafe's winner was scored by Carlos Aleman in the 90th minute.",
     []),
    ("Sevilla's goals came from Alvaro Ruiz and Pepe Ortega.",
     []),
    ("Daan Visser, who scored both Ajax goals, was named man of the match.",
     []),
    ("Everton drew 1-1 at Fulham. Ben Adeyemi equalised for the visitors in the 88th minute.",
     []),
    ("Celtic won 2-0 at Aberdeen on Saturday. Celtic substitute Kyle Ross added the second.",
     [O("kyle-ross", "player_of", "celtic")]),
    ("Villarreal beat Osasuna 1-0. Goalkeeper Pepe Ortega saved a late penalty to keep Villarreal ahead.",
     [O("pepe-ortega", "player_of", "villarreal")]),
    ("Feyenoord won the final 2-0, with skipper Jens Toorn scoring the opener.",
     [P("jens-toorn", "feyenoord")]),
    ("Lille goalscorer Hugo Morel was substituted late on.",
     [O("hugo-morel", "player_of", "lille")]),
    # --- descriptors with club, age or position ---
    ("The 22-year-old Lille defender Hugo Morel was sent off.",
     [P("hugo-morel", "lille")]),
    ("Napoli's veteran keeper Luca Bassi kept a clean sheet.",
     [P("luca-bassi", "napoli")]),
    ("Andrea Pace was outstanding. The Torino midfielder, 27, has been linked with Roma.",
     [P("andrea-pace", "torino")]),
    ("Udinese's 19-year-old striker Kofi Boateng scored on his debut.",
     [P("kofi-boateng", "udinese")]),
    ("Hugo Morel, Lille's 22-year-old centre-back, was booked.",
     [P("hugo-morel", "lille")]),
    ("Luca Bassi, Napoli's first-choice goalkeeper since 2019, kept another clean sheet.",
     [P("luca-bassi", "napoli")]),
    ("Valencia's teenage winger Pau Soler set up both goals.",
     [P("pau-soler", "valencia")]),
    ("Aberdeen's Norwegian striker Erik Lund scored twice.",
     [P("erik-lund", "aberdeen"), N("erik-lund", "Norway")]),
    ("Genoa's experienced centre-back Enzo Russo, 33, limped off.",
     [P("enzo-russo", "genoa")]),
    # --- a side named through its coach, only when the text ties him to it ---
    ("Under Anders Nyberg, Brentford have won five games in a row.",
     [C("anders-nyberg", "brentford")]),
    ("Brentford, under Anders Nyberg, have won five games in a row.",
     [C("anders-nyberg", "brentford")]),
    ("Porto, under coach Hugo Lemaire, won the league by ten points.",
     [C("hugo-lemaire", "porto", "coach")]),
    ("Brentford, the team coached by Anders Nyberg, beat Fulham 2-0.",
     [C("anders-nyberg", "brentford")]),
    ("Sevilla were beaten by a Villarreal side managed by Jorge Mendez.",
     [C("jorge-mendez", "villarreal")]),
    ("Brentford beat Fulham 2-0 on Saturday. Stefan Koller's side are now fourth.",
     [C("stefan-koller", "brentford")]),
    ("Fulham lost 2-0 to Pavel Horak's Brentford on Saturday.",
     [C("pavel-horak", "brentford")]),
    ("Jorge Mendez's Villarreal side beat Sevilla 2-0 in the final.",
     [C("jorge-mendez", "villarreal")]),
    ("Fulham manager Tomas Lindqvist watched his side lose 2-0 to Brentford.",
     [C("tomas-lindqvist", "fulham", "manager")]),
    ("Fulham manager Tomas Lindqvist was unhappy. Brentford beat Lindqvist's side 2-0.",
     [C("tomas-lindqvist", "fulham", "manager")]),
    ("Ajax coach Dirk Visser saw his men beat PSV 3-0.",
     [C("dirk-visser", "ajax", "coach")]),
    ("Anders Nyberg's men beat Fulham 2-0.",
     []),
    # --- staff ---
    ("Fulham appointed Tomas Lindqvist as head coach. Erik Sand and Ola Berg will be his assistants.",
     [S("erik-sand", "fulham", "assistant"), S("ola-berg", "fulham", "assistant"),
      O("tomas-lindqvist", "head_coach_of", "fulham")]),
    ("Genoa named its sporting director Luigi Sala as interim coach.",
     [A("luigi-sala", "appointed", "genoa"), O("luigi-sala", "head_coach_of", "genoa")]),
    ("Sunderland first-team coach Dean Harker took training on Friday.",
     [S("dean-harker", "sunderland")]),
    ("Celtic goalkeeping coach Stevie Woods has signed a new deal.",
     [S("stevie-woods", "celtic")]),
    ("Erik Sand, who worked as an assistant under Tomas Lindqvist at Fulham, has joined Brentford.",
     [S("erik-sand", "fulham", "assistant"), C("tomas-lindqvist", "fulham"),
      O("erik-sand", "coaching_staff_of", "brentford")]),
    ("Lazio confirmed that Marco Neri will be assisted by Paolo Ricci and Enzo Russo.",
     [S("paolo-ricci", "lazio", "assistant"), S("enzo-russo", "lazio", "assistant"),
      O("marco-neri", "head_coach_of", "lazio")]),
    ("Bologna coach Luca Ferraro and his staff, including assistant Marco Galli, celebrated on the pitch.",
     [C("luca-ferraro", "bologna", "coach"), S("marco-galli", "bologna", "assistant")]),
    ("Brentford have added Ola Berg to their coaching staff.",
     [S("ola-berg", "brentford", "staff")]),
    ("Ola Berg joins the Brentford backroom staff as a set-piece coach.",
     [S("ola-berg", "brentford")]),
    # --- nationality in passing (caps alone: the gold sets annotate a nationality beside caps in some articles
    # and not in others, so it is left open here) ---
    ("The Argentine Lionel Ortiz scored twice, and his compatriot Pablo Diaz added a third.",
     [N("lionel-ortiz", "Argentina"), N("pablo-diaz", "Argentina")]),
    ("Mexico's Hector Ruiz and his compatriot Luis Vega both scored.",
     [N("hector-ruiz", "Mexico"), N("luis-vega", "Mexico")]),
    ("Sweden's Anders Holm was the best player on the pitch, ahead of his countryman Erik Lind.",
     [N("anders-holm", "Sweden"), N("erik-lind", "Sweden")]),
    ("Lionel Ortiz, the Argentine, scored twice. Fellow Argentine Pablo Diaz added a third.",
     [N("lionel-ortiz", "Argentina"), N("pablo-diaz", "Argentina")]),
    ("The Dutch international Daan Visser was man of the match.",
     [N("daan-visser", "Netherlands")]),
    ("Gareth Pryce, capped 40 times by Wales, has retired.",
     [O("gareth-pryce", "nationality", "Wales")]),
    ("Ivan Kos, who has 55 caps for Croatia, scored the winner.",
     [O("ivan-kos", "nationality", "Croatia")]),
    ("The Croatia midfielder Ivan Kos was booked.",
     [N("ivan-kos", "Croatia"), O("ivan-kos", "player_of", "croatia")]),
    ("Brazilian forward Thiago Alves opened the scoring.",
     [N("thiago-alves", "Brazil")]),
    ("Ivan Kos, a Croatian, has played for Torino since 2020.",
     [N("ivan-kos", "Croatia"), P("ivan-kos", "torino")]),
    # --- negatives: a nearby club that is not the person's ---
    ("Nantes lost 3-1 to Rennes, for whom Yann Morel scored twice.",
     []),
    ("Sevilla were beaten 2-0 by Villarreal, whose striker Gerard Mora scored both goals.",
     [P("gerard-mora", "villarreal")]),
    ("\"Aberdeen were poor,\" said former Rangers striker Ally Boyd, now a pundit.",
     [P("ally-boyd", "rangers")]),
    ("Fulham beat Brentford 2-1. \"They deserved it,\" said Brentford coach Anders Nyberg.",
     [C("anders-nyberg", "brentford", "coach")]),
    ("Celtic beat Hearts 3-0. Hearts goalkeeper Craig Gill made several saves.",
     [P("craig-gill", "hearts")]),
    ("Rennes beat Nantes 2-0. Nantes coach Marc Dupuis said his players were tired.",
     [C("marc-dupuis", "nantes", "coach")]),
    ("Porto beat Benfica 1-0. Former Benfica coach Rui Santos watched from the stands.",
     [C("rui-santos", "benfica")]),
    ("Monaco lost to Lille. Lille's Hugo Morel scored the only goal against Monaco.",
     [P("hugo-morel", "lille")]),
    ("Ajax beat PSV 2-1, though PSV's Noah Bakker scored the goal of the game.",
     [P("noah-bakker", "psv-eindhoven")]),
    ("Lens beat Lille 1-0 with a goal from Piet Snel, who played for Lille until 2021.",
     [P("piet-snel", "lille")]),
    ("Porto beat Benfica 2-0. Tiago Lemos scored twice against Benfica.",
     [O("tiago-lemos", "player_of", "porto")]),
    ("Goalkeeper Luca Bassi, 34, twice denied Lazio's Marco Conti.",
     [P("marco-conti", "lazio")]),
    # --- a second batch, written after the first was fixed: other verbs, orders and clause shapes ---
    ("Nantes defeated Lens 3-1 in the cup final, and skipper Yann Morel raised the trophy.",
     [P("yann-morel", "nantes")]),
    ("Rennes won the final 1-0 against Lille. Their captain, Hugo Blanc, collected the cup.",
     [P("hugo-blanc", "rennes")]),
    ("Lille were beaten 2-0 by Rennes in the final. Captain Hugo Blanc lifted the trophy for the winners.",
     [P("hugo-blanc", "rennes")]),
    ("Captain Hugo Blanc lifted the trophy after Rennes beat Lille 2-0.",
     [P("hugo-blanc", "rennes")]),
    ("Rennes beat Lille 2-0 in the final. Lille captain Hugo Blanc was in tears.",
     [P("hugo-blanc", "lille")]),
    ("Lens lost the final to Nantes. Captain Yann Morel lifted the trophy.",
     [O("yann-morel", "player_of", "nantes")]),
    ("Watford beat Sunderland 2-1 despite a late goal from their captain Jack Pell.",
     [O("jack-pell", "player_of", "sunderland")]),
    ("Sevilla's 31-year-old Argentine forward Mateo Rossi scored twice.",
     [P("mateo-rossi", "sevilla"), N("mateo-rossi", "Argentina")]),
    ("Rui Costa, Benfica's long-serving captain, lifted the trophy.",
     [P("rui-costa", "benfica")]),
    ("Hugo Blanc, the 24-year-old Rennes winger, was named player of the match.",
     [P("hugo-blanc", "rennes")]),
    ("Torino's Brazilian defender Thiago Alves was sent off.",
     [P("thiago-alves", "torino"), N("thiago-alves", "Brazil")]),
    ("Porto won the league under Hugo Lemaire.",
     [C("hugo-lemaire", "porto")]),
    ("Sevilla, under new manager Pavel Horak, lost 2-0 to Villarreal.",
     [C("pavel-horak", "sevilla", "manager")]),
    ("Villarreal beat a Sevilla side coached by Pavel Horak.",
     [C("pavel-horak", "sevilla")]),
    ("Pavel Horak's Sevilla team lost 2-0 at Villarreal.",
     [C("pavel-horak", "sevilla")]),
    ("Villarreal beat Pavel Horak's side 2-0. Horak has coached Sevilla since 2022.",
     [C("pavel-horak", "sevilla")]),
    ("Real Betis named Ana Torres as coach. Lucia Gil will be her assistant.",
     [S("lucia-gil", "real-betis", "assistant"), O("ana-torres", "head_coach_of", "real-betis")]),
    ("Juan Rivas, who worked as assistant coach under Pavel Horak at Sevilla, has left.",
     [A("juan-rivas", "left_role", "sevilla"), O("juan-rivas", "coaching_staff_of", "sevilla"),
      C("pavel-horak", "sevilla")]),
    ("Sevilla coach Pavel Horak celebrated with his staff, including goalkeeping coach Juan Rivas.",
     [C("pavel-horak", "sevilla", "coach"), S("juan-rivas", "sevilla")]),
    ("Mateo Rossi, an Argentine, scored twice, and his compatriot Lucas Vera added another.",
     [N("mateo-rossi", "Argentina"), N("lucas-vera", "Argentina")]),
    ("The Welshman Gareth Pryce and his countryman Owen Rees both started.",
     [N("gareth-pryce", "Wales"), N("owen-rees", "Wales")]),
    ("The Argentine Lionel Ortiz was booked. Later, Brazilian Thiago Alves and his compatriot Caio Lima scored.",
     [N("lionel-ortiz", "Argentina"), N("thiago-alves", "Brazil"), N("caio-lima", "Brazil")]),
    ("Thiago Alves scored early. His compatriot Caio Lima added a second.",
     []),
    ("Pundit Gary Hale, the former Everton defender, said Fulham were poor.",
     [P("gary-hale", "everton")]),
    ("Porto beat Benfica 2-0 and Benfica's captain Rui Costa was sent off.",
     [P("rui-costa", "benfica")]),
    ("Everton's win over Burnley was sealed by Sam Wood's late header.",
     []),
    # --- a third batch: a staff post given by the head coach, a captain named by the side ---
    ("Getafe coach Ruben Salgado has added Pablo Gil to his staff.",
     [C("ruben-salgado", "getafe", "coach"), S("pablo-gil", "getafe", "staff")]),
    ("Getafe have added Pablo Gil to their squad.",
     []),
    ("The Getafe skipper, Javier Ruiz, lifted the cup.",
     [P("javier-ruiz", "getafe")]),
    ("Osasuna were beaten 1-0 by Getafe, who were captained by Javier Ruiz.",
     [P("javier-ruiz", "getafe")]),
    ("Osasuna beat Getafe 2-0 on Sunday. Getafe, who were captained by Javier Ruiz, never recovered.",
     [P("javier-ruiz", "getafe")]),
    ("Osasuna beat Getafe, who were captained by Javier Ruiz, 2-0.",
     [P("javier-ruiz", "getafe")]),
]


def row_result(claims, expected):
    """(required claims found, required claims missing, extra people claims) for one row."""
    allowed = {(s, p, o if p != "nationality" else v) for s, p, o, v, _m, _r in expected}
    found, missing = [], []
    for s, p, o, v, m, required in expected:
        if not required:
            continue
        hits = [c for c in claims if (c["subject_id"], c["predicate"]) == (s, p)
                and (c["object_id"] or "") == o and (v is None or c["value"] == v)
                and MODALITY_KIND.get(c["modality"]) == MODALITY_KIND[m]]
        (found if hits else missing).append((s, p, o, v, m))
    extras = [(c["subject_id"], c["predicate"], c["object_id"], c["value"], c["modality"]) for c in claims
              if c["predicate"] in PEOPLE
              and (c["subject_id"], c["predicate"],
                   c["object_id"] if c["predicate"] != "nationality" else c["value"]) not in allowed]
    return found, missing, extras


# rows the rules do not yet read: text -> reason
XFAIL = {
    "Lazio confirmed that Marco Neri will be assisted by Paolo Ricci and Enzo Russo.":
        "'X will be assisted by Y': no rule reads the passive of 'assist', and the side is only the subject of "
        "'confirmed', which ties no job to Neri",
    "Villarreal beat Pavel Horak's side 2-0. Horak has coached Sevilla since 2022.":
        "the tagger reads 'Pavel Horak's' as an organisation, so the later 'Horak' is not linked to the full name "
        "(the claim comes out for a person 'horak')",
    "Osasuna beat Getafe, who were captained by Javier Ruiz, 2-0.":
        "the 'CLUB, who were captained by X' rule matches, but the claim is dropped when the side is the object of "
        "the main verb and the score follows the name (cause not traced in time)",
}


@pytest.mark.parametrize("text,expected", list(grid_params(GRID, XFAIL)))
def test_people_grid(analyse_text, text, expected):
    _found, missing, extras = row_result(analyse_text(text).claims, expected)
    assert not missing and not extras, f"missing {missing}; extras {extras}"
