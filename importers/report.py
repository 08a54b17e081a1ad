"""The import report: a summary plus, per rejected record, where and why."""

from __future__ import annotations

import msgspec

from sociale_kaart.directory.provenance import Conflict


class Problem(msgspec.Struct, omit_defaults=True):
    file: str
    record: str  # "line 14" or "[3]" (index in the input)
    field: str
    message: str
    id: str | None = None


class Report(msgspec.Struct):
    source: str
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    deactivated: int = 0
    not_geocoded: int = 0  # stored without coordinates; `geocode` lists and retries them
    unusable: str | None = None  # why the input as a whole could not be used
    problems: list[Problem] = []
    warnings: list[Problem] = []
    conflicts: list[Conflict] = []

    @property
    def exit_code(self) -> int:
        if self.unusable:
            return 2
        return 1 if self.rejected else 0

    def summary(self) -> str:
        if self.unusable:
            return f"Nothing imported: {self.unusable}"
        head = "Dry run, nothing stored: " if self.dry_run else ""
        text = (f"{head}{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.rejected} rejected")
        if self.deactivated:
            text += f", {self.deactivated} marked inactive"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts with hand edits kept"
        if self.not_geocoded:
            text += f", {self.not_geocoded} locations without coordinates"
        return text


def encode(report: Report) -> bytes:
    """The report as JSON, with the conflict count beside the list."""
    body = msgspec.to_builtins(report)
    body["conflict_count"] = len(report.conflicts)
    body["exit_code"] = report.exit_code
    return msgspec.json.format(msgspec.json.encode(body))
