"""Values stored before the reporting cycle get a first history row (how they stood), so that every value's
history starts with its figure (django-simple-history only records changes made after it was installed)."""

from django.db import migrations
from django.utils import timezone


def first_versions(apps, schema_editor):
    DataValue = apps.get_model("indicators", "DataValue")
    History = apps.get_model("indicators", "HistoricalDataValue")
    have = set(History.objects.values_list("id", flat=True).distinct())
    names = [f.attname for f in History._meta.fields if not f.name.startswith("history_")]
    now = timezone.now()
    batch = []
    for value in DataValue.objects.exclude(pk__in=have).iterator(chunk_size=2000):
        batch.append(History(
            **{name: getattr(value, name) for name in names}, history_date=value.updated_at or now,
            history_type="+", history_change_reason="Có từ trước quy trình duyệt", history_via="migration",
        ))
        if len(batch) >= 2000:
            History.objects.bulk_create(batch)
            batch = []
    History.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [("indicators", "0004_values_keep_their_approval_and_history")]
    operations = [migrations.RunPython(first_versions, migrations.RunPython.noop)]
