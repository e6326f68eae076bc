"""The member's mail settings on the account page, and the unsubscribe link in every content mail."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import MailCategory, NotificationPreferences, User
from .notification_settings import InvalidUnsubscribeLink, preferences_for, read_unsubscribe_token


class NotificationPreferencesForm(forms.ModelForm):
    class Meta:
        model = NotificationPreferences
        fields = [category.value for category in MailCategory]


@never_cache
@login_required
@require_http_methods(["POST"])
def change_notifications(request):
    form = NotificationPreferencesForm(request.POST, instance=preferences_for(request.user))
    if form.is_valid():  # unchecked boxes are simply absent: a checkbox form cannot be invalid
        form.save()
        messages.success(request, _("Your mail settings have been saved."))
    return redirect(f"{reverse('account_overview')}#account-notifications")


@csrf_exempt  # RFC 8058: the mail program posts without session or CSRF token; the signed link is the key
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks (a mail scanner that follows the link changes nothing); POST switches the kind off."""
    try:
        user_id, category = read_unsubscribe_token(token)
    except InvalidUnsubscribeLink as error:
        message = (
            _("This unsubscribe link has expired. You can change your mail settings on your account page.")
            if error.expired
            else _(
                "This unsubscribe link is not valid. You can change your mail settings on your account page."
            )
        )
        return render(request, "membership/unsubscribe_invalid.html", {"message": message}, status=400)
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        message = _("This unsubscribe link belongs to an account that no longer exists.")
        return render(request, "membership/unsubscribe_invalid.html", {"message": message}, status=404)
    context = {"category": MailCategory(category).label, "email": user.email}
    if request.method == "GET":
        return render(request, "membership/unsubscribe_confirm.html", context)
    preferences = preferences_for(user)
    setattr(preferences, category, False)
    preferences.save()
    return render(request, "membership/unsubscribed.html", context)
