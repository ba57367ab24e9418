"""Wagtail's migrations make two groups ("Moderators", "Editors") and a "Moderators approval" workflow over
the whole page tree. chitieu's roles are its own (chitieu.accounts) and each unit portal gets its own editors'
group and review workflow (chitieu.cms.services.create_portal): Wagtail's defaults go, if nobody uses them."""

from django.db import migrations


def remove_defaults(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        if not WorkflowState.objects.filter(workflow=workflow).exists():
            workflow.delete()
    Task.objects.filter(name="Moderators approval", workflow_tasks__isnull=True).delete()
    for group in Group.objects.filter(name__in=["Moderators", "Editors"]):
        if not group.user_set.exists():
            group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
