"""Run by benchmarks/run.py under the production settings of the run: makes sure the large site is there,
signs in a member and a Pro member (sessions in the database, as a browser would have them), picks the pages
and counts each page's SQL queries once. Prints a JSON description of the pages."""

import json
import sys

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import ArticlePage, TopicPage  # noqa: E402
from discussion.models import DiscussionComment  # noqa: E402
from kennisbank.demo.generator import GENERATED_MARK, GENERATED_MEMBER_DOMAIN  # noqa: E402
from membership.access import has_pro_access  # noqa: E402
from membership.models import User  # noqa: E402

ARTICLES, TOPICS, MEMBERS, DISCUSSED, COMMENTS = 10_000, 110, 5_000, 50, 500


def log(message):
    print(message, file=sys.stderr, flush=True)


def ensure_data():
    generated = ArticlePage.objects.filter(title__startswith=GENERATED_MARK).count()
    members = User.objects.filter(email__endswith=f"@{GENERATED_MEMBER_DOMAIN}").count()
    discussed = (
        DiscussionComment.objects.filter(user__email__endswith=f"@{GENERATED_MEMBER_DOMAIN}")
        .order_by()
        .values("object_pk")
        .distinct()
        .count()
    )
    wanted = {
        "articles": max(0, ARTICLES - generated),
        "topics": TOPICS if generated == 0 else 0,
        "members": max(0, MEMBERS - members),
        "discussed_articles": max(0, DISCUSSED - discussed),
        "comments": COMMENTS,
    }
    if any(wanted[name] for name in ("articles", "members", "discussed_articles")):
        log(f"Generating {wanted}")
        call_command("generate_content", stdout=sys.stderr, **wanted)
        if wanted["articles"]:
            call_command("search_index", rebuild=True, stdout=sys.stderr)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner's statistics, for the tables just filled


def session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def pick():
    article_type = ContentType.objects.get_for_model(ArticlePage)
    counts = dict(
        DiscussionComment.objects.filter(content_type=article_type)
        .order_by()
        .values("object_pk")
        .annotate(n=Count("pk"))
        .values_list("object_pk", "n")
    )
    public = ArticlePage.objects.live().public().filter(is_pro=False, title__startswith=GENERATED_MARK)
    quiet = public.exclude(pk__in=[int(pk) for pk in counts]).order_by("pk").first()
    busy = ArticlePage.objects.get(pk=max(counts, key=counts.get))
    pro_topic = TopicPage.objects.live().filter(is_pro=True).order_by("pk").first()
    filter_topic = TopicPage.objects.live().annotate(n=Count("articles")).order_by("-n").first()
    members = User.objects.filter(email__endswith=f"@{GENERATED_MEMBER_DOMAIN}").order_by("pk")
    member = next(user for user in members[:50] if not has_pro_access(user))
    pro = next(user for user in members[:200] if has_pro_access(user))
    sessions = {"member": session_for(member), "pro": session_for(pro)}
    log(f"Article without comments: {quiet.url}; with {counts[str(busy.pk)]} comments: {busy.url}")
    pages = [
        ("home", "/", None),
        ("article index, page 1", "/artikelen/", None),
        ("article index, page 500", "/artikelen/?pagina=500", None),
        ("article index, topic filter", f"/artikelen/?onderwerp={filter_topic.slug}", None),
        ("article, no comments", quiet.url, None),
        (f"article, {counts[str(busy.pk)]} comments", busy.url, None),
        ("article, no comments, member", quiet.url, "member"),
        (f"article, {counts[str(busy.pk)]} comments, member", busy.url, "member"),
        ("knowledge base", "/kennisbank/", None),
        ("Pro topic, anonymous", pro_topic.url, None),
        ("Pro topic, Pro member", pro_topic.url, "pro"),
        ("feed", "/feed/", None),
        ("sitemap index", "/sitemap.xml", None),
        ("sitemap, pages 1", "/sitemap-pages.xml?p=1", None),
        ("sitemap, authors", "/sitemap-authors.xml", None),
        ("search", "/zoeken/?q=borging", None),
        ("autocomplete", "/zoeken/suggesties/?q=bor", None),
    ]
    return pages, sessions


def queries(url, session_key, cached):
    client = Client(SERVER_NAME="127.0.0.1")
    if session_key:
        client.cookies["sessionid"] = session_key
    with override_settings(PAGE_CACHE_SECONDS=600 if cached else 0):
        client.get(url)  # warm per-process caches, as a running site has them
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
    return len(captured), response.status_code


def main():
    ensure_data()
    pages, sessions = pick()
    described = []
    for name, url, who in pages:
        count, status = queries(url, sessions.get(who), cached=False)
        cached_count, _status = queries(url, sessions.get(who), cached=True)
        described.append(
            {
                "page": name,
                "url": url,
                "visitor": who or "anonymous",
                "cookie": f"sessionid={sessions[who]}" if who else None,
                "status": status,
                "queries": count,
                "queries_cached": cached_count,
            }
        )
        log(f"{name}: {status}, {count} queries ({cached_count} with the shared page cache)")
    json.dump(described, sys.stdout)


if __name__ == "__main__":
    main()
