from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from chitieu.indicators.forms import DataValueForm
from chitieu.indicators.models import DataValue, Indicator, IndicatorPhrase
from chitieu.indicators.services import InvalidValue, delete_value, record_value


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


@admin.register(DataValue)
class DataValueAdmin(admin.ModelAdmin):
    form = DataValueForm
    list_display = ["indicator", "place", "period", "modality", "issuer", "value", "unit", "source", "updated_at", "updated_by"]
    list_filter = ["modality", "source", "indicator__group", "indicator"]
    search_fields = ["indicator__name_vi", "indicator__code", "place__name", "place__name_folded", "period", "issuer"]
    autocomplete_fields = ["indicator", "place"]
    readonly_fields = ["source", "source_detail", "created_at", "created_by", "updated_at", "updated_by"]
    date_hierarchy = "period_end"

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            stored = record_value(
                indicator=data["indicator"], place=data["place"], period=data["period"], modality=data["modality"],
                value=data["value"], unit=data.get("unit"), issuer=data.get("issuer", ""),
                source=DataValue.Source.ENTERED, source_detail={"user": request.user.get_username()},
                user=request.user, note=data.get("note", ""),
            )
        except InvalidValue as error:
            messages.error(request, str(error))
            return
        if change and obj.pk and obj.pk != stored.pk:  # the key was edited: the value moved
            delete_value(DataValue.objects.get(pk=obj.pk), user=request.user)
        obj.pk = stored.pk
        obj.__dict__.update({k: v for k, v in stored.__dict__.items() if not k.startswith("_")})

    def delete_model(self, request, obj):
        delete_value(obj, user=request.user)
