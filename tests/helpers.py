"""Helpers shared by tests in several apps (fixtures live in the conftest files)."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)

# A code typed near the end of its period may reach the server in the next one (no tolerance is allowed).
TOTP_MARGIN_SECONDS = 5


def with_two_factor(user):
    """Staff reach the admin only with two-factor authentication."""
    TOTP.activate(user, generate_totp_secret())
    return user


def totp_code(secret) -> str:
    """The authenticator's current code, from a period with at least TOTP_MARGIN_SECONDS still to run."""
    left = mfa_settings.TOTP_PERIOD - time.time() % mfa_settings.TOTP_PERIOD
    if left < TOTP_MARGIN_SECONDS:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def csp_violations(page) -> list[str]:
    """Every Content-Security-Policy violation the page reports from now on (Chromium logs each one)."""
    violations = []

    def record(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", record)
    return violations
