"""Database helpers every app can use for writes that run at the same time as others."""

import functools
import logging
import random
import time

from django.db import OperationalError, connection, models, transaction

logger = logging.getLogger("chitieu.db")

# PostgreSQL: deadlock detected (40P01), could not serialize (40001); SQLite: locked or busy past its timeout.
_RETRYABLE_CODES = {"40P01", "40001"}
_RETRYABLE_WORDS = ("deadlock detected", "could not serialize", "database is locked", "database table is locked")


def is_retryable(error: Exception) -> bool:
    cause = getattr(error, "__cause__", None)
    code = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    return code in _RETRYABLE_CODES or any(word in str(error).lower() for word in _RETRYABLE_WORDS)


def retry_on_deadlock(function=None, *, attempts=5, pause=0.05):
    """Run `function` (which opens its own transaction) again when the database chose it as a deadlock's
    victim or stayed locked: the whole transaction was rolled back, so running it again is safe. Inside an
    outer transaction nothing can be retried, and the error goes up as it is."""

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return function(*args, **kwargs)
                except OperationalError as error:
                    if attempt == attempts or not is_retryable(error) or connection.in_atomic_block:
                        raise
                    logger.warning("%s: %s; retry %d of %d", function.__qualname__, error, attempt, attempts - 1)
                    time.sleep(pause * attempt * (1 + random.random()))
            raise AssertionError("unreachable")

        return wrapper

    return decorate(function) if function is not None else decorate


def lock_rows(model, ids):
    """Lock the rows of `model` with these ids, in the order of their ids (a fixed order, so two writers
    that lock the same rows cannot wait for each other). Needs a transaction; a no-op on SQLite, whose
    IMMEDIATE transactions (settings) already admit one writer at a time."""
    ids = sorted({i for i in ids if i is not None})
    if not ids or connection.vendor == "sqlite":
        return []
    assert transaction.get_connection().in_atomic_block, "lock_rows needs a transaction"
    return list(model.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))


# Field classes whose Python values the database drivers take as they are (others go through the field's
# get_db_prep_save: dates on SQLite, JSON, files).
_PLAIN_FIELDS = (models.CharField, models.TextField, models.FloatField, models.IntegerField, models.BooleanField,
                 models.ForeignKey, models.AutoField, models.BigAutoField)


def reserve_ids(model, count) -> list:
    """`count` new primary keys of `model`'s table, for rows inserted with `insert_rows` that others must
    point to. PostgreSQL: from the table's sequence. SQLite: after the highest ever used — needs the
    transaction's write lock (IMMEDIATE transactions, settings), so no other writer takes them meanwhile."""
    if count <= 0:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [connection.ops.quote_name(table), model._meta.pk.column, count])
            return [row[0] for row in cursor.fetchall()]
        assert transaction.get_connection().in_atomic_block, "reserve_ids needs a transaction"
        cursor.execute(f"SELECT MAX({connection.ops.quote_name(model._meta.pk.column)}) FROM {connection.ops.quote_name(table)}")
        highest = cursor.fetchone()[0] or 0
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
        if cursor.fetchone():
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            highest = max(highest, row[0] if row else 0)
        return list(range(highest + 1, highest + 1 + count))


def insert_rows(model, attnames, rows) -> int:
    """Insert rows — tuples of the values of `attnames` (column attribute names, primary key included when
    given) — in one statement: COPY on PostgreSQL, executemany elsewhere. No save(), no signals, no
    defaults: the caller gives every value (as Django would have stored it). Returns the rows inserted."""
    fields = [model._meta.get_field(name) for name in attnames]
    prepare = [(position, field) for position, field in enumerate(fields) if not isinstance(field, _PLAIN_FIELDS)]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(model._meta.db_table)

    def adapted(row):
        row = list(row)
        for position, field in prepare:
            row[position] = field.get_db_prep_save(row[position], connection)
        return row

    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(adapted(row))
                    count += 1
        else:
            batch = [adapted(row) for row in rows]
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})", batch)
            count = len(batch)
    return count
