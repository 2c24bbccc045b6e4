"""Import of 案件管理表 sheets written here as teams write them, and of broken ones: each row's problems
named per cell, and nothing half-saved."""

import datetime as dt
import io
import zipfile
from io import StringIO

import pytest
import xlsxwriter
from django.core.management import CommandError, call_command

from tenders.models import Milestone, Notice, Team
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import notice_create, team_join
from tenders.spreadsheets.reading import MAX_BYTES, SheetError, read_workbook
from tenders.spreadsheets.rows import ImportRefused, plan_import, save_plan
from tests.conftest import tokyo
from tests.spreadsheets.sheets import xlsx_bytes


def plan_of(data, team, owner, name="案件管理表.xlsx", **kwargs):
    return plan_import(read_workbook(name, data), team, owner, **kwargs)


def dues(notice):
    return [(m.kind, m.label, m.precision, m.starts_on, m.due_time) for m in notice.milestones.order_by("starts_on", "pk")]


def test_a_real_looking_sheet_with_title_row_merged_headers_and_second_header_row(team, owner, teammate):
    rows = [
        ["令和8年度 案件管理表"],
        ["案件名", "発注者", "担当", "日程", None, None, None, "状況"],
        [None, None, None, "質問期限", "参加申込期限", "提出期限", "ヒアリング", None],
        ["市民課窓口業務委託", "桑名市", "鈴木 二郎", "令和8年4月15日 16時", 46135, "2026/4/24 17:00", "5月下旬", "参加"],
        [None, None, None, None, None, None, None, None],  # a blank row
        ["観光PR業務", "四日市市", "owner@example.jp", "未定", "R8.5.1", "令和8年6月下旬", "", "検討中"],
    ]
    data = xlsx_bytes(rows, merges=["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"], formats={"E4": "yyyy/m/d"})
    plan = plan_of(data, team, owner)
    assert plan.table.headers[3] == "日程\n質問期限"
    assert plan.fields == [
        "title",
        "issuer",
        "owner",
        "kind:question",
        "kind:application",
        "kind:submission",
        "kind:hearing",
        "status",
    ]
    first, second = plan.rows
    assert (first.number, second.number) == (4, 6)
    # 5月下旬 has no year: named, not guessed
    assert [(p.column, p.value) for p in first.problems] == [("日程 ヒアリング", "5月下旬")]
    assert "年も書いてください" in first.problems[0].message
    assert second.ok, second.problems
    assert first.owner == teammate and second.owner == owner

    with pytest.raises(ImportRefused):
        save_plan(plan, team=team)
    assert Notice.objects.count() == 0  # nothing half-saved

    (saved,) = save_plan(plan, team=team, skip_bad_rows=True)
    assert saved.title == "観光PR業務" and saved.status == "watching"
    assert dues(saved) == [
        ("application", "参加申込期限", "date", dt.date(2026, 5, 1), None),
        ("submission", "提出期限", "late_month", dt.date(2026, 6, 21), None),
    ]


def test_serial_dates_times_and_datetimes(team, owner):
    rows = [
        ["件名", "発注機関", "質問期限", "提出期限", "公告日", "契約"],
        ["業務A", "A市", dt.datetime(2026, 4, 15, 16, 30), 46136.5, dt.date(2026, 4, 1), "2026年7月"],
    ]
    plan = plan_of(xlsx_bytes(rows, formats={"D2": "yyyy/mm/dd hh:mm"}), team, owner)
    (row,) = plan.rows
    assert row.ok, row.problems
    (notice,) = save_plan(plan, team=team)
    assert dues(notice) == [
        ("published", "公告日", "date", dt.date(2026, 4, 1), None),
        ("question", "質問期限", "datetime", dt.date(2026, 4, 15), dt.time(16, 30)),
        ("submission", "提出期限", "datetime", dt.date(2026, 4, 24), dt.time(12, 0)),
        ("contract", "契約", "month", dt.date(2026, 7, 1), None),
    ]
    assert notice.milestones.get(kind="question").due_at == tokyo(2026, 4, 15, 16, 30)


def test_problems_are_named_per_row_and_cell(team, owner):
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="既存の案件", issuer="A市"))
    rows = [
        ["案件名", "発注機関", "担当", "提出期限", "質問期限", "予算"],
        ["業務1", "A市", "nobody@example.jp", "2026/2/30", "令和99年1月5日", "たくさん"],
        ["既存の案件", "A市", "", "", "", ""],
        ["業務2", "B市", "", "", "", "1,200万円"],
        ["業務2", "B市", "", "", "", ""],
    ]
    plan = plan_of(xlsx_bytes(rows), team, owner)
    messages = {row.number: [str(p) for p in row.problems] for row in plan.rows}
    assert any("「担当」（nobody@example.jp）: チームにいない担当者" in m for m in messages[2])
    assert any("「提出期限」（2026/2/30）" in m and "ありません" in m for m in messages[2])
    assert any("「質問期限」（令和99年1月5日）" in m for m in messages[2])
    assert any("「予算」（たくさん）: 金額として読めません" in m for m in messages[2])
    assert any("チームにすでにある案件と同じです" in m for m in messages[3])
    assert messages[4] == []
    assert any("4行目と同じ案件です" in m for m in messages[5])
    assert plan.rows[2].proposal.budget_ceiling == 12_000_000


def test_csv_in_shift_jis_and_utf8(team, owner):
    text = "案件名,発注者,提出期限\r\n道路清掃業務,津市,令和8年5月20日（水）\r\n"
    for data in (text.encode("cp932"), text.encode("utf-8"), "\ufeff".encode() + text.encode("utf-8")):
        (row,) = plan_of(data, team, owner, name="list.csv").rows
        assert row.ok and row.proposal.issuer == "津市"
        assert row.proposal.milestones[0].date == dt.date(2026, 5, 20)


def test_wrong_weekday_is_a_problem(team, owner):
    data = "案件名,提出期限\r\n業務,令和8年5月20日（木）\r\n".encode()
    (row,) = plan_of(data, team, owner, name="list.csv").rows
    assert "水曜日" in row.problems[0].message


def test_formula_gives_its_cached_value_never_evaluated(team, owner):
    """=TODAY() saved by Excel on 2026/5/20 reads as 2026/5/20, whatever day it is read on."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer)
    sheet = book.add_worksheet("案件")
    day = book.add_format({"num_format": "yyyy/mm/dd"})
    sheet.write_row(0, 0, ["案件名", "発注機関", "提出期限", "質問期限"])
    sheet.write_row(1, 0, ["業務", "A市"])
    sheet.write_formula(1, 2, "=TODAY()", day, 46162)  # the value Excel cached: 2026-05-20
    sheet.write_formula(1, 3, '=IF(TRUE,"令和8年5月1日","")', None, "令和8年5月1日")
    book.close()
    (row,) = plan_of(buffer.getvalue(), team, owner).rows
    assert row.ok, row.problems
    assert [(m.kind, m.date) for m in row.proposal.milestones] == [
        ("submission", dt.date(2026, 5, 20)),
        ("question", dt.date(2026, 5, 1)),
    ]


def macro_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes([["案件名", "発注機関"], ["a", "b"]]))) as source:
        with zipfile.ZipFile(buffer, "w") as target:
            for item in source.infolist():
                target.writestr(item, source.read(item))
            target.writestr("xl/vbaProject.bin", b"\x00" * 100)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("list.xlsm", xlsx_bytes([["案件名", "発注機関"]]), "マクロを含むブック"),
        ("list.xlsx", macro_workbook(), "マクロを含むブック"),
        ("list.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "パスワードで保護されたブック"),
        ("list.xlsx", b"PK\x03\x04 broken", "Excel ブックとして読めません"),
        ("list.xlsx", b"x" * (MAX_BYTES + 1), "ファイルが大きすぎます"),
        ("list.csv", b"\x82", "文字コードを判別できません"),
        ("list.pdf", b"%PDF-1.4", ".pdf のファイルは取り込めません"),
    ],
)
def test_broken_files_are_refused_with_a_message(name, data, message):
    with pytest.raises(SheetError, match=message):
        read_workbook(name, data)


def test_a_sheet_without_headers_is_refused(team, owner):
    with pytest.raises(SheetError, match="見出しの行が見つかりません"):
        plan_of(xlsx_bytes([["a", "b"], [1, 2]]), team, owner)


def test_round_trip_export_then_import_into_an_empty_team(team, owner, teammate, tmp_path):
    """The issue's “done when”: export a team's list, edit nothing, import into an empty team."""
    proposals = [
        NoticeProposal(
            title="市民課窓口業務委託",
            issuer="桑名市",
            reference_number="R8-1",
            budget_ceiling=9_900_000,
            status="go",
            method="planning_competition",
            notes="一行目\n二行目",
            milestones=(
                MilestoneProposal(kind="published", label="公告", date=dt.date(2026, 4, 1), precision="date"),
                MilestoneProposal(
                    kind="question", label="質問受付期限", date=dt.date(2026, 4, 15), precision="datetime", time=dt.time(16, 30)
                ),
                MilestoneProposal(
                    kind="submission", label="参加表明書", date=dt.date(2026, 4, 20), precision="datetime", time=dt.time(0, 0)
                ),
                MilestoneProposal(
                    kind="submission", label="企画提案書", date=dt.date(2026, 4, 24), precision="date", note="持参"
                ),
                MilestoneProposal(kind="hearing", label="プレゼン", date=dt.date(2026, 5, 1), precision="mid_month"),
                MilestoneProposal(kind="contract", label="契約締結", date=dt.date(2026, 5, 1), precision="late_month"),
                MilestoneProposal(kind="other", label="社内審査", date=dt.date(2026, 6, 1), precision="month"),
            ),
        ),
        NoticeProposal(title="=SUM(A1)案件", issuer="", milestones=()),
    ]
    first = notice_create(team=team, owner=owner, proposal=proposals[0], assignees=[teammate])
    notice_create(team=team, owner=teammate, proposal=proposals[1])
    from tenders.services import milestone_mark_done

    milestone_mark_done(milestone=first.milestones.get(label="公告"))

    path = tmp_path / "営業一課.xlsx"
    call_command("export_notices", "--format", "xlsx", "--team", team.name, "--output", str(path), stdout=StringIO())
    empty = Team.objects.create(name="営業三課")
    team_join(team=empty, user=owner)
    team_join(team=empty, user=teammate)
    out = StringIO()
    call_command("import_notice", str(path), "--team", "営業三課", "--owner", owner.email, stdout=out, stderr=StringIO())
    assert "日程は「日程」シートから読みます" in out.getvalue()

    def shape(notice):
        return (
            notice.title,
            notice.issuer,
            notice.reference_number,
            notice.budget_ceiling,
            notice.status,
            notice.method,
            notice.notes,
            notice.owner.email,
            sorted(u.email for u in notice.assignees.all()),
            [
                (m.kind, m.label, m.precision, m.starts_on, m.ends_on, m.due_at, m.delivery_note, m.done_at is not None)
                for m in notice.milestones.order_by("starts_on", "pk")
            ],
        )

    before = sorted(shape(n) for n in Notice.objects.filter(team=team))
    after = sorted(shape(n) for n in Notice.objects.filter(team=empty))
    assert after == before
    assert len(before[1][-1]) == 7


def test_import_command_refuses_a_sheet_with_a_bad_row_and_saves_nothing(team, owner, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(xlsx_bytes([["案件名", "提出期限"], ["良い案件", "2026/5/20"], ["悪い案件", "2026/13/1"]]))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_notice", str(path), "--team", team.name, "--owner", owner.email, stdout=StringIO(), stderr=err)
    assert "3行目 「提出期限」（2026/13/1）" in err.getvalue()
    assert "何も保存していません" in err.getvalue()
    assert Notice.objects.count() == 0

    out = StringIO()
    call_command(
        "import_notice", str(path), "--team", team.name, "--owner", owner.email, "--skip-bad-rows", stdout=out, stderr=StringIO()
    )
    assert list(Notice.objects.values_list("title", flat=True)) == ["良い案件"]
    assert Milestone.objects.get().starts_on == dt.date(2026, 5, 20)


def test_map_option_names_columns_the_proposal_missed(team, owner, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("業務内容,〆切,発注者\r\n清掃業務,2026/6/1,津市\r\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command(
            "import_notice", str(path), "--team", team.name, "--owner", owner.email, stdout=StringIO(), stderr=StringIO()
        )
    call_command(
        "import_notice",
        str(path),
        "--team",
        team.name,
        "--owner",
        owner.email,
        "--map",
        "業務内容=title",
        "--map",
        "〆切=提出期限",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    notice = Notice.objects.get()
    assert (notice.title, notice.issuer) == ("清掃業務", "津市")
    assert dues(notice) == [("submission", "〆切", "date", dt.date(2026, 6, 1), None)]


def test_csv_export_reads_back_one_milestone_per_kind(team, owner, tmp_path):
    """CSV has no 日程 sheet: each kind column gives one milestone, labelled by its header."""
    notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(
            title="+81 窓口業務",  # written with an apostrophe, read without
            issuer="津市",
            status="submitted",
            milestones=(
                MilestoneProposal(
                    kind="question", label="質問", date=dt.date(2026, 4, 15), precision="datetime", time=dt.time(9, 5)
                ),
                MilestoneProposal(kind="contract", label="契約", date=dt.date(2026, 5, 1), precision="late_month"),
            ),
        ),
    )
    for encoding in ("utf-8", "cp932"):
        path = tmp_path / f"list-{encoding}.csv"
        call_command("export_notices", "--format", "csv", "--encoding", encoding, "--output", str(path), stdout=StringIO())
        empty = Team.objects.create(name=f"空のチーム{encoding}")
        team_join(team=empty, user=owner)
        (row,) = plan_of(path.read_bytes(), empty, owner, name=path.name).rows
        assert row.ok, row.problems
        assert (row.proposal.title, row.proposal.issuer, row.proposal.status) == ("+81 窓口業務", "津市", "submitted")
        assert [(m.kind, m.label, m.precision, m.date, m.time) for m in row.proposal.milestones] == [
            ("question", "質問期限", "datetime", dt.date(2026, 4, 15), dt.time(9, 5)),
            ("contract", "契約", "late_month", dt.date(2026, 5, 1), None),
        ]
