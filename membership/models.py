"""People and money: the user model, subscriptions and Stripe bookkeeping."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account. They sign in with their email address; `username` is kept for Django
    and Wagtail internals and filled automatically."""

    email = models.EmailField(_("email address"))
    # The public profile, shown with the member's comments (membership/profiles.py).
    job_title = models.CharField(
        _("role or function"),
        max_length=80,
        blank=True,
        help_text=_("For example: trainer and organisational consultant."),
    )
    bio = models.TextField(
        _("about you"),
        max_length=280,
        blank=True,
        help_text=_("A few sentences, plain text, at most 280 characters."),
    )
    avatar = models.ImageField(_("photo"), upload_to="avatars/", blank=True)

    # What others see of a member, for whoever shows it to know when to redraw (discussion/writers.py).
    PUBLIC_PROFILE_FIELDS = ("job_title", "bio", "avatar")

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [models.UniqueConstraint(Lower("email"), name="membership_user_email_ci_unique")]

    @property
    def public_name(self) -> str:
        """The name others see above the member's comments; without one, the address up to the @."""
        name = self.get_full_name().strip()
        return (name or self.email.split("@")[0])[:50]

    @classmethod
    def from_db(cls, db, field_names, values):
        user = super().from_db(db, field_names, values)
        user._remember_public_profile()
        return user

    def refresh_from_db(self, *args, **kwargs):
        super().refresh_from_db(*args, **kwargs)
        self._remember_public_profile(kwargs.get("fields"))

    def save(self, *args, **kwargs):
        self.email = self.__class__.objects.normalize_email(self.email or "").strip()
        if not self.username:
            self.username = self.email.lower()
        super().save(*args, **kwargs)
        self._remember_public_profile(kwargs.get("update_fields"))

    def _remember_public_profile(self, saved_fields=None) -> None:
        deferred = self.get_deferred_fields()
        remembered = dict(getattr(self, "_saved_profile", {}))  # a copy of a user must not share it
        for name in self.PUBLIC_PROFILE_FIELDS:
            if name not in deferred and (saved_fields is None or name in saved_fields):
                remembered[name] = str(getattr(self, name) or "")
        self._saved_profile = remembered

    def public_profile_changed(self, fields=PUBLIC_PROFILE_FIELDS) -> bool:
        """Whether any of these public fields differs from the database row this object was read from or
        last saved to (without a query: a user saved for other reasons redraws nothing)."""
        saved = getattr(self, "_saved_profile", None)
        if saved is None:
            return True
        deferred = self.get_deferred_fields()
        return any(
            name not in deferred and (name not in saved or str(getattr(self, name) or "") != saved[name])
            for name in fields
        )


class SubscriptionStatus(models.TextChoices):
    """Stripe's subscription statuses (the API may add more; unknown values are stored as they come)."""

    INCOMPLETE = "incomplete", _("incomplete")
    INCOMPLETE_EXPIRED = "incomplete_expired", _("incomplete, expired")
    TRIALING = "trialing", _("trial")
    ACTIVE = "active", _("active")
    PAST_DUE = "past_due", _("payment failed")
    CANCELED = "canceled", _("cancelled")
    UNPAID = "unpaid", _("unpaid")
    PAUSED = "paused", _("paused")


class BillingCustomer(models.Model):
    """One Stripe customer per user."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="billing_customer")
    stripe_customer_id = models.CharField(max_length=255, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("billing customer")

    def __str__(self):
        return self.stripe_customer_id


class Subscription(models.Model):
    """Our copy of a Stripe subscription, always written from a fresh fetch of Stripe's current state."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="subscriptions")
    stripe_subscription_id = models.CharField(max_length=255, unique=True)
    stripe_customer_id = models.CharField(max_length=255, db_index=True)
    # A SubscriptionStatus value, but without `choices`: a status that Stripe adds later must be stored as it
    # comes, and choices would make full_clean() and any model form refuse it.
    status = models.CharField(_("status"), max_length=32)
    price_id = models.CharField(max_length=255, blank=True)
    trial_end = models.DateTimeField(_("trial ends"), null=True, blank=True)
    current_period_end = models.DateTimeField(_("current period ends"), null=True, blank=True)
    cancel_at_period_end = models.BooleanField(default=False)
    canceled_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # The page whose Pro invitation led to this sign-up (membership.attribution); an id, not a relation,
    # because membership knows nothing of pages.
    source_page_id = models.PositiveIntegerField(_("source page"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        permissions = [("read_pro_content", _("Can read Pro content without a subscription"))]

    def __str__(self):
        return f"{self.stripe_subscription_id} ({self.status})"


class TrialClaim(models.Model):
    """Who has had the free month: kept by account and by a keyed hash of the normalised email address,
    so a new account with the same address (or a deleted and re-created one) gets no second trial."""

    email_digest = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="trial_claims"
    )
    claimed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("trial claim")

    def __str__(self):
        return self.email_digest[:12]


class ProcessedStripeEvent(models.Model):
    """Each Stripe event id once; written in the same transaction as the event's effect."""

    event_id = models.CharField(max_length=255, unique=True)
    event_type = models.CharField(max_length=128)
    processed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("processed Stripe event")

    def __str__(self):
        return self.event_id


class MailCategory(models.TextChoices):
    """The kinds of mail about content a member can switch off (each its own one-click unsubscribe).
    A reply, a mention and a comment under one's own article are one kind: all are addressed to the member."""

    REPLIES = "replies", _("replies to my comments, mentions and comments on my articles")
    THREADS = "threads", _("new comments in discussions I take part in")
    NEW_ARTICLES = "new_articles", _("new articles in topics and by authors I follow")
    DIGEST = "digest", _("a weekly digest of what is new in what I follow")


class NotificationPreferences(models.Model):
    """Which content mails a member wants. No row means the defaults: everything the member asked for by
    taking part or following is on; the weekly digest, a mail of its own on top of those, is off until
    chosen."""

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, primary_key=True, related_name="notification_preferences"
    )
    replies = models.BooleanField(MailCategory.REPLIES.label, default=True)
    threads = models.BooleanField(MailCategory.THREADS.label, default=True)
    new_articles = models.BooleanField(MailCategory.NEW_ARTICLES.label, default=True)
    digest = models.BooleanField(MailCategory.DIGEST.label, default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preferences")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user_id)
