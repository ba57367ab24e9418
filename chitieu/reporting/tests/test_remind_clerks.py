"""`chitieu remind` e-mails each clerk the reports of their places due soon or overdue, one e-mail per clerk,
through Django's e-mail framework (the tests' outbox)."""

import datetime

from django.core import mail
from django.core.management import call_command

from chitieu.periods import Period
from chitieu.reporting.reminders import plan_reminders
from chitieu.reporting.services import submit_report
from chitieu.reporting.validation import RowInput


def with_email(user, address):
    user.email = address
    user.save()
    return user


def test_each_clerk_gets_one_email_listing_their_missing_reports(forms, cycle_places, dap_thanh_clerk, ba_che_clerk, capsys):
    with_email(dap_thanh_clerk, "dapthanh@example.vn")
    with_email(ba_che_clerk, "bache@example.vn")
    call_command("remind", "--today", "2020-03-16", "--ahead", "3", "--overdue-days", "0")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"dapthanh@example.vn", "bache@example.vn"}
    dap_thanh = by_address["dapthanh@example.vn"].body
    assert "Tháng 3/2020" in dap_thanh and "Xã Đạp Thanh — Huyện Ba Chẽ" in dap_thanh and "hạn nộp 17/03/2020" in dap_thanh
    assert "Thanh Sơn" not in dap_thanh  # Đạp Thanh's clerk is reminded of Đạp Thanh only
    # Thanh Sơn has no clerk of its own: the district's clerk is reminded of it, and of the district's report.
    ba_che = by_address["bache@example.vn"].body
    assert "Xã Thanh Sơn" in ba_che and "Huyện Ba Chẽ — Tỉnh Quảng Ninh" in ba_che and "Đạp Thanh" not in ba_che
    assert "đã gửi 2 e-mail" in capsys.readouterr().out


def test_a_submitted_report_is_not_reminded(forms, catalogue, cycle_places, dap_thanh_clerk):
    with_email(dap_thanh_clerk, "dapthanh@example.vn")
    submit_report(user=dap_thanh_clerk, form=forms["ktxh-thang"], place=cycle_places.dap_thanh, period=Period.parse("2020-03"),
                  rows=[RowInput(catalogue["forest_planted"], "12", "ha")])
    plan = plan_reminders(datetime.date(2020, 3, 16), ahead=3, overdue_days=0)
    items = [(i.form.code, str(i.period)) for i in plan.by_user[dap_thanh_clerk]]
    assert ("ktxh-thang", "2020-03") not in items and ("ntm-xa", "2020-01/2020-03") in items


def test_overdue_reports_are_marked_overdue(forms, cycle_places, dap_thanh_clerk):
    plan = plan_reminders(datetime.date(2020, 3, 25), ahead=0, overdue_days=10)
    [item] = [i for i in plan.by_user[dap_thanh_clerk] if i.form.code == "ktxh-thang"]
    assert item.overdue and "quá hạn từ 17/03/2020" in item.line()


def test_a_clerk_without_an_email_address_is_named_and_skipped(forms, cycle_places, dap_thanh_clerk, capsys):
    call_command("remind", "--today", "2020-03-16")
    assert not mail.outbox
    out = capsys.readouterr().out
    assert "bỏ qua can_bo_dap_thanh" in out and "1 cán bộ chưa có e-mail" in out


def test_a_dry_run_sends_nothing(forms, cycle_places, dap_thanh_clerk, capsys):
    with_email(dap_thanh_clerk, "dapthanh@example.vn")
    call_command("remind", "--today", "2020-03-16", "--dry-run")
    assert not mail.outbox and "sẽ gửi 1 e-mail" in capsys.readouterr().out
