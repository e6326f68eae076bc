"""The rendered comment tree is cached and shared by every visitor; nobody may get what was rendered for
someone else. These tests go through the real cache, with different visitors in a row, never clearing it."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext

from discussion import cache as discussion_cache
from discussion import tree
from discussion.models import DiscussionComment
from discussion.service import post_comment, toggle_like
from tests.discussion.helpers import established, member
from tests.factories import AuthorFactory, CommentFactory, SubscriptionFactory, TopicPageFactory, UserFactory


def visit(page, user=None, language=None, query=""):
    """One visitor's view of the discussion section, and whether the comments were read from the database."""
    client = Client()
    if user is not None:
        client.force_login(user)
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{page.url}{query}")
    assert response.status_code == 200
    section = BeautifulSoup(response.content, "html.parser").select_one("#reacties")
    read_comments = any(
        DiscussionComment._meta.db_table in q["sql"] and "COUNT(" not in q["sql"].upper()
        for q in queries.captured_queries
    )
    return section, read_comments


def buttons(section, comment):
    return [
        element.get_text(strip=True)
        for element in section.select(
            f"#c{comment.pk} > article footer a, #c{comment.pk} > article footer button"
        )
    ]


@pytest.fixture
def discussed(article):
    writer = established(member(first_name="Schrijver"), article)
    comment = post_comment(user=writer, page=article, text="Plan de sessies een jaar vooruit.")
    return writer, comment


def test_visitors_in_a_row_each_get_their_own_frame_around_one_shared_tree(article, discussed):
    writer, comment = discussed
    unverified = UserFactory()
    reader = member()
    moderator = member()
    moderator.groups.add(Group.objects.get(name="Moderatoren"))

    section, read = visit(article, unverified)
    assert read  # the first visitor renders the tree
    assert "Bevestig je e-mailadres om mee te praten" in section.get_text()
    assert buttons(section, comment) == []

    section, read = visit(article)  # anonymous, after a member whose email is not confirmed
    assert not read  # the shared tree came from the cache
    assert "Log in om mee te praten" in section.get_text()
    assert "Bevestig je e-mailadres" not in section.get_text()
    assert "Plan de sessies een jaar vooruit." in section.get_text()
    assert buttons(section, comment) == []
    assert section.select("form") == []

    section, read = visit(article, reader)
    assert not read
    assert buttons(section, comment) == ["Reageren", "Citeren", "Waarderen", "Melden"]
    assert section.select_one("#new-comment textarea") is not None
    assert "Log in om mee te praten" not in section.get_text()

    section, read = visit(article, writer)  # the writer sees their own comment's tools, not those of others
    assert not read
    assert buttons(section, comment) == ["Reageren", "Citeren", "Bewerken", "Verwijderen"]

    section, read = visit(article, moderator)  # moderators also hide comments from here
    assert not read
    assert buttons(section, comment) == ["Reageren", "Citeren", "Waarderen", "Melden", "Verbergen"]

    section, read = visit(article, language="en")  # English after Dutch: its own rendering
    assert "Log in to join the discussion" in section.get_text()
    assert "2 comments" in section.get_text()
    assert "reacties" not in section.get_text()

    section, read = visit(article)  # and Dutch after English
    assert not read
    assert "2 reacties" in section.get_text()
    assert "Log in to join" not in section.get_text() and "comments" not in section.get_text()

    section, read = visit(article, reader, language="en")
    assert buttons(section, comment) == ["Reply", "Quote", "Like", "Report"]


def test_each_button_names_what_it_does_and_to_whose_comment(article, discussed):
    """Every comment has the same short buttons; their accessible names tell them apart. The writer's name
    comes from the shared tree (escaped there), the buttons from each visitor's own frame."""
    writer, comment = discussed
    other = established(member(first_name='Sanne "<b>', last_name="O'Brien & Zn"), article)
    answer = post_comment(user=other, page=article, text="Een tweede stem.")

    def names(section, comment):
        footer = section.select_one(f"#c{comment.pk} > article footer")
        return [element.get("aria-label") for element in footer.select("a, button")]

    section, _read = visit(article, writer)
    assert names(section, comment) == [
        f"Reageren op {writer.get_full_name()}",
        f"Citeren: reactie van {writer.get_full_name()}",
        "Bewerken: je eigen reactie",
        "Verwijderen: je eigen reactie",
    ]
    assert names(section, answer) == [
        "Reageren op Sanne \"<b> O'Brien & Zn",
        "Citeren: reactie van Sanne \"<b> O'Brien & Zn",
        "Waarderen: reactie van Sanne \"<b> O'Brien & Zn",
        "Melden: reactie van Sanne \"<b> O'Brien & Zn",
    ]
    assert section.select(f"#c{answer.pk} b") == []  # the name stays text
    section, read = visit(article, other)  # the next visitor, from the shared tree
    assert not read
    assert names(section, comment)[:3] == [
        f"Reageren op {writer.get_full_name()}",
        f"Citeren: reactie van {writer.get_full_name()}",
        f"Waarderen: reactie van {writer.get_full_name()}",
    ]
    assert names(section, answer)[2:] == ["Bewerken: je eigen reactie", "Verwijderen: je eigen reactie"]


def test_a_tree_cached_before_names_were_in_it_keeps_its_buttons(article, discussed, rf):
    """A rendering from before the writer's name was in the placeholder (still in the cache after a deploy)
    gets the buttons with their short names, not none."""
    writer, comment = discussed
    request = rf.get(article.url)
    request.user = member()
    old_tree = {"html": f"<footer><!--actions:{comment.pk}:{writer.pk}:1--></footer>"}
    footer = BeautifulSoup(tree.fill_in_actions(request, article, old_tree, True, {}), "html.parser")
    assert [element.get_text(strip=True) for element in footer.select("a, button")] == [
        "Reageren",
        "Citeren",
        "Waarderen",
        "Melden",
    ]
    assert [element.get("aria-label") for element in footer.select("a, button")] == [None] * 4


def test_csrf_tokens_and_reply_forms_are_each_visitors_own(article, discussed):
    _writer, comment = discussed
    first, second = member(), member()
    one, _read = visit(article, first, query=f"?antwoord={comment.pk}")
    other, _read = visit(article, second)
    assert one.select_one(f"#c{comment.pk} form.comment-form input[name=parent]")["value"] == str(comment.pk)
    assert other.select_one(f"#c{comment.pk} form.comment-form") is None  # not someone else's reply form
    tokens = {
        section.select_one("#new-comment input[name=csrfmiddlewaretoken]")["value"]
        for section in (one, other)
    }
    assert len(tokens) == 2


def test_a_change_retires_the_shared_tree_for_everyone(article, discussed):
    writer, comment = discussed
    reader = member()
    visit(article)
    with TestCase.captureOnCommitCallbacks(execute=True):
        toggle_like(user=reader, comment=comment)
    section, read = visit(article, reader)
    assert read
    assert "1 waardering" in section.get_text()
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_comment(user=writer, page=article, text="Vier kleine successen.", parent_id=comment.pk)
    section, read = visit(article)
    assert read and "Vier kleine successen." in section.get_text()


def test_a_pro_pages_discussion_stays_with_readers_who_have_pro(site_tree):
    topic = TopicPageFactory(parent=site_tree.knowledge_base, title="Borging", is_pro=True)
    pro = member()
    SubscriptionFactory(user=pro, status="trialing")
    CommentFactory(
        page=topic, user=pro, comment="Alleen voor Pro-leden", body_html="<p>Alleen voor Pro-leden</p>"
    )
    moderator = member()
    moderator.groups.add(Group.objects.get(name="Moderatoren"))

    section, _read = visit(topic, pro)
    assert "Alleen voor Pro-leden" in section.get_text()
    for visitor in (None, member(), UserFactory()):
        section, _read = visit(topic, visitor)
        assert "Alleen voor Pro-leden" not in section.get_text()
        assert "1 reactie" in section.get_text()
        assert section.select("li.comment") == []
    section, _read = visit(topic, moderator)
    assert "Alleen voor Pro-leden" in section.get_text()


@pytest.fixture
def expert_comment(article):
    """A comment by a verified expert: the shared tree shows the Expert badge with their role."""
    expert_user = established(member(first_name="Joris", last_name="Verbeke"), article)
    expert = AuthorFactory(name="Joris Verbeke", user=expert_user, is_verified_expert=True, role="Trainer")
    comment = post_comment(user=expert_user, page=article, text="Doelen, werving, leiderschap.")
    section, _read = visit(article)  # cached now
    assert section.select_one(f"#c{comment.pk} .badge--expert").get_text(strip=True) == "Expert · Trainer"
    return expert, comment


def badge(section, comment):
    found = section.select_one(f"#c{comment.pk} > article .badge")
    return found.get_text(strip=True) if found else None


def test_unticking_verified_expert_takes_the_badge_away_for_the_next_visitor(article, expert_comment):
    expert, comment = expert_comment
    expert.is_verified_expert = False
    with TestCase.captureOnCommitCallbacks(execute=True):
        expert.save()
    section, read = visit(article, member())
    assert read
    assert badge(section, comment) is None


def test_a_new_role_shows_in_the_badge_for_the_next_visitor(article, expert_comment):
    expert, comment = expert_comment
    expert.role = "Coach"
    with TestCase.captureOnCommitCallbacks(execute=True):
        expert.save()
    section, _read = visit(article)
    assert badge(section, comment) == "Expert · Coach"


def test_unlinking_or_deleting_the_author_profile_takes_the_badge_away(article, expert_comment):
    expert, comment = expert_comment
    expert.user = None
    with TestCase.captureOnCommitCallbacks(execute=True):
        expert.save()
    assert badge(visit(article)[0], comment) is None

    expert.user = comment.user
    with TestCase.captureOnCommitCallbacks(execute=True):
        expert.save()
    assert badge(visit(article)[0], comment) == "Expert · Trainer"
    with TestCase.captureOnCommitCallbacks(execute=True):
        expert.delete()
    assert badge(visit(article)[0], comment) is None


def test_deleting_the_writers_account_takes_their_badge_away(article, expert_comment):
    _expert, comment = expert_comment
    with TestCase.captureOnCommitCallbacks(execute=True):
        comment.user.delete()  # comment.user and Author.user are set to NULL without signals of their own
    section, read = visit(article)
    assert read
    assert badge(section, comment) is None


def test_the_author_badge_follows_the_published_authors(article):
    author_user = article.authors.get().user
    comment = post_comment(user=established(author_user, article), page=article, text="Van de auteur.")
    assert badge(visit(article)[0], comment) == "Auteur"
    article.authors.set([AuthorFactory(name="Iemand Anders")])
    with TestCase.captureOnCommitCallbacks(execute=True):
        article.save_revision().publish()
    section, read = visit(article)
    assert read
    assert badge(section, comment) is None


def test_a_renamed_member_shows_under_the_new_name_for_the_next_visitor(article, discussed):
    writer, comment = discussed
    section, _read = visit(article)
    assert section.select_one(f"#c{comment.pk} .comment__author").get_text() == writer.get_full_name()
    writer.first_name, writer.last_name = "Wendela", "Schouten"
    with TestCase.captureOnCommitCallbacks(execute=True):
        writer.save()
    section, read = visit(article, member())
    assert read
    assert section.select_one(f"#c{comment.pk} .comment__author").get_text() == "Wendela Schouten"
    assert section.select_one(f"#c{comment.pk} .avatar").get_text() == "WS"


def test_a_login_does_not_look_at_comments(article, discussed, django_assert_num_queries):
    writer, _comment = discussed
    with django_assert_num_queries(1):  # the UPDATE of last_login, nothing of the discussion
        writer.save(update_fields=["last_login"])


def test_trees_are_retired_after_the_commit_not_before(article, expert_comment):
    """A visitor rendering before the commit would read the old badge and cache it under the new number."""
    expert, _comment = expert_comment
    before = discussion_cache.tree_key(article.pk, "oudste", 10, "nl")
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        expert.is_verified_expert = False
        expert.save()
    assert discussion_cache.tree_key(article.pk, "oudste", 10, "nl") == before
    for callback in callbacks:
        callback()
    assert discussion_cache.tree_key(article.pk, "oudste", 10, "nl") != before


def test_joining_or_leaving_the_moderators_reaches_the_next_visit(article, discussed):
    """Moderator tools are filled in per visitor, never cached: a group change (m2m_changed) shows at once,
    from either side of the relation, while the shared tree stays cached."""
    _writer, comment = discussed
    person = member()
    moderators = Group.objects.get(name="Moderatoren")
    assert "Verbergen" not in buttons(visit(article, person)[0], comment)

    person.groups.add(moderators)
    section, read = visit(article, person)
    assert not read
    assert buttons(section, comment)[-1] == "Verbergen"
    assert "Verbergen" not in buttons(visit(article, member())[0], comment)  # not for the next member

    moderators.user_set.remove(person)
    section, read = visit(article, person)
    assert not read
    assert "Verbergen" not in buttons(section, comment)


def keys_asked_of_the_shared_cache(monkeypatch) -> list:
    """The keys discussion.cache reads from the shared cache (get and get_many) from now on."""
    asked = []
    shared = discussion_cache.cache

    class Spy:
        def __getattr__(self, name):
            return getattr(shared, name)

        def get(self, key, *args, **kwargs):
            asked.append(key)
            return shared.get(key, *args, **kwargs)

        def get_many(self, keys, *args, **kwargs):
            asked.extend(keys)
            return shared.get_many(keys, *args, **kwargs)

    monkeypatch.setattr(discussion_cache, "cache", Spy())
    return asked


def test_a_process_keeps_the_tree_it_used_and_still_shows_a_new_comment_next(
    article, discussed, monkeypatch, django_capture_on_commit_callbacks
):
    """discussion.cache keeps recent trees in the process as well: the next visitor's tree does not come
    over from the shared cache, and a new comment (a new version number in the key) shows at once."""
    writer, comment = discussed
    asked = keys_asked_of_the_shared_cache(monkeypatch)
    visit(article)
    asked.clear()
    section, read_comments = visit(article, user=member())
    assert not read_comments and not [key for key in asked if key.startswith("discussion:tree:")]
    assert section.select_one(f"#c{comment.pk}") is not None
    with django_capture_on_commit_callbacks(execute=True):
        newer = post_comment(user=writer, page=article, text="Vier kleine successen.")
    section, read_comments = visit(article)
    assert read_comments and section.select_one(f"#c{newer.pk}") is not None


def test_the_buttons_kept_per_process_carry_each_visitors_own_token_and_language(article, discussed):
    """Members' buttons are rendered once per process (tree._KEPT_ACTIONS) and hold no token: each like
    button submits the section's like form, which carries the visitor's own; an English visitor after a
    Dutch one reads English buttons."""
    _writer, comment = discussed
    labels = {}
    for person, language in ((member(), "nl"), (member(), "en"), (member(), "nl")):
        client = Client(enforce_csrf_checks=True)
        client.force_login(person)
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        page = BeautifulSoup(client.get(article.url).content, "html.parser")
        like = page.select_one(f"#c{comment.pk} button.comment__like")
        labels.setdefault(language, set()).add(like.get_text(strip=True))
        assert like.find_parent("form") is None  # no form (and no token) of its own under each comment
        form = page.select_one(f"form#{like['form']}")
        token = form.select_one("input[name=csrfmiddlewaretoken]")["value"]
        response = client.post(like["formaction"], {"csrfmiddlewaretoken": token})
        assert response.status_code == 302, response.status_code  # a token from someone else's page: 403
        assert comment.likes.filter(user=person).exists()
    assert labels == {"nl": {"Waarderen"}, "en": {"Like"}}
    moderator = member()
    moderator.groups.add(Group.objects.get(name="Moderatoren"))
    section, _read = visit(article, moderator)
    assert section.select_one(f"#c{comment.pk} form.comment__moderate input[name=csrfmiddlewaretoken]")


def test_the_section_kept_for_members_carries_each_members_own_token_signature_and_buttons(
    article, discussed, monkeypatch
):
    """Around the tree, the section for members who may post is rendered once per kept tree (so per
    language) with stand-ins for the CSRF token and the form's signed timestamp: members in a row each get
    their own and can post with them; the buttons on their own and their liked comments are theirs alone."""
    writer, comment = discussed
    liker, other = established(member(), article), established(member(), article)
    toggle_like(user=liker, comment=comment)
    sections = []
    real_render = tree.render_to_string

    def counting_render(template_name, *args, **kwargs):
        sections.append(template_name) if template_name == "discussion/section.html" else None
        return real_render(template_name, *args, **kwargs)

    monkeypatch.setattr(tree, "render_to_string", counting_render)
    forms = []
    for person, language in ((writer, "nl"), (liker, "en"), (other, "nl"), (liker, "nl")):
        client = Client(enforce_csrf_checks=True)
        client.force_login(person)
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        page = BeautifulSoup(client.get(article.url).content, "html.parser")
        form = page.select_one("#new-comment")
        fields = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
        logout_token = page.select_one(".user-nav input[name=csrfmiddlewaretoken]")["value"]
        assert logout_token == fields["csrfmiddlewaretoken"]  # the page's one token, masked once
        assert "standin" not in str(page.select_one("#reacties"))
        assert page.select_one("#comment-like-form input[name=csrfmiddlewaretoken]")["value"]
        like = page.select_one(f"#c{comment.pk} button.comment__like")
        if person == writer:
            assert like is None and page.select_one(f"#c{comment.pk} a[href$='/bewerken/']") is not None
        else:
            assert like["aria-pressed"] == ("true" if person == liker else "false")
            assert not page.select(f"#c{comment.pk} a[href*='bewerken']")
        forms.append((client, person, form["action"], fields))
    assert sections == ["discussion/section.html"] * 2  # once for Dutch, once for English
    assert len({fields["csrfmiddlewaretoken"] for _c, _p, _a, fields in forms}) == 4
    for client, person, action, fields in forms[:3]:
        text = f"Een reactie van lid {person.pk}."
        response = client.post(action, {**fields, "text": text})
        assert response.status_code == 302, response.status_code
        assert DiscussionComment.objects.filter(user=person, comment=text).exists()
    client, _person, action, fields = forms[3]
    forged = {**fields, "timestamp": str(int(fields["timestamp"]) - 1)}  # the signature covers the time
    response = client.post(action, {**forged, "text": "Met een vervalste tijd."})
    assert not DiscussionComment.objects.filter(comment="Met een vervalste tijd.").exists()
    assert response.status_code in (302, 400)


def test_a_process_reads_the_discussions_numbers_again_only_after_a_retirement(
    article, discussed, monkeypatch, django_capture_on_commit_callbacks
):
    """The numbers in a tree's key (the discussion's generation, the page's version) are kept in the process
    while the page cache's generation, read once a request anyway and renewed whenever trees are retired, is
    the same: the next visitor's discussion costs no cache read; after a new comment they are read again."""
    writer, _comment = discussed
    asked = keys_asked_of_the_shared_cache(monkeypatch)
    visit(article, member())
    asked.clear()
    visit(article, member())
    visit(article)
    assert not [key for key in asked if key.startswith("discussion:version:")]
    with django_capture_on_commit_callbacks(execute=True):
        newer = post_comment(user=writer, page=article, text="Vier kleine successen.")
    section, read_comments = visit(article, member())
    assert f"discussion:version:{article.pk}" in asked
    assert read_comments and section.select_one(f"#c{newer.pk}") is not None
