"""Snippets: a few words of the stored name or description around the
query's matches, marked and HTML-escaped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

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
            for text in (desc, name):
                if not text:
                    continue
                toks = list(_WORD_RE.finditer(text[:SNIPPET_SCAN_CHARS]))
                words = [m.group() for m in toks]
                for word in {w for w in words if w not in marked}:  # each new word analysed once per answer
                    marked[word] = not terms.isdisjoint(an.word_terms(fold(word).replace("'", "")))
                marks = list(map(marked.__getitem__, words))
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
        best_i = 0
        if n > width:  # the first window of `width` words with the most marked words
            best = count = sum(marks[:width])
            for i in range(1, n - width + 1):
                count += marks[i + width - 1] - marks[i - 1]
                if count > best:
                    best, best_i = count, i
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
