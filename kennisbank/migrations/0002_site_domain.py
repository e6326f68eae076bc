from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def name_the_site(apps, schema_editor):
    """django.contrib.sites (needed by the comments framework) would otherwise call us example.com."""
    Site = apps.get_model("sites", "Site")
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc or "localhost"
    Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": domain, "name": "Kennisbank"})


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0001_initial"), ("sites", "0002_alter_domain_unique")]

    operations = [migrations.RunPython(name_the_site, migrations.RunPython.noop)]
