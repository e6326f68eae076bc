"""What a member wants to hear about by email, and the one-click way out of each kind of content mail.

Every mail about content (comment notifications, new articles, the weekly digest) goes out through
`send_content_mail`: it adds the member's unsubscribe link to the body and the RFC 8058 headers
(`List-Unsubscribe` with a signed link, `List-Unsubscribe-Post: List-Unsubscribe=One-Click`), so a mail
program can offer "unsubscribe" and a mail scanner following the link changes nothing (the link's GET
only asks; its POST, without session or CSRF token, switches the kind off). Account mails (address
verification, password reset, billing) are not content mails and go out without these headers.
"""

from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from .models import MailCategory, NotificationPreferences
from .tasks import send_email

UNSUBSCRIBE_SALT = "kennisbank.membership.unsubscribe"
UNSUBSCRIBE_MAX_AGE = 60 * 60 * 24 * 365  # a year: an old mail's link still works, as the mute links do


class InvalidUnsubscribeLink(Exception):
    def __init__(self, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def absolute_url(path: str) -> str:
    """A path on this site as a full URL, from the one configured site address (kennisbank.site_address)."""
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def preferences_for(user) -> NotificationPreferences:
    """The member's stored choices, or the defaults (unsaved) when they never chose."""
    return NotificationPreferences.objects.filter(user=user).first() or NotificationPreferences(user=user)


def preferences_by_user(user_ids) -> dict:
    """Each member's choices (stored, or the defaults), for many members in one query."""
    stored = {p.user_id: p for p in NotificationPreferences.objects.filter(user_id__in=user_ids)}
    return {user_id: stored.get(user_id) or NotificationPreferences(user_id=user_id) for user_id in user_ids}


def wants(category: str, prefix: str = "") -> Q:
    """A filter on users (or, with a prefix such as "user__", on rows that point at a user) that keeps those
    who want this kind of mail, counting the defaults for members without a stored choice."""
    field = f"{prefix}notification_preferences__{category}"
    if NotificationPreferences._meta.get_field(category).default:
        return ~Q(**{field: False})  # no row, or a row that says yes
    return Q(**{field: True})


def unsubscribe_token(user_id: int, category: str) -> str:
    return signing.dumps({"u": user_id, "c": category}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str]:
    """The member and kind a link names; InvalidUnsubscribeLink when it was not made here or is too old."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.SignatureExpired:
        raise InvalidUnsubscribeLink(expired=True) from None
    except signing.BadSignature:
        raise InvalidUnsubscribeLink(expired=False) from None
    try:
        user_id, category = int(data["u"]), data["c"]
    except (KeyError, TypeError, ValueError):
        raise InvalidUnsubscribeLink(expired=False) from None
    if category not in MailCategory.values:
        raise InvalidUnsubscribeLink(expired=False)
    return user_id, category


def unsubscribe_url(user_id: int, category: str) -> str:
    return absolute_url(reverse("unsubscribe", args=[unsubscribe_token(user_id, category)]))


def unsubscribe_headers(user_id: int, category: str) -> dict:
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(user_id, category)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_content_mail(user, category: str, subject: str, body: str) -> None:
    """Queue one content mail to a member, with the unsubscribe link for its kind in body and headers."""
    footer = render_to_string(
        "membership/email/unsubscribe_footer.txt",
        {
            "category": MailCategory(category).label,
            "unsubscribe_url": unsubscribe_url(user.pk, category),
            "settings_url": absolute_url(f"{reverse('account_overview')}#account-notifications"),
        },
    )
    subject = " ".join(subject.split())  # one line, whatever went into it: a header cannot carry a break
    send_email.enqueue(
        subject,
        f"{body.rstrip()}\n\n{footer}",
        [user.email],
        headers=unsubscribe_headers(user.pk, category),
    )
