"""Loading values in bulk: millions of rows of a statistics office's archive or a benchmark, at COPY speed.

`bulk_load_values(rows)` is the project's bulk path beside `services.record_value` (one value, with its
history and the reporting cycle's rules): the rows are trusted to be in the indicator's canonical unit,
are written in the given approval state, carry `source_detail={"bulk": name}` as provenance, and keep no
per-row history (a load of ten million values would otherwise write ten million history rows). A key that
already holds a value is never overwritten: that value stays and the row is counted as skipped.

On PostgreSQL the rows go through COPY; elsewhere through bulk_create. Every row's indicator and place are
checked here against the tables (one query each, not one per row); a connection with the rights to do so then
skips the database's per-row foreign-key triggers for the load (`session_replication_role = replica`, as
pg_restore --disable-triggers does), which is most of the cost of a COPY into this table.
"""

import datetime
import json
from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from chitieu.indicators.models import DataValue, Indicator
from chitieu.periods import Period

CHUNK = 200_000

COLUMNS = [
    "indicator_id", "place_id", "period", "period_start", "period_end", "modality", "issuer", "value", "unit",
    "source", "source_detail", "note", "state", "state_reason", "approval_level", "approved_at",
    "created_at", "updated_at", "created_by_id", "updated_by_id", "approved_by_id",
]


@dataclass
class BulkLoad:
    loaded: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def per_second(self):
        return self.loaded / self.seconds if self.seconds else 0.0


class BadBulkRow(ValueError):
    pass


def bulk_load_values(rows, *, name="bulk", source=DataValue.Source.IMPORTED, state=DataValue.State.APPROVED,
                     user=None, chunk=CHUNK, log=None) -> BulkLoad:
    """Store `rows` of (indicator_id, place_id, period, modality, issuer, value) — value in the indicator's
    canonical unit — as values in `state`. Returns how many were loaded and how many were skipped because
    their key already held a value. A malformed row (unknown period, modality or indicator) stops the load
    with BadBulkRow naming its position; the chunks before it stay loaded."""
    started = timezone.now()
    clock = datetime.datetime.now()
    units = dict(Indicator.objects.values_list("pk", "unit"))
    from chitieu.places.models import Place

    place_ids = set(Place.objects.values_list("pk", flat=True))
    periods = {}
    modalities = set(DataValue.Modality.values)
    detail = json.dumps({"bulk": name})
    user_id = getattr(user, "pk", None)
    approved_at = started if state == DataValue.State.APPROVED else None
    approved_by = user_id if state == DataValue.State.APPROVED else None
    result = BulkLoad()

    def full_row(position, row):
        indicator_id, place_id, period_text, modality, issuer, value = row
        period = periods.get(period_text)
        if period is None:
            try:
                period = periods[period_text] = Period.parse(str(period_text))
            except ValueError as error:
                raise BadBulkRow(f"row {position}: period {period_text!r}: {error}") from None
        if modality not in modalities:
            raise BadBulkRow(f"row {position}: modality {modality!r} is not one of {', '.join(sorted(modalities))}")
        unit = units.get(indicator_id)
        if unit is None:
            raise BadBulkRow(f"row {position}: no indicator #{indicator_id}")
        if place_id not in place_ids:
            raise BadBulkRow(f"row {position}: no place #{place_id}")
        return (indicator_id, place_id, str(period_text), period.start, period.end, modality, issuer or "", value, unit,
                source, detail, "", state, "", "", approved_at, started, started, user_id, user_id, approved_by)

    batch = []
    for position, row in enumerate(rows, 1):
        batch.append(full_row(position, row))
        if len(batch) >= chunk:
            _store(batch, result)
            batch = []
            if log:
                log(f"  {result.loaded:,} values loaded")
    if batch:
        _store(batch, result)
    result.seconds = (datetime.datetime.now() - clock).total_seconds()
    _public_data_changed()
    return result


def _store(batch, result):
    if connection.vendor == "postgresql":
        try:
            with transaction.atomic():
                _skip_foreign_key_triggers()
                _copy(batch)
            result.loaded += len(batch)
            return
        except IntegrityError:
            pass  # some keys already hold a value: load this chunk row by key, keeping what is there
        result_before = DataValue.objects.count()
        with transaction.atomic():
            _copy_through_staging(batch)
        added = DataValue.objects.count() - result_before
    else:
        before = DataValue.objects.count()
        DataValue.objects.bulk_create(
            [DataValue(**dict(zip(COLUMNS, row), source_detail=json.loads(row[10]))) for row in batch],
            batch_size=2000, ignore_conflicts=True,
        )
        added = DataValue.objects.count() - before
    result.loaded += added
    result.skipped += len(batch) - added


def _skip_foreign_key_triggers():
    """For this transaction only, when the role may: the rows' references were checked before the COPY."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if cursor.fetchone()[0]:
            cursor.execute("SET LOCAL session_replication_role = replica")


def _copy(batch, table=None):
    table = table or DataValue._meta.db_table
    with connection.cursor() as cursor, connection.wrap_database_errors:  # psycopg's errors as Django's
        with cursor.cursor.copy(f'COPY "{table}" ({", ".join(COLUMNS)}) FROM STDIN') as copy:
            for row in batch:
                copy.write_row(row)


def _copy_through_staging(batch):
    table = DataValue._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE TEMPORARY TABLE bulk_values (LIKE "{table}" INCLUDING DEFAULTS) ON COMMIT DROP')
        cursor.execute("ALTER TABLE bulk_values ALTER COLUMN id DROP NOT NULL")
    _copy(batch, "bulk_values")
    columns = ", ".join(COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM bulk_values '
            "ON CONFLICT (indicator_id, place_id, period, modality, issuer) DO NOTHING"
        )


def _public_data_changed():
    """Approved values changed: the pages cached on public data are stale (chitieu.portal.cache)."""
    try:
        from chitieu.portal.cache import public_data_changed
    except ImportError:
        return
    public_data_changed()
