import datetime

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from chitieu.accounts.scopes import require
from chitieu.criteria import services
from chitieu.criteria.boards import latest_assessment
from chitieu.criteria.forms import AssessmentForm
from chitieu.criteria.models import CriteriaSet, Region
from chitieu.criteria.sections import place_ntm
from chitieu.places.models import Place


def set_list(request):
    return render(request, "criteria/set_list.html", {"sets": CriteriaSet.objects.all()})


def set_detail(request, code):
    """A set's criteria and thresholds by region, with what is verified and where it was read."""
    criteria_set = get_object_or_404(CriteriaSet, code=code)
    regions = Region.choices if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS else []
    criteria = []
    for criterion in criteria_set.criteria.prefetch_related("indicators"):
        rows = []
        for indicator in criterion.indicators.all():
            by_region = indicator.threshold_by_region or {}
            rows.append({"indicator": indicator, "cells": [by_region.get(code) for code, _ in regions]})
        criterion.rows = rows
        criteria.append(criterion)
    return render(request, "criteria/set_detail.html", {
        "set": criteria_set, "criteria": criteria, "regions": regions, "colspan": 5 + len(regions),
        "conditions": criteria_set.conditions.all(),
    })


def place_board(request, pk):
    """The NTM board of one unit on its own page, at ?date=YYYY-MM-DD (default today)."""
    place = get_object_or_404(Place, pk=pk)
    try:
        on_date = datetime.date.fromisoformat(request.GET["date"]) if request.GET.get("date") else datetime.date.today()
    except ValueError:
        raise Http404("date")
    section = place_ntm(place, on_date, request)
    level = CriteriaSet.Level
    levels = ([level.COMMUNE, level.COMMUNE_ADVANCED, level.COMMUNE_MODEL] if place.level == Place.Level.COMMUNE
              else [level.DISTRICT, level.DISTRICT_ADVANCED])
    sets = [s for s in CriteriaSet.objects.filter(level__in=levels) if s.applies_on(on_date)]
    return render(request, "criteria/place_board.html",
                  {"place": place, "on_date": on_date, "section": section, "sets": sets})


@permission_required("criteria.add_assessment", raise_exception=True)
def assess(request, pk, code):
    """Record (or correct) the assessment of one unit against one set, through services.record_assessment."""
    place = get_object_or_404(Place, pk=pk)
    require(request.user, place, "approver")  # assessments by approvers of the place or above (issue 16)
    criteria_set = get_object_or_404(CriteriaSet, code=code)
    try:
        on_date = datetime.date.fromisoformat(request.GET["date"]) if request.GET.get("date") else datetime.date.today()
    except ValueError:
        raise Http404("date")
    if request.method == "POST":
        form = AssessmentForm(request.POST, criteria_set=criteria_set)
        if form.is_valid():
            try:
                services.record_assessment(place=place, criteria_set=criteria_set, user=request.user,
                                           **form.service_arguments())
            except services.AssessmentError as error:
                form.add_service_errors(error)
            else:
                messages.success(request, _("Đã ghi đánh giá."))
                return redirect(f"{reverse('criteria:place_board', args=[place.pk])}?date={form.cleaned_data['assessed_on']:%Y-%m-%d}")
    else:
        latest = latest_assessment(place, criteria_set, on_date)
        initial = AssessmentForm.initial_from(latest) or {"assessed_on": on_date}
        form = AssessmentForm(initial=initial, criteria_set=criteria_set)
    return render(request, "criteria/assess.html", {"place": place, "set": criteria_set, "form": form})
