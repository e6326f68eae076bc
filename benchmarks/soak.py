"""The soak test: `make soak` (benchmarks/README.md). Not part of `make test`.

50 connections for 60 seconds, against gunicorn under the production settings: on an article and on a Pro
topic, each time as five different signed-in Pro members at once (ten connections each, one wrk per member).
Every response must be a 200 that carries its own member: the header's account link names who is signed in,
and a Lua check in wrk counts any response with another member's page (or none). Needs the large site of
`make bench` (benchmarks/run.py builds it)."""

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from run import BASE, ENV, PORT, PYTHON, RESULTS, WRK, log, machine, manage, serve, stop, warm

MEMBERS = int(os.environ.get("SOAK_MEMBERS", "5"))
CONNECTIONS_EACH = int(os.environ.get("SOAK_CONNECTIONS_EACH", "10"))
SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
TIMEOUT = os.environ.get("SOAK_TIMEOUT", "30s")  # a slow answer is not an error; a wrong or failed one is

CHECK = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) wrong = 0 end
function response(status, headers, body)
  if status ~= 200 or not string.find(body, os.getenv("SOAK_MARKER"), 1, true) then wrong = wrong + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("wrong") end
  io.write(string.format("wrong responses: %d\\n", total))
end
"""

MEMBERS_SCRIPT = """
import json, sys
sys.argv = ["prepare"]
import prepare
from membership.access import has_pro_access
from membership.models import User
from kennisbank.demo.generator import GENERATED_MEMBER_DOMAIN
pages, _sessions = prepare.pick()
urls = {name: url for name, url, _who in pages}
members = [u for u in User.objects.filter(email__endswith="@" + GENERATED_MEMBER_DOMAIN).order_by("pk")[:400]
           if has_pro_access(u)][:%d]
print(json.dumps({
    "article": urls["article, no comments"],
    "pro_topic": urls["Pro topic, Pro member"],
    "members": [{"cookie": "sessionid=" + prepare.session_for(u), "marker": u.email} for u in members],
}))
"""


def wrk_as(member, url, script) -> subprocess.Popen:
    command = [WRK, "-t1", f"-c{CONNECTIONS_EACH}", f"-d{SECONDS}s", "--timeout", TIMEOUT, "-s", script]
    command += ["-H", f"Cookie: {member['cookie']}", f"http://127.0.0.1:{PORT}{url}"]
    env = {**os.environ, "SOAK_MARKER": member["marker"]}
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)


def parse(output: str) -> dict:
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(n) for n in errors.groups()) if errors else 0),
        "wrong_member": int(re.search(r"wrong responses: (\d+)", output).group(1)),
    }


def main():
    manage("migrate", "--no-input")  # the large site itself is `make bench`'s (prepare.py checks it is there)
    manage("collectstatic", "--no-input")
    found = subprocess.run(
        [PYTHON, "-c", MEMBERS_SCRIPT % MEMBERS],
        cwd=BASE / "benchmarks",
        env={**ENV, "PYTHONPATH": str(BASE)},
        check=True,
        capture_output=True,
        text=True,
    )
    plan = json.loads(found.stdout)
    if len(plan["members"]) < MEMBERS:
        raise SystemExit("Not enough Pro members in the bench database: run `make bench` first.")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(CHECK)
    site = serve("kennisbank.wsgi:application", ENV)
    started = datetime.datetime.now(datetime.UTC)
    report = {
        "date": started.isoformat(timespec="minutes"),
        "machine": machine(),
        "seconds": SECONDS,
        "connections": MEMBERS * CONNECTIONS_EACH,
        "pages": {},
    }
    try:
        for name in ("article", "pro_topic"):
            warm(plan[name], plan["members"][0]["cookie"])
            log(f"{name}: {MEMBERS} members x {CONNECTIONS_EACH} connections for {SECONDS} s ...")
            runs = [wrk_as(member, plan[name], script.name) for member in plan["members"]]
            results = [parse(run.communicate()[0]) for run in runs]
            report["pages"][name] = {
                "url": plan[name],
                "requests": sum(r["requests"] for r in results),
                "rps": round(sum(r["rps"] for r in results), 1),
                "errors": sum(r["errors"] for r in results),
                "wrong_member": sum(r["wrong_member"] for r in results),
            }
            log(json.dumps(report["pages"][name]))
    finally:
        stop(site)
        Path(script.name).unlink()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"soak-{started:%Y-%m-%d-%H%M}.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    log(f"Written {out.relative_to(BASE)}")
    failed = [name for name, page in report["pages"].items() if page["errors"] or page["wrong_member"]]
    if failed:
        log(f"FAILED: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
