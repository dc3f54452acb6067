"""A paraphrase grid of moves and squad membership (stop 28): the ways news reports a transfer, a spell at a
club, a loan, a club's player, a rumoured or reported move, an offer and a negated spell, each as a short text
with every ``transfer`` / ``player_of`` / ``offer_received`` claim it should give and no other. Annotated as in
tests/gold/README.md: a transfer's object is the destination and its value the origin (empty when the text
names none), a loan gives ``player_of`` for the borrowing club only, a transfer gives no ``player_of``, a
rumour or a move "set to" happen is hypothetical, an attributed move is reported. Sentences, names and fees
written for these tests, not taken from the gold articles."""
import pytest

PREDICATES = {"transfer", "player_of", "offer_received"}
A, R, H, N = "asserted", "reported", "hypothetical", "negated"


def T(subject, dest, origin="", modality=A):
    return (subject, "transfer", dest, origin, modality)


def P(subject, club, modality=A):
    return (subject, "player_of", club, "", modality)


def O(subject, club, role="", modality=A):
    return (subject, "offer_received", club, role, modality)


GRID = [
    # completed moves: "joined X from Y", "signed", "completed a move", "swapped", "arrived", "left ... for"
    ("Tom Hale joined Everton from Burnley in 2019.", [T("tom-hale", "everton", "burnley")]),
    ("Hertha Berlin signed Nico Adler from Augsburg and Jonas Falk from Mainz.",
     [T("nico-adler", "hertha-berlin", "augsburg"), T("jonas-falk", "hertha-berlin", "mainz")]),
    ("Watford signed Dean Ashby from Millwall for a reported £4 million.",
     [T("dean-ashby", "watford", "millwall", R)]),
    ("Sheffield United have signed Kyle Barton from Barnsley for £2.5m.",
     [T("kyle-barton", "sheffield-united", "barnsley")]),
    ("Ivan Petrov completed a move to Fiorentina from Torino on Tuesday.",
     [T("ivan-petrov", "fiorentina", "torino")]),
    ("Ryan Cole has completed his move to Norwich City.", [T("ryan-cole", "norwich-city")]),
    ("Luca Neri swapped Genoa for Bologna last summer.", [T("luca-neri", "bologna", "genoa")]),
    ("Last year Amadou Sarr swapped Lens for Rennes, where he has scored 14 goals.",
     [T("amadou-sarr", "rennes", "lens")]),
    ("Brentford's Jordan Pike arrived from Bristol City in January.",
     [P("jordan-pike", "brentford"), T("jordan-pike", "brentford", "bristol-city")]),
    ("Hugo Martel arrived at Nantes from Lorient in 2020.", [T("hugo-martel", "nantes", "lorient")]),
    ("Stoke City's Sam Okoro, a summer signing from Hull City, scored the winner.",
     [P("sam-okoro", "stoke-city"), T("sam-okoro", "stoke-city", "hull-city")]),
    ("The deal that took Marco Vitale to Lazio from Udinese was worth €12 million.",
     [T("marco-vitale", "lazio", "udinese")]),
    ("The transfer that brought Erik Lund to Malmo from Rosenborg cost about €3 million.",
     [T("erik-lund", "malmo", "rosenborg")]),
    ("Jan Vos cost Feyenoord around €8 million from Twente in 2021.", [T("jan-vos", "feyenoord", "twente")]),
    ("Feyenoord paid Twente around €8 million for Jan Vos in 2021.", [T("jan-vos", "feyenoord", "twente")]),
    ("Everton bought Liam Dodd from Wigan Athletic in 2018.", [T("liam-dodd", "everton", "wigan-athletic")]),
    ("Liam Dodd moved from Wigan Athletic to Everton in 2018.", [T("liam-dodd", "everton", "wigan-athletic")]),
    ("Liam Dodd left Wigan Athletic for Everton in 2018.", [T("liam-dodd", "everton", "wigan-athletic")]),
    ("Liam Dodd was sold to Everton by Wigan Athletic in 2018.", [T("liam-dodd", "everton", "wigan-athletic")]),
    ("Celtic have completed the signing of Ross Nairn from Hibernian.", [T("ross-nairn", "celtic", "hibernian")]),
    ("Ajax sold Daan Visser to PSV and Pieter Kos to AZ Alkmaar.",
     [T("daan-visser", "psv-eindhoven", "ajax"), T("pieter-kos", "az-alkmaar", "ajax")]),
    ("Hoffenheim striker Felix Brun, who joined from Freiburg in 2020, scored twice.",
     [P("felix-brun", "hoffenheim"), T("felix-brun", "hoffenheim", "sc-freiburg")]),
    ("Felix Brun moved to Hoffenheim in 2020 after four years with Freiburg.",
     [T("felix-brun", "hoffenheim", "sc-freiburg"), P("felix-brun", "sc-freiburg")]),
    # careers: "started out with", "came through the academy", "before moving to", "spent N seasons at"
    ("Aaron Pike started out with Crewe Alexandra.", [P("aaron-pike", "crewe-alexandra")]),
    ("Aaron Pike began his career at Port Vale before joining Stoke City in 2012.",
     [P("aaron-pike", "port-vale"), T("aaron-pike", "stoke-city", "port-vale")]),
    ("Leon Brandt came through Schalke's academy before moving to Wolfsburg in 2013.",
     [P("leon-brandt", "schalke-04"), T("leon-brandt", "vfl-wolfsburg", "schalke-04")]),
    ("A product of the Ajax academy, Daan Visser joined PSV in 2019.",
     [P("daan-visser", "ajax"), T("daan-visser", "psv-eindhoven", "ajax")]),
    ("Defender Pablo Ruiz spent three seasons at Getafe.", [P("pablo-ruiz", "getafe")]),
    ("Pablo Ruiz played for Getafe and Osasuna before he retired in 2020.",
     [P("pablo-ruiz", "getafe"), P("pablo-ruiz", "osasuna")]),
    ("Enzo Galli had spells at Lecce, Parma and Empoli.",
     [P("enzo-galli", "lecce"), P("enzo-galli", "parma"), P("enzo-galli", "empoli")]),
    ("Oscar Lind, who played for Malmo for a decade, has retired.", [P("oscar-lind", "malmo")]),
    ("Oscar Lind starred for Rosenborg in the 1990s.", [P("oscar-lind", "rosenborg")]),
    ("Former Leeds United defender Carl Dean has retired.", [P("carl-dean", "leeds-united")]),
    ("Roma's Paolo Conti and Lazio's Gianni Russo both started out at Pescara.",
     [P("paolo-conti", "roma"), P("gianni-russo", "lazio"), P("paolo-conti", "pescara"),
      P("gianni-russo", "pescara")]),
    # squad membership: "CLUB's X", "the CLUB striker X", "X, who plays for CLUB", "X of CLUB"
    ("Enzo Galli, who plays for Sassuolo, was called up for the first time.", [P("enzo-galli", "sassuolo")]),
    ("Napoli's Marco Ferri scored twice.", [P("marco-ferri", "napoli")]),
    ("The Sevilla striker Alvaro Mendez was booked.", [P("alvaro-mendez", "sevilla")]),
    ("Benfica midfielder Tiago Rocha has signed a new contract.", [P("tiago-rocha", "benfica")]),
    ("Tiago Rocha, the Benfica midfielder, has signed a new contract.", [P("tiago-rocha", "benfica")]),
    ("Villarreal midfielder Javi Soto and Betis winger Luis Mora were both booked.",
     [P("javi-soto", "villarreal"), P("luis-mora", "real-betis")]),
    ("Kwame Asante played for Ghana at the 2022 World Cup.", [P("kwame-asante", "ghana")]),
    ("Sean Keane has played for Ireland since 2019.", [P("sean-keane", "ireland")]),
    # loans: the borrowing club; "X, on loan from A," also A's player (the lending club, as the gold sets annotate it)
    ("Bournemouth's Callum Reid, on loan from Arsenal, scored.", [P("callum-reid", "bournemouth"),
                                                                  P("callum-reid", "arsenal")]),
    ("Callum Reid, who is on loan at Bournemouth from Arsenal, scored twice.",
     [P("callum-reid", "bournemouth")]),
    ("Tom Reeve spent last season on loan at Bristol City.", [P("tom-reeve", "bristol-city")]),
    ("Tom Reeve had loan spells at Swindon Town and Exeter City.",
     [P("tom-reeve", "swindon-town"), P("tom-reeve", "exeter-city")]),
    ("Timo Kern joined Paderborn on loan from Greuther Furth.", [P("timo-kern", "paderborn")]),
    # rumours and plans: hypothetical
    ("Porto's Rui Lemos has been linked with a move to Sevilla.",
     [P("rui-lemos", "porto"), T("rui-lemos", "sevilla", "porto", H)]),
    ("Rui Lemos of Porto could move to Sevilla this summer.",
     [P("rui-lemos", "porto"), T("rui-lemos", "sevilla", "porto", H)]),
    ("Brighton defender Mats Olsen is set to join Bayer Leverkusen.",
     [P("mats-olsen", "brighton-hove-albion"), T("mats-olsen", "bayer-leverkusen", "brighton-hove-albion", H)]),
    ("Mats Olsen is expected to leave Brighton for Bayer Leverkusen.",
     [T("mats-olsen", "bayer-leverkusen", "brighton-hove-albion", H)]),
    ("Galatasaray want to sign Ajax forward Noah Bakker.",
     [P("noah-bakker", "ajax"), T("noah-bakker", "galatasaray", "ajax", H)]),
    ("Noah Bakker is a target for Galatasaray.", [T("noah-bakker", "galatasaray", "", H)]),
    # attributed: reported
    ("According to Sky Sports, Dan Wood has agreed to join Crystal Palace from Fulham.",
     [T("dan-wood", "crystal-palace", "fulham", R)]),
    ("Dan Wood has reportedly agreed a move to Crystal Palace from Fulham.",
     [T("dan-wood", "crystal-palace", "fulham", R)]),
    ("L'Equipe reports that Nice have signed Yann Morel from Metz.", [T("yann-morel", "ogc-nice", "metz", R)]),
    # offers
    ("Yann Morel rejected an offer from Marseille.", [O("yann-morel", "olympique-de-marseille")]),
    ("Yann Morel turned down a move to Marseille last summer.", [O("yann-morel", "olympique-de-marseille")]),
    ("Monaco made a bid for Yann Morel in January, but Metz rejected it.", [O("yann-morel", "monaco")]),
    ("Aston Villa made a £20m bid for Wolves winger Joe Lyle.",
     [O("joe-lyle", "aston-villa"), P("joe-lyle", "wolverhampton-wanderers")]),
    ("Joe Lyle has received an offer from Al-Nassr.", [O("joe-lyle", "al-nassr")]),
    ("Joe Lyle was offered a new contract by Wolves in May.", [O("joe-lyle", "wolverhampton-wanderers")]),
    # negated
    ("Ben Carr has never played for Sunderland.", [P("ben-carr", "sunderland", N)]),
    ("Ben Carr, who never played for Newcastle United, joined Sunderland in 2010.",
     [P("ben-carr", "newcastle-united", N), T("ben-carr", "sunderland")]),
    # more wordings of a move, a spell and a rumour
    ("Omar Haddad made the switch to Valencia from Celta Vigo in 2017.",
     [T("omar-haddad", "valencia", "celta-vigo")]),
    ("Omar Haddad sealed a £30m move to Aston Villa on Thursday.", [T("omar-haddad", "aston-villa")]),
    ("Omar Haddad's £40m move from Lille to Chelsea was confirmed on Friday.",
     [T("omar-haddad", "chelsea", "lille")]),
    ("Leicester City snapped up Jack Owens from Preston North End in 2016.",
     [T("jack-owens", "leicester-city", "preston-north-end")]),
    ("Cardiff City brought in Jack Owens from Swansea City last summer.",
     [T("jack-owens", "cardiff-city", "swansea-city")]),
    ("Jack Owens rejoined Preston North End from Leicester City in 2021.",
     [T("jack-owens", "preston-north-end", "leicester-city")]),
    ("Jack Owens returned to Preston North End from Leicester City in 2021.",
     [T("jack-owens", "preston-north-end", "leicester-city")]),
    ("Gary Holt, who spent six years at Motherwell before leaving for Aberdeen in 2015, has retired.",
     [P("gary-holt", "motherwell"), T("gary-holt", "aberdeen", "motherwell")]),
    ("Ex-Kilmarnock forward Gary Holt made his name at Dundee United.",
     [P("gary-holt", "kilmarnock"), P("gary-holt", "dundee-united")]),
    ("Gary Holt made 200 appearances for Hearts.", [P("gary-holt", "hearts")]),
    ("The Lens captain Hugo Martel was sent off.", [P("hugo-martel", "lens")]),
    ("Hugo Martel turned down Lyon to join Monaco in 2019.",
     [O("hugo-martel", "olympique-lyonnais"), T("hugo-martel", "monaco")]),
    ("Southampton are in talks to sign Norwich City winger Kai Brooks.",
     [P("kai-brooks", "norwich-city"), T("kai-brooks", "southampton", "norwich-city", H)]),
    ("Norwich City's Kai Brooks is close to joining Southampton.",
     [P("kai-brooks", "norwich-city"), T("kai-brooks", "southampton", "norwich-city", H)]),
    ("Kai Brooks will join Southampton from Norwich City on 1 July.",
     [T("kai-brooks", "southampton", "norwich-city")]),
    ("Burnley have taken Kai Brooks on loan from Norwich City.", [P("kai-brooks", "burnley")]),
    # a second batch, written after the first was fixed: other verbs, asides and clause orders
    ("Piet Snel moved to Lille from Lens in 2018.", [T("piet-snel", "lille", "lens")]),
    ("Piet Snel left Lens in 2018 to join Lille.", [T("piet-snel", "lille", "lens")]),
    ("Lens sold Piet Snel to Lille for €10 million in 2018.", [T("piet-snel", "lille", "lens")]),
    ("Piet Snel, who left Lens for Lille in 2018, has retired.", [T("piet-snel", "lille", "lens")]),
    ("Piet Snel rejected Lyon and joined Monaco in 2019.",
     [O("piet-snel", "olympique-lyonnais"), T("piet-snel", "monaco")]),
    ("Piet Snel snubbed Marseille to sign for Nice.", [O("piet-snel", "olympique-de-marseille"), T("piet-snel", "ogc-nice")]),
    ("Piet Snel has agreed to join Nice from Metz, Le Parisien reports.", [T("piet-snel", "ogc-nice", "metz", R)]),
    ("Nice are closing in on Metz forward Piet Snel.",
     [P("piet-snel", "metz"), T("piet-snel", "ogc-nice", "metz", H)]),
    ("Metz's Piet Snel is wanted by Nice.", [P("piet-snel", "metz"), T("piet-snel", "ogc-nice", "metz", H)]),
    ("Piet Snel signed a five-year contract with Lyon after leaving Metz.",
     [T("piet-snel", "olympique-lyonnais", "metz")]),
    ("Former Metz and Nice striker Piet Snel has retired.", [P("piet-snel", "metz"), P("piet-snel", "ogc-nice")]),
    ("Piet Snel, who spent five seasons with Metz, has retired.", [P("piet-snel", "metz")]),
    ("Piet Snel represented France at the 2016 European Championship.", [P("piet-snel", "france")]),
    ("Piet Snel was never a Lyon player.", [P("piet-snel", "olympique-lyonnais", N)]),
    ("Piet Snel joined the Lyon academy at the age of 12.", [P("piet-snel", "olympique-lyonnais")]),
    ("Piet Snel is a product of the Lyon youth system.", [P("piet-snel", "olympique-lyonnais")]),
    ("Piet Snel made his debut for Lyon in 2015.", [P("piet-snel", "olympique-lyonnais")]),
    ("Piet Snel captained Lyon for four seasons.", [P("piet-snel", "olympique-lyonnais")]),
    ("Piet Snel scored 40 goals in three seasons for Lyon.", [P("piet-snel", "olympique-lyonnais")]),
    ("Monaco rejected a £30m bid from Chelsea for Piet Snel.", [O("piet-snel", "chelsea")]),
    ("Piet Snel turned down a new contract at Monaco.", [O("piet-snel", "monaco")]),
    ("Lyon striker Piet Snel and Nice defender Tom Hale could both move to Monaco.",
     [P("piet-snel", "olympique-lyonnais"), P("tom-hale", "ogc-nice"),
      T("piet-snel", "monaco", "olympique-lyonnais", H), T("tom-hale", "monaco", "ogc-nice", H)]),
]


def move_claims(claims):
    """(subject, predicate, object, value, modality) of the move claims; an offer's value is not compared
    (make eval does not compare it either), so it is blanked."""
    return {(c["subject_id"], c["predicate"], c["object_id"],
             "" if c["predicate"] == "offer_received" else c["value"], c["modality"])
            for c in claims if c["predicate"] in PREDICATES}


XFAIL = {  # text -> reason, for a row not fixed
    "Piet Snel scored 40 goals in three seasons for Lyon.":
        "a goals total with a span of seasons between it and 'for CLUB' gives no player_of",
    "Lyon striker Piet Snel and Nice defender Tom Hale could both move to Monaco.":
        "two described players sharing one rumoured move: the first gets the second's club as origin",
}


def _params():
    for text, expected in GRID:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else []
        yield pytest.param(text, expected, marks=marks, id=text[:60])


@pytest.mark.parametrize("text,expected", list(_params()))
def test_moves_grid(analyse_text, text, expected):
    got = move_claims(analyse_text(text).claims)
    assert got == set(expected), f"missing {set(expected) - got}, extra {got - set(expected)}"
