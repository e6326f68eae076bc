"""Time search and autocomplete through their views (engine time plus view), as a reader and a Pro member.

Meant for PostgreSQL with the large generated corpus (`make bench-search` sets it up): p50 and p95 of
`/zoeken/?q=` and `/zoeken/suggesties/?q=` against the targets of 50 ms and 15 ms. Every query is timed
once "cold" (the first search for its words since the process started: the engine asks the database for
them) and then in warm rounds; the targets are checked against all timings together. Not part of
`make test`: speed is measured here, not asserted in tests that run on a busy machine.
"""

import json
import statistics
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import ArticlePage
from kennisbank.demo.generator import GENERATED_MARK
from membership.access import PRO_STATUSES
from membership.models import Subscription, SubscriptionStatus
from search.models import SearchDocument

BENCHMARK_MEMBER = "search-benchmark@example.invalid"
SEARCH_TARGET_MS = 50
AUTOCOMPLETE_TARGET_MS = 15

# What readers of a site for managers, trainers and consultants type: head words, longer questions,
# compounds, inflections, synonyms and abbreviations, typos, missing diacritics, and words no page has.
QUERIES = """
verandermanagement | leiderschap | borging | feedback | teamontwikkeling | cultuur | strategie | coaching
motivatie | vergaderen | kpi | hr | mt | doelen stellen | weerstand tegen verandering | functioneringsgesprek
hoe houd je een verbetertraject vol | waarom mislukken veranderingen | zelfsturende teams | agile werken
verbeteringen borgen na de training | leidinggevende coachen | conflicten in het team | samenwerking
lean | kwaliteit verbeteren | klantgerichtheid | medewerkerstevredenheid | werkdruk | verzuim
managment | leiderschp | verandermanagment | cooperatie | coöperatie | éénduidig beleid | prestatie-indicator
personeelszaken | managementteam | trainingen | veranderingen | teams | leiders | vergaderingen
onboarding nieuwe medewerkers | beoordelingsgesprek | talentontwikkeling | organisatiecultuur veranderen
besluitvorming | projectmanagement | procesverbetering | continu verbeteren | retrospective | okr
psychologische veiligheid | eigenaarschap | vertrouwen | timemanagement | prioriteiten stellen
adviseur | trainer | consultant | kennisdeling | lerende organisatie | evaluatie van training
quantumfysica | zzzzz | de het een | 2026 | ??? | "leiderschap en cultuur" | leiderschap AND team
""".replace("\n", " ")


def queries() -> list[str]:
    return [q.strip() for q in QUERIES.split("|") if q.strip()]


def prefixes() -> list[str]:
    """What a reader has typed when autocomplete asks: two to six letters of each query's first word."""
    found = []
    for query in queries():
        word = query.split()[0]
        found.extend(word[:length] for length in (2, 3, 4, 6) if len(word) >= length)
    return list(dict.fromkeys(found))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Time search and autocomplete through their views: p50/p95 against the targets (50 ms, 15 ms)."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5, help="Warm rounds after the cold one.")
        parser.add_argument("--json", dest="json_path", help="Also write the figures to this file.")
        parser.add_argument(
            "--prepare",
            action="store_true",
            help="Make the corpus and a Pro member when missing (on a database of its own).",
        )

    def handle(self, *args, rounds, json_path, prepare, **options):
        if prepare:
            self._prepare()
        documents = SearchDocument.objects.count()
        self.stdout.write(f"Database: {connection.vendor}; indexed documents: {documents}")
        if connection.vendor != "postgresql" or documents < 10_000:
            self.stdout.write(
                self.style.WARNING(
                    "The targets are for PostgreSQL with generate_content --articles 10000 --topics 110."
                )
            )
        host = next((h.lstrip(".") for h in settings.ALLOWED_HOSTS if h != "*"), "localhost")
        # A browser's user agent, so each search is recorded for the analytics as a person's would be.
        browser = {"HTTP_HOST": host, "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) search-benchmark"}
        visitors = {"reader": Client(**browser)}
        pro_member = self._pro_member()
        if pro_member:
            visitors["pro"] = Client(**browser)
            visitors["pro"].force_login(pro_member)
        else:
            self.stdout.write("No member with Pro in this database: the Pro rows are left out.")

        started = time.perf_counter()
        visitors["reader"].get(reverse("search"), {"q": "opwarmen"})  # loads the engine's document table
        self.stdout.write(f"First search of the process: {1000 * (time.perf_counter() - started):.0f} ms")

        figures = {}
        for name, client in visitors.items():
            figures[f"search, {name}"] = self._time(client, reverse("search"), queries(), rounds)
            suggestions = reverse("search_suggestions")
            figures[f"autocomplete, {name}"] = self._time(client, suggestions, prefixes(), rounds)
        failed = self._report(figures)
        if json_path:
            with open(json_path, "w", encoding="utf-8") as out:
                json.dump(figures, out, indent=2)
        if failed:
            raise SystemExit(1)

    def _prepare(self):
        if not ArticlePage.objects.filter(title__startswith=GENERATED_MARK).exists():
            call_command("generate_content", articles=10_000, topics=110, stdout=self.stdout)
            call_command("search_index", rebuild=True, stdout=self.stdout)
        if not self._pro_member():
            member, _created = get_user_model().objects.get_or_create(
                username=BENCHMARK_MEMBER, defaults={"email": BENCHMARK_MEMBER}
            )
            Subscription.objects.create(
                user=member,
                stripe_subscription_id="sub_search_benchmark",
                stripe_customer_id="cus_search_benchmark",
                status=SubscriptionStatus.ACTIVE,
            )

    @staticmethod
    def _pro_member():
        User = get_user_model()
        return User.objects.filter(subscriptions__status__in=PRO_STATUSES, is_active=True).first()

    def _time(self, client, url, texts, rounds):
        cold, warm, queries_per_request, errors = [], [], [], 0
        for round_number in range(rounds + 1):
            for text in texts:
                connection.queries_log.clear()  # the log keeps 9 000 queries; counting needs room
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(url, {"q": text})
                    elapsed = 1000 * (time.perf_counter() - started)
                errors += response.status_code != 200
                (warm if round_number else cold).append(elapsed)
                queries_per_request.append(len(captured))
        every = cold + warm
        return {
            "requests": len(every),
            "errors": errors,
            "p50_ms": round(statistics.median(every), 1),
            "p95_ms": round(percentile(every, 0.95), 1),
            "max_ms": round(max(every), 1),
            "cold_p50_ms": round(statistics.median(cold), 1),
            "cold_p95_ms": round(percentile(cold, 0.95), 1),
            "warm_p95_ms": round(percentile(warm, 0.95), 1) if warm else None,
            "sql_queries_max": max(queries_per_request),
        }

    def _report(self, figures) -> bool:
        self.stdout.write(
            f"{'':24} {'requests':>8} {'p50':>7} {'p95':>7} {'max':>7} "
            f"{'cold p50':>9} {'cold p95':>9} {'SQL':>4}"
        )
        failed = False
        for name, row in figures.items():
            target = SEARCH_TARGET_MS if name.startswith("search") else AUTOCOMPLETE_TARGET_MS
            ok = row["p95_ms"] < target and not row["errors"]
            failed |= not ok
            verdict = self.style.SUCCESS("ok") if ok else self.style.ERROR(f"over {target} ms or errors")
            self.stdout.write(
                f"{name:24} {row['requests']:>8} {row['p50_ms']:>7} {row['p95_ms']:>7} {row['max_ms']:>7} "
                f"{row['cold_p50_ms']:>9} {row['cold_p95_ms']:>9} {row['sql_queries_max']:>4}  {verdict}"
            )
        self.stdout.write(
            f"Targets for p95: search {SEARCH_TARGET_MS} ms, autocomplete {AUTOCOMPLETE_TARGET_MS} ms."
        )
        return failed
