"""HSDS 3 JSON: a list of services, an HSDA page, one service, or organizations with services.

The file is memory-mapped and checked whole by msgspec first (so a truncated file is found before
anything is stored), splitting it into raw, undecoded records; each record is decoded only when
its turn comes, so memory holds the file's pages and one record, not 100,000 dicts.
"""

from __future__ import annotations

import codecs
import mmap
import re
from collections.abc import Iterator
from pathlib import Path

import msgspec

from importers.pipeline import Broken, Input, Unusable

SHAPES = "expected HSDS JSON: a list of services, an HSDA page with 'contents', one service, or an organization with 'services'"
Top = list[msgspec.Raw] | dict[str, msgspec.Raw]


def expand(where: str, item: object) -> Iterator[tuple[str, object]]:
    """An organization with nested services gives one record per service, carrying its organization."""
    if isinstance(item, dict) and isinstance(item.get("services"), list) and "organization_id" not in item:
        org = {k: v for k, v in item.items() if k != "services"}
        for j, svc in enumerate(item["services"]):
            yield f"{where}.services[{j}]", {**svc, "organization": org} if isinstance(svc, dict) else svc
    else:
        yield where, item


def _split(buf, name: str) -> tuple[list[msgspec.Raw] | None, msgspec.Raw | None]:
    """The raw records of a list or page, or the one raw object of a single record."""
    try:
        top = msgspec.json.decode(buf, type=Top)
    except msgspec.ValidationError:
        raise Unusable(f"{name}: {SHAPES}") from None
    except RecursionError:
        raise Unusable(f"{name}: the JSON is nested too deeply to be a directory") from None
    if isinstance(top, list):
        return top, None
    if "contents" in top:
        try:
            return msgspec.json.decode(top["contents"], type=list[msgspec.Raw]), None
        except msgspec.ValidationError:
            raise Unusable(f"{name}: 'contents' must be a list of services") from None
    if "services" in top or "name" in top or "id" in top:
        return None, msgspec.Raw(bytes(buf))
    raise Unusable(f"{name}: {SHAPES}")


def _utf8(mm: mmap.mmap, start: int) -> bool:
    """Checked in slices, so a large file is never copied whole."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for i in range(start, len(mm), 1 << 24):
            decoder.decode(mm[i:i + (1 << 24)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def read(path: Path) -> Input:
    name = path.name
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise Unusable(f"cannot read {path}: {exc.strerror}") from None
    with fh:
        if path.stat().st_size == 0:
            raise Unusable(f"{name} is empty")
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    head = mm[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        mm.close()
        raise Unusable(f"{name} is UTF-16 text; save it as UTF-8")
    start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    if re.compile(rb"\S").search(mm, start) is None:  # on the map itself: slicing would copy the file
        mm.close()
        raise Unusable(f"{name} is empty")
    warnings: list[str] = []
    if _utf8(mm, start):
        buf = memoryview(mm)[start:]
    else:
        # JSON is UTF-8 by definition; a file saved as Windows-1252 is read as such, with a warning.
        buf = mm[start:].decode("cp1252", errors="replace").encode("utf-8")
        mm.close()
        mm = None
        warnings.append(f"{name} is not UTF-8; it was read as Windows-1252 (Western European)")
    try:
        items, single = _split(buf, name)
    except msgspec.DecodeError as exc:
        if isinstance(buf, memoryview):
            buf.release()
            mm.close()
        raise Unusable(f"{name} is not valid JSON ({exc}); is the file complete?") from None

    def decoded(raw: msgspec.Raw) -> object:
        try:
            return msgspec.json.decode(raw)
        except RecursionError:
            return Broken("this record is nested too deeply to be a service")

    def records() -> Iterator[tuple[str, object]]:
        if single is not None:
            yield from expand("[0]", decoded(single))
            return
        for i, raw in enumerate(items):
            yield from expand(f"[{i}]", decoded(raw))

    def close() -> None:
        nonlocal items, single, buf
        items = single = None  # the raw records point into the map: drop them before closing it
        try:
            if isinstance(buf, memoryview):
                buf.release()
            if mm is not None:
                mm.close()
        except BufferError:
            pass  # still referenced after an error; the garbage collector closes it

    return Input(records(), total=len(items) if items is not None else 1, warnings=warnings, close=close)
