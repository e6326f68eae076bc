"""No Docker engine runs here: check docker-compose.yml against the Compose schema and the settings."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from django.conf import settings

from tests.kennisbank.test_site import PRODUCTION_ENV, start_production

BASE = Path(settings.BASE_DIR)
SCHEMA = BASE.parent / "shared" / "compose" / "compose-spec.json"


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
    assert response.content == b"ok\n"


def test_a_worker_runs_the_background_tasks(compose):
    worker = compose["services"]["worker"]
    assert worker["command"][:3] == ["python", "manage.py", "db_worker"]
    assert worker["environment"] == compose["services"]["web"]["environment"]
    code = "import django; django.setup(); from django.conf import settings; print(settings.TASKS)"
    result = start_production(PRODUCTION_ENV, code)
    assert "django_tasks_db.backend.DatabaseBackend" in result.stdout, result.stderr
