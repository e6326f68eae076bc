"""Our variants of allauth's forms."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        """For an address that already has an account allauth creates nothing and mails the owner, so it
        skips the password hash a new account costs: that difference in time (seconds with a production
        hasher) would tell whether an address has an account. Do the same work on both branches."""
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
