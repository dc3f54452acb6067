"""Tests for pipeline.eval_timex: the TimeML parser and the TempEval-3 scorer."""
from datetime import date

import pytest

from pipeline.config import TEMPEVAL_DIR
from pipeline.eval_timex import Timex, match, parse_tml, report, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Smith &amp; Jones <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_tml_text_offsets_and_dct():
    doc = parse_tml(TML)
    assert doc.doc_id == "tiny"
    assert doc.dct == date(2013, 3, 22)
    assert "<" not in doc.text and "Smith & Jones met on Wednesday" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.gold] == [
        ("Wednesday", "DATE", "2013-03-20"), ("two hours", "DURATION", "PT2H")]
    for t in doc.gold:
        assert doc.text[t.start:t.end] == t.text


def T(start, end, type_="DATE", value="X", text=""):
    return Timex(start, end, text, type_, value)


def test_strict_vs_relaxed_spans():
    gold = [T(0, 10, value="2013"), T(20, 30, value="P1Y", type_="DURATION")]
    system = [T(0, 10, value="2013"), T(22, 30, value="P2Y", type_="DURATION"), T(40, 45)]
    res = score([(gold, system)])
    assert res["strict"] == pytest.approx({"p": 1 / 3, "r": 1 / 2, "f1": 0.4})
    assert res["relaxed"] == pytest.approx({"p": 2 / 3, "r": 1.0, "f1": 0.8})
    assert res["type_accuracy"] == 1.0
    assert res["value_accuracy"] == 0.5
    assert res["value"] == pytest.approx({"p": 1 / 3, "r": 1 / 2, "f1": 0.4})
    assert res["value_errors"][0] == (("P1Y", "P2Y", ""), 1)


def test_value_needs_overlap_and_identical_value():
    gold = [T(0, 5, value="2013-03-20")]
    assert score([(gold, [T(6, 9, value="2013-03-20")])])["value"]["f1"] == 0.0
    assert score([(gold, [T(3, 9, value="2013-03-20")])])["value"]["f1"] == 1.0


def test_matching_is_one_to_one_and_prefers_exact_spans():
    gold = [T(0, 10)]
    system = [T(0, 4), T(0, 10)]
    pairs = match(gold, system)
    assert pairs == [(gold[0], system[1])]
    res = score([(gold, system)])
    assert res["relaxed"]["p"] == 0.5 and res["relaxed"]["r"] == 1.0


def test_empty_inputs_score_zero():
    res = score([([], [])])
    assert res["value"]["f1"] == 0.0 and res["relaxed"]["f1"] == 0.0


def test_report_mentions_figures_and_errors():
    res = score([([T(0, 4, value="2013", text="2013")], [T(0, 4, value="2012", text="2013")])])
    res["split"] = "tiny"
    text = report(res)
    assert "strict span" in text and "relaxed span" in text and "2013 -> 2012" in text


def test_eval_timex_command_reports_every_split(monkeypatch):
    """`pipeline eval-timex` prints one block per split (it once handed report() a dict of splits)."""
    from typer.testing import CliRunner

    from pipeline import eval_timex
    from pipeline.cli import app

    def fake_evaluate(split):
        res = score([([T(0, 4, value="2013", text="2013")], [T(0, 4, value="2013", text="2013")])])
        res.update(split=split, n_docs=1)
        return res

    monkeypatch.setattr(eval_timex, "evaluate", fake_evaluate)
    out = CliRunner().invoke(app, ["eval-timex"])
    assert out.exit_code == 0, out.output
    assert "== train: 1 docs" in out.output and "== platinum: 1 docs" in out.output


@pytest.mark.skipif(not (TEMPEVAL_DIR / "platinum").exists(), reason="TempEval-3 data not present")
def test_parse_one_real_platinum_file():
    path = sorted((TEMPEVAL_DIR / "platinum").glob("*.tml"))[0]
    doc = parse_tml(path.read_text(encoding="utf-8"), path.stem)
    assert doc.dct is not None and doc.dct.year == 2013
    assert doc.gold
    for t in doc.gold:
        assert doc.text[t.start:t.end] == t.text
        assert t.type in {"DATE", "TIME", "DURATION", "SET"} and t.value
