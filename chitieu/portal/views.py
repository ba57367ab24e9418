from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from chitieu.places.models import Place
from chitieu.portal import services


def _on_date(request):
    try:
        return services.parse_on_date(request.GET.get("on"))
    except services.InvalidDate as error:
        messages.error(request, str(error))
        return None


def home(request):
    query = request.GET.get("q", "").strip()
    current, former = services.provinces()
    return render(request, "portal/home.html", {
        "query": query,
        "results": services.search_places(query) if query else None,
        "featured": services.featured_places(),
        "provinces": current,
        "former_provinces": former,
    })


def place_search(request):
    """`/place/?q=Ba Chẽ`: straight to the page when the name means one unit, else the list of candidates."""
    query = request.GET.get("q", "").strip()
    on_date = _on_date(request)
    results = services.search_places(query, on=on_date) if query else []
    if len(results) == 1:
        url = reverse("portal:place", args=[results[0].pk])
        return redirect(f"{url}?on={on_date.isoformat()}" if on_date else url)
    return render(request, "portal/search.html", {"query": query, "results": results, "on_date": on_date})


def place_detail(request, pk):
    place = get_object_or_404(Place.objects.select_related("parent__parent"), pk=pk)
    return render(request, "portal/place.html", services.place_page(place, _on_date(request), request))
