"""A new embedded database starts from the schema file instead of running every migration: the file is what
the migrations make, a database started from it has no migration left to apply, and a database that already
has tables, or a broken file, leaves what is stored untouched."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from chitieu.core.schema import SCHEMA_FILE, describe, start_from_schema


def tables_of(path):
    with closing(sqlite3.connect(path)) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def chitieu(*arguments, data_dir):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment["CHITIEU_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "chitieu.cli", *arguments], env=environment, capture_output=True,
                          text=True)


def without_random_keys(content):
    """Wagtail's migrations give the root page a random translation key: any key will do."""
    return json.loads(re.sub(r'"[0-9a-f]{32}"', '"key"', json.dumps(content)))


def everything_in(path):
    """What sqlite_master lists, whatever made it: tables, full-text shadow tables, indexes, triggers."""
    with closing(sqlite3.connect(path)) as db:
        return sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"), key=repr)


def test_the_schema_file_is_what_the_migrations_make(tmp_path):
    committed = without_random_keys(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    (tmp_path / "migrated").mkdir()
    migrated = chitieu("migrate", "--from-migrations", "--verbosity", "0", data_dir=tmp_path / "migrated")
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    made = without_random_keys(describe(tmp_path / "migrated" / "chitieu.sqlite3"))
    assert made["schema"] == committed["schema"], "run `chitieu write-sqlite-schema` after changing a migration"
    assert made["rows"] == committed["rows"], "run `chitieu write-sqlite-schema` after changing a migration"
    # (and nothing the description leaves out is lost: a database made from the file lists the same things)
    with closing(sqlite3.connect(tmp_path / "from-file.sqlite3", isolation_level=None)) as raw:
        start_from_schema(raw)
    assert everything_in(tmp_path / "from-file.sqlite3") == everything_in(tmp_path / "migrated" / "chitieu.sqlite3")


def test_migrate_makes_a_new_database_from_the_schema_and_leaves_no_migration(tmp_path):
    migrate = chitieu("migrate", "--verbosity", "1", data_dir=tmp_path)
    assert migrate.returncode == 0, migrate.stdout + migrate.stderr
    assert "sqlite_schema.json" in migrate.stdout
    check = chitieu("migrate", "--check", data_dir=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert describe(tmp_path / "chitieu.sqlite3") == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_a_database_with_tables_is_left_as_it_is(tmp_path):
    path = tmp_path / "chitieu.sqlite3"
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE kept (value TEXT)")
        db.execute("INSERT INTO kept VALUES ('29,577')")
        db.commit()
    with closing(sqlite3.connect(path, isolation_level=None)) as raw:
        assert not start_from_schema(raw)
    assert tables_of(path) == {"kept"}


def test_a_broken_schema_file_leaves_the_database_empty(tmp_path):
    broken = tmp_path / "schema.json"
    broken.write_text(json.dumps({"schema": ["CREATE TABLE first (id integer)", "CREATE TABLE oops ("], "rows": {}}))
    path = tmp_path / "chitieu.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as raw, pytest.raises(sqlite3.OperationalError):
        start_from_schema(raw, schema_file=broken)
    assert tables_of(path) == set()
