"""Structured logs: one JSON object a line in production, each with the id of the request it belongs to.

The id comes from the proxy's `X-Request-ID` when it sends a well-formed one (so its access log and ours
meet), or is made here; the response carries it back. Records hold no personal data: no addresses, no
email, no request object, only what the message itself says (and messages name members by id)."""

import contextvars
import json
import logging
import re
import uuid
from datetime import UTC, datetime

from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
_WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,64}")
_current = contextvars.ContextVar("request_id", default="-")


def current_request_id() -> str:
    return _current.get()


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(HEADER, "")
        request_id = offered if _WELL_FORMED.fullmatch(offered) else uuid.uuid4().hex
        # Kept until the response is closed: Django logs 4xx and 5xx after the middleware has returned.
        _current.set(request_id)
        response = self.get_response(request)
        response[HEADER] = request_id
        return response


@receiver(request_finished)
def forget_request_id(**kwargs):
    _current.set("-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = _current.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if status := getattr(record, "status_code", None):
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
