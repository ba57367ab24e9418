"""The assessment form of the staff pages: built from the set, so every set gets its own fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.criteria.models import Assessment, Comparison, CriterionIndicator, SetCondition

YES_NO = [("", "—"), ("1", _("đạt")), ("0", _("không đạt"))]


def _key(code):
    return code.replace(".", "_")


def _yes_no(value):
    return {"1": True, "0": False}.get(value)


class AssessmentForm(forms.Form):
    """Fields: assessed_on, note, evidence; then per indicator `ind_<code>_value` / `ind_<code>_met`, per criterion
    judged as a whole `tc_<n>`, per assessed condition `dk_<code>_value` / `dk_<code>_met`; or, for a set known only
    by its counts, `criteria_met_count` / `indicators_met_count`."""

    assessed_on = forms.DateField(label=_("Ngày đánh giá"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    evidence = forms.CharField(label=_("Căn cứ (văn bản, số hiệu, đường dẫn)"), required=False)

    def __init__(self, *args, criteria_set, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria_set = criteria_set
        self.rows = []  # (criterion, [(indicator, value field name or None, met field name)]) for the template
        self.counts_only = not criteria_set.criteria.exists()
        if self.counts_only:
            self.fields["criteria_met_count"] = forms.IntegerField(
                label=_("Số tiêu chí đạt"), min_value=0, max_value=criteria_set.declared_criteria_count)
            self.fields["indicators_met_count"] = forms.IntegerField(
                label=_("Số chỉ tiêu đạt"), min_value=0, max_value=criteria_set.declared_indicator_count, required=False)
        for criterion in criteria_set.criteria.prefetch_related("indicators"):
            indicators = list(criterion.indicators.all())
            if not indicators:
                name = f"tc_{criterion.number}"
                self.fields[name] = forms.ChoiceField(label=f"{criterion.number}. {criterion.name}", choices=YES_NO, required=False)
                self.rows.append((criterion, [(None, None, name)]))
                continue
            items = []
            for indicator in indicators:
                value_name = None
                if indicator.comparison not in (Comparison.YES, Comparison.NONE_LEFT):
                    value_name = f"ind_{_key(indicator.code)}_value"
                    self.fields[value_name] = forms.DecimalField(label=f"{indicator.code} {indicator.name}", required=False)
                met_name = f"ind_{_key(indicator.code)}_met"
                met_label = _("đạt?")
                self.fields[met_name] = forms.ChoiceField(label=f"{indicator.code} — {met_label}", choices=YES_NO, required=False)
                items.append((indicator, value_name, met_name))
            self.rows.append((criterion, items))
        self.condition_rows = []
        for condition in criteria_set.conditions.filter(kind=SetCondition.Kind.ASSESSED):
            value_name = met_name = None
            if condition.threshold is not None:
                value_name = f"dk_{_key(condition.code)}_value"
                self.fields[value_name] = forms.DecimalField(label=f"{condition.code}. {condition.text}", required=False)
            else:
                met_name = f"dk_{_key(condition.code)}_met"
                self.fields[met_name] = forms.ChoiceField(label=f"{condition.code}. {condition.text}", choices=YES_NO, required=False)
            self.condition_rows.append((condition, value_name, met_name))

    @classmethod
    def initial_from(cls, assessment):
        if assessment is None:
            return {}
        initial = {"assessed_on": assessment.assessed_on, "note": assessment.note,
                   "evidence": (assessment.evidence or {}).get("note", ""),
                   "criteria_met_count": assessment.criteria_met_count,
                   "indicators_met_count": assessment.indicators_met_count}
        for result in assessment.indicator_results.select_related("indicator"):
            initial[f"ind_{_key(result.indicator.code)}_value"] = result.value
            if result.passed is not None:
                initial[f"ind_{_key(result.indicator.code)}_met"] = "1" if result.passed else "0"
        for result in assessment.criterion_results.select_related("criterion"):
            initial[f"tc_{result.criterion.number}"] = "1" if result.met else "0"
        for result in assessment.condition_results.select_related("condition"):
            initial[f"dk_{_key(result.condition.code)}_value"] = result.value
            initial[f"dk_{_key(result.condition.code)}_met"] = "1" if result.met else "0"
        return initial

    def service_arguments(self):
        """The keyword arguments of services.record_assessment, from the cleaned data (only what was filled in)."""
        data = self.cleaned_data
        arguments = {"assessed_on": data["assessed_on"], "note": data.get("note", ""),
                     "evidence": {"note": data["evidence"]} if data.get("evidence") else {}}
        if self.counts_only:
            arguments["criteria_met_count"] = data.get("criteria_met_count")
            arguments["indicators_met_count"] = data.get("indicators_met_count")
            return arguments
        indicators, criteria, conditions = {}, {}, {}
        for criterion, items in self.rows:
            for indicator, value_name, met_name in items:
                if indicator is None:
                    met = _yes_no(data.get(met_name))
                    if met is not None:
                        criteria[criterion.number] = {"met": met}
                    continue
                value = data.get(value_name) if value_name else None
                passed = _yes_no(data.get(met_name))
                if value is not None or passed is not None:
                    indicators[indicator.code] = {"value": value, "passed": passed}
        for condition, value_name, met_name in self.condition_rows:
            value = data.get(value_name) if value_name else None
            passed = _yes_no(data.get(met_name)) if met_name else None
            if value is not None or passed is not None:
                conditions[condition.code] = {"value": value, "passed": passed}
        arguments.update(indicators=indicators, criteria=criteria, conditions=conditions)
        return arguments

    def add_service_errors(self, error):
        """Put each problem of an AssessmentError on its field (or on the form)."""
        for problem in error.problems:
            field = None
            if CriterionIndicator.objects.filter(criterion__criteria_set=self.criteria_set, code=problem.key).exists():
                key = _key(problem.key)
                field = f"ind_{key}_value" if f"ind_{key}_value" in self.fields else f"ind_{key}_met"
            elif problem.key.startswith("TC "):
                field = f"tc_{problem.key[3:]}"
            elif problem.key.startswith("ĐK "):
                key = _key(problem.key[3:])
                field = f"dk_{key}_value" if f"dk_{key}_value" in self.fields else f"dk_{key}_met"
            elif problem.key == "số tiêu chí đạt":
                field = "criteria_met_count"
            elif problem.key == "số chỉ tiêu đạt":
                field = "indicators_met_count"
            self.add_error(field if field in self.fields else None, problem.reason)


__all__ = ["AssessmentForm", "Assessment"]
