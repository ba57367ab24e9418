"""Twenty-five reviewers press "accept" at the same moment, four times over, against a real `chitieu serve`
(gunicorn, several processes and threads) on the database the suite runs on — SQLite or PostgreSQL.
In each round five keys are contested by five claims each. Every number ends where it should: one stored
value per key, every accepted claim agreeing with it, the others still pending (their reviewer was shown
the conflict), and no request answers 500."""

import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.conf import settings

pytestmark = [pytest.mark.slow, pytest.mark.database]
# Fewer rounds in CI, where the whole suite must finish in 15 minutes; each round is the same race.
ROUNDS, KEYS, CLAIMS_PER_KEY = (2 if os.environ.get("CI") else 4), 5, 5
REVIEWERS = KEYS * CLAIMS_PER_KEY  # 25 at the same time
PASSWORD = "mat-khau-dong-thoi-25"

SETUP = textwrap.dedent(f"""
    import json, django
    django.setup()
    from chitieu.accounts.services import create_user, ensure_roles
    from chitieu.documents.models import Claim, Document
    from chitieu.indicators.models import Indicator
    from chitieu.places.models import Place

    ensure_roles(log=lambda *a: None)
    for n in range({REVIEWERS}):
        create_user(f"duyet{{n}}", "reviewer", password="{PASSWORD}")
    province = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    district = Place.objects.create(level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ", parent=province)
    indicator = Indicator.objects.create(code="thu-ngan-sach", name_vi="Thu ngân sách", name_en="Budget revenue", unit="VND",
                                         kind="flow", aggregation="sum")
    rounds = []
    for r in range({ROUNDS}):
        claims = []
        for k in range({KEYS}):
            year = 2000 + r * {KEYS} + k
            for c in range({CLAIMS_PER_KEY}):
                value = (30 + (0 if c < 2 else c)) * 1e9  # two claims say the same figure, three others differ
                text = f"Thu ngân sách năm {{year}} đạt {{value / 1e9:g}} tỷ đồng (nguồn {{c}})."
                document = Document.objects.create(title=f"Bài {{r}}-{{k}}-{{c}}", text=text, format="txt",
                                                   content_hash=f"{{r}}-{{k}}-{{c}}", place=district)
                start = text.index("đạt") + 4
                claims.append(Claim.objects.create(
                    document=document, start=start, end=start + 6, text=text[start:start + 6], value=value, unit="VND",
                    measure="level", modality="actual", subject="thu ngân sách", indicator=indicator, place=district,
                    period=str(year), link_status="linked").pk)
        rounds.append(claims)
    print(json.dumps(rounds))
""")

CHECK = textwrap.dedent("""
    import json, sys, django
    django.setup()
    from chitieu.documents.models import Claim
    from chitieu.indicators.models import DataValue

    rounds = json.loads(sys.argv[1])
    report = {"values": DataValue.objects.count(), "keys": []}
    for claims in rounds:
        for key_claims in [claims[i:i + 5] for i in range(0, len(claims), 5)]:
            rows = list(Claim.objects.filter(pk__in=key_claims).values("review_state", "value", "data_value_id", "period"))
            stored = list(DataValue.objects.filter(period=rows[0]["period"]).values_list("value", flat=True))
            report["keys"].append({"claims": rows, "stored": [float(v) for v in stored]})
    print(json.dumps(report, default=str))
""")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(tmp_path):
    """The environment of the server: a database of its own, SQLite or PostgreSQL as the suite runs."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chitieu.settings", "CHITIEU_DATA_DIR": str(tmp_path),
           "PYTHONDONTWRITEBYTECODE": "1", "CHITIEU_JOBS_IMMEDIATE": "1"}
    env.pop("DATABASE_URL", None)
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("postgresql"):
        import psycopg

        name = f"{database['NAME']}_live_accepts"[:60]
        admin = {k: v for k, v in (("host", database.get("HOST")), ("port", database.get("PORT")),
                                   ("user", database.get("USER")), ("password", database.get("PASSWORD"))) if v}
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        user = database.get("USER") or "postgres"
        secret = f":{database['PASSWORD']}" if database.get("PASSWORD") else ""
        env["DATABASE_URL"] = f"postgres://{user}{secret}@{database.get('HOST') or '127.0.0.1'}:{database.get('PORT') or 5432}/{name}"
    return env


def run(args, env, **kwargs):
    result = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reviewer:
    """One reviewer's browser: a session and its CSRF token."""

    def __init__(self, base, username):
        self.base, self.jar = base, CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.request("GET", "/admin/login/")
        status = self.request("POST", "/admin/login/?next=/admin/", {"username": username, "password": PASSWORD})
        assert status == 302, f"login of {username}: {status}"

    def csrf(self):
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(self, method, path, data=None):
        body = None
        if data is not None:
            body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.csrf()}).encode()
        request = urllib.request.Request(self.base + path, data=body, method=method,
                                         headers={"Referer": self.base + path})
        try:
            with self.opener.open(request, timeout=120) as response:
                self.last_body = response.read().decode("utf-8", "replace")
                return response.status
        except urllib.error.HTTPError as error:
            self.last_body = error.read().decode("utf-8", "replace")
            return error.code


@pytest.fixture
def live_chitieu(tmp_path):
    env = server_environment(tmp_path)
    run(["-m", "chitieu.cli", "migrate", "--noinput", "-v", "0"], env)
    rounds = json.loads(run(["-c", SETUP], env).strip().splitlines()[-1])
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "chitieu.cli", "serve", f"127.0.0.1:{port}", "--no-init", "--no-worker",
         "--workers", "2", "--threads", "8"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "server.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # the first start collects the static files
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/admin/login/", timeout=5).read()
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("the server did not start: " + (tmp_path / "server.log").read_text()[-2000:])
    yield base, rounds, env, tmp_path
    server.terminate()
    server.wait(timeout=30)


def test_twenty_five_simultaneous_accepts_lose_no_number_and_answer_no_500(live_chitieu):
    base, rounds, env, folder = live_chitieu
    # (the 25 logins at once too: each costs the production hasher's half second, and the server has two processes)
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        reviewers = list(pool.map(lambda n: Reviewer(base, f"duyet{n}"), range(REVIEWERS)))
    statuses, bodies = [], []
    for claims in rounds:
        barrier = threading.Barrier(REVIEWERS)
        results = [None] * REVIEWERS

        def accept(index, claim_id):
            barrier.wait()
            reviewer = reviewers[index]
            results[index] = (reviewer.request("POST", f"/documents/claims/{claim_id}/", {"action": "accept"}), reviewer.last_body)

        threads = [threading.Thread(target=accept, args=(i, claim)) for i, claim in enumerate(claims)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
        statuses += [status for status, _body in results]
        bodies += [body for _status, body in results]

    assert 500 not in statuses, (folder / "server.log").read_text()[-3000:]
    assert set(statuses) <= {200, 302}, statuses
    report = json.loads(run(["-c", CHECK, json.dumps(rounds)], env).strip().splitlines()[-1])
    assert report["values"] == ROUNDS * KEYS
    for key in report["keys"]:
        assert len(key["stored"]) == 1, key  # one value per key, never two
        stored = key["stored"][0]
        accepted = [c for c in key["claims"] if c["review_state"] == "accepted"]
        assert accepted, key
        assert all(abs(float(c["value"]) - stored) < 1 for c in accepted), key  # nobody's number silently lost
        assert all(c["review_state"] == "pending" for c in key["claims"] if abs(float(c["value"]) - stored) >= 1), key
    conflicts = sum("Đã có số liệu khác" in body for body in bodies)
    pending = sum(c["review_state"] == "pending" for key in report["keys"] for c in key["claims"])
    assert conflicts == pending  # each reviewer whose figure lost was told so
