"""Custom spaCy components, on sentences written for these tests."""
import pytest
from spacy.matcher import Matcher

from pipeline.components import CLAIM_MATCHER, _sentence_bounds, longest_per_rule
from pipeline.patterns import UNBOUNDED, anchor, anchor_reach, requirements, split_first

# (text, token, expected lemma): the verbs the rules name get the rule lemmatizer's lemma;
# a form that is not a verb keeps its own lower-case form unless it is the base form or a regular plural
LEMMA_CASES = [
    ("Gareth Southgate left the England job in 2024.", "left", "leave"),
    ("He plays on the left wing.", "left", "left"),
    ("Celtic won the Scottish Cup.", "won", "win"),
    ("Rangers have been beaten twice.", "been", "be"),
    ("The newspaper claims are false.", "claims", "claim"),
    ("The club made an offer on Monday.", "made", "make"),
    ("She led Chelsea Women to the title.", "led", "lead"),
    ("The game was close until the end.", "close", "close"),
    ("Sarina Wiegman signed a new contract.", "contract", "contract"),
    ("No verb of the table here.", "No", "no"),
]


@pytest.mark.parametrize("text,word,lemma", LEMMA_CASES)
def test_verb_lemmas(resources, text, word, lemma):
    doc = resources.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma


# (pattern, expected anchor): the rarest content word a match must contain, or None
ANCHOR_CASES = [
    ([{"LOWER": "the"}, {"LOWER": {"IN": ["sacked", "dismissed"]}}], ("LOWER", frozenset({"sacked", "dismissed"}))),
    ([{"LEMMA": {"IN": ["win", "lift"]}}, {"LOWER": "title"}], ("LOWER", frozenset({"title"}))),
    ([{"ENT_TYPE": "PERSON"}, {"ORTH": ","}, {"LIKE_NUM": True}], ("LIKE_NUM", frozenset())),
    ([{"ENT_TYPE": "PERSON"}, {"ORTH": ","}, {"LIKE_NUM": True, "OP": "?"}], None),
    ([{"LOWER": "former", "OP": "?"}, {"ENT_TYPE": "ORG"}], None),
    ([{"LOWER": {"IN": ["in", "at"]}}, {"ENT_TYPE": "ORG", "OP": "+"}], None),
    ([{"LEMMA": "appoint", "OP": "+"}], ("LEMMA", frozenset({"appoint"}))),
]


@pytest.mark.parametrize("pattern,expected", ANCHOR_CASES)
def test_anchor(pattern, expected):
    assert anchor(pattern) == expected


# (pattern, expected requirements): (word sets, number, entity-type sets) a sentence must hold for a match
REQUIREMENT_CASES = [
    ([{"LOWER": "the"}, {"LOWER": {"IN": ["sacked", "dismissed"]}}],
     ((frozenset({"the"}), frozenset({"sacked", "dismissed"})), False, ())),
    # optional tokens ask for nothing; "+" asks for one; values are kept as written
    ([{"ENT_TYPE": "PERSON", "OP": "+"}, {"ORTH": ","}, {"LOWER": "also", "OP": "?"}, {"LIKE_NUM": True}],
     ((frozenset({","}),), True, (frozenset({"PERSON"}),))),
    ([{"LEMMA": "Appoint"}, {"ENT_TYPE": {"IN": ["TEAM", "ORG"]}}, {"ENT_TYPE": {"IN": ["", "ORG"]}}],
     ((frozenset({"Appoint"}),), False, (frozenset({"TEAM", "ORG"}),))),
    # negated, starred and counted tokens ask for nothing; the same set twice is one requirement
    ([{"LOWER": "not", "OP": "!"}, {"LOWER": "won", "OP": "*"}, {"IS_ALPHA": True, "OP": "{2,3}"},
      {"LOWER": "title"}, {"TEXT": "title"}], ((frozenset({"title"}),), False, ())),
    ([{"POS": "PROPN"}, {"LIKE_NUM": True, "OP": "?"}], ((), False, ())),
]


@pytest.mark.parametrize("pattern,expected", REQUIREMENT_CASES)
def test_requirements(pattern, expected):
    assert requirements(pattern) == expected


# (pattern, expected reach): ((tokens, entity runs) before, (tokens, entity runs) after) its anchor
REACH_CASES = [
    ([{"LOWER": "the"}, {"LOWER": {"IN": ["sacked", "dismissed"]}}], ((1, 0), (0, 0))),
    ([{"ENT_TYPE": "PERSON", "OP": "+"}, {"ORTH": ",", "OP": "?"}, {"LIKE_NUM": True}, {"ORTH": ","}],
     ((1, 1), (1, 0))),
    ([{"LEMMA": "appoint"}, {"POS": "ADV", "OP": "*"}, {"ENT_TYPE": "ORG"}], ((0, 0), (UNBOUNDED, 0))),
    ([{"LOWER": "coach"}, {"ENT_TYPE": {"IN": ["TEAM", "ORG"]}, "OP": "{1,}"}], ((0, 0), (0, 1))),
    ([{"LOWER": "won"}, {"IS_ALPHA": True, "OP": "{2,3}"}, {"LOWER": "titles"}], ((0, 0), (4, 0))),
    # the anchor word twice in the pattern: the widest reach of the two
    ([{"LOWER": "goals"}, {"LOWER": "in"}, {"LIKE_NUM": True}, {"LOWER": "goals"}], ((3, 0), (3, 0))),
]


@pytest.mark.parametrize("pattern,expected", REACH_CASES)
def test_anchor_reach(pattern, expected):
    assert anchor_reach(pattern, anchor(pattern)) == expected


SPLIT_CASES = [
    # a first-token IN list: one pattern per value, the rest of the pattern unchanged
    ([{"LOWER": {"IN": ["coach", "boss"]}}, {"LOWER": "of"}],
     [[{"LOWER": "coach"}, {"LOWER": "of"}], [{"LOWER": "boss"}, {"LOWER": "of"}]]),
    # two lists on the first token: every combination; other tests kept on each
    ([{"ENT_TYPE": {"IN": ["PERSON", "ORG"]}, "POS": {"IN": ["PROPN", "NOUN"]}, "IS_TITLE": True}, {"ORTH": ","}],
     [[{"ENT_TYPE": "PERSON", "POS": "PROPN", "IS_TITLE": True}, {"ORTH": ","}],
      [{"ENT_TYPE": "PERSON", "POS": "NOUN", "IS_TITLE": True}, {"ORTH": ","}],
      [{"ENT_TYPE": "ORG", "POS": "PROPN", "IS_TITLE": True}, {"ORTH": ","}],
      [{"ENT_TYPE": "ORG", "POS": "NOUN", "IS_TITLE": True}, {"ORTH": ","}]]),
    # a repeated value is one pattern
    ([{"LOWER": {"IN": ["was", "was"]}}], [[{"LOWER": "was"}]]),
    # left alone: an optional first token, a NOT_IN list, an attribute not split, a later token's list
    ([{"LOWER": {"IN": ["the", "a"]}, "OP": "?"}, {"LOWER": "coach"}],
     [[{"LOWER": {"IN": ["the", "a"]}, "OP": "?"}, {"LOWER": "coach"}]]),
    ([{"POS": {"NOT_IN": ["VERB"]}}], [[{"POS": {"NOT_IN": ["VERB"]}}]]),
    ([{"DEP": {"IN": ["nsubj", "nsubjpass"]}}], [[{"DEP": {"IN": ["nsubj", "nsubjpass"]}}]]),
    ([{"LOWER": "the"}, {"LOWER": {"IN": ["coach", "boss"]}}], [[{"LOWER": "the"}, {"LOWER": {"IN": ["coach", "boss"]}}]]),
]


@pytest.mark.parametrize("pattern,expected", SPLIT_CASES)
def test_split_first(pattern, expected):
    assert split_first(pattern) == expected


SENTENCES = [
    # long sentences with the rule words far from their ends and in several places, names and clubs of
    # several tokens: the Matcher sees only the stretch each group of rules can reach
    "After a difficult autumn in which the board met three times, Borussia Dortmund announced on Tuesday that "
    "they had appointed Niko Kovac, 53, as head coach, while Paris Saint-Germain sacked their coach and "
    "appointed Luis Enrique.",
    "Harry Kane, who scored 213 goals in 320 Premier League appearances for Tottenham Hotspur, joined Bayern "
    "Munich in August 2023 and has scored 36 goals in 32 Bundesliga games.",
    "Erik ten Hag was sacked by Manchester United in October 2024. The Dutchman, 54, had won the FA Cup.",
    "Celtic, who sit top of the table after eight games, appointed Brendan Rodgers as manager in 2023.",
    "Former Arsenal striker Ian Wright said the club should move for a new coach. Bukayo Saka, 23, agreed.",
    "Pep Guardiola has spent nine years in charge of Manchester City, where he won six league titles.",
    # anchor words whose rules need more than the sentence holds (no number, no club, no second word),
    # beside sentences that hold it all: the groups skipped for want of a word lose no match
    "The coach said the manager of the year award meant little. Roma appointed Claudio Ranieri as coach, "
    "aged 73, in November 2024.",
    "Nobody won anything that season; the captain, 31, was in charge.\nLeeds United were promoted as "
    "champions, with 100 points.",
]


@pytest.mark.parametrize("text", SENTENCES + ["Title won. Sacked.", "x"])
def test_sentence_bounds_equal_doc_sents(resources, text):
    doc = resources.nlp(text)
    assert _sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]


@pytest.mark.parametrize("text", SENTENCES)
def test_claim_matcher_equals_plain_matcher(resources, text):
    """Anchoring rules to sentences finds what one Matcher over the whole Doc finds (within sentences)."""
    nlp = resources.nlp
    doc = nlp(text)
    component = nlp.get_pipe(CLAIM_MATCHER)
    plain = Matcher(nlp.vocab)
    for rule in component.rules.values():
        plain.add(rule.id, [rule.pattern])
    sents = [(s.start, s.end) for s in doc.sents]
    raw = [(nlp.vocab.strings[m], s, e, a) for m, s, e, a in plain(doc, with_alignments=True)
           if any(a0 <= s and e <= b0 for a0, b0 in sents)]
    expected = []
    for rule_id, start, end, align in longest_per_rule(raw):
        rule = component.rules[rule_id]
        roles = {}
        for offset, k in enumerate(align):
            if rule.roles.get(k):
                roles.setdefault(rule.roles[k], []).append(start + offset)
        expected.append((rule_id, start, end, roles))
    assert doc._.claim_matches == expected
    assert expected  # every sentence above holds at least one claim


def test_fast_attributes_equal_the_model_attribute_ruler(resources):
    """POS, TAG and DEP from the indexed tables equal the model's attribute ruler's, on
    sentences written for this test (expletive 'there is', auxiliaries, 'but' as an adverb, spaces)."""
    import spacy
    from spacy.attrs import DEP, POS, TAG

    from pipeline.components import ATTRIBUTES
    from pipeline.config import Settings

    model = spacy.load(Settings().model, exclude=["lemmatizer", "ner"])
    ruler = model.get_pipe("attribute_ruler")
    fast = resources.nlp.get_pipe(ATTRIBUTES)
    texts = ["There is no doubt that Rangers were better.  But the manager had done his job.",
             "He did not know whether it would work, but I did.\n\nAll of them have been sacked.",
             "That was the one which Celtic wanted; those who stayed are happy."]
    with model.select_pipes(disable=["attribute_ruler"]):
        for doc in model.pipe(texts):
            a, b = ruler(doc.copy()), fast(doc.copy())
            assert (a.to_array([POS, TAG, DEP]) == b.to_array([POS, TAG, DEP])).all()


#: (text, span, label): a name the small model calls a place becomes a person only when it acts like one.
NAME_LABELS = [
    ("Rudi Völler resigned as coach last month.", "Rudi Völler", "PERSON"),
    ("Marco Bellini was sacked on Monday.", "Marco Bellini", "PERSON"),
    ("New York celebrated the win.", "New York", "GPE"),
    # a name the model took for a building, signed or appointed as people are
    ("Freiburg signed Tomas Kral in 2019.", "Tomas Kral", "PERSON"),
    ("Freiburg have appointed Elif Kaya as head coach.", "Elif Kaya", "PERSON"),
    ("The final was played at Wembley Stadium.", "Wembley Stadium", "FAC"),
    ("Fans in New York celebrated the win.", "New York", "GPE"),
    # a hyphenated given name the model took for an organisation
    ("Anna Berg took charge of Genoa in 2021, replacing Jean-Pierre Dumont.", "Jean-Pierre Dumont", "PERSON"),
    # one word opening a sentence with an age in apposition: a person known by one name
    ("Marco Rossi, 30, is on loan. Iago, 22, came through the club's academy.", "Iago", "PERSON"),
    # "For <surname>" after the full name: the person, not a club of that town
    ("Ingrid Bakkerud headed in the second. For Bakkerud it was the end of a long road back.", "Bakkerud", "PERSON"),
    # one word opening a sentence with a role in apposition: a person known by one name
    ("Marco Rossi has coached Genoa since 2021. Casemiro, the Brazil midfielder signed from Porto, played under him.",
     "Casemiro", "PERSON"),
    # a title word before a full name is no part of the name
    ("Veteran Tomas Hradecky, 35, signed a new deal with Lazio.", "Tomas Hradecky", "PERSON"),
    ("Skipper Ingrid Bakkerud lifted the trophy for Brann.", "Ingrid Bakkerud", "PERSON"),
    # one word with a role in apposition that the model read as an organisation or a place
    ("Casemiro, the Brazil midfielder, joined Manchester United from Real Madrid in 2022.", "Casemiro", "PERSON"),
    ("Marta, the Brazil forward, scored twice for Orlando Pride.", "Marta", "PERSON"),
    # one word as the subject of a singular "has" and a person's verb (a club "have" left)
    ("Neymar has left Al-Hilal by mutual consent.", "Neymar", "PERSON"),
    ("Rodri resigned as captain on Monday.", "Rodri", "PERSON"),
    # a Korean family name before the hyphenated given name, opening a sentence
    ("Son Heung-min has left Tottenham after ten years.", "Son Heung-min", "PERSON"),
    ("Hwang Hee-chan scored twice for Wolves on Saturday.", "Hwang Hee-chan", "PERSON"),
    ("Pedri scored twice as Barcelona beat Getafe.", "Pedri", "PERSON"),
    # not a sponsor, an outlet or a city
    ("Nike has signed a new kit deal with Arsenal.", "Nike", "ORG"),
    ("Sky, the broadcaster, has signed a new deal with the league.", "Sky", "ORG"),
    ("Madrid, the Spanish capital, hosted the final.", "Madrid", "GPE"),
    # one name in apposition mid-sentence, after "and" / "after" (an age, or a role)
    ("Hakimi was booked, and Alisson, 31, saved a penalty in the second half.", "Alisson", "PERSON"),
    ("The first goal came after Debinha, the Orlando Pride forward, had been tripped.", "Debinha", "PERSON"),
    ("Ederson kept a clean sheet, while Danilo, 32, the Juventus captain, was booked.", "Danilo", "PERSON"),
    # "a ... role" in apposition, the role a few words on
    ("Joselu, a late substitute, scored twice against Napoli.", "Joselu", "PERSON"),
    ("Kaka, a three-time Ballon d'Or nominee and former Milan player, retired in 2017.", "Kaka", "PERSON"),
    # a given name alone as the subject (the model read it as a place)
    ("Marta became the leading scorer at the tournament on Sunday.", "Marta", "PERSON"),
    # one word as the subject with "his" / "her" after it in its own clause
    ("Hulk scored on his debut for Atletico Mineiro.", "Hulk", "PERSON"),
    ("Bruno came on at half-time, and Antony, 24, scored with his first touch.", "Antony", "PERSON"),
    # one name the model read as a place, opening a sentence as the subject of a person's verb
    ("Richarlison resigned as captain of the side in March.", "Richarlison", "PERSON"),
    # one name opening a later clause as the subject of a person's verb; one name in apposition after "that"
    ("Georgia beat Portugal 2-0, and Mikautadze scored the opener.", "Mikautadze", "PERSON"),
    ("Boca Juniors confirmed that Zeballos, 22, had signed a new deal.", "Zeballos", "PERSON"),
    # never a country, a club's town or a city whose "his" belongs to another clause
    ("Brazil scored twice in the second half against Peru.", "Brazil", "GPE"),
    ("Jamaica, making their first appearance, finished bottom.", "Jamaica", "GPE"),
    ("Argentina, the holders, lost to Saudi Arabia in the opener.", "Argentina", "TEAM"),  # the side, by "the holders"
    ("Rio hosted the final, and his team won it.", "Rio", "ORG"),
    ("Seville hosted his farewell match in May.", "Seville", "ORG"),
]


@pytest.mark.parametrize("text,span,label", NAME_LABELS)
def test_places_that_act_like_people(resources, text, span, label):
    doc = resources.nlp(text)
    assert [e.label_ for e in doc.ents if e.text == span] == [label]


#: (text, word, entity id it gets): a club name that is also a town is the town after "in".
TOWN_OR_CLUB = [
    ("The final was played in Lyon on Sunday.", "Lyon", ""),
    ("Marco Rossi spent three years in Porto before retiring.", "Porto", ""),
    ("Marco Rossi scored in Lyon's 3-1 win.", "Lyon", "olympique-lyonnais"),
    ("Marco Rossi joined Lyon in 2019.", "Lyon", "olympique-lyonnais"),
]


@pytest.mark.parametrize("text,word,expected", TOWN_OR_CLUB)
def test_town_or_club(resources, text, word, expected):
    doc = resources.nlp(text)
    assert [e.ent_id_ for e in doc.ents if e.text == word] == [expected]


def test_every_rule_lemma_has_its_forms():
    """claimtrail_lemmas knows only the verbs of models/verb_lemmas.csv: a rule naming another
    lemma would never match."""
    import json

    from pipeline.config import MODELS_DIR

    have = {line.split(",")[0] for line in (MODELS_DIR / "verb_lemmas.csv").read_text().splitlines()[1:]}
    need: set[str] = set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "LEMMA":
                    need.update([v] if isinstance(v, str) else v.get("IN", []))
                else:
                    walk(v)
        elif isinstance(x, list):
            for y in x:
                walk(y)

    for line in (MODELS_DIR / "claim_patterns.jsonl").read_text().splitlines():
        walk(json.loads(line)["pattern"])
    assert need <= have, sorted(need - have)


def test_a_name_ending_in_a_letter_ends_its_sentence(resources):
    doc = resources.nlp("He was voted the best player in Serie A. Achraf Hakimi, who joined in 2020, is leaving.")
    assert [s.text.split()[0] for s in doc.sents] == ["He", "Achraf"]
    assert [e.ent_id_ for e in doc.ents if e.text.startswith("Serie")] == ["serie-a"]


#: (text, token, expected entity id or None): a generic last word alone ("City", "Town") is the one club
#: the article names in full with it; two such clubs, or a capitalised neighbour, leave it alone.
CLUB_LAST_WORDS = [
    ("Ipswich Town sacked Marco Rossi in May. Town sit 14th in the table.", "Town", "ipswich-town"),
    ("Jonas Berger joined Bristol City in 2019. City finished fourth that season.", "City", "bristol-city"),
    ("Bristol City drew with Birmingham City. City finished fourth that season.", "City", None),
    ("Jonas Berger joined Bristol City in 2019 and later moved to the United States.", "United", None),
    # two such clubs, one named in the headline and lede, the other only later: the lede's club
    ("Bristol City promoted after late winner\n\nBristol City are back in the top flight after a 2-1 win over Luton on "
     "Saturday. Marco Rossi scored twice. Norwich lost 1-0 at Birmingham City. City finished second on 88 points.",
     "City", "bristol-city"),
    ("Leeds United relegated\n\nLeeds United were relegated on Sunday after a 3-0 defeat at Fulham. Fans protested. "
     "West Ham United beat Everton 2-0. United had been bottom since March.", "United", "leeds-united"),
    # the last word of a club's name that is no generic one but names only that club in the story
    ("Nottingham Forest sacked Marco Rossi in May. Forest won the league in 1978.", "Forest", "nottingham-forest"),
    ("Jonas Berger left Crystal Palace in 2019. Palace finished 12th that season.", "Palace", "crystal-palace"),
    ("Aston Villa signed Luis Ortega on Friday. Villa had chased him for a year.", "Villa", "aston-villa"),
]


#: (text, word, entity id): a word of the one club the article names in full, with a table place after it
#: or taken for an organisation, is that club.
CLUB_WORDS_WITH_A_PLACE = [
    ("Hellas Verona sacked Marco Rossi on Monday. The defeat left Verona 18th with six points.", "Verona", "hellas-verona"),
    ("Athletic Bilbao sacked Marco Rossi on Monday. The defeat left Bilbao 18th with six points.", "Bilbao", "athletic-bilbao"),
]


@pytest.mark.parametrize("text,word,expected", CLUB_WORDS_WITH_A_PLACE)
def test_club_word_with_a_table_place(resources, text, word, expected):
    doc = resources.nlp(text)
    assert [(e.label_, e.ent_id_) for e in doc.ents if e.text == word] == [("TEAM", expected)]


def test_club_word_taken_for_an_organisation(resources):
    from spacy.tokens import Span

    from pipeline.components import NationalTeams
    doc = resources.nlp("Hellas Verona lost again. Verona fans were angry.")
    word = [t.i for t in doc if t.text == "Verona"][-1]
    doc.ents = [e for e in doc.ents if e.start != word] + [Span(doc, word, word + 1, label="ORG")]
    NationalTeams(resources.gaz, resources.words)(doc)
    assert [(e.label_, e.ent_id_) for e in doc.ents if e.start == word] == [("TEAM", "hellas-verona")]


@pytest.mark.parametrize("text,word,expected", CLUB_LAST_WORDS)
def test_club_last_word_is_the_named_club(resources, text, word, expected):
    doc = resources.nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    if expected is None:
        assert tok.ent_id_ not in {"bristol-city", "birmingham-city", "manchester-united"}
    else:
        assert (tok.ent_type_, tok.ent_id_) == ("TEAM", expected)


def test_every_token_pattern_is_valid(resources):
    """The components build their Matchers without spaCy's (slow) pattern validation; every
    pattern they hold is validated here instead."""
    from spacy.schemas import validate_token_pattern

    from pipeline.components import TEAM_VARIANTS

    nlp = resources.nlp
    claims = nlp.get_pipe(CLAIM_MATCHER)
    matchers = [claims.unanchored, *claims.single.values(), *claims.groups.values(),
                nlp.get_pipe(TEAM_VARIANTS).matcher, *resources.descriptors.matchers]
    checked = 0
    for matcher in matchers:
        for key, patterns in matcher._patterns.items():
            for pattern in patterns:
                assert validate_token_pattern(pattern) == [], (nlp.vocab.strings[key], pattern)
                checked += 1
    assert checked > 300


def test_namey_tokens_equal_namey_token_by_token(resources):
    from pipeline.components import PROPN_PERSONS

    nlp = resources.nlp
    persons = nlp.get_pipe(PROPN_PERSONS)
    before = nlp.pipe_names[:nlp.pipe_names.index(PROPN_PERSONS)]
    with nlp.select_pipes(enable=before):  # the Doc as the component gets it
        doc = nlp("Celtic appointed Brendan Rodgers, and FC Porto hired Vitor Bruno. USA coach Mauricio "
                  "Pochettino said Manchester United were interested in Jadon Sancho and Kobbie Mainoo.")
    flags = persons._namey_tokens(doc)
    assert flags == [persons._namey(t) for t in doc]
    assert any(flags) and not all(flags)


#: (words, part of speech per word, the model's entities as (start, end, label), the PERSON expected as (start, end)
#: or None): a given name the small model took for a place, a people or an organisation, or a one-word PERSON that
#: stops before the surname, becomes one PERSON (claimtrail_propn_persons); the model's mistakes are set by hand.
WHOLE_NAMES = [
    # "Sergio" as NORP, the surname untagged
    ("Sergio Canales has also arrived from Betis .".split(), ["PROPN", "PROPN", "AUX", "ADV", "VERB", "ADP", "PROPN", "PUNCT"],
     [(0, 1, "NORP")], (0, 2)),
    # a whole name as a place
    ("coached by Pia Larsen .".split(), ["VERB", "ADP", "PROPN", "PROPN", "PUNCT"], [(2, 4, "GPE")], (2, 4)),
    ("a penalty from Jenni Lopez , 29 ,".split(), ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT"],
     [(3, 5, "LOC")], (3, 5)),
    # a one-word PERSON and the surname the model left out
    ("Roma defender Stelios Manolas scored .".split(), ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
     [(2, 3, "PERSON")], (2, 4)),
    # ... or the given name before it; not a title before a surname
    ("Arben Kastrati settled the final .".split(), ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
     [(1, 2, "PERSON")], (0, 2)),
    ("said President Kastrati .".split(), ["VERB", "PROPN", "PROPN", "PUNCT"], [(2, 3, "PERSON")], (2, 3)),
    ("In January Kastrati sold Berger .".split(), ["ADP", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
     [(2, 3, "PERSON")], (2, 3)),
    # a surname opening a sentence with an age, which the model read as a date as a whole
    ("Kovalenko , 57 , spent two years there .".split(), ["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "NUM", "NOUN", "ADV", "PUNCT"],
     [(0, 3, "DATE")], (0, 1)),
    # one word after a role word, with an age, which the model read as an organisation
    ("The Colombian winger Quintero , 21 , is on loan .".split(),
     ["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "ADP", "NOUN", "PUNCT"], [(3, 4, "ORG")], (3, 4)),
    # a whole name with its possessive read as an organisation: the name without the "'s"
    ("It was Tobias Brandt 's cross .".split(), ["PRON", "AUX", "PROPN", "PROPN", "PART", "NOUN", "PUNCT"],
     [(2, 5, "ORG")], (2, 4)),
    ("after Anna Sorensen ' pass".split(), ["ADP", "PROPN", "PROPN", "PART", "NOUN"], [(1, 4, "ORG")], (1, 3)),
    # a place that is no given name stays a place; a given name alone stays as it was
    ("coached in Vila Real .".split(), ["VERB", "ADP", "PROPN", "PROPN", "PUNCT"], [(2, 4, "GPE")], None),
    ("Sergio scored .".split(), ["PROPN", "VERB", "PUNCT"], [(0, 1, "NORP")], None),
]


@pytest.mark.parametrize("words,pos,ents,expected", WHOLE_NAMES)
def test_whole_names(resources, words, pos, ents, expected):
    from spacy.tokens import Doc

    from pipeline.components import PROPN_PERSONS

    doc = Doc(resources.nlp.vocab, words=words, pos=pos, ents=[
        f"B-{lab}" if i == s else f"I-{lab}" if s < i < e else "O"
        for i in range(len(words)) for s, e, lab in [next(((s, e, lab) for s, e, lab in ents if s <= i < e), (-1, -1, ""))]])
    doc = resources.nlp.get_pipe(PROPN_PERSONS)(doc)
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    assert persons == ([expected] if expected else []), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("words,pos,ents,expected", [
    # what a player arrives or joins from is a club, though the model took it for a person
    ("after arriving from Wisla Krakow in 2010".split(), ["ADP", "VERB", "ADP", "PROPN", "PROPN", "ADP", "NUM"],
     [(3, 5, "PERSON")], ("TEAM", "wisla-krakow")),
    ("He joined from Vitesse Arnhem .".split(), ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
     [(3, 5, "PERSON")], ("TEAM", "vitesse-arnhem")),
    # a person after "from" without a move stays a person
    ("a penalty from Jonas Berger .".split(), ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
     [(3, 5, "PERSON")], ("PERSON", "")),
])
def test_a_club_moved_from(resources, words, pos, ents, expected):
    from spacy.tokens import Doc

    from pipeline.components import PROPN_PERSONS

    (s, e, lab), = ents
    doc = Doc(resources.nlp.vocab, words=words, pos=pos,
              ents=[f"B-{lab}" if i == s else f"I-{lab}" if s < i < e else "O" for i in range(len(words))])
    doc = resources.nlp.get_pipe(PROPN_PERSONS)(doc)
    assert [(x.label_, x.ent_id_) for x in doc.ents] == [expected]


#: (text, one-word span the model is made to call a person, label after the national-teams component): the town
#: word of a club the article names is no person; a surname the article gives in full stays one.
TOWN_TAKEN_FOR_A_PERSON = [
    ("Manchester City have appointed Marco Rossi. His assistant is expected to follow him to Manchester.",
     "Manchester", "GPE"),
    ("Manchester United signed him in 2003. Ferguson brought him to Manchester from Lisbon.", "Manchester", "GPE"),
    ("Real Madrid signed Luka Jovic, and the striker moved to Madrid in June.", "Madrid", "GPE"),
    # no club of that town named: left to the model
    ("Marco Rossi has joined Arsenal. His family will follow him to Manchester.", "Manchester", "PERSON"),
    # a person's surname that is also a town word: still the person
    ("Manchester United drew 1-1. Tom Manchester scored, and Manchester was booked.", "Manchester", "PERSON"),
]


@pytest.mark.parametrize("text,word,label", TOWN_TAKEN_FOR_A_PERSON)
def test_town_taken_for_a_person(resources, text, word, label):
    from spacy.tokens import Span
    from spacy.util import filter_spans

    nlp = resources.nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "claimtrail_national_teams":
            break
        doc = proc(doc)
    last = max(t.i for t in doc if t.text == word)
    ents = [e for e in doc.ents if not (e.start <= last < e.end)] + [Span(doc, last, last + 1, label="PERSON")]
    if any(t.text == "Tom" for t in doc):
        k = next(t.i for t in doc if t.text == "Tom")
        ents = [e for e in ents if not (e.start <= k + 1 < e.end or e.start <= k < e.end)] + [Span(doc, k, k + 2, label="PERSON")]
    doc.ents = filter_spans(ents)
    doc = nlp.get_pipe("claimtrail_national_teams")(doc)
    assert [e.label_ for e in doc.ents if e.start == last] == [label]


#: (text, words the model is made to read as one entity of another kind, label, the country's label after the
#: national-teams component): a country with the score after it is the country; anything else is left alone.
COUNTRY_WITH_A_SCORE = [
    ("Spain took third place by beating Wales 2-0 in Lyon.", "Wales 2-0", "WORK_OF_ART", "Wales", True),
    ("Italy won the final after beating Japan 3 - 1 in Rome.", "Japan 3 - 1", "WORK_OF_ART", "Japan", True),
    ("The final ended Portugal 4-2 Chile after extra time.", "Portugal 4-2", "FAC", "Portugal", True),
    ("The film Brazil 2014 was shown on Monday.", "Brazil 2014", "WORK_OF_ART", "Brazil", False),
    ("Marco Rossi read Moby Dick 2 on the bus.", "Moby Dick 2", "WORK_OF_ART", "Moby", False),
]


@pytest.mark.parametrize("text,words,label,country,split", COUNTRY_WITH_A_SCORE)
def test_country_read_with_its_score(resources, text, words, label, country, split):
    from spacy.tokens import Span

    nlp = resources.nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "claimtrail_national_teams":
            break
        doc = proc(doc)
    n = len(nlp.make_doc(words))
    start = next(t.i for t in doc if t.text == words.split()[0])
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + n] + [Span(doc, start, start + n, label=label)]
    doc = nlp.get_pipe("claimtrail_national_teams")(doc)
    ents = {e.text: e.label_ for e in doc.ents}
    if split:
        assert ents.get(country) in {"GPE", "TEAM"} and words not in ents
    else:
        assert ents.get(words) == label


#: (text, words of the entity, its id): a competition's award is the award, not the competition.
LEAGUE_AWARDS = [
    ("Marco Rossi won the Serie A Golden Boot in 2015.", "Serie A Golden Boot", "golden-boot"),
    ("She took the NWSL Golden Boot for a third year.", "NWSL Golden Boot", "golden-boot"),
    ("Jonas Berger won the Premier League Golden Boot last season.", "Premier League Golden Boot", "golden-boot"),
    # a competition with no award after it stays the competition
    ("Jonas Berger won the Premier League last season.", "Premier League", "premier-league"),
    ("Luca Bianchi won the Champions League and the Ballon d'Or in 2020.", "Champions League", "uefa-champions-league"),
]


@pytest.mark.parametrize("text,words,entity_id", LEAGUE_AWARDS)
def test_a_leagues_award_is_the_award(resources, text, words, entity_id):
    doc = resources.nlp(text)
    assert [e.ent_id_ for e in doc.ents if e.text == words] == [entity_id], [(e.text, e.ent_id_) for e in doc.ents]


#: (text, country, label): a country after "for" is the side played for, "the" or not ("for the Netherlands")
COUNTRY_PLAYED_FOR = [
    ("Anouk Visser has 40 goals in 90 appearances for the Netherlands.", "Netherlands", "TEAM"),
    ("Ruben Dias has won 60 caps for Portugal.", "Portugal", "TEAM"),
    ("Tomas Novak scored twice for the Czech Republic in March.", "Czech Republic", "TEAM"),
    ("She scored 12 goals for the United States before she retired.", "United States", "TEAM"),
    # an opponent stays as it was (a place the model tagged)
    ("Wales drew 1-1 with the Netherlands on Sunday.", "Netherlands", "GPE"),
]


@pytest.mark.parametrize("text,country,label", COUNTRY_PLAYED_FOR)
def test_country_played_for(resources, text, country, label):
    doc = resources.nlp(text)
    assert [e.label_ for e in doc.ents if e.text.removeprefix("the ") == country] == [label], [(e.text, e.label_) for e in doc.ents]


# (text, a person's full name the entity recogniser must keep whole): a line's first word is no
# sentence of its own, so a headline without a full stop before "Firstname Surname ..." does not
# cut the given name off
LINE_START_NAME_CASES = [
    ("Norling quits AIK after poor opening\n\nRikard Norling stepped down at AIK on Tuesday, five games into "
     "the campaign.", "Rikard Norling"),
    ("Brolin out at Parma after derby defeat\n\nTomas Brolin was dismissed by Parma on Sunday night.",
     "Tomas Brolin"),
    ("Linderoth ends second spell at Elfsborg\n\nAnders Linderoth has left Elfsborg by agreement, the club "
     "said.", "Anders Linderoth"),
    ("Hammarby part ways with coach\n\nMarkus Lindqvist left Hammarby on Monday.", "Markus Lindqvist"),
    ("Fenerbahce appoint new boss\nErsun Yanal signed a two-year deal on Tuesday.", "Ersun Yanal"),
]


@pytest.mark.parametrize("text,name", LINE_START_NAME_CASES)
def test_line_start_name_kept_whole(resources, text, name):
    doc = resources.nlp(text)
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]
    first = next(t for t in doc if t.text == name.split()[0])
    assert first.is_sent_start and not doc[first.i + 1].is_sent_start


# a one-word line stays a sentence of its own: the word after the line's end starts the next one
def test_one_word_line_still_ends(resources):
    doc = resources.nlp("Advertisement\nKjetil Rekdal was dismissed by Rosenborg.")
    assert [s.text.strip() for s in doc.sents] == ["Advertisement", "Kjetil Rekdal was dismissed by Rosenborg."]


# (text, the person's name with its possessive): a name the model took for an organisation together
# with the bare apostrophe of a possessive ("Ortega' side") is a person
POSSESSIVE_ORG_NAMES = [
    ("Sevilla won the cup, as Juande Ramos' side beat Middlesbrough 4-0.", "Juande Ramos'"),
    ("Villarreal beat Getafe, and Andres Palacios' side are now third.", "Andres Palacios'"),
    ("Osasuna lost, as Jagoba Arrasate' team fell to ninth.", "Jagoba Arrasate'"),
]


@pytest.mark.parametrize("text,name", POSSESSIVE_ORG_NAMES)
def test_possessive_name_taken_for_an_organisation(resources, text, name):
    doc = resources.nlp(text)
    assert (name, "PERSON") in [(e.text, e.label_) for e in doc.ents]


# (text, slogan the model may take for a person): a name with a protest's last word is no person;
# a name alone in quotes still is
SLOGAN_CASES = [
    ('Fans unfurled "Rikard Out" banners at the weekend.', "Rikard Out"),
    ("Supporters chanted 'Norling Must Go' at the final whistle.", "Norling Must Go"),
    ('Supporters held up "Ekholm Out" signs after the fourth straight defeat.', "Ekholm Out"),
    ('The "Jonas Out" graffiti appeared near the ground on Sunday.', "Jonas Out"),
    ('Banners reading "Kompany Stay" hung from the stand.', "Kompany Stay"),
]


@pytest.mark.parametrize("text,slogan", SLOGAN_CASES)
def test_slogan_is_no_person(resources, text, slogan):
    doc = resources.nlp(text)
    assert slogan not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_quoted_name_is_still_a_person(resources):
    doc = resources.nlp('Fans sang "Tomas Brolin" all night.')
    assert "Tomas Brolin" in [e.text for e in doc.ents if e.label_ == "PERSON"]


DOUBLE_BARRELLED = [
    # the model's PERSON is the double-barrelled surname alone; the given name before it joins it
    ("# Lyon march on as Ben-Salah's header knocks out Porto\n\nKarim Ben-Salah rose above the defender to head in "
     "the cross on Saturday.", "Karim Ben-Salah"),
    ("Trent Alexander-Arnold crossed for the winner on Sunday.", "Trent Alexander-Arnold"),
    # the surname alone, before or after the full name, is the whole hyphenated word (the model tags its
    # last part only, or nothing)
    ("Later Ward-Prowse, 29, the Southampton captain, scored. James Ward-Prowse is English.", "Ward-Prowse"),
    ("James Ward-Prowse is English. His free kick beat the wall. Ward-Prowse, 29, has scored 50 goals.", "Ward-Prowse"),
]


@pytest.mark.parametrize("text,name", DOUBLE_BARRELLED)
def test_double_barrelled_names_are_whole(resources, text, name):
    doc = resources.nlp(text)
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert name in persons
    assert not any(p != name and p in name and p not in ("Karim", "Trent", "James") for p in persons)


@pytest.mark.parametrize("text,team", [
    ("Paris Saint-Germain sold Marco Verratti to Al-Arabi.", "Paris Saint-Germain"),
    ("Saint-Etienne beat Lyon, and Moussa Diallo scored.", "Saint-Etienne"),
])
def test_hyphenated_clubs_stay_clubs(resources, text, team):
    doc = resources.nlp(text)
    assert team in [e.text for e in doc.ents if e.label_ == "TEAM"]
    assert team not in [e.text for e in doc.ents if e.label_ == "PERSON"]


def _ents(doc):
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents]


def test_read_ents_follows_every_change(resources):
    """The memoised read of ``doc.ents`` equals a fresh one after each kind of change, and never
    answers for another Doc."""
    from spacy.tokens import Span

    from pipeline.components import read_ents

    nlp = resources.nlp
    doc = nlp("Marco Rossi joined Torino from Genoa in 2019.")
    other = nlp("Marco Rossi joined Torino from Genoa in 2019.")
    first = read_ents(doc)
    assert [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in first] == _ents(doc)
    assert read_ents(doc) is first  # unchanged: the same tuple
    theirs = read_ents(other)
    assert theirs is not first and theirs[0].doc is other  # another Doc: its own entities
    first = read_ents(doc)
    doc.ents = [Span(doc, 0, 2, label="PERSON", span_id="someone")]  # set anew
    assert read_ents(doc) is not first
    assert [(e.start, e.end, e.label_, e.id_, e.kb_id_) for e in read_ents(doc)] == [(0, 2, "PERSON", "someone", "")]
    first = read_ents(doc)
    for t in doc[0:2]:
        t.ent_id_ = "someone-else"  # the tokens' id changed in place: the Spans read before keep their own
    assert read_ents(doc) is not first
    assert [e.id_ for e in read_ents(doc)] == [e.id_ for e in doc.ents] == ["someone-else"]
    first = read_ents(doc)
    for t in doc[0:2]:
        t.ent_kb_id_ = "Q1"
    assert read_ents(doc) is not first and [e.kb_id_ for e in read_ents(doc)] == ["Q1"]
    doc.ents = []
    assert read_ents(doc) == ()


@pytest.mark.parametrize("text,country,label", [
    # a country that plays, faces or meets another is its side; so is one in apposition to "the holders"
    ("Japan will play Italy, the holders, in Doha on Wednesday.", "Japan", "TEAM"),
    ("Japan will play Italy, the holders, in Doha on Wednesday.", "Italy", "TEAM"),
    ("On Friday Ghana face Uruguay in Al Wakrah.", "Uruguay", "TEAM"),
    ("Wales meet Iran in the second group game.", "Wales", "TEAM"),
    ("Mexico, the hosts, opened the tournament with a draw.", "Mexico", "TEAM"),
    # a country as a place stays a place
    ("He played in Italy for six years before moving to Japan.", "Italy", "GPE"),
    ("The squad will fly to Canada on Monday.", "Canada", "GPE"),
    ("Qatar faces criticism over its treatment of workers.", "Qatar", "GPE"),  # no side after the verb
    ("Munich, the hosts of the final, was busy all week.", "Munich", "GPE"),  # a city: no club of that name
])
def test_country_playing_is_its_side(resources, text, country, label):
    doc = resources.nlp(text)
    assert [e.label_ for e in doc.ents if e.text == country] == [label]


@pytest.mark.parametrize("text,not_a_person", [
    ("Sir Alex Ferguson retired in 2013. Post-Ferguson, United have won one FA Cup.", "Post-Ferguson"),
])
def test_hyphen_prefix_is_no_name(resources, text, not_a_person):
    doc = resources.nlp(text)
    assert not_a_person not in [e.text for e in doc.ents if e.label_ == "PERSON"]
