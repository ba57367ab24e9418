import datetime
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from chitieu.documents.models import Document
from chitieu.documents.batch import ingest_in_batches
from chitieu.documents.services import read_sources, resolve_place_option


class Command(BaseCommand):
    help = (
        "Ingest documents (files or folders, recursively: .txt, .html, .docx, .pdf): store each once, "
        "extract its claims and link them to indicators, places and periods. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH")
        parser.add_argument(
            "--relink", action="store_true",
            help="link the claims still pending again (after the catalogue or the places changed)",
        )
        parser.add_argument(
            "--category", choices=Document.Category.values, default=Document.Category.NEWS,
            help="loại văn bản: " + ", ".join(f"{c.value} ({c.label})" for c in Document.Category),
        )
        parser.add_argument("--place", help="địa bàn chính của các văn bản (Ba Chẽ, huyện Bình Liêu…)")
        parser.add_argument("--date", type=_date, help="ngày đăng (YYYY-MM-DD); mặc định: ngày trong văn bản")
        parser.add_argument(
            "--sources", metavar="FILE",
            help="danh sách nguồn (TSV: tên tệp không đuôi, địa chỉ gốc, ngày YYYY-MM-DD) cho từng tệp",
        )
        parser.add_argument("--quiet-files", action="store_true", help="only the summary and the errors")
        parser.add_argument(
            "--workers", type=int, default=1, metavar="N",
            help="extract in N local processes (default 1; the number of cores is a good choice for an archive)",
        )
        parser.add_argument(
            "--cluster", metavar="ADDR",
            help="extract on a Dask cluster, given its scheduler's address (tcp://host:8786); its workers need chitieu installed",
        )

    def handle(self, *args, paths, category, place=None, date=None, quiet_files=False, relink=False, sources=None,
               workers=1, cluster=None, **options):
        if relink:
            from chitieu.documents.mapping import relink_claims
            from chitieu.documents.models import Claim

            pending = list(Claim.objects.filter(review_state=Claim.Review.PENDING).select_related("document__place"))
            changed = relink_claims(pending)
            linked = sum(c.link_status == Claim.Link.LINKED for c in pending)
            self.stdout.write(f"{changed} nhận định được gắn lại, {linked} đã gắn chỉ tiêu, địa bàn và kỳ")
            if not paths:
                return
        if not paths:
            raise CommandError("cần ít nhất một tệp hoặc thư mục (PATH)")
        try:
            place = resolve_place_option(place, on=date)
        except LookupError as error:
            raise CommandError(f"--place: {error}") from error
        started = time.monotonic()
        counts = {"created": 0, "unchanged": 0, "error": 0}
        verbosity = options.get("verbosity", 1)

        def progress(done, total, result):
            counts[result.status] += 1
            if result.status == "error":
                self.stderr.write(str(result))
            elif verbosity > 1 or (verbosity and not quiet_files and total <= 50):
                self.stdout.write(str(result))
            if total > 50 and verbosity and (done % 25 == 0 or done == total):
                rate = done / max(time.monotonic() - started, 1e-6)
                width = 30
                filled = int(width * done / total)
                sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} · {rate:.1f} văn bản/s")
                if done == total:
                    sys.stderr.write("\n")
                sys.stderr.flush()

        try:
            sources = read_sources(sources) if sources else None
        except OSError as error:
            raise CommandError(f"--sources: {sources}: {error.strerror or error}") from error
        if workers < 1:
            raise CommandError("--workers: cần ít nhất 1")
        ingest_in_batches(paths, category=category, place=place, date=date, progress=progress, sources=sources,
                          workers=workers, cluster=cluster)
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"{counts['created']} mới, {counts['unchanged']} đã có, {counts['error']} lỗi · {elapsed:.1f}s"
        )
        if counts["error"] and not counts["created"] and not counts["unchanged"]:
            raise CommandError("không nạp được tệp nào")


def _date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"ngày không hợp lệ: {text} (cần YYYY-MM-DD)") from error
