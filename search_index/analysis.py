"""Dutch text analysis for the search index.

Everything here is pure Python and independent of whoosh's analyzer chain:
documents are analysed once (with per-word caches) and handed to whoosh as
space separated terms, and queries are analysed into *groups* of weighted
alternatives that the index scores with NumPy.

Pipeline per word: lowercase -> accent folding -> stop word removal ->
Snowball Dutch stem (+ a small normalisation so "boodschappen" and
"boodschap" share a stem) -> compound splitting against a lexicon of known
word parts (shipped ``lexicon.txt`` + synonyms + at query time the index
vocabulary); the stems of the parts are emitted as extra terms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from whoosh.lang import stemmer_for_language, stopwords_for_language

HERE = Path(__file__).resolve().parent
SHIPPED_SYNONYMS = HERE / "synonyms.txt"
SHIPPED_LEXICON = HERE / "lexicon.txt"
SHIPPED_ENGLISH = HERE / "english.txt"

#: Prefix of index terms that are compound parts ("huiswerk" is indexed as
#: "huiswerk", "_huis", "_werk"); cannot clash with a stem (words never
#: contain "_").
PART_MARK = "_"
#: Maximum number of (non stop word) query words that are used.
MAX_QUERY_TERMS = 32
#: Minimum length of a compound part.
MIN_PART = 3
#: Words shorter than this are never split.
MIN_COMPOUND = 6
#: Longer "words" are not split (garbage input; keeps queries fast).
MAX_COMPOUND = 40

STOP_WORDS: frozenset[str] = frozenset(stopwords_for_language("nl"))
#: Extra words that carry no meaning in lay search phrasing; only removed
#: from queries (documents keep them so nothing is lost at index time).
QUERY_STOP_WORDS: frozenset[str] = STOP_WORDS | frozenset(
    """zoek zoeken zocht gezocht graag willen wilt wil wel even iemand
    waar welke kunt kun mag mogen krijgen hebt heb nodig alstublieft aub
    please hallo hoi beste dank bedankt
    voel voelt voelen bent weet weten lukt lukken ga gaan gaat zit zitten
    moeten kunnen kun kunt zou zouden eigenlijk echt soms vaak heel erg""".split()
)
#: Words that ask for help without saying with what ("ik zoek hulp bij ..."): dropped from a
#: query that has other words, so "hulp bij boodschappen" finds what "boodschappen" finds
#: instead of every service that offers "hulp".
QUERY_FILLER: frozenset[str] = frozenset(
    """hulp help helpen hulpje ondersteuning ondersteunen steun iets dingen ding zaken
    krijgen kom komen gaan maken vinden vind regelen geregeld""".split()
)
#: English words that carry no meaning in a search ("i need help with my shopping"); like
#: QUERY_FILLER they leave a query that has other words, and only when the query is English
#: (``lang="en"`` or most of its words are English), so a Dutch "been" (leg) or "down"
#: (somber) is kept in a Dutch query.
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(stopwords_for_language("en")) | frozenset(
    """need needs needed want wants looking look find finding get getting someone somebody anyone
    anybody something please hello hi thanks thank could would can cannot cant dont im ive id
    help helping support assistance service services""".split()
)

_stem_nl = stemmer_for_language("nl")
_stem_en = stemmer_for_language("en")
_WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_DOUBLE_END = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase and strip accents (é -> e, ë -> e, ĳ -> ij)."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Folded surface words. Hyphenated words and apostrophes are joined
    ("re-integratie" -> "reintegratie", "auto's" -> "autos"); the hyphen
    parts are recovered by :func:`index_terms` as compound parts."""
    if not text:
        return []
    return [w.replace("'", "") for w in _WORD_RE.findall(fold(text))]


def _hyphen_words(text: str) -> list[str]:
    # like words() but keeps hyphens so parts can be recovered
    return [w.replace("'", "") for w in _WORD_RE.findall(fold(text))]


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """Snowball Dutch stem plus normalisation of final consonant doubling and
    z/s, v/f alternation (boodschapp -> boodschap, dakloz -> daklos,
    briev -> brief)."""
    if len(word) <= 2 or word.isdigit():
        return word
    s = _stem_nl(word)
    if s == word and len(word) >= 7 and word.endswith("es"):
        # Snowball keeps the plural -s after a vowel: vacatures -> vacature,
        # maatjes -> maatje, klusjes -> klusje
        s = _stem_nl(word[:-1])
    if len(s) > 3:
        s = _DOUBLE_END.sub(r"\1", s)
        if s[-1] == "z":
            s = s[:-1] + "s"
        elif s[-1] == "v":
            s = s[:-1] + "f"
    return s


_FILLER_STEMS = frozenset(stem(w) for w in QUERY_FILLER)


def _inflections(base: str) -> set[str]:
    """Plausible inflected forms of a base word (overgeneration is fine)."""
    forms = {base, base + "s", base + "en", base + "e", base + "n", base + "ers"}
    if len(base) >= 3:
        last = base[-1]
        stemv = base[:-1]
        if last not in "aeiouy":
            forms.add(base + last + "en")  # boodschap -> boodschappen
            forms.add(base + last + "e")
        # long vowel shortening: straat -> straten, dakloos -> daklozen
        if len(base) >= 4 and base[-3] == base[-2] and base[-2] in "aeou":
            short = base[:-2] + last
            forms.add(short[:-1] + {"s": "z", "f": "v"}.get(last, last) + "en")
            forms.add(short + "en")
        if last == "f":
            forms.add(stemv + "ven")
        if last == "s":
            forms.add(stemv + "zen")
        if base.endswith("heid"):
            forms.add(base[:-4] + "heden")
    return forms


class Lexicon:
    """Known word parts for compound splitting."""

    def __init__(self, bases: Iterable[str] = ()):
        self.forms: set[str] = set()
        self.add(bases)

    def add(self, bases: Iterable[str]) -> None:
        for b in bases:
            for w in words(b):
                if len(w) >= MIN_PART and w not in STOP_WORDS:
                    self.forms.update(_inflections(w))

    def __contains__(self, word: str) -> bool:
        return word in self.forms


def split_compound(word: str, is_part: Callable[[str], bool]) -> tuple[str, ...] | None:
    """Split ``word`` into the fewest known parts (each >= MIN_PART chars),
    allowing a linking -s- between parts. Returns None when no split into at
    least two parts exists."""
    n = len(word)
    if n < MIN_COMPOUND or n > MAX_COMPOUND:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 2)
    best[n] = ()
    for i in range(n - MIN_PART, -1, -1):
        cand: tuple[str, ...] | None = None
        for j in range(n, i + MIN_PART - 1, -1):
            part = word[i:j]
            if (i == 0 and j == n) or not is_part(part):
                continue
            nexts = (j, j + 1) if j < n and word[j] == "s" else (j,)
            for k in nexts:
                rest = best[k]
                if rest is not None:
                    c = (part,) + rest
                    if cand is None or len(c) < len(cand):
                        cand = c
            if cand is not None and len(cand) == 1:
                break
        best[i] = cand
    res = best[0]
    if res is None or len(res) < 2:
        return None
    return res


def _all_parts(word: str, is_part: Callable[[str], bool], depth: int = 0) -> list[str]:
    parts = split_compound(word, is_part)
    if not parts:
        return []
    out: list[str] = []
    for p in parts:
        out.append(p)
        if depth < 2:
            out.extend(_all_parts(p, is_part, depth + 1))
    return out


class Analyzer:
    """Document and query analysis sharing one lexicon and synonym table."""

    def __init__(self, synonyms: Path | None = None, lexicon: Path | None = None, english: Path | None = None):
        self.lexicon = Lexicon()
        self.lexicon.add(_read_lines(lexicon or SHIPPED_LEXICON))
        self.synonyms = SynonymTable()
        self.synonyms.load(SHIPPED_SYNONYMS)
        if synonyms is not None:
            self.synonyms.load(Path(synonyms))
        for group, related in zip(self.synonyms.groups, self.synonyms.related):
            self.lexicon.add(p for p in group + related if " " not in p)
        self.english = EnglishTable()
        self.english.load(SHIPPED_ENGLISH)
        if english is not None:
            self.english.load(Path(english))
        self._doc_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._index_cache: dict[str, tuple[str, ...]] = {}
        self._plain_cache: dict[str, tuple[str, ...]] = {}

    # -- documents ---------------------------------------------------------

    def word_terms(self, word: str) -> tuple[str, ...]:
        """Stems for one folded surface word (cached): its own stem(s) plus the
        stems of its compound parts (lexicon based), unmarked."""
        t = self._plain_cache.get(word)
        if t is None:
            whole, parts = self._split_terms(word)
            t = whole + parts
            if len(self._plain_cache) > 500_000:
                self._plain_cache.clear()
            self._plain_cache[word] = t
        return t

    def word_index_terms(self, word: str) -> tuple[str, ...]:
        """Index terms for one folded surface word: whole-word stems as they
        are, compound-part stems prefixed with :data:`PART_MARK` so scoring
        can weight a part ("werk" in "huiswerk") below a whole word."""
        t = self._index_cache.get(word)
        if t is None:
            whole, parts = self._split_terms(word)
            t = whole + tuple(PART_MARK + p for p in parts)
            if len(self._index_cache) > 500_000:
                self._index_cache.clear()
            self._index_cache[word] = t
        return t

    def _split_terms(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(whole-word stems, compound-part stems) of a folded word. The
        pieces of a hyphenated word ("jeugd-ggz") are words in their own
        right and count as whole words; lexicon splits yield parts."""
        t = self._doc_cache.get(word)
        if t is not None:
            return t
        whole: list[str] = []
        parts: list[str] = []
        if "-" in word:
            hparts = [p for p in word.split("-") if p]
            whole.append(stem("".join(hparts)))
            for p in hparts:
                if len(p) >= MIN_PART and p not in STOP_WORDS:
                    w2, p2 = self._split_terms(p)
                    whole.extend(w2)
                    parts.extend(p2)
        else:
            whole.append(stem(word))
            for p in _all_parts(word, self.lexicon.__contains__):
                if p not in STOP_WORDS:
                    parts.append(stem(p))
        t = (tuple(whole), tuple(parts))
        if len(self._doc_cache) > 500_000:
            self._doc_cache.clear()
        self._doc_cache[word] = t
        return t

    def analyze(self, text: str) -> tuple[list[str], list[str]]:
        """Returns (index terms, surface words) of a text; stop words are
        dropped."""
        terms: list[str] = []
        surface: list[str] = []
        for w in _hyphen_words(text):
            if w in STOP_WORDS:
                continue
            terms.extend(self.word_index_terms(w))
            surface.append(w.replace("-", ""))
        return terms, surface

    # -- queries -----------------------------------------------------------

    def query_words(self, q: str) -> list[str]:
        """Folded query words (hyphens kept) including stop words, capped."""
        ws = _hyphen_words(q[:4000])
        out: list[str] = []
        n = 0
        for w in ws:
            out.append(w)
            if w not in QUERY_STOP_WORDS:
                n += 1
                if n >= MAX_QUERY_TERMS:
                    break
        return out[: MAX_QUERY_TERMS * 3]

    def analyze_query(
        self, q: str, vocab_contains: Callable[[str], bool] | None = None, lang: str | None = None
    ) -> list["Group"]:
        """Analyse a query into groups (one per meaningful word) of weighted
        alternatives. ``vocab_contains`` tells whether a surface word occurs
        in the index; it extends the lexicon for compound splitting and tells
        whether a compound's parts stand in for it (a strong match) or are
        only a hint (a weak one). ``lang="en"`` (or a query that is mostly
        English) also drops English stop words; English words and phrases
        from ``english.txt`` find their Dutch translations in any query."""
        ws = self.query_words(q)
        lex = self.lexicon
        english = lang == "en" or self.english.looks_english(ws)
        filler = QUERY_FILLER | ENGLISH_STOP_WORDS if english else QUERY_FILLER

        def is_part(p: str) -> bool:
            if p in STOP_WORDS:
                return False
            return p in lex or (vocab_contains is not None and vocab_contains(p))

        groups: list[Group | None] = []
        for w in ws:
            if w in QUERY_STOP_WORDS:
                groups.append(None)
                continue
            joined = w.replace("-", "")
            g = Group(word=joined)
            g.alts = self._word_alts(w, is_part, vocab_contains)
            groups.append(g)

        # English words and phrases: their Dutch translations join the first word's group
        self.english.translate(ws, groups, self._dutch_alts(is_part, vocab_contains))
        # synonyms: match phrases over stems (stop words included)
        stems = [stem(w.replace("-", "")) for w in ws]
        self.synonyms.expand(stems, groups)
        out = [g for g in groups if g is not None]
        content = [g for g in out if g.word not in filler]
        return content or out

    def _word_alts(self, w: str, is_part: Callable[[str], bool],
                   vocab_contains: Callable[[str], bool] | None) -> list["Alt"]:
        """The word itself and, for a compound, its parts: strong when the whole
        word is unknown to the index (the parts are all there is to find),
        weak otherwise ("buurthuis" is not "buurt" + "huis" in Huizen)."""
        joined = w.replace("-", "")
        alts = [Alt((stem(joined),), "all", 1.0)]
        if "-" in w:
            parts = [p for p in w.split("-") if len(p) >= MIN_PART and p not in STOP_WORDS]
        else:
            parts = [p for p in _all_parts(joined, is_part) if p not in STOP_WORDS]
        pstems = tuple(dict.fromkeys(stem(p) for p in parts if stem(p) != stem(joined)))
        if pstems:
            known = vocab_contains is None or vocab_contains(joined)
            alts.append(Alt(pstems, "any", 0.8, strong=not known))
        return alts

    def _dutch_alts(self, is_part, vocab_contains) -> Callable[[str, float], list["Alt"]]:
        """Alternatives for a Dutch translation: the phrase itself at ``weight``
        (the main translation, a single word, with its compound parts, as if it
        had been typed), plus its own synonyms."""

        def alts(phrase: str, weight: float) -> list[Alt]:
            ws = _hyphen_words(phrase)
            if len(ws) == 1 and weight == 1.0:
                out = [Alt(a.terms, a.mode, a.weight * weight, a.strong) for a in self._word_alts(ws[0], is_part, vocab_contains)]
            else:
                out = [Alt(_phrase_terms(phrase), "all", weight)]
            for terms, w in self.synonyms.by_key.get(_phrase_key(phrase), ()):
                out.append(Alt(terms, "all", w * weight, strong=_answers(terms, w)))
            return [a for a in out if a.terms]

        return alts


@dataclass
class Alt:
    """One way a query word can match: ``terms`` (stems) combined with
    ``mode`` "all" (every term must occur) or "any" (score scaled by the
    fraction of terms present), multiplied by ``weight``."""

    terms: tuple[str, ...]
    mode: str
    weight: float
    #: Whether a document matching this way answers the word: the word itself,
    #: an equivalent synonym, a translation, a typo's correction. Related terms
    #: and a known compound's parts only hint at it (weak).
    strong: bool = True


@dataclass
class Group:
    word: str
    alts: list[Alt] = field(default_factory=list)
    #: The word (or phrase) came from the English list: no typo correction.
    translated: bool = False

    def all_terms(self) -> set[str]:
        return {t for a in self.alts for t in a.terms}


SYNONYM_WEIGHT = 0.6
#: Weight of a related (broader or associated) term from a "=>" line.
RELATED_WEIGHT = 0.35


class SynonymTable:
    """Synonym groups. A line "a, b, c" makes its members equivalent; a line
    "a, b => c, d" makes a and b equivalent and adds the related terms c and d
    (at the lower RELATED_WEIGHT) to queries for a or b, but not the other way
    round ("eenzaam => maatje": a query for "maatje" is not about loneliness)."""

    def __init__(self) -> None:
        self.groups: list[list[str]] = []  # folded phrases
        self.related: list[list[str]] = []  # per group: related phrases (may be empty)

    def load(self, path: Path) -> None:
        for line in _read_lines(path):
            if line.startswith("!"):
                drop = " ".join(words(line[1:].replace("-", " ")) or [""])
                drop_key = _phrase_key(line[1:])

                def keep(p: str) -> bool:
                    return _phrase_key(p) != drop_key and p != drop

                self.groups = [[p for p in g if keep(p)] for g in self.groups]
                self.related = [[p for p in r if keep(p)] for r in self.related]
                continue
            left, arrow, right = line.partition("=>")
            members = [m.strip() for m in left.split(",") if m.strip()]
            related = [m.strip() for m in right.split(",") if m.strip()] if arrow else []
            if len(members) >= 2 or (members and related):
                self.groups.append(members)
                self.related.append(related)
        self._index()

    def _index(self) -> None:
        # phrase key (tuple of stems) -> list of (alternative term tuple, weight)
        self.by_key: dict[tuple[str, ...], list[tuple[tuple[str, ...], float]]] = {}
        for g, rel in zip(self.groups, self.related):
            keyed = [(_phrase_key(p), _phrase_terms(p)) for p in g]
            extra = [_phrase_terms(p) for p in rel]
            for key, _ in keyed:
                if not key:
                    continue
                alts = self.by_key.setdefault(key, [])
                have = {t: i for i, (t, _) in enumerate(alts)}
                cand = [(terms, SYNONYM_WEIGHT) for k2, terms in keyed if k2 != key]
                cand += [(terms, RELATED_WEIGHT) for terms in extra]
                for terms, w in cand:
                    if not terms:
                        continue
                    i = have.get(terms)
                    if i is None:
                        have[terms] = len(alts)
                        alts.append((terms, w))
                    elif alts[i][1] < w:
                        alts[i] = (terms, w)
        self.max_len = max((len(k) for k in self.by_key), default=1)

    def expand(self, stems: list[str], groups: list["Group | None"]) -> None:
        n = len(stems)
        for i in range(n):
            for ln in range(min(self.max_len, n - i), 0, -1):
                key = tuple(stems[i : i + ln])
                alts = self.by_key.get(key)
                if not alts:
                    continue
                targets = [g for g in groups[i : i + ln] if g is not None]
                for g in targets:
                    have = {a.terms for a in g.alts}
                    for terms, w in alts:
                        if terms not in have:
                            g.alts.append(Alt(terms, "all", w, strong=_answers(terms, w)))
                            have.add(terms)
                break


class EnglishTable:
    """English words and phrases residents type, mapped to the Dutch words of
    the directory. A line "groceries, grocery shopping => boodschappen" makes
    a query for either English form find what "boodschappen" finds (the first
    Dutch word at full weight, further ones as equivalent synonyms). English
    words are matched on their English stem, so "debt" covers "debts"; a
    Dutch word keeps its own meaning beside the translation."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, ...], list[str]] = {}
        self.max_len = 1
        self.words: set[str] = set()  # English stems of single words, to tell an English query

    def load(self, path: Path) -> None:
        for line in _read_lines(path):
            left, arrow, right = line.partition("=>")
            dutch = [d.strip() for d in right.split(",") if d.strip()]
            if not arrow or not dutch:
                continue
            for phrase in (e.strip() for e in left.split(",")):
                key = _english_key(phrase)
                if key:
                    have = self.by_key.setdefault(key, [])
                    have.extend(d for d in dutch if d not in have)
                    self.max_len = max(self.max_len, len(key))
                    if len(key) == 1:
                        self.words.add(key[0])

    def looks_english(self, ws: list[str]) -> bool:
        """More English words (listed ones and English stop words) than Dutch stop words."""
        en = sum(1 for w in ws if w in ENGLISH_STOP_WORDS or _stem_en(w) in self.words)
        nl = sum(1 for w in ws if w in STOP_WORDS)
        return en > nl

    def translate(self, ws: list[str], groups: list["Group | None"],
                  dutch_alts: Callable[[str, float], list[Alt]]) -> None:
        """Give the first group of each English phrase in ``ws`` the Dutch
        alternatives; the phrase's other words are folded into it."""
        keys = [_stem_en(w.replace("-", "")) for w in ws]
        n = len(ws)
        i = 0
        while i < n:
            for ln in range(min(self.max_len, n - i), 0, -1):
                dutch = self.by_key.get(tuple(keys[i : i + ln]))
                if dutch is None:
                    continue
                span = [j for j in range(i, i + ln) if groups[j] is not None]
                if span:
                    g = groups[span[0]]
                    g.word = " ".join(w.replace("-", "") for w in ws[i : i + ln])
                    g.translated = True
                    if ln > 1:  # the phrase as typed replaces its single words
                        g.alts = []
                    have = {a.terms: a for a in g.alts}
                    for k, d in enumerate(dutch):
                        for a in dutch_alts(d, 1.0 if k == 0 else SYNONYM_WEIGHT):
                            old = have.get(a.terms)
                            if old is None:
                                have[a.terms] = a
                                g.alts.append(a)
                            elif a.weight > old.weight:
                                old.weight, old.strong = a.weight, a.strong or old.strong
                    for j in span[1:]:
                        groups[j] = None
                i += ln - 1
                break
            i += 1


def _answers(terms: tuple[str, ...], weight: float) -> bool:
    """Whether a synonym answers the query word: an equivalent, not a related
    term, and not a phrase leaning on a filler word ("hulp in huis" is found
    in every text with "hulp" and "Huizen": its words need not be together)."""
    return weight >= SYNONYM_WEIGHT and (len(terms) == 1 or not any(t in _FILLER_STEMS for t in terms))


def _english_key(phrase: str) -> tuple[str, ...]:
    return tuple(_stem_en(w.replace("-", "")) for w in _hyphen_words(phrase))


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w.replace("-", "")) for w in _hyphen_words(phrase))


def _phrase_terms(phrase: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(stem(w.replace("-", "")) for w in _hyphen_words(phrase) if w not in STOP_WORDS)
    )


def _read_lines(path: Path) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out
