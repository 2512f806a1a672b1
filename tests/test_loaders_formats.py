"""Document formats, cleaning and bad input: every bad file is named with its reason, good files load, and
nothing from a bad file reaches the store."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from conftest import run_cli
from govkg.errors import LoadError
from govkg.loaders import LoadContext, read_source
from govkg.loaders.cleaning import clean, decode

GOOD_MINUTES = (
    "Minutes of the Safer Rugby Partnership meeting held on 2 February 2023\n\n"
    "Present: Councillor Tom Hale (Chair) and Mrs K Ng\n\n"
    "Apologies: Paul Ferris\n\n"
    "3. Hate crime\n\nThe Rugby Hate Crime Forum reported to the Safer Rugby Partnership.\n"
)


def make_pdf(lines: list[str]) -> bytes:
    """A small but valid one-page PDF with a text layer (Helvetica), offsets computed for the xref table."""
    stream = (
        "BT /F1 11 Tf 50 760 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
            for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_cleaning_removes_debris_and_keeps_content() -> None:
    raw = (
        "COUNCIL MEETING – $15^{TH}$ JULY 2015\n_\t-\t\t\n\u041f\t\u0438\t\u0131\tn\n"
        "<ul> <li>Act on Energy</li> <li>Youth Service</li> </ul>\n"
        "\u2022 Bullet one\n\u00b7 Bullet two\n"
        "The partner-\nship met in **October** and [read the plan](http://x.test/p.pdf).\n"
        "Priority\t\t\tProject\tAmount\nAll\tAnalyst\t£15,000\n"
    )
    text = clean(raw)
    assert "15TH JULY 2015" in text
    assert "\u041f" not in text and "_\t-" not in text
    assert "- Act on Energy" in text and "<li>" not in text and "</ul>" not in text
    assert "- Bullet one" in text and "- Bullet two" in text
    assert "partnership met in October and read the plan." in text
    assert "Priority\tProject\tAmount" in text and "All\tAnalyst\t£15,000" in text


def test_decode_falls_back_to_windows_1252_with_a_warning() -> None:
    text, warnings = decode("Caf\u00e9 \u2013 \u00a35k".encode("cp1252"))
    assert text == "Caf\u00e9 \u2013 \u00a35k"
    assert warnings and "Windows-1252" in warnings[0]
    assert decode(b"plain")[1] == []


def test_each_format_loads_with_the_same_facts(tmp_path: Path) -> None:
    lines = GOOD_MINUTES.strip().split("\n")
    files = {
        "m.txt": GOOD_MINUTES.encode(),
        "m.md": ("# " + GOOD_MINUTES).encode(),
        "m.html": (
            "<html><head><title>Safer Rugby</title><script>var x=1;</script></head><body>"
            + "".join(f"<p>{line}</p>" for line in lines)
            + "</body></html>"
        ).encode(),
        "m.pdf": make_pdf([line for line in lines if line]),
        "m.docx": make_docx([line for line in lines if line]),
    }
    results = {}
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        (doc,) = read_source(path, LoadContext())
        results[name] = {(f.relation, f.subject.name, f.object.name) for f in doc.facts}
        assert str(doc.date) == "2023-02-02", name
        assert "var x" not in doc.text
    expected = {
        ("chairs", "Tom Hale", "Safer Rugby Partnership"),
        ("attended", "Tom Hale", "Safer Rugby Partnership"),
        ("attended", "K Ng", "Safer Rugby Partnership"),
        ("apologies", "Paul Ferris", "Safer Rugby Partnership"),
        ("reports_to", "Rugby Hate Crime Forum", "Safer Rugby Partnership"),
    }
    for name, facts in results.items():
        assert expected <= facts, (name, facts)
        assert facts == results["m.txt"], name  # every format reads the same facts


def test_docx_tables_become_tab_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(
        make_docx(
            ["Kent County Council report", "Projects funded include:"],
            [["CSP Priority", "Project", "Amount"], ["All", "Analyst Post", "£9,000"]],
        )
    )
    (doc,) = read_source(path, LoadContext())
    assert "All\tAnalyst Post\t£9,000" in doc.text


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"   \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("truncated.pdf", make_pdf(["Minutes of the Board"])[:120], "PDF"),
        ("notpdf.pdf", b"hello, I am not a PDF at all", "not a PDF"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        ("truncated.docx", make_docx(["Minutes of the Board"])[:300], "DOCX"),
    ],
)
def test_bad_files_raise_load_error_naming_file_and_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        read_source(path, LoadContext())
    assert name in str(info.value) and reason in str(info.value)


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    with pytest.raises(LoadError, match="password-protected"):
        read_source(path, LoadContext())


def test_folder_of_good_and_bad_files(tmp_path: Path, cli_runner) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD_MINUTES, encoding="utf-8")
    (docs / "legacy.txt").write_bytes(GOOD_MINUTES.replace("Ng", "N\u00e9").encode("cp1252"))
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(os.urandom(4096))
    (docs / "cut.pdf").write_bytes(make_pdf(["Minutes"])[:150])
    (docs / "locked.pdf").write_bytes(_encrypted_pdf())
    (docs / "cut.docx").write_bytes(make_docx(["Minutes"])[:400])
    with (docs / "huge.txt").open("wb") as fh:  # 50 MB, sparse: refused by size before it is read
        fh.truncate(50 * 1024 * 1024)
    store = tmp_path / "store"
    result = run_cli(cli_runner, "load", "--store", str(store), str(docs))
    assert result.exit_code == 1
    out = result.output
    for bad, reason in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("cut.pdf", "PDF"),
        ("locked.pdf", "password-protected"),
        ("cut.docx", "DOCX"),
        ("huge.txt", "too large"),
    ]:
        line = next((ln for ln in out.splitlines() if bad in ln and "FAILED" in ln), None)
        assert line is not None and reason in line, (bad, out)
    assert "good.txt" in out and "legacy.txt" in out
    assert "Windows-1252" in out
    from govkg.graph.store import LocalStore

    s = LocalStore(store)
    try:
        sources = {r["src"] for r in s.select("SELECT ?src WHERE { ?d dcterms:source ?src }")}
        assert any(src.endswith("good.txt") for src in sources)
        assert not any(
            src.endswith(("empty.txt", "binary.txt", "cut.pdf", "locked.pdf", "cut.docx", "huge.txt"))
            for src in sources
        )
        assert s.ask("ASK { ?a gkg:relation 'chairs' ; rdf:subject ?p . ?p rdfs:label 'Tom Hale' }")
    finally:
        s.close()


def test_sidecar_and_command_line_date(tmp_path: Path) -> None:
    text = "Agenda item\n\nThe Board was asked to note the Prevent update and the Board agreed.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text)
    (tmp_path / "b.txt.meta.yaml").write_text("date: 2020-05-04\nbody: Safer Bath Partnership Board\n")
    (a,) = read_source(tmp_path / "a.txt", LoadContext())
    (b,) = read_source(tmp_path / "b.txt", LoadContext())
    assert a.date is None and any("no meeting date" in w for w in a.warnings)
    assert str(b.date) == "2020-05-04" and b.body.name == "Safer Bath Partnership Board"
    (c,) = read_source(tmp_path / "a.txt", LoadContext(date="2019"))
    assert c.date.year == 2019 and c.date_precision == "year"
    (tmp_path / "c.txt").write_text(text)
    (tmp_path / "c.txt.meta.yaml").write_text("when: yesterday\n")
    with pytest.raises(LoadError, match="unknown keys"):
        read_source(tmp_path / "c.txt", LoadContext())


def test_democracy_page_takes_body_and_date_from_its_title_and_skips_navigation(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Agenda item - Safer Communities Scrutiny Panel - 9 November "
        "2023</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li>Meetings</li></ul></nav><h1>Agenda item</h1>"
        "<div><h3>Minutes:</h3><p>The Coventry Hate Crime Forum reports to the Safer Coventry Partnership "
        "Board."
        "</p><p><strong>RESOLVED</strong> that the report be noted.</p></div></body></html>"
    )
    path = tmp_path / "item.html"
    path.write_text(page)
    (doc,) = read_source(path, LoadContext())
    # a generic body name takes the paper's area; the name as written stays an alias
    assert doc.body.name == "Coventry Safer Communities Scrutiny Panel" and str(doc.date) == "2023-11-09"
    assert "Safer Communities Scrutiny Panel" in doc.body.aliases
    assert "Home" not in doc.text
    facts = {(f.relation, f.subject.name, f.object.name) for f in doc.facts}
    assert ("reports_to", "Coventry Hate Crime Forum", "Safer Coventry Partnership Board") in facts


def test_wrapped_pdf_lines_rejoin_before_capitalised_words_but_items_stay_apart() -> None:
    raw = ("The Youth Offending Service Management Board reported to the\n"
           "Page 4 of 12\n"
           "Safer Somerset Partnership, which met in May.\n"
           "Present: Councillor Ann Lee (Chair) and\nMr T Shah\n- Domestic abuse\n- Rural crime\n")
    text = clean(raw)
    assert "reported to the Safer Somerset Partnership, which met in May." in text
    assert "- Domestic abuse\n- Rural crime" in text
