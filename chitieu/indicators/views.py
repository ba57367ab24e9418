import io
import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
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
    # Written in a temporary folder that is removed before answering (each download used to leave one behind).
    with tempfile.TemporaryDirectory(prefix="chitieu-template-") as folder:
        path = Path(folder) / f"mau-nhap-so-lieu.{extension}"
        write_template(path)
        content = path.read_bytes()
    return FileResponse(io.BytesIO(content), as_attachment=True, filename=path.name)


@permission_required("indicators.add_datavalue", raise_exception=True)
def import_file(request):
    """Staff upload a file; every error is listed with its row and column, and nothing is stored if any.
    Rows for places outside the user's are errors; the values land as submitted (or approved with the box
    ticked, by an approver of every place of the file)."""
    from chitieu.accounts.scopes import scope_of

    if not scope_of(request.user, "clerk"):
        raise PermissionDenied
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
                result = import_values(handle.name, user=request.user, name=upload.name, dry_run=form.cleaned_data["dry_run"],
                                       approve=form.cleaned_data.get("approve", False))
            except ImportFailed as failure:
                errors = failure.errors
        if result is not None and not form.cleaned_data["dry_run"]:
            messages.success(request, _("Đã nhập %(rows)d dòng từ %(file)s: %(created)d mới, %(updated)d cập nhật, %(unchanged)d không đổi.")
                             % {"rows": result.rows, "file": upload.name, "created": result.created, "updated": result.updated, "unchanged": result.unchanged})
            if result.proposed:
                messages.warning(request, _("%d số mới cho số liệu đã duyệt không ghi đè mà thành đề nghị thay đổi, chờ người duyệt quyết định.")
                                 % result.proposed)
    return render(request, "indicators/import.html", {"form": form, "errors": errors, "result": result})
