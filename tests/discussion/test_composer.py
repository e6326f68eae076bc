"""Writing a comment as Discourse members expect: a preview, quote-reply and @mentions."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client, TestCase
from django_comments.forms import CommentSecurityForm

from discussion.models import CommentBan, DiscussionComment, ThreadMute
from discussion.service import post_comment
from membership.models import Subscription
from tests.discussion.helpers import established, member
from tests.discussion.test_comment_markdown import REL
from tests.factories import SubscriptionFactory, TopicPageFactory, UserFactory


def preview(client, page, text, **extra):
    return client.post(f"/reacties/voorbeeld/{page.pk}/", {"text": text, **extra})


def post(client, page, text, parent=""):
    security = CommentSecurityForm(page).generate_security_data()
    return client.post(f"/reacties/plaatsen/{page.pk}/", {"text": text, "parent": parent, **security})


def quote(client, comment):
    return client.get(f"/reacties/{comment.pk}/citeren/")


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def safe_tags(html):
    """Only the comment subset, and the one span a mention is."""
    for element in BeautifulSoup(html, "html.parser").find_all(True):
        assert element.name in {"p", "br", "em", "strong", "ol", "ul", "li", "blockquote", "a", "span"}
        if element.name == "span":
            assert element.attrs == {"class": ["mention"]}
        elif element.name == "a":
            assert set(element.attrs) == {"href", "rel"} and element["rel"] == REL
            assert element["href"].startswith(("https://", "http://", "mailto:"))
        else:
            assert element.attrs == {}


# ---- Preview -------------------------------------------------------------------------------------------


def test_the_preview_is_exactly_the_posted_comment(client, article):
    writer = established(member(first_name="Sanne", last_name="Bakker"), article)
    client.force_login(writer)
    text = (
        "Dank @Marieke van Dijk, **sterk** stuk.\n\n> geciteerd\n\n1. een\n2. twee\n\n"
        "Zie https://example.org/borging <b>vet</b> [x](javascript:alert(1))"
    )
    response = preview(client, article, text)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert '<span class="mention">@Marieke van Dijk</span>' in response.content.decode()
    assert post(client, article, text).status_code == 302
    assert DiscussionComment.objects.get(comment=text).body_html == response.content.decode()
    assert not DiscussionComment.objects.filter(comment="only a preview").exists()


@pytest.mark.parametrize(
    "text",
    [
        '<script>alert(1)</script><img src=x onerror=alert(1)><span class="mention">@nep</span>',
        '[klik](javascript:alert(1)) <a href="javascript:x">a</a> <iframe src="https://x.example">',
        "@Marieke van Dijk<script>x</script> **@Marieke van Dijk** [@Marieke van Dijk](https://a.example)",
    ],
)
def test_the_preview_sanitises_hostile_input(client, article, text):
    client.force_login(established(member(), article))
    html = preview(client, article, text).content.decode()
    safe_tags(html)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert 'class="mention">@nep' not in html  # typed HTML stays text


def test_the_preview_is_refused_to_whoever_may_not_post_and_for_bad_text(client, article, settings):
    assert preview(client, article, "Anoniem").status_code == 403
    assert "Log in" in preview(client, article, "Anoniem").content.decode()
    client.force_login(UserFactory())
    assert preview(client, article, "Niet bevestigd").status_code == 403
    banned = established(member(), article)
    CommentBan.objects.create(user=banned)
    client.force_login(banned)
    response = preview(client, article, "Toch even kijken")
    assert response.status_code == 403
    assert "moderator" in response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    client.force_login(member())
    response = preview(client, article, "x" * (settings.DISCUSSION_MAX_LENGTH + 1))
    assert response.status_code == 400
    assert "te lang" in response.content.decode()
    assert preview(client, article, "   \x00 ").status_code == 400
    assert client.get(f"/reacties/voorbeeld/{article.pk}/").status_code == 405
    assert client.post("/reacties/voorbeeld/99999999/", {"text": "x"}).status_code == 404
    assert client.post("/reacties/voorbeeld/99999999999999/", {"text": "x"}).status_code == 404
    settings.DISCUSSION_RATE_LIMITS = {**settings.DISCUSSION_RATE_LIMITS, "preview": (2, 600)}
    client.force_login(member())
    assert [preview(client, article, f"Versie {n}").status_code for n in range(3)] == [200, 200, 429]
    assert "erg snel" in preview(client, article, "Versie 4").content.decode()
    assert not DiscussionComment.objects.filter(comment__startswith="Versie").exists()


def test_the_preview_needs_the_csrf_token(article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member())
    assert preview(client, article, "Zonder token").status_code == 403


def test_a_pro_discussion_is_previewed_only_for_pro_members(client, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging")
    client.force_login(member())
    assert preview(client, topic, "Mag ik?").status_code == 403
    pro = member()
    SubscriptionFactory(user=pro, status="active")
    client.force_login(pro)
    assert preview(client, topic, "Ik wel").status_code == 200


def test_every_comment_form_has_the_preview_button_and_the_mention_help(client, article):
    writer = established(member(), article)
    comment = post_comment(user=writer, page=article, text="Eerste versie")
    client.force_login(writer)
    soup = BeautifulSoup(client.get(f"{article.url}?antwoord={comment.pk}").content, "html.parser")
    for form in (soup.select_one("#new-comment"), soup.select_one("#reply-form")):
        assert form["data-preview-url"] == f"/reacties/voorbeeld/{article.pk}/"
        assert form.select_one("button[data-preview]").get_text() == "Voorbeeld"
        assert form.select_one("button[data-preview]").has_attr("hidden")  # shown by the script
        assert "@Anna de Vries" in form.select_one(".form-help").get_text()
    assert soup.select_one('script[src$="js/composer.js"]') is not None
    edit = BeautifulSoup(client.get(f"/reacties/{comment.pk}/bewerken/").content, "html.parser")
    assert edit.select_one("form.comment-form")["data-preview-url"] == f"/reacties/voorbeeld/{article.pk}/"
    assert edit.select_one("form.comment-form button[data-preview]") is not None
    assert edit.select_one('script[src$="js/composer.js"]') is not None


# ---- Quote-reply ---------------------------------------------------------------------------------------


def test_quote_reply_prefills_the_reply_form_from_the_stored_comment(client, article):
    writer = established(member(first_name="Sanne", last_name="Bakker"), article)
    question = post_comment(
        user=writer, page=article, text="Hoe houd je het vol?\n\nVooral *in drukke tijden*."
    )
    client.force_login(member())
    expected = "> Sanne Bakker schreef:\n> Hoe houd je het vol?\n>\n> Vooral *in drukke tijden*.\n\n"
    response = quote(client, question)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == expected
    url = f"{article.url}?antwoord={question.pk}&citeren=<script>alert(1)</script>"
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.select_one(f"#c{question.pk} form.comment-form")
    assert form.select_one("input[name=parent]")["value"] == str(question.pk)
    assert form.select_one("textarea").get_text() == expected
    assert "<script>alert" not in client.get(url).content.decode()
    quote_link = soup.select_one(f'#c{question.pk} a[data-quote-url="/reacties/{question.pk}/citeren/"]')
    assert quote_link.get_text() == "Citeren"
    assert quote_link["href"] == f"?antwoord={question.pk}&citeren=1#c{question.pk}"
    rendered = BeautifulSoup(
        post_comment(user=writer, page=article, text=expected + "Zo.").body_html, "html.parser"
    )
    assert rendered.select_one("blockquote").get_text().strip().startswith("Sanne Bakker schreef:")


def test_a_quoted_name_stays_a_name_and_long_comments_are_shortened(client, article):
    writer = established(member(first_name="1. *Jan*", last_name="[x](y)"), article)
    long = post_comment(user=writer, page=article, text="woord " * 700)
    client.force_login(member())
    text = quote(client, long).content.decode()
    assert len(text) < 2200 and text.rstrip().endswith("…")
    html = post_comment(user=established(member(), article), page=article, text=text + "Eens.").body_html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("blockquote p").get_text().startswith("1. *Jan* [x](y) schreef:")
    assert not soup.select("blockquote ol, blockquote em, blockquote a")


def test_quoting_follows_the_access_policy(client, article, site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging")
    pro = member(first_name="Pro")
    SubscriptionFactory(user=pro, status="active")
    established(pro, topic)
    secret = post_comment(user=pro, page=topic, text="Alleen voor Pro: geheim-4412")
    lapsed = member()
    SubscriptionFactory(user=lapsed, status="canceled")
    for visitor in (None, member(), lapsed):
        client.logout()
        if visitor:
            client.force_login(visitor)
        response = quote(client, secret)
        assert response.status_code == 403
        assert "geheim-4412" not in response.content.decode()
        page_html = client.get(f"{topic.url}?antwoord={secret.pk}&citeren=1").content.decode()
        assert "geheim-4412" not in page_html
    client.force_login(pro)
    assert "geheim-4412" in quote(client, secret).content.decode()
    hidden = post_comment(user=established(member(), article), page=article, text="Verborgen-8812")
    DiscussionComment.objects.filter(pk=hidden.pk).update(hidden_by_moderator=True)
    client.force_login(member())
    assert quote(client, hidden).status_code == 404
    assert (
        "Verborgen-8812" not in client.get(f"{article.url}?antwoord={hidden.pk}&citeren=1").content.decode()
    )
    assert client.get("/reacties/99999999/citeren/").status_code == 404
    banned = member()
    CommentBan.objects.create(user=banned)
    client.force_login(banned)
    assert quote(client, post_comment(user=pro, page=article, text="Openbaar")).status_code == 403


def test_the_quote_in_the_form_is_for_the_visitor_who_asked_not_for_the_next(client, article):
    """The reply form is rendered around the shared tree: through the real cache, two members in a row."""
    question = post_comment(
        user=established(member(first_name="Sanne"), article), page=article, text="Vraag-31"
    )
    client.force_login(member())
    first = BeautifulSoup(
        client.get(f"{article.url}?antwoord={question.pk}&citeren=1").content, "html.parser"
    )
    assert "Vraag-31" in first.select_one("#reply-form textarea").get_text()
    client.force_login(member())
    second = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert second.select_one("#reply-form") is None
    assert second.select_one("#new-comment textarea").get_text() == ""


# ---- Mentions ------------------------------------------------------------------------------------------


def test_a_mention_is_highlighted_and_mailed_once(client, article):
    anna = established(member(first_name="Anna", last_name="de Vries"), article)
    annabel = established(member(first_name="Anna"), article)
    writer = established(member(first_name="Sanne"), article)
    top = post_comment(user=anna, page=article, text="Start")
    other_thread = post_comment(user=annabel, page=article, text="Elders")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        comment = post_comment(
            user=writer, page=article, text="@Anna de Vries en @anna de vries, @Sanne en @Onbekend, mail@Anna"
        )
    soup = BeautifulSoup(comment.body_html, "html.parser")
    assert [span.get_text() for span in soup.select("span.mention")] == [
        "@Anna de Vries",
        "@anna de vries",
        "@Sanne",
    ]
    assert "@Onbekend" in soup.get_text()
    [message] = mails_to(anna)
    assert "noemde je" in message.subject
    assert "@Anna de Vries" in message.body
    assert mails_to(writer) == [] and mails_to(annabel) == []  # not the writer; "Anna" was not mentioned
    assert top.thread_id != comment.thread_id != other_thread.thread_id  # a mention reaches other threads
    html = Client().get(article.url).content.decode()
    assert '<span class="mention">@Anna de Vries</span>' in html


def test_mentions_never_mail_the_writer_muted_members_or_for_quotes(client, article):
    anna = established(member(first_name="Anna"), article)
    bram = established(member(first_name="Bram"), article)
    writer = established(member(first_name="Sanne"), article)
    top = post_comment(user=anna, page=article, text="Start")
    ThreadMute.objects.create(user=anna, thread_id=top.thread_id)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="@Anna zie je dit? En ik, @Sanne.", parent_id=top.pk)
        post_comment(user=writer, page=article, text="> @Bram schreef iets\n\nDaar ben ik het mee eens.")
    assert mails_to(anna) == [] and mails_to(writer) == [] and mails_to(bram) == []


def test_the_page_author_can_be_mentioned_by_their_author_name(client, article):
    author_user = article.authors.get().user
    writer = established(member(), article)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Vraag aan @Marieke van Dijk: klopt dit?")
    [message] = mails_to(author_user)
    assert "noemde je" in message.body


def test_a_mentioned_member_without_pro_gets_the_safe_mail(site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Pro-onderwerp")
    pro, lapsed = member(first_name="Piet"), member(first_name="Lotte")
    for person in (pro, lapsed):
        SubscriptionFactory(user=person, status="active")
        established(person, topic)
    post_comment(user=lapsed, page=topic, text="Mijn vraag")
    Subscription.objects.filter(user=lapsed).update(status="canceled")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=pro, page=topic, text="@Lotte: geheim antwoord 6630")
    [message] = mails_to(lapsed)
    assert "noemde je" in message.subject
    assert "geheim antwoord 6630" not in message.body and "Pro" in message.body
