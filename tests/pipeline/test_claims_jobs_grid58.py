"""A paraphrase grid of coaching jobs: the ways news reports an appointment, a departure, a current job,
a staff post, an interim spell and a national-team job, each in several wordings, with every job claim
(`appointed`, `left_role`, `head_coach_of`, `coaching_staff_of`) the guidelines give for the row.

Every sentence here was written for this grid (made-up people; clubs from the gazetteer), not taken from
the gold articles. A row passes when every required claim is found (subject, predicate, object; the role
value where the row gives one; the kind of modality) and no job claim outside the row's required and
optional ones is made."""
import pytest

JOB_PREDICATES = {"appointed", "left_role", "head_coach_of", "coaching_staff_of"}


def A(subject, predicate, obj, value=None, modality="asserted"):
    """A required claim (value None: not compared)."""
    return (subject, predicate, obj, value, modality, True)


def H(subject, predicate, obj, value=None):
    """A required hypothetical claim."""
    return (subject, predicate, obj, value, "hypothetical", True)


def O(subject, predicate, obj):
    """An optional claim: neither required nor an extra (the guidelines leave it open)."""
    return (subject, predicate, obj, None, None, False)


MODALITY_KIND = {"asserted": "fact", "reported": "fact", "hypothetical": "hypothetical", "negated": "negated"}

GRID = [
    # --- appointments, active and passive ---
    ("Fulham have appointed Tomas Lindqvist as their new head coach.",
     [A("tomas-lindqvist", "appointed", "fulham", "head coach")]),
    ("Pavel Horak was named Sevilla manager on Tuesday.",
     [A("pavel-horak", "appointed", "sevilla", "manager")]),
    ("Brentford unveiled Daniel Okafor as their head coach on Friday.",
     [A("daniel-okafor", "appointed", "brentford", "head coach")]),
    ("Valencia confirmed Ruben Salgado as their new coach on a two-year deal.",
     [A("ruben-salgado", "appointed", "valencia", "coach")]),
    ("Sunderland installed Gary Whitford as manager in March 2022.",
     [A("gary-whitford", "appointed", "sunderland", "manager")]),
    ("Marek Zielinski was installed as Burnley boss last week.",
     [A("marek-zielinski", "appointed", "burnley", "manager")]),
    ("Anders Holm has been unveiled as the new Norwich City head coach.",
     [A("anders-holm", "appointed", "norwich-city", "head coach")]),
    ("Getafe lost six games in a row. The club turned to Ignacio Ferrer in November.",
     [A("ignacio-ferrer", "appointed", "getafe")]),
    ("Aberdeen have hired Neil Cowan as their manager.",
     [A("neil-cowan", "appointed", "aberdeen", "manager")]),
    ("Rui Santos has been appointed head coach of Benfica.",
     [A("rui-santos", "appointed", "benfica", "head coach")]),
    ("Ajax have named Dirk Visser as their new coach.",
     [A("dirk-visser", "appointed", "ajax", "coach")]),
    ("Feyenoord confirmed the appointment of Jan de Wit as head coach on Monday.",
     [A("jan-de-wit", "appointed", "feyenoord", "head coach")]),
    ("Porto have struggled since the appointment of Hugo Lemaire in May.",
     [A("hugo-lemaire", "appointed", "porto")]),
    ("Pieter Bakker was handed the Ajax job in the summer of 2021.",
     [A("pieter-bakker", "appointed", "ajax")]),
    ("Napoli moved quickly to bring in Franco Lentini as coach.",
     [A("franco-lentini", "appointed", "napoli", "coach")]),
    ("Roma announced Dario Morelli as their new manager on Wednesday.",
     [A("dario-morelli", "appointed", "roma", "manager")]),
    ("Stefan Koller takes the reins at Schalke after leaving Werder Bremen.",
     [A("stefan-koller", "appointed", "schalke-04"), A("stefan-koller", "left_role", "werder-bremen")]),
    ("Ivan Petrov took over at Monaco in May 2020.",
     [A("ivan-petrov", "appointed", "monaco")]),
    ("Monaco appointed Ivan Petrov in May. Petrov had left Lens for the job.",
     [A("ivan-petrov", "appointed", "monaco"), A("ivan-petrov", "left_role", "lens")]),
    # --- successions ---
    ("Luca Ferraro will succeed Paolo Conti as Bologna coach at the end of the season.",
     [A("luca-ferraro", "appointed", "bologna", "coach"), A("paolo-conti", "left_role", "bologna"),
      O("paolo-conti", "head_coach_of", "bologna")]),
    ("Jorge Mendez, who replaced Ruben Salgado in June 2023, has steadied Villarreal.",
     [A("jorge-mendez", "appointed", "villarreal"), A("ruben-salgado", "left_role", "villarreal"),
      O("jorge-mendez", "head_coach_of", "villarreal")]),
    ("Paolo Conti was replaced by Luca Ferraro as Torino coach in October.",
     [A("luca-ferraro", "appointed", "torino", "coach"), A("paolo-conti", "left_role", "torino", "coach")]),
    ("Udinese promoted Marco Galli from the academy to replace the sacked Enzo Russo.",
     [A("marco-galli", "appointed", "udinese"), A("enzo-russo", "left_role", "udinese")]),
    ("Celtic promoted Kieran Doyle from Brendan Walsh's coaching staff to replace him.",
     [A("kieran-doyle", "appointed", "celtic"), A("brendan-walsh", "left_role", "celtic"),
      O("kieran-doyle", "coaching_staff_of", "celtic"), O("brendan-walsh", "head_coach_of", "celtic")]),
    ("Everton are expected to name Callum Hayes as Sean Dyer's successor.",
     [H("callum-hayes", "appointed", "everton"), H("sean-dyer", "left_role", "everton"),
      A("sean-dyer", "head_coach_of", "everton")]),
    ("Hugo Lemaire succeeded Bruno Tavares as Porto manager in 2019.",
     [A("hugo-lemaire", "appointed", "porto", "manager"), A("bruno-tavares", "left_role", "porto", "manager")]),
    ("Leeds United replaced Craig Milner with Owen Pritchard in February.",
     [A("owen-pritchard", "appointed", "leeds-united"), A("craig-milner", "left_role", "leeds-united")]),
    ("Fiorentina could turn to Sandro Vieri if Enrico Valli leaves.",
     [H("sandro-vieri", "appointed", "fiorentina"), H("enrico-valli", "left_role", "fiorentina"),
      O("enrico-valli", "head_coach_of", "fiorentina")]),
    ("Sandro Vieri is the favourite to replace Enrico Valli at Fiorentina.",
     [H("sandro-vieri", "appointed", "fiorentina"), H("enrico-valli", "left_role", "fiorentina"),
      A("enrico-valli", "head_coach_of", "fiorentina")]),
    # --- departures ---
    ("Leeds United dismissed manager Craig Milner on Sunday.",
     [A("craig-milner", "left_role", "leeds-united", "manager")]),
    ("Ross Dunbar has been relieved of his duties as Hearts manager.",
     [A("ross-dunbar", "left_role", "hearts", "manager")]),
    ("Getafe have let coach Alvaro Prieto go after two years in charge.",
     [A("alvaro-prieto", "left_role", "getafe", "coach"), O("alvaro-prieto", "head_coach_of", "getafe")]),
    ("Benfica let go of manager Rui Santos in the spring.",
     [A("rui-santos", "left_role", "benfica")]),
    ("Manuel Ortiz stepped down as Real Betis coach on Monday.",
     [A("manuel-ortiz", "left_role", "real-betis", "coach")]),
    ("Sander Vos quit as Feyenoord coach last night.",
     [A("sander-vos", "left_role", "feyenoord", "coach")]),
    ("Bruno Tavares resigned as Porto manager in April 2021.",
     [A("bruno-tavares", "left_role", "porto", "manager")]),
    ("Owen Pritchard walked away from Norwich City in the summer.",
     [A("owen-pritchard", "left_role", "norwich-city")]),
    ("Enrico Valli left Torino by mutual consent on Friday.",
     [A("enrico-valli", "left_role", "torino")]),
    ("Sampdoria parted company with Fabio Greco after a 4-0 defeat.",
     [A("fabio-greco", "left_role", "sampdoria")]),
    ("The sacking of Hugo Lemaire by Monaco surprised nobody.",
     [A("hugo-lemaire", "left_role", "monaco")]),
    ("Coach Roberto Mancuso's exit from Napoli was confirmed on Tuesday.",
     [A("roberto-mancuso", "left_role", "napoli")]),
    ("Brentford sacked Daniel Okafor on Monday.",
     [A("daniel-okafor", "left_role", "brentford")]),
    ("Valencia have fired their coach, Ruben Salgado.",
     [A("ruben-salgado", "left_role", "valencia", "coach")]),
    ("Lazio announced the departure of coach Marco Neri on Thursday.",
     [A("marco-neri", "left_role", "lazio", "coach")]),
    ("Marco Neri departed Lazio in May after three seasons.",
     [A("marco-neri", "left_role", "lazio")]),
    ("Aberdeen manager Neil Cowan was sacked on Saturday.",
     [A("neil-cowan", "left_role", "aberdeen", "manager"), O("neil-cowan", "head_coach_of", "aberdeen")]),
    ("After Tomas Lindqvist was sacked, Fulham turned to his assistant Erik Sand.",
     [A("tomas-lindqvist", "left_role", "fulham"), A("erik-sand", "appointed", "fulham"),
      A("erik-sand", "coaching_staff_of", "fulham", "assistant")]),
    ("Jonas Eriksen was dismissed by Burnley in January 2023.",
     [A("jonas-eriksen", "left_role", "burnley")]),
    # --- current jobs in descriptors and possessives ---
    ("Everton boss Sean Dyer praised his players after the win.",
     [A("sean-dyer", "head_coach_of", "everton", "manager")]),
    ("Marek Zielinski's Burnley drew 1-1 at Sunderland.",
     [A("marek-zielinski", "head_coach_of", "burnley")]),
    ("The Sevilla coach Pavel Horak was unhappy with the referee.",
     [A("pavel-horak", "head_coach_of", "sevilla", "coach")]),
    ("Jorge Mendez, in charge of Villarreal since 2021, has signed a new contract.",
     [A("jorge-mendez", "head_coach_of", "villarreal")]),
    ("Napoli coach Franco Lentini and his assistant Paolo Ricci watched from the stands.",
     [A("franco-lentini", "head_coach_of", "napoli", "coach"),
      A("paolo-ricci", "coaching_staff_of", "napoli", "assistant")]),
    ("Fulham head coach Tomas Lindqvist was ill on Friday, so his number two Erik Sand took training.",
     [A("tomas-lindqvist", "head_coach_of", "fulham", "head coach"), A("erik-sand", "coaching_staff_of", "fulham")]),
    ("Rui Santos, the Benfica coach, has no injury worries.",
     [A("rui-santos", "head_coach_of", "benfica", "coach")]),
    ("Feyenoord, coached by Jan de Wit, won 3-0 on Sunday.",
     [A("jan-de-wit", "head_coach_of", "feyenoord")]),
    ("Dirk Visser has been in charge at Ajax since 2020.",
     [A("dirk-visser", "head_coach_of", "ajax")]),
    ("Dirk Visser, who manages Ajax, wants a new striker.",
     [A("dirk-visser", "head_coach_of", "ajax")]),
    ("Pieter Bakker, the Ajax assistant coach, took the press conference.",
     [A("pieter-bakker", "coaching_staff_of", "ajax", "assistant")]),
    ("Sunderland assistant manager Dean Harker spoke to reporters.",
     [A("dean-harker", "coaching_staff_of", "sunderland", "assistant")]),
    ("Luigi Sala, a member of the Genoa coaching staff, ran the session.",
     [A("luigi-sala", "coaching_staff_of", "genoa", "staff")]),
    ("Kieran Doyle joined Brendan Walsh's coaching staff at Celtic in 2022.",
     [A("kieran-doyle", "coaching_staff_of", "celtic", "staff"), A("brendan-walsh", "head_coach_of", "celtic")]),
    # --- interim and caretaker ---
    ("Interim coach Marco Galli will lead Udinese on Saturday.",
     [A("marco-galli", "head_coach_of", "udinese", "interim")]),
    ("Genoa named Luigi Sala as caretaker manager after sacking Paolo Conti.",
     [A("luigi-sala", "appointed", "genoa", "interim"), A("paolo-conti", "left_role", "genoa")]),
    ("Celtic caretaker boss Kieran Doyle was pleased with the win.",
     [A("kieran-doyle", "head_coach_of", "celtic", "interim")]),
    ("Dean Harker will take charge of Sunderland on an interim basis.",
     [A("dean-harker", "appointed", "sunderland")]),
    # --- national teams ---
    ("Ireland manager Liam Byrne named his squad on Thursday.",
     [A("liam-byrne", "head_coach_of", "ireland", "manager")]),
    ("Croatia have appointed Ante Kovac as their new head coach.",
     [A("ante-kovac", "appointed", "croatia", "head coach")]),
    ("Kwame Asante stepped down as Ghana coach after the World Cup.",
     [A("kwame-asante", "left_role", "ghana", "coach")]),
    ("Mexico turned to Raul Ortega after the World Cup exit.",
     [A("raul-ortega", "appointed", "mexico")]),
    ("Italy's head coach, Sandro Vieri, picked three new caps.",
     [A("sandro-vieri", "head_coach_of", "italy", "head coach")]),
    ("Ghana sacked head coach Kofi Mensah after the Africa Cup of Nations.",
     [A("kofi-mensah", "left_role", "ghana", "head coach")]),
]


def row_result(claims, expected, predicates=JOB_PREDICATES):
    """(required claims found, required claims missing, extra claims of ``predicates``) for one row. A
    left_role's value is not compared (the output contract gives the way of leaving, the gold guidelines the role)."""
    jobs = [c for c in claims if c["predicate"] in predicates]
    allowed = {(s, p, o) for s, p, o, _v, _m, _r in expected}
    found, missing = [], []
    for s, p, o, v, m, required in expected:
        if not required:
            continue
        hits = [c for c in jobs if (c["subject_id"], c["predicate"], c["object_id"]) == (s, p, o)
                and (v is None or p == "left_role" or c["value"] == v)
                and MODALITY_KIND.get(c["modality"]) == MODALITY_KIND[m]]
        (found if hits else missing).append((s, p, o, v, m))
    extras = [(c["subject_id"], c["predicate"], c["object_id"], c["value"], c["modality"]) for c in jobs
              if (c["subject_id"], c["predicate"], c["object_id"]) not in allowed]
    return found, missing, extras


# rows the rules do not yet read: text -> reason
XFAIL = {
    "Feyenoord confirmed the appointment of Jan de Wit as head coach on Monday.":
        "the tagger does not take 'Jan de Wit' (a name with a lower-case particle) for a person here; the same "
        "sentence with another name is read",
    "Napoli moved quickly to bring in Franco Lentini as coach.":
        "'moved to bring in X': the infinitive is read as no appointment made, and the tagger takes 'Franco "
        "Lentini' for a place",
    "Jorge Mendez, who replaced Ruben Salgado in June 2023, has steadied Villarreal.":
        "no coaching word in the text: a bare 'who replaced X' could be a substitution, and the side is in the "
        "main clause, not the relative one",
    "Fiorentina could turn to Sandro Vieri if Enrico Valli leaves.":
        "no rule for an intransitive 'if X leaves' naming no side (hypothetical left_role)",
    "Interim coach Marco Galli will lead Udinese on Saturday.":
        "'will lead X on Saturday' reads as taking charge of a match; the title before the name finds no side",
    "Mexico turned to Raul Ortega after the World Cup exit.":
        "'Mexico' is tagged a place (GPE), not a team, so the 'turned to' pattern has no side",
}


def grid_params(grid, xfail):
    """pytest params of a grid's (text, expected) rows, numbered; the rows of ``xfail`` (text -> reason) marked as
    strict expected failures. Shared by the grids of this kind."""
    for i, (text, expected) in enumerate(grid):
        marks = [pytest.mark.xfail(strict=True, reason=xfail[text])] if text in xfail else []
        yield pytest.param(text, expected, id=f"row{i:02d}", marks=marks)


@pytest.mark.parametrize("text,expected", list(grid_params(GRID, XFAIL)))
def test_jobs_grid(analyse_text, text, expected):
    _found, missing, extras = row_result(analyse_text(text).claims, expected)
    assert not missing and not extras, f"missing {missing}; extras {extras}"


#: Sentences the new job patterns must leave alone: substitutions, a youth player promoted, a player's move,
#: an appointment only weighed (no job claim of the kind given).
ABSENT = [
    ("Chelsea replaced Cole Palmer with Noni Madueke at half-time.", ("noni-madueke", "appointed", "chelsea")),
    ("Cole Palmer was replaced by Noni Madueke in the 70th minute.", ("noni-madueke", "appointed", "")),
    ("Chelsea promoted youth player Jamie Riley to the first team.", ("jamie-riley", "appointed", "chelsea")),
    ("Fulham turned to Erik Sand for a goal.", ("erik-sand", "appointed", "fulham")),
    ("Marco Rossi, the Lazio striker, left Genoa for Lazio in 2020.", ("marco-rossi", "left_role", "genoa")),
    ("The appointment of Hugo Lemaire would be a gamble for Porto.", ("hugo-lemaire", "appointed", "porto")),
    ("Ross Dunbar has been relieved of his duties as Hearts manager.", ("ross-dunbar", "head_coach_of", "hearts")),
    ("Roberto Mancuso's exit from Napoli was confirmed on Tuesday.", ("roberto-mancuso", "appointed", "napoli")),
]


@pytest.mark.parametrize("text,unwanted", ABSENT)
def test_no_job_claim(analyse_text, text, unwanted):
    subject, predicate, obj = unwanted
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"]) == (subject, predicate)
                and (not obj or c["object_id"] == obj)], claims
