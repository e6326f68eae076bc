"""The discussion under pages: django-comments-xtd's threaded comment with what our discussion adds."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.models import ModelLogEntry

# What readers see: published, not removed by its writer or a moderator, not hidden (after reports or by a
# moderator).
VISIBLE = models.Q(is_public=True, is_removed=False, hidden_by_reports=False, hidden_by_moderator=False)

# The audit-log action of a moderator's approval (discussion.moderation writes it). Here, because the posting
# rules in discussion.service read it too, and moderation imports the service.
APPROVE_ACTION = "discussion.approve"


class DiscussionComment(XtdComment):
    """A comment; the Markdown the member typed is in `comment`, its sanitised rendering in `body_html`."""

    body_html = models.TextField(editable=False, default="")
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    like_count = models.PositiveIntegerField(default=0)
    report_count = models.PositiveIntegerField(default=0)
    hidden_by_reports = models.BooleanField(
        _("hidden after reports"), default=False, help_text=_("Hidden until a moderator has looked at it.")
    )
    hidden_by_moderator = models.BooleanField(
        _("hidden by a moderator"), default=False, help_text=_("Hidden until a moderator restores it.")
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    @property
    def is_visible(self) -> bool:
        """VISIBLE, for a comment already in memory."""
        return self.is_public and not self.is_removed and not self.is_hidden

    @property
    def is_hidden(self) -> bool:
        return self.hidden_by_reports or self.hidden_by_moderator

    def approved_by_moderator(self) -> bool:
        """A moderator approved this text (a held first comment, or one cleared after reports)."""
        return ModelLogEntry.objects.filter(action=APPROVE_ACTION, object_id=str(self.pk)).exists()


def comments_for(page):
    """All comments under a page (shown or not)."""
    return DiscussionComment.objects.filter(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_pk=str(page.pk),
        site_id=settings.SITE_ID,
    )


class CommentLike(models.Model):
    comment = models.ForeignKey(DiscussionComment, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_likes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["comment", "user"], name="one_like_per_member")]

    def __str__(self):
        return f"{self.user_id} likes {self.comment_id}"


class CommentReport(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Offensive or abusive")
        OFF_TOPIC = "off_topic", _("Off topic")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(DiscussionComment, on_delete=models.CASCADE, related_name="reports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_reports"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("explanation"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["comment", "user"], name="one_report_per_member")]
        verbose_name = _("report")

    def __str__(self):
        return f"{self.get_reason_display()} ({self.comment_id})"


class CommentBan(models.Model):
    """A member a moderator has stopped from commenting."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_ban"
    )
    banned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("comment ban")
        verbose_name_plural = _("comment bans")

    def __str__(self):
        return str(self.user_id)


class ThreadMute(models.Model):
    """A member who no longer wants emails about one thread (the mute link in every notification)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_threads")
    thread_id = models.IntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread_id"], name="one_mute_per_thread")]

    def __str__(self):
        return f"{self.user_id} mutes {self.thread_id}"
