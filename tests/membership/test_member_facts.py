"""The signed-in member is read for each request with the facts every page asks about them
(membership/auth_backends.py): subscription, ban, verified address, whether they have permissions, bookmarks
or follows. What those facts answer is what the separate queries answer; they are read anew for every
request."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import bookmarks, follows
from discussion import rules
from discussion.models import CommentBan
from membership import access
from membership.auth_backends import NOT_READ, MemberBackend, read_fact
from membership.models import SubscriptionStatus
from membership.status import payment_failed
from tests.discussion.helpers import member, moderators_group
from tests.factories import SubscriptionFactory, TopicPageFactory, UserFactory

User = get_user_model()


def signed_in(user):
    """The user object as a request gets it (what AuthenticationMiddleware asks the backend for)."""
    return MemberBackend().get_user(user.pk)


def fresh(user):
    """A user object from anywhere else: nothing read with it."""
    return User.objects.get(pk=user.pk)


def people():
    banned = member(first_name="Geschorst")
    CommentBan.objects.create(user=banned)
    trial, lapsed, failing = member(), member(), member()
    SubscriptionFactory(user=trial, status=SubscriptionStatus.TRIALING)
    SubscriptionFactory(user=failing, status=SubscriptionStatus.PAST_DUE)
    SubscriptionFactory(user=lapsed, status=SubscriptionStatus.ACTIVE)  # older, still giving Pro ...
    SubscriptionFactory(user=lapsed, status=SubscriptionStatus.CANCELED)  # ... decides over a newer ended one
    ended = member()
    SubscriptionFactory(user=ended, status=SubscriptionStatus.CANCELED)
    moderator = member()
    moderator.groups.add(moderators_group())
    return [banned, trial, lapsed, failing, ended, moderator, UserFactory(), UserFactory(is_superuser=True)]


def test_the_facts_read_with_the_member_answer_what_the_separate_queries_answer(db):
    for person in people():
        with_facts, without = signed_in(person), fresh(person)
        assert read_fact(without, access.SUBSCRIPTION_STATUS) is NOT_READ
        assert read_fact(with_facts, access.SUBSCRIPTION_STATUS) is not NOT_READ
        assert tuple(rules.standing(with_facts)) == tuple(rules.standing(without)), person
        assert access.subscription_status(with_facts) == access.subscription_status(without), person
        assert access.has_pro_access(with_facts) == access.has_pro_access(without), person
        assert payment_failed(with_facts) == payment_failed(without), person
        assert rules.can_moderate(with_facts) == rules.can_moderate(without), person
        assert with_facts.get_all_permissions() == ModelBackend().get_all_permissions(fresh(person)), person


def test_the_deciding_subscription_is_the_newest_that_gives_pro(db):
    lapsed = member()
    running = SubscriptionFactory(user=lapsed, status=SubscriptionStatus.ACTIVE)
    SubscriptionFactory(user=lapsed, status=SubscriptionStatus.CANCELED)
    assert access.current_subscription(fresh(lapsed)) == running
    assert read_fact(signed_in(lapsed), access.SUBSCRIPTION_STATUS) == SubscriptionStatus.ACTIVE
    assert read_fact(signed_in(member()), access.SUBSCRIPTION_STATUS) is None  # no subscription at all


def test_a_plain_members_facts_cost_no_query_of_their_own(db, django_assert_num_queries):
    plain = signed_in(member())
    with django_assert_num_queries(0):
        assert rules.standing(plain) == (False, True)
        assert access.has_pro_access(plain) is False
        assert rules.can_moderate(plain) is False
        assert plain.has_perm("wagtailadmin.access_admin") is False


def test_a_member_in_a_group_has_their_permissions_read(db, django_assert_num_queries):
    moderator = member()
    moderator.groups.add(moderators_group())
    with_facts = signed_in(moderator)
    with django_assert_num_queries(1):  # the permissions, once for the request
        assert rules.can_moderate(with_facts) is True
        assert (
            with_facts.has_perm("wagtailadmin.access_admin") is True
        )  # the moderation queue is in the admin


def test_a_request_that_changes_the_subscription_reads_it_anew_after_forgetting(db):
    newcomer = signed_in(member())
    assert access.has_pro_access(newcomer) is False
    SubscriptionFactory(user=newcomer, status=SubscriptionStatus.TRIALING)
    access.forget_cached_access(newcomer)
    assert access.has_pro_access(newcomer) is True
    assert access.subscription_status(newcomer) == SubscriptionStatus.TRIALING


def test_bookmarks_and_follows_are_asked_only_of_members_who_have_some(article, django_assert_num_queries):
    topic = TopicPageFactory(parent=article.get_parent().get_parent())
    keen, plain = member(), member()
    bookmarks.save(keen, article)
    follows.follow(keen, topic=topic)
    for person, expected in ((plain, False), (keen, True)):
        with_facts = signed_in(person)
        with django_assert_num_queries(2 if expected else 0):
            assert bookmarks.is_saved(with_facts, article) is expected
            assert follows.following(with_facts, topic=topic) is expected
        without = fresh(person)
        assert bookmarks.is_saved(without, article) is expected
        assert follows.following(without, topic=topic) is expected
    newcomer = signed_in(plain)  # saves and follows within one request: asked anew afterwards
    bookmarks.save(newcomer, article)
    follows.follow(newcomer, topic=topic)
    assert bookmarks.is_saved(newcomer, article) and follows.following(newcomer, topic=topic)
    bookmarks.remove(keen, article.pk)
    follows.unfollow(keen, topic=topic)
    assert not bookmarks.is_saved(signed_in(keen), article)
    assert not follows.following(signed_in(keen), topic=topic)


def comment_form_shown(client, article) -> bool:
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    return page.select_one("form.comment-form") is not None


def test_each_request_reads_the_facts_anew(client, article):
    """A ban, and a Pro subscription, take effect on the member's next page."""
    person = member()
    client.force_login(person)
    assert comment_form_shown(client, article)
    CommentBan.objects.create(user=person)
    assert not comment_form_shown(client, article)
    CommentBan.objects.filter(user=person).delete()
    assert comment_form_shown(client, article)
    assert not client.get("/account/").context["has_pro"]
    SubscriptionFactory(user=person, status=SubscriptionStatus.ACTIVE)
    assert client.get("/account/").context["has_pro"]


def test_a_signed_in_members_page_reads_only_what_is_theirs_on_it(client, article, settings):
    """The member with their facts (whether the article is bookmarked among them): nothing else of theirs;
    the session comes from the cache."""
    settings.PAGE_CACHE_SECONDS = 0
    client.force_login(member())
    for _ in range(2):  # warm the per-process caches
        client.get(article.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(article.url).status_code == 200
    sqls = [statement_behind(query["sql"]) for query in captured.captured_queries]
    main_tables = [re.search(r'FROM "(\w+)"(?! U\d)', sql)[1] for sql in sqls]  # not the subqueries' (U0)
    assert main_tables == ["membership_user"], [sql[:120] for sql in sqls]  # the session from the cache
    for fact_table in ("discussion_commentban", "membership_subscription", "articles_bookmark"):
        assert fact_table in sqls[0], fact_table  # read as the member's facts


def statement_behind(sql):
    """The statement an EXECUTE runs (PostgreSQL: the member's query is prepared once per connection)."""
    if not (execute := re.match(r"EXECUTE (\w+)\(", sql)):
        return sql
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE name = %s", [execute[1]])
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_the_members_query_is_prepared_once_per_connection(client):
    """Prepared on the connection's first signed-in request, outside the request's queries; a new
    connection prepares it again; the facts read through it are the query's."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (runs in .ci/run's PostgreSQL pass)")
    person = member()
    SubscriptionFactory(user=person, status=SubscriptionStatus.TRIALING)
    client.force_login(person)
    for _ in range(2):
        connection.close()  # a new connection, as after CONN_MAX_AGE or a restart of PostgreSQL
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/account/").status_code == 200
        executed = [query["sql"] for query in captured.captured_queries if query["sql"].startswith("EXECUTE")]
        assert len(executed) == 1, executed
        assert not [query for query in captured.captured_queries if "PREPARE" in query["sql"]]
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM pg_prepared_statements WHERE name LIKE 'kennisbank_member_%%'")
            assert len(cursor.fetchall()) == 1
    user = signed_in(person)
    assert read_fact(user, access.SUBSCRIPTION_STATUS) == SubscriptionStatus.TRIALING
    assert signed_in(UserFactory(is_active=False)) is None
    assert MemberBackend().get_user(10**9) is None


def test_a_login_is_recorded_with_the_member_backend(client, db):
    person = member(email="inlog@example.com")
    person.set_password("een-lang-wachtwoord")
    person.save()
    assert client.login(email="inlog@example.com", password="een-lang-wachtwoord")
    assert client.session["_auth_user_backend"] == settings.AUTHENTICATION_BACKENDS[0]
    assert settings.AUTHENTICATION_BACKENDS == ["membership.auth_backends.MemberBackend"]
