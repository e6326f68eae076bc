"""The moderators' tools beyond the queue: confirming a block, blocked members, hiding any public comment,
bulk approval and removal, the reporters of a report, and the audit log in Wagtail's site history."""

from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.db import OperationalError, transaction
from django.test import Client
from wagtail.models import ModelLogEntry

from discussion import admin_views, moderation
from discussion.models import CommentBan, CommentReport, DiscussionComment
from discussion.rules import posting_refusal
from discussion.service import post_comment
from membership import personal_data
from tests.discussion.helpers import established, member
from tests.discussion.test_discussion_cache import visit
from tests.factories import ArticlePageFactory, CommentFactory, UserFactory
from tests.helpers import with_two_factor

QUEUE = "/admin/reacties/"
PUBLISHED = "/admin/reacties/alle/"
BULK = "/admin/reacties/selectie/"
BLOCKED = "/admin/reacties/geblokkeerd/"


def block_url(comment):
    return f"/admin/reacties/{comment.pk}/blokkeren/"


def action_url(comment, action):
    return f"/admin/reacties/{comment.pk}/{action}/"


def entries(action):
    return list(ModelLogEntry.objects.filter(action=action).order_by("timestamp", "pk"))


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def public(article):
    """A published comment by an established member, seen by everyone."""
    writer = established(member(first_name="Sanne"), article)
    return post_comment(user=writer, page=article, text="Zichtbaar voor iedereen")


@pytest.fixture
def moderating(client, moderator):
    client.force_login(moderator)
    return client


# Blocking asks first ------------------------------------------------------------------------------------


def test_blocking_asks_first_and_the_post_blocks_and_logs(
    moderating, moderator, held, django_capture_on_commit_callbacks
):
    page = moderating.get(block_url(held))
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    assert "Mijn" in soup.select_one(".moderation-item__text").get_text()
    form = soup.select_one(".moderation-block-confirm form")
    assert (form["method"], form["action"]) == ("post", block_url(held))
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert not CommentBan.objects.exists()  # asking changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = moderating.post(block_url(held), {"reason": "Reclame"})
    assert response.status_code == 302
    ban = CommentBan.objects.get(user=held.user)
    assert (ban.banned_by, ban.reason) == (moderator, "Reclame")
    [blocked] = entries(moderation.BLOCK)
    assert (blocked.user, blocked.object_id, blocked.data["reason"]) == (moderator, str(ban.pk), "Reclame")
    [removed] = entries(moderation.REMOVE)
    assert (removed.user, removed.object_id) == (moderator, str(held.pk))


# Blocked members ---------------------------------------------------------------------------------------


def test_blocked_members_are_listed_and_can_be_unblocked(moderating, moderator, article):
    blocked = member(first_name="Bram", last_name="Blok")
    moderation.block(user=blocked, moderator=moderator, reason="Scheldt")
    assert posting_refusal(blocked, article) is not None

    soup = BeautifulSoup(moderating.get(BLOCKED).content, "html.parser")
    [row] = soup.select("tr.blocked-member")
    text = row.get_text(" ", strip=True)
    assert "Bram Blok" in text and blocked.email in text and "Scheldt" in text and "Mo Derator" in text
    ban = CommentBan.objects.get()
    assert row.select_one("form")["action"] == f"{BLOCKED}{ban.pk}/opheffen/"

    assert moderating.get(f"{BLOCKED}{ban.pk}/opheffen/").status_code == 405
    response = moderating.post(f"{BLOCKED}{ban.pk}/opheffen/", follow=True)
    assert messages_of(response) == ["Bram Blok mag weer reageren."]
    assert not CommentBan.objects.exists()
    assert posting_refusal(blocked, article) is None
    [unblocked] = entries(moderation.UNBLOCK)
    assert (unblocked.user, unblocked.label, unblocked.data["user_id"]) == (
        moderator,
        "Bram Blok",
        blocked.pk,
    )

    assert moderating.post(f"{BLOCKED}{ban.pk}/opheffen/").status_code == 404  # gone already
    assert moderating.post(f"{BLOCKED}99999999999/opheffen/").status_code == 404


def test_the_blocked_list_costs_the_same_queries_for_one_member_and_for_twenty(
    moderating, moderator, django_assert_max_num_queries
):
    def count():
        with django_assert_max_num_queries(100) as captured:
            assert moderating.get(BLOCKED).status_code == 200
        return len(captured)

    moderation.block(user=member(), moderator=moderator)
    moderating.get(BLOCKED)  # reads what a process keeps per generation (kennisbank/site_lookups.py)
    one = count()
    for _n in range(19):
        moderation.block(user=member(), moderator=moderator)
    assert count() == one


# Hiding any public comment -----------------------------------------------------------------------------


def test_a_moderator_hides_a_comment_from_the_site_and_the_next_visitor_no_longer_sees_it(
    article, public, moderator, django_capture_on_commit_callbacks
):
    assert "Zichtbaar voor iedereen" in visit(article)[0].get_text()  # cached for everyone
    site = Client()
    site.force_login(moderator)
    section = BeautifulSoup(site.get(article.url).content, "html.parser")
    form = section.select_one(f"#c{public.pk} form.comment__moderate")
    assert form["action"] == action_url(public, "verbergen")
    back = form.select_one("input[name=next]")["value"]
    assert back == f"{article.url}#c{public.pk}"

    with django_capture_on_commit_callbacks(execute=True):
        response = site.post(form["action"], {"next": back})
    assert response.status_code == 302 and response["Location"] == back
    public.refresh_from_db()
    assert public.hidden_by_moderator and not public.is_removed

    section, read = visit(article, member())
    assert read
    assert "Zichtbaar voor iedereen" not in section.get_text()
    assert section.select_one(f"#c{public.pk}") is None  # no replies: no trace
    [hidden] = entries(moderation.HIDE)
    assert (hidden.user, hidden.object_id, hidden.data["page_id"]) == (
        moderator,
        str(public.pk),
        str(article.pk),
    )
    assert hidden.label == f"Reactie {public.pk} van Sanne {public.user.last_name}".strip()


def test_hidden_comments_are_restored_from_the_list_of_all_comments(
    moderating, moderator, article, public, django_capture_on_commit_callbacks
):
    moderation.hide(comments=[public], moderator=moderator)
    assert "Zichtbaar voor iedereen" not in visit(article)[0].get_text()

    soup = BeautifulSoup(moderating.get(f"{PUBLISHED}?verborgen=1").content, "html.parser")
    [row] = soup.select("tr.moderation-item")
    assert row.select_one(".moderation-item__hidden") is not None
    restore = row.select_one(f"form[action='{action_url(public, 'terugzetten')}']")
    with django_capture_on_commit_callbacks(execute=True):
        response = moderating.post(restore["action"], {"next": f"{PUBLISHED}?verborgen=1"})
    assert response["Location"] == f"{PUBLISHED}?verborgen=1"
    section, read = visit(article)
    assert read and "Zichtbaar voor iedereen" in section.get_text()
    assert [e.user for e in entries(moderation.RESTORE)] == [moderator]


def test_the_list_of_all_comments_shows_public_ones_and_filters_by_page(
    moderating, site_tree, article, public, held
):
    other_page = ArticlePageFactory(parent=site_tree.article_index, title="Ander artikel")
    elsewhere = post_comment(user=public.user, page=other_page, text="Elders")
    rows = {
        int(r["data-comment-id"])
        for r in BeautifulSoup(moderating.get(PUBLISHED).content, "html.parser").select("tr.moderation-item")
    }
    assert {public.pk, elsewhere.pk} <= rows and held.pk not in rows  # held comments are in the queue
    row = BeautifulSoup(moderating.get(PUBLISHED).content, "html.parser").select_one(
        f"tr[data-comment-id='{public.pk}']"
    )
    assert row.select_one("a.no")["href"] == block_url(public)  # blocking asks first here too
    only = moderating.get(f"{PUBLISHED}?pagina={other_page.pk}")
    assert {
        int(r["data-comment-id"])
        for r in BeautifulSoup(only.content, "html.parser").select("tr.moderation-item")
    } == {elsewhere.pk}
    for nonsense in ("abc", "-1", "9" * 30, ""):
        assert moderating.get(f"{PUBLISHED}?pagina={nonsense}&p={nonsense}").status_code == 200


def test_a_held_comment_cannot_be_hidden_and_an_outside_next_is_ignored(moderating, held, public):
    response = moderating.post(action_url(held, "verbergen"), follow=True)
    assert messages_of(response) == [
        "Alleen gepubliceerde reacties kun je verbergen of terugzetten; keur deze goed of verwijder hem."
    ]
    held.refresh_from_db()
    assert not held.hidden_by_moderator
    response = moderating.post(action_url(public, "verbergen"), {"next": "https://elders.example/"})
    assert response["Location"] == QUEUE


# The reporters of a report -----------------------------------------------------------------------------


def test_the_queue_names_who_reported_a_comment_when_and_why(moderating, reported):
    soup = BeautifulSoup(moderating.get(QUEUE).content, "html.parser")
    row = soup.select_one(f"tr[data-comment-id='{reported.pk}']")
    lines = row.select(".moderation-item__report")
    reports = list(reported.reports.order_by("created_at"))
    assert len(lines) == 3
    for line, report in zip(lines, reports, strict=True):
        assert report.user.email in line.get_text()
        assert datetime.fromisoformat(line.select_one("time")["datetime"]) == report.created_at
    assert "Grof taalgebruik" in lines[0].get_text()


# Bulk approval and removal -----------------------------------------------------------------------------


@pytest.fixture
def two_held(site_tree, article):
    other_page = ArticlePageFactory(parent=site_tree.article_index, title="Tweede artikel")
    return [
        post_comment(user=member(first_name="Een"), page=article, text="Eerste wachtende"),
        post_comment(user=member(first_name="Twee"), page=article, text="Tweede wachtende"),
        post_comment(user=member(first_name="Drie"), page=other_page, text="Derde wachtende"),
    ]


def test_bulk_approve_publishes_every_ticked_comment_and_retires_each_page_once(
    moderating, moderator, article, two_held, monkeypatch, django_capture_on_commit_callbacks
):
    visit(article)  # cached
    soup = BeautifulSoup(moderating.get(QUEUE).content, "html.parser")
    bulk_form = soup.select_one("form#bulk-form")
    assert bulk_form["action"] == BULK and bulk_form.select_one("input[name=csrfmiddlewaretoken]")
    assert len(soup.select("input[name=ids][form=bulk-form]")) == 3

    retired = []
    monkeypatch.setattr(
        moderation, "retire", lambda page_id, real=moderation.retire: (retired.append(page_id), real(page_id))
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = moderating.post(
            BULK, {"action": "goedkeuren", "ids": [c.pk for c in two_held]}, follow=True
        )
    assert messages_of(response) == ["3 reacties zijn gepubliceerd."]
    assert DiscussionComment.objects.filter(pk__in=[c.pk for c in two_held], is_public=True).count() == 3
    assert sorted(retired) == sorted({c.object_pk for c in two_held})  # once per page
    text = visit(article)[0].get_text()
    assert "Eerste wachtende" in text and "Tweede wachtende" in text
    approved = entries(moderation.APPROVE)
    assert {e.object_id for e in approved} == {str(c.pk) for c in two_held}
    assert len({e.uuid for e in approved}) == 1 and {e.user for e in approved} == {moderator}


def test_bulk_remove_removes_every_ticked_comment(moderating, moderator, two_held, public):
    ids = [two_held[0].pk, public.pk]
    response = moderating.post(BULK, {"action": "verwijderen", "ids": ids, "next": PUBLISHED})
    assert response["Location"] == PUBLISHED
    assert set(DiscussionComment.objects.filter(is_removed=True).values_list("pk", flat=True)) == set(ids)
    assert {e.object_id for e in entries(moderation.REMOVE)} == {str(i) for i in ids}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "goedkeuren"}, "Kies ten minste één reactie."),
        (
            {"action": "goedkeuren", "ids": ["abc"]},
            "Deze selectie klopt niet. Laad de pagina opnieuw en probeer het nog eens.",
        ),
        (
            {"action": "goedkeuren", "ids": ["9" * 30]},
            "Deze selectie klopt niet. Laad de pagina opnieuw en probeer het nog eens.",
        ),
        (
            {"action": "goedkeuren", "ids": ["0"]},
            "Deze selectie klopt niet. Laad de pagina opnieuw en probeer het nog eens.",
        ),
        (
            {"action": "goedkeuren", "ids": [str(n) for n in range(1, 200)]},
            "Deze selectie klopt niet. Laad de pagina opnieuw en probeer het nog eens.",
        ),
        (
            {"action": "goedkeuren", "ids": ["999999"]},
            "Een of meer gekozen reacties bestaan niet meer of zijn al verwijderd; er is niets veranderd.",
        ),
        (
            {"action": "publiceren", "ids": ["1"]},
            "Kies of je de gekozen reacties wilt goedkeuren of verwijderen.",
        ),
        ({"ids": ["1"]}, "Kies of je de gekozen reacties wilt goedkeuren of verwijderen."),
    ],
)
def test_bulk_bad_input_gets_a_dutch_message_and_changes_nothing(moderating, two_held, data, message):
    response = moderating.post(BULK, data, follow=True)
    assert response.status_code == 200
    assert messages_of(response) == [message]
    assert not DiscussionComment.objects.filter(pk__in=[c.pk for c in two_held], is_public=True).exists()
    assert not ModelLogEntry.objects.exists()


def test_ids_in_urls_that_fit_no_comment_or_ban_give_404(moderating):
    huge = "9" * 30
    assert moderating.get(f"/reacties/{huge}/").status_code == 404  # the site's permalink too
    assert moderating.post(f"/reacties/{huge}/melden/").status_code == 404
    assert moderating.get(f"/admin/reacties/{huge}/blokkeren/").status_code == 404
    for url in (
        f"/admin/reacties/{huge}/verbergen/",
        "/admin/reacties/12345/terugzetten/",
        f"{BLOCKED}{huge}/opheffen/",
    ):
        assert moderating.post(url).status_code == 404


def test_bulk_is_all_or_nothing(moderating, two_held):
    """One id that is gone (removed meanwhile) and nothing is changed, not half of the selection."""
    DiscussionComment.objects.filter(pk=two_held[2].pk).update(is_removed=True)
    response = moderating.post(BULK, {"action": "goedkeuren", "ids": [c.pk for c in two_held]}, follow=True)
    assert "er is niets veranderd" in messages_of(response)[0]
    assert not DiscussionComment.objects.filter(is_public=True, pk__in=[c.pk for c in two_held]).exists()


def test_bulk_needs_post_and_the_csrf_token(moderator, two_held):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(moderator)
    assert strict.get(BULK).status_code == 405
    assert strict.post(BULK, {"action": "goedkeuren", "ids": [two_held[0].pk]}).status_code == 403
    token = BeautifulSoup(strict.get(QUEUE).content, "html.parser").select_one(
        "#bulk-form input[name=csrfmiddlewaretoken]"
    )
    data = {"action": "goedkeuren", "ids": [two_held[0].pk], "csrfmiddlewaretoken": token["value"]}
    assert strict.post(BULK, data).status_code == 302
    two_held[0].refresh_from_db()
    assert two_held[0].is_public


# Permissions -------------------------------------------------------------------------------------------


def test_only_moderators_reach_the_tools(client, held, public, moderator):
    moderation.block(user=public.user, moderator=moderator)
    ban = CommentBan.objects.get()
    gets = [PUBLISHED, BLOCKED, block_url(held)]
    posts = [
        (BULK, {"action": "goedkeuren", "ids": [held.pk]}),
        (f"{BLOCKED}{ban.pk}/opheffen/", {}),
        (block_url(held), {}),
        (action_url(public, "verbergen"), {}),
        (action_url(public, "terugzetten"), {}),
    ]
    editor = with_two_factor(UserFactory(is_staff=True))
    editor.groups.add(Group.objects.get(name="Redacteuren"))  # the Wagtail admin, but no moderation
    client.force_login(editor)
    for url in gets:
        assert client.get(url).status_code == 403
    for url, data in posts:
        assert client.post(url, data).status_code == 403
    for user in (member(), None):
        client.logout()
        if user:
            client.force_login(user)
        for url in gets:
            assert client.get(url).status_code == 302
        for url, data in posts:
            assert client.post(url, data).status_code == 302
    held.refresh_from_db()
    public.refresh_from_db()
    assert not held.is_public and not public.hidden_by_moderator
    assert CommentBan.objects.filter(pk=ban.pk).exists()
    assert (
        not ModelLogEntry.objects.filter(action__startswith="discussion.")
        .exclude(action=moderation.BLOCK)
        .exists()
    )


def test_members_see_no_hide_button(article, public):
    section, _read = visit(article, member())
    assert section.select("form.comment__moderate") == []


# The audit log in Wagtail's reports ----------------------------------------------------------------------


def test_moderators_read_the_audit_log_in_wagtails_site_history(moderating, moderator, held, public):
    moderating.post(action_url(held, "goedkeuren"))
    moderating.post(action_url(public, "verbergen"))
    moderating.post(block_url(public), {"reason": "Reclame"})
    response = moderating.get("/admin/reports/site-history/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    for message in (
        "Reactie goedgekeurd",
        "Reactie verborgen door een moderator",
        "Lid mag niet meer reageren",
    ):
        assert message in text
    assert f"Reactie {held.pk} van" in text
    filtered = moderating.get("/admin/reports/site-history/", {"action": moderation.BLOCK})
    assert filtered.status_code == 200
    assert "Reactie goedgekeurd" not in BeautifulSoup(filtered.content, "html.parser").get_text()


# Query budgets -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [QUEUE, PUBLISHED])
def test_the_lists_cost_the_same_queries_for_one_comment_and_for_twenty(
    moderating, site_tree, url, django_assert_max_num_queries
):
    pages = [ArticlePageFactory(parent=site_tree.article_index) for _n in range(4)]

    def add(n):
        for index in range(n):
            writer = member()
            comment = post_comment(user=writer, page=pages[index % 4], text=f"Reactie {index}")
            DiscussionComment.objects.filter(pk=comment.pk).update(is_public=url == PUBLISHED)
            for _reporter in range(2):
                CommentReport.objects.create(comment=comment, user=member(), reason="spam")

    def count():
        with django_assert_max_num_queries(200) as captured:
            assert moderating.get(url).status_code == 200
        return len(captured)

    add(1)
    count()  # the first request of a session warms caches (content types, site)
    one = count()
    add(19)
    assert count() == one


# People leaving ----------------------------------------------------------------------------------------


def test_a_deleted_member_leaves_the_log_without_their_name_and_their_download_has_it(
    moderating, moderator, public
):
    writer = public.user
    name = public.user_name
    moderating.post(action_url(public, "verbergen"))
    moderation.block(user=writer, moderator=moderator, reason="Reclame")
    other = post_comment(
        user=established(member(first_name="Blijft"), public.content_object),
        page=public.content_object,
        text="Anders",
    )
    moderation.hide(comments=[other], moderator=moderator)

    exported = personal_data.export(writer)["moderation"]
    assert [item["what"] for item in exported] == [
        "Reactie verborgen door een moderator",
        "Lid mag niet meer reageren",
    ]

    with transaction.atomic():
        personal_data.erase(writer)
        writer.delete()
    labels = set(ModelLogEntry.objects.values_list("label", flat=True))
    assert not any(name in label for label in labels)
    assert {f"Reactie {public.pk} van Oud-lid", "Oud-lid"} <= labels
    assert f"Reactie {other.pk} van {other.user_name}" in labels  # other members keep theirs
    assert ModelLogEntry.objects.filter(action=moderation.HIDE, user=moderator).count() == 2


def test_pages_of_a_filtered_list_keep_the_filter(moderating, article, public):
    CommentFactory.create_batch(50, page=article)
    soup = BeautifulSoup(moderating.get(f"{PUBLISHED}?pagina={article.pk}").content, "html.parser")
    next_link = soup.select_one("nav.pagination a")["href"]
    assert next_link == f"?pagina={article.pk}&p=2"
    second = BeautifulSoup(moderating.get(f"{PUBLISHED}{next_link}").content, "html.parser")
    on_the_page = DiscussionComment.objects.filter(object_pk=str(article.pk), is_public=True).count()
    assert len(second.select("tr.moderation-item")) == on_the_page - 50 > 0


# Two moderators at once --------------------------------------------------------------------------------
# (Threads against the in-memory test database break the transactional tests that follow them, so the two
# outcomes are tested one at a time: the stale view of a second moderator, and a busy database.)


def test_a_second_moderator_approving_the_same_comment_tells_the_author_no_second_time(
    moderator, article, held, django_capture_on_commit_callbacks
):
    second_view = DiscussionComment.objects.get(pk=held.pk)  # read before the first approval, still held
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(comments=[held], moderator=moderator)
        moderation.approve(comments=[second_view], moderator=moderator)
    assert [message.to for message in mail.outbox] == [[article.authors.get().user.email]]
    assert len(entries(moderation.APPROVE)) == 2  # both did it; the log says so


@pytest.mark.parametrize("url_of", [lambda c: BULK, lambda c: action_url(c, "goedkeuren"), block_url])
def test_a_busy_database_asks_to_try_again_instead_of_a_500(moderating, held, monkeypatch, url_of):
    def busy(**kwargs):
        raise OperationalError("database is locked")

    for name in ("approve", "block_writer"):
        monkeypatch.setattr(moderation, name, busy)
    monkeypatch.setitem(admin_views.COMMENT_ACTIONS, "goedkeuren", busy)
    response = moderating.post(url_of(held), {"action": "goedkeuren", "ids": [held.pk]}, follow=True)
    assert response.status_code == 200
    [message] = messages_of(response)
    assert message.startswith("Op hetzelfde moment werd een andere wijziging opgeslagen.")
    held.refresh_from_db()
    assert not held.is_public and not held.is_removed
