"""End-to-end: the engine over the seeds, the sample corpus, and incremental reruns."""
import csv
import gc
import shutil
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_CORPUS, SEEDS_DIR, Settings
from pipeline.run import MIN_TAIL_CHUNK, LockedError, _chunk_bounds, output_lock, run_extract
from tests.conftest import needs_seeds


def read(out: Path, name: str) -> list[dict]:
    with (out / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory, resources):
    if not SEEDS_DIR.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    out = tmp_path_factory.mktemp("seeds-out")
    run_extract(Settings(corpus_dir=SEEDS_DIR, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
    return out


def has(claims, **want):
    return [c for c in claims if all(c[k] == v for k, v in want.items())]


@needs_seeds
def test_seeds_headline_claims(seeds_out):
    claims = read(seeds_out, "claims.csv")
    torres = dict(subject_id="fernando-torres")
    assert has(claims, predicate="age", value="40", time_start="2024-11-19", time_end="2024-11-19", **torres)
    assert has(claims, predicate="age", value="41", **torres)
    assert has(claims, predicate="age", value="36", **torres)
    for pos in ("9", "1", "7"):
        assert [c for c in claims if c["subject_id"] == "atletico-madrid-b" and c["predicate"] == "league_position"
                and c["value"].split(" ")[0] == pos], pos
    assert has(claims, predicate="transfer", object_id="chelsea", value="liverpool", time_start="2011-01-01", **torres)
    assert has(claims, predicate="career_goals", value="81", **torres)
    assert has(claims, predicate="career_appearances", value="141", **torres)


@needs_seeds
def test_seeds_no_claim_asserted_from_poll_or_question(seeds_out):
    claims = read(seeds_out, "claims.csv")
    for c in claims:
        if c["sentence"].endswith("?") or "Konate" in c["sentence"]:
            assert c["modality"] == "hypothetical", c
    assert not [c for c in claims if "Konate" in c["sentence"] or "konate" in c["subject_id"]]


@needs_seeds
def test_seeds_birth_window_contains_real_birth_date(seeds_out):
    facts = read(seeds_out, "consolidated_claims.csv")
    dob = [f for f in facts if f["subject_id"] == "fernando-torres" and f["predicate"] == "date_of_birth"]
    assert len(dob) == 1
    lo, hi = dob[0]["value"].split("..")
    assert lo <= "1984-03-20" <= hi


@needs_seeds
def test_seeds_articles_dates(seeds_out):
    arts = {a["article_id"]: a for a in read(seeds_out, "articles.csv")}
    assert arts["002_11a47ff5ff3833b5"]["published"] == "2024-11-19"
    assert arts["002_11a47ff5ff3833b5"]["published_source"] == "metadata"
    assert arts["000_0ffd8e4cfd90dfbc"]["published"] == ""  # undated: never today's date


def test_sample_corpus_runs_and_writes_every_table(tmp_path, resources):
    out = tmp_path / "out"
    s = run_extract(Settings(corpus_dir=DEFAULT_CORPUS, out_dir=out), log=lambda m: None,
                    res_factory=lambda: resources)
    for name in ("articles.csv", "mentions.csv", "claims.csv", "consolidated_claims.csv", "conflicts.csv"):
        assert (out / name).exists()
    arts = read(out, "articles.csv")
    assert len(arts) == len(s.new) >= 10 and all(a["status"] == "ok" for a in arts)
    assert len(read(out, "claims.csv")) >= 60


NAMES = ["Marco Silvani", "Tomas Ekberg", "Luca Ferrante", "Joao Martins", "Pablo Reyes", "Ivan Petrov",
         "Oscar Lindqvist", "Rafael Costa"]


def _article(i: int) -> str:
    first, last = NAMES[i].split()
    return (f"{first} {last}, {20 + i}, joined Everton in 20{10 + i}. "
            f"{last} scored {i + 2} goals in {10 + i} appearances for Everton.\n")


def test_incremental_rerun_processes_only_new_or_changed(tmp_path, resources):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f" date 2023-0{i + 1}-10 " + _article(i))
    settings = Settings(corpus_dir=corpus, out_dir=out)
    logs: list[str] = []
    first = run_extract(settings, log=logs.append, res_factory=lambda: resources)
    assert (len(first.new), len(first.unchanged)) == (3, 0)
    (corpus / "a3.txt").write_text(" date 2023-05-01 " + _article(3))
    second = run_extract(settings, log=logs.append, res_factory=lambda: resources)
    assert second.line() == "1 new, 0 changed, 3 unchanged, 0 removed"
    assert "processing 1" in logs[-1]
    assert {c["article_id"] for c in read(out, "claims.csv")} == {"a0", "a1", "a2", "a3"}
    (corpus / "a0.txt").write_text(" date 2023-01-10 " + _article(7))  # edited
    (corpus / "a1.txt").unlink()  # removed
    third = run_extract(settings, log=logs.append, res_factory=lambda: resources)
    assert (len(third.changed), len(third.removed), len(third.unchanged)) == (1, 1, 2)
    claims = read(out, "claims.csv")
    assert "a1" not in {c["article_id"] for c in claims}
    assert has(claims, article_id="a0", predicate="age", value="27")
    assert not (out / "clean" / "a1.txt").exists()


def test_duplicate_text_under_two_names_counts_once(tmp_path, resources):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "one.txt").write_text(_article(1))
    (corpus / "two.txt").write_text(_article(1))
    out = tmp_path / "o"
    run_extract(Settings(corpus_dir=corpus, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
    arts = {a["article_id"]: a for a in read(out, "articles.csv")}
    assert arts["two"]["status"] == "skipped" and "duplicate of one" in arts["two"]["error"]
    assert {c["article_id"] for c in read(out, "claims.csv")} == {"one"}


def test_bad_files_get_a_reason_and_do_not_stop_the_run(tmp_path, resources):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(_article(2))
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(200)))
    (corpus / "spanish.txt").write_text("El equipo de Madrid ganó el partido contra el Barcelona por dos goles a "
                                         "uno en el estadio, y los aficionados celebraron en las calles de la ciudad "
                                         "durante toda la noche con cánticos y banderas del club." * 2)
    out = tmp_path / "o"
    run_extract(Settings(corpus_dir=corpus, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
    arts = {a["article_id"]: a for a in read(out, "articles.csv")}
    assert arts["good"]["status"] == "ok"
    assert arts["empty"]["status"] == "skipped" and "empty" in arts["empty"]["error"]
    assert arts["image"]["status"] == "error" and "binary" in arts["image"]["error"]
    assert arts["spanish"]["status"] == "skipped" and "not English" in arts["spanish"]["error"]


def test_second_run_on_same_outputs_is_refused_while_locked(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(LockedError):
            with output_lock(tmp_path):
                pass


@needs_seeds
def test_seeds_undated_articles_get_honest_intervals(seeds_out):
    arts = {a["article_id"]: a for a in read(seeds_out, "articles.csv")}
    a41 = arts["000_0ffd8e4cfd90dfbc"]  # calls Torres 41
    assert a41["published_min"] >= "2025-01-01" and a41["published_max"] <= "2025-12-31"
    a36 = arts["001_231d8acb93a0afed"]  # calls Torres 36
    assert a36["published_min"] <= "2021-01-01" and a36["published_max"] >= "2021-01-31"
    from datetime import date
    width = date.fromisoformat(a36["published_max"]) - date.fromisoformat(a36["published_min"])
    assert width.days <= 16 * 31
    assert a36["published_source"] in {"text", "corpus"} and a36["published_evidence"]


@needs_seeds
def test_seeds_reconciled_facts(seeds_out):
    facts = read(seeds_out, "consolidated_claims.csv")
    dob = [f for f in facts if f["subject_id"] == "fernando-torres" and f["predicate"] == "date_of_birth"][0]
    assert dob["status"] == "consistent" and dob["n_sources"] == "3"
    lo, hi = dob["value"].split("..")
    assert lo <= "1984-03-20" <= hi
    pos = {f["value"].split(" ")[0]: f["status"] for f in facts
           if f["subject_id"] == "atletico-madrid-b" and f["predicate"] == "league_position"}
    assert pos == {"1": "current", "9": "superseded", "7": "superseded"}
    assert not [k for k in read(seeds_out, "conflicts.csv") if k["predicate"] == "date_of_birth"]


def test_syndicated_copy_is_marked_and_counted_once(tmp_path, resources):
    corpus = tmp_path / "c"
    corpus.mkdir()
    body = _article(4) + "Reyes has been a regular for three seasons and fans hope he stays for many more.\n"
    (corpus / "wire.txt").write_text(" date 2024-03-01 " + body)
    (corpus / "copy.txt").write_text(" date 2024-03-02 Everton man Reyes on form\n" + body + "Share this story.\n")
    out = tmp_path / "o"
    run_extract(Settings(corpus_dir=corpus, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
    arts = {a["article_id"]: a for a in read(out, "articles.csv")}
    assert arts["copy"]["duplicate_of"] == "wire" and "near-duplicate" in arts["copy"]["warnings"]
    facts = read(out, "consolidated_claims.csv")
    assert facts and all(f["n_sources"] == "1" for f in facts if f["subject_id"] == "pablo-reyes")


def test_explain_prints_a_dated_timeline_with_evidence(seeds_out):
    from pipeline.explain import explain

    text = explain("El Nino", seeds_out)
    assert text.startswith("Fernando Torres (fernando-torres)")
    assert "date_of_birth" in text and "+ 002_11a47ff5ff3833b5 (2024-11-19)" in text
    with pytest.raises(LookupError):
        explain("Nobody At All", seeds_out)


def test_mentions_table_from_cached_fragments_equals_one_built_from_the_results(tmp_path, resources):
    """mentions.csv is streamed from per-article fragments: the same bytes as rendering every
    article's mentions, for fresh and for cached articles, and a lost fragment is rebuilt."""
    from pipeline.cache import csv_bytes
    from pipeline.records import Mention, columns

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f" date 2023-0{i + 1}-10 " + _article(i))
    settings = Settings(corpus_dir=corpus, out_dir=out)

    def expected() -> bytes:
        from pipeline.run import analyse_batch

        items = [((corpus / f"a{i}.txt").read_bytes(), f"a{i}.txt", f"a{i}") for i in range(3)]
        rows = [m for r in analyse_batch(items, resources, settings) if r.status == "ok" for m in r.mentions]
        return csv_bytes(columns(Mention), rows)

    run_extract(settings, log=lambda m: None, res_factory=lambda: resources)
    first = (out / "mentions.csv").read_bytes()
    assert first == expected() and first.count(b"\n") > 3
    for frag in (out / ".cache").rglob("*.mentions.csv"):
        frag.unlink()
        break
    again = run_extract(settings, log=lambda m: None, res_factory=lambda: resources)
    assert len(again.changed) + len(again.new) == 1  # the article whose fragment was lost
    assert (out / "mentions.csv").read_bytes() == first


def _tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in
            ("articles.csv", "mentions.csv", "claims.csv", "consolidated_claims.csv", "conflicts.csv")}


def test_incremental_runs_from_the_snapshot_and_memo_equal_fresh_runs(tmp_path, resources):
    """Reruns that read results from the snapshot and reconciled rows from the memo (also when
    those files are damaged or missing) write what a run from an empty output folder writes."""
    from pipeline.run import COMPLETED_MEMO_NAME, RECONCILE_MEMO_NAME, SNAPSHOT_NAME

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"a{i}.txt").write_text(f" date 2023-0{i + 1}-10 " + _article(i) + _article((i + 1) % 8))

    def fresh() -> dict[str, bytes]:
        ref = tmp_path / f"ref{len(list(tmp_path.iterdir()))}"
        run_extract(Settings(corpus_dir=corpus, out_dir=ref), log=lambda m: None, res_factory=lambda: resources)
        return _tables(ref)

    def rerun() -> dict[str, bytes]:
        run_extract(Settings(corpus_dir=corpus, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
        return _tables(out)

    assert rerun() == fresh()
    cache = out / ".cache"
    assert all((cache / name).exists() for name in (SNAPSHOT_NAME, RECONCILE_MEMO_NAME, COMPLETED_MEMO_NAME))
    (corpus / "a4.txt").write_text(" date 2023-06-01 " + _article(4) + _article(0))  # new
    assert rerun() == fresh()
    (corpus / "a1.txt").write_text(" date 2023-02-10 " + _article(6))  # changed
    (corpus / "a2.txt").unlink()  # removed
    assert rerun() == fresh()
    (cache / SNAPSHOT_NAME).write_bytes(b"\x00damaged")
    (cache / RECONCILE_MEMO_NAME).write_bytes(b"")
    (cache / COMPLETED_MEMO_NAME).write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert rerun() == fresh()
    (cache / COMPLETED_MEMO_NAME).unlink()  # claims read back from the snapshot, completed again
    assert rerun() == fresh()
    for name in (SNAPSHOT_NAME, RECONCILE_MEMO_NAME, COMPLETED_MEMO_NAME):
        (cache / name).unlink()
    assert rerun() == fresh()
    assert not any((cache / "scratch").iterdir())  # scratch files removed after writing


def test_stat_memo_skips_unchanged_files_and_notices_every_change(tmp_path, resources, monkeypatch):
    import os

    import pipeline.run as run
    from pipeline.run import SNAPSHOT_NAME, STAT_MEMO_NAME, read_stat_memo, scan

    monkeypatch.setattr(run, "STAT_MARGIN_NS", -10**12)  # files written just now count as settled
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f" date 2023-0{i + 1}-10 " + _article(i))
    settings = Settings(corpus_dir=corpus, out_dir=out)

    def rerun():
        summary = run_extract(settings, log=lambda m: None, res_factory=lambda: resources)
        ref = tmp_path / f"ref{len(list(tmp_path.iterdir()))}"
        run_extract(Settings(corpus_dir=corpus, out_dir=ref), log=lambda m: None, res_factory=lambda: resources)
        assert _tables(out) == _tables(ref)
        return summary

    rerun()
    memo = read_stat_memo(out / ".cache")
    assert set(memo) == {"a0.txt", "a1.txt", "a2.txt"} and (out / ".cache" / STAT_MEMO_NAME).exists()
    states = scan(settings, dict(memo))[0]
    assert all(st.lazy and st.raw == b"" for st in states)
    # same size, mtime put back: the change time still tells
    p = corpus / "a1.txt"
    before = p.stat()
    p.write_text(p.read_text().replace("Tomas", "Tamas"))
    os.utime(p, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert p.stat().st_size == before.st_size
    assert rerun().line() == "0 new, 1 changed, 2 unchanged, 0 removed"
    # a damaged cached result of a file the scan did not read: its bytes are read then
    states = scan(settings, read_stat_memo(out / ".cache"))[0]
    lazy = next(st for st in states if st.rel == "a2.txt")
    assert lazy.lazy
    cache_json = out / ".cache" / lazy.key[:2] / f"{lazy.key}.json"
    cache_json.write_text("{damaged", encoding="utf-8")
    (out / ".cache" / SNAPSHOT_NAME).unlink()
    rerun()
    assert {c["article_id"] for c in read(out, "claims.csv")} >= {"a2"}


# (articles, chunk size, workers) -> chunk bounds: full chunks, then, with workers, a shrinking tail
CHUNK_CASES = [
    (10, 32, 1, [(0, 10)]),
    (100, 32, 1, [(0, 32), (32, 64), (64, 96), (96, 100)]),
    (0, 32, 2, []),
    (150, 32, 2, [(0, 32), (32, 62), (62, 84), (84, 101), (101, 114), (114, 123), (123, 130), (130, 135),
                  (135, 139), (139, 143), (143, 147), (147, 150)]),
]


@pytest.mark.parametrize("n,size,workers,expected", CHUNK_CASES)
def test_chunk_bounds(n, size, workers, expected):
    assert list(_chunk_bounds(n, size, workers)) == expected


@pytest.mark.parametrize("n", [1, 5, 64, 127, 2000])
def test_chunk_bounds_cover_every_article_once(n):
    bounds = list(_chunk_bounds(n, 32, 2))
    assert [lo for lo, _ in bounds] == [0] + [hi for _, hi in bounds[:-1]]  # contiguous, in order
    assert bounds[-1][1] == n
    sizes = [hi - lo for lo, hi in bounds]
    assert all(a >= b for a, b in zip(sizes, sizes[1:-1]))  # never growing again
    assert all(MIN_TAIL_CHUNK <= k <= 32 for k in sizes[:-1])


def test_worker_processes_complete_claims_ahead_and_outputs_equal_one_process(tmp_path, resources, monkeypatch):
    """Workers complete dated articles' claims ahead (pipeline.corpus.completed_ahead); the corpus
    half then completes only the others: undated, dated by the manifest alone, a near-duplicate,
    one whose manifest row overrides its own date. Outputs are those of one process."""
    import pipeline.corpus as corpus_mod

    corpus = tmp_path / "c"
    shutil.copytree(DEFAULT_CORPUS, corpus)
    (corpus / "extra.txt").write_text(" date 2023-02-11 " + _article(4))
    (corpus / "overridden.txt").write_text(" date 2023-03-12 " + _article(5))
    (corpus / "undated.txt").write_text(_article(6))
    near = (corpus / "leverkusen-double.txt").read_text(encoding="utf-8")
    (corpus / "leverkusen-copy.txt").write_text(" date 2024-05-26 " + near + "\nPhoto: staff.\n")
    with (corpus / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write("overridden.txt,2023-04-01,,\n")
    one, two = tmp_path / "one", tmp_path / "two"
    run_extract(Settings(corpus_dir=corpus, out_dir=one), log=lambda m: None, res_factory=lambda: resources)
    completed_here = []
    real = corpus_mod.complete_claims

    def counting(claims, pub, group, rows):
        completed_here.append(group)
        return real(claims, pub, group, rows)

    monkeypatch.setattr(corpus_mod, "complete_claims", counting)  # the workers fork after: their calls are theirs
    run_extract(Settings(corpus_dir=corpus, out_dir=two, n_process=2), log=lambda m: None)
    for name in ("articles.csv", "claims.csv", "consolidated_claims.csv", "conflicts.csv", "mentions.csv"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    arts = {a["article_id"]: a for a in read(two, "articles.csv")}
    ok = [a for a, row in arts.items() if row["status"] == "ok"]
    dated_here = {a for a in ok if a in completed_here}
    assert {"undated", "overridden"} <= dated_here  # their keys differ from the workers' guess
    assert "extra" not in completed_here  # completed by a worker
    assert len(completed_here) < len(ok)
    assert gc.get_freeze_count() == 0  # the model's objects were frozen for the pool's life only


def test_one_process_run_leaves_no_object_frozen(tmp_path, resources, monkeypatch):
    """The model is frozen (out of the collector's way) during the run, and thawed after it."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(" date 2023-02-11 " + _article(i))
    frozen = []
    real = gc.freeze

    def freeze():
        real()
        frozen.append(gc.get_freeze_count())

    monkeypatch.setattr(gc, "freeze", freeze)
    run_extract(Settings(corpus_dir=corpus, out_dir=tmp_path / "o"), log=lambda m: None,
                res_factory=lambda: resources)
    assert frozen and frozen[0] > 0 and gc.get_freeze_count() == 0
