from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from chitieu.accounts.admin_scopes import CountryWideEditAdmin, PlaceScopedAdmin
from chitieu.criteria import services
from chitieu.criteria.models import (
    Assessment,
    ConditionAssessment,
    CriteriaSet,
    Criterion,
    CriterionAssessment,
    CriterionIndicator,
    IndicatorAssessment,
    NtmTarget,
    PlaceRegion,
    SetCondition,
)


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0
    fields = ["number", "name", "name_verified", "group_name"]
    show_change_link = True


class SetConditionInline(admin.TabularInline):
    model = SetCondition
    extra = 0
    fields = ["code", "text", "kind", "communes_level", "comparison", "threshold", "unit", "verification"]


@admin.register(CriteriaSet)
class CriteriaSetAdmin(CountryWideEditAdmin, admin.ModelAdmin):
    list_display = ["code", "name", "level", "legal_basis", "valid_from", "valid_to", "derived_from"]
    list_filter = ["level", "region_scheme"]
    search_fields = ["code", "name", "legal_basis"]
    inlines = [SetConditionInline, CriterionInline]
    # Sets are data files: edit the YAML and reload, so the repository stays the source of truth.
    readonly_fields = ["source_file"]


class CriterionIndicatorInline(admin.TabularInline):
    model = CriterionIndicator
    extra = 0
    fields = ["code", "name", "unit", "comparison", "threshold_national", "threshold_by_region", "verification", "catalogue_code"]


@admin.register(Criterion)
class CriterionAdmin(CountryWideEditAdmin, admin.ModelAdmin):
    list_display = ["criteria_set", "number", "name", "group_name", "name_verified"]
    list_filter = ["criteria_set"]
    inlines = [CriterionIndicatorInline]


class IndicatorAssessmentInline(admin.TabularInline):
    model = IndicatorAssessment
    extra = 0
    fields = ["indicator", "value", "passed", "met", "threshold_used", "threshold_basis", "note"]
    readonly_fields = ["indicator", "value", "passed", "met", "threshold_used", "threshold_basis", "note"]
    can_delete = False


class CriterionAssessmentInline(admin.TabularInline):
    model = CriterionAssessment
    extra = 0
    fields = ["criterion", "met", "indicators_met", "indicators_total", "note"]
    readonly_fields = fields
    can_delete = False


class ConditionAssessmentInline(admin.TabularInline):
    model = ConditionAssessment
    extra = 0
    fields = ["condition", "value", "met", "note"]
    readonly_fields = fields
    can_delete = False


@admin.register(Assessment)
class AssessmentAdmin(PlaceScopedAdmin, admin.ModelAdmin):
    """Results are recorded through services (form, import, command) so the rules are applied; here they are
    read, annotated and approved."""

    list_display = ["place", "criteria_set", "assessed_on", "kind", "criteria_met_count", "indicators_met_count", "status", "assessed_by"]
    list_filter = ["criteria_set", "status", "kind"]
    search_fields = ["place__name", "note"]
    date_hierarchy = "assessed_on"
    readonly_fields = ["place", "criteria_set", "assessed_on", "kind", "criteria_met_count", "indicators_met_count",
                       "assessed_by", "approved_by", "status", "created_at", "updated_at"]
    fields = readonly_fields[:8] + ["status", "recognition_decision", "evidence", "note", "created_at", "updated_at"]
    inlines = [IndicatorAssessmentInline, CriterionAssessmentInline, ConditionAssessmentInline]
    actions = ["approve"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Duyệt các đánh giá đã chọn"), permissions=["change"])
    def approve(self, request, queryset):
        for assessment in queryset:  # the queryset is already bounded to the user's places; the service checks again
            services.approve_assessment(assessment, request.user)
        self.message_user(request, _("Đã duyệt %(n)d đánh giá.") % {"n": queryset.count()})


class NtmTargetForm(forms.ModelForm):
    class Meta:
        model = NtmTarget
        fields = "__all__"

    def clean(self):
        data = super().clean()
        try:
            services.check_target(data.get("target_count"), data.get("target_share"), data.get("out_of"))
        except services.AssessmentError as error:
            raise forms.ValidationError(str(error))
        return data


@admin.register(NtmTarget)
class NtmTargetAdmin(PlaceScopedAdmin, admin.ModelAdmin):
    form = NtmTargetForm
    list_display = ["place", "criteria_set", "target_count", "target_share", "out_of", "deadline", "issuer"]
    list_filter = ["criteria_set"]
    raw_id_fields = ["place"]

    def save_model(self, request, obj, form, change):
        if change:
            obj.save()  # checked by NtmTargetForm.clean with services.check_target
        else:
            saved = services.record_target(
                place=obj.place, criteria_set=obj.criteria_set, deadline=obj.deadline, target_count=obj.target_count,
                target_share=obj.target_share, out_of=obj.out_of, issuer=obj.issuer, evidence=obj.evidence, note=obj.note)
            obj.pk = saved.pk


@admin.register(PlaceRegion)
class PlaceRegionAdmin(PlaceScopedAdmin, admin.ModelAdmin):
    list_display = ["place", "scheme", "region", "verified", "source"]
    list_filter = ["region", "verified"]
    raw_id_fields = ["place"]
