"""No Docker engine runs here: check docker-compose.yml against the Compose schema and the settings, and
what .dockerignore lets into the production image."""

import ast
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from django.apps import apps
from django.conf import settings

from tests.kennisbank.test_site import PRODUCTION_ENV, start_production

BASE = Path(settings.BASE_DIR)
SCHEMA = BASE.parent / "shared" / "compose" / "compose-spec.json"
# What the production image runs; none of it may depend on devtools/.
PRODUCT = ["kennisbank", "articles", "membership", "search", "discussion", "manage.py"]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((BASE / "docker-compose.yml").read_text())


def test_compose_file_matches_the_compose_schema(compose):
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} is not available on this machine")
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft7Validator(schema).validate(compose)


def test_web_service_sets_every_setting_production_requires(compose):
    required = set(
        re.findall(r'require\("([A-Z_]+)"\)', (BASE / "kennisbank/settings/production.py").read_text())
    )
    assert required >= {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "SITE_URL"}
    environment = compose["services"]["web"]["environment"]
    assert required <= set(environment), required - set(environment)
    assert environment["DJANGO_SETTINGS_MODULE"] == "kennisbank.settings.production"
    assert "@db:5432/" in environment["DATABASE_URL"] and environment["REDIS_URL"].startswith(
        "redis://redis:6379"
    )


def test_no_secret_values_in_the_compose_file(compose):
    environment = compose["services"]["web"]["environment"]
    assert environment["SECRET_KEY"].startswith("${SECRET_KEY:?")
    assert "${POSTGRES_PASSWORD:?" in compose["services"]["db"]["environment"]["POSTGRES_PASSWORD"]


def test_healthcheck_calls_a_real_endpoint(compose, client, db):
    check = " ".join(compose["services"]["web"]["healthcheck"]["test"])
    url = re.search(r"http://127\.0\.0\.1:8000(/[^'\"]*)", check).group(1)
    response = client.get(url)
    assert response.status_code == 200
    assert url == "/readyz/"  # ready: the database answers (503 otherwise, so the container is unhealthy)
    assert response.json()["status"] == "ok"


def test_a_worker_runs_the_background_tasks(compose):
    worker = compose["services"]["worker"]
    assert worker["command"][:3] == ["python", "manage.py", "db_worker"]
    assert worker["environment"] == compose["services"]["web"]["environment"]
    code = "import django; django.setup(); from django.conf import settings; print(settings.TASKS)"
    result = start_production(PRODUCTION_ENV, code)
    assert "django_tasks_db.backend.DatabaseBackend" in result.stdout, result.stderr


def test_a_scheduler_publishes_scheduled_pages(compose):
    scheduler = compose["services"]["scheduler"]
    assert scheduler["command"] == ["python", "manage.py", "run_scheduler"]
    assert scheduler["environment"] == compose["services"]["web"]["environment"]
    assert scheduler["depends_on"]["web"]["condition"] == "service_healthy"


def test_elasticsearch_runs_beside_web_and_worker(compose):
    search = compose["services"]["elasticsearch"]
    assert search["image"].startswith("docker.elastic.co/elasticsearch/elasticsearch:8.")
    environment = search["environment"]
    assert environment["discovery.type"] == "single-node"
    heap = re.fullmatch(r"-Xms(\d+)m -Xmx(\d+)m", environment["ES_JAVA_OPTS"])
    limit = int(search["mem_limit"].removesuffix("g")) * 1024
    assert heap and heap[1] == heap[2] and int(heap[1]) <= limit // 2  # the rest is the file system cache
    assert "ports" not in search  # only web and worker reach it, on the project's own network
    assert any(volume.endswith(":/usr/share/elasticsearch/data") for volume in search["volumes"])
    check = " ".join(search["healthcheck"]["test"])
    assert "curl" in check and "localhost:9200/_cluster/health" in check
    for name in ("web", "worker"):
        service = compose["services"][name]
        assert service["environment"]["ELASTICSEARCH_URL"] == "http://elasticsearch:9200"
        assert service["depends_on"]["elasticsearch"] == {"condition": "service_healthy"}


@pytest.mark.parametrize(
    ("environment", "engine"),
    [({}, "database"), ({"ELASTICSEARCH_URL": "http://elasticsearch:9200"}, "elasticsearch")],
)
def test_production_searches_with_elasticsearch_only_when_it_is_configured(environment, engine):
    code = "import django; django.setup(); from django.conf import settings; print(settings.SEARCH_ENGINE)"
    result = start_production({**PRODUCTION_ENV, **environment}, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == engine


def test_production_refuses_elasticsearch_without_its_url():
    result = start_production({**PRODUCTION_ENV, "SEARCH_ENGINE": "elasticsearch"})
    assert result.returncode != 0
    assert "ELASTICSEARCH_URL" in result.stderr


# The production image ---------------------------------------------------------------------------------


def dockerignore_patterns():
    lines = (BASE / ".dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _matches(pattern, path):
    """Docker's rule: a pattern excludes the path it matches and everything under it."""
    pattern = pattern.strip("/")
    parts = path.split("/")
    for end in range(1, len(parts) + 1):
        prefix = "/".join(parts[:end])
        if fnmatch.fnmatchcase(prefix, pattern):
            return True
        if pattern.startswith("**/") and any(
            fnmatch.fnmatchcase("/".join(parts[start:end]), pattern[3:]) for start in range(end)
        ):
            return True
    return False


def excluded_from_image(path, patterns=None):
    """Whether `COPY . .` leaves this path (relative to the project root) out; the last matching line wins."""
    excluded = False
    for pattern in dockerignore_patterns() if patterns is None else patterns:
        negated = pattern.startswith("!")
        if _matches(pattern.lstrip("!"), path):
            excluded = not negated
    return excluded


def build_context():
    """The files `COPY . .` puts in the image, relative to the project root."""
    patterns = dockerignore_patterns()
    for folder, subfolders, files in os.walk(BASE):
        relative = Path(folder).relative_to(BASE)
        subfolders[:] = [
            name for name in subfolders if not excluded_from_image((relative / name).as_posix(), patterns)
        ]
        for name in files:
            if not excluded_from_image((relative / name).as_posix(), patterns):
                yield (relative / name).as_posix()


def test_development_tools_and_tests_stay_out_of_the_image():
    development = [
        path.relative_to(BASE).as_posix()
        for folder in ("devtools", "tests")
        for path in (BASE / folder).rglob("*")
        if path.is_file()
    ]
    assert "devtools/stripe_standin/__main__.py" in development
    assert [path for path in development if not excluded_from_image(path)] == []
    for secret_or_state in (".env", ".stripe-standin.json", "db.sqlite3", "kennisbank/__pycache__/x.pyc"):
        assert excluded_from_image(secret_or_state), secret_or_state
    for npm_tooling in ("package.json", "package-lock.json", "node_modules/axe-core/axe.min.js"):
        assert excluded_from_image(npm_tooling), npm_tooling


def test_the_image_keeps_what_production_runs():
    needed = ["requirements/base.txt", "kennisbank/settings/production.py", "templates", "locale", *PRODUCT]
    for path in needed:
        assert not excluded_from_image(path), path


def test_production_starts_from_the_files_the_image_gets(tmp_path):
    """The build context as .dockerignore makes it (no devtools/, no tests/) still loads the site."""
    context = tmp_path / "app"
    for relative in build_context():
        (context / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(BASE / relative, context / relative)
    assert (context / "manage.py").exists()
    assert not (context / "devtools").exists() and not (context / "tests").exists()
    code = "import django; django.setup(); import kennisbank.urls; print('loaded')"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=context, env=PRODUCTION_ENV, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded"


def product_modules():
    for name in PRODUCT:
        root = BASE / name
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from sorted(root.rglob("*.py"))


def module_references(path):
    """Every module a file imports (relative imports resolved), and every string that names a module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = path.relative_to(BASE).parent.parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value  # import_module("..."), INSTALLED_APPS, dotted paths in settings


def test_the_product_does_not_import_devtools():
    modules = list(product_modules())
    assert BASE / "membership/stripe_service.py" in modules
    offending = [
        f"{path.relative_to(BASE)}: {name}"
        for path in modules
        for name in module_references(path)
        if name == "devtools" or name.startswith("devtools.")
    ]
    assert offending == []


def test_devtools_is_not_a_django_app():
    assert not [config.name for config in apps.get_app_configs() if config.name.split(".")[0] == "devtools"]
    assert not (BASE / "devtools" / "apps.py").exists() and not (BASE / "devtools" / "models.py").exists()


# Read by the settings but meaningless in production: the stand-in's address (production refuses it) and
# the development server's log level.
DEVELOPMENT_ONLY = {"STRIPE_API_BASE", "QUIET_SERVER"}


def test_every_variable_the_settings_read_reaches_web_worker_and_scheduler(compose):
    settings_files = [BASE / "kennisbank/settings/base.py", BASE / "kennisbank/settings/production.py"]
    read = set()
    for path in settings_files:
        read |= set(re.findall(r'\b(?:env|env_bool|env_list|require)\("([A-Z_]+)"', path.read_text()))
    assert {"SECRET_KEY", "CSP_REPORT_ONLY", "DATABASE_CONN_MAX_AGE"} <= read  # the pattern finds them
    for service in ("web", "worker", "scheduler"):
        passed = set(compose["services"][service]["environment"])
        assert read - DEVELOPMENT_ONLY <= passed, (service, sorted(read - DEVELOPMENT_ONLY - passed))


def test_the_images_collectstatic_step_has_every_setting_production_requires():
    """The Dockerfile builds the static files under the production settings, with placeholder values that
    exist only for that step: the settings must load with exactly those."""
    dockerfile = (BASE / "Dockerfile").read_text().replace("\\\n", " ")
    step = re.search(r"^RUN (.*?)python manage.py collectstatic", dockerfile, re.MULTILINE).group(1)
    placeholders = dict(re.findall(r"\b([A-Z_]+)=(\S+)", step))
    assert "SECRET_KEY" in placeholders
    env = {**placeholders, "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production", "PATH": "/bin"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("environment", "seconds"), [({}, "60"), ({"DATABASE_CONN_MAX_AGE": "0"}, "0")])
def test_production_keeps_database_connections_and_checks_them(environment, seconds):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "db = settings.DATABASES['default']; print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    )
    result = start_production({**PRODUCTION_ENV, **environment}, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [seconds, "True"]
