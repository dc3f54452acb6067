from pipeline.evaluate import matches, report, score, score_facts, time_disagreements


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


# (gold time, system time, listed as a disagreement?)
TIME_CASES = [
    (("2021-05-01", "2021-05-31"), ("2021-05-20", "2021-05-20"), False),
    (("2021-05-01", "2021-05-31"), ("2020-05-20", "2020-05-20"), True),
    (("2021-05-01", "2021-05-31"), ("", ""), True),
    (("", ""), ("2020-05-20", "2020-05-20"), False),  # no gold time: nothing to disagree with
    (("2019", ""), ("2019", "2019"), False),  # an open end is the start alone
]


def test_time_disagreements_are_the_pairs_whose_gold_time_is_missed():
    for (gs, ge), (ss, se), listed in TIME_CASES:
        pair = (c(time_start=gs, time_end=ge), c(time_start=ss, time_end=se))
        assert bool(time_disagreements([pair])) is listed, (gs, ge, ss, se)


def test_report_lists_time_disagreements_with_both_times():
    gold = [c(time_start="2021-05-01", time_end="2021-05-31", evidence="aged 40")]
    system = [c(time_start="2020-01-01", time_end="2020-12-31")]
    text = report(score(gold, system))
    assert "TIME DISAGREEMENTS" in text
    assert "2021-05-01..2021-05-31 | 2020-01-01..2020-12-31 (r)" in text


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
