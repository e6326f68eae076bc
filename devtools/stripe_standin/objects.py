"""Builders for the Stripe objects the stand-in serves.

Field names and shapes follow stripe-python 16.1.0 (API version 2026-10-28.endive): every field that the
SDK declares non-optional is present; fields we do not simulate are null where Stripe allows null. The
builders are pure functions; the state and the rules of the game live in core.py.
"""

import secrets
import string

API_VERSION = "2026-10-28.endive"
MONTH_SECONDS = 30 * 24 * 3600  # the stand-in bills "monthly" every 30 days, to keep the clock simple
DAY_SECONDS = 24 * 3600
# How long one billing period of each recurring interval lasts on the stand-in's clock.
INTERVAL_SECONDS = {
    "day": DAY_SECONDS,
    "week": 7 * DAY_SECONDS,
    "month": MONTH_SECONDS,
    "year": 365 * DAY_SECONDS,
}

_ALPHABET = string.ascii_letters + string.digits


class ApiError(Exception):
    """A request Stripe would refuse; rendered as {"error": {...}} with the given HTTP status."""

    def __init__(self, message, *, status=400, param=None, code=None, type="invalid_request_error"):
        super().__init__(message)
        self.status, self.message, self.param, self.code, self.type = status, message, param, code, type

    def body(self):
        error = {"type": self.type, "message": self.message, "param": self.param, "code": self.code}
        if self.code:
            error["doc_url"] = f"https://docs.stripe.com/error-codes/{self.code.replace('_', '-')}"
        return {"error": error}


class PageError(Exception):
    """A hosted-page action that cannot go ahead; the message is shown to the visitor (in Dutch)."""

    def __init__(self, title, message, status=400):
        super().__init__(message)
        self.title, self.message, self.status = title, message, status


def new_id(prefix, length=24):
    """Stripe-looking ids: a type prefix and random letters and digits."""
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(length))


def list_object(data, url):
    return {"object": "list", "data": data, "has_more": False, "url": url}


def product(product_id, name, created):
    return {
        "id": product_id,
        "object": "product",
        "active": True,
        "created": created,
        "default_price": None,
        "description": None,
        "images": [],
        "livemode": False,
        "marketing_features": [],
        "metadata": {},
        "name": name,
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": None,
        "type": "service",
        "unit_label": None,
        "updated": created,
        "url": None,
    }


def period_seconds(price_obj):
    recurring = price_obj["recurring"]
    return INTERVAL_SECONDS[recurring["interval"]] * recurring["interval_count"]


def price(price_id, product_id, unit_amount, currency, interval, created, tax_behavior="unspecified"):
    return {
        "id": price_id,
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": created,
        "currency": currency,
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": None,
        "product": product_id,
        "recurring": {
            "interval": interval,
            "interval_count": 1,
            "meter": None,
            "trial_period_days": None,
            "usage_type": "licensed",
        },
        "tax_behavior": tax_behavior,
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring",
        "unit_amount": unit_amount,
        "unit_amount_decimal": str(unit_amount),
    }


def plan_from_price(price_obj):
    """Subscription items still carry the legacy `plan` mirror of their price."""
    recurring = price_obj["recurring"]
    return {
        "id": price_obj["id"],
        "object": "plan",
        "active": True,
        "amount": price_obj["unit_amount"],
        "amount_decimal": price_obj["unit_amount_decimal"],
        "billing_scheme": "per_unit",
        "created": price_obj["created"],
        "currency": price_obj["currency"],
        "interval": recurring["interval"],
        "interval_count": recurring["interval_count"],
        "livemode": False,
        "metadata": {},
        "meter": None,
        "nickname": None,
        "product": price_obj["product"],
        "tiers_mode": None,
        "transform_usage": None,
        "trial_period_days": None,
        "usage_type": "licensed",
    }


def customer(created, email=None, name=None, description=None, phone=None, metadata=None):
    return {
        "id": new_id("cus_", 14),
        "object": "customer",
        "address": None,
        "balance": 0,
        "created": created,
        "currency": None,
        "default_source": None,
        "delinquent": False,
        "description": description,
        "discount": None,
        "email": email,
        "invoice_prefix": secrets.token_hex(4).upper(),
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": metadata or {},
        "name": name,
        "next_invoice_sequence": 1,
        "phone": phone,
        "preferred_locales": [],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


def checkout_session(created, base_url, params, customer_id, amount):
    session_id = new_id("cs_test_", 58)
    return {
        "id": session_id,
        "object": "checkout.session",
        "adaptive_pricing": {"enabled": False},
        "after_expiration": None,
        "allow_promotion_codes": None,
        "amount_subtotal": amount,
        "amount_total": amount,
        "automatic_tax": {"enabled": False, "liability": None, "provider": None, "status": None},
        "billing_address_collection": None,
        "cancel_url": params.get("cancel_url"),
        "client_reference_id": params.get("client_reference_id"),
        "client_secret": None,
        "collected_information": None,
        "consent": None,
        "consent_collection": None,
        "created": created,
        "currency": "eur",
        "currency_conversion": None,
        "custom_fields": [],
        "custom_text": {
            "after_submit": None,
            "shipping_address": None,
            "submit": None,
            "terms_of_service_acceptance": None,
        },
        "customer": customer_id,
        "customer_account": None,
        "customer_creation": None if customer_id else "always",
        "customer_details": None,
        "customer_email": params.get("customer_email"),
        "discounts": [],
        "expires_at": created + DAY_SECONDS,
        "integration_identifier": None,
        "invoice": None,
        "invoice_creation": None,
        "livemode": False,
        "locale": params.get("locale"),
        "managed_payments": None,
        "metadata": params.get("metadata") or {},
        "mode": params["mode"],
        "origin_context": None,
        "payment_intent": None,
        "payment_link": None,
        "payment_method_collection": params.get("payment_method_collection", "always"),
        "payment_method_configuration_details": None,
        "payment_method_options": {},
        "payment_method_types": ["card"],
        "payment_status": "unpaid",
        "permissions": None,
        "phone_number_collection": {"enabled": False},
        "recovered_from": None,
        "saved_payment_method_options": None,
        "setup_intent": None,
        "shipping_address_collection": None,
        "shipping_cost": None,
        "shipping_options": [],
        "status": "open",
        "submit_type": None,
        "subscription": None,
        "success_url": params.get("success_url"),
        "total_details": {"amount_discount": 0, "amount_shipping": 0, "amount_tax": 0},
        "ui_mode": "hosted_page",
        "url": f"{base_url}/checkout/{session_id}",
        "wallet_options": None,
    }


def subscription_item(subscription_id, price_obj, quantity, created, period_start, period_end):
    return {
        "id": new_id("si_", 14),
        "object": "subscription_item",
        "billing_thresholds": None,
        "created": created,
        "current_period_end": period_end,
        "current_period_start": period_start,
        "discounts": [],
        "metadata": {},
        "plan": plan_from_price(price_obj),
        "price": price_obj,
        "quantity": quantity,
        "subscription": subscription_id,
        "tax_rates": [],
    }


def subscription(created, customer_id, currency, items, metadata, trial_end=None, description=None):
    """`items` are (price object, quantity) pairs; the first period ends at the trial end or one billing
    interval of the first price on."""
    subscription_id = new_id("sub_")
    period_end = trial_end or created + period_seconds(items[0][0])
    return {
        "id": subscription_id,
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": period_end if trial_end else created,
        "billing_cycle_anchor_config": None,
        "billing_mode": {
            "flexible": {"proration_discounts": "included"},
            "type": "flexible",
            "updated_at": None,
        },
        "billing_schedules": [],
        "billing_thresholds": None,
        "cancel_at": None,
        "cancel_at_period_end": False,
        "canceled_at": None,
        "cancellation_details": {"comment": None, "feedback": None, "reason": None},
        "collection_method": "charge_automatically",
        "created": created,
        "currency": currency,
        "customer": customer_id,
        "customer_account": None,
        "days_until_due": None,
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": description,
        "discounts": [],
        "ended_at": None,
        "invoice_settings": {"account_tax_ids": None, "issuer": {"type": "self"}},
        "items": list_object(
            [subscription_item(subscription_id, p, q, created, created, period_end) for p, q in items],
            f"/v1/subscription_items?subscription={subscription_id}",
        ),
        "latest_invoice": None,
        "livemode": False,
        "managed_payments": None,
        "metadata": metadata,
        "next_pending_invoice_item_invoice": None,
        "on_behalf_of": None,
        "pause_collection": None,
        "payment_settings": {
            "payment_method_options": None,
            "payment_method_types": None,
            "save_default_payment_method": "off",
        },
        "pending_invoice_item_interval": None,
        "pending_setup_intent": None,
        "pending_update": None,
        "presentment_details": None,
        "schedule": None,
        "start_date": created,
        "status": "trialing" if trial_end else "active",
        "status_details": None,
        "test_clock": None,
        "transfer_data": None,
        "trial_end": trial_end,
        "trial_settings": {"end_behavior": {"missing_payment_method": "create_invoice"}},
        "trial_start": created if trial_end else None,
    }


def invoice(created, customer_obj, subscription_obj, billing_reason, period, invoice_period, trial, names):
    """A draft invoice for one period of every item of the subscription (amount 0 during a trial).

    `names` maps product ids to product names for the line descriptions."""
    invoice_id = new_id("in_")
    lines = []
    for item in subscription_obj["items"]["data"]:
        item_price = item["price"]
        amount = 0 if trial else item_price["unit_amount"] * item["quantity"]
        name = names.get(item_price["product"], item_price["product"])
        lines.append(
            {
                "id": new_id("il_"),
                "object": "line_item",
                "amount": amount,
                "currency": item_price["currency"],
                "description": f"Proefperiode voor {name}" if trial else f"{item['quantity']} \u00d7 {name}",
                "discount_amounts": [],
                "discountable": True,
                "discounts": [],
                "invoice": invoice_id,
                "livemode": False,
                "metadata": {},
                "parent": {
                    "invoice_item_details": None,
                    "subscription_item_details": {
                        "invoice_item": None,
                        "proration": False,
                        "proration_details": {"credited_items": None},
                        "subscription": subscription_obj["id"],
                        "subscription_item": item["id"],
                    },
                    "type": "subscription_item_details",
                },
                "period": {"start": period[0], "end": period[1]},
                "pretax_credit_amounts": [],
                "pricing": {
                    "price_details": {"price": item_price["id"], "product": item_price["product"]},
                    "type": "price_details",
                    "unit_amount_decimal": "0" if trial else item_price["unit_amount_decimal"],
                },
                "quantity": item["quantity"],
                "quantity_decimal": str(item["quantity"]),
                "subtotal": amount,
                "taxes": [],
            }
        )
    total = sum(line["amount"] for line in lines)
    return {
        "id": invoice_id,
        "object": "invoice",
        "account_country": "NL",
        "account_name": "Kennisbank",
        "account_tax_ids": None,
        "amount_due": total,
        "amount_overpaid": 0,
        "amount_paid": 0,
        "amount_remaining": total,
        "amount_shipping": 0,
        "application": None,
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": True,
        "automatic_tax": {
            "disabled_reason": None,
            "enabled": False,
            "liability": None,
            "provider": None,
            "status": None,
        },
        "automatically_finalizes_at": None,
        "billing_reason": billing_reason,
        "collection_method": "charge_automatically",
        "created": created,
        "currency": subscription_obj["currency"],
        "custom_fields": None,
        "customer": customer_obj["id"],
        "customer_account": None,
        "customer_address": None,
        "customer_email": customer_obj["email"],
        "customer_name": customer_obj["name"],
        "customer_phone": customer_obj["phone"],
        "customer_shipping": None,
        "customer_tax_exempt": "none",
        "customer_tax_ids": [],
        "default_payment_method": None,
        "default_source": None,
        "default_tax_rates": [],
        "description": None,
        "discounts": [],
        "due_date": None,
        "effective_at": None,
        "ending_balance": None,
        "footer": None,
        "from_invoice": None,
        "hosted_invoice_url": None,
        "invoice_pdf": None,
        "issuer": {"type": "self"},
        "last_finalization_error": None,
        "latest_revision": None,
        "lines": list_object(lines, f"/v1/invoices/{invoice_id}/lines"),
        "livemode": False,
        "metadata": {},
        "next_payment_attempt": None,
        "number": None,
        "on_behalf_of": None,
        "parent": {
            "quote_details": None,
            "subscription_details": {
                "metadata": dict(subscription_obj["metadata"]),
                "subscription": subscription_obj["id"],
                "subscription_proration_date": None,
            },
            "type": "subscription_details",
        },
        "payment_settings": {
            "default_mandate": None,
            "payment_method_options": None,
            "payment_method_types": None,
        },
        "period_end": invoice_period[1],
        "period_start": invoice_period[0],
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": None,
        "rendering": None,
        "shipping_cost": None,
        "shipping_details": None,
        "starting_balance": 0,
        "statement_descriptor": None,
        "status": "draft",
        "status_transitions": {
            "finalized_at": None,
            "marked_uncollectible_at": None,
            "paid_at": None,
            "voided_at": None,
        },
        "subtotal": total,
        "subtotal_excluding_tax": total,
        "test_clock": None,
        "total": total,
        "total_discount_amounts": [],
        "total_excluding_tax": total,
        "total_pretax_credit_amounts": [],
        "total_taxes": [],
        "webhooks_delivered_at": None,
    }


def portal_session(created, base_url, customer_id, return_url, locale=None):
    session_id = new_id("bps_")
    return {
        "id": session_id,
        "object": "billing_portal.session",
        "configuration": "bpc_standin_default",
        "created": created,
        "customer": customer_id,
        "customer_account": None,
        "flow": None,
        "livemode": False,
        "locale": locale,
        "on_behalf_of": None,
        "return_url": return_url,
        "url": f"{base_url}/portal/{session_id}",
    }


def event(created, event_type, snapshot, previous_attributes, request, pending_webhooks):
    data = {"object": snapshot}
    if previous_attributes is not None:
        data["previous_attributes"] = previous_attributes
    return {
        "id": new_id("evt_"),
        "object": "event",
        "api_version": API_VERSION,
        "created": created,
        "data": data,
        "livemode": False,
        "pending_webhooks": pending_webhooks,
        "request": {"id": request[0], "idempotency_key": request[1]}
        if request
        else {"id": None, "idempotency_key": None},
        "type": event_type,
    }
