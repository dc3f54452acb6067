"""The bench's corpus generator is reproducible and varied; a tiny bench run writes every key."""
import json

import pytest

from pipeline import bench


@pytest.fixture(scope="module")
def pool():
    return bench.source_pool()


def _texts(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_generator_is_reproducible_for_a_seed(tmp_path, pool):
    bench.generate_corpus(tmp_path / "a", 30, seed=3, pool=pool)
    bench.generate_corpus(tmp_path / "b", 30, seed=3, pool=pool)
    bench.generate_corpus(tmp_path / "c", 30, seed=4, pool=pool)
    a, b, c = _texts(tmp_path / "a"), _texts(tmp_path / "b"), _texts(tmp_path / "c")
    assert a == b
    assert a != c
    # extending a corpus gives the same articles as generating it at once
    bench.generate_corpus(tmp_path / "d", 20, seed=3, pool=pool)
    bench.generate_corpus(tmp_path / "d", 10, seed=3, start=20, pool=pool)
    assert _texts(tmp_path / "d") == a


def test_generator_yields_varied_articles(tmp_path, pool):
    bench.generate_corpus(tmp_path, 60, seed=7, pool=pool)
    texts = _texts(tmp_path)
    assert len(set(texts.values())) == 60
    words = [len(t.split()) for t in texts.values()]
    assert min(words) >= 250 and 400 <= sum(words) / len(words) <= 700
    assert any(n.endswith(".md") and t.startswith("---\ntitle:") for n, t in texts.items())
    assert any(t.startswith(" date ") for t in texts.values())
    assert any(n.endswith(".txt") and not t.startswith(" date ") for n, t in texts.items())
    # names, clubs and years are substituted: many different ones, not only the sample's
    joined = "\n".join(texts.values())
    assert sum(last in joined for last in bench.LAST_NAMES) >= 15
    assert len(set(__import__("re").findall(r"\b20[0-2]\d\b", joined))) >= 10
    first_sentences = {t.split("\n\n")[1][:60] for t in texts.values()}
    assert len(first_sentences) >= 50


def test_tiny_bench_writes_every_key(tmp_path):
    lines: list[str] = []
    table = bench.main(n_articles=12, seed=1, out_dir=tmp_path, log=lines.append, repeat=2)
    # the pairs run in ABBA order: full, baseline, then baseline, full
    order = [m.split()[0] for m in lines if m.startswith(("full run", "baseline nlp.pipe 1", "baseline nlp.pipe 2"))]
    assert order == ["full", "baseline", "baseline", "full"], lines
    data = json.loads((tmp_path / "bench.json").read_text())
    for key in ("words", "baseline", "full", "throughput_ratio", "throughput_ratio_per_article_half",
                "incremental", "memory", "scaling", "targets"):
        assert key in data, key
    assert data["full"]["processed"] == 12
    # the figure is the median of the side-by-side ratios (of two: their mean)
    assert len(data["paired_ratios"]) == 2 and len(data["runs_seconds"]["incremental"]) == bench.INCREMENTAL_RUNS == 3
    assert abs(data["throughput_ratio"] - sum(data["paired_ratios"]) / 2) <= 0.002
    assert data["cpu_ratio"] > 0 and all(x > 0 for x in data["cpu_seconds"]["full"])
    import statistics  # the incremental figure is the median of its runs
    assert abs(data["incremental"]["seconds"] - statistics.median(data["runs_seconds"]["incremental"])) <= 0.01
    assert data["incremental"]["processed"] == 1 and data["incremental"]["unchanged"] == 12
    assert len(data["memory"]["peak_rss_tree_mb"]) == 2 and all(m > 0 for m in data["memory"]["peak_rss_tree_mb"])
    assert set(data["scaling"]["words_per_second"]) >= {"1"}
    assert "throughput ratio" in table and "incremental ratio" in table and "peak RSS" in table
