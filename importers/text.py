"""Reading delimited text the way people save it: any of the usual encodings and delimiters,
quoted newlines, empty lines, rows with more values than the header has columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from importers.pipeline import Unusable

# Long enough for any text we would accept (the model rejects what is too long, with a message).
csv.field_size_limit(64 * 1024 * 1024)
DELIMITERS = ",;\t|"
# A spreadsheet formula, neutralised on export by a leading apostrophe (see export.py).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """Text and warnings: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), []
        except UnicodeDecodeError as exc:  # marked as UTF-8 but it is not, all of it: say so
            return raw[3:].decode("utf-8", errors="replace"), [
                f"{name} is marked as UTF-8 but has bytes that are not (first at byte {exc.start + 3}); "
                "they were replaced by \ufffd: check those names and texts"]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), []
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    return text, [f"{name} is not UTF-8; it was read as Windows-1252 (Western European)"]


def sniff(text: str) -> str:
    """The delimiter that splits the first lines most consistently into more than one column."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(DELIMITERS, key=first.count)


def unformula(value: str) -> str:
    """Undo export's neutralising apostrophe, so export and import round-trip."""
    if value.startswith("'") and value[1:2] and value[1] in FORMULA_START:
        return value[1:]
    return value


def number(text: str):
    """A cell as a number ('1,5' is 1.5); text that is no number stays text, for the model to name."""
    try:
        value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() else value


def rows(text: str, name: str, warnings: list[str]) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header and (line number, row) for each non-empty row; cells are stripped strings."""
    if not text.strip():
        raise Unusable(f"{name} is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff(text))
    try:
        header = next(r for r in reader if any(c.strip() for c in r))
    except StopIteration:
        raise Unusable(f"{name} is empty") from None
    except csv.Error as exc:
        raise Unusable(f"{name}: {exc}") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    if not any(header):
        raise Unusable(f"{name} has no column names in its first line")

    def iterate() -> Iterator[tuple[int, dict[str, str]]]:
        line = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise Unusable(f"{name} line {line}: {exc}") from None
            start, line = line, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
                warnings.append(f"{name} line {start}: {len(values)} values for {len(header)} columns; the extra values are ignored")
            yield start, {h: unformula(v.strip()) for h, v in zip(header, values) if h}

    return header, iterate()
