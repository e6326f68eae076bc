"""Snippets: a short passage with the matched words in <mark>, built only from the texts the caller passes
(the service passes only the fields the person may read). Everything is HTML-escaped except the marks."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import Analyser, is_content_word, word_spans

WINDOW_WORDS = 30
MAX_SCAN_CHARACTERS = 20_000


def _spans(text: str, analyser: Analyser, terms: frozenset):
    """(start, end, matched terms) for each word of the text."""
    spans = []
    for start, end, word in word_spans(text[:MAX_SCAN_CHARACTERS]):
        matched = frozenset(analyser.word_terms(word)) & terms if is_content_word(word) else frozenset()
        spans.append((start, end, matched))
    return spans


def _best_window(spans):
    """The start of the window of WINDOW_WORDS words with the most different matched terms (then the most
    matches, then the earliest)."""
    best, best_key = 0, None
    for first in range(len(spans)):
        if not spans[first][2]:
            continue
        window = spans[first : first + WINDOW_WORDS]
        distinct = frozenset().union(*(span[2] for span in window))
        key = (len(distinct), sum(1 for span in window if span[2]))
        if best_key is None or key > best_key:
            best, best_key = first, key
    # Start a few words before the first match, so the passage does not begin in the middle of a thought.
    return max(0, best - 4), best_key


def _render(text: str, spans, first: int) -> SafeString:
    window = spans[first : first + WINDOW_WORDS]
    if not window:
        return SafeString("")
    start, end = window[0][0], window[-1][1]
    parts = ["… " if first > 0 else ""]
    position = start
    for span_start, span_end, matched in window:
        if matched:
            parts.append(escape(text[position:span_start]))
            parts.append("<mark>" + escape(text[span_start:span_end]) + "</mark>")
            position = span_end
    parts.append(escape(text[position:end]))
    if first + WINDOW_WORDS < len(spans) or end < len(text.rstrip()):
        parts.append(" …")
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 -- every piece is escaped above


def snippet(texts: list[str], analyser: Analyser, terms: frozenset) -> SafeString:
    """The best passage among the texts (in order of preference), or the start of the first text."""
    best = None
    for text in texts:
        if not text:
            continue
        spans = _spans(text, analyser, terms)
        first, key = _best_window(spans)
        if key is not None and (best is None or key > best[0]):
            best = (key, text, spans, first)
    if best is not None:
        _key, text, spans, first = best
        return _render(text, spans, first)
    for text in texts:
        if text:
            return _render(
                text, [(s, e, frozenset()) for s, e, _w in word_spans(text[:MAX_SCAN_CHARACTERS])], 0
            )
    return SafeString("")
