"""Loading values in bulk: millions of rows of a statistics office's archive or a benchmark, at COPY speed.

`bulk_load_values(rows)` is the project's bulk path beside `services.record_value` (one value, with its
history and the reporting cycle's rules): the rows are trusted to be in the indicator's canonical unit,
are written in the given approval state, carry `source_detail={"bulk": name}` as provenance, and keep no
per-row history (a load of ten million values would otherwise write ten million history rows). A key that
already holds a value is never overwritten: that value stays and the row is counted as skipped.

On PostgreSQL the rows go through COPY (text format, one transaction, `synchronous_commit = off`); elsewhere
through bulk_create. Every row's indicator and place are checked here against the tables (one query each, not
one per row); a connection with the rights to do so then skips the database's per-row foreign-key triggers
for the load (`session_replication_role = replica`, as pg_restore --disable-triggers does). Only the nine
columns that vary from row to row are sent: the others (source, state, who, when) are the same for the whole
load and are set as the columns' defaults for its transaction. A large load into a small table drops the
secondary indexes and the unique key and builds them again at its end (`defer_indexes`). Measured with
benchmarks/bulk_speed.py and benchmarks/national.py (12.5 million values).
"""

import datetime
import json
import time
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
VARYING = COLUMNS[:9]  # from one row to the next; the others are the same for a whole load


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
                     user=None, chunk=CHUNK, log=None, defer_indexes=None) -> BulkLoad:
    """Store `rows` of (indicator_id, place_id, period, modality, issuer, value) — value in the indicator's
    canonical unit — as values in `state`. Returns how many were loaded and how many were skipped because
    their key already held a value. A malformed row (unknown period, modality or indicator) stops the load
    with BadBulkRow naming its position (on PostgreSQL the load is one transaction: nothing of it stays;
    elsewhere the chunks before it stay loaded).

    On PostgreSQL, `defer_indexes` (default: when the load is over one chunk and the table held fewer rows
    than CHUNK × 5 before) drops the table's secondary indexes for the load and builds them again at its end,
    all in one transaction: an interrupted load leaves the table as it was, and the table is locked for
    readers while it runs (a maintenance step, minutes for ten million values)."""
    from chitieu.places.models import Place

    started = timezone.now()
    clock = time.perf_counter()
    units = dict(Indicator.objects.values_list("pk", "unit"))
    place_ids = frozenset(Place.objects.values_list("pk", flat=True))
    periods = {}
    modalities = frozenset(DataValue.Modality.values)
    user_id = getattr(user, "pk", None)
    approved = state == DataValue.State.APPROVED
    constants = (source, json.dumps({"bulk": name}), "", state, "", "", started if approved else None,
                 started, started, user_id, user_id, user_id if approved else None)
    result = BulkLoad()

    def checked(position, row):
        indicator_id, place_id, period_text, modality, issuer, value = row
        period_text = str(period_text)
        period = periods.get(period_text)
        if period is None:
            try:
                period = periods[period_text] = Period.parse(period_text)
            except ValueError as error:
                raise BadBulkRow(f"row {position}: period {period_text!r}: {error}") from None
        if modality not in modalities:
            raise BadBulkRow(f"row {position}: modality {modality!r} is not one of {', '.join(sorted(modalities))}")
        unit = units.get(indicator_id)
        if unit is None:
            raise BadBulkRow(f"row {position}: no indicator #{indicator_id}")
        if place_id not in place_ids:
            raise BadBulkRow(f"row {position}: no place #{place_id}")
        return indicator_id, place_id, period_text, period, modality, issuer or "", value, unit

    if connection.vendor == "postgresql":
        _load_postgres(rows, checked, constants, chunk, defer_indexes, result, log)
    else:
        batch = []
        for position, row in enumerate(rows, 1):
            indicator_id, place_id, period_text, period, modality, issuer, value, unit = checked(position, row)
            batch.append((indicator_id, place_id, period_text, period.start, period.end, modality, issuer, value,
                          unit, *constants))
            if len(batch) >= chunk:
                _bulk_create(batch, result, log)
                batch = []
        if batch:
            _bulk_create(batch, result, log)
    result.seconds = time.perf_counter() - clock
    _public_data_changed()
    return result


def _bulk_create(batch, result, log):
    before = DataValue.objects.count()
    DataValue.objects.bulk_create(
        [DataValue(**dict(zip(COLUMNS, row), source_detail=json.loads(row[10]))) for row in batch],
        batch_size=2000, ignore_conflicts=True,
    )
    added = DataValue.objects.count() - before
    result.loaded += added
    result.skipped += len(batch) - added
    if log:
        log(f"  {result.loaded:,} values loaded")


# ------------------------------------------------------------------------------------------------ PostgreSQL


def _text(value):
    """A value as a field of COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _load_postgres(rows, checked, constants, chunk, defer_indexes, result, log):
    """Rows → lines of COPY's text format, written a chunk per COPY. Only the fields that vary from row to
    row are sent (the dates of a period formatted once per period); the columns that are the same for the
    whole load (source, state, who and when) take it as their default for this transaction, so the server
    does not parse them ten million times."""
    period_fields = {}
    lines, deferred = [], None
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")  # a crash loses the load, never the database
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            if cursor.fetchone()[0]:
                # The rows' references were checked above: skip the per-row foreign-key triggers, as
                # pg_restore --disable-triggers does; they are most of the cost of a COPY into this table.
                cursor.execute("SET LOCAL session_replication_role = replica")
            # Rows written before in an enclosing transaction leave deferred foreign-key checks pending, which
            # forbid altering the table: run them now (and defer again at the end, as Django's constraints are).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        _constant_defaults(constants)
        for position, row in enumerate(rows, 1):
            indicator_id, place_id, period_text, period, modality, issuer, value, unit = checked(position, row)
            fields = period_fields.get(period_text)
            if fields is None:
                fields = period_fields[period_text] = f"{_text(period_text)}\t{period.start}\t{period.end}"
            lines.append(f"{indicator_id}\t{place_id}\t{fields}\t{modality}\t{_text(issuer) if issuer else ''}"
                         f"\t{value}\t{_text(unit)}\n")
            if len(lines) >= chunk:
                if deferred is None:
                    deferred = _defer_indexes() if defer_indexes is not False and (
                        defer_indexes or _table_rows() < chunk * 5) else {}
                _copy_chunk(lines, result)
                lines = []
                if log:
                    log(f"  {result.loaded:,} values loaded")
        if lines:
            _copy_chunk(lines, result)
        if deferred:
            _rebuild_indexes(deferred, result, log)
        _constant_defaults(None)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _constant_defaults(constants):
    """The constant columns' values as their defaults (None: no default, as Django leaves them)."""
    table = DataValue._meta.db_table
    casts = {"source_detail": "::jsonb", "approved_at": "::timestamptz", "created_at": "::timestamptz",
             "updated_at": "::timestamptz"}
    with connection.cursor() as cursor:
        for column, value in zip(COLUMNS[len(VARYING):], constants or [None] * (len(COLUMNS) - len(VARYING))):
            if value is None:
                cursor.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" DROP DEFAULT')
            else:
                cursor.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" SET DEFAULT %s{casts.get(column, "")}',
                               [value.isoformat() if isinstance(value, datetime.datetime) else value])


def _table_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [DataValue._meta.db_table])
        return max(cursor.fetchone()[0], 0)


def _defer_indexes():
    """Drop the secondary indexes and the unique key in this transaction (not the primary key); what is needed
    to build them again."""
    table = DataValue._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
            "AND contype = 'u'", [table])
        constraints = cursor.fetchall()
        for name, _definition in constraints:
            cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = %s::regclass AND NOT i.indisprimary", [table])
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
    return {"constraints": constraints, "indexes": [definition for _name, definition in indexes]}


def _rebuild_indexes(deferred, result, log):
    """Build the indexes and the unique key again. When the load held a key twice (or a key already stored),
    the later rows are removed first — the value stored first stays, as without deferring — and counted as
    skipped."""
    table = DataValue._meta.db_table
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for name, definition in deferred["constraints"]:
            add = f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'
            try:
                with transaction.atomic():
                    cursor.execute(add)
            except IntegrityError:
                key = definition[definition.index("(") + 1:definition.rindex(")")]
                cursor.execute(
                    f'DELETE FROM "{table}" WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER '
                    f"(PARTITION BY {key} ORDER BY id) AS n FROM \"{table}\") AS keyed WHERE n > 1)")
                result.loaded -= cursor.rowcount
                result.skipped += cursor.rowcount
                cursor.execute(add)
        for definition in deferred["indexes"]:
            cursor.execute(definition)
    if log:
        log(f"  indexes and unique key built again in {time.perf_counter() - started:.1f} s")


def _copy_chunk(lines, result):
    """One COPY of a chunk, in a savepoint: when some keys already hold a value the chunk goes through a
    staging table instead, keeping what is stored."""
    data = "".join(lines).encode()
    try:
        with transaction.atomic():
            _copy(data)
        result.loaded += len(lines)
    except IntegrityError:
        with transaction.atomic():
            added = _copy_through_staging(data)
        result.loaded += added
        result.skipped += len(lines) - added


def _copy(data, table=None):
    table = table or DataValue._meta.db_table
    with connection.cursor() as cursor, connection.wrap_database_errors:  # psycopg's errors as Django's
        with cursor.cursor.copy(f'COPY "{table}" ({", ".join(VARYING)}) FROM STDIN') as copy:
            for start in range(0, len(data), 1 << 20):
                copy.write(data[start:start + (1 << 20)])


def _copy_through_staging(data):
    table = DataValue._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE TEMPORARY TABLE bulk_values (LIKE "{table}" INCLUDING DEFAULTS) ON COMMIT DROP')
        cursor.execute("ALTER TABLE bulk_values ALTER COLUMN id DROP NOT NULL")
    _copy(data, "bulk_values")
    columns = ", ".join(COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM bulk_values '
            "ON CONFLICT (indicator_id, place_id, period, modality, issuer) DO NOTHING"
        )
        added = cursor.rowcount
        cursor.execute("DROP TABLE bulk_values")
    return added


def _public_data_changed():
    """Approved values changed: the pages cached on public data are stale (chitieu.pagecache)."""
    from chitieu.pagecache.services import public_data_changed

    public_data_changed()
