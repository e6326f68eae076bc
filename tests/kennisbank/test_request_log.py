"""Structured logs (kennisbank/request_log.py): JSON lines with the request's id and no personal data."""

import io
import json
import logging

import pytest

from kennisbank.request_log import HEADER, JsonFormatter, RequestIdFilter, current_request_id
from tests.factories import UserFactory
from tests.kennisbank.test_site import PRODUCTION_ENV, start_production


@pytest.fixture
def log_lines():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    logger.removeHandler(handler)


def test_every_response_has_a_request_id_and_the_log_line_carries_it(client, site_tree, log_lines):
    member = UserFactory(email="geheim.lid@example.com")
    client.force_login(member)
    response = client.get("/bestaat-niet/", REMOTE_ADDR="203.0.113.77", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert response.status_code == 404
    request_id = response[HEADER]
    assert len(request_id) == 32
    (line,) = log_lines()
    assert line["request_id"] == request_id
    assert line["level"] == "WARNING" and line["status"] == 404 and line["logger"] == "django.request"
    text = json.dumps(line)
    for personal in ("203.0.113.77", "198.51.100.9", "geheim.lid", str(member.pk) + "@"):
        assert personal not in text


def test_a_well_formed_id_from_the_proxy_is_kept_and_junk_is_replaced(client, site_tree):
    assert client.get("/", HTTP_X_REQUEST_ID="proxy-abc-12345")[HEADER] == "proxy-abc-12345"
    for junk in ("kort", "x" * 65, "<script>alert(1)</script>", "a b c d e f g h"):
        assigned = client.get("/", HTTP_X_REQUEST_ID=junk)[HEADER]
        assert assigned != junk and len(assigned) == 32


def test_two_requests_get_two_ids_and_none_outlives_its_request(client, site_tree):
    assert client.get("/")[HEADER] != client.get("/")[HEADER]
    assert current_request_id() == "-"


def test_an_exception_is_one_json_line_with_its_traceback():
    record = logging.LogRecord("kennisbank", logging.ERROR, __file__, 1, "kapot %s", ("hier",), None)
    try:
        raise ValueError("oeps")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "kapot hier" and "ValueError: oeps" in entry["exception"]
    assert entry["request_id"] == "-"  # outside a request


def test_production_logs_json():
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.LOGGING['handlers']['console']['formatter'])"
    assert start_production(PRODUCTION_ENV, code).stdout.strip() == "json"
