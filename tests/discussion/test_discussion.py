"""The threaded discussion under articles and topics."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_comments.forms import CommentSecurityForm

from discussion.models import CommentBan, DiscussionComment, ThreadMute
from discussion.service import post_comment
from membership.models import Subscription
from tests.discussion.helpers import established, member
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    CommentFactory,
    SubscriptionFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)


def comment_ids(html):
    soup = BeautifulSoup(html, "html.parser")
    return [li["id"] for li in soup.select("li.comment")]


def security(page):
    return CommentSecurityForm(page).generate_security_data()


def post(client, page, text, parent=""):
    return client.post(f"/reacties/plaatsen/{page.pk}/", {"text": text, "parent": parent, **security(page)})


def test_a_new_members_first_comment_waits_then_later_ones_appear(client, article):
    reader = member()
    client.force_login(reader)
    response = post(client, article, "Mooi stuk, herkenbaar.")
    assert response.status_code == 302
    first = DiscussionComment.objects.get(user=reader)
    assert first.is_public is False
    own_view = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert "Mooi stuk" in own_view.select_one(".discussion__waiting").get_text()  # to its writer, marked
    assert "Mooi stuk" not in str(own_view.select_one("#reacties > .comment-list:not(.discussion__waiting)"))
    assert "Mooi stuk" not in Client().get(article.url).content.decode()  # to nobody else
    first.is_public = True
    first.save()
    post(client, article, "En nog een gedachte.")
    assert DiscussionComment.objects.get(comment="En nog een gedachte.").is_public


def test_threads_nest_three_levels_and_no_deeper(client, article):
    reader = established(member(), article)
    client.force_login(reader)
    top = post_comment(user=reader, page=article, text="Niveau een")
    reply = post_comment(user=reader, page=article, text="Niveau twee", parent_id=top.pk)
    deepest = post_comment(user=reader, page=article, text="Niveau drie", parent_id=reply.pk)
    assert (top.level, reply.level, deepest.level) == (0, 1, 2)
    response = post(client, article, "Niveau vier", parent=deepest.pk)
    assert response.status_code == 400
    assert "niet verder" in response.content.decode()
    html = client.get(article.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(f"#c{top.pk} #c{reply.pk} #c{deepest.pk}") is not None


def test_badges_for_the_author_and_a_verified_expert(client, article):
    expert_user = member(first_name="Joris", last_name="Verbeke")
    AuthorFactory(name="Joris Verbeke", user=expert_user, is_verified_expert=True, role="Trainer")
    author_user = article.authors.get().user
    established(expert_user, article)
    established(author_user, article)
    expert_comment = post_comment(user=expert_user, page=article, text="1. Doelen\n2. Werving")
    author_reply = post_comment(
        user=author_user, page=article, text="Dank, Joris!", parent_id=expert_comment.pk
    )
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert soup.select_one(f"#c{expert_comment.pk} .badge--expert").get_text(strip=True) == "Expert · Trainer"
    assert soup.select_one(f"#c{author_reply.pk} .badge--author").get_text(strip=True) == "Auteur"
    assert soup.select_one(f"#c{expert_comment.pk} .comment__text ol li").get_text() == "Doelen"


def test_hostile_markdown_is_rendered_harmless(client, article):
    reader = established(member(first_name="<script>alert(1)</script>"), article)
    post_comment(
        user=reader,
        page=article,
        text="<img src=x onerror=alert(1)> [klik](javascript:alert(1)) {{ request.user }} [ok](https://example.org)",
    )
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "onerror=" not in html.replace("onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in html
    assert "{{ request.user }}" in html  # shown literally, never evaluated
    assert 'rel="nofollow ugc noopener"' in html


def test_pro_topic_discussion_is_for_members_only(client, site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base, title="Borging", body=stream(("what_works", "<p>x</p>"))
    )
    pro = member()
    SubscriptionFactory(user=pro, status="active")
    established(pro, topic)
    post_comment(user=pro, page=topic, text="Alleen voor leden: geheim-7731")
    outsider = member()
    client.force_login(outsider)
    html = client.get(topic.url).content.decode()
    assert "geheim-7731" not in html
    assert "2 reacties" in html or "2 comments" in html
    assert post(client, topic, "Mag ik ook?").status_code == 403
    client.force_login(pro)
    assert "geheim-7731" in client.get(topic.url).content.decode()


def test_edit_within_fifteen_minutes_and_not_after(client, article):
    reader = established(member(), article)
    comment = post_comment(user=reader, page=article, text="Eerste versie")
    client.force_login(reader)
    assert client.post(f"/reacties/{comment.pk}/bewerken/", {"text": "Tweede versie"}).status_code == 302
    html = client.get(article.url).content.decode()
    assert "Tweede versie" in html and "bewerkt" in html
    DiscussionComment.objects.filter(pk=comment.pk).update(submit_date=timezone.now() - timedelta(minutes=16))
    assert client.post(f"/reacties/{comment.pk}/bewerken/", {"text": "Te laat"}).status_code == 403


def test_other_members_comments_cannot_be_edited_or_deleted(client, article):
    owner = established(member(), article)
    comment = post_comment(user=owner, page=article, text="Van mij")
    client.force_login(member())
    assert client.post(f"/reacties/{comment.pk}/bewerken/", {"text": "Gekaapt"}).status_code == 403
    assert client.post(f"/reacties/{comment.pk}/verwijderen/").status_code == 403
    assert client.post("/reacties/999999/verwijderen/").status_code == 404
    comment.refresh_from_db()
    assert comment.comment == "Van mij" and not comment.is_removed


def test_deleting_keeps_the_thread(client, article):
    reader = established(member(), article)
    other = established(member(), article)
    parent = post_comment(user=reader, page=article, text="Ik verdwijn zo")
    reply = post_comment(user=other, page=article, text="Ik blijf staan", parent_id=parent.pk)
    client.force_login(reader)
    client.post(f"/reacties/{parent.pk}/verwijderen/")
    html = client.get(article.url).content.decode()
    assert "Ik verdwijn zo" not in html
    assert "Deze reactie is verwijderd" in html
    assert f'id="c{reply.pk}"' in html


def test_like_and_three_reports_hide_a_comment(client, article):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Controversieel")
    fan = member()
    client.force_login(fan)
    client.post(f"/reacties/{comment.pk}/waarderen/")
    comment.refresh_from_db()
    assert comment.like_count == 1
    for _n in range(3):
        client.force_login(member())
        response = client.post(f"/reacties/{comment.pk}/melden/", {"reason": "abuse", "note": "Grof"})
        assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.hidden_by_reports
    assert "Controversieel" not in client.get(article.url).content.decode()


@pytest.mark.parametrize(
    ("text", "status", "message"),
    [
        ("", 400, "leeg"),
        ("   \x00  ", 400, "leeg"),
        ("x" * 5001, 400, "te lang"),
        ("[a](https://a.example) [b](https://b.example) https://c.example", 400, "links"),
    ],
)
def test_bad_input_gets_a_dutch_message(client, article, text, status, message):
    client.force_login(member())
    response = post(client, article, text)
    assert response.status_code == status
    assert message in response.content.decode().lower()
    assert not DiscussionComment.objects.exists()
    if text.strip("\x00 "):  # what the member typed comes back in the form, to fix and send again
        textarea = BeautifulSoup(response.content, "html.parser").select_one("textarea[name=text]")
        assert textarea.get_text() == text


def test_replies_to_missing_removed_or_foreign_comments_are_refused(client, article, site_tree):
    reader = established(member(), article)
    other_article = ArticlePageFactory(parent=site_tree.article_index, title="Ander artikel")
    foreign = post_comment(user=reader, page=other_article, text="Elders")
    removed = post_comment(user=reader, page=article, text="Weg")
    removed.is_removed = True
    removed.save()
    hidden = post_comment(user=reader, page=article, text="Verborgen na meldingen")
    DiscussionComment.objects.filter(pk=hidden.pk).update(hidden_by_reports=True)
    client.force_login(reader)
    for parent in (foreign.pk, removed.pk, hidden.pk, 999999, "abc", "1; DROP TABLE"):
        response = post(client, article, f"Antwoord op {parent}", parent=parent)
        assert response.status_code == 400, parent


def test_duplicates_honeypot_rate_limits_blocks_and_csrf(client, article, settings):
    reader = established(member(), article)
    client.force_login(reader)
    assert post(client, article, "Zelfde tekst").status_code == 302
    assert post(client, article, "Zelfde tekst").status_code == 400
    bot = client.post(f"/reacties/plaatsen/{article.pk}/", {"text": "Koop nu", "website": "spam.example"})
    assert bot.status_code == 400
    settings.DISCUSSION_RATE_LIMITS = {"member": (2, 600), "address": (100, 600)}
    cache.clear()
    post(client, article, "Een")
    post(client, article, "Twee")
    limited = post(client, article, "Drie")
    assert limited.status_code == 429
    assert "even" in limited.content.decode() or "snel" in limited.content.decode()
    CommentBan.objects.create(user=reader)
    assert post(client, article, "Geblokkeerd").status_code == 403
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member())
    assert strict.post(f"/reacties/plaatsen/{article.pk}/", {"text": "Zonder token"}).status_code == 403


def test_unverified_and_anonymous_cannot_post(client, article):
    assert post(client, article, "Anoniem").status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert post(client, article, "Niet bevestigd").status_code == 403
    assert not DiscussionComment.objects.exists()


def test_five_hundred_comments_cost_the_same_queries_as_five(client, article, site_tree):
    other = ArticlePageFactory(
        parent=site_tree.article_index, title="Druk besproken", authors=list(article.authors.all())
    )
    # Writers with a full profile: photo, role and bio come with the comments, not a query per writer.
    writers = [
        established(
            member(job_title=f"Rol {n}", bio=f"Over schrijver {n}", avatar=f"avatars/schrijver-{n}.webp"),
            article,
        )
        for n in range(5)
    ]

    def fill(page, count):
        top_level = []
        for n in range(count):
            parent = top_level[n % len(top_level)] if n % 3 and top_level else None
            comment = CommentFactory(page=page, user=writers[n % 5], parent_id=parent.pk if parent else 0)
            if parent is None:
                top_level.append(comment)

    fill(other, 500)
    small = ArticlePageFactory(
        parent=site_tree.article_index, title="Rustig", authors=list(article.authors.all())
    )
    fill(small, 5)

    def queries(url):
        cache.clear()
        client.get(url)  # warm per-process caches (content types, site root paths)
        cache.clear()  # ...but render the discussion from scratch
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    assert queries(small.url) == queries(other.url)
    html = client.get(other.url).content.decode()
    assert "Meer reacties laden" in html
    assert 'src="/media/avatars/schrijver-3.webp"' in html and "Over schrijver 3" in html
    assert (
        len(BeautifulSoup(html, "html.parser").select("ol.comment-list > li.comment.comment--level-0")) == 50
    )


def test_comment_counts_on_lists_cost_no_query_per_article(client, article, site_tree, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0  # the list's own queries, not a kept rendering of it
    writer = established(member(), article)
    for n in range(3):
        post_comment(user=writer, page=article, text=f"Telt mee {n}")
    soup = BeautifulSoup(client.get("/artikelen/").content, "html.parser")
    card = next(c for c in soup.select(".card") if "Drie tips voor borging" in c.get_text())
    assert "4 reacties" in card.get_text()  # the approved first comment and three more
    for n in range(15):
        ArticlePageFactory(parent=site_tree.article_index, title=f"Zonder reacties {n}")
    # Reads what a process keeps per generation (kennisbank/site_lookups.py: the route, then the page among
    # them), listing none of the articles measured below.
    for _ in range(2):
        client.get("/artikelen/?onderwerp=bestaat-niet")
    with CaptureQueriesContext(connection) as few:
        client.get("/artikelen/?pagina=2")
    with CaptureQueriesContext(connection) as many:
        client.get("/artikelen/")
    assert len(few) == len(many)


def test_notifications_reach_the_replied_to_the_author_and_the_thread_with_a_mute_link(client, article):
    from django.core import mail

    author_user = article.authors.get().user
    first = established(member(first_name="Eerste"), article)
    second = established(member(first_name="Tweede"), article)
    top = post_comment(user=first, page=article, text="Start van de draad")
    post_comment(user=second, page=article, text="Ik doe mee", parent_id=top.pk)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=first, page=article, text="Antwoord aan iedereen", parent_id=top.pk)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == sorted([author_user.email, second.email])
    message = next(m for m in mail.outbox if m.to == [second.email])
    assert "Antwoord aan iedereen" in message.body
    mute_url = next(line.split()[-1] for line in message.body.splitlines() if "/reacties/dempen/" in line)
    mute_path = mute_url.replace("http://testserver", "")
    assert client.get(mute_path).status_code == 200  # the link only asks: a mail scanner changes nothing
    assert not ThreadMute.objects.exists()
    assert client.post(mute_path).status_code == 200
    assert ThreadMute.objects.filter(user=second, thread_id=top.thread_id).exists()
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=first, page=article, text="Nog een antwoord", parent_id=top.pk)
    assert second.email not in [address for message in mail.outbox for address in message.to]
    assert client.get("/reacties/dempen/vervalst/").status_code == 400


def test_notification_about_a_pro_topic_quotes_nothing_to_a_non_member(client, site_tree):
    from django.core import mail

    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Pro-onderwerp")
    pro = member()
    SubscriptionFactory(user=pro, status="active")
    lapsed = member()
    SubscriptionFactory(user=lapsed, status="active")
    established(pro, topic)
    established(lapsed, topic)
    top = post_comment(user=lapsed, page=topic, text="Mijn vraag")
    Subscription.objects.filter(user=lapsed).update(status="canceled")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=pro, page=topic, text="Geheim antwoord 5521", parent_id=top.pk)
    message = next(m for m in mail.outbox if m.to == [lapsed.email])
    assert "Geheim antwoord 5521" not in message.body
    assert "Pro" in message.body


def test_permalink_opens_the_page_at_the_comment_even_on_a_later_load_more_page(client, article, settings):
    settings.DISCUSSION_THREADS_PER_PAGE = 2
    writer = established(member(), article)
    comments = [post_comment(user=writer, page=article, text=f"Draad {n}") for n in range(4)]
    response = client.get(f"/reacties/{comments[-1].pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}?meer=6#c{comments[-1].pk}"
    html = client.get(f"{article.url}?meer=6").content.decode()
    assert f'id="c{comments[-1].pk}"' in html
    assert client.get("/reacties/999999/").status_code == 404


def test_export_includes_comments_and_deletion_keeps_them_anonymised(client, article, monkeypatch):
    import json

    import membership.billing

    leaver = established(member(first_name="Vertrekker"), article)
    stayer = established(member(), article)
    top = post_comment(user=leaver, page=article, text="Mijn bijdrage blijft")
    reply = post_comment(user=stayer, page=article, text="Goed punt", parent_id=top.pk)
    client.force_login(stayer)
    client.post(f"/reacties/{top.pk}/waarderen/")
    client.force_login(leaver)
    client.post(f"/reacties/{reply.pk}/waarderen/")
    exported = json.loads(client.get("/account/gegevens/").content)
    assert "Mijn bijdrage blijft" in [c["text"] for c in exported["comments"]]
    monkeypatch.setattr(membership.billing, "close_billing", lambda user: None)
    response = client.post("/account/verwijderen/", {"password": "test-password"})
    assert response.status_code == 302
    top.refresh_from_db()
    reply.refresh_from_db()
    assert top.user_id is None and top.user_name == "Oud-lid" and top.user_email == ""
    assert top.comment == "Mijn bijdrage blijft"
    assert reply.like_count == 0
    html = Client().get(article.url).content.decode()
    assert "Mijn bijdrage blijft" in html and "Vertrekker" not in html


def test_forged_or_expired_security_fields_are_refused(client, article):
    reader = established(member(), article)
    client.force_login(reader)
    url = f"/reacties/plaatsen/{article.pk}/"
    fields = security(article)
    forged = {**fields, "security_hash": "0" * 40}
    old = CommentSecurityForm(article).generate_security_data()
    old["timestamp"] = str(int(old["timestamp"]) - 3 * 3600)
    for data in (forged, old, {"timestamp": "niet-een-getal"}, {}):
        response = client.post(url, {"text": "Poging", **data})
        assert response.status_code == 400
        assert "verlopen" in response.content.decode()
    other = ArticlePageFactory(parent=article.get_parent(), title="Ander")
    response = client.post(url, {"text": "Verkeerde pagina", **security(other)})
    assert response.status_code == 400
    assert not DiscussionComment.objects.filter(comment__in=["Poging", "Verkeerde pagina"]).exists()


def test_reply_in_place_without_javascript(client, article):
    writer = established(member(), article)
    question = post_comment(user=writer, page=article, text="Een vraag")
    client.force_login(member())
    soup = BeautifulSoup(client.get(f"{article.url}?antwoord={question.pk}").content, "html.parser")
    form = soup.select_one(f"#c{question.pk} form.comment-form")
    assert form["action"] == f"/reacties/plaatsen/{article.pk}/"
    assert form.select_one("input[name=parent]")["value"] == str(question.pk)
    assert form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert client.get(f"{article.url}?antwoord=<script>").status_code == 200


def test_with_a_worker_notifications_wait_in_the_queue_not_in_the_request(client, article, settings):
    from django.core import mail
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    writer = established(member(), article)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Via de wachtrij")
    assert mail.outbox == []  # the request only queued the work
    queued = DBTaskResult.objects.get(task_path__endswith="deliver_notifications")
    # What the worker does with it (its command closes database connections, which a test transaction cannot
    # survive on PostgreSQL): run the stored task with the stored arguments.
    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    assert mail.outbox == []  # that task queued one mail per recipient
    for queued_mail in DBTaskResult.objects.filter(task_path__endswith="send_email"):
        queued_mail.task.call(*queued_mail.args_kwargs["args"], **queued_mail.args_kwargs["kwargs"])
    assert [m.to for m in mail.outbox] == [[article.authors.get().user.email]]


def test_mail_subjects_are_plain_text_not_html(article):
    from django.core import mail

    article.title = "Waarom verbeterprogramma's verwateren & wat helpt"
    article.save()
    first = established(member(first_name="Eerste"), article)
    second = established(member(first_name="Tweede"), article)
    top = post_comment(user=first, page=article, text="Start van de draad")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=second, page=article, text="Een antwoord", parent_id=top.pk)
    subjects = {message.subject for message in mail.outbox}
    assert 'Nieuwe reactie bij "Waarom verbeterprogramma\'s verwateren & wat helpt"' in subjects
    assert not [subject for subject in subjects if "&#" in subject or "&amp;" in subject]


def test_the_like_button_says_whether_this_member_likes_the_comment(client, article):
    writer, reader, other = (established(member(), article) for _ in range(3))
    comment = post_comment(user=writer, page=article, text="Een reactie om te waarderen")
    DiscussionComment.objects.filter(pk=comment.pk).update(is_public=True)

    def like_button(who):
        client.force_login(who)
        soup = BeautifulSoup(client.get(article.url).content, "html.parser")
        return soup.select_one(f"#c{comment.pk} .comment__like")

    assert like_button(reader)["aria-pressed"] == "false"
    client.post(f"/reacties/{comment.pk}/waarderen/")
    pressed = like_button(reader)
    # A toggle keeps its name (screen readers add "pressed"); the state is aria-pressed and its look.
    assert pressed["aria-pressed"] == "true" and pressed.get_text(strip=True) == "Waarderen"
    assert like_button(other)["aria-pressed"] == "false"  # the cached tree is shared; the state is not
    client.force_login(reader)
    client.post(f"/reacties/{comment.pk}/waarderen/")  # taken back
    assert like_button(reader)["aria-pressed"] == "false"


def test_removing_a_comment_asks_first_and_can_be_undone(client, article):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Een reactie die ik wil intrekken")
    client.force_login(writer)
    confirm = client.get(f"/reacties/{comment.pk}/verwijderen/")
    assert confirm.status_code == 200 and "Een reactie die ik wil intrekken" in confirm.content.decode()
    assert not DiscussionComment.objects.get(pk=comment.pk).is_removed  # asking changes nothing

    removed = client.post(f"/reacties/{comment.pk}/verwijderen/")
    assert removed.status_code == 200
    assert DiscussionComment.objects.get(pk=comment.pk).is_removed
    undo = BeautifulSoup(removed.content, "html.parser").select_one(
        f"form[action='/reacties/{comment.pk}/terugzetten/']"
    )
    token = undo.select_one("input[name=token]")["value"]

    other = established(member(), article)
    client.force_login(other)
    assert client.post(f"/reacties/{comment.pk}/terugzetten/", {"token": token}).status_code == 403
    client.force_login(writer)
    assert client.post(f"/reacties/{comment.pk}/terugzetten/", {"token": "vervalst"}).status_code == 400
    assert DiscussionComment.objects.get(pk=comment.pk).is_removed
    back = client.post(f"/reacties/{comment.pk}/terugzetten/", {"token": token})
    assert back.status_code == 302 and back["Location"].endswith(f"#c{comment.pk}")
    assert not DiscussionComment.objects.get(pk=comment.pk).is_removed


def test_an_undo_token_expires(client, article, monkeypatch):
    from discussion import service

    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Weg ermee")
    client.force_login(writer)
    token = service.undo_token(comment)
    client.post(f"/reacties/{comment.pk}/verwijderen/")
    monkeypatch.setattr(service, "UNDO_SECONDS", -1)
    assert client.post(f"/reacties/{comment.pk}/terugzetten/", {"token": token}).status_code == 400
    assert DiscussionComment.objects.get(pk=comment.pk).is_removed


def test_comment_counts_come_from_the_cache_and_follow_new_comments(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the list itself is rendered every time; its counts are cached
    writer = established(member(), article)

    def count_on_the_card():
        soup = BeautifulSoup(client.get("/artikelen/").content, "html.parser")
        return next(c for c in soup.select(".card") if "Drie tips voor borging" in c.get_text()).get_text()

    assert "1 reactie" in count_on_the_card()
    with CaptureQueriesContext(connection) as queries:
        assert "1 reactie" in count_on_the_card()
    assert not any("django_comments" in q["sql"] for q in queries.captured_queries)
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Nog een gedachte")
    assert "2 reacties" in count_on_the_card()


def test_a_new_member_sees_the_message_and_their_waiting_comment_in_the_discussion(client, article):
    newcomer = member()
    client.force_login(newcomer)
    response = post(client, article, "Mijn eerste reactie, nog niet goedgekeurd.")
    assert response["Location"].endswith("#reacties")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    section = page.select_one("#reacties")
    assert "zodra een moderator" in section.select_one(".discussion__messages").get_text()
    assert not page.select_one("main > .messages, body > .messages")  # not at the top, far from the form
    waiting = section.select_one(".comment--waiting")
    assert "Mijn eerste reactie" in waiting.get_text() and "Wacht op goedkeuring" in waiting.get_text()

    other = member()
    client.force_login(other)
    assert "Mijn eerste reactie" not in client.get(article.url).content.decode()  # only for its writer

    comment = DiscussionComment.objects.get(user=newcomer)
    DiscussionComment.objects.filter(pk=comment.pk).update(is_public=True)
    client.force_login(newcomer)
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert not page.select_one(".comment--waiting")  # approved: an ordinary comment now


def test_a_member_banned_since_cannot_bring_a_removed_comment_back(client, article):
    from discussion import service
    from discussion.models import CommentBan

    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Weg en weer terug?")
    client.force_login(writer)
    token = service.undo_token(comment)
    client.post(f"/reacties/{comment.pk}/verwijderen/")
    CommentBan.objects.create(user=writer)
    assert client.post(f"/reacties/{comment.pk}/terugzetten/", {"token": token}).status_code == 403
    assert DiscussionComment.objects.get(pk=comment.pk).is_removed
