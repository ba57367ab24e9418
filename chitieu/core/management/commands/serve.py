"""`chitieu serve`: the production server by default (gunicorn, static files through WhiteNoise, DEBUG off,
the jobs worker beside it); `--dev` for Django's autoreloading development server with DEBUG on."""

import hashlib
import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from chitieu.core.steps import ensure_data_dir

ALL_INTERFACES = {"0.0.0.0", "::", "[::]", ""}


def database_is_empty():
    """True before the first `init`: no tables yet, or no places loaded."""
    if "places_place" not in connection.introspection.table_names():
        return True
    from chitieu.places.models import Place

    return not Place.objects.exists()


def split_address(addrport):
    """("127.0.0.1", 8000) from `127.0.0.1:8000`, `8000`, `0.0.0.0:80`, `[::]:8000`."""
    text = str(addrport).strip()
    if text.isdigit():
        return "127.0.0.1", int(text)
    host, _, port = text.rpartition(":")
    if not port.isdigit():
        raise CommandError(f"địa chỉ không hợp lệ: {addrport} (cần ADDR:PORT, ví dụ 127.0.0.1:8000 hoặc 0.0.0.0:8000)")
    return host, int(port)


def allowed_hosts_for(host, given=None):
    """The hosts a server bound to `host` answers: what ALLOWED_HOSTS says when it is set; every host name when
    bound to all interfaces (visitors arrive by the machine's names and addresses, which it cannot know);
    else the bound address and the loopback names."""
    if given:
        return [h for h in given.split(",") if h]
    if host in ALL_INTERFACES:
        return ["*"]
    return list(dict.fromkeys([host, "localhost", "127.0.0.1", "[::1]", "testserver"]))


def static_files_fingerprint():
    """A hash of every static file the finders see (path, size, time): `collectstatic` runs again only when
    it changes, so that a restart does not re-compress thousands of files."""
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    for finder in get_finders():
        for path, storage in finder.list([]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def collect_static_files(log):
    stamp = settings.STATIC_ROOT / ".chitieu-collected"
    fingerprint = static_files_fingerprint()
    if stamp.exists() and stamp.read_text() == fingerprint:
        return
    log("Collecting and compressing the static files (first run, or they changed)…")
    call_command("collectstatic", interactive=False, verbosity=0, clear=True)
    stamp.write_text(fingerprint)


def default_web_workers():
    return int(os.environ.get("CHITIEU_WEB_WORKERS") or (2 * (os.cpu_count() or 1) + 1))


def start_jobs_worker():
    """`chitieu worker` in its own process, with this process's environment (database, data folder)."""
    return subprocess.Popen([sys.executable, "-m", "chitieu.cli", "worker", "--verbosity", "1"])


def stop(process):
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def run_gunicorn(bind, *, workers, threads, access_log=None, timeout=120):
    """gunicorn, in this process: its master forks the web workers, which serve chitieu's WSGI application."""
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": bind, "workers": workers, "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "timeout": timeout, "graceful_timeout": 30, "keepalive": 5, "proc_name": "chitieu",
        "accesslog": access_log, "errorlog": "-", "loglevel": "warning",
        "forwarded_allow_ips": os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
    }

    class ChitieuServer(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                if value is not None:
                    self.cfg.set(key, value)

        def load(self):
            from django.core.wsgi import get_wsgi_application

            return get_wsgi_application()

    connections.close_all()  # the workers are forked: none may share this process's database connection
    ChitieuServer().run()


class Command(BaseCommand):
    help = (
        "Serve chitieu (public portal, staff workspace, admin) with the production server and the jobs worker. "
        "On an empty database, runs `init --demo` first. --dev: the autoreloading development server, DEBUG on."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="ADDR:PORT (default 127.0.0.1:8000)")
        parser.add_argument("--dev", action="store_true", help="Django's development server: DEBUG on, reloads on code changes")
        parser.add_argument("--workers", type=int, default=None,
                            help="web worker processes (default: CHITIEU_WEB_WORKERS or 2 × cores + 1)")
        # Threads (gunicorn's gthread workers) keep connections alive and overlap waits on the database:
        # measured here 2–3× the requests/s of single-threaded workers at 1.5–2× less CPU per request.
        parser.add_argument("--threads", type=int, default=int(os.environ.get("CHITIEU_WEB_THREADS") or 4),
                            help="threads per web worker (default: CHITIEU_WEB_THREADS or 4; 1: gunicorn's sync workers)")
        parser.add_argument("--no-worker", action="store_true",
                            help="do not start the jobs worker (run `chitieu worker` elsewhere)")
        parser.add_argument("--no-init", action="store_true", help="do not migrate or load anything first")
        parser.add_argument("--no-demo", action="store_true",
                            help="on an empty database, load the reference data only (production), not the demo")
        parser.add_argument("--access-log", metavar="FILE", help="write an access log ('-': the terminal)")

    def handle(self, *args, addrport, dev=False, workers=None, threads=4, no_worker=False, no_init=False,
               no_demo=False, access_log=None, **options):
        host, port = split_address(addrport)
        settings.ALLOWED_HOSTS = allowed_hosts_for(host, os.environ.get("ALLOWED_HOSTS"))
        reloader_child = os.environ.get("RUN_MAIN") == "true"
        if not no_init and not reloader_child:
            self.prepare_database(demo=not no_demo)
        shown = "localhost" if host in ALL_INTERFACES else host.strip("[]")
        jobs_worker = None
        try:
            if dev:
                settings.DEBUG = True
                if not reloader_child:
                    self.stdout.write(f"Development server (DEBUG on) at http://{shown}:{port}/")
                    jobs_worker = None if no_worker else start_jobs_worker()
                call_command("runserver", f"{host or '0.0.0.0'}:{port}", use_reloader=True)
                return
            if settings.DEBUG:
                self.stderr.write("DEBUG=1 in the environment: error pages will show the code. Unset it in production.")
            collect_static_files(self.stdout.write)
            jobs_worker = None if no_worker else start_jobs_worker()
            bind = f"[{host.strip('[]')}]:{port}" if ":" in host.strip("[]") else f"{host or '0.0.0.0'}:{port}"
            if host in ALL_INTERFACES and "ALLOWED_HOSTS" not in os.environ:
                self.stdout.write("Serving every host name on all interfaces: set ALLOWED_HOSTS to this server's "
                                  "public name(s) in production (docs/deploy.md).")
            self.stdout.write(f"Serving on http://{shown}:{port}/  (admin: http://{shown}:{port}/admin/)")
            master = os.getpid()
            try:
                run_gunicorn(bind, workers=workers or default_web_workers(), threads=threads, access_log=access_log)
            finally:
                if os.getpid() != master:  # a forked web worker leaving: the jobs worker is the master's to stop
                    jobs_worker = None
        finally:
            stop(jobs_worker)

    def prepare_database(self, demo=True):
        ensure_data_dir()  # a fresh checkout has no ./data yet: SQLite cannot open a file in a missing folder
        if database_is_empty():
            self.stdout.write(f"Empty database: loading the reference {'and demo ' if demo else ''}data first "
                              f"(chitieu init{' --demo' if demo else ''}).")
            call_command("init", demo=demo)
        else:
            call_command("migrate", interactive=False, verbosity=0)
