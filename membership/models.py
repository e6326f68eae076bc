"""People and money: the user model, subscriptions and Stripe bookkeeping."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person with an account. They sign in with their email address; `username` is kept for Django
    and Wagtail internals and filled automatically."""

    email = models.EmailField(_("email address"))

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [models.UniqueConstraint(Lower("email"), name="membership_user_email_ci_unique")]

    def save(self, *args, **kwargs):
        self.email = self.__class__.objects.normalize_email(self.email or "").strip()
        if not self.username:
            self.username = self.email.lower()
        super().save(*args, **kwargs)
