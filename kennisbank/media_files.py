"""Wagtail's images and members' photos, served by the site itself in development and production alike.

The compose stack has no proxy in front of gunicorn, so without this the images of every article would be
missing in production. Only these two folders: documents are never served straight from disk, so Pro
documents stay behind the access policy (Wagtail's document view serves them). Files are sent with the
server's file wrapper (sendfile where it can); a proxy or CDN in front may cache them for a day.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

SERVED_FOLDERS = ("images", "avatars")
CACHE_SECONDS = 60 * 60 * 24


@require_safe
def serve_media(request, folder, path):
    if folder not in SERVED_FOLDERS:
        raise Http404
    # `serve` refuses paths that climb out of the folder and lists no directories.
    response = serve(request, path, document_root=settings.MEDIA_ROOT / folder)
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    # An uploaded SVG or a file that sniffs as HTML must never run as a page of this site.
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response
