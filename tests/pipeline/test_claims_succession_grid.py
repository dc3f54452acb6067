"""A paraphrase grid of successions and moves between jobs: which side a coach leaves and takes when the
sentence names only one of them ("X took over from Y, who left for CLUB", "Y quit CLUB to take the CLUB2 job",
"at CLUB, X replaced Y"), and a player's move in the same words staying a transfer.

Every sentence here was written for this grid (made-up people; clubs from the gazetteer), not taken from the
gold articles. A row passes when every required claim is found and no job or transfer claim outside the
row's required and optional ones is made (see ``row_result``)."""
import pytest

from tests.pipeline.test_claims_jobs_grid58 import JOB_PREDICATES, A, O, grid_params, row_result

PREDICATES = JOB_PREDICATES | {"transfer"}


def T(subject, destination, origin=None):
    """A required asserted transfer (origin compared when given)."""
    return (subject, "transfer", destination, origin, "asserted", True)


GRID = [
    # --- the predecessor leaves for another job ---
    ("Hamburg won the cup on Saturday. Marco Weiss took over from Thomas Berger, who left for Werder Bremen.",
     [A("marco-weiss", "appointed", "hamburger-sv"), A("thomas-berger", "left_role", "hamburger-sv"),
      A("thomas-berger", "appointed", "werder-bremen")]),
    ("Hamburg won the cup. Marco Weiss became coach in 2021, replacing Thomas Berger, who had left for Werder Bremen.",
     [A("marco-weiss", "appointed", "hamburger-sv"), A("thomas-berger", "left_role", "hamburger-sv"),
      A("thomas-berger", "appointed", "werder-bremen")]),
    ("Tom Reid was named Celtic manager in May, after Jim Hart had quit to join Everton.",
     [A("tom-reid", "appointed", "celtic", "manager"), A("jim-hart", "left_role", "celtic"),
      A("jim-hart", "appointed", "everton")]),
    ("Tom Reid took charge of Celtic in May following the departure of Jim Hart to Everton.",
     [A("tom-reid", "appointed", "celtic"), A("jim-hart", "left_role", "celtic"), O("jim-hart", "appointed", "everton")]),
    ("Celtic boss Tom Reid was appointed in May after Jim Hart left to become Everton manager.",
     [A("tom-reid", "appointed", "celtic"), A("jim-hart", "left_role", "celtic"),
      A("jim-hart", "appointed", "everton", "manager"), O("tom-reid", "head_coach_of", "celtic")]),
    ("Ireland named Liam Byrne as manager after Sean Dyer left for Everton.",
     [A("liam-byrne", "appointed", "ireland", "manager"), A("sean-dyer", "left_role", "ireland"),
      A("sean-dyer", "appointed", "everton")]),
    ("Fulham named Tomas Lindqvist head coach on Monday, filling the vacancy left by Craig Milner's move to Leeds United.",
     [A("tomas-lindqvist", "appointed", "fulham", "head coach"), A("craig-milner", "left_role", "fulham"),
      O("craig-milner", "appointed", "leeds-united")]),
    # --- a coach leaves one side for another, both named ---
    ("Thomas Berger quit Stuttgart to take the Werder Bremen job.",
     [A("thomas-berger", "left_role", "vfb-stuttgart"), A("thomas-berger", "appointed", "werder-bremen")]),
    ("Thomas Berger left Stuttgart to take charge of Werder Bremen in 2021.",
     [A("thomas-berger", "left_role", "vfb-stuttgart"), A("thomas-berger", "appointed", "werder-bremen")]),
    ("Rui Santos left Benfica to become Porto coach in 2021.",
     [A("rui-santos", "left_role", "benfica"), A("rui-santos", "appointed", "porto", "coach")]),
    ("Rui Santos resigned from Benfica and was named Porto coach a week later.",
     [A("rui-santos", "left_role", "benfica"), A("rui-santos", "appointed", "porto", "coach")]),
    ("Brendan Walsh moved from Hearts to Celtic as manager in 2019.",
     [A("brendan-walsh", "left_role", "hearts"), A("brendan-walsh", "appointed", "celtic", "manager")]),
    # --- the side of the succession from a fronted phrase or the coach's known side ---
    ("Porto won the cup final against Lazio. At Benfica, Marco Weiss took over from Thomas Berger in March 2019.",
     [A("marco-weiss", "appointed", "benfica"), A("thomas-berger", "left_role", "benfica")]),
    ("Lazio beat Roma on Sunday. Earlier, at Napoli, Paolo Conti had replaced Marco Neri as coach in 2018.",
     [A("paolo-conti", "appointed", "napoli", "coach"), A("marco-neri", "left_role", "napoli")]),
    ("Villarreal beat Celtic 2-0 in the final. Jorge Mendez had coached Villarreal since 2016. Celtic had knocked "
     "out Porto in the semi-final. Mendez left for Sevilla that summer.",
     [A("jorge-mendez", "head_coach_of", "villarreal"), A("jorge-mendez", "left_role", "villarreal"),
      A("jorge-mendez", "appointed", "sevilla")]),
    ("Ajax drew with PSV. Dirk Visser, the Ajax coach, won the title in 2021. Visser left for Feyenoord a year later.",
     [A("dirk-visser", "head_coach_of", "ajax", "coach"), A("dirk-visser", "left_role", "ajax"),
      A("dirk-visser", "appointed", "feyenoord")]),
    # --- departures and arrivals at one side ---
    ("Paolo Conti stepped down at Genoa in May and was replaced by Luigi Sala.",
     [A("paolo-conti", "left_role", "genoa"), A("luigi-sala", "appointed", "genoa")]),
    ("Luigi Sala replaced the sacked Paolo Conti at Genoa in May.",
     [A("luigi-sala", "appointed", "genoa"), A("paolo-conti", "left_role", "genoa")]),
    ("Genoa appointed Luigi Sala in May, a week after Paolo Conti's departure.",
     [A("luigi-sala", "appointed", "genoa"), A("paolo-conti", "left_role", "genoa")]),
    ("Ajax lost 2-0. Dirk Visser, who replaced Pieter Bakker as coach in 2020, was sacked on Monday.",
     [A("dirk-visser", "appointed", "ajax", "coach"), A("pieter-bakker", "left_role", "ajax"),
      A("dirk-visser", "left_role", "ajax")]),
    # --- players' moves in the same words stay transfers ---
    ("Hamburg won the cup. The striker Thomas Berger left for Werder Bremen in 2021.",
     [T("thomas-berger", "werder-bremen")]),
    ("Marco Rossi, the Lazio midfielder, quit Genoa to join Lazio in 2020.",
     [T("marco-rossi", "lazio", "genoa"), O("marco-rossi", "player_of", "lazio")]),
    ("Defender Tom Reid left Celtic to join Everton in 2019.",
     [T("tom-reid", "everton", "celtic")]),
]


#: rows the rules do not yet read: text -> reason
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("text,expected", list(grid_params(GRID, XFAIL)))
def test_succession_grid(analyse_text, text, expected):
    _found, missing, extras = row_result(analyse_text(text).claims, expected, PREDICATES)
    assert not missing and not extras, f"missing {missing}; extras {extras}"
