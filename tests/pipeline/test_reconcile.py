from datetime import date

import pytest

from pipeline.reconcile import birth_window, load_predicates, reconcile

PREDS = load_predicates()


def claim(cid, article, predicate, value, start="", end="", subject="pep-guardiola", obj="", modality="asserted"):
    return {"claim_id": cid, "article_id": article, "subject_id": subject, "subject": subject.replace("-", " ").title(),
            "predicate": predicate, "object_id": obj, "object": obj, "value": value, "time_start": start,
            "time_end": end or start, "modality": modality}


WINDOWS = [
    # (age, on, expected window)
    (40, date(2024, 11, 19), (date(1983, 11, 20), date(1984, 11, 19))),
    (53, date(2024, 3, 1), (date(1970, 3, 2), date(1971, 3, 1))),
    (30, date(2024, 2, 29), (date(1993, 3, 1), date(1994, 2, 28))),
]


@pytest.mark.parametrize("age,on,expected", WINDOWS)
def test_birth_window(age, on, expected):
    assert birth_window(age, on, on) == expected


def test_ages_across_years_are_one_consistent_birth_window():
    claims = [claim("a", "art1", "age", "49", "2020-06-01"), claim("b", "art2", "age", "52", "2023-09-10"),
              claim("c", "art3", "age", "53", "2024-03-01")]
    facts, conflicts = reconcile(claims, PREDS)
    dob = [f for f in facts if f.predicate == "date_of_birth"]
    assert len(dob) == 1 and dob[0].status == "consistent" and dob[0].n_sources == 3
    lo, hi = dob[0].value.split("..")
    assert lo <= "1971-01-18" <= hi  # Guardiola's real birth date
    assert not conflicts


def test_wrong_age_is_a_conflict_naming_the_odd_source():
    claims = [claim("a", "art1", "age", "49", "2020-06-01"), claim("b", "art2", "age", "52", "2023-09-10"),
              claim("c", "art3", "age", "58", "2024-03-01")]
    facts, conflicts = reconcile(claims, PREDS)
    dob = [f for f in facts if f.predicate == "date_of_birth"][0]
    assert dob.status == "conflict" and dob.contradicting_claim_ids == "c"
    assert len(conflicts) == 1 and "art3" in conflicts[0].reason


KNOWN_BIRTHS = [
    # (ages as (value, on), known birth window, words the birth fact's explanation ends with; value unchanged)
    ([("31", "2021-08-01"), ("33", "2023-09-01")], (date(1990, 5, 2), date(1990, 5, 2)),
     "The known birth date, 1990-05-02, lies inside."),
    ([("31", "2021-08-01")], (date(1988, 3, 14), date(1988, 3, 14)),
     "The known birth date, 1988-03-14, lies outside: a source, or which person it means, is wrong."),
    ([("31", "2021-08-01")], (date(1990, 1, 1), date(1990, 12, 31)),
     "The known birth date, 1990-01-01..1990-12-31, overlaps it."),
    # an odd source: the known date sides with the window of the others
    ([("31", "2021-08-01"), ("33", "2023-09-01"), ("38", "2024-01-10")], (date(1990, 5, 2), date(1990, 5, 2)),
     "The known birth date, 1990-05-02, lies inside."),
]


KNOWN_BIRTHS_DATED = [
    # (ages as (value, on), articles the known date dated, words the explanation ends with)
    # every age comes from an article the known date dated: nothing is checked against it
    ([("31", "2021-08-01"), ("33", "2023-09-01")], {"art0", "art1"},
     "dated the articles these ages come from, so it is not checked against them."),
    # art0 left out: art1's window alone (1989-05-02..1990-05-01) ends a day before the known date
    ([("31", "2021-08-01"), ("31", "2021-05-01")], {"art0"},
     "The known birth date, 1990-05-02, lies outside: a source, or which person it means, is wrong."),
    # art0 left out: art1's window (1989-06-02..1990-06-01) holds it
    ([("31", "2021-08-01"), ("32", "2022-06-01")], {"art0"}, "The known birth date, 1990-05-02, lies inside."),
    # a conflict whose odd source's age is the one the known date fits
    ([("34", "2021-08-01"), ("35", "2022-09-01"), ("31", "2021-08-01")], set(),
     "lies outside: a source, or which person it means, is wrong. It fits the age art2 gives."),
]


@pytest.mark.parametrize("ages,dated,says", KNOWN_BIRTHS_DATED)
def test_known_birth_date_leaves_out_the_ages_it_dated(ages, dated, says):
    claims = [claim(f"c{k}", f"art{k}", "age", v, on, subject="a-keeper") for k, (v, on) in enumerate(ages)]
    facts, _ = reconcile(claims, PREDS, births={"a-keeper": (date(1990, 5, 2), date(1990, 5, 2))},
                         births_dated=frozenset(dated))
    dob = [f for f in facts if f.predicate == "date_of_birth"][0]
    assert dob.explanation.endswith(says)


@pytest.mark.parametrize("ages,known,says", KNOWN_BIRTHS)
def test_known_birth_date_is_said_against_the_window_not_put_in_its_place(ages, known, says):
    claims = [claim(f"c{k}", f"art{k}", "age", v, on, subject="a-keeper") for k, (v, on) in enumerate(ages)]
    plain = [f for f in reconcile(claims, PREDS)[0] if f.predicate == "date_of_birth"][0]
    facts, conflicts = reconcile(claims, PREDS, births={"a-keeper": known, "someone-else": known})
    dob = [f for f in facts if f.predicate == "date_of_birth"][0]
    assert dob.explanation.endswith(says)
    assert (dob.value, dob.status) == (plain.value, plain.status)
    assert all(c.reason.endswith(says) for c in conflicts if c.predicate == "date_of_birth")
    other = reconcile([dict(c, subject_id="b-winger") for c in claims], PREDS, births={"a-keeper": known})[0]
    assert "known birth" not in [f for f in other if f.predicate == "date_of_birth"][0].explanation


def test_changing_fact_latest_is_current_and_earlier_superseded():
    claims = [claim("a", "x", "league_position", "9", "2021-01-15", subject="celtic"),
              claim("b", "y", "league_position", "1", "2025-11-10", subject="celtic"),
              claim("c", "y", "league_position", "7", "2024-08-01", "2025-05-31", subject="celtic")]
    facts, _ = reconcile(claims, PREDS)
    by_value = {f.value: f.status for f in facts}
    assert by_value == {"1": "current", "9": "superseded", "7": "superseded"}
    assert [f.rank for f in facts if f.value == "1"] == ["preferred"]


def test_different_values_same_time_conflict():
    claims = [claim("a", "x", "league_position", "3", "2024-10-01", subject="celtic"),
              claim("b", "y", "league_position", "4", "2024-10-01", subject="celtic")]
    facts, conflicts = reconcile(claims, PREDS)
    assert {f.status for f in facts} == {"conflict"} and len(conflicts) == 1


def test_hypothetical_claim_never_becomes_a_fact():
    claims = [claim("a", "x", "appointed", "manager", "2025-01-01", obj="real-madrid", modality="hypothetical")]
    facts, _ = reconcile(claims, PREDS)
    assert facts == []


def test_every_fact_explains_itself_and_cites_claims():
    claims = [claim("a", "x", "age", "40", "2024-11-19"), claim("b", "y", "transfer", "liverpool", "2011-01-01",
                                                                  "2011-12-31", obj="chelsea")]
    facts, _ = reconcile(claims, PREDS)
    for f in facts:
        assert f.explanation.endswith(".") and f.supporting_claim_ids


def role(cid, article, predicate, team, start="", end="", kind="as_of", modality="asserted"):
    c = claim(cid, article, predicate, "head coach", start, end or start, subject="xabi-alonso", obj=team,
              modality=modality)
    c["time_kind"] = kind
    return c


def test_overlapping_tenures_are_flagged_not_merged():
    claims = [role("a", "x", "head_coach_of", "real-sociedad-b", "2022-08-01", "2023-05-31", kind="end"),
              role("b", "y", "appointed", "bayer-leverkusen", "2022-10-05", kind="start"),
              role("c", "z", "appointed", "bayer-leverkusen", "2021-01-01", "2021-12-31", kind="start")]
    facts, conflicts = reconcile(claims, PREDS)
    tenure = {f.object_id: f for f in facts if f.method == "tenure"}
    assert tenure["bayer-leverkusen"].status == "conflict" and tenure["real-sociedad-b"].status == "conflict"
    assert tenure["bayer-leverkusen"].valid_from == "2021-01-01"
    assert [k.reason for k in conflicts if "overlapping" in k.reason]


def test_consecutive_tenures_do_not_conflict():
    claims = [role("a", "x", "head_coach_of", "real-sociedad-b", "2022-08-01", "2023-05-31", kind="end"),
              role("b", "y", "appointed", "bayer-leverkusen", "2022-10-05", kind="start")]
    facts, conflicts = reconcile(claims, PREDS)
    assert not conflicts and {f.status for f in facts if f.method == "tenure"} == {"single_source"}


def test_reported_claim_does_not_outvote_asserted_one():
    claims = [claim("a", "x", "league_position", "3", "2024-10-01", subject="celtic"),
              claim("b", "y", "league_position", "4", "2024-10-01", subject="celtic", modality="reported")]
    facts, conflicts = reconcile(claims, PREDS)
    assert not conflicts
    (f,) = facts
    assert f.value == "3" and f.contradicting_claim_ids == "b" and "outweigh" in f.explanation


def test_near_duplicate_sources_count_once():
    claims = [claim("a", "x", "nationality", "Spain"), claim("b", "y", "nationality", "Spain")]
    claims[1]["source_group"] = "x"
    (f,), _ = reconcile(claims, PREDS)
    assert f.n_sources == 1 and f.status == "single_source"


def test_same_value_reported_twice_is_one_state():
    claims = [claim("a", "x", "points", "20", "2024-10-01", subject="celtic"),
              claim("b", "y", "points", "20", "2024-10-08", subject="celtic"),
              claim("c", "z", "points", "23", "2024-10-15", subject="celtic")]
    facts, _ = reconcile(claims, PREDS)
    assert [(f.value, f.status, f.valid_from, f.valid_to) for f in facts] == [
        ("20", "superseded", "2024-10-01", "2024-10-08"), ("23", "current", "2024-10-15", "2024-10-15")]


def test_a_later_appointment_elsewhere_is_not_an_overlap():
    claims = [role("a", "x", "appointed", "mk-dons", "2016-01-01", "2016-12-31", kind="start"),
              role("b", "y", "appointed", "rangers", "2018-05-01", kind="start")]
    facts, conflicts = reconcile(claims, PREDS)
    assert not conflicts


def test_a_tenure_never_starts_after_it_ends():
    # an in-post report dated after the departure (a stale "in charge of" read at a later article's date)
    claims = [role("a", "x", "head_coach_of", "atletico-madrid-u19", "2024-08-01", "2025-05-31", kind="end"),
              role("b", "y", "head_coach_of", "atletico-madrid-u19", "2025-01-01", "2025-12-31")]
    facts, _ = reconcile(claims, PREDS)
    tenure = next(f for f in facts if f.method == "tenure")
    assert not tenure.valid_from or tenure.valid_from <= tenure.valid_to


# --------------------------------------------------------------------------- memo of reconciled groups

class _Recording(dict):
    """A claim that notes every field read from it."""

    read: set = set()

    def __getitem__(self, key):
        _Recording.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        _Recording.read.add(key)
        return super().get(key, default)


def _mixed_claims():
    claims = [claim("a", "art1", "age", "49", "2020-06-01"), claim("b", "art2", "age", "52", "2023-09-10"),
              claim("c", "art3", "age", "60", "2024-03-01"),
              claim("d", "art1", "league_position", "3", "2024-01-01", subject="everton"),
              claim("e", "art2", "league_position", "5", "2024-01-01", subject="everton", modality="reported"),
              claim("f", "art2", "nationality", "spain"), claim("g", "art3", "nationality", "france"),
              claim("h", "art4", "transfer", "liverpool", "2011-01-01", obj="chelsea")]
    claims += [role("r1", "x", "head_coach_of", "real-sociedad-b", "2022-08-01", "2023-05-31", kind="end"),
               role("r2", "y", "appointed", "bayer-leverkusen", "2022-10-05", kind="start"),
               role("r3", "z", "appointed", "bayer-leverkusen", "2021-01-01", "2021-12-31", kind="start"),
               role("r4", "w", "left_role", "bayer-leverkusen", "2024-06-01", kind="end")]
    for c in claims:
        c.setdefault("time_kind", "as_of")
        c["source_group"] = c["article_id"]
        c["sentence"], c["rule_id"] = "unused", "unused"
    return claims


def test_reconciliation_reads_only_the_fields_its_memo_is_keyed_by():
    from pipeline.reconcile import CLAIM_FIELDS

    _Recording.read = set()
    reconcile([_Recording(c) for c in _mixed_claims()], PREDS)
    assert _Recording.read and _Recording.read <= set(CLAIM_FIELDS), _Recording.read - set(CLAIM_FIELDS)


def _rendered(facts, conflicts):
    from pipeline.cache import csv_bytes
    from pipeline.records import Conflict, Fact, columns, to_row

    return (csv_bytes(columns(Fact), map(to_row, facts), header=False),
            csv_bytes(columns(Conflict), map(to_row, conflicts), header=False))


def _joined(tables):
    return tuple(b"".join(t.parts) for t in tables)


def test_memoised_rows_equal_a_fresh_reconciliation(tmp_path):
    from pipeline.corpus import reconcile_memo, reconciled_rows

    claims = _mixed_claims()
    want = _rendered(*reconcile(claims, PREDS))
    assert want[0] and want[1]
    assert _joined(reconciled_rows(claims, PREDS)) == want
    path = tmp_path / "memo"
    memo = reconcile_memo(path, PREDS)
    assert _joined(reconciled_rows(claims, PREDS, memo)) == want
    memo.save()
    # a changed claim, a new one and a removed one: the memo's other groups are reused, the result
    # is still that of a fresh reconciliation
    changed = [dict(c) for c in claims if c["claim_id"] != "g"]
    changed[0]["value"] = "50"
    changed.append(role("r5", "v", "appointed", "rangers", "2022-01-01", kind="start") | {"source_group": "v"})
    memo = reconcile_memo(path, PREDS)
    before = len(memo)
    assert before
    assert _joined(reconciled_rows(changed, PREDS, memo)) == _rendered(*reconcile(changed, PREDS))
    assert 0 < memo.hits < before and memo.misses > 0  # reused the unchanged groups, rendered the others
    # a damaged memo file is only a miss
    path.write_bytes(b"\x00garbage")
    assert _joined(reconciled_rows(claims, PREDS, reconcile_memo(path, PREDS))) == want
