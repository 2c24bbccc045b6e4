"""Round ly: converted calls — a slide's Markdown table whose cell broke over two lines, a session's opening words in
its speaker notes, and a gazette page's running head between a notice's items."""

from tests.extractor_found import found, one_line

BROKEN_CELL_DECK = (
    "<!-- Slide number: 1 -->\n"
    "# 葉月町 地域見守りアプリ構築業務 公募型プロポーザル\n"
    "参加希望者説明会\n"
    "\n"
    "令和11年5月14日\n"
    "葉月町 福祉課\n"
    "\n"
    "### Notes:\n"
    "定刻の10時30分になりましたので、これより参加希望者説明会を開始します。\n"
    "\n"
    "<!-- Slide number: 2 -->\n"
    "# 日程\n"
    "| 募集開始 | 参加希望者説明会 | 質問期限 | 提案書提出期限 | 審査結果通知 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 5/7(月) | 5/14(月)\n"
    "★今日 | 5/18(金) | 6/1(金) | 6月下旬 |\n"
)

BROKEN_CELL_EXPECTED = [
    ("published", "2029-05-07", None, "date"),
    ("other", "2029-05-14", "10:30", "datetime"),
    ("question", "2029-05-18", None, "date"),
    ("submission", "2029-06-01", None, "date"),
    ("result", "2029-06-01", None, "late_month"),
]


def test_a_table_row_broken_in_a_cell_and_the_opening_words_of_the_session():
    # (「| 5/7(月) | 5/14(月)」 / 「★今日 | 5/18(金) | …」: one row, the mark in the session's cell; the notes'
    # 「10時30分になりましたので、これより…説明会を開始します」: the session's start on its own day)
    assert found(BROKEN_CELL_DECK) == BROKEN_CELL_EXPECTED
    # (on one line this short table's row of steps is not read back as a table; the session's start still is)
    assert ("other", "2029-05-14", "10:30", "datetime") in found(one_line(BROKEN_CELL_DECK))


GAZETTE_PAGE = (
    "青葉県報\n"
    "令和九年六月四日\n"
    "︵金曜日︶\n"
    "第千百二号\n"
    "入札公告\n"
    "　次のとおり一般競争入札に付します。\n"
    "　令和九年六月四日\n"
    "青葉県知事　山　田　一　郎\n"
    "一　調達内容\n"
    "　１　調達をする物品の名称及び数量　庁舎用複合機　二十台\n"
    "二　入札手続等\n"
    "　１　入札説明書の交付期間　令和九年六月四日から同年七月九日まで\n"
    "　２　入札書の提出期限　令和九年七月九日︵金曜日︶午後五時\n"
    "　３　開札の日時　令和九年七月十三日︵火曜日︶午前十時\n"
    "青葉県報　令和九年六月四日︵金曜日︶　第千百二号　七\n"
    "三　その他\n"
    "　１　詳細は、入札説明書による。\n"
)

GAZETTE_EXPECTED = [
    ("published", "2027-06-04", None, "date"),
    ("submission", "2027-07-09", "17:00", "datetime"),
    ("other", "2027-07-13", "10:00", "datetime"),
]


def test_a_gazette_running_head_is_no_step_of_the_item_above():
    # (「青葉県報 令和九年六月四日(金曜日) 第千百二号 七」 under the 開札 item: the page's head, not a second 開札 day)
    assert found(GAZETTE_PAGE) == GAZETTE_EXPECTED
    assert found(one_line(GAZETTE_PAGE)) == GAZETTE_EXPECTED


GAZETTE_TWO_NOTICES = (
    "青葉県報\n"
    "令和九年六月四日\n"
    "︵金曜日︶\n"
    "第千百二号\n"
    "目　次\n"
    "〔公　告〕\n"
    "○大規模小売店舗の新設の届出︵商業振興課︶………………五\n"
    "○一般競争入札の実施︵財産管理課︶…………………………六\n"
    "公　告\n"
    "　大規模小売店舗立地法第五条第一項の規定による届出があったので公告する。\n"
    "　令和九年六月四日\n"
    "青葉県知事　山　田　一　郎\n"
    "一　店舗の名称　青葉ストア南店\n"
    "二　意見書の提出期限　令和九年十月四日\n"
    "青葉県報　令和九年六月四日︵金曜日︶　第千百二号　六\n"
    "入札公告\n"
    "　次のとおり一般競争入札に付します。\n"
    "　令和九年六月四日\n"
    "青葉県知事　山　田　一　郎\n"
    "一　入札手続等\n"
    "　１　入札説明書の交付期間　令和九年六月四日から同年七月九日まで\n"
    "　２　入札書の提出期限　令和九年七月九日︵金曜日︶午後五時\n"
    "　３　開札の日時　令和九年七月十三日︵火曜日︶午前十時\n"
    "落札者等の公示\n"
    "　次のとおり落札者等について公示する。\n"
    "　令和九年六月四日\n"
    "青葉県知事　山　田　一　郎\n"
    "一　落札に係る物品の名称及び数量　庁舎用空調機器　一式\n"
    "二　落札者を決定した日　令和九年五月二十一日\n"
    "三　入札公告を行った日　令和九年四月二日\n"
)


def test_a_gazette_running_head_run_into_one_line_parts_the_notices():
    # (on one line 「…意見書の提出期限 令和九年十月四日 青葉県報 … 第千百二号 六 入札公告 …」: the head a line of its own,
    # the 入札公告 after it a notice of its own, the 公告 above it another's)
    assert found(GAZETTE_TWO_NOTICES) == GAZETTE_EXPECTED
    assert found(one_line(GAZETTE_TWO_NOTICES)) == GAZETTE_EXPECTED


def test_a_row_broken_at_a_change_arrow_is_left_to_the_change_reading():
    from tenders.extractor.normalize import pipe_rows_broken_in_cell

    rows = ["| 項目 | 日程 |", "| 入札書の提出 | 9月3日(水) →", "【変更後】9月10日(水) |", "| 開札 | 9月4日 |"]
    assert pipe_rows_broken_in_cell(rows) == rows
    broken = ["| 公告 | 説明会 |", "| 9/1(月) | 9/8(月)", "◆本日 |"]
    assert pipe_rows_broken_in_cell(broken) == ["| 公告 | 説明会 |", "| 9/1(月) | 9/8(月) ◆本日 |", ""]
