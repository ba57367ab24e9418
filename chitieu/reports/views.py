"""The periodic report as a download: public, since it is written from approved values only."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from chitieu.places.models import Place
from chitieu.reports.services import ReportError, write_report
from chitieu.reports.writers import FORMATS


def download(request, place_id, fmt):
    if fmt not in FORMATS:
        raise Http404(_("Không có định dạng này"))
    place = get_object_or_404(Place, pk=place_id)
    period = request.GET.get("period", "")
    try:
        name, content, _report = write_report(place, period, fmt)
    except ReportError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
