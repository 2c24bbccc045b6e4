"""Readings a notice's line breaks carried, rebuilt where the notice arrives run onto one line (round qq): each test a
few lines written for its class, read as written and on one line."""

from tests.extractor_found import found, one_line

# --- a feed's item that holds its page's markup escaped once more ------------------------------------------------

FEED_ITEM_OF_A_CHANGE = (
    "<item>\n"
    "<title>【日程変更】南浜地区給水管更新工事の入札日程の変更について</title>\n"
    "<pubDate>Tue, 07 Sep 2027 10:00:00 +0900</pubDate>\n"
    "<description>&lt;p&gt;令和9年8月20日付けで公告した南浜地区給水管更新工事について、入札日程を次のとおり変更します。&lt;/p&gt;\n"
    "&lt;table&gt;\n"
    "&lt;tr&gt;&lt;th&gt;項目&lt;/th&gt;&lt;th&gt;変更前&lt;/th&gt;&lt;th&gt;変更後&lt;/th&gt;&lt;/tr&gt;\n"
    "&lt;tr&gt;&lt;td&gt;入札書の提出期限&lt;/td&gt;&lt;td&gt;令和9年9月14日(火)午後5時&lt;/td&gt;"
    "&lt;td&gt;令和9年9月21日(火)午後5時&lt;/td&gt;&lt;/tr&gt;\n"
    "&lt;tr&gt;&lt;td&gt;開札&lt;/td&gt;&lt;td&gt;令和9年9月16日(木)午前10時&lt;/td&gt;"
    "&lt;td&gt;令和9年9月24日(金)午前10時&lt;/td&gt;&lt;/tr&gt;\n"
    "&lt;/table&gt;\n"
    "&lt;p&gt;工期（契約締結日の翌日から令和10年2月28日まで）に変更はありません。&lt;/p&gt;</description>\n"
    "</item>\n"
)


def test_a_feeds_escaped_table_of_a_change_gives_the_new_days_in_both_shapes():
    expected = [("submission", "2027-09-21", "17:00", "datetime"), ("other", "2027-09-24", "10:00", "datetime")]
    assert found(FEED_ITEM_OF_A_CHANGE) == expected
    assert found(one_line(FEED_ITEM_OF_A_CHANGE)) == expected


# --- a table's row of old and new days is whole on its line -----------------------------------------------------


def test_a_note_under_a_table_of_old_and_new_days_restates_only_what_it_names():
    text = (
        "<p>令和9年6月1日付けで公告した北浦町公民館改修工事設計業務委託に係る公募型プロポーザルについて、日程を次のとおり変更します。</p>\n"
        "<table>\n"
        "<tr><th>項目</th><th>変更前</th><th>変更後</th></tr>\n"
        "<tr><td>企画提案書の提出期限</td><td>令和9年7月2日(金)午後5時</td><td>令和9年7月9日(金)午後5時</td></tr>\n"
        "<tr><td>ヒアリング</td><td>令和9年7月13日(火)</td><td>令和9年7月20日(火)</td></tr>\n"
        "</table>\n"
        "<p>契約締結の予定時期（令和9年8月上旬）に変更はありません。</p>\n"
    )
    expected = [("submission", "2027-07-09", "17:00", "datetime"), ("hearing", "2027-07-20", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
