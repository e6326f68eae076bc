"""No Docker engine runs here: check docker-compose.yml against the Compose schema and the settings."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from django.conf import settings

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
