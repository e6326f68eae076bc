"""The ceiling: a bare WSGI app returning a 2 KB page, served by gunicorn with the site's settings."""

BODY = (b"<!DOCTYPE html><html lang=nl><title>Kennisbank</title><p>" + b"x" * 2000 + b"</p></html>")[:2048]


def application(environ, start_response):
    start_response(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]
    )
    return [BODY]
