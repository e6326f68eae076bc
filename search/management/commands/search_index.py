import sys

from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.models import SearchDocument


class Command(BaseCommand):
    help = (
        "Rebuild the search index (--rebuild) or report drift between the database and the index (--check)."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--rebuild", action="store_true", help="Build every document and the index again.")
        group.add_argument("--check", action="store_true", help="Report drift; exit status 1 when there is.")

    def handle(self, *args, **options):
        if options["rebuild"]:
            self.rebuild()
        else:
            self.report_drift()

    def rebuild(self):
        interactive = getattr(self.stdout, "isatty", lambda: False)()
        state = {"shown": -1}

        def progress(done, total):
            percent = 100 * done // max(total, 1)
            if interactive:
                bar = "#" * (percent // 4)
                self.stdout.write(f"\rBuilding documents [{bar:<25}] {done}/{total}", ending="")
                self.stdout.flush()
            elif percent // 10 != state["shown"] or done == total:
                state["shown"] = percent // 10
                self.stdout.write(f"Building documents: {done}/{total} ({percent}%)")

        indexed = indexing.rebuild(progress=progress)
        if interactive:
            self.stdout.write("")
        stored = SearchDocument.objects.count()
        drift = indexing.check()
        engines_ok = all(not missing and not extra for missing, extra in drift.engines.values())
        if stored != indexed or drift.pages != indexed or not engines_ok:
            raise CommandError(
                f"The index does not match: {drift.pages} pages to index, {indexed} documents built, "
                f"{stored} stored; engines: {self._engine_report(drift)}"
            )
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {indexed} documents, count checked."))

    def report_drift(self):
        drift = indexing.check()
        self.stdout.write(f"Pages to index: {drift.pages}; documents: {drift.documents}")
        for label, ids in (
            ("live pages missing from the index", drift.missing),
            ("documents of pages that are gone or not live", drift.stale),
            ("pages published again since they were indexed", drift.outdated),
        ):
            if ids:
                self.stdout.write(f"  {len(ids)} {label}: {self._ids(ids)}")
        self.stdout.write(f"Engines: {self._engine_report(drift)}")
        if drift.ok:
            self.stdout.write(self.style.SUCCESS("No drift: the index matches the database."))
        else:
            self.stdout.write(self.style.ERROR("Drift found: run `manage.py search_index --rebuild`."))
            sys.exit(1)

    def _engine_report(self, drift):
        parts = []
        for name, (missing, extra) in drift.engines.items():
            if missing or extra:
                parts.append(f"{name}: {len(missing)} missing, {len(extra)} extra")
            else:
                parts.append(f"{name}: in step")
        return "; ".join(parts)

    @staticmethod
    def _ids(ids):
        shown = sorted(ids, key=str)[:20]
        return ", ".join(map(str, shown)) + (" …" if len(ids) > 20 else "")
