"""The load benchmark: `make bench` (see benchmarks/README.md). Not part of `make test`.

Builds (once) the large site on its own PostgreSQL database, serves it with gunicorn under the production
settings (Redis cache), loads each page with wrk at several connection counts, and compares every figure
with a bare WSGI app under the same gunicorn settings, measured before and after in the same run."""

import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
RESULTS = BASE / "benchmarks" / "results"
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WRK = shutil.which("wrk") or "/usr/bin/wrk"

SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))  # per page and connection count
SECONDS_AT_50 = int(os.environ.get("BENCH_SECONDS_AT_50", "60"))  # the error check runs longer
CONNECTIONS = [int(n) for n in os.environ.get("BENCH_CONNECTIONS", "1,10,50").split(",")]
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
MEMORY_REQUESTS = int(os.environ.get("BENCH_MEMORY_REQUESTS", "20000"))
ONLY = os.environ.get("BENCH_PAGES")  # a comma-separated part of the page names, for a quick look
TARGETS = {  # ratio to the bare app, from issue 9
    "cached": 0.3,
    "article, no comments": 0.05,
    "comments": 0.03,
    "home": 0.03,
    "article index": 0.03,
    "knowledge base": 0.03,
    "Pro topic, Pro member": 0.03,
    "search": 0.02,
    "autocomplete": 0.1,
}

# Production settings with dummy secrets: nothing here reaches Stripe or a mail server.
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
    "DATABASE_URL": os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennisbank_bench"
    ),
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
    "SECRET_KEY": "benchmark-only-" + "x" * 40,
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SITE_URL": f"http://127.0.0.1:{PORT}",
    "EMAIL_HOST": "127.0.0.1",
    "STRIPE_SECRET_KEY": "sk_test_benchmark",
    "STRIPE_WEBHOOK_SECRET": "whsec_benchmark",
    "STRIPE_PRICE_ID": "price_benchmark",
    "STRIPE_YEARLY_PRICE_ID": "price_benchmark_yearly",
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "PYTHONPATH": str(BASE),
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def manage(*args, env=ENV):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE, env=env, check=True, stdout=subprocess.DEVNULL)


def serve(app, env):
    process = subprocess.Popen(
        [
            GUNICORN,
            app,
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            WORKERS,
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=BASE,
        env=env,
        start_new_session=True,
    )
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", PORT), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    else:
        raise SystemExit(f"gunicorn did not start for {app}")
    return process


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def workers_rss_kb(process) -> list[int]:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)))
    return sizes


def warm(url, cookie=None):
    """A few requests to the page on as many connections at once as there are workers, twice: requests one
    after the other may all go to one worker, and a worker's first request to a page (its templates, its
    compiled queries) took up to 0.6 s, a tail that showed in the next measurement."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}{url}", headers={"Cookie": cookie} if cookie else {}
    )

    def fetch(_):
        for _ in range(3):
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()

    with ThreadPoolExecutor(int(WORKERS) * 2) as pool:
        list(pool.map(fetch, range(int(WORKERS) * 2)))


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return round(float(number) * UNITS[unit], 2)


# As a reader's browser: what readers cause (a read counted, articles/readership.py) is measured too; wrk
# sends no User-Agent of its own, and the site does not count a request without one.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


def wrk(url, connections, seconds, cookie=None) -> dict:
    command = [WRK, f"-t{min(THREADS, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["-H", f"User-Agent: {BROWSER}"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{PORT}{url}"], capture_output=True, text=True, check=True
    ).stdout
    latency = dict(re.findall(r"^\s*(50|75|90|99)%\s+([\d.]+[a-z]+)", output, re.MULTILINE))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    kinds = (
        dict(zip(("connect", "read", "write", "timeout"), map(int, socket_errors.groups()), strict=True))
        if socket_errors
        else {}
    )
    kinds["non-2xx/3xx"] = int(non_2xx.group(1)) if non_2xx else 0
    errors = {kind: n for kind, n in kinds.items() if n}
    if errors:
        log(f"errors {errors} at {connections} connections on {url}")
    return {
        "connections": connections,
        "seconds": seconds,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(latency["50"]),
        "p90_ms": milliseconds(latency["90"]),
        "p99_ms": milliseconds(latency["99"]),
        "errors": sum(errors.values()),
        "error_kinds": errors,  # which: a timeout, a refused connection and a 500 mean different things
    }


def p95(run):
    """wrk prints 50/75/90/99; p95 is read between 90 and 99 (linear), and said so in the README."""
    return round((run["p90_ms"] + run["p99_ms"]) / 2, 2)


def settle():
    """Wait until the workers have answered the requests wrk left queued when it stopped (a slow page at
    50 connections leaves seconds of work), so that the next measurement starts on an idle server."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/robots.txt", timeout=30) as response:
                response.read()
        except OSError:
            pass
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.2)


def load(url, cookie=None) -> list[dict]:
    runs = []
    for n in CONNECTIONS:
        runs.append(wrk(url, n, SECONDS_AT_50 if n >= 50 else SECONDS, cookie))
        settle()
    return runs


def machine() -> dict:
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    memory = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    postgres = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu.group(1) if cpu else platform.processor(),
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory.group(1)) / 1024 / 1024, 1) if memory else None,
        "system": platform.platform(),
        "python": platform.python_version(),
        "postgresql": postgres,
        "load_average_at_start": os.getloadavg(),
    }


def target_for(name, cached):
    if cached:
        return TARGETS["cached"] if name.startswith("article") else None
    for key, value in TARGETS.items():
        if key != "cached" and key in name:
            return value
    return None


def main():
    started = datetime.datetime.now(datetime.UTC)
    log("Preparing the database, the static files and the sessions ...")
    subprocess.run(
        [PYTHON, "-m", "devtools.create_database", ENV["DATABASE_URL"]], cwd=BASE, env=ENV, check=True
    )
    manage("migrate", "--no-input")
    if "--skip-demo" not in sys.argv:
        manage("load_demo_content")
    manage("collectstatic", "--no-input")
    pages = json.loads(
        subprocess.run(
            [PYTHON, "benchmarks/prepare.py"], cwd=BASE, env=ENV, check=True, capture_output=True, text=True
        ).stdout
    )
    if ONLY:
        pages = [page for page in pages if any(part in page["page"] for part in ONLY.split(","))]

    log("The ceiling: a bare WSGI app ...")
    bare = serve("benchmarks.bare_app:application", ENV)
    ceiling_before = {run["connections"]: run for run in load("/")}
    stop(bare)

    results = []
    memory = {}
    for phase, cache_seconds in (("uncached", "0"), ("cached", "600")):
        env = {**ENV, "PAGE_CACHE_SECONDS": cache_seconds}
        subprocess.run(
            [
                PYTHON,
                "-c",
                "import django; django.setup(); from django.core.cache import cache; cache.clear()",
            ],
            cwd=BASE,
            env=env,
            check=True,
        )
        site = serve("kennisbank.wsgi:application", env)
        try:
            for page in pages:
                if phase == "cached" and page["visitor"] != "anonymous":
                    continue  # never from the shared cache: measured once, above
                warm(page["url"], page["cookie"])
            if phase == "uncached":
                memory["before_kb"] = workers_rss_kb(site)
                served = 0
            for page in pages:
                if phase == "cached" and page["visitor"] != "anonymous":
                    continue
                log(f"{phase}: {page['page']} ...")
                runs = load(page["url"], page["cookie"])
                if phase == "uncached":
                    served += sum(run["requests"] for run in runs)
                # The session itself stays out of the report: it signs someone in on the bench database.
                shown = {
                    **page,
                    "cookie": "sessionid=(a session of the bench database)" if page["cookie"] else None,
                }
                results.append({**shown, "phase": phase, "runs": runs})
            if phase == "uncached":
                while served < MEMORY_REQUESTS:  # top up to the requests the memory figure promises
                    served += wrk(pages[0]["url"], 10, 5)["requests"]
                memory["after_kb"] = workers_rss_kb(site)
                memory["requests"] = served
        finally:
            stop(site)

    log("The ceiling again ...")
    bare = serve("benchmarks.bare_app:application", ENV)
    ceiling_after = {run["connections"]: run for run in load("/")}
    stop(bare)
    ceiling = {n: (ceiling_before[n]["rps"] + ceiling_after[n]["rps"]) / 2 for n in CONNECTIONS}
    for result in results:
        for run in result["runs"]:
            run["ratio"] = round(run["rps"] / ceiling[run["connections"]], 4)
            run["p95_ms"] = p95(run)
        result["target"] = target_for(result["page"], result["phase"] == "cached")

    growth = (sum(memory["after_kb"]) - sum(memory["before_kb"])) / sum(memory["before_kb"])
    memory["growth"] = round(growth, 4)
    report = {
        "date": started.isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            "seconds": SECONDS,
            "seconds_at_50": SECONDS_AT_50,
            "connections": CONNECTIONS,
            "threads": THREADS,
            "workers": WORKERS,
            "database": ENV["DATABASE_URL"].rsplit("/", 1)[-1],
        },
        "ceiling": {"before": ceiling_before, "after": ceiling_after, "mean_rps": ceiling},
        "memory": memory,
        "pages": results,
    }
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / started.strftime("%Y-%m-%d-%H%M")
    stem.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n")
    stem.with_suffix(".md").write_text(markdown(report))
    log(f"Written {stem}.md and {stem}.json")
    print(markdown(report))


def markdown(report) -> str:
    settings, machine_ = report["settings"], report["machine"]
    lines = [
        f"# Benchmark {report['date']}",
        "",
        f"Machine: {machine_['cpu']}, {machine_['cores']} cores, {machine_['memory_gb']} GB; "
        f"{machine_['system']}; Python {machine_['python']}; {machine_['postgresql']}; "
        f"load average at start {machine_['load_average_at_start']}.",
        f"gunicorn {settings['workers']} sync workers, production settings, Redis cache; "
        f"wrk {settings['threads']} threads, {settings['seconds']} s per page "
        f"({settings['seconds_at_50']} s at 50 connections).",
        "",
        "Ceiling (bare WSGI app, 2 KB), req/s before / after: "
        + ", ".join(
            f"{n} conn. {report['ceiling']['before'][n]['rps']:.0f} / "
            f"{report['ceiling']['after'][n]['rps']:.0f}"
            for n in settings["connections"]
        ),
        "",
        "| page | visitor | page cache | conn. | req/s | ratio | target | p50 ms | p95 ms | p99 ms | errors "
        "| queries |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in report["pages"]:
        for run in result["runs"]:
            target = result["target"]
            verdict = "" if target is None else (f"{target} {'met' if run['ratio'] >= target else 'MISSED'}")
            queries = result["queries_cached"] if result["phase"] == "cached" else result["queries"]
            lines.append(
                f"| {result['page']} | {result['visitor']} | "
                f"{'on' if result['phase'] == 'cached' else 'off'} | {run['connections']} | "
                f"{run['rps']:.1f} | {run['ratio']:.4f} | {verdict} | {run['p50_ms']} | {run['p95_ms']} | "
                f"{run['p99_ms']} | {run['errors']} | {queries} |"
            )
    memory = report["memory"]
    lines += [
        "",
        f"Worker memory (RSS): {sum(memory['before_kb']) // 1024} MB before, "
        f"{sum(memory['after_kb']) // 1024} MB after {memory['requests']} requests: "
        f"{memory['growth'] * 100:+.1f}% (target: less than 10%).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
