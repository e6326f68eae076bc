"""Helpers shared by tests in several apps (fixtures live in the conftest files)."""

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret


def with_two_factor(user):
    """Staff reach the admin only with two-factor authentication."""
    TOTP.activate(user, generate_totp_secret())
    return user


def csp_violations(page) -> list[str]:
    """Every Content-Security-Policy violation the page reports from now on (Chromium logs each one)."""
    violations = []

    def record(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", record)
    return violations
