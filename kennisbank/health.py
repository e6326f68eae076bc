"""Probes for load balancers and the compose healthchecks.

`/healthz/` (liveness): the process answers; it asks nothing else, so a database outage does not get
every web process restarted. `/readyz/` (readiness): the database, the cache and the search engine, each
with its state and how long it took. Without the database nothing works (503); without the cache or the
search engine pages are still served (the database answers searches), so 200 with `degraded`.
"""

import time
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search.engines import configured_engine


@require_GET
@never_cache
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache():
    key, value = f"readyz:{uuid.uuid4().hex}", "1"
    cache.set(key, value, timeout=5)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure of an outside service is a state to report, not a 500
        state = {"state": "down", "error": type(error).__name__}
    else:
        state = {"state": "ok"}
    return {**state, "ms": round((time.perf_counter() - started) * 1000, 1)}


@require_GET
@never_cache
def readyz(request):
    engine = configured_engine()
    checks = {
        "database": _timed(_database),
        "cache": _timed(_cache),
        "search": {"engine": engine.name, **_timed(engine.check)},
    }
    if checks["database"]["state"] != "ok":
        status, code = "down", 503
    elif any(check["state"] != "ok" for check in checks.values()):
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse({"status": status, "degraded": status == "degraded", "checks": checks}, status=code)
