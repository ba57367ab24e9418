"""Backups of a whole installation: the database and the documents' files, in one tar file.

    chitieu backup FILE      (FILE.tar, or .tar.gz / .tgz compressed)
    chitieu restore FILE     (into an empty database; --replace to overwrite one that holds data)

SQLite is copied with its online backup API (a consistent snapshot while the server keeps serving and
writing); PostgreSQL with pg_dump's custom format, restored with pg_restore. The files under MEDIA_ROOT
(the documents' originals) go beside it. The archive's `chitieu-backup.json` says what it holds, with the
number of rows of every table, which `restore` checks after restoring.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections

MANIFEST = "chitieu-backup.json"
SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.pgdump"
MEDIA_MEMBER = "media"
FORMAT = 1


class BackupError(Exception):
    pass


def row_counts(using="default"):
    """{app_label.Model: rows} for every concrete model whose table exists."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed or model._meta.db_table not in tables:
            continue
        counts[model._meta.label] = model._default_manager.using(using).count()
    return dict(sorted(counts.items()))


def _engine(using):
    vendor = connections[using].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"backups are made for SQLite and PostgreSQL, not {vendor}")
    return vendor


def _postgres_environment(using):
    database = settings.DATABASES[using]
    environment = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if database.get(key):
            environment[name] = str(database[key])
    return environment, connections[using].settings_dict["NAME"]


def _run(command, environment):
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is missing: install the PostgreSQL client (apt-get install postgresql-client)")
    completed = subprocess.run(command, env=environment, capture_output=True, text=True)
    if completed.returncode != 0:
        raise BackupError(f"{command[0]} failed: {completed.stderr.strip()[-2000:]}")
    return completed


def _open_for_writing(path):
    name = str(path)
    mode = "w:gz" if name.endswith((".tar.gz", ".tgz")) else "w"
    return tarfile.open(name, mode)


def backup(path, *, using="default", log=print):
    """Write the database and MEDIA_ROOT to the tar file `path`; returns the manifest written."""
    path = Path(path)
    engine = _engine(using)
    connection = connections[using]
    started = datetime.datetime.now(datetime.timezone.utc)
    with tempfile.TemporaryDirectory(prefix="chitieu-backup-") as work:
        work = Path(work)
        if engine == "sqlite":
            database_file = work / SQLITE_MEMBER
            connection.ensure_connection()
            target = sqlite3.connect(database_file)
            try:
                connection.connection.backup(target)  # one step: a consistent snapshot, writers carry on (WAL)
            finally:
                target.close()
            counts = _sqlite_counts(database_file)
        else:
            database_file = work / POSTGRES_MEMBER
            environment, name = _postgres_environment(using)
            # The counts come from the same snapshot as the dump would need a shared snapshot; rows written
            # between the two are possible while serving, so restore compares with at least these counts.
            counts = row_counts(using)
            _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(database_file), name],
                 environment)
        manifest = {
            "format": FORMAT, "engine": engine, "created_at": started.isoformat(),
            "database": connection.settings_dict["NAME"] if engine == "postgresql" else "sqlite",
            "rows": counts, "media_files": 0,
        }
        media_root = Path(settings.MEDIA_ROOT)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with _open_for_writing(partial) as archive:
            archive.add(database_file, arcname=database_file.name)
            if media_root.is_dir():
                for file in sorted(media_root.rglob("*")):
                    if file.is_file():
                        archive.add(file, arcname=f"{MEDIA_MEMBER}/{file.relative_to(media_root).as_posix()}")
                        manifest["media_files"] += 1
            manifest_file = work / MANIFEST
            manifest_file.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            archive.add(manifest_file, arcname=MANIFEST)
        partial.replace(path)  # a backup file is whole or absent, never half-written
    log(f"{path}: {engine}, {sum(counts.values())} rows in {len(counts)} tables, {manifest['media_files']} files")
    return manifest


def _sqlite_counts(database_file):
    """Row counts read from the copy itself (the snapshot that was saved)."""
    copy = sqlite3.connect(database_file)
    try:
        tables = {row[0] for row in copy.execute("select name from sqlite_master where type='table'")}
        counts = {}
        for model in apps.get_models(include_auto_created=True):
            if model._meta.proxy or not model._meta.managed or model._meta.db_table not in tables:
                continue
            counts[model._meta.label] = copy.execute(f'select count(*) from "{model._meta.db_table}"').fetchone()[0]
        return dict(sorted(counts.items()))
    finally:
        copy.close()


def database_holds_data(using="default"):
    """True when the database has any row a person made or loaded (places, values, documents, users…)."""
    return any(count for label, count in row_counts(using).items()
               if not label.startswith(("contenttypes.", "auth.Permission", "sessions.", "django_tasks_db.")))


def read_manifest(path):
    with tarfile.open(path) as archive:
        try:
            member = archive.getmember(MANIFEST)
        except KeyError:
            raise BackupError(f"{path}: not a chitieu backup (no {MANIFEST})") from None
        return json.loads(archive.extractfile(member).read().decode("utf-8"))


def restore(path, *, using="default", replace=False, log=print):
    """Restore the database and the files of a backup. Refuses a database that holds data unless `replace`.
    Returns the manifest; raises BackupError if a table has fewer rows than the backup recorded."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    manifest = read_manifest(path)
    engine = _engine(using)
    if manifest.get("engine") != engine:
        raise BackupError(f"{path} holds a {manifest.get('engine')} database; this installation uses {engine}")
    if not replace and database_holds_data(using):
        raise BackupError("the database holds data: restore into an empty database, or give --replace to overwrite it")
    with tempfile.TemporaryDirectory(prefix="chitieu-restore-") as work:
        work = Path(work)
        with tarfile.open(path) as archive:
            archive.extractall(work, filter="data")  # no absolute paths, no .., no links out of `work`
        if engine == "sqlite":
            _restore_sqlite(work / SQLITE_MEMBER, using)
        else:
            _restore_postgres(work / POSTGRES_MEMBER, using)
        media = work / MEDIA_MEMBER
        restored_files = 0
        if media.is_dir():
            media_root = Path(settings.MEDIA_ROOT)
            for file in media.rglob("*"):
                if file.is_file():
                    target = media_root / file.relative_to(media)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(file, target)
                    restored_files += 1
    counts = row_counts(using)
    short = {label: (rows, counts.get(label, 0)) for label, rows in manifest["rows"].items() if counts.get(label, 0) < rows}
    if short:
        raise BackupError("restored tables hold fewer rows than the backup: " + ", ".join(
            f"{label} {found}/{rows}" for label, (rows, found) in short.items()))
    log(f"{path}: restored {sum(counts.values())} rows in {len(counts)} tables and {restored_files} files")
    return manifest


def _restore_sqlite(database_file, using):
    connection = connections[using]
    connection.ensure_connection()
    source = sqlite3.connect(database_file)
    try:
        source.backup(connection.connection)  # replaces every page of the live database, in one step
    finally:
        source.close()


def _restore_postgres(dump_file, using):
    environment, name = _postgres_environment(using)
    connections[using].close()
    _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
          "--exit-on-error", "--dbname", name, str(dump_file)], environment)
