"""The page picture, decoded at the size it is shown: Pillow, no Qt, safe to call in a worker.

A 6000×8000 scan is normal for a newspaper page; decoding it whole takes seconds and ~150 MB.
Pillow can decode less: a JPEG at 1/2, 1/4 or 1/8 of its size (``draft``, in the decoder's DCT
step) and a JPEG 2000 at any power-of-two reduction (``reduce``, in OpenJPEG). ``decode_page``
picks the smallest such reduction that still gives the width asked for, then scales the rest
of the way. ``crop_zones`` cuts the story's zones out of the picture for the PDF export.

``DecoderProcess`` runs the decodes in one child Python process: Pillow's JPEG 2000 decoder
(OpenJPEG reading through Python file calls) holds the GIL for the whole decode, ~0.2–0.4 s
for a 6000×8000 page, which in a thread would freeze the window as long.

Pictures over ``MAX_PIXELS`` are refused with one line (Pillow's own decompression-bomb guard
stops at ~179 million pixels with an exception; ours stops first, with the file and the size).
"""

from __future__ import annotations

import math
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import InputError
from reader.model import Zone
from reader.parse.formats.images import image_size

if TYPE_CHECKING:
    import subprocess

    from PIL.Image import Image

#: The largest picture decoded: 150 million pixels (e.g. 10000×15000; a 6000×8000 scan is 48).
MAX_PIXELS = 150_000_000


@dataclass(frozen=True, slots=True)
class DecodedPage:
    """A decoded picture: 8-bit grey ("L") or RGB pixels, row after row, no padding."""

    path: str
    #: The picture file's own size in pixels.
    full_size: tuple[int, int]
    #: The decoded size (width, height).
    size: tuple[int, int]
    #: "L" or "RGB".
    mode: str
    data: bytes

    @property
    def scale(self) -> float:
        """Decoded width over the file's width (1.0 = full resolution)."""
        return self.size[0] / self.full_size[0] if self.full_size[0] else 1.0


def _open(path: Path) -> Image:  # (Pillow is imported here, not at start-up)
    from PIL import Image, UnidentifiedImageError

    size = image_size(path)
    if size is not None:
        _check_size(path, size)
    try:
        image = Image.open(path)
    except FileNotFoundError:
        raise InputError("the page picture is not there", path) from None
    except Image.DecompressionBombError:
        raise InputError(f"the page picture is larger than {_limit()}; not opened", path) from None
    except UnidentifiedImageError:
        raise InputError("not a picture Broadsheet can read", path) from None
    except OSError as error:
        raise InputError(f"cannot read the page picture ({_reason(error)})", path) from None
    try:
        _check_size(path, image.size)
    except InputError:
        image.close()
        raise
    return image


def _limit() -> str:
    return f"{MAX_PIXELS // 1_000_000} million pixels"


def _check_size(path: Path, size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise InputError(f"the page picture claims a size of {width}×{height} pixels", path)
    if width * height > MAX_PIXELS:
        raise InputError(
            f"the page picture is {width}×{height} pixels, more than the {_limit()} "
            "Broadsheet decodes",
            path,
        )


def _reason(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:120]


def decode_page(path: str | Path, width: int) -> DecodedPage:
    """The picture at ``path`` decoded about ``width`` pixels wide (never wider than the file).

    Raises InputError (one line: the file and the reason) for a missing, unreadable, corrupt or
    oversized picture.
    """
    path = Path(path)
    factor: int | None = None
    while True:
        try:
            return _decode(path, width, factor)
        except _TooManyLevels as levels:
            # A JPEG 2000 has as many reductions as its encoder made resolution levels (five
            # by default); asked for more, OpenJPEG reports a broken stream. One level fewer.
            factor = levels.factor - 1


class _TooManyLevels(Exception):
    def __init__(self, factor: int) -> None:
        super().__init__(factor)
        self.factor = factor


def _decode(path: Path, width: int, factor: int | None) -> DecodedPage:
    from PIL import Image

    with _open(path) as image:
        full_w, full_h = image.size
        width = max(1, min(int(width), full_w))
        height = max(1, round(full_h * width / full_w))
        mode = "L" if image.mode in ("1", "L", "LA", "I", "I;16", "F", "P") else "RGB"
        if image.mode == "P":
            mode = "RGB"
        try:
            if image.format == "JPEG":
                image.draft(mode, (width, height))
            elif image.format == "JPEG2000":
                if factor is None:
                    factor = int(math.log2(full_w / width)) if width < full_w else 0
                factor = max(0, factor)
                image.reduce = factor  # type: ignore[method-assign,assignment]  # OpenJPEG level
            image.load()
            picture = image if image.mode == mode else image.convert(mode)
            if picture.size != (width, height):
                picture = picture.resize((width, height), Image.Resampling.BILINEAR, reducing_gap=2)
            data = picture.tobytes()
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            if image.format == "JPEG2000" and factor:
                raise _TooManyLevels(factor) from None
            raise InputError(f"the page picture is damaged ({_reason(error)})", path) from None
    return DecodedPage(str(path), (full_w, full_h), (width, height), mode, data)


def crop_zones(
    path: str | Path, zones: tuple[Zone, ...], zone_space: tuple[int, int], max_width: int = 1600
) -> DecodedPage:
    """The part of the picture that holds ``zones`` (their bounding box, a little margin),
    decoded at most ``max_width`` pixels wide. ``zone_space`` is the (width, height) the zones
    are measured in (``Page.image_size``); a picture of another size is scaled to it."""
    from PIL import Image

    if not zones:
        raise InputError("the story has no zones on its page", path)
    path = Path(path)
    with _open(path) as image:
        full_w, full_h = image.size
        sx = full_w / zone_space[0] if zone_space[0] else 1.0
        sy = full_h / zone_space[1] if zone_space[1] else 1.0
        left = min(z.x for z in zones)
        top = min(z.y for z in zones)
        right = max(z.x + z.width for z in zones)
        bottom = max(z.y + z.height for z in zones)
        margin = 0.01 * max(zone_space)
        box = (
            max(0, int((left - margin) * sx)),
            max(0, int((top - margin) * sy)),
            min(full_w, math.ceil((right + margin) * sx)),
            min(full_h, math.ceil((bottom + margin) * sy)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            raise InputError("the story's zones lie outside the page picture", path)
        crop_w = box[2] - box[0]
        factor = max(1, crop_w // max_width)
        mode = "L" if image.mode in ("1", "L", "LA", "I", "I;16", "F") else "RGB"
        try:
            if image.format == "JPEG" and factor > 1:
                image.draft(mode, (full_w // factor, full_h // factor))
            elif image.format == "JPEG2000" and factor > 1:
                image.reduce = int(math.log2(factor))  # type: ignore[method-assign,assignment]
            image.load()
            scale = image.size[0] / full_w
            scaled = tuple(round(v * scale) for v in box)
            picture = image.crop(scaled)  # type: ignore[arg-type]
            picture = picture if picture.mode == mode else picture.convert(mode)
            if picture.size[0] > max_width:
                height = max(1, round(picture.size[1] * max_width / picture.size[0]))
                picture = picture.resize((max_width, height), Image.Resampling.BILINEAR)
            data = picture.tobytes()
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            raise InputError(f"the page picture is damaged ({_reason(error)})", path) from None
    return DecodedPage(str(path), (full_w, full_h), picture.size, mode, data)


#: Run by ``python -c`` in the decoder's child: the ``reader`` package is in argv[1]. Requests
#: are JSON lines ``[path, width]`` on stdin; each answer is a JSON line (the picture's fields,
#: or ``{"error": message}``) followed, for a picture, by its ``length`` bytes of pixels.
DECODE_CHILD = (
    "import json, sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "from PIL import Image\n"
    "Image.init()\n"
    "from reader.errors import BroadsheetError\n"
    "from reader.page_image import decode_page\n"
    "out = sys.stdout.buffer\n"
    "for line in sys.stdin.buffer:\n"
    "    path, width = json.loads(line)\n"
    "    try:\n"
    "        page = decode_page(path, width)\n"
    "    except BroadsheetError as error:\n"
    "        out.write(json.dumps({'error': str(error)}).encode() + b'\\n')\n"
    "    except Exception as error:\n"
    "        reason = f'{path}: cannot decode the page picture ({type(error).__name__})'\n"
    "        out.write(json.dumps({'error': reason}).encode() + b'\\n')\n"
    "    else:\n"
    "        head = {'full': page.full_size, 'size': page.size, 'mode': page.mode,\n"
    "                'length': len(page.data)}\n"
    "        out.write(json.dumps(head).encode() + b'\\n')\n"
    "        out.write(page.data)\n"
    "    out.flush()\n"
)


class DecoderProcess:
    """Decodes page pictures in one child Python process, started when first needed (or by
    ``start``, from a worker thread) and stopped by ``close``. Calls block the calling thread
    (a worker), one at a time; errors come back as the same one-line InputError."""

    def __init__(self) -> None:
        self._child: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def start(self) -> None:
        with self._lock:
            self._ensure()

    def _ensure(self) -> subprocess.Popen[bytes]:
        # subprocess (and json below) are imported here, in a worker, not with the window:
        # together they cost some 15 ms of start-up on the GUI thread.
        import subprocess

        child = self._child
        if child is None or child.poll() is not None:
            package_root = str(Path(__file__).resolve().parent.parent)
            child = subprocess.Popen(
                [sys.executable, "-c", DECODE_CHILD, package_root],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            self._child = child
        return child

    def decode(self, path: str | Path, width: int) -> DecodedPage:
        """``decode_page(path, width)`` in the child process."""
        import json

        with self._lock:
            child = self._ensure()
            assert child.stdin is not None and child.stdout is not None
            try:
                child.stdin.write(json.dumps([str(path), int(width)]).encode() + b"\n")
                child.stdin.flush()
                head = json.loads(child.stdout.readline() or b"null")
                if head is None:
                    raise OSError("no answer")
                if "error" in head:
                    raise InputError(head["error"])
                data = child.stdout.read(head["length"])
                if len(data) != head["length"]:
                    raise OSError("a short answer")
            except (OSError, ValueError):
                self._stop()
                raise InputError("the picture decoder stopped (out of memory?)", path) from None
        return DecodedPage(str(path), tuple(head["full"]), tuple(head["size"]), head["mode"], data)

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
        import subprocess

        try:
            child.wait(timeout=2)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()

    def close(self) -> None:
        """Stop the child (it ends when its input closes)."""
        with self._lock:
            self._stop()
