"""Admin pages bounded by the places a staff member holds a role at (issue 16).

`PlaceScopedAdmin` filters the changelist, refuses (403) the change, history and delete pages of a row
outside the user's places, checks the place chosen in a form and offers only the user's places."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied

from chitieu.accounts.scopes import scope_of


class PlaceScopedAdmin:
    """Mix into a ModelAdmin whose model has a place foreign key (`scope_field`); `scope_role` is the role
    that acts on those rows. Rows without a place (national ones) are for staff covering the whole country."""

    scope_role = "approver"
    scope_field = "place"

    def scope(self, request):
        return scope_of(request.user, self.scope_role)

    def get_queryset(self, request):
        return self.scope(request).filter(super().get_queryset(request), field=self.scope_field)

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None and str(object_id).isdigit() and self.model._default_manager.filter(pk=int(object_id)).exists():
            raise PermissionDenied  # it exists, outside the user's places
        return found

    def _covers(self, request, obj):
        if obj is None:
            return True
        scope = self.scope(request)
        return scope.everywhere or scope.covers(getattr(obj, f"{self.scope_field}_id"))

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._covers(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._covers(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._covers(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        scope = self.scope(request)
        if db_field.name == self.scope_field and not scope.everywhere:
            from chitieu.places.models import Place

            kwargs["queryset"] = Place.objects.filter(pk__in=scope.place_ids()).select_related("parent__parent")
            kwargs["widget"] = forms.Select  # not a raw id box or a search over every place: their own places
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.label_from_instance = lambda place: place.path_name
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_autocomplete_fields(self, request):
        fields = list(super().get_autocomplete_fields(request))
        if not self.scope(request).everywhere and self.scope_field in fields:
            fields.remove(self.scope_field)
        return fields


class CountryWideEditAdmin:
    """Mix into the admin of national reference data (criteria sets…): everyone with the permission reads it,
    only staff covering the whole country for `scope_role` change it."""

    scope_role = "approver"

    def _country_wide(self, request):
        return scope_of(request.user, self.scope_role).everywhere

    def has_add_permission(self, request, *args):
        return super().has_add_permission(request, *args) and self._country_wide(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._country_wide(request)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._country_wide(request)
