"""A whole notice that arrives as one line (a PDF text layer, a portal page copied without its line breaks): its
line breaks are put back where they stood (``tenders.extractor.relining``), and the milestones are those of the
notice as written."""

import datetime as dt

from tenders.extractor.relining import LONG_LINE, cut_points, line_breaks, relined
from tests.extractor_found import steps

INTRO = (
    "本町では、地域の公共施設の維持管理に関する業務を委託する事業者を公募型プロポーザル方式により選定します。"
    "参加を希望する事業者は、次のとおり必要な書類を提出してください。"
    "なお、本業務の詳細は実施要領及び仕様書によるものとし、疑義がある場合は担当課へ問い合わせてください。"
)
QUALIFICATION = (
    "2. 参加資格 (1) 地方自治法施行令第167条の4の規定に該当しない者であること。 "
    "(2) 本町の入札参加資格者名簿に登録されている者であること。 "
    "(3) 過去5年間に同種業務を受託した実績を有する者であること。 "
)
OTHERS = (
    "4. その他 (1) 提出書類の作成に要する費用は提出者の負担とします。 (2) 提出された書類は返却しません。 "
    "5. 問合せ先 本町総務課 契約係 電話 000-0000-0000"
)


def one_line(*parts: str) -> str:
    text = " ".join(parts)
    assert len(text) > LONG_LINE and "\n" not in text
    return text


def lines_of(line: str) -> list[str]:
    starts = [0, *line_breaks(line)]
    return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)])]


# --- the re-lining on its own ---------------------------------------------------------------------


def test_a_short_text_is_left_as_it_is():
    assert relined("公告日 令和8年4月1日\n入札日 令和8年4月20日") is None


def test_outline_markers_in_sequence_begin_lines():
    line = "1. 業務概要 (1) 業務名 庁舎清掃 (2) 履行期間 1年間 2. 参加資格 (1) 登録者であること。 3. 日程"
    pieces = [line[a:b].strip() for a, b in zip([0, *cut_points(line)], [*cut_points(line), len(line)])]
    assert pieces == [
        "1. 業務概要",
        "(1) 業務名 庁舎清掃",
        "(2) 履行期間 1年間",
        "2. 参加資格",
        "(1) 登録者であること。",
        "3. 日程",
    ]


def test_numbers_of_dates_amounts_and_citations_are_no_markers():
    line = "1. 概要 令和8年 4 月 1 日から 上限額 2 000 円 政令第 16 号 午前 10 時 電話 03 1234 5678 2. 日程"
    assert [line[at:].split()[0] for at in cut_points(line)] == ["2."]


def test_a_number_out_of_sequence_is_no_marker():
    line = "1. 概要 対象は 5 グループ 2. 日程 7 ブロック"
    assert [line[at:].split()[0] for at in cut_points(line)] == ["2."]


def test_bullets_and_brackets_begin_lines_after_a_space_only():
    line = "【日程】 ・公告 4月1日 ・入札 4月20日 設計・施工 ※予定です"
    assert [line[at:].split()[0] for at in cut_points(line)] == ["・公告", "・入札", "※予定です"]


def test_rows_of_a_tab_separated_table_run_together_by_spaces():
    line = "日程\t内容 7月10日(月)\t要綱の公開 7月18日(火)正午\t説明会の申込締切(受付 9時 まで) 7月28日(金)\t質問への回答"
    assert lines_of(line) == [
        "日程\t内容",
        "7月10日(月)\t要綱の公開",
        "7月18日(火)正午\t説明会の申込締切(受付 9時 まで)",
        "7月28日(金)\t質問への回答",
    ]


def test_a_four_column_table_breaks_rows_at_every_third_tab():
    line = (
        "手続\t期日\t時間\t方法 公告\t6月7日\t―\t町ホームページ 質問\t6月29日\t17時まで\t電子 メール 開札\t7月8日\t10時\t会議室"
    )
    assert lines_of(line) == [
        "手続\t期日\t時間\t方法",
        "公告\t6月7日\t―\t町ホームページ",
        "質問\t6月29日\t17時まで\t電子 メール",
        "開札\t7月8日\t10時\t会議室",
    ]


def test_keyed_rows_with_leaders_and_colons():
    line = "公告日 ……… R8.5.15(金) 　質問締切 ……… 8.5.22(金)17:00 　提案書 提出期限 ……… 6/5(金) 12:00"
    assert lines_of(line) == ["公告日 ……… R8.5.15(金)", "質問締切 ……… 8.5.22(金)17:00", "提案書 提出期限 ……… 6/5(金) 12:00"]
    line = "業務名：庁舎清掃 委託期間：契約日から令和9年3月31日まで 上限額：100万円"
    assert lines_of(line) == ["業務名：庁舎清掃", "委託期間：契約日から令和9年3月31日まで", "上限額：100万円"]


def test_markdown_rows_run_together():
    line = "| 日程 | 内容 | |---|---| | 4月1日 | 公告 | | 4月10日 | 質問締切 |"
    assert lines_of(line) == ["| 日程 | 内容 |", "|---|---|", "| 4月1日 | 公告 |", "| 4月10日 | 質問締切 |"]


def test_a_markdown_table_begins_a_line_after_the_words_above_it():
    line = "※日程は変更する場合があります。 （参考）工程 | 工程 | 10月 | 11月 | |---|---|---| | 設計 | 済 | 済 |"
    assert lines_of(line)[:3] == [
        "※日程は変更する場合があります。",
        "（参考）工程",
        "| 工程 | 10月 | 11月 |",
    ]  # (a sentence ends its line)


def test_keys_that_ask_for_a_date_make_a_schedule_label_first():
    line = "案件詳細 公開日　　2027/01/22 参加受付　締切日時　2027/01/29 17:00 回答予定日　　2027/02/01"
    assert lines_of(line)[1:] == ["参加受付　締切日時　2027/01/29 17:00", "回答予定日　　2027/02/01"]


def test_a_schedule_written_date_first_breaks_before_each_date():
    line = "スケジュール 令和8年4月24日 要項の公表 令和8年5月8日～5月15日 質問の受付 令和8年6月5日 回答の公表  質問について"
    assert lines_of(line) == [
        "スケジュール",
        "令和8年4月24日 要項の公表",
        "令和8年5月8日～5月15日 質問の受付",
        "令和8年6月5日 回答の公表",
        "質問について",
    ]


def test_a_schedule_written_label_first_breaks_after_each_date():
    line = "別表 スケジュール 　公表　　　　6月3日 　質問期限　　　6月12日 　回答　　　　　6月16日"
    assert lines_of(line) == ["別表 スケジュール 　公表　　　　6月3日", "質問期限　　　6月12日", "回答　　　　　6月16日"]


def test_each_line_keeps_its_place_in_the_source():
    text = "見出し\n" + one_line("1. 趣旨", INTRO, INTRO, QUALIFICATION, "3. 日程 追って通知します。", OTHERS) + "\n末尾"
    lines, origin, offsets = relined(text)
    assert origin[0] == 0 and origin[-1] == 2 and set(origin[1:-1]) == {1}
    for line, offset in zip(lines.split("\n"), offsets):
        assert text[offset:].startswith(line)


# --- the milestones of one-line notices ------------------------------------------------------------
# (the first three are read right on one line as well; they guard that the lines put back keep each date with
# its own label: cut at the outline markers alone, they did not)


def test_a_one_line_notice_with_a_tab_table_reads_its_steps():
    text = one_line(
        "1. 趣旨",
        INTRO,
        QUALIFICATION,
        "3. スケジュール 日程\t内容 令和8年6月1日(月)\t公募開始 令和8年6月10日(水)正午\t質問の受付締切 "
        "令和8年6月17日(水)\t質問への回答 令和8年6月26日(金)午後5時\t企画提案書の提出期限 令和8年7月上旬\t契約締結",
        OTHERS,
    )
    found = steps(text)
    assert ("published", dt.date(2026, 6, 1), None, "date") in found
    assert ("question", dt.date(2026, 6, 10), dt.time(12, 0), "datetime") in found
    assert ("answer", dt.date(2026, 6, 17), None, "date") in found
    assert ("submission", dt.date(2026, 6, 26), dt.time(17, 0), "datetime") in found


def test_a_one_line_notice_with_leader_rows_reads_each_date_with_its_own_label():
    text = one_line(
        "1. 趣旨",
        INTRO,
        QUALIFICATION,
        "3. スケジュール 　公告日 ………… 令和8年5月15日(金) 　質問受付締切 ………… 令和8年5月22日(金)17時 "
        "　質問回答 ………… 令和8年5月27日(水) 　参加申込書 提出期限 ………… 令和8年6月5日(金)17時 "
        "　企画提案書 提出期限 ………… 令和8年6月12日(金)12時",
        OTHERS,
    )
    found = steps(text)
    assert ("published", dt.date(2026, 5, 15), None, "date") in found
    assert ("question", dt.date(2026, 5, 22), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2026, 5, 27), None, "date") in found
    assert ("application", dt.date(2026, 6, 5), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2026, 6, 12), dt.time(12, 0), "datetime") in found


def test_a_one_line_notice_with_a_four_column_table_reads_its_windows():
    text = one_line(
        "1. 趣旨",
        INTRO,
        QUALIFICATION,
        "3. 日程 手続\t期間・期日\t時間\t場所 公告\t令和3年6月7日(月)\t―\t組合ホームページ "
        "参加資格確認申請書の提出\t令和3年6月8日(火)～6月18日(金)\t9:00～17:00\t組合総務課へ持参 "
        "質問\t令和3年6月29日(火)\t17:00まで\t電子メール 入札及び開札\t令和3年7月8日(木)\t10:00\t第一会議室",
        OTHERS,
    )
    found = steps(text)
    assert ("application", dt.date(2021, 6, 18), dt.time(17, 0), "datetime") in found
    assert ("question", dt.date(2021, 6, 29), dt.time(17, 0), "datetime") in found
    assert any(day == dt.date(2021, 7, 8) and time == dt.time(10, 0) for _, day, time, _ in found)


def test_a_one_line_schedule_written_date_first_ends_where_a_blank_line_stood():
    # the words after the last date run on into the next section (「… 事業契約の締結  質問の提出について …。」):
    # cut before each date and at the blank line, each date reads the step written after it
    text = one_line(
        "1. 趣旨",
        INTRO,
        QUALIFICATION,
        "3. 選定スケジュール(予定) 令和8年4月24日(金)       募集要項等の公表 "
        "令和8年5月8日(金)～5月15日(金)   質問の受付 令和8年6月5日(金)        質問に対する回答の公表 "
        "令和8年6月15日(月)～6月19日(金)  参加表明書の受付 令和9年3月                   事業契約の締結(議会の議決後)  "
        "質問の提出について 受付期間最終日の午後5時までに、質問書を電子メールで提出してください。",
        OTHERS,
    )
    found = steps(text)
    assert ("published", dt.date(2026, 4, 24), None, "date") in found
    # (the section on questions below gives the last day's hour: 「受付期間最終日の午後5時まで」)
    assert ("question", dt.date(2026, 5, 15), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2026, 6, 5), None, "date") in found
    assert ("application", dt.date(2026, 6, 19), None, "date") in found
    assert ("contract", dt.date(2027, 3, 1), None, "month") in found
