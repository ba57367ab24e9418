from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from chitieu.accounts.scopes import scope_of
from chitieu.indicators.forms import DataValueForm
from chitieu.indicators.models import DataValue, Indicator, IndicatorPhrase
from chitieu.indicators.services import InvalidValue, delete_value


class IndicatorPhraseInline(admin.TabularInline):
    model = IndicatorPhrase
    extra = 1
    fields = ["phrase"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "unit", "kind", "aggregation", "good_direction", "group"]
    list_filter = ["group", "kind", "aggregation"]
    search_fields = ["code", "name_vi", "name_en", "phrases__phrase_folded"]
    inlines = [IndicatorPhraseInline]
    autocomplete_fields = ["parent", "weight"]


class ReasonActionForm(ActionForm):
    """The actions that need a reason (send back, reopen) read it here, beside the action menu."""

    reason = forms.CharField(label=_("Lý do"), required=False, max_length=500)


KEY_FIELDS = ["indicator", "place", "period", "modality", "issuer"]


@admin.register(DataValue)
class DataValueAdmin(SimpleHistoryAdmin):
    """Values as staff see them in the admin: only those of the places they hold a role at; every edit goes
    through the reporting cycle's services (a new number for an approved value becomes a proposed change),
    every change is kept in the value's history (the "Lịch sử" button)."""

    form = DataValueForm
    action_form = ReasonActionForm
    list_display = ["indicator", "place", "period", "modality", "issuer", "amount", "state", "approval_level",
                    "source", "updated_at", "updated_by"]
    list_filter = ["state", "modality", "source", "indicator__group", "indicator"]
    search_fields = ["indicator__name_vi", "indicator__code", "place__name", "place__name_folded", "period", "issuer"]
    list_select_related = ["indicator", "place", "updated_by"]
    readonly_fields = ["state", "state_reason", "approval_level", "approved_by", "approved_at", "submitted_by",
                       "submitted_at", "source", "source_detail", "created_at", "created_by", "updated_at", "updated_by"]
    date_hierarchy = "period_end"
    actions = ["submit_values", "approve_values", "send_back_values", "reopen_values"]
    history_list_display = ["value", "state", "history_via"]

    @admin.display(description=_("giá trị"), ordering="value")
    def amount(self, obj):
        from chitieu.formatting import vi_amount

        return vi_amount(obj.value, obj.unit)

    # ---- scope: a clerk sees and edits only the values of the places they hold a role at

    def _scope(self, request):
        return scope_of(request.user, "clerk")

    def get_queryset(self, request):
        return self._scope(request).filter(super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None and str(object_id).isdigit() and DataValue.objects.filter(pk=int(object_id)).exists():
            raise PermissionDenied  # it exists, outside the user's places: 403, not a redirect
        return found

    def _covers(self, request, obj):
        return obj is None or self._scope(request).covers(obj.place_id)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._covers(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._covers(request, obj)

    def has_delete_permission(self, request, obj=None):
        # An approved value is never deleted from the admin (except by an administrator): reopen it first.
        if obj is not None and obj.state == DataValue.State.APPROVED and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj) and self._covers(request, obj)

    def has_change_history_permission(self, request, obj=None):
        return False  # the history is read-only: reverting would bypass the workflow

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_autocomplete_fields(self, request):
        # Staff covering the whole country search the places; the others choose among their own places.
        return ["indicator", "place"] if self._scope(request).everywhere else ["indicator"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        scope = self._scope(request)
        if db_field.name == "place" and not scope.everywhere:
            from chitieu.places.models import Place

            kwargs["queryset"] = Place.objects.filter(pk__in=scope.place_ids()).select_related("parent__parent")
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "place" and not scope.everywhere:
            field.label_from_instance = lambda place: place.path_name  # not eight identical "Xã Tân Lập"
        return field

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields + KEY_FIELDS if obj is not None else fields  # a stored value's key does not move

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    # ---- writes: through the workflow's services

    def save_model(self, request, obj, form, change):
        from chitieu.workflow.models import ProposedChange
        from chitieu.workflow.services import enter_value

        data = form.cleaned_data
        key = {name: getattr(obj, name) for name in KEY_FIELDS} if change else {name: data[name] for name in KEY_FIELDS}
        try:
            stored = enter_value(
                user=request.user, **key, value=data["value"], unit=data.get("unit"),
                source=DataValue.Source.ENTERED, source_detail={"user": request.user.get_username()},
                note=data.get("note", ""), reason=data.get("reason", ""), via="admin",
            )
        except InvalidValue as error:
            messages.error(request, str(error))
            return
        if isinstance(stored, ProposedChange):
            messages.warning(request, _("Số liệu này đã được duyệt (hoặc lấy từ văn bản đã soát): số mới không ghi đè, "
                                        "mà thành đề nghị thay đổi chờ người duyệt quyết định."))
            stored = stored.value
        obj.pk = stored.pk
        obj.__dict__.update({k: v for k, v in stored.__dict__.items() if not k.startswith("_")})

    def delete_model(self, request, obj):
        delete_value(obj, user=request.user, reason=_("Xóa trong trang quản trị"), via="admin")

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            if not self.has_delete_permission(request, obj):
                raise PermissionDenied
            self.delete_model(request, obj)

    # ---- the cycle's steps as admin actions (on the selected values, all or nothing)

    def _run(self, request, queryset, step, done, **kwargs):
        from chitieu.workflow.services import WorkflowError

        try:
            changed = step(user=request.user, values=list(queryset), via="admin", **kwargs)
        except (WorkflowError, PermissionDenied) as error:
            messages.error(request, str(error) or _("Không có quyền với một số số liệu đã chọn."))
            return
        messages.success(request, done % {"count": len(changed)})

    @admin.action(description=_("Gửi duyệt các số liệu đã chọn"))
    def submit_values(self, request, queryset):
        from chitieu.workflow.services import submit

        self._run(request, queryset, submit, _("Đã gửi duyệt %(count)d số liệu."))

    @admin.action(description=_("Duyệt các số liệu đã chọn"))
    def approve_values(self, request, queryset):
        from chitieu.workflow.services import approve

        self._run(request, queryset, approve, _("Đã duyệt %(count)d số liệu."))

    @admin.action(description=_("Trả lại các số liệu đã chọn (ghi lý do)"))
    def send_back_values(self, request, queryset):
        from chitieu.workflow.services import send_back

        self._run(request, queryset, send_back, _("Đã trả lại %(count)d số liệu."), reason=request.POST.get("reason", ""))

    @admin.action(description=_("Mở lại các số liệu đã duyệt (ghi lý do)"))
    def reopen_values(self, request, queryset):
        from chitieu.workflow.services import reopen

        self._run(request, queryset, reopen, _("Đã mở lại %(count)d số liệu."), reason=request.POST.get("reason", ""))
