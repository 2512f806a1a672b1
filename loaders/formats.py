"""Raw text out of each document format: plain text and Markdown, HTML, PDF (text layer) and DOCX.

Each reader takes the file's bytes and returns (text, warnings), or raises LoadError with a reason an
officer can act on (empty, binary, password-protected, damaged). Readers are looked up by suffix.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser

from ..errors import LoadError
from .cleaning import decode, looks_binary

Reader = Callable[[str, bytes], tuple[str, list[str]]]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted Office files are OLE containers, not zips


def read_text(source: str, data: bytes) -> tuple[str, list[str]]:
    if looks_binary(data):
        raise LoadError(source, "binary data, not text (is the file extension right?)")
    return decode(data)


class _HTMLText(HTMLParser):
    """Visible text of an HTML page with one line per block, table cells separated by tabs."""

    _BLOCKS = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "ul",
        "ol",
        "dt",
        "dd",
        "title",
        "caption",
    }
    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._title_open = False
        self.title: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._title_open = True
        if tag in self._SKIP:
            self._skip += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._title_open = False
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._title_open and not self.title:
            self.title = data.strip() or None
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def read_html(source: str, data: bytes) -> tuple[str, list[str]]:
    text, warnings = read_text(source, data)
    parser = _HTMLText()
    try:
        parser.feed(text)
        parser.close()
    except Exception as e:  # html.parser is lenient; anything it still rejects is a damaged page
        raise LoadError(source, f"cannot parse HTML: {e}") from None
    body = "".join(parser.parts)
    body = "\n".join(line.strip(" ") for line in body.split("\n"))
    if parser.title:
        # democracy pages put the committee and meeting date in <title>: keep it as the first line
        body = parser.title + "\n\n" + body
    return body, warnings


def read_pdf(source: str, data: bytes) -> tuple[str, list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError(source, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                raise LoadError(source, "password-protected PDF; save an unprotected copy to load it")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except LimitReachedError:
        # pypdf stops inflating a stream past its output limits (tens of MB), so a bomb costs nothing
        raise LoadError(
            source, "a stream of the PDF expands past the size govkg reads (is it a decompression bomb?)"
        ) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError) as e:
        raise LoadError(source, f"damaged or truncated PDF ({e})") from None
    except Exception as e:  # pypdf raises assorted errors on broken object streams
        raise LoadError(source, f"damaged or truncated PDF ({type(e).__name__}: {e})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise LoadError(source, "the PDF has no text layer (scanned images need OCR first)")
    return text, []


# What a DOCX package may expand to, checked from the zip directory before any part is read (python-docx
# reads every part whole; zipfile never inflates a part past the size its directory declares). A long
# council report is a few MB of XML; a 3 MB bomb of repeated paragraphs declares a gigabyte.
ZIP_MAX_MEMBERS = 5_000
ZIP_MAX_TOTAL = 256 * 2**20
ZIP_MAX_XML_PART = 48 * 2**20
ZIP_MAX_RATIO = 100  # for parts over ZIP_RATIO_FROM: XML compresses 5-20 times, images hardly at all
ZIP_RATIO_FROM = 2**20


def check_zip(source: str, data: bytes, kind: str = "DOCX") -> None:
    """Refuse (LoadError) a zip package whose parts would expand past the limits above."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise LoadError(source, f"not a valid {kind} (damaged zip package: {e})") from None
    if len(members) > ZIP_MAX_MEMBERS:
        raise LoadError(
            source, f"the {kind} package has {len(members):,} parts; govkg reads at most {ZIP_MAX_MEMBERS:,}"
        )
    total = sum(m.file_size for m in members)
    if total > ZIP_MAX_TOTAL:
        raise LoadError(
            source, f"the {kind} would expand to {total / 2**20:,.0f} MB; govkg reads at most "
            f"{ZIP_MAX_TOTAL // 2**20} MB (is it a decompression bomb?)",
        )
    for m in members:
        xml = m.filename.lower().endswith((".xml", ".rels"))
        if xml and m.file_size > ZIP_MAX_XML_PART:
            raise LoadError(
                source, f"part {m.filename} of the {kind} is {m.file_size / 2**20:,.0f} MB of XML; govkg reads at "
                f"most {ZIP_MAX_XML_PART // 2**20} MB per part (split the document)",
            )
        if m.file_size > ZIP_RATIO_FROM and m.file_size > ZIP_MAX_RATIO * max(m.compress_size, 1):
            raise LoadError(
                source, f"part {m.filename} of the {kind} expands {m.file_size // max(m.compress_size, 1):,} times "
                f"(to {m.file_size / 2**20:,.0f} MB); govkg refuses more than {ZIP_MAX_RATIO} times "
                "(is it a decompression bomb?)",
            )


def read_docx(source: str, data: bytes) -> tuple[str, list[str]]:
    import docx

    if data.startswith(_OLE_MAGIC):
        raise LoadError(
            source, "password-protected (encrypted) or old binary Word file; save as an unprotected .docx"
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError(source, "not a valid DOCX (not a zip package; damaged or truncated?)")
    check_zip(source, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises KeyError/BadZipFile/ValueError on broken packages
        raise LoadError(source, f"damaged DOCX ({type(e).__name__}: {e})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            style = child.find(".//{*}pStyle")
            is_list = child.find(".//{*}numPr") is not None or (
                style is not None and "List" in (style.get(style.tag.rsplit("}", 1)[0] + "}val") or "")
            )
            lines.append(("- " + text) if is_list and text.strip() else text)
        elif tag == "tbl":
            for row in child.iter("{*}tr") if hasattr(child, "iter") else []:
                cells = []
                for cell in row.iter():
                    if cell.tag.endswith("}tc"):
                        cells.append(
                            " ".join(
                                "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                for p in cell.iter()
                                if p.tag.endswith("}p")
                            ).strip()
                        )
                lines.append("\t".join(cells))
    return "\n".join(lines), []


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
