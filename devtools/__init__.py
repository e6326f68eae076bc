"""Development-only tools (see README.md): never imported by the product, never in the production image.

Not a Django app: nothing here is in INSTALLED_APPS, and kennisbank/, articles/, membership/ and search/
must not import it (tests/kennisbank/test_deployment.py checks both rules).
"""
