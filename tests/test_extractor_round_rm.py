"""Change notices as tools and web forms hand them over (round rm): a correction page's HTML source, a PDF's comment
summary; the visible text's changed dates read as a change notice's, the markup and what it hides left out."""

from tests.extractor_found import found, one_line

# --- a page's source: a table's row set one cell a line ------------------------------------------------------

CORRECTION_PAGE = (
    "<html><head><title>【訂正】庁舎清掃業務委託の入札公告の訂正について</title></head>\n"
    "<body>\n"
    "<h1>【訂正】庁舎清掃業務委託の入札公告の訂正について</h1>\n"
    "<p>令和9年3月1日付けで公告した庁舎清掃業務委託について、次のとおり訂正します。</p>\n"
    "<table>\n"
    "<thead>\n"
    "<tr>\n"
    "<th>項目</th>\n"
    "<th>訂正前</th>\n"
    "<th>訂正後</th>\n"
    "</tr>\n"
    "</thead>\n"
    "<tbody>\n"
    "<tr>\n"
    "<td>調達数量</td>\n"
    "<td>120台</td>\n"
    '<td><span class="red">150台</span></td>\n'
    "</tr>\n"
    "<tr>\n"
    "<td>質問の提出期限</td>\n"
    "<td>令和9年3月10日（水曜日）午後5時</td>\n"
    '<td><span class="red">令和9年3月17日（水曜日）午後5時</span></td>\n'
    "</tr>\n"
    "<tr>\n"
    "<td>開札の日時</td>\n"
    "<td>令和9年3月24日（水曜日）午前10時</td>\n"
    '<td><span class="red">令和9年3月31日（水曜日）午前10時</span></td>\n'
    "</tr>\n"
    "</tbody>\n"
    "</table>\n"
    "</body></html>\n"
)


def test_a_row_of_a_pages_source_set_one_cell_a_line_reads_as_a_row_of_old_and_new():
    expected = [("question", "2027-03-17", "17:00", "datetime"), ("other", "2027-03-31", "10:00", "datetime")]
    assert found(CORRECTION_PAGE) == expected  # (the old column's 3月10日 and 3月24日 stay out)
    assert found(one_line(CORRECTION_PAGE)) == expected


def test_a_row_whose_first_cells_share_a_line_reads_as_a_row_too():
    text = CORRECTION_PAGE.replace("<td>質問の提出期限</td>\n<td>", "<td>質問の提出期限</td><td>")
    assert found(text) == [("question", "2027-03-17", "17:00", "datetime"), ("other", "2027-03-31", "10:00", "datetime")]


def test_a_character_reference_of_a_pages_source_reads_as_its_character():
    text = (
        "<p>参加申込書の受付期間&nbsp;&nbsp;令和9年5月10日（月曜日）&#65374;5月21日（金曜日）</p>\n"
        "<p>提案書の提出期限&nbsp;&nbsp;令和9年6月4日（金曜日）正午</p>\n"
    )
    assert found(text) == [  # (the window 「&#65374;」 parts ends on its last day, not its first)
        ("application", "2027-05-21", None, "date"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]


# --- what a page's markup hides ---------------------------------------------------------------------------------


def test_a_comment_in_a_pages_markup_is_no_text_of_the_page():
    text = (
        "<h2>変更後の日程</h2>\n"
        "<ul>\n"
        "<li>提案書の提出期限　令和8年10月23日（金曜日）午後5時</li>\n"
        "<!-- 旧原稿：非表示\n"
        "<li>提案書の提出期限　令和8年10月16日（金曜日）午後5時</li>\n"
        "<li>現地説明会　令和8年10月5日（月曜日）午前10時</li>\n"
        "-->\n"
        "<li>ヒアリング　令和8年11月4日（水曜日）</li>\n"
        "</ul>\n"
    )
    expected = [("submission", "2026-10-23", "17:00", "datetime"), ("hearing", "2026-11-04", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a PDF's comment summary --------------------------------------------------------------------------------------

COMMENT_SUMMARY = (
    "注釈の概要\n"
    "ファイル：訂正公告.pdf\n"
    "\n"
    "ページ: 1\n"
    "\n"
    "番号: 1　作成者: tanaka　件名: ハイライト　日付: 2027/04/05 9:10:11\n"
    "道路台帳整備業務委託の入札公告の訂正について\n"
    "\n"
    "番号: 2　作成者: tanaka　件名: 取り消し線　日付: 2027/04/05 9:12:40\n"
    "(1) 入札参加申請書の提出期限\n"
    "令和9年4月9日（金）午後5時\n"
    "\n"
    "番号: 3　作成者: tanaka　件名: ハイライト　日付: 2027/04/05 9:13:02\n"
    "(1) 入札参加申請書の提出期限　令和9年4月16日（金）午後5時\n"
    "\n"
    "番号: 4　作成者: tanaka　件名: 取り消し線　日付: 2027/04/05 9:14:20\n"
    "(2) 開札の日時　令和9年4月22日（木）午前10時\n"
    "\n"
    "番号: 5　作成者: tanaka　件名: ハイライト　日付: 2027/04/05 9:14:51\n"
    "(2) 開札の日時　令和9年4月28日（水）午前10時\n"
    "\n"
    "注釈の合計：5\n"
)


def test_the_words_a_comment_summarys_strike_through_holds_are_struck_out():
    expected = [("application", "2027-04-16", "17:00", "datetime"), ("other", "2027-04-28", "10:00", "datetime")]
    assert found(COMMENT_SUMMARY) == expected  # (4月9日 and 4月22日, struck through, stay out)
    assert found(one_line(COMMENT_SUMMARY)) == expected


def test_a_highlights_words_in_a_comment_summary_stand():
    text = COMMENT_SUMMARY.replace("件名: 取り消し線", "件名: 下線")
    assert ("application", "2027-04-09", "17:00", "datetime") in found(text)


# --- a change's page lists the paper as it stood before ------------------------------------------------------------


def test_a_paper_dated_in_a_bracket_closed_by_the_old_versions_key_is_no_step():
    text = (
        "訂正公告\n"
        "令和9年3月1日付けで公告した庁舎清掃業務委託の入札について、次のとおり訂正する。\n"
        "令和9年3月8日\n"
        "\n"
        "項目\t訂正前\t訂正後\n"
        "質問の提出期限\t令和9年3月10日(水)午後5時\t令和9年3月17日(水)午後5時\n"
        "開札の日時\t令和9年3月24日(水)午前10時\t令和9年3月31日(水)午前10時\n"
        "\n"
        "関連ファイル\n"
        "・入札公告（訂正後）[PDFファイル/212KB]\n"
        "・入札公告（令和9年3月1日掲載・訂正前）[PDFファイル/208KB]\n"
    )
    assert found(text) == [("question", "2027-03-17", "17:00", "datetime"), ("other", "2027-03-31", "10:00", "datetime")]
