from django import forms
from django.utils.translation import gettext_lazy as _

from chitieu.documents.models import Claim, Document
from chitieu.documents.services import MODALITIES

YES_NO = [("", _("Tất cả")), ("1", _("Có")), ("0", _("Không"))]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Nội dung"), required=False, widget=forms.TextInput(attrs={"type": "search", "placeholder": _("ví dụ: thu ngan sach")}))
    category = forms.ChoiceField(label=_("Loại"), required=False, choices=[("", _("Tất cả"))] + list(Document.Category.choices))
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("“Từ ngày” phải trước “Đến ngày”."))
        return data


class ReviewFilterForm(forms.Form):
    document = forms.IntegerField(label=_("Văn bản số"), required=False, min_value=1)
    state = forms.ChoiceField(label=_("Trạng thái"), required=False, choices=[("", _("Tất cả"))] + list(Claim.Review.choices))
    linked = forms.ChoiceField(label=_("Đã gắn chỉ tiêu"), required=False, choices=YES_NO)
    flagged = forms.ChoiceField(label=_("Có cảnh báo số học"), required=False, choices=YES_NO)
    conflict = forms.ChoiceField(label=_("Mâu thuẫn số liệu đã có"), required=False, choices=YES_NO)
    # The extractor's confidence, in percent as people read it (stored 0–1).
    confidence_min = forms.IntegerField(label=_("Độ tin cậy từ (%)"), required=False, min_value=0, max_value=100)
    confidence_max = forms.IntegerField(label=_("đến (%)"), required=False, min_value=0, max_value=100)
    order = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=[
        ("", _("Theo văn bản")), ("confidence", _("Độ tin cậy thấp trước")), ("-confidence", _("Độ tin cậy cao trước")),
    ])

    def filters(self):
        data = self.cleaned_data
        as_bool = {"": None, "1": True, "0": False}
        return {
            "document": data.get("document"),
            "state": data.get("state") or None,
            "linked": as_bool[data.get("linked") or ""],
            "flagged": as_bool[data.get("flagged") or ""],
            "conflict": as_bool[data.get("conflict") or ""],
            "confidence_min": None if data.get("confidence_min") is None else data["confidence_min"] / 100,
            "confidence_max": None if data.get("confidence_max") is None else data["confidence_max"] / 100,
            "order": data.get("order") or None,
        }


class AcceptForm(forms.Form):
    replace = forms.BooleanField(label=_("Thay số liệu đã có bằng số liệu này"), required=False)
    reason = forms.CharField(label=_("Ghi chú"), required=False, max_length=1000)


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Lý do loại"), max_length=1000, widget=forms.TextInput)


class CorrectForm(forms.Form):
    indicator = forms.ModelChoiceField(label=_("Chỉ tiêu"), queryset=None)
    place = forms.CharField(label=_("Địa bàn"), max_length=300, help_text=_("ví dụ: Huyện Ba Chẽ, Tỉnh Quảng Ninh"))
    period = forms.CharField(label=_("Kỳ"), max_length=40, help_text=_("2020, 2020-11, 2020-01/2020-09, 2020-09-15"))
    value = forms.FloatField(label=_("Giá trị (đơn vị chuẩn)"))
    modality = forms.ChoiceField(label=_("Loại số liệu"), choices=[(m, m) for m in MODALITIES])
    issuer = forms.CharField(label=_("Cấp giao"), required=False, max_length=100)
    reason = forms.CharField(label=_("Lý do sửa"), required=False, max_length=1000)
    replace = forms.BooleanField(label=_("Thay số liệu đã có bằng số liệu này"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from chitieu.indicators.models import DataValue, Indicator

        self.fields["indicator"].queryset = Indicator.objects.order_by("name_vi")
        self.fields["modality"].choices = DataValue.Modality.choices

    def clean_period(self):
        from chitieu.documents.mapping import parse_period

        period = parse_period(self.cleaned_data["period"].strip())
        if period is None:
            raise forms.ValidationError(_("Kỳ không hợp lệ (ví dụ: 2020, 2020-11, 2020-01/2020-09)"))
        self.period_end = period.end
        return str(period)

    def clean(self):
        # The place is looked up among the units that existed at the end of the period.
        from chitieu.places.lookup import resolve_place

        data = super().clean()
        if data.get("place") and data.get("period"):
            try:
                data["place"] = resolve_place(data["place"], on=self.period_end)
            except LookupError as error:
                self.add_error("place", str(error))
        return data

    @classmethod
    def for_claim(cls, claim):
        return cls(initial={
            "indicator": claim.indicator_id,
            "place": claim.place.path_name if claim.place_id else claim.place_label,
            "period": claim.period or claim.period_text,
            "value": claim.value,
            "modality": claim.modality,
            "issuer": claim.issuer,
        })


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Tệp (.txt, .html, .docx, .pdf)"))
    category = forms.ChoiceField(label=_("Loại"), choices=Document.Category.choices, initial=Document.Category.NEWS)
    place = forms.CharField(label=_("Địa bàn chính"), required=False, max_length=300, help_text=_("để trống: theo văn bản"))
    date = forms.DateField(label=_("Ngày đăng"), required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text=_("để trống: theo văn bản"))
    source_url = forms.URLField(label=_("Địa chỉ gốc"), required=False, max_length=1000, assume_scheme="https")

    def clean(self):
        from chitieu.documents.services import resolve_place_option

        data = super().clean()
        name = (data.get("place") or "").strip()
        data["place"] = None
        if name:
            try:
                data["place"] = resolve_place_option(name, on=data.get("date"))
            except LookupError as error:
                self.add_error("place", str(error))
        return data
