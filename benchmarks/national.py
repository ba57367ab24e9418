"""National scale: every unit of the national list, the catalogue, ~10 million values, then page latencies.

    .venv/bin/python benchmarks/national.py                      # full size (≈ 12.5 M values, see below)
    .venv/bin/python benchmarks/national.py --communes 1000      # a reduced run: the first 1,000 communes
    .venv/bin/python benchmarks/national.py --skip-load          # measure again on the database already loaded

Fills its own PostgreSQL database (default postgres://postgres@127.0.0.1:5432/chitieu_national, dropped and made
anew unless --skip-load) through the project's own paths: `chitieu init` (the national list of both eras, the
catalogue, the NTM criteria sets), then `chitieu.indicators.bulk.bulk_load_values` (COPY) with synthetic values
for 50 indicators × every commune of 2020–2024 × 5 years × 4 quarters (results), plus a yearly target per
indicator and commune, all approved, and a few thousand synthetic documents for the search. Prints the load
time and rate, the database size, then p50/p95/p99 and requests/s of the place page (communes, districts,
provinces), the dashboard (when /dashboards/ exists), the document search and an API page, at concurrency 1,
10 and 50, under the production server (`chitieu serve`, gunicorn) started on a free port.

The load generator runs on the same 2 cores as the server and the database: the figures are for the whole
machine doing everything.
"""

import argparse
import http.client
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/chitieu_national"
YEARS = range(2020, 2025)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("CHITIEU_NATIONAL_URL", DEFAULT_URL))
    parser.add_argument("--communes", type=int, default=None, help="only the first N communes (a reduced run)")
    parser.add_argument("--indicators", type=int, default=50)
    parser.add_argument("--documents", type=int, default=5000, help="synthetic documents for the search")
    parser.add_argument("--skip-load", action="store_true", help="measure the database already loaded")
    parser.add_argument("--load-only", action="store_true", help="load, print the figures of the load, measure nothing")
    parser.add_argument("--requests", type=int, default=300, help="requests per page kind and concurrency level")
    parser.add_argument("--concurrency", default="1,10,50")
    parser.add_argument("--web-workers", type=int, default=None, help="gunicorn workers (default: chitieu serve's)")
    parser.add_argument("--threads", type=int, default=None, help="gunicorn threads per worker")
    parser.add_argument("--generator", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python",
                        help="load generator: wrk (default when installed; C, light on the shared cores) or Python "
                             "threads (one keep-alive connection each)")
    parser.add_argument("--pages", default="", help="only these page kinds (comma-separated starts of their names)")
    parser.add_argument("--seconds", type=int, default=10, help="wrk: seconds per page kind and concurrency level")
    return parser.parse_args()


def recreate_database(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    os.environ.setdefault("CHITIEU_DATA_DIR", str(REPO / "data" / "national"))
    import django

    django.setup()


def communes(limit=None):
    """The communes that existed through 2020–2024 (before the 2025 reform), by code."""
    import datetime

    from django.db.models import Q

    from chitieu.places.models import Place

    start, end = datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)
    found = (Place.objects.filter(level=Place.Level.COMMUNE)
             .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=start))
             .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=end)).order_by("code", "pk"))
    return list(found.values_list("pk", flat=True)[:limit] if limit else found.values_list("pk", flat=True))


def synthetic_rows(indicator_ids, place_ids, seed=14):
    """Results for every quarter of 2020–2024 and a yearly target, per indicator and commune: a level that
    drifts a little each quarter, so that growth and % of plan are plausible."""
    rng = random.Random(seed)
    for indicator_id in indicator_ids:
        base_of_indicator = rng.uniform(10, 10_000)
        for place_id in place_ids:
            level = base_of_indicator * rng.uniform(0.5, 1.5)
            for year in YEARS:
                yield (indicator_id, place_id, str(year), "target", "UBND huyện", round(level * 4.2, 2))
                for quarter in range(1, 5):
                    level *= rng.uniform(0.97, 1.05)
                    start_month = 3 * quarter - 2
                    period = f"{year}-{start_month:02d}/{year}-{start_month + 2:02d}"
                    yield (indicator_id, place_id, period, "actual", "", round(level, 2))


def load(args):
    from django.core.management import call_command
    from django.db import connection

    from chitieu.indicators.bulk import bulk_load_values
    from chitieu.indicators.models import Indicator

    started = time.perf_counter()
    call_command("init", verbosity=0)
    init_seconds = time.perf_counter() - started
    indicator_ids = list(Indicator.objects.filter(kind__in=["flow", "stock"]).order_by("code")
                         .values_list("pk", flat=True)[:args.indicators])
    if len(indicator_ids) < args.indicators:  # the catalogue has fewer: add synthetic ones for the rest
        for n in range(args.indicators - len(indicator_ids)):
            indicator_ids.append(Indicator.objects.create(
                code=f"tong-hop-{n + 1}", name_vi=f"Chỉ tiêu tổng hợp {n + 1}", name_en=f"Synthetic indicator {n + 1}",
                unit="tỷ đồng" if n % 2 else "ha", kind="flow", aggregation="sum", group="Tổng hợp").pk)
    place_ids = communes(args.communes)
    expected = len(indicator_ids) * len(place_ids) * len(YEARS) * 5
    print(f"init (national list of both eras, catalogue, criteria sets): {init_seconds:.1f} s")
    print(f"loading {expected:,} values: {len(indicator_ids)} indicators × {len(place_ids):,} communes × "
          f"{len(YEARS)} years × (4 quarters + 1 target)")
    result = bulk_load_values(synthetic_rows(indicator_ids, place_ids), name="benchmarks/national.py",
                              log=lambda line: print(line, flush=True))
    print(f"bulk load: {result.loaded:,} values in {result.seconds:.1f} s = {result.per_second:,.0f} values/s "
          f"({result.skipped:,} skipped)")
    started = time.perf_counter()
    load_documents(args.documents, place_ids)
    print(f"{args.documents:,} synthetic documents in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")


WORDS = ("thu ngân sách nhà nước trên địa bàn đạt tỷ đồng kế hoạch tăng so với cùng kỳ năm trồng rừng ha sản lượng "
         "lương thực tấn thu nhập bình quân đầu người triệu đồng tỷ lệ hộ nghèo giảm nông thôn mới tiêu chí xã "
         "đạt chuẩn giá trị sản xuất công nghiệp vốn đầu tư phát triển giải ngân").split()


def load_documents(count, place_ids, seed=14):
    """Synthetic documents (random sentences of report words) through the documents' own model, in batches."""
    import datetime
    import hashlib

    from chitieu.documents.models import Document
    from chitieu.text import fold

    rng = random.Random(seed)
    batch = []
    for n in range(count):
        text = ". ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) for _ in range(20))
        title = f"Báo cáo tình hình kinh tế - xã hội số {n + 1}"
        batch.append(Document(
            title=title, text=text, search_text=fold(f"{title}\n{text}"), category="bao_cao", format="txt",
            content_hash=hashlib.sha256(f"{n}:{text}".encode()).hexdigest(), place_id=rng.choice(place_ids),
            published_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800)),
        ))
        if len(batch) == 1000:
            Document.objects.bulk_create(batch)
            batch = []
    Document.objects.bulk_create(batch)


def database_size():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database())), "
                       "(SELECT count(*) FROM indicators_datavalue)")
        return cursor.fetchone()


# ---------------------------------------------------------------------------------------------- measuring


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(url, args):
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = [sys.executable, "-m", "chitieu.cli", "serve", f"127.0.0.1:{port}", "--no-worker", "--no-demo"]
    if args.web_workers:
        command += ["--workers", str(args.web_workers)]
    if args.threads:
        command += ["--threads", str(args.threads)]
    log = open(Path(os.environ["CHITIEU_DATA_DIR"]) / "serve.log", "w")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            get(port, "/")
            return process, port
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.5)
    process.kill()
    raise SystemExit("the server did not start: see " + log.name)


def get(port, path, connection=None):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    if own:
        connection.close()
    return response.status


def measure(port, paths, concurrency, total):
    """`total` GETs of `paths` (cycled) from `concurrency` threads, each with its own keep-alive connection."""
    latencies, statuses, lock = [], {}, threading.Lock()
    counter = iter(range(total))

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for n in counter:
            path = paths[n % len(paths)]
            started = time.perf_counter()
            try:
                status = get(port, path, connection)
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status = "error"
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def percentile(p):
        return 1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]

    return {"p50": percentile(50), "p95": percentile(95), "p99": percentile(99), "rps": len(latencies) / wall,
            "statuses": statuses, "mean": 1000 * statistics.mean(latencies), "max": 1000 * latencies[-1]}


WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("CHITIEU_URLS")) do paths[#paths + 1] = line end
local counter = 0
local statuses = {}
init = function(args) counter = math.random(#paths) end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%f p95=%f p99=%f requests=%d duration=%d errors=%d non2xx=%d\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def tree_cpu_seconds(pid):
    """CPU seconds (user + system) of a process and all its descendants, from /proc (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(fields[1])
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, of in parents.items() if of == parent and child not in tree]
        tree.update(children)
        frontier += children
    return sum(cpu.get(member, 0.0) for member in tree)


def measure_wrk(port, paths, concurrency, seconds):
    """wrk for `seconds` with `concurrency` connections cycling through `paths` (a Lua script reads them)."""
    with tempfile.TemporaryDirectory() as folder:
        script, urls = Path(folder) / "urls.lua", Path(folder) / "urls.txt"
        script.write_text(WRK_SCRIPT)
        urls.write_text("\n".join(paths) + "\n")
        generator_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        output = subprocess.run(
            ["wrk", f"-t{min(2, concurrency)}", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "30s",
             "-s", str(script), f"http://127.0.0.1:{port}"],
            env={**os.environ, "CHITIEU_URLS": str(urls)}, capture_output=True, text=True, check=True).stdout
        generator_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = dict(re.findall(r"(\w+)=([\d.]+)", output.split("RESULT", 1)[1]))
    requests = int(found["requests"])
    bad = int(found["errors"]) + int(found["non2xx"])
    return {"p50": float(found["p50"]), "p95": float(found["p95"]), "p99": float(found["p99"]),
            "rps": requests / (int(found["duration"]) / 1e6), "requests": requests,
            "generator_cpu": (generator_after.ru_utime + generator_after.ru_stime
                              - generator_before.ru_utime - generator_before.ru_stime),
            "statuses": {200: requests - bad, **({"errors or not 200": bad} if bad else {})}}


def page_sets(port):
    """The URLs of each page kind: random communes, districts and provinces; dashboards; searches; API pages."""
    from chitieu.places.models import Place

    rng = random.Random(7)
    by_level = {level: list(Place.objects.filter(level=level).values_list("pk", flat=True))
                for level in ("commune", "district", "province")}
    with_values = list(Place.objects.filter(values__isnull=False).values_list("pk", flat=True).distinct()[:5000])
    sets = {
        "place: commune": [f"/p/{pk}/" for pk in rng.sample(with_values, min(150, len(with_values)))],
        "place: district": [f"/p/{pk}/" for pk in rng.sample(by_level["district"], 30)],
        "place: province": [f"/p/{pk}/" for pk in rng.sample(by_level["province"], 20)],
    }
    if get(port, "/dashboards/") == 200:
        sets["dashboard"] = (["/dashboards/"] + [f"/dashboards/{pk}/" for pk in rng.sample(by_level["province"], 20)]
                             + [f"/dashboards/{pk}/" for pk in rng.sample(by_level["district"], 20)])
    else:
        print("dashboard: /dashboards/ does not answer 200 here: skipped")
    words = ["ngan sach", "trong rung", "ho ngheo", "nong thon moi", "thu nhap binh quan", "von dau tu", "luong thuc"]
    sets["document search"] = [f"/documents/?q={word.replace(' ', '+')}" for word in words]
    api = [f"/api/v1/values?place={pk}" for pk in rng.sample(with_values, min(50, len(with_values)))]
    if get(port, api[0]) == 200:
        sets["API page"] = api
    else:
        print("API page: /api/v1/values does not answer 200 here: skipped")
    return sets


def main():
    args = parse_arguments()
    if not args.skip_load:
        recreate_database(args.database_url)
    setup_django(args.database_url)
    if not args.skip_load:
        load(args)
    size, values = database_size()
    print(f"database: {size}, {values:,} values")
    if args.load_only:
        return
    process, port = start_server(args.database_url, args)
    try:
        sets = page_sets(port)
        if args.pages:
            sets = {name: paths for name, paths in sets.items() if any(name.startswith(p) for p in args.pages.split(","))}
        from chitieu.pagecache.services import public_data_changed

        public_data_changed()  # nothing cached by an earlier run is read: the first visits render afresh
        print(f"server: `chitieu serve` (gunicorn, {args.web_workers or 'default'} workers); load generator: "
              f"{args.generator}; load average before: {os.getloadavg()[0]:.1f}")
        print("first visits (each page once at concurrency 2, rendered afresh: nothing of it in the cache):")
        for name, paths in sets.items():
            cold = measure(port, paths, 2, len(paths))
            print(f"  {name:<16} {len(paths):>4} pages: p50 {cold['p50']:7.1f} ms, p95 {cold['p95']:7.1f} ms, "
                  f"max {cold['max']:7.1f} ms  {cold['statuses']}", flush=True)
        print("CPU ms/req: CPU time of the server's processes (and of wrk) per request, whatever else the machine "
              "runs;\ncapacity: the requests/s the 2 cores would serve at that cost, the server and the generator alone")
        print(f"{'page':<16} {'conc.':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7} {'CPU ms/req':>16} "
              f"{'capacity':>8}  statuses")
        for name, paths in sets.items():
            for concurrency in map(int, args.concurrency.split(",")):
                server_cpu = tree_cpu_seconds(process.pid)
                load_average = os.getloadavg()[0]
                if args.generator == "wrk":
                    figures = measure_wrk(port, paths, concurrency, args.seconds)
                else:
                    figures = measure(port, paths, concurrency, max(args.requests, concurrency * 4))
                requests = figures.get("requests") or sum(figures["statuses"].values())
                server_ms = 1000 * (tree_cpu_seconds(process.pid) - server_cpu) / requests
                generator_ms = 1000 * figures.get("generator_cpu", 0.0) / requests
                capacity = 2000 / (server_ms + generator_ms) if server_ms + generator_ms else 0
                cost = f"{server_ms:.2f} (+{generator_ms:.2f})" if args.generator == "wrk" else f"{server_ms:.2f}"
                print(f"{name:<16} {concurrency:>5} {figures['p50']:>8.1f} {figures['p95']:>8.1f} {figures['p99']:>8.1f} "
                      f"{figures['rps']:>7.1f} {cost:>16} {capacity:>8.0f}  {figures['statuses']} load {load_average:.1f}",
                      flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=60)


if __name__ == "__main__":
    main()
