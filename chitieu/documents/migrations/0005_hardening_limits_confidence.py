"""The limits of issue 11 (a document too large to extract in one go), the extractor's confidence, and an
index for the paged document page.

On SQLite, adding a NOT NULL column remakes the document table, which drops the triggers that keep the
full-text index (migration 0002) in step: they are made again here."""

import importlib

from django.db import migrations, models

_FTS = importlib.import_module("chitieu.documents.migrations.0002_full_text_search")


def remake_fts_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in _FTS.SQLITE_BACKWARD[:3] + _FTS.SQLITE_FORWARD[1:4]:
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("documents", "0004_claim_place_level"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="extraction",
            field=models.CharField(
                choices=[("done", "Đã trích xuất"), ("too_large", "Quá nhiều số liệu để trích xuất một lần")],
                db_index=True, default="done", max_length=10, verbose_name="trích xuất",
            ),
        ),
        migrations.AddField(
            model_name="document",
            name="claims_found",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="số liệu tìm thấy"),
        ),
        migrations.AddField(
            model_name="claim",
            name="confidence",
            field=models.FloatField(blank=True, db_index=True, null=True, verbose_name="độ tin cậy"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["document", "start"], name="documents_claim_doc_start"),
        ),
        migrations.RunPython(remake_fts_triggers, migrations.RunPython.noop),
    ]
