"""A transaction the database chose as a deadlock's victim (or that found SQLite locked past its timeout)
is run again, a few times, with a short pause; any other error goes up at once."""

import pytest
from django.db import OperationalError

from chitieu.core.db import is_retryable, retry_on_deadlock


def failing(times, message):
    calls = []

    @retry_on_deadlock(pause=0)
    def write():
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError(message)
        return "stored"

    return write, calls


@pytest.mark.parametrize("message", ["deadlock detected", "database is locked", "could not serialize access"])
def test_a_deadlocked_write_is_run_again_until_it_passes(message):
    write, calls = failing(2, message)
    assert write() == "stored" and len(calls) == 3


def test_it_gives_up_after_five_attempts():
    write, calls = failing(10, "deadlock detected")
    with pytest.raises(OperationalError):
        write()
    assert len(calls) == 5


def test_any_other_database_error_goes_up_at_once():
    write, calls = failing(1, "no such table: x")
    with pytest.raises(OperationalError):
        write()
    assert len(calls) == 1
    assert not is_retryable(OperationalError("syntax error"))


def test_the_sqlite_database_runs_in_wal_mode_with_immediate_transactions(settings):
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("sqlite3"):
        pytest.skip("SQLite's settings")
    options = database["OPTIONS"]
    assert "journal_mode=WAL" in options["init_command"] and options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 20
