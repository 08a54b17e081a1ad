"""Snippets: a few words of the stored name or description around the
query's matches, marked and HTML-escaped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np

from .analysis import _WORD_RE, fold

if TYPE_CHECKING:
    from .store import _State

STORED_DESC_CHARS = 2000
SNIPPET_SCAN_CHARS = 1500


class Snippets:
    """Snippets of a SearchIndex (mixin)."""

    def _stored_text(self, st: _State, row: int) -> tuple[str, str]:
        """The stored (name, description) of one row."""
        try:
            name, desc = st.searcher.stored_fields(row).get("snip") or ("", "")
        except Exception:
            return "", ""
        return name, desc

    def _snippet(self, name: str, desc: str, terms: set[str], marked: dict[str, bool] | None = None,
                 width: int = 30) -> str:
        """``marked``: which words match ``terms``, shared by the snippets of one answer (the
        texts of a page repeat most of their words)."""
        if terms:
            an = self.analyzer
            marked = {} if marked is None else marked

            def mark(word: str) -> bool:
                m = marked.get(word)
                if m is None:
                    m = marked[word] = bool(terms.intersection(an.word_terms(fold(word).replace("'", ""))))
                return m

            for text in (desc, name):
                if not text:
                    continue
                toks = list(_WORD_RE.finditer(text[:SNIPPET_SCAN_CHARS]))
                marks = [mark(m.group()) for m in toks]
                if any(marks):
                    return _render(text, toks, marks, width)
        text = desc or name
        toks = list(_WORD_RE.finditer(text[:SNIPPET_SCAN_CHARS]))
        return _render(text, toks, [False] * len(toks), width)


def _render(text: str, toks, marks, width: int) -> str:
    """``width`` words of ``text`` around the densest run of marked words;
    marked words wrapped in <mark>, everything HTML-escaped."""
    esc = html.escape
    n = len(toks)
    if not n:
        return esc(text[:200])
    start = 0
    if any(marks):
        csum = np.cumsum([0] + marks)
        if n > width:
            counts = csum[width:] - csum[: n - width + 1]
            best_i = int(np.argmax(counts))
        else:
            best_i = 0
        first = next(i for i in range(best_i, n) if marks[i])
        start = max(0, min(best_i, first - 3))
    end = min(n, start + width)
    cstart = toks[start].start() if start else 0
    cend = toks[end - 1].end()
    out = ["… "] if start else []
    pos = cstart
    for i in range(start, end):
        if marks[i]:
            m = toks[i]
            out.append(esc(text[pos : m.start()]))
            out.append("<mark>" + esc(m.group()) + "</mark>")
            pos = m.end()
    out.append(esc(text[pos:cend]))
    if end < n or cend < len(text.rstrip(" .")):
        tail = text[cend:].strip()
        if end < n or len(tail) > 1:
            out.append(" …")
        else:
            out.append(esc(tail))
    return "".join(out)
