from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from chitieu.dashboards import exports, services, status, tables
from chitieu.places.models import Place


def _place(place_id):
    if place_id is None:
        return None
    return get_object_or_404(Place.objects.select_related("parent__parent"), pk=place_id)


def _context(place, request):
    dashboard = services.place_dashboard(place, indicator_code=request.GET.get("so_sanh"))
    all_tables = tables.all_tables(dashboard)
    return {
        "place": place, "dashboard": dashboard, "tables": all_tables, "status_table": all_tables[0],
        "chart_tables": [t for t in all_tables[1:]], "rule_text": status.RULE_TEXT,
        "breadcrumb": list(reversed(place.ancestors())) if place else [],
        "printable": request.GET.get("print") == "1",
    }


def dashboard(request, place_id=None):
    place = _place(place_id)
    return render(request, "dashboards/dashboard.html", _context(place, request))


def download(request, key, fmt, place_id=None):
    place = _place(place_id)
    context = _context(place, request)
    table = next((t for t in context["tables"] if t.key == key), None)
    if table is None or fmt not in ("csv", "xlsx"):
        raise Http404(key)
    name = slugify(f"{place.name if place else 'ca-nuoc'}-{key}") or key
    if fmt == "csv":
        response = HttpResponse(exports.table_csv(table), content_type=exports.CSV_TYPE)
    else:
        response = HttpResponse(exports.table_xlsx(table), content_type=exports.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
