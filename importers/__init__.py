"""Adapters from outside formats to the directory service. Importers never write SQL themselves.

`open_input(format, path)` finds the records of any supported input; `pipeline.run_import`
stores them. See importers/README.md for formats, options and the mapping file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the package itself imports nothing: sociale_kaart.directory.batch uses importers.report
    from importers.pipeline import Input


def _nothing_after(session) -> None:
    pass


def open_input(fmt: str, path, *, mapping: Path | None = None, session=None, source: str = "") -> tuple[Input, object]:
    """The input's records, and what to do once they are stored (an HSDA feed moves its cursor)."""
    from importers.pipeline import Unusable

    if fmt == "hsds":
        from importers import hsds, tabular

        p = Path(path)
        return (tabular.read(p) if p.is_dir() else hsds.read(p)), _nothing_after
    if fmt == "hsda":
        from importers import hsda

        return hsda.read(str(path), session, source)
    if fmt in ("csv", "xlsx"):
        from importers import spreadsheet

        if mapping is None:
            raise Unusable(f"a {fmt} import needs --mapping FILE (see importers/examples/mapping.toml)")
        return spreadsheet.read(Path(path), Path(mapping), fmt, source or Path(path).name), _nothing_after
    raise Unusable(f"unknown format {fmt!r}; use hsds, hsda, csv or xlsx")
