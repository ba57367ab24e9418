"""Scheduled articles go live at their time without cron: the jobs worker runs Wagtail's `publish_scheduled`
when it starts and every minute."""

import datetime

from django.utils import timezone
from wagtail.models import Revision

from chitieu.cms.models import NewsCategoryPage, NewsIndexPage
from chitieu.cms.services import add_article
from chitieu.jobs.periodic import run_periodic
from chitieu.cms.tests.conftest import commune_portal, communes, province_portal, quang_ninh  # noqa: F401 (fixtures)
from chitieu.places.tests.conftest import places, read_cached  # noqa: F401 (fixtures)


def test_the_worker_publishes_an_article_whose_time_has_come(commune_portal):  # noqa: F811
    category = NewsCategoryPage.objects.child_of(commune_portal.section(NewsIndexPage)).first()
    article = add_article(category, title="Tin hẹn giờ", lead="Sau.", paragraphs=["Nội dung."], publish=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    run_periodic()  # what the worker runs when it starts and every minute
    article.refresh_from_db()
    assert not article.live  # not before its time
    past = timezone.now() - datetime.timedelta(minutes=1)  # the hour has passed
    revision = Revision.objects.get(object_id=str(article.pk), approved_go_live_at__isnull=False)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    run_periodic()
    article.refresh_from_db()
    assert article.live
