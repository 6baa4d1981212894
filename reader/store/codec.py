"""Lossless JSON for the model's frozen dataclasses, so the cache can store and rebuild an Issue.

``Issue.to_json`` is the public output format and leaves out fields the cache needs
(``Page.source``, ``Article.page_number`` …). This codec walks the dataclass fields and their type
hints instead, so fields the model gains later are stored without changes here.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from reader.model import Issue

T = TypeVar("T")

Decoder = Callable[[Any], Any]


class CodecError(ValueError):
    """Stored data does not fit the current model (the cache treats it as a miss)."""


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, in order (None for any other type)."""
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in dataclasses.fields(kind))
    return None


def to_plain(obj: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, enums to their values; other values unchanged."""
    kind: type = type(obj)
    if kind in _PLAIN_TYPES:  # most values of a page: asked first, the walk is the encoding cost
        return obj
    names = _field_names(kind)
    if names is not None:
        return {name: to_plain(getattr(obj, name)) for name in names}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, tuple | list):
        return [to_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    return obj


def _identity(value: Any) -> Any:
    return value


@cache
def decoder_for(tp: Any) -> Decoder:
    """A function turning plain JSON data back into a value of type ``tp``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any or tp in (str, int, float, bool, type(None)):
        return _identity
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise CodecError(f"unsupported union {tp!r}")
        dec = decoder_for(inner[0])
        return lambda v: None if v is None else dec(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = decoder_for(args[0])
            return lambda v: tuple(item(x) for x in v)
        decs = [decoder_for(a) for a in args]
        return lambda v: tuple(d(x) for d, x in zip(decs, v, strict=True))
    if origin is dict:
        kdec, vdec = decoder_for(args[0]), decoder_for(args[1])
        key = int if args[0] is int else kdec
        return lambda v: {key(k): vdec(x) for k, x in v.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, decoder_for(hints[f.name])) for f in dataclasses.fields(tp) if f.init]
        cls = tp

        def decode_dataclass(v: Any) -> Any:
            return cls(**{name: dec(v[name]) for name, dec in fields if name in v})

        return decode_dataclass
    raise CodecError(f"unsupported type {tp!r}")


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild a ``cls`` from what :func:`to_plain` made; raise CodecError if it does not fit."""
    try:
        return typing.cast(T, decoder_for(cls)(data))  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise CodecError(f"stored {cls.__name__} does not fit the model: {err}") from err


def _plain_one(obj: Any) -> Any:
    """One level of :func:`to_plain`, for the JSON encoder's ``default``: it calls this for
    each dataclass and enum it meets and walks the rest (tuples, strings, numbers) in C."""
    kind: type = type(obj)
    names = _field_names(kind)
    if names is not None:
        return {name: getattr(obj, name) for name in names}
    if isinstance(obj, enum.Enum):
        return obj.value
    raise TypeError(f"cannot store a {type(obj).__name__}")


# The same bytes as json.dumps(to_plain(issue)) in half the time (the walk in Python was half
# of the encoding); the model holds no dict, whose keys to_plain would turn into text.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), default=_plain_one, check_circular=False
)


def dump_issue(issue: Issue) -> bytes:
    return _ENCODER.encode(issue).encode()


#: How many levels of the stored issue are read piece by piece: the issue, its pages, each page,
#: its stories (each story is then one call into the JSON decoder's C code).
PIECE_DEPTH = 4

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _after_space(text: str, at: int) -> int:
    """The index of the first character at or after ``at`` that is not JSON white space."""
    space = _SPACE.match(text, at)
    assert space is not None  # (the pattern matches the empty string)
    return space.end()


def _piece(text: str, at: int, depth: int) -> tuple[Any, int]:
    """The JSON value at ``at`` and the index after it. Down to ``depth`` levels of objects and
    arrays it walks them here and decodes their members one at a time, so that no single call
    into the decoder's C code (which holds the interpreter's lock throughout) reads more than
    one member: a whole cached issue in one ``json.loads`` held the lock for 45–70 ms, and the
    GUI thread, waiting for it, missed its frames."""
    at = _after_space(text, at)
    opening = text[at : at + 1]
    if depth <= 0 or opening not in ("{", "["):
        return _DECODER.raw_decode(text, at)
    closing = "}" if opening == "{" else "]"
    members: list[Any] = []
    keys: list[str] = []
    at = _after_space(text, at + 1)
    if text[at : at + 1] == closing:
        return ({} if opening == "{" else []), at + 1
    while True:
        if opening == "{":
            key, at = _DECODER.raw_decode(text, at)
            if not isinstance(key, str):
                raise ValueError(f"a key that is not a string at {at}")
            keys.append(key)
            at = _after_space(text, at)
            if text[at : at + 1] != ":":
                raise ValueError(f"expecting ':' at {at}")
            at += 1
        value, at = _piece(text, at, depth - 1)
        members.append(value)
        at = _after_space(text, at)
        sign = text[at : at + 1]
        if sign == closing:
            return (dict(zip(keys, members, strict=True)) if keys else members), at + 1
        if sign != ",":
            raise ValueError(f"expecting ',' or {closing!r} at {at}")
        at = _after_space(text, at + 1)


def load_plain_in_pieces(data: bytes | str) -> Any:
    """What ``json.loads(data)`` returns, decoded a story at a time (see :func:`_piece`)."""
    text = data.decode() if isinstance(data, bytes | bytearray) else data
    value, end = _piece(text, 0, PIECE_DEPTH)
    if _after_space(text, end) != len(text):
        raise ValueError(f"extra data at {end}")
    return value


def load_issue_json(data: bytes | str) -> Issue:
    """The issue :func:`dump_issue` stored (in the cache's rows of every version so far: the
    text is the same JSON; only the way it is read changed). Read a story at a time so that a
    thread decoding it lets the GUI thread run between stories."""
    try:
        plain = load_plain_in_pieces(data)
    except (ValueError, RecursionError) as err:  # (UnicodeDecodeError is a ValueError)
        raise CodecError(f"stored issue is not JSON: {err}") from err
    return from_plain(Issue, plain)
