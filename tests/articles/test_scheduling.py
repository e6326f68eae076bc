"""Scheduled publishing: the scheduler (kennisbank/management/commands/run_scheduler.py) runs Wagtail's
publish_scheduled, and a scheduled article's publication date follows its go-live date."""

import datetime
import logging
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from kennisbank.management.commands import run_scheduler
from tests.factories import ArticlePageFactory


def scheduled_article(site_tree, go_live_at, **fields):
    article = ArticlePageFactory(parent=site_tree.article_index, live=False, **fields)
    article.go_live_at = go_live_at
    article.save_revision().publish()  # with a go-live time in the future, Wagtail only schedules it
    article.refresh_from_db()
    return article


def go_live_time_passes(article):
    """Moves the scheduled revision's go-live time to a minute ago, as if the clock had moved."""
    revision = Revision.objects.get(object_id=str(article.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()


def test_a_page_whose_go_live_time_has_passed_goes_live(site_tree, client):
    go_live = timezone.now() + datetime.timedelta(hours=1)
    article = scheduled_article(site_tree, go_live)
    assert not article.live
    call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert not article.live  # its time has not come
    go_live_time_passes(article)
    call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_a_page_whose_expiry_time_has_passed_goes_offline(site_tree, client):
    article = ArticlePageFactory(parent=site_tree.article_index)
    article.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save_revision().publish()
    assert client.get(article.url).status_code == 200
    call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert not article.live and article.expired
    assert client.get(article.url).status_code == 404


def test_a_failing_job_does_not_stop_the_others(site_tree, caplog):
    article = ArticlePageFactory(parent=site_tree.article_index)
    article.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save_revision().publish()
    with caplog.at_level(logging.ERROR):
        run_scheduler.run_jobs(["no_such_command", "publish_scheduled"])
    assert "Scheduled job no_such_command failed" in caplog.text
    article.refresh_from_db()
    assert not article.live


def test_the_scheduler_runs_the_jobs_every_interval(monkeypatch, db):
    runs, sleeps = [], []

    class Stop(Exception):
        pass

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 3:
            raise Stop

    # The command's own clock, not the global one: a stalled machine cannot change what is asserted.
    clock = SimpleNamespace(monotonic=lambda: 100.0, sleep=sleep)
    monkeypatch.setattr(run_scheduler, "run_jobs", lambda: runs.append(1))
    monkeypatch.setattr(run_scheduler, "time", clock)
    with pytest.raises(Stop):
        call_command("run_scheduler", "--interval", "60")
    assert len(runs) == 3
    assert sleeps == [60, 60, 60]


def test_publication_date_follows_a_later_go_live_date(site_tree):
    go_live = timezone.now() + datetime.timedelta(days=10)
    article = scheduled_article(site_tree, go_live, publication_date=datetime.date(2026, 1, 5))
    revision = article.latest_revision.as_object()
    assert revision.publication_date == timezone.localdate(go_live)
    go_live_time_passes(article)
    call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert article.live
    assert article.publication_date == timezone.localdate(go_live)


def test_a_chosen_publication_date_after_go_live_stays(site_tree):
    go_live = timezone.now() + datetime.timedelta(days=1)
    chosen = timezone.localdate() + datetime.timedelta(days=30)
    article = scheduled_article(site_tree, go_live, publication_date=chosen)
    assert article.latest_revision.as_object().publication_date == chosen


def test_without_go_live_the_publication_date_is_the_editors(site_tree):
    article = ArticlePageFactory(parent=site_tree.article_index, publication_date=datetime.date(2026, 1, 5))
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == datetime.date(2026, 1, 5)
