"""Dates as people type them, and the range every date must keep, wherever a date comes in.

A time typed into the date field is read (or refused), never dropped; 令和9年1月下旬 is a 下旬;
a date outside 2000–2100 is refused by the forms, the admin, the import, the service and the
database, so no stored row can break a page or a feed.
"""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from tenders.extractor.typed import TypedDue, TypedDueError, read_due
from tenders.models import Milestone, Notice
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import notice_create
from tests.conftest import tokyo
from tests.test_web_notices import CREATE, edit_post, notice_post, row
from tests.web_helpers import simple_notice

NOW = tokyo(2026, 12, 1, 9, 0)


# --- reading what was typed --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("令和8年4月15日（水）16時", TypedDue("datetime", dt.date(2026, 4, 15), dt.time(16, 0))),
        ("2027/1/20 16:00", TypedDue("datetime", dt.date(2027, 1, 20), dt.time(16, 0))),
        ("2027-01-20 16:30", TypedDue("datetime", dt.date(2027, 1, 20), dt.time(16, 30))),
        ("令和8年4月15日 午後4時30分必着", TypedDue("datetime", dt.date(2026, 4, 15), dt.time(16, 30))),
        ("令和9年1月下旬", TypedDue("late_month", dt.date(2027, 1, 1))),
        ("令和9年1月上旬（予定）", TypedDue("early_month", dt.date(2027, 1, 1))),
        ("2027年3月中旬", TypedDue("mid_month", dt.date(2027, 3, 1))),
        ("令和9年2月", TypedDue("month", dt.date(2027, 2, 1))),
        ("2027/2", TypedDue("month", dt.date(2027, 2, 1))),
        ("令和9年2月末", TypedDue("date", dt.date(2027, 2, 28))),
        ("R9.1.20", TypedDue("date", dt.date(2027, 1, 20))),
        ("Ｒ９．１．２０（水）", TypedDue("date", dt.date(2027, 1, 20))),
        ("2027/1/20", TypedDue("date", dt.date(2027, 1, 20))),
        ("2027/1/20 午後4時", TypedDue("datetime", dt.date(2027, 1, 20), dt.time(16, 0))),  # as notices write it
        ("2027/1/20 正午", TypedDue("datetime", dt.date(2027, 1, 20), dt.time(12, 0))),
        ("２０２７－０１－２０", TypedDue("date", dt.date(2027, 1, 20))),
    ],
)
def test_typed_dates_are_read_as_notices_write_them(typed, expected):
    assert read_due(typed) == expected
    assert read_due(expected.text()) == expected  # what the form shows back reads the same


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("令和9年1月下旬 16時", "unread_rest"),  # a 下旬 has no day to carry a time
        ("令和9年2月 16:00", "unread_rest"),
        ("令和8年4月15日 25時", "unread_rest"),  # a time that cannot be read is not dropped
        ("2027/1/20 25:00", "unread_rest"),
        ("令和8年4月15日（木）", "weekday_mismatch"),
        ("2027-02-30", "impossible_date"),
        ("1月20日", "no_year"),
        ("令和8年4月1日〜令和8年4月15日", "several_dates"),
        ("来週", "invalid"),
        ("R0.1.20", "era_year"),
    ],
)
def test_what_cannot_be_read_is_an_error_with_a_code_and_a_japanese_message(typed, code):
    with pytest.raises(TypedDueError) as error:
        read_due(typed)
    assert error.value.code == code
    assert "。" in error.value.message


# --- the notice form ---------------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("typed", "time", "precision", "due_at", "display"),
    [
        ("令和8年12月15日（火）16時", "", "datetime", tokyo(2026, 12, 15, 16, 0), "2026年12月15日（火）16:00"),
        ("2027/1/20 16:00", "", "datetime", tokyo(2027, 1, 20, 16, 0), "2027年1月20日（水）16:00"),
        ("2027/1/20 16:00", "16:00", "datetime", tokyo(2027, 1, 20, 16, 0), "2027年1月20日（水）16:00"),
        ("2027/1/20", "10:00", "datetime", tokyo(2027, 1, 20, 10, 0), "2027年1月20日（水）10:00"),
        ("R9.1.20", "", "date", None, "2027年1月20日（水）"),
        ("令和9年1月下旬", "", "late_month", None, "2027年1月下旬（予定）"),
        ("令和9年2月", "", "month", None, "2027年2月（予定）"),
    ],
)
def test_the_date_field_decides_the_precision_and_keeps_a_time(client, team, owner, typed, time, precision, due_at, display):
    client.force_login(owner)
    # The precision posted by an old page is not what decides: what is written is.
    response = client.post(CREATE, notice_post(team, owner, [row("submission", "提出期限", typed, time, precision="date")]))
    assert response.status_code == 302, response.context["editor"].errors()
    milestone = Milestone.objects.get()
    assert (milestone.precision, milestone.due_at, milestone.due_display()) == (precision, due_at, display)


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("typed", "time", "message"),
    [
        ("2027/1/20 16:00", "17:00", "日付欄の時刻（16:00）と時刻欄（17:00）が違います"),
        ("令和9年1月下旬", "16:00", "2027年1月下旬には日がないため時刻を付けられません"),
        ("令和9年1月下旬 16時", "", "「16時」が読めません"),
        ("2027/1/20 25時", "", "「25時」が読めません"),
        ("令和0年4月1日", "", "令和0年"),
        ("0001-01-01 00:30", "", "日付は2000-01-01から2100-12-31までです"),
        ("9999-12-31", "", "日付は2000-01-01から2100-12-31までです"),
    ],
)
def test_a_date_that_would_lose_its_time_or_leave_the_range_is_refused(client, team, owner, typed, time, message):
    client.force_login(owner)
    response = client.post(CREATE, notice_post(team, owner, [row("submission", "提出期限", typed, time)]))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Notice.objects.exists() and not Milestone.objects.exists()


@time_machine.travel(NOW, tick=False)
def test_the_edit_form_shows_a_fuzzy_date_as_written_and_keeps_it(client, team, owner):
    notice = simple_notice(
        team,
        owner,
        "案件",
        ("contract", "契約", "late_month", dt.date(2027, 1, 1), None),
        ("submission", "提出", "datetime", dt.date(2027, 1, 20), dt.time(16, 0)),
    )
    client.force_login(owner)
    url = reverse("tenders:notice_edit", args=[notice.pk])
    content = client.get(url).content.decode()
    assert 'value="2027年1月下旬"' in content and 'value="2027-01-20"' in content and 'value="16:00"' in content
    assert client.post(url, edit_post(notice)).status_code == 302
    assert sorted(notice.milestones.values_list("precision", flat=True)) == ["datetime", "late_month"]
    assert not notice.milestones.filter(changes__isnull=False).exists()


# --- the range, at every other entry ----------------------------------------------------------


def test_the_service_refuses_a_proposal_outside_the_range(team, owner):
    for day, time, precision in ((dt.date(1, 1, 1), dt.time(0, 30), "datetime"), (dt.date(9999, 12, 1), None, "late_month")):
        proposal = NoticeProposal(
            title="範囲外",
            milestones=(MilestoneProposal(kind="submission", label="提出", date=day, precision=precision, time=time),),
        )
        with pytest.raises(ValidationError) as error:
            notice_create(team=team, owner=owner, proposal=proposal)
        assert "2000-01-01" in " ".join(error.value.messages)
    assert not Notice.objects.exists()


def test_the_database_refuses_a_row_outside_the_range(team, owner):
    notice = simple_notice(team, owner, "案件", ("submission", "提出", "date", dt.date(2027, 1, 20), None))
    for day in (dt.date(1999, 12, 31), dt.date(2101, 1, 1)):
        with pytest.raises(IntegrityError), transaction.atomic():
            Milestone.objects.filter(notice=notice).update(starts_on=day, ends_on=day)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw"))
    return client


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_the_admin_refuses_a_date_outside_the_range(admin_client, team, owner, date):
    notice = simple_notice(team, owner, "案件", ("submission", "提出", "date", dt.date(2027, 1, 20), None))
    milestone = notice.milestones.get()
    response = admin_client.post(
        reverse("admin:tenders_milestone_change", args=[milestone.pk]),
        {
            "kind": "submission",
            "label": "提出",
            "precision": "datetime",
            "date": date,
            "time": "00:30",
            "changes-TOTAL_FORMS": "0",
            "changes-INITIAL_FORMS": "0",
            "change_reason": "テスト",
        },
    )
    assert response.status_code == 200 and "2000-01-01" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.starts_on == dt.date(2027, 1, 20)


@pytest.mark.parametrize(("month", "shown"), [("0001-01", "2000年1月"), ("9999-12", "2100年12月"), ("0-0", None)])
def test_the_month_view_stays_within_the_range(client, owner, month, shown):
    client.force_login(owner)
    response = client.get(reverse("tenders:month"), {"month": month})
    assert response.status_code == 200
    if shown:
        assert shown in response.content.decode()


# --- text and rows that are not the person's ---------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_typed_text_is_cleaned_of_nul_and_control_characters(client, team, owner):
    client.force_login(owner)
    data = notice_post(
        team,
        owner,
        [row("submission", "提出\x00期限\u2028", "2027/1/20", note="持参\x0b必着")],
        title="広報\x00業務\x1c委託",
        issuer="テスト市\x85",
        reference_number="第\x001号",
        notes="一行目\r\n二行目\x00",
    )
    assert client.post(CREATE, data).status_code == 302
    notice = Notice.objects.get()
    assert (notice.title, notice.issuer, notice.reference_number, notice.notes) == (
        "広報業務 委託",
        "テスト市",
        "第1号",
        "一行目\n二行目",
    )
    milestone = notice.milestones.get()
    assert (milestone.label, milestone.delivery_note) == ("提出期限", "持参 必着")


@time_machine.travel(NOW, tick=False)
def test_a_posted_row_id_of_another_teams_milestone_is_refused(client, team, owner, other_team, outsider):
    theirs = simple_notice(other_team, outsider, "他チーム", ("submission", "他の提出", "date", dt.date(2027, 1, 20), None))
    mine = simple_notice(team, owner, "自チーム", ("submission", "提出", "date", dt.date(2027, 1, 21), None))
    foreign = theirs.milestones.get()
    client.force_login(owner)
    for url, notice in ((reverse("tenders:notice_edit", args=[mine.pk]), mine), (CREATE, None)):
        data = edit_post(mine) if notice else notice_post(team, owner, [])
        total = int(data["milestones-TOTAL_FORMS"])
        data.update({f"milestones-{total}-{k}": v for k, v in row("submission", "乗っ取り", "2027/2/1").items()})
        data[f"milestones-{total}-id"] = foreign.pk
        data["milestones-TOTAL_FORMS"] = data["milestones-INITIAL_FORMS"] = total + 1
        response = client.post(url, data)
        assert response.status_code == 200
        assert "この案件の日程ではないもの" in response.content.decode()
    assert Milestone.objects.count() == 2 and not Milestone.objects.filter(label="乗っ取り").exists()
    foreign.refresh_from_db()
    assert (foreign.label, foreign.notice) == ("他の提出", theirs)


def test_the_migration_removes_stored_rows_outside_the_range_so_the_constraint_holds(transactional_db, capsys):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("tenders")
    executor.migrate([("tenders", "0006_team_actionable_kinds")])
    old = MigrationExecutor(connection).loader.project_state([("tenders", "0006_team_actionable_kinds")]).apps
    team = old.get_model("tenders", "Team").objects.create(name="旧データ")
    user = old.get_model("auth", "User").objects.create(username="old@example.jp")
    notice = old.get_model("tenders", "Notice").objects.create(team=team, owner=user, title="旧案件")
    Milestone = old.get_model("tenders", "Milestone")
    for label, day in (("正しい", dt.date(2027, 1, 20)), ("1年", dt.date(1, 1, 1)), ("9999年", dt.date(9999, 12, 31))):
        Milestone.objects.create(notice=notice, label=label, precision="date", starts_on=day, ends_on=day)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    try:
        executor.migrate(latest)
        assert list(Milestone.objects.values_list("label", flat=True)) == ["正しい"]
        assert "日付が範囲外の日程を削除しました: 案件" in capsys.readouterr().out
    finally:  # every app back to its newest (going back in the core took back the apps that depend on it)
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
