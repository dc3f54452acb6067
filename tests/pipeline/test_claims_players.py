"""Claim rules of the player family (player_of, transfer, offer_received, nationality) in the words
sports desks use: suitors watching a player ("are said to be monitoring the striker", "weighing up a
bid for"), a club insisting its player is not for sale, "is a veteran Swede". Sentences written for
these tests, not taken from the gold articles."""
import pytest

from tests.pipeline import test_claims as base

# (text, (subject, predicate, object, value, modality)); None = any
SUITOR_ROWS = [
    # a suitor after a player named by a descriptor, a pronoun or a name: a talked-of move
    ("Marco Rossi scored twice for Napoli on Sunday. Chelsea are said to be monitoring the striker.",
     ("marco-rossi", "transfer", "chelsea", "napoli", "hypothetical")),
    ("Luis Ortega, the Sevilla midfielder, is 26. Arsenal are closely tracking him.",
     ("luis-ortega", "transfer", "arsenal", "sevilla", "hypothetical")),
    ("Jonas Berger scored again for Ajax. Celtic are eyeing the young Dutch forward.",
     ("jonas-berger", "transfer", "celtic", "ajax", "hypothetical")),
    ("Arsenal are weighing up a bid for Marco Rossi.", ("marco-rossi", "transfer", "arsenal", None, "hypothetical")),
    ("Celtic are plotting a £5m move for Jonas Berger, the Hearts midfielder.",
     ("jonas-berger", "transfer", "celtic", "hearts", "hypothetical")),
    ("Luis Ortega scored for Sevilla again. Arsenal are considering a move for the Spain midfielder.",
     ("luis-ortega", "transfer", "arsenal", "sevilla", "hypothetical")),
    ("Juventus have been linked with Luis Ortega.", ("luis-ortega", "transfer", "juventus", None, "hypothetical")),
    ("Bayern Munich are keen on Luis Ortega, the Sevilla winger.",
     ("luis-ortega", "transfer", "bayern-munich", "sevilla", "hypothetical")),
    # the origin of a talked-of move: the player's club, wherever the article says it
    ("Marco Rossi, 25, is wanted by Arsenal. Napoli insist the striker is not for sale.",
     ("marco-rossi", "transfer", "arsenal", "napoli", "hypothetical")),
    ("Porto have appointed Jose Silva as coach. Marco Rossi is wanted by Benfica.",
     ("marco-rossi", "transfer", "benfica", "porto", "hypothetical")),
    # "is not for sale": the club insisting has him
    ("Marco Rossi scored twice. Napoli insist the striker is not for sale.",
     ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Luis Ortega is not for sale, Sevilla insist.", ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    ("Napoli have told Chelsea that Marco Rossi is not for sale.", ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Jonas Berger, 22, is wanted by Arsenal. Ajax have said the former academy graduate is not for sale.",
     ("jonas-berger", "player_of", "ajax", None, "asserted")),
    # offered a deal: by the suitor of the sentence, else the club around; reports make it reported
    ("Luis Ortega is wanted by Juventus, and reports in Spain claim the winger has been offered a four-year deal.",
     ("luis-ortega", "offer_received", "juventus", "", "reported")),
    ("Marco Rossi scored again for Napoli. He has been offered a new five-year contract.",
     ("marco-rossi", "offer_received", "napoli", "", "asserted")),
    # "is a veteran Swede": a nationality
    ("Jonas Berger, 61, is a veteran Swede who has coached in four countries.",
     ("jonas-berger", "nationality", "", "Sweden", "asserted")),
    ("Marco Rossi is a Brazilian.", ("marco-rossi", "nationality", "", "Brazil", "asserted")),
    ("Jonas Berger was a proud Dane and never forgot it.", ("jonas-berger", "nationality", "", "Denmark", "asserted")),
]

SUITOR_NOT_ROWS = [
    ("Porto are monitoring the situation closely.", "transfer"),
    ("Celtic are tracking the progress of their youth players.", "transfer"),
    ("Arsenal are weighing up a move for a new manager.", "transfer"),
    ("Marco Rossi was sacked by Everton. Celtic are monitoring the young striker.", "appointed"),
    ("Napoli insist the stadium is not for sale.", "player_of"),
    ("Everton say the club is not for sale.", "player_of"),
    ("Her club is a Swedish side.", "nationality"),
]


@pytest.mark.parametrize("text,expected", SUITOR_ROWS)
def test_player_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", SUITOR_NOT_ROWS)
def test_player_wordings_not_claims(analyse_text, text, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate], claims


def test_not_for_sale_after_a_signing_is_the_move_only(analyse_text):
    claims = analyse_text("Marco Rossi joined Napoli from Lazio in 2020 and has been linked with Arsenal, although "
                          "Napoli insist he is not for sale.").claims
    assert not [c for c in claims if c["predicate"] == "player_of" and c["object_id"] == "napoli"], claims
    assert [c for c in claims if c["predicate"] == "transfer" and c["object_id"] == "arsenal"
            and c["value"] == "napoli"], claims


# a club played for in other words: a gapped clause, a season at a club, "at X since", a later club of a list
CLUB_ROWS = [
    ("Marco Rossi plays for Porto, Luis Ortega for Benfica and Jonas Berger for Ajax.",
     ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Jonas Berger played with Ajax, while Luis Ortega for Sevilla.",
     ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    ("Thiago Costa has just completed his second season at Porto.",
     ("thiago-costa", "player_of", "porto", None, "asserted")),
    ("Luis Ortega is in his third season with Sevilla.", ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    ("Marco Rossi, at Napoli since 2015, scored twice.", ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Porto will rely on playmaker Marco Rossi, signed from Benfica and at Porto since 2016.",
     ("marco-rossi", "player_of", "porto", None, "asserted")),
    ("Jonas Berger, at Ajax since 2019, is the longest-serving manager in the league.",
     ("jonas-berger", "head_coach_of", "ajax", None, "asserted")),
    ("Ada Stolsmo played for Perth Glory and later with Sydney FC.",
     ("ada-stolsmo", "player_of", "sydney-fc", None, "asserted")),
    ("Marco Rossi played for Ajax, and then at Porto.", ("marco-rossi", "player_of", "porto", None, "asserted")),
    ("Ada Stolsmo is 27. She made her name with Perth Glory, where she began her senior career, and later with "
     "Sydney FC.", ("ada-stolsmo", "player_of", "sydney-fc", None, "asserted")),
]

# a club's possessive before a role noun and a name: its coach, its player (two player nouns too)
POSSESSIVE_ROLE_ROWS = [
    ("Porto's coach Jose Silva praised the crowd.", ("jose-silva", "head_coach_of", "porto", None, "asserted")),
    ("Sevilla's manager, Luis Ortega, blamed the referee.", ("luis-ortega", "head_coach_of", "sevilla", None, "asserted")),
    ("Ajax's new head coach Jonas Berger met the squad on Monday.",
     ("jonas-berger", "head_coach_of", "ajax", None, "asserted")),
    ("Rangers' manager, Tom Brady, was booed off.", ("tom-brady", "head_coach_of", "rangers", None, "asserted")),
    ("Napoli's striker and captain, Marco Rossi, signed a new deal.",
     ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Celtic's captain and left-back Jonas Berger missed a penalty.",
     ("jonas-berger", "player_of", "celtic", None, "asserted")),
]

CLUB_NOT_ROWS = [
    # "Star" of a club's name is no player noun; a former coach is no current one
    ("Red Star Belgrade lost 1-0 at home. Red Star's manager, Dragan Kovac, was furious.", "player_of", "dragan-kovac"),
    ("Sevilla's former coach Luis Ortega watched from the stand.", "head_coach_of", "luis-ortega"),
    ("Marco Rossi scored for Napoli and Luis Ortega for Sevilla.", "player_of", "luis-ortega"),  # a match, no club
    ("Marco Rossi voted for Porto and Luis Ortega for Benfica.", "player_of", "luis-ortega"),
    ("Porto beat Benfica and Rossi for Porto was excellent.", "player_of", None),
    ("Marco Rossi played for Ajax and later faced Porto.", "player_of", "porto"),
    ("Marco Rossi played for Ajax, and Luis Ortega later with Porto.", "player_of", "porto"),
    ("Jonas Berger, at Ajax since 2019, is the longest-serving manager in the league.", "player_of", None),
    ("Chelsea have signed Sam Kerr. New chapter. Can't wait to meet my new team-mates and play in front of the "
     "Blues fans.", "player_of", None),
]


@pytest.mark.parametrize("text,expected", CLUB_ROWS)
def test_clubs_played_for(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,expected", POSSESSIVE_ROLE_ROWS)
def test_a_clubs_role_and_name(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", CLUB_NOT_ROWS)
def test_clubs_played_for_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))]
    assert not wrong, wrong


# moves in other words: a club completing a signing, a player sold, a coach arriving from a club on a date
MOVE_ROWS = [
    ("Celtic have confirmed the signing of Jonas Berger from Hearts.",
     ("jonas-berger", "transfer", "celtic", "hearts", "asserted")),
    ("Bayern Munich have completed the capture of Luis Ortega from Sevilla for £40m.",
     ("luis-ortega", "transfer", "bayern-munich", "sevilla", "asserted")),
    ("Marco Rossi joined Porto from Ajax in 2012. Porto have completed the signing of Luis Ortega.",
     ("luis-ortega", "transfer", "porto", None, "asserted")),
    ("Marco Rossi joined Porto from Ajax in 2012. He was sold to Chelsea in 2016.",
     ("marco-rossi", "transfer", "chelsea", "porto", "asserted")),
    ("Marco Rossi joined Porto from Ajax in 2012. Porto sold him to Chelsea in 2016.",
     ("marco-rossi", "transfer", "chelsea", "porto", "asserted")),
    ("Luis Ortega was eventually sold to Real Madrid in 2015.",
     ("luis-ortega", "transfer", "real-madrid", None, "asserted")),
    ("Porto have sacked Jose Silva. Silva joined from Braga in July 2021, replacing Luis Ortega.",
     ("jose-silva", "left_role", "braga", None, "asserted")),
    ("Napoli have appointed Marco Rossi as coach. Rossi arrived from Lazio in 2021.",
     ("marco-rossi", "left_role", "lazio", None, "asserted")),
    # "on his way to X": a move, as sure as the sentence says it
    ("Porto striker Tom Brady could be on his way to Barcelona.", ("tom-brady", "transfer", "barcelona", "porto",
                                                                   "hypothetical")),
    ("Lyon midfielder Anna Berg is on her way to Chelsea, according to L'Equipe.",
     ("anna-berg", "transfer", "chelsea", "olympique-lyonnais", "reported")),
    ("Ajax winger Jon Moss is on his way back to Feyenoord after two years away.",
     ("jon-moss", "transfer", "feyenoord", "ajax", "asserted")),
]

MOVE_NOT_ROWS = [
    ("The club was sold to an American consortium in 2019.", "transfer", None),
    ("Porto have completed the signing of a new sponsorship deal.", "transfer", None),
    # an undated arrival of a coach: the appointment only
    ("Napoli have appointed Marco Rossi as coach. Rossi arrives from Lazio, who finished fifth in 2021.",
     "left_role", "lazio"),
    ("Celtic have named Jonas Berger as manager. He arrives from Hearts.", "left_role", "hearts"),
    # on the way to somewhere that is no club
    ("The Benfica full-back Tom Brady was on his way to training when the call came.", "transfer", None),
    ("Tom Brady scored twice on his way to a hat-trick against Everton.", "transfer", None),
]


@pytest.mark.parametrize("text,expected", MOVE_ROWS)
def test_moves_in_other_words(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", MOVE_NOT_ROWS)
def test_moves_in_other_words_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))]
    assert not wrong, wrong


# moves still talked of: close to, on the verge of, in talks with, terms agreed, interest from; a playing career quit
TALKED_OF_ROWS = [
    ("Luis Ortega is reportedly close to joining Arsenal.", ("luis-ortega", "transfer", "arsenal", None, "hypothetical")),
    ("Marco Rossi is on the verge of joining Chelsea.", ("marco-rossi", "transfer", "chelsea", None, "hypothetical")),
    ("Jonas Berger is nearing a move to Celtic.", ("jonas-berger", "transfer", "celtic", None, "hypothetical")),
    ("Jonas Berger is in talks with Celtic over a move.", ("jonas-berger", "transfer", "celtic", None, "hypothetical")),
    ("Reports claim Luis Ortega has agreed personal terms with Arsenal.",
     ("luis-ortega", "transfer", "arsenal", None, "hypothetical")),
    ("Marco Rossi is the subject of interest from Chelsea and Arsenal.",
     ("marco-rossi", "transfer", "arsenal", None, "hypothetical")),
    ("Jonas Berger quit football at the age of 33.", ("jonas-berger", "retired", "", "", "asserted")),
    ("Luis Ortega left the game in 2015 to become a coach.", ("luis-ortega", "retired", "", "2015", "asserted")),
]

TALKED_OF_NOT_ROWS = [
    ("Luis Ortega is reportedly close to joining Arsenal.", "transfer"),  # not yet a move
    ("Celtic are in talks with Hearts.", "transfer"),
    ("Marco Rossi left the club in 2015.", "retired"),
    ("Jonas Berger quit international football in 2018.", "retired"),  # his club career goes on
    ("Jonas Berger quit international football in 2018.", "left_role"),
    ("Jonas Berger quit football at the age of 33.", "left_role"),
]


@pytest.mark.parametrize("text,expected", TALKED_OF_ROWS)
def test_moves_talked_of(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", TALKED_OF_NOT_ROWS)
def test_moves_talked_of_not_asserted(analyse_text, text, predicate):
    base.test_no_asserted_claim(analyse_text, text, predicate)


# "joined ... after leaving X": a move from X to the club the article is about
AFTER_LEAVING_ROWS = [
    ("Porto were promoted in 2022. Marco Rossi, the former Ajax defender, joined on a free transfer after leaving "
     "Benfica.", ("marco-rossi", "transfer", "porto", "benfica", "asserted")),
    ("Celtic won the league in May. Jonas Berger joined in the summer after leaving Hearts.",
     ("jonas-berger", "transfer", "celtic", "hearts", "asserted")),
]


@pytest.mark.parametrize("text,expected", AFTER_LEAVING_ROWS)
def test_joined_after_leaving(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_joined_after_leaving_is_no_job_left(analyse_text):
    claims = analyse_text("Porto were promoted in 2022. Marco Rossi, the former Ajax defender, joined on a free "
                          "transfer after leaving Benfica.").claims
    assert not [c for c in claims if c["predicate"] == "left_role"], claims


# players, moves, retirements and nationalities in the words of match reports and profiles: "Club's 21-year-old
# centre-back", "during her time at", "in a trade with", "sent X into retirement", "would be her last season",
# "a Uruguayan who", "the first Norwegian to"
REPORT_ROWS = [
    ("Kasper Lund, Brondby's 21-year-old centre-back, was sent off.",
     ("kasper-lund", "player_of", "brondby", None, "asserted")),
    ("Marta Silva, Benfica's teenage winger, made her debut.", ("marta-silva", "player_of", "benfica", None, "asserted")),
    ("Rangers' towering defender Ole Madsen headed in.", ("ole-madsen", "player_of", "rangers", None, "asserted")),
    ("Rui Costa scored often during his years at Fiorentina.", ("rui-costa", "player_of", "fiorentina", None, "asserted")),
    ("Lena Berg, who won the cup during her time at Wolfsburg, is 30.",
     ("lena-berg", "player_of", "vfl-wolfsburg", None, "asserted")),
    ("Porto have signed Rui Costa. He scored 40 goals during his years at Fiorentina.",
     ("rui-costa", "player_of", "fiorentina", None, "asserted")),
    ("Jessie Fleming arrived at Portland Thorns in a trade with Chicago Red Stars.",
     ("jessie-fleming", "transfer", "portland-thorns", "chicago-stars", "asserted")),
    ("Paul Dunne moved to Hibernian in a loan deal with Hearts.",
     ("paul-dunne", "transfer", "hibernian", "hearts", "asserted")),
    ("The final whistle sent Kasper Lund into retirement.", ("kasper-lund", "retired", "", None, "asserted")),
    ("Nina Holm announced last year that 2021 would be her last season.",
     ("nina-holm", "retired", "", "2021", "asserted")),
    ("Pablo Garcia, a Uruguayan who played for Real Madrid, is 40.",
     ("pablo-garcia", "nationality", "", "Uruguay", "asserted")),
    ("Rolf Larsen became the first Norwegian to win the Premier League.",
     ("rolf-larsen", "nationality", "", "Norway", "asserted")),
    ("Tomas Novak was named coach. Novak, the Czech who won the league with Slavia Prague, is 51.",
     ("tomas-novak", "nationality", "", "Czech Republic", "asserted")),
    # "1. FC Köln" is one club's name, not the end of a sentence
    ("Jonas Berger played for 1. FC Köln and later coached Mainz.", ("jonas-berger", "player_of", "cologne", None, "asserted")),
    # "the Teesside club": the club of that region named before, not the last club named
    ("Marco Rossi rejoined Middlesbrough from Leeds United in 2001. The Teesside club, where he had started his "
     "career, paid £1m.", ("marco-rossi", "player_of", "middlesbrough", None, "asserted")),
    ("Gary Bennett managed Darlington after leaving Sunderland for Carlisle United. The Wearside club, where he had "
     "begun his playing career in 1984, were relegated in 2006.", ("gary-bennett", "player_of", "sunderland", None, "asserted")),
]

REPORT_NOT_ROWS = [
    ("Jorge Mendes coached well during his years at Valencia.", "player_of", "jorge-mendes"),
    ("Porto have appointed Jorge Mendes. He won two titles during his years at Valencia.", "player_of", "jorge-mendes"),
    ("Celtic's 3-0 win over Hearts sent them top.", "retired", None),
    ("The German who changed Greek football", "nationality", None),
    ("Gary Bennett managed Darlington after leaving Sunderland for Carlisle United. The Wearside club, where he had "
     "begun his playing career in 1984, were relegated in 2006.", "player_of", "carlisle-united"),
]


@pytest.mark.parametrize("text,expected", REPORT_ROWS)
def test_report_wordings(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", REPORT_NOT_ROWS)
def test_report_wordings_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))]
    assert not wrong, wrong


def test_a_club_number_does_not_end_the_sentence(resources):
    doc = resources.nlp("She moved to 1. FFC Turbine Potsdam in 2010 and won the league. They drew 1-1. FC Porto then won.")
    assert [s.text.split()[0] for s in doc.sents] == ["She", "They", "FC"]


# a descriptor opening the sentence after coordinated clauses, each with its own person as subject: the last
# of them it agrees with (the nearest), not the first
LAST_CLAUSE_ROWS = [
    ("Ana Ruiz opened the scoring, Lea Hof equalised, and Mia Lund won it late. The Denmark forward was named "
     "player of the match.", ("mia-lund", "nationality", "", "Denmark", "asserted")),
    ("Marco Rossi scored first and Luis Ortega added a second. The Spain winger is 24.",
     ("luis-ortega", "nationality", "", "Spain", "asserted")),
    ("Luis Ortega opened the scoring and Marco Rossi made it two. The Italy striker is 27.",
     ("marco-rossi", "nationality", "", "Italy", "asserted")),
    ("Jonas Berger scored twice, and Marco Rossi was sent off. The 31-year-old has been linked with Celtic.",
     ("marco-rossi", "age", "", "31", "asserted")),
]

LAST_CLAUSE_NOT_ROWS = [
    ("Ana Ruiz opened the scoring, Lea Hof equalised, and Mia Lund won it late. The Denmark forward was named "
     "player of the match.", "nationality", "ana-ruiz"),
    ("Luis Ortega opened the scoring and Marco Rossi made it two. The Italy striker is 27.", "nationality", "luis-ortega"),
]


@pytest.mark.parametrize("text,expected", LAST_CLAUSE_ROWS)
def test_descriptor_after_coordinated_clauses(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", LAST_CLAUSE_NOT_ROWS)
def test_descriptor_after_coordinated_clauses_not_the_first(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["subject_id"] == who], claims


# a club played for in an apposition of two descriptions, "the club he joined as a boy", a side named by its
# people ("the Italians' inside-forward", the last side of that country named before)
APPOSITION_ROWS = [
    ("Kasper Lund, the veteran captain and a Brondby player for 15 years, is retiring.",
     ("kasper-lund", "player_of", "brondby", None, "asserted")),
    ("Marta Silva, the team's leading scorer and a former Benfica striker, is 30.",
     ("marta-silva", "player_of", "benfica", None, "asserted")),
    ("Ajax won 2-0. Marco Rossi scored on his return to the club he had joined as a teenager.",
     ("marco-rossi", "player_of", "ajax", None, "asserted")),
    ("Porto drew 1-1. Luis Ortega was sent off in his last game for the club he joined as a boy.",
     ("luis-ortega", "player_of", "porto", None, "asserted")),
    ("Liverpool drew with Juventus. Paolo Rossi, the Italians' inside-left, hit the bar.",
     ("paolo-rossi", "player_of", "juventus", None, "asserted")),
    ("Rangers played Bayern Munich. Gerd Muller, the Germans' centre-forward, scored twice.",
     ("gerd-muller", "player_of", "bayern-munich", None, "asserted")),
]

APPOSITION_NOT_ROWS = [
    ("Liverpool drew with Juventus. Paolo Rossi, the Italians' inside-left, hit the bar.", "player_of", "liverpool"),
    ("Leeds beat Barcelona in 1975. Johan Neeskens, the Dutchman's team-mate, was booked.", "nationality", None),
    # wanting to keep playing is no club, nor is a country where clubs are interested
    ("Marco Rossi says he wants to keep playing, and clubs in Australia and Japan are interested.", "player_of", None),
    ("Jonas Berger wants to keep playing, but Celtic have other plans.", "player_of", None),
]


@pytest.mark.parametrize("text,expected", APPOSITION_ROWS)
def test_appositions_and_joined_as_a_boy(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", APPOSITION_NOT_ROWS)
def test_appositions_and_joined_as_a_boy_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))]
    assert not wrong, wrong


# "as a player with X": the club played for, whatever else the sentence says of the person's coaching
AS_A_PLAYER_ROWS = [
    ("Jonas Berger won the cup as a player with Ajax in 1995 and as a coach with Feyenoord in 2008.",
     ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Marco Rossi, who coached Lazio, had two spells as a player at Napoli.",
     ("marco-rossi", "player_of", "napoli", None, "asserted")),
    ("Luis Ortega, 52, won the league as a young player with Sevilla.",
     ("luis-ortega", "player_of", "sevilla", None, "asserted")),
]

AS_A_PLAYER_NOT_ROWS = [
    ("Jonas Berger won the cup as a player with Ajax in 1995 and as a coach with Feyenoord in 2008.", "player_of",
     "feyenoord"),
    ("Jonas Berger joined Ajax as a coach in 2015.", "player_of", None),
]


@pytest.mark.parametrize("text,expected", AS_A_PLAYER_ROWS)
def test_as_a_player_with(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", AS_A_PLAYER_NOT_ROWS)
def test_as_a_player_with_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    wrong = [c for c in claims if c["predicate"] == predicate and (who is None or who in (c["subject_id"], c["object_id"]))]
    assert not wrong, wrong


# a demonym as the indirect object of "handing", "giving": the person named before
DATIVE_DEMONYM_ROWS = [
    ("Liverpool appointed Rafael Benitez on Wednesday, handing the Spaniard a five-year contract.",
     ("rafael-benitez", "nationality", "", "Spain", "asserted")),
    ("Celtic signed Jonas Berger, giving the Swede a three-year deal.", ("jonas-berger", "nationality", "", "Sweden", "asserted")),
]


@pytest.mark.parametrize("text,expected", DATIVE_DEMONYM_ROWS)
def test_dative_demonym(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


def test_a_demonym_club_offering_a_deal_is_no_nationality(analyse_text):
    claims = analyse_text("Porto sold Luis Ortega to Chelsea. The English club offered the Spanish defender a new "
                          "deal.").claims
    assert not [c for c in claims if c["predicate"] == "nationality" and c["value"] == "England"], claims


# a club the model tags whole, with a hyphen or an ampersand inside ("Paris Saint-Germain", "Brighton & Hove
# Albion"), before a role noun opening a sentence: the person just named, with the age after it; the tagger's
# "forward" as an adverb keeps it a noun (the sentence's "never" negates the verb, not the club he plays for)
HYPHENATED_CLUB_ROLE_ROWS = [
    ("Coach Jonas Berger will build his side around Marco Rossi. The Al-Nassr striker, 27, scored twice on Sunday.",
     ("marco-rossi", "age", "", "27", "asserted")),
    ("Coach Jonas Berger will build his side around Marco Rossi. The Al-Nassr striker, 27, scored twice on Sunday.",
     ("marco-rossi", "player_of", "al-nassr", None, "asserted")),
    ("Luis Ortega has been linked with Arsenal. The Saint-Etienne winger, 22, has scored nine goals this season.",
     ("luis-ortega", "player_of", "saint-etienne", None, "asserted")),
    ("Luis Ortega has been linked with Arsenal. The Saint-Etienne winger, 22, has scored nine goals this season.",
     ("luis-ortega", "age", "", "22", "asserted")),
    ("Kasper Lund joined in June. The Brighton & Hove Albion midfielder, 25, won the FA Cup in 2019.",
     ("kasper-lund", "age", "", "25", "asserted")),
    ("Kasper Lund joined in June. The Brighton & Hove Albion midfielder, 25, won the FA Cup in 2019.",
     ("kasper-lund", "title_won", "fa-cup", None, "asserted")),
    ("Ana Ruiz scored the winner. The Al-Hilal defender, 30, has won the league three times.",
     ("ana-ruiz", "player_of", "al-hilal", None, "asserted")),
    ("Manager Jonas Berger has rebuilt the team around Luis Ortega. The Paris Saint-Germain forward, 23, scored "
     "twice on Sunday.", ("luis-ortega", "age", "", "23", "asserted")),
    ("Manager Jonas Berger has rebuilt the team around Luis Ortega. The Chelsea forward, 23, has never won the "
     "Champions League.", ("luis-ortega", "player_of", "chelsea", None, "asserted")),
    ("Manager Jonas Berger has rebuilt the team around Luis Ortega. The Chelsea forward, 23, has never won the "
     "Champions League.", ("luis-ortega", "title_won", "uefa-champions-league", None, "negated")),
    ("Arsenal were beaten by Beira-Mar. Pedro Alves scored twice. The Beira-Mar striker, 31, has joined from Porto.",
     ("pedro-alves", "transfer", "beira-mar", "porto", "asserted")),
    ("Marco Rossi was sacked on Monday. The Al-Ittihad coach, 58, had been in charge since 2019.",
     ("marco-rossi", "age", "", "58", "asserted")),
]

HYPHENATED_CLUB_ROLE_NOT_ROWS = [
    ("Jonas Berger scored again. The Paris Saint-Germain forward, 23, has never won the Champions League.",
     "title_won", "paris-saint-germain"),
    ("Manager Jonas Berger has rebuilt the team around Luis Ortega. The Chelsea forward, 23, has never won the "
     "Champions League.", "player_of", "jonas-berger"),
]


@pytest.mark.parametrize("text,expected", HYPHENATED_CLUB_ROLE_ROWS)
def test_role_after_a_hyphenated_club(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", HYPHENATED_CLUB_ROLE_NOT_ROWS)
def test_role_after_a_hyphenated_club_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and who in (c["subject_id"], c["object_id"])], claims


# an age before a name ("the 24-year-old Rossi", "the 31-year-old Danish forward Jonas Berger"): that person's age
AGE_BEFORE_NAME_ROWS = [
    ("Marco Rossi scored twice. Captain Jonas Berger collected the trophy, with the 24-year-old Rossi close behind "
     "him.", ("marco-rossi", "age", "", "24", "asserted")),
    ("Marco Rossi scored twice. The 24-year-old Marco Rossi was close behind.", ("marco-rossi", "age", "", "24", "asserted")),
    ("Luis Ortega was sent off, and the 31-year-old Danish forward Jonas Berger scored.",
     ("jonas-berger", "age", "", "31", "asserted")),
    ("Arsenal signed the 19-year-old Luis Ortega from Sevilla.", ("luis-ortega", "age", "", "19", "asserted")),
    ("Luis Ortega scored. Celtic have signed the 27-year-old striker Marco Rossi.",
     ("marco-rossi", "age", "", "27", "asserted")),
]

AGE_BEFORE_NAME_NOT_ROWS = [
    ("Jonas Berger, the club captain, praised the 22-year-old striker.", "age", "jonas-berger"),
    ("Marco Rossi scored twice. Captain Jonas Berger collected the trophy, with the 24-year-old Rossi close behind "
     "him.", "age", "jonas-berger"),
]


@pytest.mark.parametrize("text,expected", AGE_BEFORE_NAME_ROWS)
def test_age_before_a_name(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", AGE_BEFORE_NAME_NOT_ROWS)
def test_age_before_a_name_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and who in (c["subject_id"], c["object_id"])], claims


# "who at 36 was the oldest player": an age in a relative clause (not "who at 20 was sold": an age then);
# "X, the club's veteran striker": the article's club; "Their captain X" opening a sentence: the side the
# sentence before is about (no guess when two sides are named in the sentence itself)
RELATIVE_AGE_AND_POSSESSIVE_ROWS = [
    ("Marco Rossi, who at 36 was the oldest player on the pitch, scored twice.",
     ("marco-rossi", "age", "", "36", "asserted")),
    ("Ajax beat PSV, with a goal from Luis Ortega, who at 19 is already a regular.",
     ("luis-ortega", "age", "", "19", "asserted")),
    ("Luis Ortega, who at 34 remains the club's first-choice goalkeeper, saved a penalty.",
     ("luis-ortega", "age", "", "34", "asserted")),
    ("Luis Ortega celebrated with Marco Rossi, the club's veteran striker, who at 36 was the oldest player on the "
     "pitch.", ("marco-rossi", "age", "", "36", "asserted")),
    ("Porto won again. Jonas Berger, the side's experienced playmaker, ran the game.",
     ("jonas-berger", "player_of", "porto", None, "asserted")),
    ("Benfica drew again. Marco Rossi, the club's young left-back, was booked twice.",
     ("marco-rossi", "player_of", "benfica", None, "asserted")),
    ("Bayern Munich had plenty of pedigree. Their captain Gerd Muller drove them on.",
     ("gerd-muller", "player_of", "bayern-munich", None, "asserted")),
    ("Celtic were the better side. Their goalkeeper Jonas Berger was rarely tested.",
     ("jonas-berger", "player_of", "celtic", None, "asserted")),
    ("Celtic beat Rangers. Their captain Jonas Berger scored twice.",
     ("jonas-berger", "player_of", "celtic", None, "asserted")),
]

RELATIVE_AGE_AND_POSSESSIVE_NOT_ROWS = [
    ("Luis Ortega, who at 20 was sold to Arsenal for 30 million, scored.", "age", "luis-ortega"),
    ("Marco Rossi praised the side, who at 3-0 were cruising.", "age", "marco-rossi"),
    ("Ajax beat PSV 3-1, but their goalkeeper Luis Ortega was outstanding.", "player_of", "luis-ortega"),
    ("Marco Rossi scored twice. Their captain Jonas Berger scored twice.", "player_of", "jonas-berger"),
    ("Italy lost 2-0. Their captain Marco Rossi was sent off.", "player_of", "marco-rossi"),
]


@pytest.mark.parametrize("text,expected", RELATIVE_AGE_AND_POSSESSIVE_ROWS)
def test_relative_age_and_possessive_roles(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", RELATIVE_AGE_AND_POSSESSIVE_NOT_ROWS)
def test_relative_age_and_possessive_roles_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and who in (c["subject_id"], c["object_id"])], claims


# "X, Celtic's 23-year-old reserve keeper": a squad word before the role noun of a club's possessive apposition
SQUAD_WORD_APPOSITION_ROWS = [
    ("On came Jonas Berger, Celtic's 23-year-old reserve keeper, who had played just once.",
     ("jonas-berger", "player_of", "celtic", None, "asserted")),
    ("Luis Ortega, Porto's 19-year-old reserve striker, scored.", ("luis-ortega", "player_of", "porto", None, "asserted")),
    ("Jonas Berger, Ajax's versatile utility player, started at left-back.",
     ("jonas-berger", "player_of", "ajax", None, "asserted")),
    ("Luis Ortega, Sevilla's academy winger, made his debut.", ("luis-ortega", "player_of", "sevilla", None, "asserted")),
    ("Marco Rossi, Lazio's deputy goalkeeper, saved a penalty.", ("marco-rossi", "player_of", "lazio", None, "asserted")),
]

SQUAD_WORD_APPOSITION_NOT_ROWS = [
    ("Marco Rossi, Everton's reserve team coach, was sacked.", "player_of", "marco-rossi"),
]


@pytest.mark.parametrize("text,expected", SQUAD_WORD_APPOSITION_ROWS)
def test_squad_word_in_possessive_apposition(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate,who", SQUAD_WORD_APPOSITION_NOT_ROWS)
def test_squad_word_in_possessive_apposition_not_claims(analyse_text, text, predicate, who):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and who in (c["subject_id"], c["object_id"])], claims
# a player's move in a story about his national side: between clubs, never to or from the national side
NATIONAL_STORY_ROWS = [
    ("Japan won 2-0. Celtic forward Kyogo Furuhashi, 28, has scored freely since joining from Vissel Kobe.",
     ("kyogo-furuhashi", "transfer", "celtic", "vissel-kobe", "asserted")),
    ("South Korea beat Japan. Napoli centre-back Kim Min-jae, 26, has been outstanding since joining from "
     "Fenerbahce last summer.", ("kim-min-jae", "transfer", "napoli", None, "asserted")),
    ("Brazil named their squad on Friday. Brazil will play Chile. Real Madrid winger Vinicius Junior has impressed "
     "for Brazil. Vinicius Junior has been linked with Chelsea.",
     ("vinicius-junior", "transfer", "chelsea", "real-madrid", "hypothetical")),
    ("England drew 1-1. Aston Villa midfielder John McGinn, 29, has been linked with Arsenal.",
     ("john-mcginn", "transfer", "arsenal", "aston-villa", "hypothetical")),
]


@pytest.mark.parametrize("text,expected", NATIONAL_STORY_ROWS)
def test_moves_in_national_stories(analyse_text, text, expected):
    base.test_claim_found(analyse_text, text, expected)
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "transfer" and c["object_id"] in {
        "japan", "south-korea", "brazil", "england"}], claims
