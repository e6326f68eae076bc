"""The stand-in's hosted pages (checkout and customer portal): small, plain, accessible HTML in Dutch.

They look nothing like Stripe's pages on purpose: the banner says plainly that no money moves.
"""

from datetime import datetime
from html import escape

MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
INTERVALS = {"day": "per dag", "week": "per week", "month": "per maand", "year": "per jaar"}
STATUSES = {
    "trialing": "Proefperiode",
    "active": "Actief",
    "past_due": "Betaling achterstallig",
    "canceled": "Opgezegd",
    "incomplete": "Onvolledig",
    "incomplete_expired": "Verlopen",
    "unpaid": "Onbetaald",
    "paused": "Gepauzeerd",
}
BANNER = "Gesimuleerde betaling (lokale Stripe stand-in)"

STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #f4f4f6; margin: 0; }
main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem 2rem; background: #fff; border-radius: 8px; }
.banner { border: 2px dashed #8a5a00; background: #fff6e0; padding: .5rem 1rem; border-radius: 6px; }
.error { border: 2px solid #b00020; background: #fdecee; padding: .5rem 1rem; border-radius: 6px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
button { font: inherit; padding: .6rem 1.2rem; border-radius: 6px; border: 2px solid #3c2a98;
         background: #3c2a98; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #3c2a98; }
button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
a { color: #3c2a98; }
section { border-top: 1px solid #ddd; padding-top: 1rem; margin-top: 1rem; }
form { display: inline-block; margin: .25rem .5rem .25rem 0; }
@media (max-width: 30rem) {
  main { margin: 0; padding: 1rem; border-radius: 0; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: .5rem; }
}
"""


def money(amount, currency):
    symbol = "€" if currency == "eur" else currency.upper()
    return f"{symbol} {amount // 100},{amount % 100:02d}"


def date(timestamp):
    moment = datetime.fromtimestamp(timestamp)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def layout(title, body):
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} &ndash; {BANNER}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<p class="banner" role="note"><strong>{BANNER}</strong>: er wordt niets afgeschreven.</p>
{body}
</main>
</body>
</html>
"""


def message(title, text, link=None, link_text="Terug naar de website"):
    back = f'<p><a href="{escape(link)}">{escape(link_text)}</a></p>' if link else ""
    return layout(title, f'<h1>{escape(title)}</h1>\n<p role="alert">{escape(text)}</p>\n{back}')


def _price_text(price):
    return f"{money(price['unit_amount'], price['currency'])} {INTERVALS[price['recurring']['interval']]}"


def checkout(session, lines, trial_days, email, error=None):
    """`lines` are (product name, price object, quantity)."""
    rows = []
    for name, price, quantity in lines:
        amount = f"{quantity} &times; " if quantity > 1 else ""
        rows.append(f"<dt>Product</dt><dd>{escape(name)}</dd>")
        rows.append(f"<dt>Prijs</dt><dd>{amount}{escape(_price_text(price))}</dd>")
    if trial_days:
        days = "1 dag" if trial_days == 1 else f"{trial_days} dagen"
        after = " + ".join(_price_text(price) for _name, price, _quantity in lines)
        rows.append(f"<dt>Proefperiode</dt><dd>{days} gratis, daarna {escape(after)}</dd>")
    if email:
        rows.append(f"<dt>E-mailadres</dt><dd>{escape(email)}</dd>")
    due = 0 if trial_days else sum(price["unit_amount"] * quantity for _name, price, quantity in lines)
    rows.append(f"<dt>Vandaag te betalen</dt><dd>{money(due, 'eur')}</dd>")
    alert = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    button = "Proefperiode starten" if trial_days else "Abonnement starten"
    cancel = session["cancel_url"]
    cancel_link = f'<p><a href="{escape(cancel)}">Annuleren</a></p>' if cancel else ""
    body = f"""<h1>Afrekenen: {escape(lines[0][0])}</h1>
{alert}
<dl>{"".join(rows)}</dl>
<form method="post" action="/checkout/{escape(session["id"])}/confirm">
<button type="submit">{button}</button>
</form>
{cancel_link}"""
    return layout("Afrekenen", body)


def closed_checkout(session):
    if session["status"] == "complete":
        success_url = session["success_url"].replace("{CHECKOUT_SESSION_ID}", session["id"])
        return message(
            "Al afgerond", "Deze betaalsessie is al afgerond; je abonnement bestaat al.", success_url
        )
    text = "Deze betaalsessie is verlopen. Begin opnieuw vanaf de website."
    return message("Verlopen", text, session["cancel_url"])


def _subscription(portal_id, sub, name):
    item = sub["items"]["data"][0]
    period_end = item["current_period_end"]
    facts = [f"<dt>Status</dt><dd>{STATUSES.get(sub['status'], escape(sub['status']))}</dd>"]
    facts.append(f"<dt>Prijs</dt><dd>{escape(_price_text(item['price']))}</dd>")
    if sub["status"] == "canceled":
        facts.append(f"<dt>Beëindigd op</dt><dd>{date(sub['ended_at'])}</dd>")
    elif sub["cancel_at_period_end"]:
        facts.append(f"<dt>Loopt af op</dt><dd>{date(period_end)}</dd>")
    elif sub["status"] == "trialing":
        facts.append(f"<dt>Proefperiode tot</dt><dd>{date(sub['trial_end'])}</dd>")
    else:
        facts.append(f"<dt>Volgende betaling</dt><dd>{date(period_end)}</dd>")
    forms = []
    if sub["status"] in ("trialing", "active", "past_due"):
        action = f"/portal/{escape(portal_id)}/subscriptions/{escape(sub['id'])}"
        if sub["cancel_at_period_end"]:
            forms.append((f"{action}/resume", "Opzegging intrekken", ""))
        else:
            forms.append((f"{action}/cancel_at_period_end", "Opzeggen aan het einde van de periode", ""))
        forms.append((f"{action}/cancel", "Direct opzeggen", "secondary"))
    buttons = "\n".join(
        f'<form method="post" action="{url}"><button type="submit" class="{css}">{label}</button></form>'
        for url, label, css in forms
    )
    return f"""<section aria-labelledby="{escape(sub["id"])}">
<h2 id="{escape(sub["id"])}">{escape(name)}</h2>
<dl>{"".join(facts)}</dl>
{buttons}
</section>"""


def portal(session, customer, subscriptions, names):
    """The customer's subscriptions, newest first, each with the buttons the state allows."""
    who = customer.get("email") or customer.get("name") or session["customer"]
    items = "\n".join(_subscription(session["id"], sub, names[sub["id"]]) for sub in subscriptions)
    if not subscriptions:
        items = "<p>Je hebt geen abonnementen.</p>"
    back = session["return_url"]
    back_link = f'<p><a href="{escape(back)}">Terug naar de website</a></p>' if back else ""
    body = f"""<h1>Abonnement beheren</h1>
<p>Klant: {escape(who)}</p>
{items}
{back_link}"""
    return layout("Abonnement beheren", body)
