"""Ingest stage: find article files, read their bytes, decode them, and take
the publication date from metadata (manifest, front matter, a ` date ...` line).

``parse_article(raw, rel_path)`` is pure; ``discover`` and ``read_manifest`` do the I/O.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import ARTICLE_SUFFIXES, MANIFEST_NAME, MAX_ARTICLE_BYTES

#: ` date 2024-11-19 First sentence...` (the seeds' form): a date line that may carry the first sentence.
DATE_LINE = re.compile(r"\A[ \t\ufeff]*date[ \t]*:?[ \t]+(?P<value>\S+)[ \t]*\n?", re.IGNORECASE)
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0[1-9]|1[0-2])[/-](?P<d>0[1-9]|[12]\d|3[01])(?:/|-|$)")

#: Control characters (other than tab, newline, carriage return, form feed) that mark a binary file.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
_CONTROL_BYTES = bytes(sorted(_CONTROL))


@dataclass
class ManifestRow:
    path: str
    published: str = ""
    url: str = ""
    source: str = ""


@dataclass
class Ingested:
    """One input file after ingest: its text body and what metadata said."""

    article_id: str
    path: str
    sha256: str
    body: str = ""
    status: str = "ok"
    error: str = ""
    published: date | None = None
    published_evidence: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)


def discover(corpus_dir: Path) -> tuple[list[Path], list[str]]:
    """Article files under corpus_dir, sorted by relative path, and warnings
    (symlink loops, unreadable folders). Never follows a link out of a loop."""
    found: list[Path] = []
    warnings: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()

    def onerror(err: OSError):
        warnings.append(f"{err.filename}: cannot list folder ({err.strerror})")

    for root, dirs, files in os.walk(corpus_dir, followlinks=True, onerror=onerror):
        try:
            st = os.stat(root)
        except OSError as exc:
            warnings.append(f"{root}: {exc.strerror}")
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            warnings.append(f"{Path(root).relative_to(corpus_dir)}: symlink loop, skipped")
            dirs[:] = []
            continue
        seen_dirs.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(root) / name
            kind = _special_kind(path)
            if kind:  # reading a FIFO would block the run forever; a device or socket is no article
                warnings.append(f"{path.relative_to(corpus_dir).as_posix()}: skipped: not a regular file ({kind})")
                continue
            found.append(path)
    found.sort(key=lambda p: p.relative_to(corpus_dir).as_posix())
    return found, warnings


def _special_kind(path: Path) -> str:
    """'FIFO', 'socket' or 'device' for such a path (after following links); '' for a
    regular file, and for a path that cannot be stat'ed (its read reports the reason)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return ""


def read_manifest(corpus_dir: Path) -> tuple[dict[str, ManifestRow], list[str]]:
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}, []
    rows: dict[str, ManifestRow] = {}
    warnings: list[str] = []
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                return {}, [f"{MANIFEST_NAME}: no 'path' column, ignored"]
            for n, row in enumerate(reader, 2):
                p = (row.get("path") or "").strip()
                if not p:
                    warnings.append(f"{MANIFEST_NAME}:{n}: empty path, row ignored")
                    continue
                rows[Path(p).as_posix()] = ManifestRow(
                    p, (row.get("published") or "").strip(), (row.get("url") or "").strip(),
                    (row.get("source") or "").strip(),
                )
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        warnings.append(f"{MANIFEST_NAME}: unreadable ({exc}), ignored")
    return rows, warnings


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def article_ids(paths: list[str]) -> dict[str, str]:
    """Stable ids: the file name without extension; the relative path when two files share a name."""
    stems: dict[str, int] = {}
    for p in paths:
        stems[Path(p).stem] = stems.get(Path(p).stem, 0) + 1
    out = {}
    for p in paths:
        stem = Path(p).stem
        out[p] = stem if stems[stem] == 1 else Path(p).with_suffix("").as_posix().replace("/", "__")
    return out


def decode(raw: bytes) -> tuple[str | None, str, str]:
    """(text, encoding, problem): UTF-8 with or without BOM, UTF-32/UTF-16 with BOM,
    UTF-16 without BOM (NUL every other byte), else cp1252 with a note; None and a
    reason for a binary file. A problem next to a text is a warning, never a refusal."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc, ""
            except UnicodeDecodeError:
                label = enc.replace("-sig", "").upper()
                return raw.decode(enc, errors="replace"), enc, f"invalid {label} bytes replaced"
    sample = raw[:4096]
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte NUL in mostly-ASCII text (odd bytes: little-endian)
        half = len(sample) / 2
        for enc, zeros in (("utf-16-le", sample[1::2].count(0)), ("utf-16-be", sample[0::2].count(0))):
            if len(sample) > 8 and zeros > 0.4 * half:
                try:
                    return raw.decode(enc), enc, ""
                except UnicodeDecodeError:
                    pass
        return None, "", "binary file (NUL bytes)"
    # control bytes counted as what deleting them removes (a C loop, not a Python one a byte)
    if sample and len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > 0.05 * len(sample):
        return None, "", "binary file (control characters)"
    try:
        return raw.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252", "not valid UTF-8, read as cp1252"


def parse_iso(value: str) -> date | None:
    m = ISO_DATE.match(value.strip().strip("'\"")[:10])
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def date_from_url(url: str) -> date | None:
    m = URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def parse_article(raw: bytes, rel_path: str, article_id: str) -> Ingested:
    """Decode the bytes and split in-file metadata (front matter, date line, URL)
    from the body. Depends on the bytes only, so its result can be cached by
    their hash; the manifest is applied later (:func:`apply_manifest`). Never
    raises on content."""
    art = Ingested(article_id=article_id, path=rel_path, sha256=sha256(raw))
    if len(raw) > MAX_ARTICLE_BYTES:
        art.status, art.error = "error", f"file too large ({len(raw)} bytes > {MAX_ARTICLE_BYTES})"
        return art
    text, enc, problem = decode(raw)
    art.encoding = enc
    if text is None:
        art.status, art.error = "error", problem
        return art
    if problem:
        art.warnings.append(problem)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta_date: date | None = None
    evidence = ""
    fm = FRONT_MATTER.match(text)
    if fm:
        fields: dict[str, str] = {}
        for line in fm.group("body").splitlines():
            m = FRONT_FIELD.match(line)
            if m:
                fields[m.group("key").lower()] = m.group("value").strip().strip("'\"")
            elif line.strip():
                art.warnings.append(f"front matter line not understood: {line.strip()[:40]!r}")
        art.title, art.url = fields.get("title", ""), fields.get("url", "")
        if "date" in fields:
            meta_date = parse_iso(fields["date"])
            if meta_date is None:
                art.warnings.append(f"front matter date {fields['date']!r} is not an ISO date; ignored")
            else:
                evidence = f"front matter date: {fields['date']}"
        text = text[fm.end():]
    elif text.lstrip().startswith("---") and text.count("---") == 1:
        art.warnings.append("front matter is not closed with '---'; read as text")
    dl = DATE_LINE.match(text)
    if dl:
        value = dl.group("value")
        d = parse_iso(value)
        if d is None:
            art.warnings.append(f"date line {value!r} is not an ISO date; ignored")
        elif meta_date is None:
            meta_date, evidence = d, f"date line: {value}"
        text = text[dl.end():]
    if meta_date is None and art.url:
        d = date_from_url(art.url)
        if d is not None:
            meta_date, evidence = d, f"date in URL: {art.url}"
    art.published, art.published_evidence = meta_date, evidence
    art.body = text
    return art


def apply_manifest(published: str, evidence: str, url: str, row: ManifestRow | None) -> tuple[str, str, str, str, list[str]]:
    """(published ISO, evidence, url, source, warnings) once the manifest row is
    taken into account: a manifest date wins over in-file metadata, then a date in its URL."""
    if row is None:
        return published, evidence, url, "", []
    warnings = []
    url = row.url or url
    if row.published:
        d = parse_iso(row.published)
        if d is None:
            warnings.append(f"manifest date {row.published!r} is not an ISO date; ignored")
        else:
            return d.isoformat(), f"manifest: {row.published}", url, row.source, warnings
    if not published and row.url:
        d = date_from_url(row.url)
        if d is not None:
            return d.isoformat(), f"date in URL: {row.url}", url, row.source, warnings
    return published, evidence, url, row.source, warnings
