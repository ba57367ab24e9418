from django.contrib import admin

from chitieu.documents.models import ArithmeticFlag, Claim, Document, ReviewDecision


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["text", "subject", "measure", "modality", "indicator", "place", "period", "link_status", "review_state"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "published_on", "place", "format", "ingested_at"]
    list_filter = ["category", "format"]
    search_fields = ["title", "source_url", "original_name"]
    date_hierarchy = "published_on"
    raw_id_fields = ["place", "ingested_by"]
    readonly_fields = ["content_hash", "format", "original_name", "ingested_at", "ingested_by"]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    # Review decisions go through the review screen (services), which records them: read-only here.
    list_display = ["text", "subject", "document", "indicator", "place", "period", "link_status", "review_state"]
    list_filter = ["review_state", "link_status", "measure", "modality"]
    search_fields = ["subject", "text"]
    raw_id_fields = ["document", "indicator", "place", "data_value"]

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ArithmeticFlag)
class ArithmeticFlagAdmin(admin.ModelAdmin):
    list_display = ["kind", "message", "document"]
    raw_id_fields = ["document", "claims"]


@admin.register(ReviewDecision)
class ReviewDecisionAdmin(admin.ModelAdmin):
    list_display = ["decided_at", "user", "action", "claim", "reason"]
    list_filter = ["action"]
    readonly_fields = ["claim", "user", "decided_at", "action", "reason", "replaced_value", "before", "after"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
