"""Development: embedded defaults only (SQLite, local-memory cache, console email)."""

from .base import *  # noqa: F403
from .env import env, env_list

DEBUG = True
# A development-only key; production requires SECRET_KEY from the environment.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
