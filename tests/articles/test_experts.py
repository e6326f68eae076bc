"""Verified experts read and answer Pro discussions (articles/experts.py): the access policy grants them Pro
through a group with the Pro-reading permission, kept in step with the verified-expert flag."""

from django.contrib.auth.models import Group

from articles.experts import EXPERTS_GROUP
from membership.access import has_pro_access
from tests.factories import AuthorFactory, TopicPageFactory, UserFactory, stream

PRO_TEXT = "Alleen voor Pro-lezers en experts"


def fresh(user):
    return type(user).objects.get(pk=user.pk)  # permissions are cached on the user object


def test_the_migration_made_the_group_with_the_permission(db):
    group = Group.objects.get(name=EXPERTS_GROUP)
    assert group.permissions.filter(codename="read_pro_content").exists()


def test_a_verified_expert_reads_pro_topics_and_loses_it_when_unverified(client, site_tree):
    topic = TopicPageFactory(
        parent=site_tree.knowledge_base, body=stream(("what_works", f"<p>{PRO_TEXT}</p>"))
    )
    user = UserFactory()
    author = AuthorFactory(user=user, is_verified_expert=True)
    assert has_pro_access(fresh(user))
    client.force_login(user)
    assert PRO_TEXT in client.get(topic.url).content.decode()

    author.is_verified_expert = False
    author.save()
    assert not has_pro_access(fresh(user))
    assert PRO_TEXT not in client.get(topic.url).content.decode()


def test_an_unverified_author_and_an_unlinked_account_get_no_pro(db):
    writer = UserFactory()
    AuthorFactory(user=writer, is_verified_expert=False)
    assert not has_pro_access(fresh(writer))
    former = UserFactory()
    expert = AuthorFactory(user=former, is_verified_expert=True)
    expert.user = None
    expert.save()
    assert not has_pro_access(fresh(former))
    linked = UserFactory()
    expert.user = linked
    expert.save()
    assert has_pro_access(fresh(linked))
    expert.delete()
    assert not has_pro_access(fresh(linked))
