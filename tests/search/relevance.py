"""nDCG@10 of the search service over the judged queries (judged_queries.toml)."""

import math
import tomllib
from collections import defaultdict
from pathlib import Path

from search import service

JUDGED = Path(__file__).with_name("judged_queries.toml")
CUTOFF = 10


def judged_queries():
    with JUDGED.open("rb") as file:
        return tomllib.load(file)["query"]


def slug_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def dcg(gains) -> float:
    return sum((2**gain - 1) / math.log2(position + 2) for position, gain in enumerate(gains))


def ndcg(ranked_slugs, relevant: dict, cutoff=CUTOFF) -> float:
    ideal = dcg(sorted(relevant.values(), reverse=True)[:cutoff])
    return dcg([relevant.get(slug, 0) for slug in ranked_slugs[:cutoff]]) / ideal if ideal else 0.0


def evaluate(user):
    """(mean nDCG@10, {kind: mean}, [(query, score, ranked slugs)])."""
    rows, by_kind = [], defaultdict(list)
    for judged in judged_queries():
        results = service.search(judged["q"], user=user, per_page=CUTOFF)
        ranked = [slug_of(result.url) for result in results.results]
        score = ndcg(ranked, judged["relevant"])
        rows.append((judged["q"], score, ranked))
        by_kind[judged["kind"]].append(score)
    mean = sum(score for _q, score, _r in rows) / len(rows)
    return mean, {kind: sum(s) / len(s) for kind, s in sorted(by_kind.items())}, rows
