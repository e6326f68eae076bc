"""The moderation queue in the Wagtail admin (/admin/reacties/), for members of the Moderatoren group."""

from datetime import datetime

from bs4 import BeautifulSoup
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django_comments.forms import CommentSecurityForm

from discussion import rules, service
from discussion.models import CommentBan, CommentReport, DiscussionComment
from discussion.service import post_comment
from tests.discussion.helpers import established, member, moderators_group, verified
from tests.factories import UserFactory
from tests.helpers import with_two_factor

QUEUE = "/admin/reacties/"


def action_url(comment, action):
    return f"/admin/reacties/{comment.pk}/{action}/"


def queue_rows(html):
    soup = BeautifulSoup(html, "html.parser")
    return {int(row["data-comment-id"]): row for row in soup.select("tr.moderation-item")}


def comment_node(client, page, comment):
    return BeautifulSoup(client.get(page.url).content, "html.parser").select_one(f"#c{comment.pk}")


def test_the_group_has_the_moderation_permissions(db):
    group = Group.objects.get(name="Moderatoren")
    # (Wagtail's own later migrations may add choose permissions to groups with admin access.)
    assert set(group.permissions.values_list("content_type__app_label", "codename")) >= {
        ("django_comments", "can_moderate"),
        ("wagtailadmin", "access_admin"),
        ("membership", "read_pro_content"),
    }


def test_a_group_moderator_sees_the_queue_with_reasons(client, moderator, article, held, reported):
    client.force_login(moderator)
    response = client.get(QUEUE)
    assert response.status_code == 200
    rows = queue_rows(response.content.decode())
    assert set(rows) == {held.pk, reported.pk}

    held_row = rows[held.pk]
    assert held_row.select_one(".moderation-item__held") is not None
    assert held_row.select_one(".moderation-item__hidden") is None
    assert held_row.select_one(".moderation-item__text em").get_text() == "eerste"  # body_html, rendered
    assert held_row.select_one("a.moderation-item__page")["href"] == article.url
    assert held_row.select_one("a.moderation-item__page").get_text() == article.title
    assert datetime.fromisoformat(held_row.select_one("time")["datetime"]) == held.submit_date  # any zone

    reported_row = rows[reported.pk]
    assert reported_row.select_one(".moderation-item__held") is None
    assert "3" in reported_row.select_one(".moderation-item__hidden").get_text()
    reports = reported_row.select_one(".moderation-item__reports").get_text()
    assert "Grof taalgebruik" in reports and "Gaat nergens over" in reports
    assert str(CommentReport.Reason.ABUSE.label) in reports or "Beledigend" in reports

    for comment in (held, reported):
        actions = {form["action"] for form in rows[comment.pk].select("form")}
        assert actions == {action_url(comment, a) for a in ("goedkeuren", "verwijderen")}
        # blocking asks first: a link to the confirmation page
        assert rows[comment.pk].select_one("a.no")["href"] == action_url(comment, "blokkeren")
        assert all(form["method"] == "post" for form in rows[comment.pk].select("form"))
        assert all(
            form.select_one("input[name=csrfmiddlewaretoken]") for form in rows[comment.pk].select("form")
        )


def test_the_menu_item_shows_moderators_the_waiting_count(client, moderator, held, reported):
    client.force_login(moderator)
    html = client.get("/admin/").content.decode()
    assert QUEUE in html
    assert " (2)" in html
    editor = with_two_factor(UserFactory(is_staff=True))
    editor.groups.add(Group.objects.get(name="Redacteuren"))
    client.force_login(editor)
    assert QUEUE not in client.get("/admin/").content.decode()


def test_approving_a_held_comment_publishes_it_and_notifies_the_author(
    client, moderator, article, held, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    assert comment_node(client, article, held) is None
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(held, "goedkeuren"))
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    held.refresh_from_db()
    assert held.is_public and not held.is_removed
    follow = client.get(QUEUE)
    assert [m.level_tag for m in follow.context["messages"]] == ["success"]
    assert held.pk not in queue_rows(follow.content.decode())

    node = comment_node(Client(), article, held)
    assert node is not None and node.select_one(".comment__text em").get_text() == "eerste"
    author_email = article.authors.get().user.email
    assert [message.to for message in mail.outbox] == [[author_email]]


def test_approving_a_reported_comment_shows_it_again_without_new_mail(
    client, moderator, article, reported, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action_url(reported, "goedkeuren")).status_code == 302
    reported.refresh_from_db()
    assert not reported.hidden_by_reports
    assert not CommentReport.objects.filter(comment=reported, resolved_at=None).exists()
    assert comment_node(Client(), article, reported).select_one(".comment__text") is not None
    assert mail.outbox == []


def test_removing_leaves_a_trace_only_when_there_are_replies(
    client, moderator, article, held, django_capture_on_commit_callbacks
):
    writer = established(member(), article)
    reported = post_comment(user=writer, page=article, text="Iets wat schuurt")
    reply = post_comment(
        user=established(member(), article), page=article, text="Een antwoord", parent_id=reported.pk
    )
    for _n in range(3):
        service.report(user=member(), comment=reported, reason="abuse")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action_url(held, "verwijderen")).status_code == 302
        assert client.post(action_url(reported, "verwijderen")).status_code == 302
    held.refresh_from_db()
    reported.refresh_from_db()
    assert held.is_removed and reported.is_removed
    assert queue_rows(client.get(QUEUE).content.decode()) == {}

    html = Client().get(article.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(f"#c{held.pk}") is None  # no replies: gone without a trace
    assert "Mijn" not in html
    removed = soup.select_one(f"#c{reported.pk}")
    assert removed.select_one(".comment__removed") is not None  # "Deze reactie is verwijderd"
    assert "Iets wat schuurt" not in html
    assert soup.select_one(f"#c{reported.pk} #c{reply.pk}") is not None
    assert "Deze reactie is verwijderd" in html or "This comment has been removed" in html
    # a removed comment is no longer acted upon
    assert client.post(action_url(held, "goedkeuren")).status_code == 404


def test_blocking_a_member_removes_the_comment_and_stops_them(
    client, moderator, article, held, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url(held, "blokkeren"), {"reason": "Reclame"})
    assert response.status_code == 302
    block = CommentBan.objects.get(user=held.user)
    assert (block.banned_by, block.reason) == (moderator, "Reclame")
    held.refresh_from_db()
    assert held.is_removed

    blocked = Client()
    blocked.force_login(held.user)
    fields = CommentSecurityForm(article).generate_security_data()
    response = blocked.post(
        f"/reacties/plaatsen/{article.pk}/", {"text": "Ik probeer het nog eens", **fields}
    )
    assert response.status_code == 403
    assert not DiscussionComment.objects.filter(comment="Ik probeer het nog eens").exists()


def test_moderators_cannot_block_themselves(client, moderator, article):
    established(verified(moderator), article)
    own = post_comment(user=moderator, page=article, text="Van de moderator")
    client.force_login(moderator)
    assert client.post(action_url(own, "blokkeren")).status_code == 400
    assert not CommentBan.objects.exists()


def test_others_cannot_reach_the_queue_or_act(client, article, held):
    staff_with_admin = with_two_factor(UserFactory(is_staff=True))
    staff_with_admin.groups.add(Group.objects.get(name="Redacteuren"))  # Wagtail admin, no moderation
    client.force_login(staff_with_admin)
    assert client.get(QUEUE).status_code == 403
    for action in ("goedkeuren", "verwijderen", "blokkeren"):
        assert client.post(action_url(held, action)).status_code == 403

    # Without access to the Wagtail admin at all, Wagtail sends people to the (admin) login.
    staff_without_admin = with_two_factor(UserFactory(is_staff=True))
    for user in (member(), staff_without_admin, None):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(QUEUE)
        assert response.status_code == 302
        assert "login" in response["Location"]
        for action in ("goedkeuren", "verwijderen", "blokkeren"):
            assert client.post(action_url(held, action)).status_code == 302

    held.refresh_from_db()
    assert not held.is_public and not held.is_removed
    assert not CommentBan.objects.exists()


def test_staff_moderator_without_two_factor_is_sent_to_set_it_up(client, article, held):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Moderatoren"))
    client.force_login(user)
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert "/account/2fa/" in response["Location"]


def test_bad_requests(client, moderator, held):
    client.force_login(moderator)
    for action in ("goedkeuren", "verwijderen", "verbergen", "terugzetten"):
        assert client.get(action_url(held, action)).status_code == 405
    assert client.get(action_url(held, "blokkeren")).status_code == 200  # the confirmation page
    assert not CommentBan.objects.exists()
    assert client.post(action_url(held, "publiceren")).status_code == 400
    assert client.post("/admin/reacties/999999/goedkeuren/").status_code == 404
    assert client.post(QUEUE).status_code == 405
    held.refresh_from_db()
    assert not held.is_public and not held.is_removed


def test_actions_need_the_csrf_token(moderator, held):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(moderator)
    assert strict.post(action_url(held, "goedkeuren")).status_code == 403
    held.refresh_from_db()
    assert not held.is_public

    page = BeautifulSoup(strict.get(QUEUE).content, "html.parser")
    token = page.select_one(
        f"form[action='{action_url(held, 'goedkeuren')}'] input[name=csrfmiddlewaretoken]"
    )
    response = strict.post(action_url(held, "goedkeuren"), {"csrfmiddlewaretoken": token["value"]})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.is_public


def test_group_moderators_have_the_real_permission_not_the_stock_templates_label(moderator):
    """django-comments-xtd's stock templates check `perms.comments.can_moderate`, but the permission lives
    in the `django_comments` app: those checks are False even for moderators. Our code asks for
    `django_comments.can_moderate` (rules.can_moderate), so group moderators do get their tools."""
    assert rules.can_moderate(moderator) is True
    assert moderator.has_perm("django_comments.can_moderate") is True
    assert moderator.has_perm("comments.can_moderate") is False
    assert moderator.is_superuser is False
    assert rules.can_moderate(member()) is False


def test_permissions_in_one_query_agree_with_djangos_model_backend(moderator, django_assert_max_num_queries):
    """membership.auth_backends reads a member's own and their groups' permissions in one query; what it
    answers is what Django's ModelBackend answers, for every way of having the permission or not."""
    direct = member()
    direct.user_permissions.add(
        Permission.objects.get(content_type__app_label="django_comments", codename="can_moderate")
    )
    superuser = UserFactory(is_superuser=True)
    inactive_moderator = UserFactory(is_active=False)
    inactive_moderator.groups.add(moderators_group())
    people = [moderator, direct, superuser, inactive_moderator, UserFactory()]
    answers = []
    for person in people:
        fresh = type(person).objects.get(pk=person.pk)  # nothing kept from earlier checks
        with django_assert_max_num_queries(1):  # none for an inactive member
            answers.append(rules.can_moderate(fresh))
            assert fresh.has_perm("wagtailadmin.access_admin") in (True, False)  # kept: no second query
        django_fresh = type(person).objects.get(pk=person.pk)
        assert fresh.get_all_permissions() == ModelBackend().get_all_permissions(django_fresh), person
    assert answers == [True, True, True, False, False]


def test_the_standing_reads_ban_and_verified_address_in_one_query(db, django_assert_num_queries):
    banned, unverified, welcome = member(), UserFactory(), member()
    CommentBan.objects.create(user=banned)
    for person, expected in ((banned, (True, True)), (unverified, (False, False)), (welcome, (False, True))):
        with django_assert_num_queries(1):
            assert tuple(rules.standing(person)) == expected
    CommentBan.objects.filter(user=banned).delete()
    assert rules.standing(banned).banned is False  # never kept: the next question is answered anew
