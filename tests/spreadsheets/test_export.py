"""Export: the workbook read back with openpyxl (types, formats, values, frozen header, filters) and
the CSV as Japanese Excel opens it (BOM, CRLF; cp932 with the characters it replaced)."""

import csv
import datetime as dt
import io
import re
from io import StringIO

import openpyxl
import pytest
from django.core.management import call_command

from tenders.models import Notice
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import milestone_mark_done, notice_create
from tenders.spreadsheets.export import write_csv, write_xlsx


@pytest.fixture
def notice(team, owner, teammate):
    proposal = NoticeProposal(
        title="=市民課窓口業務委託",  # looks like a formula: must stay text
        issuer="髙島市",  # 髙 is not in Shift_JIS's JIS X 0208 but is in cp932 (NEC/IBM extension)
        reference_number="R8-123",
        budget_ceiling=12_345_678,
        milestones=(
            MilestoneProposal(
                kind="question", label="質問受付期限", date=dt.date(2026, 4, 15), precision="datetime", time=dt.time(16, 30)
            ),
            MilestoneProposal(
                kind="submission", label="提案書提出期限", date=dt.date(2026, 4, 24), precision="date", note="持参"
            ),
            MilestoneProposal(kind="contract", label="契約締結", date=dt.date(2026, 5, 1), precision="late_month"),
        ),
    )
    created = notice_create(team=team, owner=owner, proposal=proposal, assignees=[teammate])
    milestone_mark_done(milestone=created.milestones.get(kind="question"))
    return created


def workbook_of(notices):
    buffer = io.BytesIO()
    write_xlsx(notices, buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def by_header(sheet, row):
    headers = [cell.value for cell in sheet[1]]
    return dict(zip(headers, sheet[row]))


def test_workbook_has_real_dates_with_japanese_formats(notice):
    book = workbook_of(Notice.objects.all())
    assert book.sheetnames == ["案件", "日程"]
    sheet = book["案件"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:U2"
    row = by_header(sheet, 2)
    assert row["案件名"].value == "=市民課窓口業務委託" and row["案件名"].data_type == "s"
    assert row["発注機関"].value == "髙島市"
    assert row["状況"].value == "検討中"
    assert row["担当"].value == "owner@example.jp"
    assert row["副担当"].value == "mate@example.jp"
    assert row["予算上限額"].value == 12_345_678 and row["予算上限額"].number_format == "#,##0"
    assert row["質問期限"].value == dt.datetime(2026, 4, 15, 16, 30)
    assert row["質問期限"].number_format == "yyyy/mm/dd hh:mm"
    assert row["提出期限"].value == dt.datetime(2026, 4, 24) and row["提出期限"].number_format == "yyyy/mm/dd"
    assert row["契約"].value == "2026年5月下旬"
    assert row["次の日程"].value == "2026/04/24 提案書提出期限"  # the question is done
    assert sheet.column_dimensions["A"].width >= 6
    assert sheet.column_dimensions["B"].width >= 20  # 「=市民課窓口業務委託」 is ten wide characters

    milestones = book["日程"]
    assert milestones.freeze_panes == "A2"
    rows = [[cell.value for cell in row] for row in milestones.iter_rows(min_row=2)]
    assert rows[0][:8] == [
        notice.pk,
        notice.title,
        "質問期限",
        "質問受付期限",
        dt.datetime(2026, 4, 15),
        dt.time(16, 30),
        "日時",
        None,
    ]
    assert isinstance(rows[0][8], dt.datetime)  # done at
    assert rows[1][2:9] == ["提出期限", "提案書提出期限", dt.datetime(2026, 4, 24), None, "日付", "持参", None]
    assert rows[2][2:7] == ["契約", "契約締結", "2026年5月下旬", None, "下旬"]
    assert milestones["F2"].number_format == "hh:mm"


def test_csv_opens_in_japanese_excel(notice):
    out = io.BytesIO()
    result = write_csv(Notice.objects.all(), out)
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("案件ID,案件名,発注機関")
    assert "'=市民課窓口業務委託" in lines[1]  # never a formula in Excel
    assert "2026/04/15 16:30" in lines[1] and "2026年5月下旬" in lines[1]
    assert result.replaced == []


def test_the_schedule_sheet_as_csv_has_one_row_per_milestone(notice):
    out = io.BytesIO()
    result = write_csv(Notice.objects.all(), out, sheet="milestones")
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["案件ID", "案件名", "種別", "名称", "日付", "時刻", "精度", "提出方法・備考", "完了"]
    pk = str(notice.pk)
    assert re.fullmatch(r"20\d\d/\d\d/\d\d \d\d:\d\d", rows[1][8])  # done, in the reader's zone
    assert rows[1:] == [
        [pk, "'=市民課窓口業務委託", "質問期限", "質問受付期限", "2026/04/15", "16:30", "日時", "", rows[1][8]],
        [pk, "'=市民課窓口業務委託", "提出期限", "提案書提出期限", "2026/04/24", "", "日付", "持参", ""],
        [pk, "'=市民課窓口業務委託", "契約", "契約締結", "2026年5月下旬", "", "下旬", "", ""],
    ]
    assert (result.notices, result.milestones) == (1, 3)
    with pytest.raises(ValueError):
        write_csv(Notice.objects.all(), io.BytesIO(), sheet="teams")


def test_csv_in_shift_jis_names_what_it_replaced(team, owner):
    notice_create(team=team, owner=owner, proposal=NoticeProposal(title="🍣寿司店 ①番 案件", issuer="𠮷野町"))
    out = io.BytesIO()
    result = write_csv(Notice.objects.all(), out, encoding="cp932")
    text = out.getvalue().decode("cp932")
    assert "\r\n" in text and not out.getvalue().startswith(b"\xef\xbb\xbf")
    assert "〓寿司店 ①番 案件" in text  # ① is in cp932
    assert result.replaced == sorted(["🍣", "𠮷"])


def test_command_writes_xlsx_and_csv(notice, tmp_path, other_team, outsider):
    notice_create(team=other_team, owner=outsider, proposal=NoticeProposal(title="他チームの案件"))
    out = StringIO()
    call_command("export_notices", "--format", "xlsx", "--team", "営業一課", "--output", str(tmp_path / "a.xlsx"), stdout=out)
    assert "案件 1 件、日程 3 件" in out.getvalue()
    book = openpyxl.load_workbook(tmp_path / "a.xlsx", read_only=True)
    assert [row[1] for row in book["案件"].iter_rows(min_row=2, values_only=True)] == [notice.title]
    err = StringIO()
    call_command(
        "export_notices", "--format", "csv", "--encoding", "cp932", "--output", str(tmp_path / "a.csv"), stdout=out, stderr=err
    )
    assert (tmp_path / "a.csv").read_bytes().decode("cp932").count("\r\n") == 3
    assert err.getvalue() == ""
    call_command(
        "export_notices",
        "--format",
        "csv",
        "--sheet",
        "milestones",
        "--team",
        "営業一課",
        "--output",
        str(tmp_path / "m.csv"),
        stdout=out,
    )
    lines = (tmp_path / "m.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("案件ID,案件名,種別,名称,日付") and len(lines) == 5  # header, 3 milestones, end
    assert [line.split(",")[3] for line in lines[1:4]] == ["質問受付期限", "提案書提出期限", "契約締結"]


def test_json_stays_the_default(notice):
    out = StringIO()
    call_command("export_notices", stdout=out)
    assert out.getvalue().lstrip().startswith("[")


def test_an_export_of_some_notices_has_their_milestones_and_no_others(team, owner, teammate, other_team, outsider):
    def notice(team, owner, title, *days):
        milestones = tuple(
            MilestoneProposal(kind="submission", label=f"提出{i}", date=day, precision="date") for i, day in enumerate(days)
        )
        return notice_create(team=team, owner=owner, proposal=NoticeProposal(title=title, milestones=milestones))

    first = notice(team, owner, "一件目", dt.date(2026, 5, 1), dt.date(2026, 4, 1))
    notice(other_team, outsider, "他チーム", dt.date(2026, 4, 2))
    bare = notice(team, owner, "日程なし")
    last = notice(team, owner, "三件目", dt.date(2026, 6, 1))
    Notice.assignees.through.objects.create(notice=last, user=teammate)

    book = workbook_of(Notice.objects.filter(team=team))
    notices = [row[:2] for row in book["案件"].iter_rows(min_row=2, values_only=True)]
    assert notices == [(first.pk, "一件目"), (bare.pk, "日程なし"), (last.pk, "三件目")]
    assert by_header(book["案件"], 4)["副担当"].value == "mate@example.jp"
    milestones = [(row[0], row[3], row[4]) for row in book["日程"].iter_rows(min_row=2, values_only=True)]
    assert milestones == [
        (first.pk, "提出1", dt.datetime(2026, 4, 1)),
        (first.pk, "提出0", dt.datetime(2026, 5, 1)),
        (last.pk, "提出0", dt.datetime(2026, 6, 1)),
    ]
