"""Members follow a topic or an author, to hear of new articles there (one mail each, or the weekly digest).

What was mailed is recorded (`ArticleMail`, `DigestMail`), so nobody gets the same article or the same
week twice, however often publishing or the scheduler runs.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from membership.auth_backends import forget_fact, ruled_out

FOLLOWS_ANYTHING = "member_follows_anything"  # read with the signed-in member (apps.py)


class Follow(models.Model):
    """One member following one topic or one author (exactly one of the two)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    topic = models.ForeignKey(
        "articles.TopicPage", null=True, blank=True, on_delete=models.CASCADE, related_name="followers"
    )
    author = models.ForeignKey(
        "articles.Author", null=True, blank=True, on_delete=models.CASCADE, related_name="followers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "articles"
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__isnull=False, author__isnull=True)
                | Q(topic__isnull=True, author__isnull=False),
                name="follow_topic_or_author",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(topic__isnull=False), name="follow_unique_topic"
            ),
            models.UniqueConstraint(
                fields=["user", "author"], condition=Q(author__isnull=False), name="follow_unique_author"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} -> {self.topic_id or self.author_id}"


class ArticleMail(models.Model):
    """A new-article mail that went to a member: at most one per article per person."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "articles"
        constraints = [models.UniqueConstraint(fields=["user", "article"], name="article_mail_once")]


class DigestMail(models.Model):
    """A member's weekly digest for the week starting on `week_start` (a Monday): at most once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week_start = models.DateField()
    article_count = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "articles"
        constraints = [models.UniqueConstraint(fields=["user", "week_start"], name="digest_mail_once")]


def follows_anything():
    return Exists(Follow.objects.filter(user=OuterRef("pk")))


def following(user, *, topic=None, author=None) -> bool:
    if not user.is_authenticated:
        return False
    if ruled_out(user, FOLLOWS_ANYTHING):  # most members follow nothing: no query on every topic
        return False
    return Follow.objects.filter(user=user, topic=topic, author=author).exists()


def follow(user, **item) -> None:
    """Follows a topic or an author; a second click that raced the first follows once."""
    try:
        with transaction.atomic():
            Follow.objects.get_or_create(user=user, **item)
    except IntegrityError:
        pass
    forget_fact(user, FOLLOWS_ANYTHING)


def unfollow(user, **item) -> None:
    Follow.objects.filter(user=user, **item).delete()
    forget_fact(user, FOLLOWS_ANYTHING)


def export_follows(user) -> list:
    return [
        {
            "topic": follow.topic.title if follow.topic_id else None,
            "author": follow.author.name if follow.author_id else None,
            "since": follow.created_at.isoformat(),
        }
        for follow in Follow.objects.filter(user=user)
        .select_related("topic", "author")
        .order_by("created_at")
    ]


def erase_follows(user) -> None:
    Follow.objects.filter(user=user).delete()
    ArticleMail.objects.filter(user=user).delete()
    DigestMail.objects.filter(user=user).delete()
