"""`chitieu serve` on a fresh checkout: no ./data folder yet, no database file."""

import os
import subprocess
import sys


def test_serve_finds_an_empty_database_where_no_data_folder_exists_yet(tmp_path):
    data_dir = tmp_path / "not" / "yet"
    env = {**os.environ, "CHITIEU_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "chitieu.settings"}
    env.pop("DATABASE_URL", None)
    script = ("import django; django.setup()\n"
              "from chitieu.core.management.commands.serve import database_is_empty, ensure_data_dir\n"
              "ensure_data_dir(); print(database_is_empty())")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True" and data_dir.is_dir()
