"""A first list of synonyms; editors extend it in the admin (Snippets > Synonyms)."""

from django.db import migrations

SYNONYMS = [
    "KPI, prestatie-indicator, kritieke prestatie-indicator",
    "HR, personeelszaken, P&O, human resources",
    "MT, managementteam",
    "OKR, objectives and key results",
    "feedback, terugkoppeling",
    "onboarding, inwerken, inwerkperiode",
    "leidinggevende, manager, chef",
    "medewerker, werknemer",
    "vergadering, overleg, meeting",
    "zelforganisatie, zelfsturing, zelfsturende teams",
    "hybride werken, thuiswerken, werken op afstand",
    "e-learning, online leren",
    "verandermanagement, change management, veranderkunde",
    "leiderschap, leadership",
    "psychologische veiligheid, psychological safety",
    "teamontwikkeling, teambuilding",
    "opleiding, training, cursus",
    "functioneringsgesprek, beoordelingsgesprek, jaargesprek",
    "betrokkenheid, engagement",
    "kaizen, continu verbeteren",
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for words in SYNONYMS:
        Synonym.objects.get_or_create(words=words)


def unseed(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(words__in=SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_index_tables")]

    operations = [migrations.RunPython(seed, unseed)]
