"""New Rural Development (nông thôn mới, NTM) criteria sets and the assessments made against them.

A set (bộ tiêu chí) holds criteria (tiêu chí), each holding indicators (chỉ tiêu) with a threshold
that may differ by region. Sets are data: they are loaded from YAML files in `data/sets/`, each
citing its source and saying what was verified. Where a set's content is not known (a province's
own set of which only the counts are reported), the set declares its counts and assessments record
counts met instead of indicator values.

Whether a criterion or a unit is met is computed by `chitieu.criteria.rules` and
`chitieu.criteria.boards`; only the assessor's inputs (values, yes/no, counts) are stored, plus the
indicator-level `met` written by the service that applies the rule at recording time.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Verification(models.TextChoices):
    VERIFIED = "verified", _("Đã kiểm chứng")
    PARTIAL = "partial", _("Kiểm chứng một phần")
    NAME_ONLY = "name_only", _("Chỉ kiểm chứng tên")
    UNVERIFIED = "unverified", _("Chưa kiểm chứng")


class Region(models.TextChoices):
    """The seven regions of Quyết định 1980/QĐ-TTg and 318/QĐ-TTg."""

    TDMNPB = "TDMNPB", _("Trung du và miền núi phía Bắc")
    DBSH = "DBSH", _("Đồng bằng sông Hồng")
    BTB = "BTB", _("Bắc Trung Bộ")
    DHNTB = "DHNTB", _("Duyên hải Nam Trung Bộ")
    TN = "TN", _("Tây Nguyên")
    DNB = "DNB", _("Đông Nam Bộ")
    DBSCL = "DBSCL", _("Đồng bằng sông Cửu Long")


class Comparison(models.TextChoices):
    AT_LEAST = ">=", _("≥ (từ … trở lên)")
    AT_MOST = "<=", _("≤ (không quá …)")
    EQUAL = "=", _("= (bằng)")
    YES = "dat", _("Đạt / không đạt")
    NONE_LEFT = "none", _("Không còn")


class CriteriaSet(models.Model):
    class Level(models.TextChoices):
        COMMUNE = "commune", _("Xã nông thôn mới")
        COMMUNE_ADVANCED = "commune_advanced", _("Xã nông thôn mới nâng cao")
        COMMUNE_MODEL = "commune_model", _("Xã nông thôn mới kiểu mẫu")
        DISTRICT = "district", _("Huyện nông thôn mới")
        DISTRICT_ADVANCED = "district_advanced", _("Huyện nông thôn mới nâng cao")
        PROVINCE = "province", _("Tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới")

    class RegionScheme(models.TextChoices):
        NONE = "none", _("Một ngưỡng chung")
        REGIONS = "regions_7", _("Ngưỡng theo 7 vùng")
        COMMUNE_GROUPS = "commune_groups", _("Ngưỡng theo nhóm xã")

    code = models.SlugField(_("mã"), max_length=80, unique=True)
    name = models.CharField(_("tên"), max_length=300)
    level = models.CharField(_("cấp"), max_length=20, choices=Level.choices)
    legal_basis = models.CharField(_("căn cứ pháp lý"), max_length=300)
    legal_documents = models.JSONField(_("văn bản liên quan"), default=list, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    signed_on = models.DateField(_("ngày ký"), null=True, blank=True)
    effective_on = models.DateField(_("ngày hiệu lực"), null=True, blank=True)
    valid_from = models.DateField(_("áp dụng từ"), null=True, blank=True)
    valid_to = models.DateField(_("áp dụng đến"), null=True, blank=True)
    validity_note = models.TextField(_("ghi chú hiệu lực"), blank=True)
    # A province's own set: where it applies, and the national set it is derived from.
    jurisdiction = models.ForeignKey(
        "places.Place", verbose_name=_("địa bàn áp dụng"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    jurisdiction_name = models.CharField(_("tên địa bàn áp dụng"), max_length=150, blank=True)
    derived_from = models.ForeignKey(
        "self", verbose_name=_("xây dựng trên cơ sở bộ"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="derived_sets",
    )
    region_scheme = models.CharField(_("cách chia vùng"), max_length=20, choices=RegionScheme.choices, default=RegionScheme.NONE)
    recognition_conditions = models.TextField(_("điều kiện công nhận"), blank=True)
    recognition_verification = models.CharField(
        _("kiểm chứng điều kiện công nhận"), max_length=12, choices=Verification.choices, default=Verification.UNVERIFIED
    )
    # Counts as stated by the legal text or the press, for sets whose content is not (fully) in the data.
    declared_criteria_count = models.PositiveSmallIntegerField(_("số tiêu chí công bố"), null=True, blank=True)
    declared_criteria_count_verified = models.BooleanField(_("số tiêu chí đã kiểm chứng"), default=False)
    declared_indicator_count = models.PositiveSmallIntegerField(_("số chỉ tiêu công bố"), null=True, blank=True)
    declared_indicator_count_verified = models.BooleanField(_("số chỉ tiêu đã kiểm chứng"), default=False)
    counts_note = models.TextField(_("ghi chú về số tiêu chí, chỉ tiêu"), blank=True)
    sources = models.JSONField(_("nguồn"), default=list, blank=True)
    completeness = models.TextField(_("mức đầy đủ của dữ liệu"), blank=True)
    source_file = models.CharField(_("tệp dữ liệu"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("bộ tiêu chí")
        verbose_name_plural = _("bộ tiêu chí")
        ordering = ["level", "-valid_from", "code"]

    def __str__(self):
        return self.name

    def applies_on(self, day):
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    @property
    def content_known(self):
        """True when the criteria themselves are in the data (not only declared counts)."""
        return self.criteria.exists()


class SetCondition(models.Model):
    """A recognition condition beyond the criteria (no XDCB debt, resident satisfaction, 100% of communes NTM…)."""

    class Kind(models.TextChoices):
        ASSESSED = "assessed", _("Đánh giá trực tiếp")
        COMMUNES_SHARE = "communes_share", _("Tính từ kết quả các xã")
        OWN_CRITERIA = "own_criteria", _("Đạt các tiêu chí của bộ")

    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="conditions", verbose_name=_("bộ tiêu chí"))
    code = models.CharField(_("mã"), max_length=20)
    text = models.TextField(_("nội dung"))
    kind = models.CharField(_("cách xác định"), max_length=20, choices=Kind.choices, default=Kind.ASSESSED)
    # For COMMUNES_SHARE: the level of commune set whose standard the communes must reach.
    communes_level = models.CharField(_("cấp bộ tiêu chí của xã"), max_length=20, choices=CriteriaSet.Level.choices, blank=True)
    comparison = models.CharField(_("so sánh"), max_length=4, choices=Comparison.choices, default=Comparison.YES)
    threshold = models.DecimalField(_("ngưỡng"), max_digits=12, decimal_places=3, null=True, blank=True)
    unit = models.CharField(_("đơn vị"), max_length=40, blank=True)
    verification = models.CharField(_("kiểm chứng"), max_length=12, choices=Verification.choices, default=Verification.UNVERIFIED)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("điều kiện công nhận")
        verbose_name_plural = _("điều kiện công nhận")
        ordering = ["criteria_set", "position"]
        constraints = [models.UniqueConstraint(fields=["criteria_set", "code"], name="unique_condition_code_per_set")]

    def __str__(self):
        return f"{self.code}. {self.text[:80]}"


class Criterion(models.Model):
    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("bộ tiêu chí"))
    number = models.PositiveSmallIntegerField(_("số thứ tự"))
    name = models.CharField(_("tên tiêu chí"), max_length=200)
    name_verified = models.BooleanField(_("tên đã kiểm chứng"), default=False)
    group_code = models.CharField(_("mã nhóm"), max_length=40, blank=True)
    group_name = models.CharField(_("nhóm"), max_length=120, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("tiêu chí")
        verbose_name_plural = _("tiêu chí")
        ordering = ["criteria_set", "number"]
        constraints = [models.UniqueConstraint(fields=["criteria_set", "number"], name="unique_criterion_number_per_set")]

    def __str__(self):
        return f"{self.number}. {self.name}"


class CriterionIndicator(models.Model):
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("tiêu chí"))
    code = models.CharField(_("mã"), max_length=20)
    name = models.CharField(_("tên chỉ tiêu"), max_length=400)
    unit = models.CharField(_("đơn vị"), max_length=40, blank=True)
    comparison = models.CharField(_("so sánh"), max_length=4, choices=Comparison.choices)
    # The "chỉ tiêu chung" value; by_region maps a region code to its value (number, text or null = not found).
    threshold_national = models.DecimalField(_("ngưỡng chung"), max_digits=14, decimal_places=3, null=True, blank=True)
    threshold_text = models.CharField(_("ngưỡng (diễn giải)"), max_length=400, blank=True)
    threshold_by_region = models.JSONField(_("ngưỡng theo vùng"), default=dict, blank=True)
    reference_year = models.PositiveSmallIntegerField(_("năm áp dụng ngưỡng"), null=True, blank=True)
    verification = models.CharField(_("kiểm chứng"), max_length=12, choices=Verification.choices, default=Verification.UNVERIFIED)
    sources = models.JSONField(_("nguồn"), default=list, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    # Code of a catalogue indicator (chitieu.indicators) measuring the same thing, e.g. poverty rate.
    catalogue_code = models.CharField(_("mã chỉ tiêu trong danh mục"), max_length=80, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("chỉ tiêu của tiêu chí")
        verbose_name_plural = _("chỉ tiêu của tiêu chí")
        ordering = ["criterion__criteria_set", "criterion__number", "position"]
        constraints = [models.UniqueConstraint(fields=["criterion", "code"], name="unique_indicator_code_per_criterion")]

    def __str__(self):
        return f"{self.code}. {self.name}"

    @property
    def is_yes_no(self):
        return self.comparison in (Comparison.YES, Comparison.NONE_LEFT)


class PlaceRegion(models.Model):
    """Which region's thresholds apply to a unit (and, through the hierarchy, to the units below it)."""

    place = models.ForeignKey("places.Place", on_delete=models.CASCADE, related_name="ntm_regions", verbose_name=_("địa bàn"))
    scheme = models.CharField(_("cách chia vùng"), max_length=20, choices=CriteriaSet.RegionScheme.choices, default=CriteriaSet.RegionScheme.REGIONS)
    region = models.CharField(_("vùng"), max_length=10, choices=Region.choices)
    verified = models.BooleanField(_("đã kiểm chứng"), default=False)
    source = models.CharField(_("nguồn"), max_length=300, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("vùng áp dụng ngưỡng")
        verbose_name_plural = _("vùng áp dụng ngưỡng")
        constraints = [models.UniqueConstraint(fields=["place", "scheme"], name="one_region_per_place_and_scheme")]

    def __str__(self):
        return f"{self.place} → {self.get_region_display()}"


class Assessment(models.Model):
    """One unit, one set, one date: what was found, by whom, on what evidence."""

    class Kind(models.TextChoices):
        INDICATORS = "indicators", _("Theo từng chỉ tiêu")
        COUNTS = "counts", _("Chỉ số tiêu chí, chỉ tiêu đạt")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        APPROVED = "approved", _("Đã duyệt")

    place = models.ForeignKey("places.Place", on_delete=models.PROTECT, related_name="ntm_assessments", verbose_name=_("địa bàn"))
    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("bộ tiêu chí"))
    assessed_on = models.DateField(_("ngày đánh giá"))
    kind = models.CharField(_("hình thức"), max_length=12, choices=Kind.choices, default=Kind.INDICATORS)
    # Only for COUNTS assessments with no per-criterion rows: the reported totals.
    criteria_met_count = models.PositiveSmallIntegerField(_("số tiêu chí đạt"), null=True, blank=True)
    indicators_met_count = models.PositiveSmallIntegerField(_("số chỉ tiêu đạt"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người đánh giá"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recognition_decision = models.CharField(_("quyết định công nhận"), max_length=200, blank=True)
    evidence = models.JSONField(_("căn cứ"), default=dict, blank=True, help_text=_("Văn bản, nhận định, tệp nhập…"))
    note = models.TextField(_("ghi chú"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)

    class Meta:
        verbose_name = _("đánh giá tiêu chí")
        verbose_name_plural = _("đánh giá tiêu chí")
        ordering = ["place", "criteria_set", "-assessed_on"]
        constraints = [
            models.UniqueConstraint(fields=["place", "criteria_set", "assessed_on"], name="one_assessment_per_place_set_date"),
        ]
        indexes = [models.Index(fields=["criteria_set", "place", "assessed_on"])]

    def __str__(self):
        return f"{self.place} · {self.criteria_set.code} · {self.assessed_on:%d/%m/%Y}"


class IndicatorAssessment(models.Model):
    class ThresholdBasis(models.TextChoices):
        REGION = "region", _("Ngưỡng của vùng")
        NATIONAL = "national", _("Ngưỡng chung")
        NATIONAL_FALLBACK = "national_fallback", _("Ngưỡng chung (chưa có ngưỡng của vùng)")
        JUDGEMENT = "judgement", _("Đánh giá của người đánh giá (chưa có ngưỡng trong dữ liệu)")
        YES_NO = "yes_no", _("Đạt / không đạt")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="indicator_results", verbose_name=_("đánh giá"))
    indicator = models.ForeignKey(CriterionIndicator, on_delete=models.PROTECT, related_name="results", verbose_name=_("chỉ tiêu"))
    value = models.DecimalField(_("giá trị"), max_digits=20, decimal_places=4, null=True, blank=True)
    passed = models.BooleanField(_("đạt (theo người đánh giá)"), null=True, blank=True)
    met = models.BooleanField(_("đạt"))
    threshold_used = models.DecimalField(_("ngưỡng áp dụng"), max_digits=14, decimal_places=3, null=True, blank=True)
    threshold_basis = models.CharField(_("căn cứ ngưỡng"), max_length=20, choices=ThresholdBasis.choices)
    data_value = models.ForeignKey(
        "indicators.DataValue", verbose_name=_("số liệu"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    evidence = models.JSONField(_("căn cứ"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("kết quả chỉ tiêu")
        verbose_name_plural = _("kết quả chỉ tiêu")
        constraints = [models.UniqueConstraint(fields=["assessment", "indicator"], name="one_result_per_indicator")]

    def __str__(self):
        return f"{self.indicator.code}: {'đạt' if self.met else 'chưa đạt'}"


class CriterionAssessment(models.Model):
    """A criterion judged as a whole: when the set holds no indicators for it, or for count-only assessments."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="criterion_results", verbose_name=_("đánh giá"))
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="results", verbose_name=_("tiêu chí"))
    met = models.BooleanField(_("đạt"))
    indicators_met = models.PositiveSmallIntegerField(_("số chỉ tiêu đạt"), null=True, blank=True)
    indicators_total = models.PositiveSmallIntegerField(_("tổng số chỉ tiêu"), null=True, blank=True)
    evidence = models.JSONField(_("căn cứ"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("kết quả tiêu chí")
        verbose_name_plural = _("kết quả tiêu chí")
        constraints = [models.UniqueConstraint(fields=["assessment", "criterion"], name="one_result_per_criterion")]

    def __str__(self):
        return f"{self.criterion}: {'đạt' if self.met else 'chưa đạt'}"


class ConditionAssessment(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="condition_results", verbose_name=_("đánh giá"))
    condition = models.ForeignKey(SetCondition, on_delete=models.PROTECT, related_name="results", verbose_name=_("điều kiện"))
    value = models.DecimalField(_("giá trị"), max_digits=14, decimal_places=3, null=True, blank=True)
    met = models.BooleanField(_("đạt"))
    evidence = models.JSONField(_("căn cứ"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("kết quả điều kiện")
        verbose_name_plural = _("kết quả điều kiện")
        constraints = [models.UniqueConstraint(fields=["assessment", "condition"], name="one_result_per_condition")]


class NtmTarget(models.Model):
    """A target such as "7/7 xã đạt chuẩn NTM trong năm 2020": progress is computed from the assessments."""

    place = models.ForeignKey("places.Place", on_delete=models.PROTECT, related_name="ntm_targets", verbose_name=_("địa bàn"))
    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.PROTECT, related_name="targets", verbose_name=_("bộ tiêu chí"))
    target_count = models.PositiveSmallIntegerField(_("số xã đạt chuẩn"), null=True, blank=True)
    target_share = models.DecimalField(_("tỷ lệ xã đạt chuẩn (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    out_of = models.PositiveSmallIntegerField(_("trên tổng số xã (theo văn bản)"), null=True, blank=True)
    deadline = models.DateField(_("thời hạn"))
    issuer = models.CharField(_("cấp đặt mục tiêu"), max_length=100, blank=True)
    evidence = models.JSONField(_("căn cứ"), default=dict, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("mục tiêu nông thôn mới")
        verbose_name_plural = _("mục tiêu nông thôn mới")
        ordering = ["place", "deadline"]
        constraints = [
            models.UniqueConstraint(fields=["place", "criteria_set", "deadline", "issuer"], name="one_ntm_target_per_key"),
            models.CheckConstraint(
                condition=models.Q(target_count__isnull=False) | models.Q(target_share__isnull=False), name="ntm_target_has_a_figure"
            ),
        ]

    def __str__(self):
        figure = f"{self.target_count}" if self.target_count is not None else f"{self.target_share}%"
        return f"{self.place}: {figure} xã đạt {self.criteria_set.code} đến {self.deadline:%d/%m/%Y}"
