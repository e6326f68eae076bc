import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.production")

application = get_wsgi_application()

# What is loaded by now (Django, Wagtail, every app's modules, models and URLs) lives as long as the process:
# the garbage collector's full passes need not walk it again. Measured on the benchmark's site: a full pass
# took 120-180 ms in a worker (a request that meets one waits that long), 15-45 ms with this.
gc.freeze()
