"""The Dutch analysis, written once and used at index time and at query time by every engine.

Text becomes a list of terms: lower case, diacritics folded, stop words dropped, Snowball Dutch stems,
compound words of the site's vocabulary split into their parts (the whole word is kept too) and a
synonym term for every synonym an editor defined. The terms are plain `[a-z0-9]` strings, so any engine
indexes them as they are: whitespace-analysed fields in Elasticsearch, FTS5 on SQLite, a tsvector with
the 'simple' configuration on PostgreSQL. Engines never see what the user typed, only these terms, so no
query syntax (quotes, `*`, `NEAR`, parentheses) can reach them.

This module is pure: the vocabulary and the synonyms are handed to the `Analyser` (see `search.state`).
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 40
TYPO_MIN_LENGTH = 5  # one edit is tolerated for query words of five letters or more
SUGGESTION_MIN_LENGTH = 4  # "Bedoelde u" corrects words of four letters or more
COMPOUND_MIN_LENGTH = 8
COMPOUND_PART_MIN_LENGTH = 4
COMMON_SHARE = 0.25
MAX_CACHED_WORDS = 100_000  # per analyser, which lives until the index changes

# Snowball's Dutch stop words, folded, plus the question words and pronouns people type in a search box.
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er
    ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon
    kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over
    reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we werd wezen wie wil worden
    wordt zal ze zelf zich zij zijn zo zonder zou
    waarom wanneer waar waarmee waardoor welk welke wij jij jou jouw jullie hen hoeveel hoezo zo'n
    mag moeten kun kunt zit zitten gaat gaan doe doet word wel nee dat's m'n z'n d'r 't 'n
    """.split()
)

# Parts of the site's vocabulary that compound words are made of, beside the index's own words.
CURATED_PARTS = frozenset(
    """
    management manager verandering verander team teams leider leiding leider werk werken plek vloer cultuur
    organisatie ontwikkeling training leren traject gesprek vergadering vergader besluit strategie doel
    doelen proces project kennis advies adviseur coach coaching medewerker klant kwaliteit programma
    onderzoek beleid beoordeling functionering personeel zaken prestatie indicator stijl stijlen vorming
    evaluatie feedback conflict samenwerking sturing veiligheid borging overleg planning structuur
    """.split()
)

# Particles that make verbs and prepositional words, not compounds ("onderhandelen", "terugkomt").
NOT_A_HEAD = frozenset(
    """
    aan achter af bij binnen buiten door erom erop even mee neer om onder op over rond samen tegen terug
    toe tussen uit vast voor vooruit waar weer weg
    """.split()
)

# Word endings that are suffixes rather than words of their own ("leiderschap" is not "leider" + "schap").
NOT_A_PART = frozenset(
    {"heid", "heden", "schap", "schappen", "lijk", "lijke", "baar", "loos", "achtig", "ische"}
)

SAFE_TERM = re.compile(r"[a-z0-9]+")
APOSTROPHES = "'\u2019"
_WORD = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
_stemmer = Stemmer.Stemmer("dutch")


def fold(text: str) -> str:
    """Lower case without diacritics: "Coöperatie" and "coöperatie" become "cooperatie", "één" "een"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clean_query(text) -> str:
    """What the user typed, made safe to analyse: control and format characters out, whitespace collapsed,
    at most 200 characters."""
    if not isinstance(text, str):
        return ""
    text = "".join(" " if unicodedata.category(ch) in _CONTROL else ch for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def words(text: str) -> list[str]:
    """The folded words of a text, stop words included ("KPI's" gives "kpi")."""
    result = []
    for match in _WORD.finditer(fold(text)):
        word = match.group().replace("\u2019", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOP_WORDS:
            result.append(word)
            continue
        word = word.replace("'", "")
        if word and len(word) <= MAX_WORD_LENGTH:
            result.append(word)
    return result


def word_spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the original text, for highlighting."""
    for match in _WORD.finditer(text):
        folded = _first_word(match.group())
        if folded:
            yield match.start(), match.end(), folded


@lru_cache(maxsize=100_000)
def _first_word(raw: str) -> str | None:
    """One word as `words` folds it (snippets fold every word of long texts; most words recur)."""
    folded = words(raw)
    return folded[0] if folded else None


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The index term of a folded word: its Snowball stem, or a safe spelling of a word in another script."""
    if SAFE_TERM.fullmatch(word):
        return _stemmer.stemWord(word) if not word.isdigit() else word
    return "x" + word.encode("utf-8").hex()


def is_content_word(word: str) -> bool:
    return word not in STOP_WORDS and len(word) <= MAX_WORD_LENGTH


def synonym_term(key) -> str:
    return f"syn{key}x"


@dataclass(frozen=True)
class SynonymGroup:
    key: int
    members: tuple[tuple[str, ...], ...]  # each member as its folded words ("prestatie", "indicator")

    @property
    def term(self) -> str:
        return synonym_term(self.key)

    @classmethod
    def parse(cls, key: int, text: str) -> "SynonymGroup":
        members = []
        for member in re.split(r"[,;\n]", text):
            member_words = tuple(words(member))
            if member_words and member_words not in members:
                members.append(member_words)
        return cls(key=key, members=tuple(members))


@dataclass
class Vocabulary:
    """The words of one index (public or full) with the number of documents each occurs in."""

    counts: Mapping[str, int] = field(default_factory=dict)
    extra: frozenset = frozenset()
    documents: int = 0  # how many documents the counts were taken from

    def __post_init__(self):
        self.known_words = frozenset(self.counts) | self.extra
        self.stems = frozenset(stem(word) for word in self.known_words)
        self._choices = sorted(word for word in self.counts if not word.isdigit() and len(word) > 2)

    def knows(self, word: str) -> bool:
        return word in self.known_words or stem(word) in self.stems

    def is_part(self, word: str) -> bool:
        """A known word, a known stem ("verander") or an inflection of a known word ("berekeningen")."""
        return (
            len(word) >= COMPOUND_PART_MIN_LENGTH
            and word not in NOT_A_PART
            and (word in self.known_words or word in self.stems or stem(word) in self.stems)
        )

    def is_specific(self, word: str) -> bool:
        """Whether a word is rare enough to say something by itself: in a quarter of the documents at most."""
        return not self.documents or self.counts.get(word, 0) <= COMMON_SHARE * self.documents

    def close_words(self, word: str, max_distance: int, limit: int = 5) -> list[str]:
        """Words of the index within `max_distance` edits, nearest first, then the most common."""
        found = process.extract(
            word, self._choices, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=None
        )
        found = [(choice, distance) for choice, distance, _index in found if choice != word]
        found.sort(key=lambda item: (item[1], -self.counts.get(item[0], 0), item[0]))
        return [choice for choice, _distance in found[:limit]]


@dataclass(frozen=True)
class Group:
    """One word (or synonym phrase) of a query. It matches when one of its alternatives does; an alternative
    is a set of terms that must all match (the parts of a compound, the words of a synonym phrase).
    `loose` alternatives count for less: corrections of a typo and the last part of a compound
    ("dashboard" for "managementdashboard")."""

    word: str
    alternatives: tuple[tuple[str, ...], ...]
    loose: tuple[tuple[str, ...], ...] = ()

    @property
    def terms(self) -> frozenset:
        return frozenset(term for alternative in self.alternatives + self.loose for term in alternative)


@dataclass(frozen=True)
class AnalysedQuery:
    text: str
    groups: tuple[Group, ...]
    words: tuple[str, ...]  # the folded content words as typed, for "Bedoelde u"

    @property
    def terms(self) -> frozenset:
        return frozenset(term for group in self.groups for term in group.terms)

    def __bool__(self):
        return bool(self.groups)


class Analyser:
    """The analysis for one index: its vocabulary (compound parts, typos) and the editors' synonyms."""

    def __init__(self, vocabulary: Vocabulary | None = None, synonyms: Iterable[SynonymGroup] = ()):
        self.vocabulary = vocabulary or Vocabulary()
        self.synonyms = tuple(group for group in synonyms if group.members)
        self._synonym_index = {}  # members are compared by their stems: "managementteams" is "managementteam"
        for group in self.synonyms:
            for member in group.members:
                stems = tuple(stem(word) for word in member)
                self._synonym_index.setdefault(stems[0], []).append((member, stems, group))
        self._splits = {}
        self._word_terms = {}

    # Compounds ---------------------------------------------------------------------------------------

    def split(self, word: str) -> tuple[str, ...] | None:
        """The known parts of a compound ("verandermanagement" -> "verander", "management"), or None."""
        if word in self._splits:
            return self._splits[word]
        parts = None
        if len(word) >= COMPOUND_MIN_LENGTH and word.isalpha():
            for cut in range(len(word) - COMPOUND_PART_MIN_LENGTH, COMPOUND_PART_MIN_LENGTH - 1, -1):
                head, tail = word[:cut], word[cut:]
                heads = [head] + ([head[:-1]] if head.endswith("s") else [])  # the linking s: leiderschaps-
                head = next((h for h in heads if self._is_head(h, tail)), None)
                if head is None:
                    continue
                if self.vocabulary.is_part(tail):
                    parts = (head, tail)
                elif rest := self.split(tail):
                    parts = (head, *rest)
                if parts:
                    break
        self._splits[word] = parts
        return parts

    def _is_head(self, head: str, tail: str) -> bool:
        if head in NOT_A_HEAD:
            return False
        if head in STOP_WORDS:  # "zelforganisatie" yes, "onderwerp" no
            return len(tail) >= 6 and self.vocabulary.is_part(tail)
        return self.vocabulary.is_part(head)

    def word_terms(self, word: str) -> list[str]:
        """The terms for one folded content word: its stem and the stems of its compound parts."""
        terms = self._word_terms.get(word)
        if terms is None:
            terms = [stem(word)]
            for part in self.split(word) or ():
                if part not in STOP_WORDS and (term := stem(part)) not in terms:
                    terms.append(term)
            if len(self._word_terms) < MAX_CACHED_WORDS:
                self._word_terms[word] = terms
        return terms

    # Synonyms ----------------------------------------------------------------------------------------

    def synonyms_at(self, tokens: list[str], position: int) -> list[tuple[tuple[str, ...], SynonymGroup]]:
        """The synonym members that start at this position, longest first."""
        found = []
        for _member, stems, group in self._synonym_index.get(stem(tokens[position]), ()):
            if tuple(stem(token) for token in tokens[position : position + len(stems)]) == stems:
                found.append((tuple(tokens[position : position + len(stems)]), group))
        found.sort(key=lambda item: -len(item[0]))
        return found

    # Index time --------------------------------------------------------------------------------------

    def index_terms(self, text: str) -> list[str]:
        tokens = words(text)
        terms = []
        for position, token in enumerate(tokens):
            terms.extend(group.term for _member, group in self.synonyms_at(tokens, position))
            if is_content_word(token):
                terms.extend(self.word_terms(token))
        return terms

    def index_text(self, text: str) -> str:
        return " ".join(self.index_terms(text))

    # Query time --------------------------------------------------------------------------------------

    def analyse_query(self, text) -> AnalysedQuery:
        text = clean_query(text)
        tokens = words(text)
        groups, typed = [], []
        position = 0
        while position < len(tokens) and len(groups) < MAX_QUERY_WORDS:
            token = tokens[position]
            matches = self.synonyms_at(tokens, position)
            if matches:
                member, group = matches[0]
                alternatives = [(group.term,)]
                for other in group.members:
                    content = [w for w in other if is_content_word(w)]
                    if content:
                        alternatives.append(tuple(dict.fromkeys(stem(w) for w in content)))
                groups.append(Group(word=" ".join(member), alternatives=tuple(dict.fromkeys(alternatives))))
                typed.extend(member)
                position += len(member)
                continue
            position += 1
            if not is_content_word(token):
                continue
            typed.append(token)
            alternatives, loose = self._word_alternatives(token)
            groups.append(Group(word=token, alternatives=alternatives, loose=loose))
        return AnalysedQuery(text=text, groups=tuple(groups), words=tuple(typed))

    def _word_alternatives(self, word: str):
        alternatives, loose = [(stem(word),)], []
        parts = self.split(word)
        if parts:
            content = tuple(dict.fromkeys(stem(p) for p in parts if p not in STOP_WORDS))
            if content:
                alternatives.append(content)
                # The last part of a Dutch compound says what kind of thing it is ("dashboard" for
                # "managementdashboard"), unless it is so common that it says little ("organisatie").
                if self.vocabulary.is_specific(parts[-1]):
                    loose.append(content[-1:])
        if not parts and len(word) >= TYPO_MIN_LENGTH and not self.vocabulary.knows(word):
            loose.extend((stem(close),) for close in self.vocabulary.close_words(word, 1))
        alternatives = tuple(dict.fromkeys(alternatives))
        return alternatives, tuple(alt for alt in dict.fromkeys(loose) if alt not in alternatives)

    def highlight_terms(self, query: AnalysedQuery) -> frozenset:
        """Terms that mark a word in a snippet: the query's terms without the synonym terms."""
        return frozenset(term for term in query.terms if not term.startswith("syn"))

    def suggestion(self, query: AnalysedQuery) -> str | None:
        """ "Bedoelde u ...?": the query as typed, with each word the index does not know replaced by the
        nearest word it does know; None when every word is known or nothing is near."""
        parts, position, changed = [], 0, False
        for start, end, word in word_spans(query.text):
            # Words under four letters have too many neighbours to guess from ("out" is not "fout").
            if not is_content_word(word) or word.isdigit() or len(word) < SUGGESTION_MIN_LENGTH:
                continue
            if self.vocabulary.knows(word) or self.split(word):
                continue
            close = self.vocabulary.close_words(word, 1 if len(word) < TYPO_MIN_LENGTH else 2, limit=1)
            if close:
                parts.extend([query.text[position:start], close[0]])
                position = end
                changed = True
        parts.append(query.text[position:])
        return "".join(parts) if changed else None
