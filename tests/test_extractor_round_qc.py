"""Calls in rare layouts (round qc): a feed's item whose page markup is escaped once more is read as that markup, its
table's cells apart; a page log's day of a briefing's handouts and a facility shut for works are no steps."""

from tests.extractor_found import found


def test_a_feed_items_escaped_table_is_read_as_its_rows():
    text = (
        "<item>\n"
        "<title>公募型プロポーザルを実施します</title>\n"
        "<description>&lt;table border=&quot;1&quot;&gt;\n"
        "&lt;tr&gt;&lt;th&gt;項目&lt;/th&gt;&lt;th&gt;日程&lt;/th&gt;&lt;/tr&gt;\n"
        "&lt;tr&gt;&lt;td&gt;質問の受付&lt;/td&gt;&lt;td&gt;令和8年10月1日(木)&amp;#12316;10月9日(金)午後5時&lt;/td&gt;&lt;/tr&gt;\n"
        "&lt;/table&gt;</description>\n"
        "</item>\n"
    )
    assert found(text) == [("question", "2026-10-09", "17:00", "datetime")]


def test_a_page_tables_cells_are_apart_as_columns_of_a_change():
    text = (
        "<h2>【日程変更】公募型プロポーザルの日程変更について</h2>\n"
        "<p>企画提案書の提出期限を次のとおり変更します。</p>\n"
        "<table>\n"
        "<tr><th>項目</th><th>変更前</th><th>変更後</th></tr>\n"
        "<tr><td>企画提案書の提出期限</td><td>令和8年11月6日(金)午後5時</td><td>令和8年11月13日(金)午後5時</td></tr>\n"
        "</table>\n"
    )
    assert found(text) == [("submission", "2026-11-13", "17:00", "datetime")]


def test_a_page_logs_day_of_a_briefings_handouts_is_no_step():
    text = (
        "文化ホールの指定管理者を募集します\n"
        "お知らせ\n"
        "2027年1月15日 説明会及び現地見学会(1月14日開催)の配布資料を掲載しました。\n"
        "\n"
        "申請書類の提出 令和9年2月12日(金曜日)午後5時まで\n"
    )
    assert found(text) == [("submission", "2027-02-12", "17:00", "datetime")]


def test_a_facility_shut_for_works_until_a_month_is_no_contract():
    text = (
        "指定管理者募集要項\n"
        "提出期限 令和9年9月10日(金)午後5時まで\n"
        "その他\n"
        "・令和9年11月から令和10年1月まで、源泉ポンプの更新工事のため大浴場を休止します（町発注工事）。\n"
    )
    assert found(text) == [("submission", "2027-09-10", "17:00", "datetime")]
