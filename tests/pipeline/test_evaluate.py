from pipeline.evaluate import matches, score, score_facts


def c(article="a", subject="s", predicate="age", obj="", value="40", modality="asserted", **kw):
    return {"article_id": article, "subject_id": subject, "predicate": predicate, "object_id": obj, "value": value,
            "modality": modality, "rule_id": "r", "sentence": "", **kw}


MATCH_CASES = [
    (c(), c(), True),
    (c(value="40"), c(value="41"), False),
    (c(predicate="appointed", obj="arsenal", value="manager"), c(predicate="appointed", obj="arsenal", value="head coach"), True),
    (c(predicate="appointed", obj="arsenal"), c(predicate="appointed", obj="chelsea"), False),
    (c(modality="reported"), c(modality="asserted"), True),
    (c(modality="hypothetical"), c(modality="asserted"), False),
    (c(predicate="league_position", value="1"), c(predicate="league_position", value="1 (after 12 games)"), True),
    # a title is the competition won: the right team with the wrong (or no) competition is no match
    (c(predicate="title_won", obj="la-liga", value="2013-14"), c(predicate="title_won", obj="la-liga", value="2013-14"), True),
    (c(predicate="title_won", obj="la-liga", value=""), c(predicate="title_won", obj="copa-del-rey", value=""), False),
    (c(predicate="title_won", obj="la-liga", value=""), c(predicate="title_won", obj="", value=""), False),
    (c(predicate="title_won", obj="", value="2012"), c(predicate="title_won", obj="", value="2012"), True),
]


def test_match_rules():
    for gold, sys, expected in MATCH_CASES:
        assert matches(gold, sys) is expected, (gold, sys)


def test_score_counts_one_to_one():
    gold = [c(), c(predicate="nationality", value="Spain")]
    system = [c(), c(), c(predicate="retired", value="2019")]
    r = score(gold, system)
    assert (r["micro"].tp, r["micro"].fp, r["micro"].fn) == (1, 2, 1)
    assert len(r["misses"]) == 1 and len(r["extras"]) == 2


def test_fact_scoring_overlapping_birth_windows():
    gold = [{"subject_id": "s", "predicate": "date_of_birth", "object_id": "", "value": "1984-03-01..1984-03-31",
             "status": "consistent"}]
    system = [{"subject_id": "s", "predicate": "date_of_birth", "object_id": "", "value": "1983-11-20..1984-11-19",
               "status": "consistent", "method": "age-to-birth-window"}]
    r = score_facts(gold, system)
    assert r["score"].tp == 1 and r["status"] == (1, 1)


def test_heldout_flag_scores_the_newest_heldout_set():
    from pipeline.config import PROJECT_ROOT
    from pipeline.evaluate import latest_heldout

    names = sorted(p.name for p in (PROJECT_ROOT / "tests" / "gold").glob("heldout*"))
    assert latest_heldout().name == max(names, key=lambda n: (len(n), n))
