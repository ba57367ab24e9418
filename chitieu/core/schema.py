"""A new embedded (SQLite) database starts from the schema its migrations make, kept in `sqlite_schema.json`,
instead of running its ~250 migrations one by one: Django renders the models' state after each of them,
which takes about 16 s here (the largest part of the demo's first start, and of each test run's set-up).
`chitieu migrate` (core/management/commands/migrate.py) loads it into an empty SQLite database, then migrates
as usual, so a migration added since the file was written is applied the usual way;
`tests/test_start_a_database_from_the_schema.py` fails when the file is not what the migrations make, and
`chitieu write-sqlite-schema` writes it again. PostgreSQL always runs the migrations."""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

SCHEMA_FILE = Path(__file__).with_name("sqlite_schema.json")
# When each migration was applied is the only thing that differs between two runs: it is set on loading.
APPLIED_MIGRATIONS = "django_migrations"


def describe(database_path):
    """The schema of a SQLite database (its tables, indexes and triggers, in the order they were made) and
    the rows its migrations put in it (applied migrations, content types, permissions, Wagtail's root page)."""
    with closing(sqlite3.connect(database_path)) as db:
        entries = db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
        virtual = [name for kind, name, sql in entries if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]

        def made_by_sqlite(kind, name):  # its own tables and those of a full-text index, made with the index
            return name.startswith("sqlite_") or kind == "table" and any(name.startswith(f"{table}_") for table in virtual)

        kept = [(kind, name, sql) for kind, name, sql in entries if not made_by_sqlite(kind, name)]
        schema = [sql for order in ("table", "index", "trigger", "view") for kind, _, sql in kept if kind == order]
        rows = {}
        for kind, table, _ in kept:
            if kind != "table" or table in virtual:
                continue
            if table == APPLIED_MIGRATIONS:
                found = db.execute(f'SELECT app, name FROM "{table}" ORDER BY id').fetchall()
                columns = ["app", "name"]
            else:
                cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
                found, columns = cursor.fetchall(), [column[0] for column in cursor.description]
            if found:
                rows[table] = {"columns": columns, "rows": [list(row) for row in found]}
    return {"schema": schema, "rows": rows}


def start_from_schema(raw, schema_file=SCHEMA_FILE):
    """Make the tables of an empty SQLite database from the schema file, in one transaction. `raw` is a DB-API
    sqlite3 connection in autocommit mode (Django's `connection.connection`, or `sqlite3.connect(path,
    isolation_level=None)`). Returns False, touching nothing, when the database already has a table or there is no
    schema file."""
    if not Path(schema_file).exists():
        return False
    if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        return False
    content = json.loads(Path(schema_file).read_text(encoding="utf-8"))
    applied = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw.execute("BEGIN IMMEDIATE")
    try:
        for statement in content["schema"]:
            raw.execute(statement)
        for table, found in content["rows"].items():
            columns, values = list(found["columns"]), found["rows"]
            if table == APPLIED_MIGRATIONS:
                columns, values = columns + ["applied"], [row + [applied] for row in values]
            names = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join("?" * len(columns))
            raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        raw.execute("COMMIT")
    except Exception:
        raw.execute("ROLLBACK")
        raise
    return True


def migrate_a_new_database():
    """The description of a new SQLite database after `chitieu migrate`, run in a child process on a
    temporary data folder: what the schema file must hold."""
    with tempfile.TemporaryDirectory(prefix="chitieu-schema-") as folder:
        environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        environment["CHITIEU_DATA_DIR"] = folder
        subprocess.run([sys.executable, "-m", "chitieu.cli", "migrate", "--from-migrations", "--verbosity", "0"], check=True,
                       env=environment, cwd=folder)
        return describe(Path(folder) / "chitieu.sqlite3")


def write_schema_file(schema_file=SCHEMA_FILE):
    content = migrate_a_new_database()
    # One statement or row per line, so that a new migration reads as a short diff.
    lines = ['{"schema": [']
    lines.append(",\n".join(json.dumps(statement, ensure_ascii=False) for statement in content["schema"]))
    lines.append('],\n"rows": {')
    tables = []
    for table, found in content["rows"].items():
        rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in found["rows"])
        tables.append(f'{json.dumps(table)}: {{"columns": {json.dumps(found["columns"])}, "rows": [\n{rows}]}}')
    lines.append(",\n".join(tables))
    lines.append("}}\n")
    Path(schema_file).write_text("\n".join(lines), encoding="utf-8")
    return content
