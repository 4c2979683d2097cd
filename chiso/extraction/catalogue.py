"""The indicator catalogue, loaded from ``chiso/data/indicators.csv``.

The CSV is the single source of truth: it feeds the warehouse's ``dim_indicator`` and drives
classification here. Adding an indicator is adding a row; no code names an indicator.

Columns used by the extractor (lists are ``;``-separated, matched on folded text):

- ``cues``: phrases near the number that point to this indicator. ``phrase@N`` gives the
  phrase its own priority; ``re:...`` is a regular expression.
- ``cue_side``: where a cue may stand relative to the number (``left``/``right``/``both``).
- ``required_terms``: one must appear in the same clause as the number (e.g. ``nữ``).
- ``context_terms``: one must appear in the title, the sentence or the previous sentence.
- ``excluded_terms``: none may appear in the same clause. ``context_excluded``: not in the sentence.
- ``share_of``: for a percentage, the count indicator(s) whose share it is ("chiếm X%" after
  such a count); ``share_requires``: phrases that must follow when the share is inherited.
- ``total_code``: derived-only row that names the total implied by count and share.
- ``org_scope``: ``organization`` (figure about an organisation/body), ``collector`` (about the
  agency only when named in the sentence) or ``population`` (no organisation).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from chiso.extraction.fastre import after_space, word_starts_not_after_space
from chiso.text import fold

CATALOGUE_PATH = Path(__file__).resolve().parent.parent / "data" / "indicators.csv"
UNIT_VALUE_TYPE = {"person": "count", "visit": "count", "card": "count", "vnd": "money", "percent": "percent"}


@dataclass(frozen=True)
class Cue:
    phrase: str
    priority: int
    pattern: re.Pattern = field(compare=False, repr=False)


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str
    theme: str
    name_vi: str
    name_en: str
    sdg_indicator: str
    description: str
    priority: int
    cues: tuple[Cue, ...]
    cue_side: str
    required_terms: re.Pattern | None
    context_terms: re.Pattern | None
    excluded_terms: re.Pattern | None
    context_excluded: re.Pattern | None
    share_of: tuple[str, ...]
    share_requires: re.Pattern | None
    total_code: str
    org_scope: str
    derived_only: bool
    row: dict = field(compare=False, repr=False)
    cue_pattern: re.Pattern | None = field(default=None, compare=False, repr=False)
    cue_priority: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def value_type(self) -> str:
        return UNIT_VALUE_TYPE.get(self.unit, "count")


def _phrase_regex(phrase: str) -> str:
    if phrase.startswith("re:"):
        return phrase[3:]
    words = [re.escape(w) for w in fold(phrase).split()]
    return r"\s+".join(words)


def _terms(cell: str) -> re.Pattern | None:
    items = [p.strip() for p in (cell or "").split(";") if p.strip()]
    if not items:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(_phrase_regex(p) for p in sorted(items, key=len, reverse=True)) + r")(?!\w)")


def _cues(cell: str, default_priority: int) -> tuple[Cue, ...]:
    out = []
    for raw in (cell or "").split(";"):
        raw = raw.strip()
        if not raw:
            continue
        priority = default_priority
        if not raw.startswith("re:") and "@" in raw:
            raw, _, p = raw.rpartition("@")
            priority = int(p)
        out.append(Cue(raw, priority, re.compile(r"(?<!\w)(?:" + _phrase_regex(raw) + r")(?!\w)")))
    return tuple(out)


def _combined(cues: tuple[Cue, ...]) -> dict:
    """One alternation for all cues of a row (longest first) and the priority of each phrase."""
    if not cues:
        return {"cue_pattern": None, "cue_priority": {}}
    ordered = sorted(cues, key=lambda c: (c.phrase.startswith("re:"), -len(c.phrase)))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_phrase_regex(c.phrase) for c in ordered) + r")(?!\w)")
    prio = {" ".join(fold(c.phrase).split()): c.priority for c in cues if not c.phrase.startswith("re:")}
    return {"cue_pattern": pattern, "cue_priority": prio}


def _catalogue_text() -> str:
    return CATALOGUE_PATH.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_catalogue() -> tuple[Indicator, ...]:
    rows = list(csv.DictReader(_catalogue_text().splitlines()))
    out = []
    for row in rows:
        priority = int(row.get("priority") or 0)
        out.append(Indicator(
            code=row["code"], unit=row["unit"], theme=row["theme"], name_vi=row["name_vi"],
            name_en=row["name_en"], sdg_indicator=row.get("sdg_indicator", ""),
            description=row.get("description", ""), priority=priority,
            cues=_cues(row.get("cues", ""), priority), cue_side=row.get("cue_side") or "both",
            required_terms=_terms(row.get("required_terms", "")),
            context_terms=_terms(row.get("context_terms", "")),
            excluded_terms=_terms(row.get("excluded_terms", "")),
            context_excluded=_terms(row.get("context_excluded", "")),
            share_of=tuple(s.strip() for s in (row.get("share_of") or "").split(";") if s.strip()),
            share_requires=_terms(row.get("share_requires", "")),
            total_code=row.get("total_code", ""), org_scope=row.get("org_scope") or "population",
            derived_only=(row.get("derived_only") or "").strip().lower() in ("true", "1", "yes"),
            row=dict(row),
            **_combined(_cues(row.get("cues", ""), priority)),
        ))
    return tuple(out)


def indicators(include_derived: bool = True) -> list[Indicator]:
    """Every catalogue row (the derived-only totals too unless ``include_derived`` is False)."""
    return [i for i in load_catalogue() if include_derived or not i.derived_only]


@lru_cache(maxsize=1)
def by_code() -> dict[str, Indicator]:
    return {i.code: i for i in load_catalogue()}


def catalogue_rows() -> list[dict]:
    """The CSV rows as plain dicts, for ``dim_indicator``."""
    return [dict(i.row) for i in load_catalogue()]


CATALOGUE_COLUMNS = ("code", "unit", "theme", "name_vi", "name_en", "sdg_indicator", "description")


# --- one scan for every phrase of the catalogue ---------------------------------------------------

ROLES = ("cues", "required_terms", "context_terms", "excluded_terms", "context_excluded", "share_requires")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_MISSING = object()


def phrase_key(matched: str) -> str:
    return " ".join(matched.split())


def trie_regex(phrases) -> str:
    """One regex for many literal phrases with shared prefixes factored out (a space matches any run
    of white space); at every branch the longer continuation is tried first."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append((r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class PhraseIndex:
    """Every cue and term phrase of the catalogue in one compiled alternation.

    :meth:`scan` finds *all* phrase occurrences in a stretch of folded text (nested and
    overlapping ones too: "tham gia bhyt", "tham gia" and "bhyt" at once) with a handful of
    regex calls per occurrence instead of one scan per indicator and per number.
    ``members[key]`` lists the ``(code, role)`` pairs that use a phrase.
    """

    def __init__(self, rows: tuple[Indicator, ...]):
        members: dict[str, list[tuple[str, str]]] = {}
        regexes: dict[str, re.Pattern] = {}
        for ind in rows:
            for role in ROLES:
                for raw in (ind.row.get(role) or "").split(";"):
                    raw = raw.strip()
                    if not raw:
                        continue
                    if role == "cues" and not raw.startswith("re:") and "@" in raw:
                        raw = raw.rpartition("@")[0]
                    key = raw if raw.startswith("re:") else " ".join(fold(raw).split())
                    if raw.startswith("re:"):
                        regexes[key] = re.compile(raw[3:])
                    lst = members.setdefault(key, [])
                    if (ind.code, role) not in lst:
                        lst.append((ind.code, role))
        self.members = members
        self.regexes = regexes
        # the reverse maps: (code, role) -> its phrase keys; phrase key -> codes it is a cue of (in order)
        self.keys_of_pair: dict[tuple[str, str], list[str]] = {}
        self.cue_codes: dict[str, list[str]] = {}
        for key, pairs in members.items():
            for pair in pairs:
                self.keys_of_pair.setdefault(pair, []).append(key)
            self.cue_codes[key] = [code for code, role in pairs if role == "cues"]
        literal = [k for k in members if not k.startswith("re:")]
        alts = [_phrase_regex(k) for k in regexes] + [trie_regex(literal)]
        self.pattern = re.compile("(?:" + "|".join(alts) + r")(?!\w)")
        self.after_space = after_space(self.pattern)
        # the literal keys at whose start no shorter phrase can match: no other key is a prefix of
        # one, and no regex matches a prefix of it (scan looks for shorter phrases after the others)
        self._alone = {k for k in literal if not any(o != k and k.startswith(o) for o in literal)
                       and not any(rx.match(k) for rx in regexes.values())}
        self._keys: dict[str, str | None] = {}

    def key_of(self, matched: str) -> str | None:
        return self._key_of_cached(matched)

    @lru_cache(maxsize=8192)  # noqa: B019 - one PhraseIndex per process (phrase_index() is cached)
    def _key_of_cached(self, matched: str) -> str | None:
        key = phrase_key(matched)
        if key in self.members:
            return key
        for k, rx in self.regexes.items():
            if rx.fullmatch(matched):
                return k
        return None

    def _matches_in_place(self, key: str, text: str, s: int, e: int) -> bool:
        """Whether the regex phrase ``key`` matches ``text[s:e]`` where it stands, its look-arounds seeing the text
        around it (a shorter phrase is first found in the text cut at its end)."""
        found = self.regexes[key].match(text, s)
        return found is not None and found.end() == e

    def scan(self, text: str, lo: int, hi: int, starts_before: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, key)`` of every phrase inside ``text[lo:hi]``, by start (only those that start
        before ``starts_before``, when given: a phrase found at one start does not depend on the others).

        A phrase starts at a word start (a phrase preceded by a word character is not one); at
        each word start where the pattern matches, the phrase found and every shorter one that
        ends at a word boundary are taken. The word starts are visited in order, from two
        sources: the matches of :attr:`after_space` (most word starts follow a space) and the
        few other word starts (:func:`~chiso.extraction.fastre.word_starts_not_after_space`),
        where the pattern is tried itself."""
        out = []
        match = self.pattern.match
        spaced_search = self.after_space.search
        keys = self._keys            # matched text -> key, as key_of (a plain dict: no call per lookup)
        alone = self._alone
        n = len(text)
        limit = hi if starts_before is None else starts_before
        others = word_starts_not_after_space(text, lo, limit)
        n_others = len(others)
        i = 0
        spaced = spaced_search(text, max(lo - 1, 0), hi)
        while True:
            if spaced is not None and spaced.start() + 1 >= limit:
                spaced = None
            s_spaced = spaced.start() + 1 if spaced is not None else limit
            if i < n_others and others[i] < s_spaced:
                s = others[i]
                i += 1
                m = match(text, s, hi)
                if m is None:
                    continue
                e = m.end()
            elif spaced is not None:
                s, e, m = s_spaced, spaced.end(), spaced
                spaced = spaced_search(text, s_spaced, hi)
            else:
                break
            while m is not None and e > s:
                c = text[e] if e < n else " "
                if c.isalnum() or c == "_":
                    pass  # cut inside a word by the shortened end
                else:
                    matched = text[s:e]
                    key = keys.get(matched, _MISSING)
                    if key is _MISSING:
                        if len(keys) >= 8192:
                            keys.clear()   # bounded, like key_of's own cache
                        key = keys[matched] = self.key_of(matched)
                    if key is not None and key.startswith("re:") and not self._matches_in_place(key, text, s, e):
                        key = None   # (a regex's look-ahead tested against the shortened end, not the text)
                    if key is not None:
                        out.append((s, e, key))
                        if key in alone:
                            break   # a shorter phrase here would be a prefix of this one
                m = match(text, s, e - 1)
                if m is not None:
                    e = m.end()
        return out


@lru_cache(maxsize=1)
def phrase_index() -> PhraseIndex:
    return PhraseIndex(tuple(i for i in load_catalogue() if not i.derived_only))
