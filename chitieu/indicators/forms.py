from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import InvalidValue, check_period, clean_issuer, convert_unit, to_decimal


class DataValueForm(forms.ModelForm):
    """A value as staff type it: in any unit the indicator accepts (`tỷ đồng`), converted on save."""

    value = forms.CharField(label=_("giá trị"), help_text=_("Số, dấu chấm hoặc phẩy thập phân: 29,577"))
    unit = forms.CharField(label=_("đơn vị"), required=False, help_text=_("tỷ đồng, triệu đồng, ha, %…; để trống: đơn vị chuẩn"))
    reason = forms.CharField(label=_("lý do sửa"), required=False, max_length=500,
                             help_text=_("Ghi vào lịch sử của số liệu"))
    # Set by the admin: the staff member, whose places bound the places a value may be entered for.
    user = None

    class Meta:
        model = DataValue
        fields = ["indicator", "place", "period", "modality", "issuer", "value", "unit", "note", "reason"]

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
        place = cleaned.get("place")
        if place is not None and self.user is not None:
            from chitieu.accounts.scopes import can_act

            if not can_act(self.user, place, "clerk"):
                self.add_error("place", _("Bạn không nhập số liệu cho địa bàn này (ngoài địa bàn được giao)."))
        indicator = cleaned.get("indicator") or (self.instance.indicator if self.instance.pk else None)
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
    approve = forms.BooleanField(
        label=_("Duyệt luôn"), required=False,
        help_text=_("Chỉ người duyệt của mọi địa bàn trong tệp; không đánh dấu: số liệu chờ duyệt"),
    )
