"""Small helpers to read deploy-time values from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured


def env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = env(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def require(name: str) -> str:
    """Production refuses to start without its settings."""
    value = env(name)
    if value is None:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value
