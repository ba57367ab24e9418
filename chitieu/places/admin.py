import datetime

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.places.models import Place, PlaceAlias, ReferenceDataset, Succession
from chitieu.text import fold


class ValidityFilter(admin.SimpleListFilter):
    title = _("hiệu lực")
    parameter_name = "valid"

    def lookups(self, request, model_admin):
        return [
            ("now", _("Đang tồn tại")),
            ("ended", _("Đã giải thể / sáp nhập")),
            ("2020", _("Tồn tại ngày 01/01/2020")),
        ]

    def queryset(self, request, queryset):
        today = datetime.date.today()
        if self.value() == "now":
            return queryset.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today), Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        if self.value() == "ended":
            return queryset.filter(valid_to__lt=today)
        if self.value() == "2020":
            day = datetime.date(2020, 1, 1)
            return queryset.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day), Q(valid_from__isnull=True) | Q(valid_from__lte=day))
        return queryset


class AliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 0
    fields = ["name", "note"]


class SuccessionInline(admin.TabularInline):
    model = Succession
    fk_name = "predecessor"
    extra = 0
    fields = ["successor", "share", "date", "legal_basis"]
    autocomplete_fields = ["successor"]
    verbose_name = _("đơn vị kế thừa")
    verbose_name_plural = _("đơn vị kế thừa (sau khi sắp xếp)")


class PredecessionInline(admin.TabularInline):
    model = Succession
    fk_name = "successor"
    extra = 0
    fields = ["predecessor", "share", "date", "legal_basis"]
    autocomplete_fields = ["predecessor"]
    verbose_name = _("đơn vị tiền thân")
    verbose_name_plural = _("đơn vị tiền thân (trước khi sắp xếp)")


class FoldedSearchMixin:
    """Searches the name without diacritics too, so `dap thanh` finds Đạp Thanh."""

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        folded = fold(search_term)
        if folded:
            results |= queryset.filter(self.folded_condition(folded))
            may_have_duplicates = True  # the alias join can repeat a unit
        return results, may_have_duplicates


@admin.register(Place)
class PlaceAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "code", "level", "kind", "parent", "valid_from", "valid_to"]
    list_filter = ["level", "kind", ValidityFilter]
    search_fields = ["name", "full_name", "code"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["name_folded", "ref_key"]
    fields = ["level", "kind", "code", "name", "full_name", "name_folded", "parent", "valid_from", "valid_to", "source", "ref_key"]
    inlines = [AliasInline, PredecessionInline, SuccessionInline]
    list_per_page = 50

    def folded_condition(self, folded):
        return Q(name_folded__icontains=folded) | Q(aliases__name_folded__icontains=folded.replace(" ", ""))


@admin.register(PlaceAlias)
class PlaceAliasAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "place", "note"]
    search_fields = ["name", "place__name"]
    autocomplete_fields = ["place"]
    list_select_related = ["place"]

    def folded_condition(self, folded):
        return Q(name_folded__icontains=folded) | Q(place__name_folded__icontains=folded)


@admin.register(Succession)
class SuccessionAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["predecessor", "successor", "share", "date", "legal_basis"]
    list_filter = ["share", "date"]
    search_fields = ["predecessor__name", "successor__name", "legal_basis"]
    autocomplete_fields = ["predecessor", "successor"]
    list_select_related = ["predecessor", "successor"]

    def folded_condition(self, folded):
        return Q(predecessor__name_folded__icontains=folded) | Q(successor__name_folded__icontains=folded)


@admin.register(ReferenceDataset)
class ReferenceDatasetAdmin(admin.ModelAdmin):
    list_display = ["name", "version", "loaded_at", "summary"]
    readonly_fields = ["name", "version", "loaded_at", "summary"]
