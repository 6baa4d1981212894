"""Untrusted XML in, an lxml tree out: no entities expanded, no DTD loaded, nothing fetched.

ALTO, METS and hOCR come from archives and OCR engines we do not control, so every XML file is
read here. lxml (libxml2) is told not to resolve entities, not to load a DTD, not to use the
network and to keep its limits on huge documents; on top of that a document that declares
entities in its doctype (the shape of billion-laughs, quadratic blow-up and external-entity
attacks) is refused before parsing, with one line naming the file. A plain doctype without
declarations (XHTML's, in hOCR) is accepted and never fetched.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from reader.errors import InputError

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
#: A doctype without an internal subset (XHTML's in hOCR): removed before parsing, so that no
#: version of libxml2 tries to fetch the DTD it names.
_PLAIN_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*>", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def _as_bytes_without_utf16(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return (
            data.decode("utf-16").encode("utf-8").replace(b'encoding="UTF-16"', b'encoding="UTF-8"')
        )
    return data


def parse_xml(data: bytes, path: Path | str | None) -> etree._Element:
    """The root element of an untrusted XML document; InputError (one line) if it is refused.

    Refused: entity declarations in the doctype, malformed XML, and anything libxml2's
    default limits stop (very deep nesting, huge text nodes).
    """
    data = _as_bytes_without_utf16(data)
    doctype = _DOCTYPE.search(data, 0, 65536)
    if doctype is not None and _ENTITY_DECLARATION.search(data, doctype.end()):
        raise InputError("XML declares entities in its doctype (refused: untrusted XML)", path)
    if doctype is not None:
        data = _PLAIN_DOCTYPE.sub(lambda m: b" " * len(m.group(0)), data, count=1)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "malformed"
        raise InputError(f"not well-formed XML ({reason})", path) from exc
    if root is None:
        raise InputError("XML document is empty", path)
    return root


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace ("String" for "{…alto…}String"); "" for others."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def attribute(element: etree._Element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (xlink:href, href …)."""
    value = element.get(name)
    if value is not None:
        return value
    for key, found in element.attrib.items():
        if str(key).rpartition("}")[2] == name:
            return str(found)
    return None
