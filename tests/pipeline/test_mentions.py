"""Mentions stage: descriptors resolved by stated age, sentence subject and agreement (pipeline/mentions.py)."""
from __future__ import annotations

import pytest

#: (text, descriptor as written, person id it stands for, or None when it must stay unresolved)
DESCRIPTORS = [
    # a person known to be of the descriptor's country who is only the owner of something in the sentence before
    # ("glancing X's cross") does not take the descriptor from that sentence's subject
    ("Pedro Rocha headed Getafe in front, glancing Dani Alves' cross in off the post.\n\nThe Brazilian striker, 27, "
     "came from Santos last summer.", "The Brazilian striker", "pedro-rocha"),
    ("Karl Weber scored the winner from Dani Alves's free kick. The Brazilian forward, 24, joined in May.",
     "The Brazilian forward", "karl-weber"),
    # an age stated for someone named before gives way to the subject of the descriptor's own sentence, whose
    # age is not stated; not when that subject's age is stated otherwise, nor when the descriptor opens a sentence
    ("Karl Weber, 59, celebrated the title. Bayern had a poor season. Their coach, Marco Rossi, will leave in May, "
     "and the 59-year-old Italian has been criticised.", "the 59-year-old Italian", "marco-rossi"),
    ("Karl Weber, 59, celebrated the title. Marco Rossi, 48, will leave in May, and the 59-year-old has been praised.",
     "the 59-year-old", "karl-weber"),
    ("Karl Weber, 59, celebrated the title. Marco Rossi will leave in May. The 59-year-old was praised.",
     "The 59-year-old", "karl-weber"),
    # a gerund without a subject of its own is done by the clause's subject: the descriptor is someone else
    ("Moritz Brandt, 54, was the assistant to Hans Meier for years before succeeding the German in 1990.", "the German",
     "hans-meier"),
    ("Luca Conti spent two years as Pep Alvarez's assistant before succeeding the Spaniard as Lazio coach.", "the Spaniard",
     "pep-alvarez"),
    ("Tom Berg worked under Hans Meier at Genoa before replacing the German in 2019.", "the German", "hans-meier"),
    # a participle clause is not the subject's doing: "bringing the Italian back" is the club's
    ("Lazio announced that Marco Rossi will return as coach, bringing the Italian back to Rome six years after he left.",
     "the Italian", "marco-rossi"),
    # the owner of an object is not its verb's subject either
    ("Marco Rossi praised Pep Alvarez after beating the Spaniard's side.", "the Spaniard", "pep-alvarez"),
    ("Pep Alvarez joined Lazio. Marco Rossi has praised the Spaniard's work.", "the Spaniard", "pep-alvarez"),
    # ... but the subject of the sentence stays the one meant when nothing else is done to the descriptor
    ("Pep Alvarez joined Lazio in 2019. The Spaniard's side won the cup.", "The Spaniard", "pep-alvarez"),
    ("Pep Alvarez joined Lazio in 2019 after leaving Marco Rossi's Genoa. The Spaniard won the cup.", "The Spaniard",
     "pep-alvarez"),
    # a regional demonym describes a person too (and states no nationality)
    ("Jonas Berger joined Girona in 2022. Berger scored twice. Girona coach Pablo Moreno, the former Girona midfielder, "
     "made a striker his priority. The Basque had turned down the job in 2020.", "The Basque", "pablo-moreno"),
    # a sentence about "he", naming someone else only in a relative clause: "he", so by salience
    ("Jonas Berger, the Poland captain, joined Porto in 2019. Berger scored twice on Sunday. In 2021 he scored 41 goals, "
     "beating the record of 40 that Marco Rossi set in 1972. The Pole was also named player of the year.",
     "The Pole", "jonas-berger"),
    # the one person whose age is stated beside the name, even when someone else was named since
    ("Marco Rossi, 58, took over at Genoa in March. Luca Bianchi scored twice on Sunday. "
     "\"It was a good week,\" the 58-year-old said.", "the 58-year-old", "marco-rossi"),
    # the subject of the previous sentence, not the person named last in it
    ("Pep Lijnders was appointed in 2019, replacing Frank Keller, who had led the team for nine years. "
     "The 41-year-old took them to the final.", "The 41-year-old", "pep-lijnders"),
    # the subject of the sentence so far
    ("Genoa coach Marco Rossi, who won the league in 2012, rebuilt the side, and the 58-year-old Italian was cheered.",
     "the 58-year-old Italian", "marco-rossi"),
    # a captain named in an apposition, then described in the next sentence
    ("Captain Jonas Berger, the Celtic defender, was named man of the match. The 31-year-old blocked four shots.",
     "The 31-year-old", "jonas-berger"),
    # a stated age that differs rules the person out
    ("Jonas Berger, 24, scored the winner. The 31-year-old was not involved.", "The 31-year-old", None),
    # a name right after the descriptor is an apposition, not a reference back
    ("Jonas Berger scored the winner. The 31-year-old coach Pablo Moreno was delighted.", None, None),
    # a role after a country: the subject of the sentence before, not the article's most named person
    ("Marco Rossi was sacked by Genoa on Monday. Marco Rossi had been in charge since 2021. Genoa have named "
     "Luca Bianchi as head coach. Luca Bianchi, 41, is popular at the club. The former Spain defender spent 12 years "
     "at Genoa.", "The former Spain defender", "luca-bianchi"),
    # a role after a club, in the clause after another subject: not the subject that opened the sentence
    ("Jonas Berger is wary of staying too long, as Pablo Moreno has done: the former Ajax winger has spent six years "
     "at Utrecht.", "the former Ajax winger", None),
    # a role after a club with nobody just before: no guess by salience
    ("Jonas Berger coaches Genoa. Genoa lost on Sunday.\n\nThe Genoa winger was booked twice.", None, None),
    # an age before a club and a role: the subject of the sentence before
    ("Marco Rossi will retire as Torino manager at the end of the season, the club announced on Wednesday. "
     "The 64-year-old Torino manager told his players in the morning.", "The 64-year-old Torino manager", "marco-rossi"),
    # two people as one subject: unresolved
    ("Luka Modric and Toni Kroos trained together on Monday. The 38-year-old spoke to reporters.",
     "The 38-year-old", None),
    # a regional demonym states a country: not the person the article called an Argentine
    ("Diego Ramirez, who played for Genoa until 1991, inspired the side, and the Argentine's face was everywhere. "
     "Genoa coach Paolo Bruni took over from Marco Ferri in 2021. The 61-year-old had never won Serie A before. "
     "The Tuscan has also coached Empoli.", "The Tuscan", "paolo-bruni"),
    # a position the subject does not play: the one other person of the sentence before
    ("Marta Lopez scored the winner for Sevilla. Lopez, 23, the Sevilla left-back, drove a low shot past Anna Berg. "
     "The Sweden goalkeeper had kept her side alive until then.", "The Sweden goalkeeper", "anna-berg"),
    # in apposition to the name just before it
    ("Jonas Berger was booked in the first half. The ball fell to Luca Bianchi, 31, the Genoa midfielder, who scored.",
     "the Genoa midfielder", "luca-bianchi"),
    # two descriptors after a pair of people as a subject: in order
    ("Marco Rossi left for Lazio, while Jonas Berger and Luca Bianchi arrived from Ajax and Porto. The Dutchman, 22, "
     "has been a revelation, and the Italy defender has been just as important.", "The Dutchman", "jonas-berger"),
    ("Marco Rossi left for Lazio, while Jonas Berger and Luca Bianchi arrived from Ajax and Porto. The Dutchman, 22, "
     "has been a revelation, and the Italy defender has been just as important.", "the Italy defender", "luca-bianchi"),
    # a club's coach opening a sentence: the subject of the sentence before; not a coach named later
    ("Anna Berg took charge of Genoa in 2012, replacing Marco Rossi. The Genoa manager has won six league titles.",
     "The Genoa manager", "anna-berg"),
    ("Anna Berg scored twice. The Genoa manager Marco Rossi was pleased.", None, None),
    # a club's former coach opening a sentence: the subject of the sentence before, not the article's protagonist
    ("Jonas Berger has joined Lazio. Berger scored 40 goals for Genoa, and Berger was their captain. Lazio coach "
     "Marco Rossi, 49, had made Berger his priority. The former Porto coach replaced Luca Bianchi in March.",
     "The former Porto coach", "marco-rossi"),
    # the subject of a subordinate clause, when the main clause's subject is no person: not meant
    ("Jonas Berger has won the cup with Ajax. Berger was cheered on Sunday. Genoa have long been seen as Berger's "
     "most likely destination when Marco Rossi eventually leaves Genoa, and few doubt that the former midfielder will "
     "return to the club.", "the former midfielder", "jonas-berger"),
    # an age said by an earlier descriptor rules that person out: the one person of the sentence before who agrees
    ("Marco Rossi was appointed head coach of Genoa on Monday. The 50-year-old leaves Torino after two years. "
     "Rossi won the cup with Torino. Torino are expected to appoint Luca Bianchi as Rossi's successor. The Italian, 64, "
     "has been out of work since leaving Lazio.", "The Italian", "luca-bianchi"),
    # a new paragraph goes back to the protagonist, also named in the sentence before, not to a newcomer there
    ("Jonas Berger was appointed head coach of Genoa on Monday. Berger replaces Marco Rossi. Berger starts on Friday. "
     "Caretaker Luca Bianchi, who took charge after Rossi left, will stay in place until Berger arrives.\n\n"
     "The Dutchman is best known for his cup record.", "The Dutchman", "jonas-berger"),
    # ... in the same paragraph, the subject of the sentence before
    ("Jonas Berger was appointed head coach of Genoa on Monday. Berger replaces Marco Rossi. Berger starts on Friday. "
     "Caretaker Luca Bianchi, who took charge after Rossi left, will stay in place until Berger arrives. "
     "The Dutchman is best known for his cup record.", "The Dutchman", "luca-bianchi"),
    # a role after a country later in the sentence: the person the clause before named after its subject
    ("Marco Rossi, 42, was appointed manager in 2021. Rossi signed his former team-mate Jonas Berger from Ajax in May, "
     "and the Netherlands playmaker was expected to be the heart of the side.", "the Netherlands playmaker", "jonas-berger"),
    # a sentence before about "he": whom "he" stands for there, not the article's most named person
    ("Jonas Berger, 44, won the league with Genoa. Berger was cheered, and Berger thanked the fans. Torino coach Marco "
     "Rossi confirmed that he will leave in May. After a spell in Mexico, he replaced Luca Bianchi in July 2013. The Argentine, "
     "51, is likely to be followed by Pablo Moreno.", "The Argentine", "marco-rossi"),
    # a woman's demonym is no man, whoever was the subject before
    ("Marco Rossi resigned as head coach in May, and his assistant Anna Berg took over. The Dutchwoman, 41, "
     "was given the job in June.", "The Dutchwoman", "anna-berg"),
    # a demonym of two words is a descriptor, not a person of its own
    ("Sean Walsh, 50, left Genoa in 2020. At Torino the Northern Irishman won the Coppa Italia in 2022.",
     "the Northern Irishman", "sean-walsh"),
    ("Pieter Botha was appointed by Ajax in May. The South African had coached Twente.", "The South African", "pieter-botha"),
    # where someone was born is no nationality, but still describes the person
    ("Anna Berg, 50, has been in charge since 2014. The Welsh-born coach moved to the US as a teenager.",
     "The Welsh-born coach", "anna-berg"),
    # a country and "international" / "captain": the player of the sentence before, by nationality
    ("Brentford have signed Jonas Berger from Hoffenheim. The Austria international, 24, cost £20m.",
     "The Austria international", "jonas-berger"),
    ("Genoa have signed Luca Bianchi. The former Italy international joined from Torino.",
     "The former Italy international", "luca-bianchi"),
    ("Swansea have appointed Rhys Evans as interim manager. The Wales captain, 33, will keep playing.",
     "The Wales captain", "rhys-evans"),
    # a country of three words
    ("Hibernian have signed Sean Doyle from Bohemians. The Republic of Ireland midfielder, 22, signed a three-year deal.",
     "The Republic of Ireland midfielder", "sean-doyle"),
    ("Sean Doyle, the Republic of Ireland winger, joined Hibernian on loan.", "the Republic of Ireland winger", "sean-doyle"),
    # one word the model read as an organisation, doing what people do: the person, and the descriptor after it
    ("Gavi resigned as captain on Monday. The Spaniard, 24, will stay at the club.", "The Spaniard", "gavi"),
    # a noun that only describes a person, opening a sentence
    ("Burnley have signed Marco Rossi. The veteran, 38, joined on a free transfer.", "The veteran", "marco-rossi"),
    ("Genoa handed a debut to Luca Bianchi on Sunday. The teenager scored twice.", "The teenager", "luca-bianchi"),
    # a new paragraph after a sentence naming someone in passing: the article's protagonist, not that person
    ("Jonas Berger has been appointed Genoa coach. Berger, 44, signed a three-year deal. Berger starts on Monday.\n\n"
     "Under Marco Rossi, Genoa finished ninth last season.\n\nThe former Austria international arrives from Linz.",
     "The former Austria international", "jonas-berger"),
    # an age with a demonym: a subject whose known nationality differs is skipped, for the protagonist
    ("Lazio won 2-1 thanks to Diego Ramirez's late goal. Substitute Robert Lewandowski levelled in the 88th minute, "
     "and a minute later the 26-year-old Uruguayan struck the winner.", "the 26-year-old Uruguayan", "diego-ramirez"),
    # the one person of the sentence before known to agree, over a subject whose nationality is not known
    ("At Napoli, Marco Rossi replaces Luis Enrique, who left in May. The Spaniard had won the cup a week earlier.",
     "The Spaniard", "luis-enrique"),
    ("Marco Rossi drove in a cross, and Julian Alvarez headed in the winner. The Argentine, 24, has now scored ten goals.",
     "The Argentine", "julian-alvarez"),
    ("Erling Haaland scored twice, and Luca Bianchi added a third. The Norwegian now has 30 goals this season.",
     "The Norwegian", "erling-haaland"),
    # a person named in passing in a participle phrase ("Backed by owner X") is not the descriptor
    ("Genoa coach Luca Bianchi was delighted. Bianchi has won three trophies. Bianchi signed a new deal in May. Backed "
     "by owner Dan Walker since 2019, Genoa have spent heavily, and last season the Italian delivered their first cup.",
     "the Italian", "luca-bianchi"),
    # a new paragraph after a newcomer named in passing: the article's protagonist
    ("Kadi Diallo scored twice as Lyon beat Chelsea. Diallo now has 20 goals this season. Diallo was named player of "
     "the match. Chelsea were without their captain, and their only goal came from the Juventus forward Lisa Moretti."
     "\n\nThe Frenchwoman came into the final short of fitness.", "The Frenchwoman", "kadi-diallo"),
    # two people equally likely: unresolved
    ("Lazio signed Marco Rossi and Genoa signed Luca Bianchi on Monday. The Italian has played in Serie A before.",
     "The Italian", None),
    # a title before the name, a two-word demonym, a one-word name
    ("Veteran Tomas Kovac signed a one-year deal with Lazio. The Slovak, 38, joined from Sparta Prague.",
     "The Slovak", "tomas-kovac"),
    ("Ipswich have appointed Sean Walsh as manager. The Northern Irishman, 47, left Derby in May.",
     "The Northern Irishman", "sean-walsh"),
    ("Hulk scored twice on his return to Porto. The Brazilian, 37, left the club in 2012.", "The Brazilian", "hulk"),
    ("Anna Berg scored the opener for Wolfsburg. The Swede has won the title three times. Thiago Silva signed Anna "
     "Berg's new shirt. The Brazilian had played for Chelsea.", "The Brazilian", "thiago-silva"),
    # an age stated beside another name rules that person out
    ("Marco Rossi, 52, was sacked by Genoa on Monday. Genoa turned to Luca Bianchi on Tuesday. The 44-year-old had "
     "been in charge of the under-19s.", "The 44-year-old", "luca-bianchi"),
    ("Pablo Moreno has left Sevilla. The 45-year-old Spaniard had been in charge since 2021, and he will be replaced by "
     "Jonas Berger. The Austrian, 39, arrives from Salzburg.", "The Austrian", "jonas-berger"),
    # a club official named as the subject: the one player of that sentence who agrees
    ("Lazio owner Marco Rossi watched from the stands as Jonas Berger scored twice. The Austrian, 23, joined from "
     "Salzburg in January.", "The Austrian", "jonas-berger"),
    ("Genoa chairman Marco Rossi was in the crowd when Luca Bianchi scored the winner. The 19-year-old came through "
     "the academy.", "The 19-year-old", "luca-bianchi"),
    # ... but an owner the descriptor names as such is still meant
    ("Lazio owner Marco Rossi watched from the stands as Jonas Berger scored twice. The Italian owner, 61, has "
     "promised more signings.", "The Italian", "marco-rossi"),
    # a club's former coach with an age in apposition, opening a sentence
    ("Genoa have sacked Marco Rossi. The former Torino coach, 58, won the cup in 2022.", "The former Torino coach",
     "marco-rossi"),
    # a one-word name the gazetteer knows, named after a coach: the bare role of the next sentence
    ("Barcelona coach Hansi Flick said Pedri would miss the game. The midfielder, 21, has a hamstring injury.",
     "The midfielder", "pedri"),
    # a club official, named with the role before or in apposition after it, is no player's descriptor
    ("Genoa have sacked Marco Rossi after four games. The club's owner, Dan Walker, made the decision on Wednesday. "
     "The former Italy midfielder was appointed in January.", "The former Italy midfielder", "marco-rossi"),
    ("Lazio have signed Jonas Berger on a free transfer. Berger, 25, leaves Ajax after five seasons. Club president "
     "Marco Rossi welcomed him. The Austrian will wear the number nine shirt.", "The Austrian", "jonas-berger"),
    # neither sentence names anyone, the one before is about "he": whom "he" stands for
    ("Jonas Berger has signed a new deal with Lazio.\n\nBerger came through the academy at Ajax. He joined Lazio from "
     "Ajax in 2019, and won the cup in 2021. The Lazio striker finished the season with 20 goals.",
     "The Lazio striker", "jonas-berger"),
    ("Anna Berg has joined Lyon. She left Wolfsburg in May after four seasons. The Wolfsburg captain, 29, won "
     "the league twice.", "The Wolfsburg captain", "anna-berg"),
    # a one-word name with an age mid-sentence, then its descriptor
    ("Lyon beat Wolfsburg 2-0, and Kerolin, 24, scored both goals. The Brazilian has now scored 12 this season.",
     "The Brazilian", "kerolin"),
    # a player's descriptor is no club official: the player named before
    ("Marco Rossi scored twice for Genoa on Sunday. Club president Paolo Conti wants the former Inter striker to sign a new contract.",
     "the former Inter striker", "marco-rossi"),
    ("Luca Bianchi, 34, signed a new deal with Torino. Owner Urbano Neri hailed the former Lazio defender as a leader.",
     "the former Lazio defender", "luca-bianchi"),
    ("Jonas Berger has been in charge of Utrecht since 2021. Chairman Frank de Wit praised the former Ajax midfielder after the win.",
     "the former Ajax midfielder", "jonas-berger"),
    ("Anna Berg joined Lyon in 2020. Lyon president Jean-Michel Aulas wants the former Wolfsburg forward to stay until 2027.",
     "the former Wolfsburg forward", "anna-berg"),
    ("Pablo Moreno scored the winner in Seville. Chief executive Jose Castro thanked the Sevilla striker afterwards.",
     "the Sevilla striker", "pablo-moreno"),
    # whoever praises is not the one praised, even when no official
    ("Tom Hardy has joined Celtic from Hearts. Celtic manager Brendan Rodgers welcomed the former Hearts winger on Friday.",
     "the former Hearts winger", "tom-hardy"),
    ("Kevin Walsh scored twice for Leeds. Leeds coach Daniel Farke praised the Leeds striker after the match.",
     "the Leeds striker", "kevin-walsh"),
    # only the official named: unresolved rather than the official
    ("Club president Hans Wolf was delighted on Sunday. The former Stuttgart midfielder said the club had a bright future.",
     "The former Stuttgart midfielder", None),
    ("Genoa owner Paolo Conti spoke to reporters. Conti wants the former Inter striker to stay.",
     "the former Inter striker", None),
    # someone introduced as a former player is no current club's forward
    ("Ana Silva scored her 17th goal, one more than the former Germany striker Birgit Prinz, who scored 14. "
     "\"It belongs to every woman,\" said the Orlando Pride forward.", "the Orlando Pride forward", "ana-silva"),
    ("Lena Hoff broke the record held by the former Sweden striker Hanna Ljungberg on Sunday. The Chelsea forward scored twice.",
     "The Chelsea forward", "lena-hoff"),
    # a club official named as the subject before: the player or coach the sentence names
    ("Club president Joan Laporta unveiled Vitor Roque on Monday. The 18-year-old signed a deal until 2031.", "The 18-year-old", "vitor-roque"),
    ("Chairman Daniel Levy welcomed Dominic Solanke at the training ground. The England striker cost 55m pounds.", "The England striker", "dominic-solanke"),
    ("Owner Jim Ratcliffe met Ruben Amorim in Lisbon. The Portuguese takes charge next week.", "The Portuguese", "ruben-amorim"),
    ("Federation president Gabriele Gravina confirmed Luciano Spalletti as coach. The 64-year-old replaces Roberto Mancini.", "The 64-year-old", "luciano-spalletti"),
    ("President Florentino Perez praised Vinicius Junior after the final. The Brazil forward scored the winner.", "The Brazil forward", "vinicius-junior"),
    ("Marco Rossi scored twice. Genoa president Paolo Conti said the former Roma striker had earned a new deal.", "the former Roma striker", "marco-rossi"),
    # a new paragraph after a sentence naming one person only in apposition ("His assistant, X, ..."): a role after a
    # club takes no guess (the claims stage falls back on the article's protagonist)
    ("Ajax have confirmed that Erik Visser will become their coach. Visser, 51, succeeds Frank de Wit. His assistant at "
     "Utrecht, Jan Smit, who has worked with him for years, is expected to follow him to Amsterdam.\n\nBefore Utrecht, the "
     "former PSV midfielder won the cup with Twente.", "the former PSV midfielder", None),
    ("Celtic have named Tom Hardy as manager. Hardy, 48, replaces Neil Lennon. His assistant at Hearts, Gary Locke, is "
     "expected to join him in Glasgow.\n\nBefore Hearts, the former Rangers defender coached Kilmarnock.",
     "the former Rangers defender", None),
    # the winner of an award the gazetteer lists: whom the sentence before (or salience) names; a pair: unresolved
    ("Karim Benzema has joined Al Ittihad. The Ballon d'Or winner scored 354 goals for Real Madrid.",
     "The Ballon d'Or winner", "karim-benzema"),
    ("Luka Modric signed a new contract on Monday. The 2018 Ballon d'Or winner turns 39 in September.",
     "The 2018 Ballon d'Or winner", "luka-modric"),
    ("Erling Haaland scored twice on Sunday. The two-time Golden Boot winner now has 20 goals this season.",
     "The two-time Golden Boot winner", "erling-haaland"),
    ("Aitana Bonmati was named player of the match. The Ballon d'Or holder has won the league four times.",
     "The Ballon d'Or holder", "aitana-bonmati"),
    ("Lionel Messi has joined Inter Miami.\n\n\"I am happy here,\" he said.\n\nThe eight-time Ballon d'Or winner came "
     "through the academy at Barcelona.", "The eight-time Ballon d'Or winner", "lionel-messi"),
    ("Ousmane Dembele and Lamine Yamal met before the game. The Ballon d'Or winner was the first to speak.",
     "The Ballon d'Or winner", None),
    # the subject cannot be meant, and of the others one is known (to the gazetteer) to be of that country, the
    # other's nationality unknown: the one known
    ("Ronald Koeman spoke on Friday. The Dutchman told Marco Rossi to stay close to Antoine Griezmann all night. "
     "The Frenchman, 31, barely touched the ball.", "The Frenchman", "antoine-griezmann"),
    ("Pep Guardiola spoke on Friday. The Spaniard told Jonas Berger to follow Neymar everywhere. The Brazilian, 32, "
     "was booked after ten minutes.", "The Brazilian", "neymar"),
]


@pytest.mark.parametrize("text,descriptor,expected", DESCRIPTORS)
def test_descriptor_resolution(analyse_text, text, descriptor, expected):
    res = analyse_text(text)
    if descriptor is None:
        assert not [m for m in res.mentions if m["label"] == "DESCRIPTOR"]
        return
    found = [m["entity_id"] for m in res.mentions if m["text"] == descriptor]
    assert found == ([expected] if expected else [])


#: A demonym or an age that modifies a noun is no descriptor of a person.
NOT_DESCRIPTORS = [
    "Rudi Voller resigned last month, and the German Football Association has yet to name a successor.",
    "Jorge Vilda was dismissed on Tuesday, and the Spanish football federation thanked him.",
    "Marco Rossi signed for Genoa. The Italian club paid a fee.",
]


@pytest.mark.parametrize("text", NOT_DESCRIPTORS)
def test_modifier_is_not_a_descriptor(analyse_text, text):
    res = analyse_text(text)
    assert not [m for m in res.mentions if m["label"] == "DESCRIPTOR"]


def test_womens_article_maps_a_country_alias_to_its_womens_side(analyse_text):
    res = analyse_text("The US won the Women's World Cup in Lyon. Jill Ellis was appointed US coach in 2014 "
                       "after Tom Sermanni was sacked as head coach of the women's team.")
    ids = {m["entity_id"] for m in res.mentions if m["text"] == "US"}
    assert ids == {"united-states-women"}


#: (text, mention text, id): a women's team is its own women's side, and a club's women's team is the one the gazetteer names.
WOMENS_TEAMS = [
    ("Chelsea Women beat Manchester City Women on Sunday.", "Chelsea Women", "chelsea-women"),
    ("Chelsea Women beat Manchester City Women on Sunday.", "Manchester City Women", "manchester-city-women"),
    ("Olga Carmona, the Real Madrid left-back, scored in the Women's World Cup final.", "Real Madrid", "real-madrid-femenino"),
    # a club that only has a women's side is that side, by its own id, in a women's article
    ("Lena Berg left Rosengård for Chelsea Women after two seasons in the Women's Champions League.", "Rosengård",
     "fc-rosengard"),
]


@pytest.mark.parametrize("text,mention,expected", WOMENS_TEAMS + [
    # "Castilla, the reserve team that ...": an apposition describing the club, not its own B team
    ("Pablo Moreno had been in charge of Castilla, the reserve team that plays in the third tier, before he left.",
     "the reserve team", "real-madrid-castilla"),
])
def test_womens_teams(analyse_text, text, mention, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == mention] == [expected]


#: (text, person, the side of their coaching job): in an article about women's football, a man's job at a club
#: whose women's side the gazetteer lists (by the side's ``parent``) is at that side, not at the men's club
MENS_JOBS_AT_WOMENS_SIDES = [
    ("West Ham beat Everton 2-0 in the Women's Super League on Sunday. Everton are ninth in the Women's Super League. "
     "Tom Hale, 44, arrived from Bristol City in May 2022, succeeding Ann Cole as manager of the club.", "tom-hale",
     "everton-women"),
    ("Liverpool lost 3-1 to Aston Villa in the Women's FA Cup. Liverpool are fifth in the Women's Super League. "
     "Mark Dunn, 51, joined from Reading in June 2023, replacing Jo Hart as manager of the club.", "mark-dunn",
     "liverpool-women"),
]


@pytest.mark.parametrize("text,person,expected", MENS_JOBS_AT_WOMENS_SIDES)
def test_a_mans_job_at_a_listed_womens_side(analyse_text, text, person, expected):
    res = analyse_text(text)
    assert {c["object_id"] for c in res.claims if c["subject_id"] == person and c["predicate"] == "appointed"} \
        == {expected}, res.claims


def test_a_club_s_women_side_by_its_parent():
    from pipeline.entities import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.women_team_of("everton") == "everton-women"  # listed with "parent": "everton"
    assert gaz.women_team_of("real-madrid") == "real-madrid-femenino"
    assert "west-ham-united-women" in gaz.womens_teams and "west-ham-united" not in gaz.womens_teams


def test_the_womens_game_is_no_team(analyse_text):
    res = analyse_text("Utah Royals coach Laura Harvey praised the women's game.")
    assert not [m for m in res.mentions if m["text"].lower().startswith("the women")]


#: (text, id of the bare town word "Madrid"): the club named with that word, or the one named at least twice
#: as often as any other; an alias without the word ("Castilla") does not count; a tie leaves it unguessed.
TOWN_WORDS = [
    ("Real Madrid sacked Marco Rossi on Monday. Real Madrid are fifth, ten points behind Atletico Madrid, "
     "and Real Madrid have yet to name a successor. Madrid captain Jonas Berger was booked.", "real-madrid"),
    ("Jonas Berger left Real Madrid in 2015. He had coached Castilla before. Madrid captain Pablo Moreno was booked.",
     "real-madrid"),
    ("Real Madrid drew with Atletico Madrid on Sunday. Madrid captain Jonas Berger was booked.", None),
]


@pytest.mark.parametrize("text,expected", TOWN_WORDS)
def test_town_word_is_the_articles_club(analyse_text, text, expected):
    ids = [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == "Madrid"]
    if expected is None:
        assert "real-madrid" not in ids and "atletico-madrid" not in ids, ids
    else:
        assert ids == [expected], ids


#: (text, surname as written, person id): a two-word surname ("De Vries") of a full name the article uses
DOUBLE_SURNAMES = [
    ("Genoa have named Jonas De Vries as head coach. De Vries, 44, is a former Ajax defender.", "De Vries", "jonas-de-vries"),
    ("Luca van Buren left Fulham in May. A homecoming for van Buren was expected.", "van Buren", "luca-van-buren"),
    # a lower-case particle the model reads as a number ("ten") or where it stops the name ("de")
    ("Feyenoord have sacked Bram ten Brink. Ten Brink was appointed in 2021.", "Ten Brink", "bram-ten-brink"),
    ("Porto signed Daan de Groot from Utrecht. De Groot, 24, cost 10 million euros.", "De Groot", "daan-de-groot"),
    ("Celtic have named Sem ter Horst as coach. Under ter Horst, Celtic won the cup.", "ter Horst", "sem-ter-horst"),
    # the full name written once, in the possessive the model puts inside the name
    ("Genoa drew after Tomas Vrabec's late equaliser. Vrabec, 24, has carried the attack.", "Vrabec", "tomas-vrabec"),
]


#: (text, what is no person): a lower-case particle joins a name only after a person's first name
PARTICLE_NOT_A_NAME = [
    ("Barcelona won the Copa del Rey in 2019.", "Copa del Rey"),
    ("Ten players were booked as Ajax beat Utrecht.", "Ten"),
]


@pytest.mark.parametrize("text,span", PARTICLE_NOT_A_NAME)
def test_a_particle_alone_makes_no_person(analyse_text, text, span):
    assert not [m for m in analyse_text(text).mentions if span in m["text"] and m["label"] == "PERSON"]


@pytest.mark.parametrize("text,surname,expected", DOUBLE_SURNAMES)
def test_two_word_surname_is_the_person(analyse_text, text, surname, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == surname] == [expected]


@pytest.mark.parametrize("text", [
    "On came Tom Brady, Leeds's 22-year-old reserve keeper, who had played just twice for the first team.",
    "Enter Luca Bianchi, Genoa's 19-year-old reserve keeper, who had never played.",
])
def test_lower_case_words_are_no_person(analyse_text, text):
    # the model reads "reserve keeper" as a PERSON: a name holds a capital letter
    res = analyse_text(text)
    assert not [m for m in res.mentions if m["label"] == "PERSON" and m["text"].islower()], res.mentions
    assert {c["subject_id"] for c in res.claims if c["predicate"] == "age"} <= {"tom-brady", "luca-bianchi"}, res.claims


#: (text, word, club): a word of the one club the article names, which the model left untagged, before a
#: role or player noun ("Villa winger X") is that club; with no such club named, nothing
UNTAGGED_CLUB_WORDS = [
    ("Aston Villa won the cup. Villa winger Tony Morley did the hard work.", "Villa", "aston-villa"),
    ("Crystal Palace drew 1-1 with Fulham. Palace captain Jon Moss was booked.", "Palace", "crystal-palace"),
    ("Nottingham Forest lost 2-0. Forest manager Tom Brady blamed the referee.", "Forest", "nottingham-forest"),
    ("Tom Villa scored for Roma. Villa striker Tom Brady missed.", "Villa", None),
    ("Crystal Palace lost at home to Leeds. Palace were 15th in the table after it.", "Palace", "crystal-palace"),
    ("Crystal Palace lost at home. Palace gardens are open in summer.", "Palace", None),
]


def _ids_in_second_sentence(res, text: str, word: str) -> list[str]:
    """Entity ids of the mentions starting at ``word``'s first place in the text's second sentence."""
    second = text.index(". ") + 2 + text[text.index(". ") + 2:].index(word)
    return [m["entity_id"] for m in res.mentions if m["start_char"] == second]


@pytest.mark.parametrize("text,word,club", UNTAGGED_CLUB_WORDS)
def test_untagged_club_words(analyse_text, text, word, club):
    res = analyse_text(text)
    got = _ids_in_second_sentence(res, text, word)
    assert got == ([club] if club else []) or (club is None and "aston-villa" not in got), res.mentions


#: (text, word, club): a word of a longer alias of a club (its old or full name: "Girondins de Bordeaux")
#: alone, once the article names the club by that alias, is that club
ALIAS_WORDS = [
    ("Girondins de Bordeaux won the French title in 2009. Girondins captain Alou Diarra lifted the trophy.",
     "Girondins", "bordeaux"),
    ("Girondins de Bordeaux drew 0-0. Girondins were fifth in the table in March.", "Girondins", "bordeaux"),
    ("Girondins de Bordeaux drew 0-0 with Lens. The Girondins were fifth in the table in March.", "Girondins", "bordeaux"),
    ("The Girondins movement is a chapter of French history. Girondins captain Jean Roux spoke.", "Girondins", None),
]


@pytest.mark.parametrize("text,word,club", ALIAS_WORDS)
def test_a_word_of_a_club_alias(analyse_text, text, word, club):
    res = analyse_text(text)
    got = _ids_in_second_sentence(res, text, word)
    assert got == ([club] if club else []) or (club is None and "bordeaux" not in got), res.mentions


#: (text, words, club): the name of a club but its last word ("Red Bull" of a club whose name adds its
#: town), once the article names it in full, is that club; not before, and not a place with no club word
NAME_BUT_TOWN = [
    ("Red Bull Salzburg beat Celtic 3-1. Red Bull's striker Jonas Berger scored twice.", "Red Bull",
     "red-bull-salzburg"),
    ("Red Bull Salzburg lost at home. Red Bull were second best all night.", "Red Bull", "red-bull-salzburg"),
    ("Red Bull Salzburg won the cup. Berger has played at Red Bull since 2021.", "Red Bull", "red-bull-salzburg"),
    ("Nobody saw it coming. Red Bull's striker Jonas Berger scored twice.", "Red Bull", None),
    ("Queens Park Rangers lost at home. Queens Park is a quiet district of north-west London.", "Queens Park", None),
]


@pytest.mark.parametrize("text,words,club", NAME_BUT_TOWN)
def test_a_club_name_but_its_town(analyse_text, text, words, club):
    res = analyse_text(text)
    got = _ids_in_second_sentence(res, text, words)
    assert got == ([club] if club else []) or (club is None and not {"red-star-belgrade", "queens-park-rangers"} & set(got)), res.mentions


def test_a_demonym_is_no_person(analyse_text):
    res = analyse_text("Torino manager Luca Bianchi, a fellow Scot, is expected to be offered the job.")
    assert not [m for m in res.mentions if m["text"] == "Scot"], res.mentions


@pytest.mark.parametrize("text,word,expected", [
    # "Sporting" alone is Sporting CP in English football writing; the other Sportings keep their names
    ("Sporting beat Porto 2-0 in Lisbon on Sunday.", "Sporting", "sporting-cp"),
    ("Sporting Gijon were relegated in 2017.", "Sporting Gijon", "sporting-gijon"),
])
def test_short_club_aliases(analyse_text, text, word, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == word] == [expected]


def test_born_is_no_nationality(analyse_text):
    res = analyse_text("Anna Berg, 50, has been in charge since 2014. The Welsh-born coach moved to the US as a teenager.")
    assert not [c for c in res.claims if c["predicate"] == "nationality"], res.claims


def test_la_roja_is_spain(analyse_text):
    res = analyse_text("La Roja beat Italy 2-0 in Madrid on Sunday.")
    assert [m["entity_id"] for m in res.mentions if m["text"] == "La Roja"] == ["spain"]


#: (text, predicate, the subject id its claim must have): "he"/"she" is the first main-clause subject of the
#: sentence so far, else of the sentence before (a pronoun there: whom it stands for), else the most salient person
PRONOUNS = [
    # the subject of the sentence so far, not the article's most named person
    ("Marta Lopez scored twice. Lopez, 23, was the star. Lopez was cheered. Genoa midfielder Anna Berg, 25, was named "
     "player of the season after a year in which she also won the Coppa Italia with her club.", "title_won", "anna-berg"),
    # the subject of the sentence before, a descriptor
    ("Marta Lopez scored twice. Lopez, 23, was the star. Lopez was cheered. For Sweden coach Anna Berg, 54, it was a "
     "second final defeat. The Norwegian took Sweden to the 2019 final. She won the European Championship with Norway "
     "in 2013.", "title_won", "anna-berg"),
    # a subordinate clause's subject is not the one meant
    ("Marco Rossi has been linked with the vacant Genoa job since Luca Bianchi resigned on Thursday, but he said that "
     "he won the Coppa Italia in 2019.", "title_won", "marco-rossi"),
    # "he" in the sentence before stands for whom it stands for there
    ("Marco Rossi's first spell at Genoa, between 2013 and 2015, brought a cup. Marco Rossi was cheered. He was sacked "
     "in May 2015, and Luca Bianchi took over that summer. He has won the Serie A title three times as a coach.",
     "title_won", "marco-rossi"),
    # a new paragraph goes back to the protagonist, named in the sentence before beside a newcomer
    ("Jonas Berger was appointed head coach of Genoa on Monday. Berger replaces Marco Rossi. Berger starts on Friday. "
     "Caretaker Luca Bianchi, who took charge after Rossi left, will stay in place until Berger arrives.\n\n"
     "He won the Eredivisie with Ajax in 2019.", "title_won", "jonas-berger"),
    # the subject before is a role noun with the name in apposition: the name, not the most named person
    ("Marco Rossi scored twice. Marco Rossi was cheered by thousands. Genoa's goalkeeper Luca Bianchi, at 38 the "
     "oldest man in the squad, had a quiet night. He won the Coppa Italia in 2009 with Lazio.", "title_won", "luca-bianchi"),
    ("Anna Berg scored twice. Berg was mobbed by fans. Lyon's captain Marta Lopez, 31, missed a penalty. She won the "
     "league in 2016.", "title_won", "marta-lopez"),
    ("Jonas Berger scored twice. Berger was mobbed by fans. Ajax's coach Peter Bosz, 59, was sent to the stands. He "
     "won the league in 2022.", "title_won", "peter-bosz"),
    # the sentence before has "it" for subject and names one person: that person
    ("Marco Rossi scored twice. Rossi was cheered. For Lazio coach Luca Bianchi, 48, it was a bitter night. He won "
     "the Coppa Italia with Genoa in 2015.", "title_won", "luca-bianchi"),
    ("Anna Berg scored twice. Berg was mobbed. It was a fine evening for Lyon captain Marta Lopez. She won the league "
     "in 2016.", "title_won", "marta-lopez"),
    # the sentence before has a side for subject and names no one: the subject of the sentence before that
    ("Anna Berg signed for Lyon. Berg was mobbed by fans. Marta Lopez, 49, left Wolfsburg in March. The club ended "
     "the year fourth. Today she is head coach of Norway.", "head_coach_of", "marta-lopez"),
    ("Jonas Berger joined Ajax. Berger was cheered. Peter Bosz, 59, was sacked on Monday. Ajax were fifth in the "
     "table. He won the league with Ajax in 2022.", "title_won", "peter-bosz"),
    # a stadium the sentence before has for subject is no person ("Wembley was ...", "the Maracana was ...")
    ("Marco Rossi lifted the cup at Hampden on Saturday. Hampden was not his first final. He won the Coppa Italia with "
     "Genoa in 2015.", "title_won", "marco-rossi"),
    ("Anna Berg scored the winner at Wembley. Wembley has seen her score before. She won the league with Lyon in "
     "2016.", "title_won", "anna-berg"),
    ("Jonas Berger was sent off at the Maracana. The Maracana was not kind to him. He won the league with Ajax in "
     "2022.", "title_won", "jonas-berger"),
]


@pytest.mark.parametrize("text,predicate,expected", PRONOUNS)
def test_pronoun_resolution(analyse_text, text, predicate, expected):
    res = analyse_text(text)
    assert expected in {c["subject_id"] for c in res.claims if c["predicate"] == predicate}, res.claims
    wrong = {c["subject_id"] for c in res.claims if c["predicate"] == predicate} - {expected}
    assert not wrong, res.claims


@pytest.mark.parametrize("text,word,expected", [
    # a first name alone is the one person of the article with that first name
    ("Genoa sacked Marco Rossi on Monday. \"We thank Marco for his work,\" the club said.", "Marco", "marco-rossi"),
    # a first name alone that the model read as an organisation ("Nuno, 51,"): the one person with it
    ("Nuno Espirito Santo has been sacked by Nottingham Forest. Nuno, 51, was appointed in December 2023.", "Nuno",
     "nuno-espirito-santo"),
    ("Bruno Lage has left Benfica. Bruno, 49, was appointed in September 2024.", "Bruno", "bruno-lage"),
    # two people with that first name: no guess
    ("Genoa sacked Marco Rossi and signed Marco Bianchi. \"We thank Marco,\" the club said.", "Marco", "marco"),
    # "Dan and Ryan Friedkin": the surname of the pair
    ("The club's owners, Tom and Jonas Berger, announced the decision.", "Tom", "tom-berger"),
    # ... but a one-word name that is no given name is a person of its own
    ("Sevilla beat Valencia 2-0, with goals from Lukebakio and Isaac Romero.", "Lukebakio", "lukebakio"),
])
def test_first_names_alone(analyse_text, text, word, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == word] == [expected]


def test_she_is_no_man(analyse_text):
    # the subject of the sentence before is a man: "she" is the woman the article is about
    res = analyse_text("Anna Berg took charge of Genoa in 2021. Anna Berg was cheered. Paul Jones left Genoa for Lazio in "
                       "2020. She won the Coppa Italia with Genoa in 2022.")
    assert {c["subject_id"] for c in res.claims if c["predicate"] == "title_won"} == {"anna-berg"}, res.claims


#: (text, the country as written, the nationality the claim must give): a country's short or local name
#: ("Bosnia", "Czechia", "Turkiye") is the country by its full name, never a club called after it
SHORT_COUNTRY_NAMES = [
    ("Genoa signed Marko Babic, 27, the Bosnia defender, from Slavia Prague.", "Bosnia", "Bosnia and Herzegovina"),
    ("Lazio have signed Tomas Novak. The Czechia midfielder, 25, joined from Sparta Prague.", "Czechia",
     "Czech Republic"),
    ("Porto have signed Emre Yilmaz. The Turkiye winger, 22, joined from Besiktas.", "Turkiye", "Turkey"),
    # a country the model read as an organisation
    ("Swansea have appointed Rhys Evans as interim manager. The Wales captain, 33, will keep playing.", "Wales", "Wales"),
    ("Lee Kang-in, the Korea midfielder, joined Paris Saint-Germain in 2023.", "Korea", "South Korea"),
]


#: (text, side, competition): "Korea" (and "Korea Republic") in football writing is South Korea's side
KOREA = [
    ("Korea last won the Asian Cup in 1960.", "south-korea", "afc-asian-cup"),
    ("Korea Republic beat Japan 2-1 in the final of the Asian Cup in 2027.", "south-korea", "afc-asian-cup"),
    ("Korea won the East Asian Cup in 2019.", "south-korea", None),
]


@pytest.mark.parametrize("text,side,competition", KOREA)
def test_korea_is_south_korea(analyse_text, text, side, competition):
    res = analyse_text(text)
    assert "korea" not in {m["entity_id"] for m in res.mentions}, res.mentions
    if competition:
        assert [(c["subject_id"], c["object_id"]) for c in res.claims if c["predicate"] == "title_won"] \
            == [(side, competition)], res.claims


@pytest.mark.parametrize("text,country,nationality", SHORT_COUNTRY_NAMES)
def test_short_country_names(analyse_text, text, country, nationality):
    from pipeline.entities import slug

    res = analyse_text(text)
    assert {m["entity_id"] for m in res.mentions if m["text"] == country} <= {slug(nationality)}, res.mentions
    assert [c["value"] for c in res.claims if c["predicate"] == "nationality"] == [nationality], res.claims
    assert not [c for c in res.claims if slug(country) in {c["object_id"], c["subject_id"]}], res.claims


def test_a_short_name_after_the_full_name_is_the_same_person(analyse_text):
    # a gazetteer person known by a short name ("Xavi" for Xavi Hernandez) is one id in both forms; another
    # person with that first name ("Xavi Simons") is not
    res = analyse_text("Barcelona coach Xavi Hernández praised the squad. Xavi, 44, was cheered. "
                       "Xavi Simons scored twice for Leipzig.")
    ids = [(m["text"], m["entity_id"]) for m in res.mentions if m["label"] == "PERSON"]
    assert ids == [("Xavi Hernández", "xavi"), ("Xavi", "xavi"), ("Xavi Simons", "xavi-simons")], ids


@pytest.mark.parametrize("text,surname,expected", [
    # a surname written without its accents after the full name with them: the same person
    ("Radamel Falcão scored twice for Monaco in 2013. Falcao, 27, joined from Atletico.", "Falcao", "radamel-falcao"),
    ("Nicolás Otamendi has joined Benfica. Otamendi, 32, left Manchester City in September.", "Otamendi",
     "nicolas-otamendi"),
    ("Martin Ødegaard was named captain in 2022. Odegaard, 23, joined from Real Madrid.", "Odegaard",
     "martin-odegaard"),
    ("Gonzalo Higuaín joined Juventus in 2016. Higuain, 28, cost 90 million euros.", "Higuain", "gonzalo-higuain"),
])
def test_a_surname_without_its_accents_is_the_same_person(analyse_text, text, surname, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == surname] == [expected]


@pytest.mark.parametrize("text,nickname,expected", [
    # a side's nickname is the side (models/entities.jsonl aliases)
    ("The Citizens drew 1-1 with Fulham on Saturday.", "The Citizens", "manchester-city"),
    ("Les Bleus lost 2-1 to Belgium in Lyon.", "Les Bleus", "france"),
    ("Luciano Spalletti was sacked after the Azzurri lost to Norway.", "the Azzurri", "italy"),
    ("Dorival Junior was sacked after the Selecao lost 4-1 to Argentina.", "the Selecao", "brazil"),
    ("Die Mannschaft beat Scotland 5-1 in Munich.", "Die Mannschaft", "germany"),
    ("Ronald Koeman named his squad as the Oranje prepared for Poland.", "the Oranje", "netherlands"),
    ("Tony Popovic named his squad as the Socceroos prepared for Japan.", "the Socceroos", "australia"),
    ("The Matildas beat Denmark 2-0 in Sydney.", "The Matildas", "australia-women"),
    ("Les Bleues lost to Germany on penalties.", "Les Bleues", "france-women"),
    ("Eric Chelle was appointed after the Super Eagles lost to Benin.", "the Super Eagles", "nigeria"),
    ("Walid Regragui led the Atlas Lions to the semi-finals in 2022.", "the Atlas Lions", "morocco"),
])
def test_team_nicknames(analyse_text, text, nickname, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == nickname] == [expected]


@pytest.mark.parametrize("text,name,expected", [
    # a first name the model read as a town, after "sacked" or "for": the person's whole name, no club called after it
    ("Lazio have sacked Marco Baroni after two seasons.", "Marco Baroni", "marco-baroni"),
    ("Porto have sacked Vitor Bruno after six months.", "Vitor Bruno", "vitor-bruno"),
    ("Juventus have sacked Thiago Motta after nine months.", "Thiago Motta", "thiago-motta"),
])
def test_a_first_name_is_no_town_club(analyse_text, text, name, expected):
    res = analyse_text(text)
    assert [m["entity_id"] for m in res.mentions if m["text"] == name] == [expected], res.mentions
    assert not [c for c in res.claims if c["object_id"] == slug_first(name)], res.claims


def slug_first(name: str) -> str:
    return name.split()[0].lower()


@pytest.mark.parametrize("text,mention,expected", [
    # the people of a region opening a sentence: the one club of that region named just before
    ("Augsburg beat Hoffenheim 2-0 on Saturday. The Bavarians are now ninth.", "The Bavarians", ["augsburg"]),
    ("Real Betis drew 1-1 with Getafe. The Andalusians are now sixth in La Liga.", "The Andalusians", ["real-betis"]),
    ("Fiorentina beat Bologna 3-1 in Florence. The Tuscans are now fourth.", "The Tuscans", ["fiorentina"]),
    # two clubs of the region, or none: no guess
    ("Barcelona drew with Girona on Sunday. The Catalans are both in the top four.", "The Catalans", []),
    ("Mainz beat Freiburg 2-0. The Bavarians were not involved.", "The Bavarians", []),
])
def test_regional_people_are_the_regions_club(analyse_text, text, mention, expected):
    res = analyse_text(text)
    assert [m["entity_id"] for m in res.mentions if m["text"] == mention] == expected, res.mentions
    assert not [m for m in res.mentions if m["text"] == mention and m["label"] == "DESCRIPTOR"]


def test_a_regional_club_takes_the_table_place(analyse_text):
    # "The Bavarians are top" is the Bavarian club, not the other club of the sentence before
    res = analyse_text("Augsburg beat Mainz 2-0 on Saturday. The Bavarians are now fourth in the Bundesliga.")
    assert [(c["subject_id"], c["value"]) for c in res.claims if c["predicate"] == "league_position"] == [("augsburg", "4")], \
        res.claims


@pytest.mark.parametrize("text", [
    "Ajax won 2-0.\n\n| Pos | Club | Pts |\n|---|---|---|\n| 1 | PSV Eindhoven | 91 |\n\nEredivisie 2023-24\n",
    "| Rank | Team Name | Points |\n|---|---|---|\n| 4 | Twente | 69 |\n",
])
def test_a_table_row_is_no_name(analyse_text, text):
    """Whatever the model makes of a table's header, a span across its bars is no mention."""
    result = analyse_text(text)
    assert not [m for m in result.mentions if "|" in m["text"]]
    assert result.mentions  # the clubs in the rows still are


@pytest.mark.parametrize("text", [
    "The five-time Ballon d'Or winner came through the academy at Sporting Lisbon.",
    "Harry Kane won the Golden Boot at the 2018 World Cup with six goals.",
    "Lionel Messi took the Golden Ball after the final in Doha.",
])
def test_an_award_is_no_person(analyse_text, text):
    res = analyse_text(text)
    assert not [m for m in res.mentions if m["label"] == "PERSON" and m["text"].split()[0] in {"Ballon", "Golden"}]


@pytest.mark.parametrize("text,mention,expected", [
    ("Benfica lifted the European Cup in 1961 and 1962.", "European Cup", "uefa-champions-league"),
    ("Milan have won seven European Cups.", "European Cups", "uefa-champions-league"),
    ("Aberdeen won the European Cup Winners' Cup in 1983.", "European Cup Winners' Cup", "european-cup-winners-cup"),
    ("Les Dogues beat Nantes 2-0 on Saturday.", "Les Dogues", "lille"),
    ("Selma Bacha scored twice against Turbine Potsdam.", "Turbine Potsdam", "turbine-potsdam"),
    # a women's club keeps its own id in an article about women's football
    ("The women's game is growing. Caroline Graham Hansen began her career at Stabaek and Kolbotn before "
     "joining Turbine Potsdam. Women's football in Norway owes her a lot.", "Stabaek", "stabaek-women"),
    ("The women's game is growing. Caroline Graham Hansen began her career at Stabaek and Kolbotn before "
     "joining Turbine Potsdam. Women's football in Norway owes her a lot.", "Kolbotn", "kolbotn"),
    ("The women's game is growing. Caroline Graham Hansen began her career at Stabaek and Kolbotn before "
     "joining Turbine Potsdam. Women's football in Norway owes her a lot.", "Turbine Potsdam", "turbine-potsdam"),
])
def test_gazetteer_clubs_and_competitions(analyse_text, text, mention, expected):
    res = analyse_text(text)
    assert [m["entity_id"] for m in res.mentions if m["text"] == mention] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a club's academy is where a player came from: the club, not its under-18 side
    ("Bukayo Saka came through the academy at Arsenal.", "arsenal"),
    ("Phil Foden came through the Manchester City academy.", "manchester-city"),
    ("Gavi came through Barcelona's academy before his debut in 2021.", "barcelona"),
    # a youth side named as such is that side
    ("Marco Rossi spent the previous season coaching Liverpool's under-18 side.", "liverpool-u18"),
    ("Jonas Berger scored twice for the Ajax U18s on Saturday.", "ajax-u18"),
])
def test_academy_is_the_club(analyse_text, text, expected):
    res = analyse_text(text)
    assert expected in [m["entity_id"] for m in res.mentions]
    assert not [m for m in res.mentions if m["entity_id"].endswith("-u18") and not expected.endswith("-u18")]


@pytest.mark.parametrize("text,word,expected", [
    # a given name after a family noun is the relative of the person just named, and takes his surname
    ("Paolo Maldini retired in 2009. His son Daniel, 22, joined Spezia from AC Milan in 2022.", "Daniel", "daniel-maldini"),
    ("Frank de Boer was sacked. His twin brother Ronald, 54, said nothing.", "Ronald", "ronald-de-boer"),
    ("Erling Haaland joined Manchester City in 2022. Haaland's father Alfie, 51, played for Leeds United.", "Alfie",
     "alfie-haaland"),
    ("Anna Berg, 30, plays for Lyon. Her younger sister Maja, 24, joined Wolfsburg in 2023.", "Maja", "maja-berg"),
    ("Roy Keane was sacked by Sunderland. His brother Denis, 50, runs a pub.", "Denis", "denis-keane"),
    # the person just named, not the subject of the sentence before
    ("Tom Berg was angry, and his decision cost him his best player: Luca Conti, 28, quit the side. His older brother "
     "Marco, 31, of Genoa, stayed.", "Marco", "marco-conti"),
    # no family noun, or a full name: nothing taken
    ("Marco Rossi joined Genoa. His agent Paolo, 50, said nothing.", "Paolo", "paolo"),
    ("Marco Rossi joined Genoa. His brother Paolo Bianchi, 50, said nothing.", "Paolo Bianchi", "paolo-bianchi"),
])
def test_a_relative_takes_the_surname(analyse_text, text, word, expected):
    assert [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == word] == [expected]


@pytest.mark.parametrize("text,tail,expected", [
    # "the" and a club's name less its town: the club the article names in full
    ("Chelsea have signed Sam Kerr from Chicago Red Stars. She joined the Red Stars in 2018.", "Red Stars", "chicago-stars"),
    ("Tom Berg joined New York Red Bulls in 2019. He left the Red Bulls in 2022.", "Red Bulls", "new-york-red-bulls"),
    ("Anna Berg signed for Portland Thorns FC in 2020. She left the Thorns in 2023.", "Thorns", "portland-thorns"),
    ("Lisa Holm joined Orlando Pride in 2017. The Pride finished fifth in 2018.", "Pride", "orlando-pride"),
])
def test_a_clubs_name_without_its_town(analyse_text, text, tail, expected):
    res = analyse_text(text)
    found = [m["entity_id"] for m in res.mentions if m["text"].endswith(tail) and m["sentence_id"] == 1]
    assert found == [expected], res.mentions


@pytest.mark.parametrize("text,word", [
    ("Anna Berg joined Orlando Pride. She spoke of the pride she felt.", "pride"),  # a common noun
    ("Paul Jones joined Manchester United in 2010. He left for the United States in 2014.", "United States"),
    ("Marco Rossi joined Red Star Belgrade in 2015. He left the Red Star Belgrade club in 2017.", "Red Star Belgrade"),
    # the town of a club's name, before a noun or read as a place: the town
    ("Tom Berg joined Inter Miami in 2020. He lives in the Miami area.", "Miami"),
    ("Tom Berg joined Inter Miami in 2020. He loves the Miami sunshine.", "Miami"),
    ("Real Madrid beat Getafe. Carlo Ancelotti won the Madrid derby last year.", "Madrid"),
])
def test_no_club_from_a_tail_word(analyse_text, text, word):
    res = analyse_text(text)
    assert not [m for m in res.mentions if word in m["text"] and m["sentence_id"] == 1 and m["entity_id"] not in {
        "red-star-belgrade", "united-states", "miami", "madrid"}], res.mentions


@pytest.mark.parametrize("text,nationality", [
    # historic national sides and their people
    ("Oleg Blokhin of the Soviet Union scored twice in 1975.", "Soviet Union"),
    ("Franz Beckenbauer of West Germany lifted the World Cup in 1974.", "West Germany"),
    ("Antonin Panenka of Czechoslovakia scored the winning penalty in 1976.", "Czechoslovakia"),
    ("Dragan Stojkovic, the Yugoslavia captain, joined Marseille in 1990.", "Yugoslavia"),
    ("Ruud Gullit of the Netherlands scored in the final in 1988.", "Netherlands"),
    ("Hans Krankl of Austria scored against West Germany in 1978.", "Austria"),  # the opponent is no nationality
])
def test_historic_national_sides(analyse_text, text, nationality):
    res = analyse_text(text)
    assert [c["value"] for c in res.claims if c["predicate"] == "nationality"] == [nationality], res.claims


@pytest.mark.parametrize("text,nickname,expected", [
    # a nickname the gazetteer writes with "the", after a possessive that stands for the "the"
    ("Inter Milan beat AC Milan 2-1. Simone Inzaghi's Nerazzurri are top.", "Nerazzurri", "inter-milan"),
    ("Juventus beat Napoli 1-0. Their coach was delighted: his Bianconeri are second.", "Bianconeri", "juventus"),
    ("Arsenal beat Spurs 3-1. Mikel Arteta's Gunners are top.", "Gunners", "arsenal"),
    # a longer name after it is no nickname
    ("Arsenal beat Spurs 3-1. Mikel Arteta's Gunners Academy won too.", "Gunners", None),
])
def test_a_nickname_after_a_possessive(analyse_text, text, nickname, expected):
    res = analyse_text(text)
    found = [m["entity_id"] for m in res.mentions if m["text"] == nickname]
    assert found == ([expected] if expected else []), res.mentions


@pytest.mark.parametrize("text,name,is_person", [
    # one name as the object of a club's signing verb, a word of the deal after it: a player
    ("Manchester City have signed Savinho from Troyes.", "Savinho", True),
    ("Real Madrid signed Endrick from Palmeiras in 2024.", "Endrick", True),
    ("Liverpool signed Alisson from Roma in 2018.", "Alisson", True),
    ("Arsenal have signed Raya on loan from Brentford.", "Raya", True),
    # a sponsor, or no club signing: not a person
    ("Barcelona have signed Nike as kit sponsor until 2028.", "Nike", False),
    ("The club's owners have signed Spotify as shirt sponsor.", "Spotify", False),
])
def test_one_name_signed_by_a_club(analyse_text, text, name, is_person):
    res = analyse_text(text)
    persons = [m for m in res.mentions if m["text"] == name and m["label"] == "PERSON"]
    assert bool(persons) == is_person, res.mentions


@pytest.mark.parametrize("text,expected,not_expected", [
    # two mentions of women's clubs or leagues make the article one about women's football: a country side is the
    # women's side, a bare European club the women's club
    ("Portland Thorns beat the Washington Spirit in the NWSL final. Their captain has 150 caps for the United States.",
     "united-states-women", "united-states"),
    ("Angel City FC have signed Anna Berg from Houston Dash. Berg won the league with Lyon in 2019.",
     "olympique-lyonnais-feminin", "olympique-lyonnais"),
    ("Liga F leaders Levante beat Sevilla on Sunday. The Liga F title race is close.", "levante-femenino", "levante"),
    # one women's club named in a men's article changes nothing
    ("Marco Rossi scored twice for the United States. His sister plays for Angel City FC.", "united-states",
     "united-states-women"),
])
def test_womens_clubs_and_leagues_make_a_womens_article(analyse_text, text, expected, not_expected):
    ids = {m["entity_id"] for m in analyse_text(text).mentions}
    assert expected in ids and not_expected not in ids, ids


@pytest.mark.parametrize("text,expected,not_expected", [
    # short names of NWSL clubs (gazetteer aliases, matched with their capital)
    ("Gotham beat the Reign 2-1 in the final.", {"gotham-fc", "reign-fc"}, set()),
    ("Anna Berg has played for the Reign since 2016.", {"reign-fc"}, set()),
    ("The reign of Marco Rossi at Genoa ended in May.", {"genoa"}, {"reign-fc"}),
])
def test_short_club_names_from_the_gazetteer(analyse_text, text, expected, not_expected):
    ids = {m["entity_id"] for m in analyse_text(text).mentions}
    assert expected <= ids and not (not_expected & ids), ids


MENS_STORY = ("The United States have appointed Marco Rossi as coach. Rossi, 52, coached Tottenham, Chelsea and "
              "Paris Saint-Germain, and won the FA Cup and the Europa League. He replaces Jan Berg, sacked after the "
              "Copa America. Emma Hayes, the former Chelsea "
              "Women manager who coaches the US women, welcomed him. The US face Mexico and Canada in October, and "
              "Argentina in November.")

#: (text, mention text, id): one women's side named in passing does not make a men's story about women's
#: football (its clubs and countries stay the men's); two women's names or words do
WOMENS_CONTEXT = [
    ("Portugal sacked their coach on Monday. Fernando Santos left to take over Poland. His assistant joined "
     "Sweden's women's team in March. Benfica won the league.", "Benfica", "benfica"),
    ("Portugal sacked their coach on Monday. Fernando Santos left to take over Poland. His assistant joined "
     "Sweden's women's team in March. Benfica won the league.", "Portugal", "portugal"),
    ("Germany named their coach on Tuesday. The federation's women's team had been coached by Martina Voss-Tecklenburg. "
     "Bayern Munich lent their stadium.", "Bayern Munich", "bayern-munich"),
    # two women's sides named in passing among many men's names, and no women's word or competition besides
    (MENS_STORY, "Tottenham", "tottenham-hotspur"),
    (MENS_STORY, "Mexico", "mexico"),
    ("Arsenal beat Chelsea 2-1 in the WSL on Sunday. Chelsea still lead the WSL by four points.", "Arsenal", "arsenal-women"),
    ("Lyon beat Wolfsburg in the final. It was a great night for the women's game, and for women's football in France.",
     "Lyon", "olympique-lyonnais-feminin"),
]


@pytest.mark.parametrize("text,mention,expected", WOMENS_CONTEXT)
def test_womens_context_needs_two_markers(analyse_text, text, mention, expected):
    assert expected in [m["entity_id"] for m in analyse_text(text).mentions if m["text"] == mention]


def test_country_as_side_in_a_mens_story_naming_a_womens_side(analyse_text):
    claims = analyse_text("Herve Renard left to coach France's women's team. Saudi Arabia won the Asian Cup in 1996 "
                          "and Saudi Arabia reached the final in 2007.").claims
    assert [c["subject_id"] for c in claims if c["predicate"] == "title_won"] == ["saudi-arabia"], claims
