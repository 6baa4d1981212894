"""Hostile XML is refused fast, in one line, without memory growth or reading local files."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse import load_issue
from reader.parse.formats.xml import parse_xml

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v3#"


def billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE alto [\n' + "\n".join(entities) + "\n]>\n"
        f'<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock><TextLine>'
        '<String CONTENT="&lol9;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    ).encode()


def quadratic_blowup() -> bytes:
    big = "A" * 100_000
    refs = "&a;" * 50_000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE alto [<!ENTITY a "{big}">]>\n'
        f'<alto xmlns="{ALTO_NS}"><Description>{refs}</Description></alto>'
    ).encode()


def external_entity(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE alto [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        f'<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock><TextLine>'
        '<String CONTENT="x"/><String CONTENT="&xxe;"/></TextLine></TextBlock></PrintSpace>'
        "</Page></Layout></alto>"
    ).encode()


def external_dtd_entity(secret: Path) -> bytes:
    """No internal subset: an external DTD is named and an undeclared entity used."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE alto SYSTEM "file://{secret}">\n'
        f'<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock><TextLine>'
        '<String CONTENT="&xxe;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    ).encode()


def parameter_entity(secret: Path) -> bytes:
    """A parameter entity that would pull a local file into the DTD."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE alto [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>\n'
        f'<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock><TextLine>'
        '<String CONTENT="x"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    ).encode()


def xinclude(secret: Path) -> bytes:
    """No doctype at all: an XInclude of a local file as text (never processed)."""
    return (
        f'<?xml version="1.0"?>\n<alto xmlns="{ALTO_NS}"><Layout><Page><PrintSpace><TextBlock>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret}" '
        'parse="text"/><TextLine><String CONTENT="x"/></TextLine></TextBlock></PrintSpace>'
        "</Page></Layout></alto>"
    ).encode()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOPSECRET-CONTENT")
    return path


@pytest.mark.parametrize(
    "make", ["billion", "quadratic", "external", "external_dtd", "parameter", "xinclude"]
)
@pytest.mark.parametrize("suffix", [".alto.xml", ".hocr", ".mets.xml"])
def test_hostile_documents_are_refused_in_one_line_fast(
    tmp_path: Path, secret: Path, make: str, suffix: str
) -> None:
    data = {
        "billion": billion_laughs,
        "quadratic": quadratic_blowup,
        "external": lambda: external_entity(secret),
        "external_dtd": lambda: external_dtd_entity(secret),
        "parameter": lambda: parameter_entity(secret),
        "xinclude": lambda: xinclude(secret),
    }[make]()
    if suffix != ".alto.xml":
        root = "html" if suffix == ".hocr" else "mets"
        data = data.replace(b"<alto", b"<" + root.encode()).replace(
            b"</alto>", f"</{root}>".encode()
        )
        data = data.replace(b"DOCTYPE alto", f"DOCTYPE {root}".encode())
        if suffix == ".hocr":
            data = data.replace(b"<html", b"<html class='ocr_page'")
    path = tmp_path / f"page{suffix}"
    path.write_bytes(data)
    started = time.perf_counter()
    try:
        issue = load_issue(path)
    except InputError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message
        assert "TOPSECRET" not in message
    else:
        # Only the undeclared-entity form and the XInclude may open (XInclude is never
        # processed); neither reads the file.
        assert make in ("external_dtd", "xinclude")
        assert "TOPSECRET" not in json.dumps(issue.to_json())
    assert time.perf_counter() - started < 1.0


def test_entity_declarations_are_refused_with_a_clear_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="declares entities in its doctype"):
        parse_xml(billion_laughs(), tmp_path / "x.xml")


def test_external_dtd_is_never_fetched_nor_expanded(secret: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_xml(external_dtd_entity(secret), "x.xml")
    assert "TOPSECRET" not in str(caught.value)


def test_hostile_xml_does_not_grow_memory(tmp_path: Path, secret: Path) -> None:
    """In a fresh interpreter: the peak memory after refusing each bomb stays within a few MB."""
    for name, data in (
        ("billion", billion_laughs()),
        ("quadratic", quadratic_blowup()),
        ("external", external_entity(secret)),
    ):
        (tmp_path / f"{name}.alto.xml").write_bytes(data)
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from reader.errors import InputError\n"
        "from reader.parse import load_issue\n"
        "from reader.parse.formats import alto, xml\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "for path in sorted(Path(sys.argv[1]).glob('*.alto.xml')):\n"
        "    try:\n"
        "        load_issue(path)\n"
        "    except InputError:\n"
        "        pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    grown_kb = int(proc.stdout.split()[-1])
    # The quadratic document itself is 250 kB; a blow-up would be gigabytes.
    assert grown_kb < 20_000


def test_hocr_xhtml_doctype_is_accepted_without_fetching(tmp_path: Path) -> None:
    path = tmp_path / "page.hocr"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
        '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<meta name='ocr-system' content='tesseract 5.3.0' /></head><body>"
        "<div class='ocr_page' id='page_1' title='bbox 0 0 800 1000'>"
        "<div class='ocr_carea' id='block_1_1' title='bbox 10 10 400 60'>"
        "<p class='ocr_par'><span class='ocr_line' title='bbox 10 10 400 30; x_size 20'>"
        "<span class='ocrx_word' title='bbox 10 10 90 30; x_wconf 96'>Fire</span> "
        "<span class='ocrx_word' title='bbox 100 10 200 30; x_wconf 31'>destroys</span> "
        "<span class='ocrx_word' title='bbox 210 10 300 30; x_wconf 95'>mill.</span>"
        "</span></p></div></div></body></html>"
    )
    issue = load_issue(path)
    article = issue.articles[0]
    assert article.paragraphs == ("Fire destroys mill.",)
    assert [(c.part, c.start, c.end, c.confidence) for c in article.low_confidence] == [
        ("paragraph", 5, 13, 31)
    ]
    assert issue.pages[0].image_size == (800, 1000)


def test_parse_command_refuses_a_bomb_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bomb.alto.xml"
    path.write_bytes(billion_laughs())
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"broadsheet: {path}: XML declares entities in its doctype (refused: untrusted XML)"
    ]
