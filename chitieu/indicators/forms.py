from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import InvalidValue, check_period, clean_issuer, convert_unit, to_decimal


class DataValueForm(forms.ModelForm):
    """A value as staff type it: in any unit the indicator accepts (`tỷ đồng`), converted on save."""

    value = forms.CharField(label=_("giá trị"), help_text=_("Số, dấu chấm hoặc phẩy thập phân: 29,577"))
    unit = forms.CharField(label=_("đơn vị"), required=False, help_text=_("tỷ đồng, triệu đồng, ha, %…; để trống: đơn vị chuẩn"))

    class Meta:
        model = DataValue
        fields = ["indicator", "place", "period", "modality", "issuer", "value", "unit", "note"]

    def clean_period(self):
        try:
            return str(check_period(self.cleaned_data["period"]))
        except InvalidValue as error:
            raise forms.ValidationError(error.message) from None

    def clean_issuer(self):
        try:
            return clean_issuer(self.cleaned_data.get("issuer"))
        except InvalidValue as error:
            raise forms.ValidationError(error.message) from None

    def clean_value(self):
        from chitieu.indicators.transfer import parse_cell_number

        try:
            return parse_cell_number(self.cleaned_data["value"])
        except InvalidValue as error:
            raise forms.ValidationError(error.message) from None

    def clean(self):
        cleaned = super().clean()
        indicator = cleaned.get("indicator")
        if indicator is not None:
            try:
                convert_unit(indicator, cleaned.get("unit"))
            except InvalidValue as error:
                self.add_error("unit", error.message)
        return cleaned

    def _post_clean(self):
        # The model's own validation would compare the typed unit with the canonical one and reject the
        # uniqueness of an updated key; record_value owns both, so skip them here.
        pass


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp số liệu (.csv, .xlsx)"))
    dry_run = forms.BooleanField(label=_("Chỉ kiểm tra, không lưu"), required=False)
