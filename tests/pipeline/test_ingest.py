from datetime import date

import pytest

from pipeline.ingest import ManifestRow, apply_manifest, article_ids, decode, discover, parse_article

META_CASES = [
    # (raw text, expected published, expected body start, warning fragment)
    (" date 2023-04-02 Arsenal won again.", date(2023, 4, 2), "Arsenal won again.", ""),
    ("date: 2022-01-09\nLampard was sacked.", date(2022, 1, 9), "Lampard was sacked.", ""),
    ("---\ndate: 2019-12-20\ntitle: Arteta named\n---\nMikel Arteta was appointed.", date(2019, 12, 20), "Mikel Arteta", ""),
    ("---\ndate: '2021-05-01'\n---\nText.", date(2021, 5, 1), "Text.", ""),
    (" date 2024-13-45 Broken date line.", None, "Broken date line.", "not an ISO date"),
    ("---\ndate: yesterday\n---\nBody.", None, "Body.", "not an ISO date"),
    ("No metadata at all, dated nowhere.", None, "No metadata", ""),
    ("Up-to-date football news: the date is unknown.", None, "Up-to-date", ""),
]


@pytest.mark.parametrize("raw,published,body,warning", META_CASES)
def test_metadata(raw, published, body, warning):
    art = parse_article(raw.encode(), "a.txt", "a")
    assert art.status == "ok"
    assert art.published == published
    assert art.body.startswith(body)
    if warning:
        assert any(warning in w for w in art.warnings)


DECODE_CASES = [
    ("Café Atlético".encode("utf-8"), "Café Atlético", "utf-8"),
    (b"\xef\xbb\xbfBOM text", "BOM text", "utf-8-sig"),
    ("UTF-16 text".encode("utf-16"), "UTF-16 text", "utf-16"),
    ("Caf\u00e9".encode("cp1252"), "Café", "cp1252"),
]


@pytest.mark.parametrize("raw,text,encoding", DECODE_CASES)
def test_decode(raw, text, encoding):
    got, enc, _ = decode(raw)
    assert got == text and enc == encoding


def test_binary_file_is_an_error_with_reason():
    art = parse_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "img.txt", "img")
    assert art.status == "error" and "binary" in art.error


def test_manifest_wins_over_date_line():
    pub, ev, url, src, warn = apply_manifest("2020-01-01", "date line", "", ManifestRow("a.txt", "2021-02-03", "", "X"))
    assert (pub, src) == ("2021-02-03", "X") and "manifest" in ev


def test_manifest_url_date():
    pub, ev, *_ = apply_manifest("", "", "", ManifestRow("a.txt", "", "https://example.org/2022/08/14/story", ""))
    assert pub == "2022-08-14"


def test_article_ids_disambiguate_same_stem():
    ids = article_ids(["a/x.txt", "b/x.txt", "y.md"])
    assert ids == {"a/x.txt": "a__x", "b/x.txt": "b__x", "y.md": "y"}


def test_discover_survives_symlink_loop(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "notes.csv").write_text("x")
    files, warnings = discover(tmp_path)
    assert [f.name for f in files] == ["a.txt"]
    assert any("loop" in w for w in warnings)
