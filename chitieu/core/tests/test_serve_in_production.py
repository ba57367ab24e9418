"""`chitieu serve` serves a fresh data folder through the production server: gunicorn, DEBUG off, a secret
key made once, static files compressed and cache-busted by WhiteNoise, the security headers with a
Content-Security-Policy, every host name answered on 0.0.0.0, and the jobs worker running beside it."""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.database  # the served process uses the database of the run (DATABASE_URL)

CHITIEU = [sys.executable, "-m", "chitieu.cli"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(data_dir, **extra):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE",
                          "CHITIEU_JOBS_IMMEDIATE", "PYTEST_CURRENT_TEST", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    return {**env, "CHITIEU_DATA_DIR": str(data_dir), **extra}


def get(port, path, host=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": host or f"127.0.0.1:{port}", **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A fresh data folder, initialised (reference data, no demo), served on 0.0.0.0 by `chitieu serve`."""
    data_dir = tmp_path_factory.mktemp("fresh") / "data"
    env = environment(data_dir)
    subprocess.run([*CHITIEU, "init", "--verbosity", "0"], env=env, check=True, timeout=600)
    port = free_port()
    log = (data_dir / "serve.log").open("w")
    process = subprocess.Popen([*CHITIEU, "serve", f"0.0.0.0:{port}", "--workers", "2"], env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 300
    while True:
        try:
            get(port, "/")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError((data_dir / "serve.log").read_text()[-3000:])
            time.sleep(0.5)
    yield {"port": port, "data_dir": data_dir, "env": env, "process": process}
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=60)
    log.close()


def test_it_answers_every_host_name_on_0_0_0_0_with_the_security_headers(server):
    port = server["port"]
    for host in (f"0.0.0.0:{port}", f"127.0.0.1:{port}", "chitieu.example.org"):
        response, body = get(port, "/", host=host)
        assert response.status == 200, (host, body[:500])
    assert response.getheader("Server", "").startswith("gunicorn")
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.getheader("X-Frame-Options") == "DENY"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Referrer-Policy") == "same-origin"


def test_an_error_shows_no_debug_page(server):
    response, body = get(server["port"], "/khong-co-trang-nay/")
    assert response.status == 404
    assert b"DEBUG = True" not in body and b"Traceback" not in body and b"URLconf" not in body


def test_static_files_are_cache_busted_and_compressed(server):
    port = server["port"]
    _response, body = get(port, "/")
    stylesheet = re.search(rb'href="(/static/core/site\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, body[:1000]
    response, css = get(port, stylesheet.group(1).decode(), headers={"Accept-Encoding": "gzip"})
    assert response.status == 200 and response.getheader("Content-Encoding") == "gzip"
    assert "immutable" in response.getheader("Cache-Control")


def test_the_secret_key_is_made_once_and_kept_private(server):
    key_file = Path(server["data_dir"]) / "secret_key"
    assert len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o077 == 0


def test_the_jobs_worker_started_with_the_server_runs_a_job(server):
    enqueue = "from chitieu.jobs.services import enqueue; print(enqueue('jobs.echo', steps=2).pk)"
    job_id = subprocess.run([*CHITIEU, "shell", "-c", enqueue], env=server["env"], capture_output=True, text=True,
                            check=True, timeout=120).stdout.strip().splitlines()[-1]
    state = "from chitieu.jobs.models import Job; print(Job.objects.get(pk=%s).state)" % job_id
    deadline = time.monotonic() + 60
    while True:
        found = subprocess.run([*CHITIEU, "shell", "-c", state], env=server["env"], capture_output=True, text=True,
                               check=True, timeout=120).stdout.strip().splitlines()[-1]
        if found == "succeeded" or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert found == "succeeded"


def test_check_deploy_is_clean_in_the_production_configuration(tmp_path):
    env = environment(tmp_path / "data", CHITIEU_HTTPS="1")
    result = subprocess.run([*CHITIEU, "check", "--deploy", "--fail-level", "WARNING"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_over_plain_http_warns_of_nothing_and_says_what_https_needs(tmp_path):
    result = subprocess.run([*CHITIEU, "check", "--deploy", "--fail-level", "WARNING"],
                            env=environment(tmp_path / "data"), capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS:" not in output and "chitieu.I001" in output and "CHITIEU_HTTPS=1" in output
