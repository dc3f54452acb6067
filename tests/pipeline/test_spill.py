"""Claims spilled to disk come back grouped exactly as the in-memory grouping groups them."""
import os

import pytest

from pipeline.corpus import reconciled_rows
from pipeline.reconcile import CLAIM_FIELDS, claim_groups, reconcile, roles_by_person, usable_claims
from pipeline.spill import ClaimSpill
from tests.pipeline.test_reconcile import PREDS, _joined, _mixed_claims, _rendered, claim, role


def _claims():
    claims = _mixed_claims()
    # keys that sort differently as bytes and as text would (non-ASCII ids), events with values,
    # and claims of one group spread over articles
    claims += [claim("u1", "art5", "age", "33", "2021-01-01", subject="\u00e9mile-smith"),
               claim("u2", "art6", "age", "34", "2022-01-01", subject="\u00e9mile-smith"),
               claim("u3", "art5", "age", "30", "2021-01-01", subject="zoe-\u0141ukasz"),
               claim("u4", "art6", "transfer", "2019", "2019-07-01", obj="\u00f6ster"),
               claim("u5", "art5", "transfer", "2019", "2019-07-01", obj="oster"),
               role("u6", "art6", "head_coach_of", "\u00e9vian", "2020-01-01", kind="as_of"),
               role("u7", "art5", "appointed", "\u00e9vian", "2019-06-01", kind="start")]
    for c in claims:
        c.setdefault("time_kind", "as_of")
        c.setdefault("source_group", c["article_id"])
    return claims


def _fields(cs):
    return [tuple(c.get(f) for f in CLAIM_FIELDS) for c in cs]


@pytest.mark.parametrize("folder", [None, "scratch"])
def test_spilled_groups_and_roles_equal_the_in_memory_ones(tmp_path, folder):
    usable = usable_claims(_claims())
    with ClaimSpill(PREDS, tmp_path / folder if folder else None) as spill:
        spill.add(usable[:5])
        spill.add(usable[5:])
        got = [(k, ClaimSpill.as_tuples(g)) for k, g in spill.groups()]
        want = [(k, _fields(g)) for k, g in sorted(claim_groups(usable, PREDS).items())]
        assert got == want
        got_roles = [(p, [(k, ClaimSpill.as_tuples(cs)) for k, cs in roles]) for p, roles in spill.roles()]
        want_roles = [(p, [(k, _fields(cs)) for k, cs in roles]) for p, roles in roles_by_person(usable)]
        assert got_roles == want_roles and got_roles
        assert ClaimSpill.as_claims(next(spill.groups())[1]) == [{f: c.get(f) for f in CLAIM_FIELDS} for c in claim_groups(usable, PREDS)[got[0][0]]]
        path = spill.path
    assert not os.path.exists(path)  # the scratch file is removed on closing


def test_rows_rendered_into_scratch_files_equal_rows_in_memory(tmp_path):
    claims = _claims()
    want = _rendered(*reconcile(claims, PREDS))
    assert _joined(reconciled_rows(claims, PREDS)) == want
    facts, conflicts = reconciled_rows(claims, PREDS, folder=tmp_path)
    assert all(isinstance(p, type(tmp_path)) for p in facts.parts + conflicts.parts)
    assert (facts.parts[0].read_bytes(), conflicts.parts[0].read_bytes()) == want
    assert facts.count > 0 and conflicts.count > 0


def test_tenures_rendered_in_a_second_process_equal_rows_rendered_in_one(tmp_path, monkeypatch):
    """A first run over a large corpus renders the tenures in a forked process: same rows, same
    order, the same memo entries for the next run."""
    import pipeline.corpus as corpus
    from pipeline.cache import Memo

    claims = _claims()
    want = _rendered(*reconcile(claims, PREDS))
    one_memo = Memo(tmp_path / "one.sqlite", "v")
    one = corpus.reconciled_rows(claims, PREDS, one_memo, tmp_path / "one")
    assert b"".join(p.read_bytes() for p in one[0].parts) == want[0]
    monkeypatch.setattr(corpus, "PARALLEL_MIN_CLAIMS", 1)
    # threads other tests leave (a Dask client's) would keep it to one process: none that matter here
    monkeypatch.setattr("threading.active_count", lambda: 1)
    started = []
    real_start = corpus._TenuresElsewhere.start
    monkeypatch.setattr(corpus._TenuresElsewhere, "start",
                        classmethod(lambda cls, *a: started.append(1) or real_start(*a)))
    two_memo = Memo(tmp_path / "two.sqlite", "v")
    facts, conflicts = corpus.reconciled_rows(claims, PREDS, two_memo, tmp_path / "two")
    assert started  # it did take the two-process path
    assert len(facts.parts) == 2 and len(conflicts.parts) == 2  # this process's rows, then the other's
    assert (b"".join(p.read_bytes() for p in facts.parts), b"".join(p.read_bytes() for p in conflicts.parts)) == want
    assert (facts.count, conflicts.count) == (one[0].count, one[1].count)
    assert dict(two_memo.pending_items()) == dict(one_memo.pending_items()) and one_memo.pending_items()
    two_memo.save()

    # a later run, one claim more: the other process reads the memo's file (read-only) and hands
    # back what it put and what it found, so the memo ends as a one-process run leaves it
    more = claims + [role("x1", "art7", "head_coach_of", "\u00e9vian", "2023-01-01", kind="as_of")]
    more[-1].update(time_kind="as_of", source_group="art7")
    want_more = _rendered(*reconcile(more, PREDS))
    started.clear()
    warm = Memo(tmp_path / "two.sqlite", "v")
    facts, conflicts = corpus.reconciled_rows(more, PREDS, warm, tmp_path / "three")
    assert started and warm.hits > 0
    assert (b"".join(p.read_bytes() for p in facts.parts), b"".join(p.read_bytes() for p in conflicts.parts)) == want_more
    warm.save()
    again = Memo(tmp_path / "two.sqlite", "v")  # every entry the last run used or put is there
    monkeypatch.setattr(corpus, "PARALLEL_MIN_CLAIMS", 10 ** 9)
    again_rows = corpus.reconciled_rows(more, PREDS, again, None)
    assert _joined(again_rows) == want_more and again.misses == 0 and again.hits > 0


def test_a_failing_second_process_leaves_the_tenures_to_this_one(tmp_path, monkeypatch):
    import pipeline.corpus as corpus

    claims = _claims()
    want = _rendered(*reconcile(claims, PREDS))
    monkeypatch.setattr(corpus, "PARALLEL_MIN_CLAIMS", 1)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    parent, real = os.getpid(), corpus._render_tenures
    forked = []
    real_start = corpus._TenuresElsewhere.start
    monkeypatch.setattr(corpus._TenuresElsewhere, "start",
                        classmethod(lambda cls, *a: forked.append(1) or real_start(*a)))

    def fails_elsewhere(*args):
        if os.getpid() != parent:
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(corpus, "_render_tenures", fails_elsewhere)
    facts, conflicts = corpus.reconciled_rows(claims, PREDS, None, tmp_path)
    assert (b"".join(p.read_bytes() for p in facts.parts), b"".join(p.read_bytes() for p in conflicts.parts)) == want
    assert forked  # the two-process path was tried
    assert sorted(tmp_path.iterdir()) == sorted(facts.parts + conflicts.parts)  # the failed process's files are gone
