"""`python -m devtools.stripe_standin.wait URL`: wait up to 15 s until the stand-in answers (make run)."""

import sys
import time
import urllib.error
import urllib.request


def wait(url: str, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310 -- a local address given by the Makefile
            return True
        except urllib.error.HTTPError:
            return True  # it answered, even if with an error status
        except OSError:
            time.sleep(0.2)
    return False


if __name__ == "__main__":
    if not wait(sys.argv[1]):
        sys.exit(f"The Stripe stand-in at {sys.argv[1]} did not start.")
