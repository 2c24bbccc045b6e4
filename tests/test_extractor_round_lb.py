"""Devices read on one line (round lb): a page or a PDF's text layer that arrives with every line break a space.
Each test a few invented lines, read as written and on one line."""

from tests.extractor_found import found, one_line

FILLER = (
    "Eligibility: tenderers must hold a valid grade for the supply of goods in the region, and must not fall under the "
    "articles of the budget order that bar a tenderer; documents in Japanese or English are accepted.\n"
)

# --- a tab table whose empty cell is written 「-」 ----------------------------------------------------------------

TAB_TABLE = (
    "NOTICE OF TENDER\n"
    "Supply of laboratory freezers\n" + FILLER * 3 + "\n3. Schedule\n"
    "Step\tDate\tTime\n"
    "Publication of this notice\t2028-04-03 (Mon)\t-\n"
    "Deadline for written questions\t2028-04-12 (Wed)\t17:00\n"
    "Answers to questions\tby 2028-04-19 (Wed)\t-\n"
    "Submission of qualification documents\t2028-04-24 (Mon)\t15:00\n"
    "Notification of qualification results\tby 2028-05-01 (Mon)\t-\n"
    "Deadline for submission of tenders\t2028-05-15 (Mon)\t12:00\n"
    "Opening of tenders\t2028-05-16 (Tue)\t10:30\n"
    "\n4. Other\n"
    "- Tenders by e-mail are not accepted.\n"
    "- The price shall exclude consumption tax.\n"
    "- Questions are answered on this page.\n"
)


def test_a_tab_table_empty_cell_dash_is_no_list_item_on_one_line():
    written = found(TAB_TABLE)
    assert ("application", "2028-04-24", "15:00", "datetime") in written
    assert found(one_line(TAB_TABLE)) == written


def test_a_tab_indented_list_after_a_line_break_is_still_a_list():
    text = (
        "Notes on the call\n" + FILLER * 4 + "Steps:\n"
        "\t- Questions by 2028-04-12 17:00\n"
        "\t- Answers by 2028-04-19\n"
        "\t- Tenders by 2028-05-15 12:00\n"
    )
    assert [(k, d, t) for k, d, t, _ in found(one_line(text))] == [(k, d, t) for k, d, t, _ in found(text)]


# --- a table drawn with bars between its cells, its columns aligned by padding -----------------------------------

BAR_GRID = (
    "ADDENDUM No. 2\n" + FILLER * 3 + "\nThe revised timetable is as follows:\n"
    "\n"
    "Step                                  | Original date           | Revised date\n"
    "--------------------------------------|-------------------------|-------------------------\n"
    "Deadline for questions                | 3 May 2028, 17:00 JST   | 10 May 2028, 17:00 JST\n"
    "Deadline for submission of proposals  | 17 May 2028, 12:00 JST  | 31 May 2028, 12:00 JST\n"
    "Opening of proposals                  | 17 May 2028, 14:00 JST  | 31 May 2028, 14:00 JST\n"
    "\n"
    "All other terms of the call remain unchanged.\n"
)


def test_a_barred_grid_on_one_line_reads_its_revised_column():
    written = found(BAR_GRID)
    assert ("submission", "2028-05-31", "12:00", "datetime") in written
    assert ("submission", "2028-05-17", "12:00", "datetime") not in written
    assert found(one_line(BAR_GRID)) == written


ALIGNED_TWO_COLUMNS = (
    "TERMS OF REFERENCE\n" + FILLER * 3 + "\n4.2 Deliverables and indicative schedule\n"
    "Deliverable                        | Due\n"
    "Inception report                   | 3 weeks after contract signature\n"
    "Field survey completed             | end of June 2028\n"
    "Draft report                       | 15 September 2028\n"
    "Stakeholder workshop               | October 2028\n"
    "Final report                       | 30 November 2028\n"
    "\n"
    "4.3 Qualifications\n"
    "The team leader shall hold a Master's degree.\n"
)


def test_an_aligned_two_column_table_on_one_line_reads_as_written():
    assert found(one_line(ALIGNED_TWO_COLUMNS)) == found(ALIGNED_TWO_COLUMNS)


def test_bars_in_prose_make_no_aligned_table():
    text = (
        "Contact\n"
        + FILLER * 4
        + "Tel. 000-0000-0000  | Fax 000-0000-0001  | E-mail tender@example.jp  | Office hours 09:00-17:00\n"
        "Deadline for submission of tenders: 20 June 2028, 12:00 JST.\n"
    )
    assert found(one_line(text)) == found(text)


# --- a table laid out by spaces, its rows indented numbered items ------------------------------------------------

SPACED_CHANGE_TABLE = (
    "                    新旧対照表\n"
    "                                                  令和10年5月20日\n"
    "                                                  白波町 企画課\n"
    "\n"
    "  令和10年5月8日に公表した白波町観光案内所運営業務委託公募型プロポーザル実施要領の一部を、次のとおり変更します。\n"
    "\n"
    "   項目                変更前                          変更後\n"
    "\n"
    "   (1) 質問の受付      令和10年5月22日（月）午後5時    令和10年5月29日（月）午後5時\n"
    "   期限                まで                            まで\n"
    "   (2) 参加表明書      令和10年6月1日（木）正午まで    令和10年6月8日（木）正午まで\n"
    "   の提出期限          （電子メールによる）            （電子メールによる）\n"
    "   (3) 説明会          令和10年5月25日（木）午後2時    令和10年6月1日（木）午後2時\n"
    "                       から（町役場 2階 会議室）       から（町民センター 大\n"
    "                                                       ホール）\n"
    "\n"
    "   (4) 企画提案書      令和10年6月15日（木）午後5時    令和10年6月22日（木）午後5時\n"
    "   の提出期限          まで                            まで\n"
    "\n"
    "   (5) ヒアリング      令和10年6月下旬                 令和10年7月上旬\n"
    "\n"
    "  ※ 上記以外の事項に変更はありません。\n"
)


def test_a_spaced_table_rows_keep_their_indent_on_one_line():
    got = found(one_line(SPACED_CHANGE_TABLE))
    assert ("question", "2028-05-29", "17:00", "datetime") in got
    assert ("submission", "2028-06-22", "17:00", "datetime") in got
    assert ("question", "2028-05-22", "17:00", "datetime") not in got


def test_a_numbered_sentence_with_wide_spaces_keeps_no_indent():
    text = (
        "令和10年度 白波町移住促進業務 説明会記録\n"
        + "説明会では、町の移住施策の概要と業務の内容について担当から説明を行い、参加事業者からの質問に回答しました。" * 4
        + "\n\n"
        "   (1) 質問の受付は5月29日（月）午後5時までです。    参加表明書は6月8日（木）正午までに提出してください。\n"
        "   (2) 企画提案書の提出期限は6月22日（木）午後5時です。\n"
    )
    assert found(one_line(text)) == found(text)
