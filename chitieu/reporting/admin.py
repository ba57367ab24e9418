from django.contrib import admin

from chitieu.reporting.models import FormIndicator, FormTarget, Report, ReportForm


class FormIndicatorInline(admin.TabularInline):
    model = FormIndicator
    extra = 1
    autocomplete_fields = ["indicator"]


class FormTargetInline(admin.TabularInline):
    model = FormTarget
    extra = 1


@admin.register(ReportForm)
class ReportFormAdmin(admin.ModelAdmin):
    """Forms are data: administrators edit them here (forms from data/forms/*.yaml are reset to their file by
    `chitieu init`; a form with a new code stays as made here)."""

    list_display = ["name", "code", "periodicity", "levels", "due_rule", "due_days", "active"]
    list_filter = ["periodicity", "active"]
    search_fields = ["name", "code"]
    readonly_fields = ["source_file"]
    inlines = [FormIndicatorInline, FormTargetInline]

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Read-only: reports change through the entry screen and the approvers' decisions."""

    list_display = ["form", "place", "period", "state", "due_date", "first_submitted_at", "decided_by"]
    list_filter = ["state", "form"]
    readonly_fields = [f.name for f in Report._meta.fields]

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
