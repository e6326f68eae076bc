"""python -m devtools.stripe_standin: run the Stripe stand-in until Ctrl-C (used by `make run`)."""

import argparse
import logging
import signal
import threading

from . import StripeStandIn
from .core import DEVELOPMENT_RETRY_DELAYS


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m devtools.stripe_standin", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=12111)
    parser.add_argument("--public-url", help="base URL of the hosted pages for browsers (default: host:port)")
    parser.add_argument("--webhook-url", help="where to POST events: http://127.0.0.1:8000/stripe/webhook/")
    parser.add_argument("--webhook-secret", default="whsec_standin_development")
    parser.add_argument("--price-id", default="price_kennisbank_pro", help="the monthly Pro price")
    parser.add_argument(
        "--yearly-price-id", default="price_kennisbank_pro_yearly", help="the yearly Pro price"
    )
    parser.add_argument("--state-file", help="JSON file that keeps the state across restarts")
    parser.add_argument("--no-auto-deliver", action="store_true", help="send webhooks only on request")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    level = logging.DEBUG if args.verbose else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s stripe-standin %(levelname)s %(message)s")
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    standin = StripeStandIn(
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
        price_id=args.price_id,
        yearly_price_id=args.yearly_price_id,
        state_file=args.state_file,
        auto_deliver=not args.no_auto_deliver,
        host=args.host,
        port=args.port,
        public_url=args.public_url,
        retry_delays=DEVELOPMENT_RETRY_DELAYS,
    ).start()
    try:
        stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        standin.stop()


if __name__ == "__main__":
    main()
