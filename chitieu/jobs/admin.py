from django.contrib import admin

from chitieu.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "label", "name", "state", "done", "total", "created_by", "created_at", "finished_at"]
    list_filter = ["state", "name"]
    search_fields = ["label", "name", "message"]
    readonly_fields = [field.name for field in Job._meta.fields]

    def has_add_permission(self, request):
        return False  # jobs are started from the pages and commands that run them (chitieu.jobs.services.enqueue)
