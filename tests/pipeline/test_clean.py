"""Tests for the CLEAN stage (pipeline/clean.py + models/boilerplate.jsonl)."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import (
    KIND_DEFINE,
    KIND_WORDS,
    PLACEHOLDER_RE,
    CleanRule,
    Cleaned,
    clean_text,
    load_rules,
    looks_like_html,
    strip_html,
)
from pipeline.config import MODELS_DIR, SEEDS_DIR

RULES = load_rules()
RULES_BY_NAME = {r.name: r for r in RULES}


def clean(text: str) -> str:
    return clean_text(text, RULES).text


# (rule the case exercises, input, expected cleaned text). Every applying rule has at
# least one case here whose result changes when that rule is left out (see test_no_dead_rule).
CASES = [
    # --- character maps
    ("single_quotes", "Arsenal\u2019s \u2018best\u2019 season", "Arsenal's 'best' season"),
    ("double_quotes", "\u201cWe will win,\u201d said Arteta.", '"We will win," said Arteta.'),
    ("dashes", "Chelsea \u2013 second in the table \u2014 lost 2\u20131.", "Chelsea - second in the table - lost 2-1."),
    ("odd_spaces", "Bukayo\u00a0Saka\u202fscored\tagain.", "Bukayo Saka scored again."),
    ("line_separators", "Saka scored.\u2029Rice assisted.", "Saka scored.\nRice assisted."),
    ("control_chars", "Saka\x00scored\x07 twice.", "Saka scored twice."),
    # --- removals
    ("carriage_return", "Saka scored.\r\nRice assisted.\rHavertz missed.", "Saka scored.\nRice assisted.\nHavertz missed."),
    ("invisible_chars", "Sa\u200bka sco\u00adred.\ufeff", "Saka scored."),
    (
        "summary_notice",
        "Below is a summary of the full article.\nArsenal beat Spurs on Sunday.",
        "Arsenal beat Spurs on Sunday.",
    ),
    (
        "click_here",
        "Click here to read the full story.Arsenal beat Spurs.",
        "Arsenal beat Spurs.",
    ),
    (
        "click_here",
        "Click here for the full version from Just Arsenal or go back to Arsenal News.\nArsenal won.",
        "Arsenal won.",
    ),
    (
        "newsletter_prompt",  # a teaser about the reader's inbox before the sign-up
        "Inter won.\n\nWant the best of Italian football in your inbox? Sign up for our Serie A newsletter.\n\nEnd.",
        "Inter won.\n\nEnd.",
    ),
    (
        "newsletter_prompt",
        "Inter won.\n\nLove all things Serie A in your inbox? Get our newsletter.",
        "Inter won.",
    ),
    (
        "newsletter_prompt",  # a question in a quote is no teaser
        'He said: "Want the best players? Pay for them." Inter won.',
        'He said: "Want the best players? Pay for them." Inter won.',
    ),
    (
        "reader_poll",  # a call to the readers with their own answer in it
        "Inter won.\n\nTell us your favourite Lautaro goal in the comments.\n\nEnd.",
        "Inter won.\n\nEnd.",
    ),
    (
        "reader_poll",
        "Inter won. Tell us which signing impressed you most below.",
        "Inter won.",
    ),
    (
        "reader_poll",  # a quoted request is the story's
        '"Tell us your plans," Marotta said to the coach. Inter won.',
        '"Tell us your plans," Marotta said to the coach. Inter won.',
    ),
    (
        "newsletter_prompt",
        "Arteta was pleased.Join our newsletter for the latest Gunners news. However, Saka was injured.",
        "Arteta was pleased. However, Saka was injured.",
    ),
    (
        "newsletter_prompt",
        "Rice was superb.Sign up to the Football Daily email here.The midfielder ran 13km.",
        "Rice was superb. The midfielder ran 13km.",
    ),
    (
        "newsletter_prompt",
        "Subscribe to our Arsenal newsletter\nSaliba is fit again.",
        "Saliba is fit again.",
    ),
    (
        "newsletter_prompt",
        "Spurs drew 1-1.\nWant more Tottenham news? Sign up for our free Spurs Briefing newsletter.\nSon scored.",
        "Spurs drew 1-1.\n\nSon scored.",
    ),
    (
        "newsletter_prompt",
        "Lens won 2-0.\nGet the latest Ligue 1 news straight to your inbox with our daily newsletter.\nFollow all the "
        "latest football news on our live blog.\nThauvin scored.",
        "Lens won 2-0.\n\nThauvin scored.",
    ),
    (
        "read_more",
        "Havertz scored twice.READ MORE: Arsenal could sign a striker this summerThe Gunners lead the league.",
        "Havertz scored twice.\nThe Gunners lead the league.",
    ),
    (
        "read_more",
        "Havertz scored twice.\nREAD MORE: Why Arteta trusts Havertz\nThe Gunners lead the league.",
        "Havertz scored twice.\n\nThe Gunners lead the league.",
    ),
    (
        "read_more",
        "Spurs lost again. Read more: Postecoglou under pressure? Spurs face City next.",
        "Spurs lost again.\nSpurs face City next.",
    ),
    (
        "read_source",
        "Rice signed in 2023.\n\nREAD NEWS SOURCE\n\nMore to follow.",
        "Rice signed in 2023.\n\nMore to follow.",
    ),
    (
        "photo_credit_by",
        "Arsenal won 3-0.Photo by Jane Doe/AFP via Getty ImagesArsenal climb to second",
        "Arsenal won 3-0.\nArsenal climb to second",
    ),
    (
        "photo_credit_by",
        "Photo by Stuart MacFarlane/Arsenal FC via Getty Images Saka was named captain.",
        "Saka was named captain.",
    ),
    (
        "photo_credit_by",
        "Photograph: Tom Jenkins/The Guardian\nSaka celebrates.",
        "Saka celebrates.",
    ),
    ("photo_credit_line", "Salah scored twice.\n\nPhoto: Jan Berg/Northern Sports Desk\n\nHe is top scorer.",
     "Salah scored twice.\n\nHe is top scorer."),
    ("photo_credit_line", "Kane scored.\n\nPhotograph: Lena Vogt for The Munich Courier\n\nBayern won.",
     "Kane scored.\n\nBayern won."),
    ("photo_credit_line", "Kane scored.\n\nImage credit: Lena Vogt/Bavaria Pictures\n\nBayern won.", "Kane scored.\n\nBayern won."),
    ("photo_credit_line", "Kane scored.\n\nCredit: Lena Vogt / Bavaria Picture Desk\n\nBayern won.", "Kane scored.\n\nBayern won."),
    # a credit label and a name only (no agency the lists know, no slash)
    ("credit_label_line", "Kane scored.\n\nPhoto credit: Harbour Sports Media\n\nBayern won.", "Kane scored.\n\nBayern won."),
    ("credit_label_line", "Modric scored.\n\nPicture: Adriatic Pixel\n\nCroatia won.", "Modric scored.\n\nCroatia won."),
    ("credit_label_line", "Modric scored.\nImage: Zagreb Lens\nCroatia won.", "Modric scored.\nCroatia won."),
    # a web page's furniture copied with the story
    ("web_furniture_line", "Foden scored.\n\nREAD MORE | Guardiola hails Foden after derby win\n\nCity are top.",
     "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nPOLL: Should Guardiola start Foden on Sunday?\n\nCity are top.",
     "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\nTrending\nShare this with\nFacebook\nTwitter\nEmail\nCity are top.",
     "Foden scored.\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nLast updated: 12:30, 4 March 2024\n\nCity are top.", "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nPublished 3 hours ago\n\nCity are top.", "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nDownload the app for the latest City news.\n\nCity are top.",
     "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nFollow our live coverage of City v Arsenal.\n\nCity are top.",
     "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nThis article contains affiliate links.\n\nCity are top.", "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nYou can follow The Blue Post on Twitter @bluepost\n\nCity are top.",
     "Foden scored.\n\nCity are top."),
    ("web_furniture_line", "Foden scored.\n\nphilfoden Another one! #ManCity #PL\n\nCity are top.", "Foden scored.\n\nCity are top."),
    # a social-media post: a handle opening the line, an emoji, an Instagram embed's labels
    ("social_post", "Alba Ruiz joined Levante.\n\nalbaruiz9: New chapter. Can't wait to meet my new team-mates \U0001f499\n\n"
     "She scored 12 goals.", "Alba Ruiz joined Levante.\n\nShe scored 12 goals."),
    ("emoji_line", "Osimhen scored.\nOur lion! \U0001f981\U0001f981\nHe joined from Napoli.", "Osimhen scored.\nHe joined from Napoli."),
    ("social_post", "Osimhen scored.\n@galatasaray: Our lion is here\nHe joined from Napoli.",
     "Osimhen scored.\nHe joined from Napoli."),
    ("emoji_line", "Rice signed.\nWhat a day for the family \u2764\ufe0f\nArsenal paid 105m.", "Rice signed.\nArsenal paid 105m."),
    ("social_post", "Kane signed.\nView this post on Instagram\nA post shared by Harry Kane (@harrykane)\nBayern paid 100m.",
     "Kane signed.\nBayern paid 100m."),
    ("agency_line", "Osimhen signed for Galatasaray.\n\nGetty Images\n\nHe joined from Napoli.",
     "Osimhen signed for Galatasaray.\n\nHe joined from Napoli."),
    ("agency_line", "Osimhen scored.\nAFP via Getty Images\nGalatasaray won.", "Osimhen scored.\nGalatasaray won."),
    ("credit_agency", "Salah scored.Credit: ReutersThe Reds are top.", "Salah scored.\nThe Reds are top."),
    ("credit_agency", "Picture credit: Peter Byrne/PA Wire\nSalah scored.", "Salah scored."),
    ("credit_agency", "Salah lifts the trophy\nImage: Getty Images\nLiverpool are champions.", "Salah lifts the trophy\n\nLiverpool are champions."),
    ("image_credit_paren", "Mohamed Salah (Image: Getty) scored again.", "Mohamed Salah scored again."),
    ("image_credit_paren", "Salah celebrates (Picture: Liverpool FC via Getty Images)", "Salah celebrates"),
    ("image_credit_paren", "Van Dijk (Getty Images) headed in.", "Van Dijk headed in."),
    ("image_credit_paren", "Salah scored twice. (AP Photo/Jon Super)\nSlot was pleased.", "Salah scored twice.\nSlot was pleased."),
    (
        "outlet_line",
        "Leverkusen won 2-1.\nPictured: Florian Wirtz celebrates with Granit Xhaka\nWirtz scored twice.\n"
        "WATCH: Wirtz's solo goal against Bremen\nReporting by Anna Schmidt; Editing by Tom Hayward",
        "Leverkusen won 2-1.\nWirtz scored twice.",
    ),
    (
        "outlet_line",
        "Porto won 3-0.\nFollow us on Twitter @PortoDaily for more.\nListen to the latest episode of our Liga Portugal "
        "podcast.\nShare this article\nCopyright 2025 Example Media Ltd. All rights reserved.\nThis article was "
        "originally published on Porto Daily.",
        "Porto won 3-0.",
    ),
    ("image_credit_paren", "Odegaard signed a new deal. (Photo by Stuart MacFarlane/Arsenal FC via Getty Images)\nHe joined "
     "in 2021.", "Odegaard signed a new deal.\nHe joined in 2021."),
    (
        "reader_question",
        "Leeds won 2-0.\nWho should start up front for Leeds on Saturday? Let us know in the comments below.\nFarke was pleased.",
        "Leeds won 2-0.\n\nFarke was pleased.",
    ),
    (
        "reader_question",
        "Everton sacked Dyche. Should Everton have kept faith with him? Vote in our poll.\nMoyes is favourite.",
        "Everton sacked Dyche.\nMoyes is favourite.",
    ),
    (
        "reader_question",
        "Villa beat Celtic 4-2.\n\nWhich Villa player impressed you most?\n\nEmery praised Rogers.",
        "Villa beat Celtic 4-2.\n\nEmery praised Rogers.",
    ),
    (
        "reader_question",
        "Hearts appointed Neil Critchley.\nWhat should be his first signing? Send us your suggestions.",
        "Hearts appointed Neil Critchley.",
    ),
    (
        "reader_poll",
        "Spurs lost again. Do you want Ange Postecoglou to be sacked this week?\nSpurs face City next.",
        "Spurs lost again.\nSpurs face City next.",
    ),
    (
        "reader_poll",
        "Salah is out of contract. Vote now in our poll below.\nHave your say in the comments!",
        "Salah is out of contract.",
    ),
    (
        "reader_poll",
        "Is Slot the right man? What do you think? Let us know in the comments.",
        "Is Slot the right man?",
    ),
    ("reader_poll", "Celtic won the league.\n\nEmail us at letters@example.com\n\nRodgers was pleased.",
     "Celtic won the league.\n\nRodgers was pleased."),
    ("reader_poll", "Celtic won the league.\nJoin the conversation on our forum.\nRodgers was pleased.",
     "Celtic won the league.\n\nRodgers was pleased."),
    ("reader_question", "Celtic won the league.\n\nDo you agree with the board? Leave your thoughts below.\n\nRodgers was pleased.",
     "Celtic won the league.\n\nRodgers was pleased."),
    ("reader_question", "Celtic won the league.\n\nWas this the right call? Join the conversation on our forum.\n\nRodgers was pleased.",
     "Celtic won the league.\n\nRodgers was pleased."),
    ("reader_question", "Celtic won the league.\n\nWhat's your verdict on the season? Email us at letters@example.com\n\nRodgers was "
     "pleased.", "Celtic won the league.\n\nRodgers was pleased."),
    ("newsletter_prompt", "Celtic won the league.\n\nEnjoyed this? Subscribe to The Hoops Weekly for more.\n\nRodgers was pleased.",
     "Celtic won the league.\n\nRodgers was pleased."),
    ("newsletter_prompt", "Celtic won the league.\n\nDon't miss a thing: get the Celtic Insider newsletter every Friday.\n\nRodgers "
     "was pleased.", "Celtic won the league.\n\nRodgers was pleased."),
    (
        "embedded_tweet",
        "Palmer was fined.\n\n\U0001f6a8 Maresca on Palmer: \"He is fine.\" @ChelseaFC pic.twitter.com/Ab12Cd34Ef "
        "\u2014 Blues News (@bluesnews) March 3, 2025\n\nChelsea play on Sunday.",
        "Palmer was fined.\n\nChelsea play on Sunday.",
    ),
    (
        "embedded_tweet",
        "Chelsea are fourth.\n\"Huge win\" - Cole Palmer (@ColePalmer20) Jan 5, 2025\nMaresca praised him.",
        "Chelsea are fourth.\nMaresca praised him.",
    ),
    (
        "embedded_tweet",
        "Leverkusen are champions.\nMEISTER!!! #Werkself https://t.co/Xy12AbCd\n- Bayer 04 (@bayer04fussball) April 14, "
        "2024\nAlonso was delighted.",
        "Leverkusen are champions.\nAlonso was delighted.",
    ),
    (
        "tweet_fragment",
        "Chelsea are fourth. " + "Palmer has been superb all season long. " * 20
        + "pic.twitter.com/Zz9Yy8Xx7W - Blues News (@bluesnews) March 3, 2025 Maresca praised him.",
        "Chelsea are fourth. " + "Palmer has been superb all season long. " * 20 + "Maresca praised him.",
    ),
    (
        "cookie_notice",
        "Palmer scored.\n\nWe use cookies to improve your experience. Accept all cookies",
        "Palmer scored.",
    ),
    (
        "advert_line",
        "Palmer scored.\nAdvertisement\nJackson added a second.\n  Story continues below advertisement  \nEnd.",
        "Palmer scored.\nJackson added a second.\nEnd.",
    ),
    (
        "caption_with_alt_text",  # a caption printed with its alt text: both copies go
        "Bruno Fernandes lifts the FA Cup at Wembley\n\nBruno Fernandes lifts the FA Cup at Wembley\n\nUnited won 2-1.",
        "United won 2-1.",
    ),
    (
        "caption_with_alt_text",
        "Lyon won 2-0.\nAda Hegerberg celebrates her second goal in Turin\nAda Hegerberg celebrates her second goal in Turin\n"
        "The Norwegian scored twice.",
        "Lyon won 2-0.\nThe Norwegian scored twice.",
    ),
    (
        "caption_with_alt_text",  # accents in the name; a verb with a particle
        "Jos\u00e9 Mourinho holds up a Roma scarf at Trigoria\nJos\u00e9 Mourinho holds up a Roma scarf at Trigoria\nEnd.",
        "End.",
    ),
    (
        "repeated_line",  # a standfirst said twice ("has taken"), a sentence said twice: one copy stays
        "Marco Rossi has taken charge of Genoa on a two-year deal\n\nMarco Rossi has taken charge of Genoa on a two-year "
        "deal\n\nUnited won 2-1.",
        "Marco Rossi has taken charge of Genoa on a two-year deal\n\nUnited won 2-1.",
    ),
    (
        "repeated_line",
        "The 36-year-old returned to his boyhood club in 2019\nThe 36-year-old returned to his boyhood club in 2019\nEnd.",
        "The 36-year-old returned to his boyhood club in 2019\nEnd.",
    ),
    (
        "repeated_line",  # a plural noun after one capitalised word is no name and verb
        "Squad members are impressed by the new coach\nSquad members are impressed by the new coach\nEnd.",
        "Squad members are impressed by the new coach\nEnd.",
    ),
    (
        "repeated_line",
        "Rashford joined Aston Villa on loan\nRashford joined Aston Villa on loan\nRashford joined Aston Villa on loan",
        "Rashford joined Aston Villa on loan",
    ),
    (
        "repeated_line",  # the copies differ only in quote style and spacing
        "Amorim was \u2018delighted\u2019 with the win\n\nAmorim was 'delighted'  with the win \n\nNext up: Spurs.",
        "Amorim was 'delighted' with the win\n\nNext up: Spurs.",
    ),
    (
        "repeated_caption",  # a caption said again with paragraphs between: every copy goes
        "Alexia Putellas lifts the trophy in Bilbao\n\nBarcelona won 3-1.\n\nAlexia Putellas lifts the trophy in Bilbao\n\n"
        "Giraldez praised her.",
        "Barcelona won 3-1.\n\nGiraldez praised her.",
    ),
    (
        "repeated_caption",
        "Arne Slot applauds the Kop after the final whistle\nSlot was delighted.\nSalah scored twice.\n"
        "Arne Slot applauds the Kop after the final whistle\nLiverpool are top.",
        "Slot was delighted.\nSalah scored twice.\nLiverpool are top.",
    ),
    (
        "repeated_caption",  # a sentence said twice (a pull quote) ends with a full stop: kept
        "Slot was delighted with the win.\n\nSalah scored twice.\n\nSlot was delighted with the win.",
        "Slot was delighted with the win.\n\nSalah scored twice.\n\nSlot was delighted with the win.",
    ),
    (
        "repeated_caption",  # a short line ("Full time") is no caption
        "Full time\n\nSalah scored.\n\nFull time",
        "Full time\n\nSalah scored.\n\nFull time",
    ),
    # --- repairs
    ("ellipsis", "United won\u2026 eventually.", "United won... eventually."),
    ("bullets", "Key points:\n  \u2022 Amorim stays\n\u2022Rashford leaves", "Key points:\n- Amorim stays\n- Rashford leaves"),
    ("space_runs", "United   won  2-1.", "United won 2-1."),
    ("trailing_space", "United won.   \nCity lost.", "United won.\nCity lost."),
    ("leading_space", "United won.\n   City lost.", "United won.\nCity lost."),
    ("join_title_abbrev", "He met Mr.\nSmith at St.\nJames' Park.", "He met Mr. Smith at St. James' Park."),
    ("join_number_abbrev", "Kane wore the No.\n10 shirt.", "Kane wore the No. 10 shirt."),
    (
        "join_broken_line",
        "Kane, who joined Bayern in\n2023, scored twice, and\nthe club are top.",
        "Kane, who joined Bayern in\n2023, scored twice, and the club are top.",
    ),
    ("split_sentence_glue", "Kane joined Bayern in 2023.The striker cost \u00a3100m.", "Kane joined Bayern in 2023. The striker cost \u00a3100m."),
    ("split_sentence_glue", "Will Kane return to Spurs?If he does, fans will cheer!Levy agrees.", "Will Kane return to Spurs? If he does, fans will cheer! Levy agrees."),
    ("split_sentence_glue", "Kompany was 'delighted'.Bayern are top.", "Kompany was 'delighted'. Bayern are top."),
    ("split_sentence_glue", 'Kompany said: "We won."Bayern are top.', 'Kompany said: "We won." Bayern are top.'),
    ("split_heading_glue", "Bayern Munich go top of the BundesligaThere is no stopping Kane.", "Bayern Munich go top of the Bundesliga\nThere is no stopping Kane."),
    ("split_heading_glue", "Kane's record seasonAfter 30 games he has 36 goals.", "Kane's record season\nAfter 30 games he has 36 goals."),
    ("blank_lines", "Kane scored.\n\n\n\n\nMusiala assisted.", "Kane scored.\n\nMusiala assisted."),
]

# Text that must come out exactly as it went in.
UNCHANGED = [
    "Credit to Genoa for their patience: Rossi scored twice.",
    "Rossi was asked to get in touch with the board before the deadline.",
    "Fans were told to leave their thoughts at the door.",
    "Reuters reported the fee was 20m euros.",
    "Don't miss the final on Saturday, Rossi told the fans.",
    '"Share your views with the manager, not the press," he told the players.',
    "Image rights were part of the deal for Rossi.",
    "Could Rashford one day return to Manchester United?",
    "Watch out for Yamal, said Flick.\nListen to the fans sing.",
    "Pictured in training on Friday, Kane looked sharp.",
    "Who will replace Dyche at Everton? Moyes is the favourite.",
    '"What do you expect?" said Arteta. "We played well."',
    "We played well. \"What more do you want?\" he said.",
    "Want of goals cost them. Fans want more.",
    "Follow the money, Wenger once said.",
    "Would Salah stay if Liverpool offered a new deal?",
    '"Do you want to stay?" the reporter asked him.',
    "Scott McTominay and Ronald McDonald met in LaLiga.",
    "David DeGea bought an iPhone on YouTube with his PayPal.",
    "DeAndre Yedlin and LeBron James were there.",
    "He scored 3.5 goals per game at 10.30 on Sunday.",
    "He moved to the U.S. in 2020, e.g. to play in MLS.",
    "Kane wore No. 9 and lived on St. John's Road.",
    "Follow @marca and @ManUtdThe for news.",
    "Read it at www.BBC.co.uk/Sport.Football or https://example.com/A.B?C=D.",
    "The hashtag #ThisIsAnfield trended.",
    "Salah joined in 2017. He has scored 200 goals.",
    "The U.S.A. team and the UK.",
    "Sign of the times: Arsenal are top.",
    "More goals for Haaland today.",
    "Amorim: 'We must improve.'",
    "- Amorim stays\n- Rashford leaves",
    "Title\n\nFirst paragraph.\nSecond line of it.",
    "",
    # a caption after a label, a note and a kick-off time are no credit or post
    "Kane scored.\n\nPicture: Kane celebrates the second goal\n\nBayern won.",
    "Kane scored.\nNote: Bayern won the league in 2020.\nBayern won.",
    "Kane scored at 3:30 on Sunday.\nBayern won 2-1.",
    "Photo: Kane scored twice in the first half.",
    # sentences that open with the furniture's words
    "Foden scored.\nMore than 60,000 fans watched at the Etihad.\nCity are top.",
    "Foden scored.\nPublished reports say Guardiola will stay until 2027.\nCity are top.",
    "Foden scored.\nFollow the leader: City are top in 2024.\nCity are top.",
    "Foden scored.\nShare of the revenue went up in 2023.\nCity are top.",
    "Foden scored.\nLive: City 2-0 Arsenal\nCity are top.",
]


def _case_ids(cases):
    seen: dict[str, int] = {}
    ids = []
    for rule, *_ in cases:
        seen[rule] = seen.get(rule, 0) + 1
        ids.append(f"{rule}-{seen[rule]}")
    return ids


@pytest.mark.parametrize(("rule", "raw", "expected"), CASES, ids=_case_ids(CASES))
def test_clean_cases(rule, raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("raw", UNCHANGED)
def test_leaves_ordinary_text_alone(raw):
    result = clean_text(raw, RULES)
    assert result.text == raw
    assert result.removed == []


@pytest.mark.parametrize(("rule", "raw", "expected"), CASES, ids=_case_ids(CASES))
def test_clean_is_idempotent(rule, raw, expected):
    assert clean(clean(raw)) == clean(raw)


# --------------------------------------------------------------------------- rule file


def _placeholders(rule: CleanRule) -> set[str]:
    return set(PLACEHOLDER_RE.findall(rule.pattern + rule.until + rule.unless))


def test_every_rule_has_a_case():
    applying = {r.name for r in RULES if r.kind not in (KIND_WORDS, KIND_DEFINE)}
    covered = {rule for rule, *_ in CASES}
    assert applying - covered == set()
    assert covered - set(RULES_BY_NAME) == set(), "a case names a rule that does not exist"


def test_every_word_list_and_definition_is_used():
    used = set().union(*(_placeholders(r) for r in RULES))
    defined = {r.name for r in RULES if r.kind in (KIND_WORDS, KIND_DEFINE)}
    assert defined - used == set()


@pytest.mark.parametrize(
    "name", [r.name for r in RULES if r.kind not in (KIND_WORDS, KIND_DEFINE)]
)
def test_no_dead_rule(name):
    """Leaving the rule out changes the result of at least one of its own cases."""
    without = [r for r in RULES if r.name != name]
    cases = [(raw, expected) for rule, raw, expected in CASES if rule == name]
    assert cases, f"rule {name} has no test case"
    assert any(clean_text(raw, without).text != expected for raw, expected in cases), (
        f"rule {name} changes nothing in its cases"
    )


def test_rules_have_descriptions_and_unique_names():
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.description.strip() for r in RULES)


def test_default_path_is_models_dir():
    assert load_rules() == load_rules(MODELS_DIR / "boilerplate.jsonl")


def _rule_line(**fields) -> str:
    data = {"name": "x", "kind": "remove", "description": "d", "pattern": "a"}
    data.update(fields)
    return json.dumps({k: v for k, v in data.items() if v is not None})


BAD_RULES = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    (_rule_line(name=None), "missing or empty field 'name'"),
    (_rule_line(description=""), "missing or empty field 'description'"),
    (_rule_line(name="Bad Name"), "lower_snake_case"),
    (_rule_line(kind="delete"), "unknown kind 'delete'"),
    (_rule_line(pattern="(unclosed"), "not a valid regex"),
    (_rule_line(pattern="<<nowhere>>"), "<<nowhere>>"),
    (_rule_line(flags=["SHOUTING"]), "unknown flag 'SHOUTING'"),
    (_rule_line(colour="red"), "unknown field(s) 'colour'"),
    (_rule_line(pattern=5), "field 'pattern' must be a string"),
    (_rule_line(replacement="\\2"), "not a valid template"),
    (_rule_line(kind="charmap", pattern="\u2019", replacement="ab"), "one-character replacement"),
    (_rule_line(kind="words", pattern=None, words=[]), "non-empty list"),
    (_rule_line(kind="replace", until="x"), "field 'until' is not used by kind 'replace'"),
    (_rule_line(kind="remove_line", max_len=-1), "max_len"),
]


@pytest.mark.parametrize(("line", "message"), BAD_RULES)
def test_load_rules_rejects_malformed_rule(tmp_path, line, message):
    path = tmp_path / "boilerplate.jsonl"
    path.write_text(_rule_line(name="fine") + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_rules(path)
    assert "boilerplate.jsonl, line 3" in str(info.value)
    assert message in str(info.value)


def test_load_rules_rejects_duplicate_name(tmp_path):
    path = tmp_path / "boilerplate.jsonl"
    path.write_text(_rule_line() + "\n" + _rule_line() + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2 \(x\): duplicate rule name 'x'"):
        load_rules(path)


def test_clean_text_rejects_bad_hand_made_rules():
    with pytest.raises(ValueError, match="not a valid regex"):
        clean_text("abc", [CleanRule("bad", "remove", "(", "d")])


def test_hand_made_rule_with_list_fields_still_works():
    rule = CleanRule("paren", "remove", r"\(image: getty\) ?", "a credit", flags=["IGNORECASE"])  # type: ignore[arg-type]
    assert clean_text("Saka (Image: Getty) scored", [rule]).text == "Saka scored"


def test_hand_made_rules_work_without_a_file():
    rules = [CleanRule("credit", "remove", r"Credit: Reuters", "a credit", replacement="\n")]
    assert clean_text("Goal.Credit: ReutersHe scored.", rules) == Cleaned(
        "Goal.\nHe scored.", [(5, 20, "credit")]
    )


# --------------------------------------------------------------------------- removed spans

SPAN_CASES = [raw for _, raw, _ in CASES] + [
    "A\r\nB\r\n",
    "Photo by A/Getty Images Photo by B/Getty Images(Image: Getty)",
    "Caption one two three\n\nCaption one two three\n\nCaption one two three",
]


def _seed_texts():
    return [_seed(p.name) for p in sorted(SEEDS_DIR.glob("*.txt"))]


def _check_spans(raw: str, result: Cleaned) -> None:
    previous_end = 0
    for start, end, name in result.removed:
        assert 0 <= previous_end <= start < end <= len(raw), (start, end, name)
        assert name in RULES_BY_NAME
        previous_end = end


@pytest.mark.parametrize("raw", SPAN_CASES)
def test_removed_spans_point_at_input(raw):
    _check_spans(raw, clean_text(raw, RULES))


def test_removed_spans_name_the_text_they_drop():
    raw = "Goal!Photo by Jane Doe/AFP via Getty ImagesArsenal climb.\nREAD MORE: Saka signs\nEnd."
    result = clean_text(raw, RULES)
    dropped = {name: raw[s:e] for s, e, name in result.removed}
    assert dropped == {"photo_credit_by": "Photo by Jane Doe/AFP via Getty Images", "read_more": "READ MORE: Saka signs"}
    assert result.text == "Goal!\nArsenal climb.\n\nEnd."


def test_removed_spans_keep_rest_of_input():
    """Dropping the spans from the (quote-normalised) input leaves every kept word in order."""
    for raw in _seed_texts():
        result = clean_text(raw, RULES)
        kept, pos = [], 0
        for start, end, _ in result.removed:
            kept.append(raw[pos:start])
            pos = end
        kept.append(raw[pos:])
        letters = re.compile(r"[^A-Za-z]")
        assert letters.sub("", "".join(kept)) == letters.sub("", result.text)


# --------------------------------------------------------------------------- seeds


def _seed(prefix: str) -> str:
    (path,) = SEEDS_DIR.glob(prefix[:3] + "_*.txt")
    raw = path.read_text(encoding="utf-8")
    return re.sub(r"\A date \d{4}-\d{2}-\d{2} ", "", raw)  # what ingest strips


from tests.conftest import needs_seeds  # noqa: E402


@needs_seeds
def test_seed_000():
    text = clean(_seed("000"))
    for wanted in (
        "in 2011. The Spaniard",
        "at a low ebb. As a result",
        "at Anfield. Nevertheless, the former No. 9 inspired",
        "coach in the making.\nAtletico Madrid B sit top of the table\nThere have previously",
        "the right one.\nAfter 12 games of the season",
        "Could Torres one day return to Liverpool? If things",
        "Liverpool's past",
        "Group 2 - the Spanish fourth division - Torres",
    ):
        assert wanted in text
    for unwanted in ("Getty", "newsletter", "Konate", "Below is a summary", "Click here", "READ MORE", "this year\n"):
        assert unwanted not in text
    assert text.startswith("Fernando Torres ensured")
    assert text.endswith("managerial return to Liverpool.")


@needs_seeds
def test_seed_001():
    text = clean(_seed("001"))
    for caption in (
        "Fernando Torres has taken the first steps of a coaching career, taking over at Atletico Madrid B",
        "The 36-year-old returned to his boyhood club after hanging up his shooting boots in 2019",
        "According to Marca, youngsters have been 'amazed' by Torres' training sessions so far",
        "The Spaniard came through at Atletico and will hope to nurture the club's future stars",
    ):
        assert text.count(caption) == 1
    assert "\n- Fernando Torres has taken the first steps of his burgeoning coaching career\n" in text
    for unwanted in ("READ NEWS SOURCE", "cookies", "\u2022", "\u2019", "\u00a0", "\n\n\n", " \n"):
        assert unwanted not in text
    assert text.startswith("Soccer\n\nFernando Torres takes first steps")


@needs_seeds
def test_seed_002():
    text = clean(_seed("002"))
    assert "pic.twitter.com" not in text
    assert "atletiuniverse" not in text
    assert "Simeone to the players" not in text
    assert "point.\n\nDeportivo supposedly" in text
    assert "La Liga teams - his father is from Galicia." in text


@needs_seeds
@pytest.mark.parametrize("raw", _seed_texts() if SEEDS_DIR.is_dir() else [])
def test_seed_cleaning_is_idempotent(raw):
    once = clean(raw)
    assert clean(once) == once


# --------------------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_are_valid(raw):
    result = clean_text(raw, RULES)
    assert isinstance(result.text, str)
    assert result.text == result.text.strip()
    _check_spans(raw, result)


SOUP = list("aAbT .?!\n\r:/@()-'\"\u2019\u2022\u00a0") + [
    "READ MORE: ", "Photo by ", "The", "Getty Images", "pic.twitter.com/x", "Credit: ", "Do you want ", "No.",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SOUP), max_size=80).map("".join))
def test_never_crashes_on_boilerplate_soup(raw):
    _check_spans(raw, clean_text(raw, RULES))


@pytest.mark.parametrize(
    "raw",
    [
        "\x00\x01\xff\ufffd" * 1000,
        bytes(range(256)).decode("latin-1") * 100,
        "\ud800 lone surrogate \udfff",
        "READ MORE:" * 5000,
        "(" * 10000 + "Image: " * 1000,
    ],
)
def test_junk_input(raw):
    _check_spans(raw, clean_text(raw, RULES))


def test_bytes_are_decoded_not_refused():
    assert clean_text("Saka\u2019s goal".encode(), RULES).text == "Saka's goal"


@pytest.mark.parametrize("name", ["boilerplate", "whitespace", "near-misses"])
def test_a_megabyte_of_worst_cases(name):
    """The benchmark's worst cases (its speed is measured there, by ``make bench``, not here):
    a megabyte of each cleans to text whose kept and removed spans account for every character."""
    from pipeline.bench import CLEANING_WORST_CASES

    unit = CLEANING_WORST_CASES[name]
    raw = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    _check_spans(raw, clean_text(raw, RULES))


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head><title>Saka signs</title><style>p {color: red}</style>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article><h1>Saka signs new deal</h1>
<p>Bukayo Saka has signed a new contract at Arsenal&nbsp;until 2029 &amp; beyond.</p>
<p>Arteta said: &ldquo;He is our   future.&rdquo;<br>The fans cheered.</p>
<ul><li>Five years</li><li>&pound;300,000 a week</li></ul></article>
<footer>&copy; 2025 Example News</footer></body></html>"""


def test_strip_html():
    assert strip_html(PAGE) == (
        "Saka signs new deal\n\n"
        "Bukayo Saka has signed a new contract at Arsenal until 2029 & beyond.\n\n"
        "Arteta said: \u201cHe is our future.\u201d\nThe fans cheered.\n\n"
        "- Five years\n"
        "- \u00a3300,000 a week"
    )


def test_strip_html_then_clean():
    text = clean(strip_html(PAGE))
    assert 'Arteta said: "He is our future."\nThe fans cheered.' in text
    assert "Home" not in text and "not text" not in text and "color" not in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (PAGE, True),
        ("<div><p>Saka</p><p>scored</p></div>", True),
        ("<html>", True),
        ("Saka scored. Arsenal <3 their captain.", False),
        ("Score was 2 < 3 and 4 > 1. <b>bold</b>", False),
        ("", False),
    ],
)
def test_looks_like_html(raw, expected):
    assert looks_like_html(raw) is expected


@pytest.mark.parametrize("raw", ["<p>unclosed <b>tags", "<script>never closed", "<!-- comment", "<<<>>>&&&;", "", "plain"])
def test_strip_html_never_crashes(raw):
    assert isinstance(strip_html(raw), str)


def test_strip_html_large_page():
    """Every paragraph of a large page is kept (its speed is measured by ``make bench``, not here)."""
    page = "<html><body>" + "<p>Saka scored &amp; Rice assisted.</p><script>x</script>" * 150_000 + "</body></html>"
    assert strip_html(page).count("Saka scored & Rice assisted.") == 150_000


def test_rule_is_frozen_and_hashable():
    rule = RULES[0]
    with pytest.raises(AttributeError):
        rule.name = "other"  # type: ignore[misc]
    assert hash(replace(rule)) == hash(rule)
