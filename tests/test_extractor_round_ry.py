"""Schedules lost on one line although found as written (round ry). Each test a few lines written for its class, run
onto one line, compared with the same text read as written."""

from tenders.extractor.relining import empty_cell_bar_rows, relined, side_by_side_box_rows
from tests.extractor_found import found, one_line

FILLER = (
    "なお、本書に記載のない事項は、当初の実施要領及び仕様書のとおりとし、参加予定者は内容を確認の上で手続を進めてください。" * 3
)


def lines_of(text: str) -> list[str]:
    """The lines the one-line text is cut back into."""
    result = relined(one_line(text))
    assert result is not None
    return [line.strip() for line in result[0].split("\n")]


# --- a change's table printed one cell a line, its rows parted by blank lines ------------------------------------

CELL_A_LINE = (
    "入札公告の一部変更について\n"
    f"令和11年6月2日付けで公告した業務委託の入札について、下記のとおり変更します。{FILLER}\n"
    "\n"
    "区分\n"
    "変更前\n"
    "変更後\n"
    "\n"
    "仕様書に対する質\n"
    "問の受付期限\n"
    "令和11年6月12日(木)\n"
    "午後4時\n"
    "令和11年6月19日(木)\n"
    "午後4時\n"
    "\n"
    "入札書の提出期限\n"
    "令和11年6月26日(木)\n"
    "正午\n"
    "令和11年7月3日(木)\n"
    "正午\n"
    "\n"
    "開札\n"
    "令和11年6月27日(金)\n"
    "令和11年7月4日(金)\n"
    "\n"
    "※　上記以外の事項に変更はありません。\n"
    f"{FILLER}\n"
)


def test_a_change_tables_cells_one_a_line_are_put_back_on_their_lines():
    lines = lines_of(CELL_A_LINE)
    assert lines[lines.index("区分") : lines.index("区分") + 3] == ["区分", "変更前", "変更後"]
    assert "入札書の提出期限" in lines and "令和11年7月3日(木)" in lines
    assert any(line.startswith("※") for line in lines)  # (the note after the table is no cell: its words stay whole)
    assert "上記以外の事項に変更はありません。" not in lines


def test_a_change_tables_cells_one_a_line_give_the_new_dates_as_written():
    written = found(CELL_A_LINE)
    assert ("question", "2029-06-19", "16:00", "datetime") in written
    assert ("submission", "2029-07-03", "12:00", "datetime") in written
    assert found(one_line(CELL_A_LINE)) == written
    assert not any(date in {"2029-06-12", "2029-06-26", "2029-06-27"} for _, date, *_ in written)


def test_a_pair_of_version_words_in_a_sentence_opens_no_table():
    text = f"お知らせ{FILLER}\n\n変更前 変更後\n\n{FILLER}\n\n質問の受付 は令和11年6月12日までです。\n\n{FILLER}\n"
    lines = lines_of(text)
    assert "変更前" not in lines


# --- a JSON export under the line it is given under ---------------------------------------------------------------

EXPORT = (
    '$ curl -s "https://api.example.jp/procurement/v1/calls/2031-017" | jq .\n'
    "{\n"
    '  "id": "2031-017",\n'
    '  "title": "図書館システム更新業務委託",\n'
    '  "note": "本件は公募型プロポーザルにより事業者を選定するものであり、詳細は実施要領を確認すること。",\n'
    '  "steps": [\n'
    "    {\n"
    '      "name": "公告",\n'
    '      "start": "2031-04-28",\n'
    '      "end": null\n'
    "    },\n"
    "    {\n"
    '      "name": "質問の受付",\n'
    '      "start": "2031-04-28",\n'
    '      "end": "2031-05-16T17:00:00+09:00"\n'
    "    },\n"
    "    {\n"
    '      "name": "企画提案書の提出期限",\n'
    '      "due": "2031-06-06T12:00:00+09:00"\n'
    "    }\n"
    "  ],\n"
    '  "updated_at": "2031-04-28T10:11:12+09:00"\n'
    "}\n"
)


def test_a_json_export_under_its_command_line_is_put_back_line_by_line():
    lines = lines_of(EXPORT)
    assert lines[0].startswith("$ curl") and lines[0].endswith("jq .")
    assert lines[1] == "{"
    assert '"name": "質問の受付",' in lines


def test_a_json_export_under_its_command_line_gives_its_steps_as_written():
    written = found(EXPORT)
    assert ("published", "2031-04-28", None, "date") in written
    assert ("question", "2031-05-16", "17:00", "datetime") in written
    assert ("submission", "2031-06-06", "12:00", "datetime") in written
    assert found(one_line(EXPORT)) == written


def test_a_brace_in_a_sentence_opens_no_json_document():
    text = f'設定例 {{ "a": 1 }} を参照のこと。{FILLER}{FILLER}{FILLER} 以上 }}\n'
    lines = lines_of(text) if len(one_line(text)) > 400 else []
    assert not any(line == "{" or line.startswith('{ "a"') for line in lines)


# --- a two-column table with a bar between its cells, its text wrapped under an empty first cell ---------------------

DATA_SHEET = (
    "Section II. Data Sheet\n"
    "Clause   | Particulars\n"
    "1.2      | The name of the contract is: Supply of Water Quality Sensors,\n"
    "         | Lot 1 only, delivered to the three stations named in the\n"
    "         | Schedule of Requirements.\n"
    "7.1      | Written questions shall reach the Purchaser no later than\n"
    "         | 15:00 hours, Friday, 9 May 2031.\n"
    "         | Answers will be posted for all bidders by 16 May 2031.\n"
    "22.1     | The deadline for bid submission is:\n"
    "         | Date: 30 May 2031\n"
    "         | Time: 11:00 hours (local time)\n"
    "25.1     | The bid opening shall take place on 30 May 2031 at 11:30\n"
    "         | hours in Meeting Room 2, at the address given above.\n"
    "Bidders are reminded that late bids will be rejected and returned unopened to them, without exception.\n"
    "The Purchaser reserves the right to accept or reject any bid, and to annul the bidding process at any time.\n"
)


def test_a_bar_tables_wrapped_lines_under_an_empty_cell_are_put_back():
    lines = lines_of(DATA_SHEET)
    assert "7.1      | Written questions shall reach the Purchaser no later than" in lines
    assert "| 15:00 hours, Friday, 9 May 2031." in lines
    assert "| Date: 30 May 2031" in lines
    assert "22.1     | The deadline for bid submission is:" in lines


def test_a_bar_tables_wrapped_lines_give_its_steps_as_written():
    written = found(DATA_SHEET)
    assert ("question", "2031-05-09", "15:00", "datetime") in written
    assert ("submission", "2031-05-30", "11:00", "datetime") in written
    assert found(one_line(DATA_SHEET)) == written


def test_a_grid_of_more_columns_with_empty_cells_is_not_read_as_two_columns():
    text = (
        "| Step       | Date        | Note\n"
        "| Questions  | 9 May 2031  | by e-mail\n"
        "|            | 16 May 2031 | answers\n"
        "|            | 20 May 2031 | second answers\n"
        "|            | 22 May 2031 | final answers\n"
        "| Submission | 30 May 2031 | 11:00\n"
        "Bidders are reminded that late bids will be rejected and returned unopened to them, without exception at all.\n"
        "The Purchaser reserves the right to accept or reject any bid, and to annul the bidding process at any time.\n"
        "The Purchaser reserves the right to accept or reject any bid, and to annul the bidding process at any time.\n"
    )
    assert empty_cell_bar_rows(one_line(text), []) == []


# --- a table read column after column going on onto the next page without its heads -----------------------------

PAGES = (
    "若葉台町観光パンフレット制作業務 公募型プロポーザル実施要領\n"
    "第６ スケジュール\n"
    f"本プロポーザルは、次の日程により実施する。{FILLER}\n"
    "項目\n"
    "日程\n"
    "①実施要領の公表\n"
    "②質問の受付期限\n"
    "③質問に対する回答\n"
    "④参加表明書の提出期限\n"
    "⑤企画提案書の提出期限\n"
    "令和12年5月7日（火）\n"
    "令和12年5月14日（火）午後5時\n"
    "令和12年5月17日（金）\n"
    "令和12年5月22日（水）午後5時\n"
    "令和12年6月5日（水）正午\n"
    "- 3 -\n"
    "\f若葉台町観光パンフレット制作業務 公募型プロポーザル実施要領\n"
    "⑥ヒアリング審査\n"
    "⑦審査結果の通知\n"
    "⑧契約の締結\n"
    "令和12年6月14日（金）（予定）\n"
    "令和12年6月下旬\n"
    "令和12年7月上旬（予定）\n"
    "※日程は、都合により変更することがある。\n"
    f"第７ 企画提案書の提出{FILLER}{FILLER}\n"
)


def test_a_column_read_tables_steps_on_the_next_page_are_put_back_cell_by_cell():
    lines = lines_of(PAGES)
    assert "⑥ヒアリング審査" in lines and "⑦審査結果の通知" in lines
    assert "令和12年6月下旬" in lines


def test_a_column_read_tables_steps_on_the_next_page_give_their_dates():
    written = found(one_line(PAGES))
    assert ("hearing", "2030-06-14", None, "date") in written
    assert ("result", "2030-06-01", None, "late_month") in written
    assert ("contract", "2030-07-01", None, "early_month") in written
    assert written == found(PAGES)


def test_steps_marked_from_the_first_with_fewer_dates_are_no_tables_next_page():
    text = f"{FILLER} 手順 ①申請書の提出 ②審査 令和12年6月14日（金） 令和12年6月下旬 に通知します。{FILLER}"
    assert "②審査" not in lines_of(text)


# --- a flow of boxes drawn side by side ---------------------------------------------------------------------------

FLOW = (
    f"若葉台町営プール 指定管理者募集 選定までの流れ{FILLER}\n"
    "\n"
    " ┌────────────────┐    ┌────────────────┐    ┌────────────────┐\n"
    " │ 募集要項の配布     │ →  │ 質問の受付         │ →  │ 質問への回答       │\n"
    " │ 令和12年4月1日(月) │    │ ~令和12年4月12日(金) │    │ 令和12年4月19日(金) │\n"
    " │  ~4月26日(金)      │    │  午後5時まで        │    └────────────────┘\n"
    " └────────────────┘    └────────────────┘\n"
    "          ↓\n"
    " ┌────────────────┐\n"
    " │ 申請書類の受付     │\n"
    " │ 令和12年5月10日(金) │\n"
    " │ 午後5時まで        │\n"
    " └────────────────┘\n"
    f"{FILLER}\n"
)


def test_boxes_side_by_side_are_put_back_line_by_line():
    lines = lines_of(FLOW)
    assert "│ 募集要項の配布     │ →  │ 質問の受付         │ →  │ 質問への回答       │" in lines
    assert "│  ~4月26日(金)      │    │  午後5時まで        │    └────────────────┘" in lines
    assert "└────────────────┘    └────────────────┘" in lines


def test_boxes_side_by_side_give_each_boxs_step_as_written():
    written = found(FLOW)
    assert ("question", "2030-04-12", "17:00", "datetime") in written
    assert ("answer", "2030-04-19", None, "date") in written
    assert found(one_line(FLOW)) == written


def test_boxes_side_by_side_not_closed_where_their_sides_say_are_left_alone():
    text = f"{FILLER} ┌────┐  ┌────┐ │ 受付 │ 令和12年4月1日 {FILLER}"
    assert side_by_side_box_rows(one_line(text), []) == []
