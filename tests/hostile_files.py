"""Hostile files, generated on demand (none is checked in): decompression and alias bombs, a huge text node,
pathological text and HTML. Each is built in about a second, however much it claims to expand to."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)


def deflate_repeated(chunk: bytes, times: int, head: bytes = b"", tail: bytes = b"") -> tuple[bytes, int, int]:
    """(raw deflate data, CRC-32, size) of HEAD + CHUNK * TIMES + TAIL, compressing CHUNK only once: after a
    full flush the compressor starts afresh, so each repetition's compressed block is the same bytes."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_part = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    tail_part = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return head_part + block * times + tail_part, crc & 0xFFFFFFFF, len(head) + len(chunk) * times + len(tail)


def write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A zip of pre-deflated MEMBERS (name, raw deflate, crc, size), written by hand: zipfile cannot take
    data it did not compress itself."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0)
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0, 0, 0, 0,
            0, offset,
        )
        central += encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    path.write_bytes(bytes(out))


def _small(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    return (name, *deflate_repeated(b"", 0, data))


def _docx(path: Path, document: tuple[bytes, int, int]) -> Path:
    write_zip(path, [_small("[Content_Types].xml", CONTENT_TYPES), _small("_rels/.rels", RELS),
                     ("word/document.xml", *document)])
    return path


def docx_bomb(path: Path, gigabytes: float = 1.2) -> Path:
    """A few MB of DOCX whose paragraphs expand to GIGABYTES of XML."""
    paragraphs = b"<w:p><w:r><w:t>The board noted the report.</w:t></w:r></w:p>" * 16_000
    head = b'<?xml version="1.0"?><w:document ' + W + b"><w:body>"
    return _docx(path, deflate_repeated(paragraphs, int(gigabytes * 2**30 / len(paragraphs)), head,
                                        b"</w:body></w:document>"))


def docx_huge_text_node(path: Path, megabytes: int = 100) -> Path:
    """A DOCX with one text node of MEGABYTES characters."""
    head = b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p><w:r><w:t>"
    return _docx(path, deflate_repeated(b"a" * 2**20, megabytes, head, b"</w:t></w:r></w:p></w:body></w:document>"))


def docx_ok(path: Path, text: str) -> Path:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    body = b'<?xml version="1.0"?><w:document ' + W + b"><w:body>" + paragraphs.encode() + b"</w:body></w:document>"
    return _docx(path, deflate_repeated(b"", 0, body))


def yaml_alias_bomb(path: Path, levels: int = 9) -> Path:
    """A valid-looking register of a few hundred bytes whose notes, through aliases, stand for 9**LEVELS
    values."""
    fact = "  - {subject: Ana Ruiz, relation: chairs, object: Westmarch Board, source: s, note: &l%d [%s]}"
    lines = [
        "title: Westmarch register", "sources:", "  s: {title: Westmarch Board minutes, date: 2024-05-01}",
        "entities:", "  - {name: Westmarch Board, kind: body, type: Board}", "  - {name: Ana Ruiz, kind: person}",
        "facts:", fact % (0, ", ".join(['"lol"'] * 9)),
    ]
    lines += [fact % (i, ", ".join([f"*l{i - 1}"] * 9)) for i in range(1, levels + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pdf_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A one-page PDF whose content stream inflates to MEGABYTES."""
    chunk = b"BT /F1 12 Tf 72 712 Td (Board minutes) Tj ET\n" * 20_000
    data, _, _ = deflate_repeated(chunk, megabytes * 2**20 // len(chunk))
    data = zlib.compress(b"")[:2] + data + b"\0\0\0\0"  # zlib wrapper around the raw deflate (checksum unchecked)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def spaces_text(path: Path, kilobytes: int = 400) -> Path:
    """Text that is almost all spaces, with a few words (quadratic whitespace handling crawls on it)."""
    path.write_text(("The board met. " + " " * 4000 + "\n") * (kilobytes * 1024 // 4016), encoding="utf-8")
    return path


def nested_divs(path: Path, depth: int = 100_000) -> Path:
    """About 1 MB of HTML: DEPTH nested <div> elements around one sentence."""
    path.write_text("<html><body>" + "<div>" * depth + "The board met." + "</div>" * depth + "</body></html>",
                    encoding="utf-8")
    return path
