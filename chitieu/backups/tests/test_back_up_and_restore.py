"""`chitieu backup FILE` and `chitieu restore FILE`: a backup restored into an empty database holds every
value, claim, document (with its file) and audit record, on SQLite and on PostgreSQL alike."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from chitieu.backups.services import row_counts


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def installation(media_root, admin_user):
    """A place, an indicator, an ingested document with its claim accepted into a value (with the review
    decision and the value's history), and a value typed in."""
    from chitieu.documents.models import Claim
    from chitieu.documents.services import Ingestor, accept_claim
    from chitieu.documents.tests import sample_files
    from chitieu.indicators.models import Indicator
    from chitieu.indicators.services import record_value
    from chitieu.places.models import Place

    province = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    indicator = Indicator.objects.create(code="thu-ngan-sach", name_vi="Thu ngân sách", name_en="Budget revenue",
                                         unit="VND", kind="flow", aggregation="sum")
    document = Ingestor(user=admin_user).ingest_bytes("bai-viet.html", sample_files.html_page().encode()).document
    claim = Claim.objects.create(
        document=document, start=0, end=4, text="29,5", value=29.5e9, unit="VND", measure="level", modality="actual",
        indicator=indicator, place=province, period="2020", link_status=Claim.Link.LINKED,
    )
    accept_claim(claim, user=admin_user)
    record_value(indicator=indicator, place=province, period="2021", modality="target", value=31e9, user=admin_user)
    return document


def drop_everything():
    """An empty database: no table left."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY sql NOT LIKE 'CREATE VIRTUAL%'")  # a full-text table first: it drops its own parts
            for (table,) in cursor.fetchall():
                cursor.execute(f'DROP TABLE IF EXISTS "{table}"')
            cursor.execute("PRAGMA foreign_keys = ON")
    assert connection.introspection.table_names() == []


def snapshot():
    from chitieu.documents.models import Claim, Document, ReviewDecision
    from chitieu.indicators.models import DataValue

    return {
        "values": sorted(DataValue.objects.values_list("pk", "indicator__code", "place__name", "period", "modality", "value", "state")),
        "claims": sorted(Claim.objects.values_list("pk", "document_id", "value", "review_state", "data_value_id")),
        "documents": sorted(Document.objects.values_list("pk", "content_hash", "file", "text")),
        "decisions": sorted(ReviewDecision.objects.values_list("pk", "claim_id", "action", "user__username")),
        "rows": row_counts(),
    }


@pytest.mark.django_db(transaction=True)
def test_a_backup_restored_into_an_empty_database_loses_nothing(installation, media_root, tmp_path, capsys):
    before = snapshot()
    assert before["values"] and before["claims"] and before["decisions"] and len(before["documents"]) == 1
    # The audit records: the values' history and the review decisions (not cms.TargetDecision, a target's legal act).
    audit_tables = [label for label in before["rows"] if "historical" in label.lower() or label == "documents.ReviewDecision"]
    assert audit_tables and all(before["rows"][label] for label in audit_tables)
    stored_file = media_root / installation.file.name
    original = stored_file.read_bytes()

    call_command("backup", str(tmp_path / "chitieu.tar.gz"))
    drop_everything()
    stored_file.unlink()
    call_command("restore", str(tmp_path / "chitieu.tar.gz"))

    assert snapshot() == before
    assert stored_file.read_bytes() == original


@pytest.mark.django_db(transaction=True)
def test_a_restore_does_not_overwrite_a_database_that_holds_data_unless_told(installation, tmp_path):
    call_command("backup", str(tmp_path / "chitieu.tar"))
    with pytest.raises(CommandError, match="holds data"):
        call_command("restore", str(tmp_path / "chitieu.tar"))
    call_command("restore", str(tmp_path / "chitieu.tar"), "--replace")


def test_a_file_that_is_no_backup_is_refused(db, tmp_path):
    import tarfile

    with tarfile.open(tmp_path / "other.tar", "w") as archive:
        archive.add(__file__, arcname="x.py")
    with pytest.raises(CommandError, match="not a chitieu backup"):
        call_command("restore", str(tmp_path / "other.tar"))
