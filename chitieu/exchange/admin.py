from django.contrib import admin

from chitieu.exchange.models import DataElementMapping, OrgUnitMapping


@admin.register(DataElementMapping)
class DataElementMappingAdmin(admin.ModelAdmin):
    list_display = ["indicator", "modality", "issuer", "data_element", "category_option_combo", "attribute_option_combo", "unit"]
    search_fields = ["indicator__code", "data_element"]
    autocomplete_fields = ["indicator"]


@admin.register(OrgUnitMapping)
class OrgUnitMappingAdmin(admin.ModelAdmin):
    list_display = ["place", "org_unit"]
    search_fields = ["place__name", "org_unit"]
    raw_id_fields = ["place"]
