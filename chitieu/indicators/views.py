import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from chitieu.indicators.forms import ImportForm
from chitieu.indicators.models import Indicator
from chitieu.indicators.transfer import ImportFailed, TEMPLATE_GUIDE, COLUMNS, import_values, write_template


def catalogue(request):
    """The indicator catalogue: codes to write in an import file, units, and the phrases that name each."""
    indicators = Indicator.objects.prefetch_related("phrases").select_related("parent", "weight")
    return render(request, "indicators/catalogue.html", {"indicators": indicators, "columns": COLUMNS, "guide": TEMPLATE_GUIDE})


def template_file(request, extension):
    if extension not in ("csv", "xlsx"):
        raise Http404
    folder = Path(tempfile.mkdtemp(prefix="chitieu-template-"))
    path = folder / f"mau-nhap-so-lieu.{extension}"
    write_template(path)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=path.name)


@permission_required("indicators.add_datavalue", raise_exception=True)
def import_file(request):
    """Staff upload a file; every error is listed with its row and column, and nothing is stored if any."""
    errors, result = [], None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
            handle.flush()
            try:
                result = import_values(handle.name, user=request.user, name=upload.name, dry_run=form.cleaned_data["dry_run"])
            except ImportFailed as failure:
                errors = failure.errors
        if result is not None and not form.cleaned_data["dry_run"]:
            messages.success(request, _("Đã nhập %(rows)d dòng từ %(file)s: %(created)d mới, %(updated)d cập nhật, %(unchanged)d không đổi.")
                             % {"rows": result.rows, "file": upload.name, "created": result.created, "updated": result.updated, "unchanged": result.unchanged})
    return render(request, "indicators/import.html", {"form": form, "errors": errors, "result": result})
