from django.urls import path

from . import account_views, notification_views, two_factor, views

urlpatterns = [
    path("pro/", views.pro_landing, name="pro_landing"),
    path("pro/abonneren/", views.start_checkout, name="pro_start_checkout"),
    path("pro/welkom/", views.checkout_success, name="pro_checkout_success"),
    path("stripe/webhook/", views.stripe_webhook, name="stripe_webhook"),
    path("account/", account_views.account_overview, name="account_overview"),
    path("account/abonnement/beheren/", views.billing_portal, name="billing_portal"),
    path("account/abonnement/opzeggen/", views.cancel_subscription, name="cancel_subscription"),
    path("account/verwijderen/", account_views.delete_account, name="delete_account"),
    path("account/gegevens/", account_views.export_data, name="export_data"),
    path("account/naam/", account_views.change_public_name, name="change_public_name"),
    path("account/profiel/", account_views.change_profile, name="change_profile"),
    path("account/profiel/foto-verwijderen/", account_views.remove_photo, name="remove_photo"),
    path("account/meldingen/", notification_views.change_notifications, name="change_notifications"),
    path("afmelden/<str:token>/", notification_views.unsubscribe, name="unsubscribe"),
    # Before allauth's own (kennisbank/urls.py includes allauth after this), to keep `next`.
    path("account/2fa/totp/activate/", two_factor.activate_totp, name="mfa_activate_totp"),
]
