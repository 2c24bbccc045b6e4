"""Calls in rare layouts (round qc): a feed's item whose page markup is escaped once more is read as that markup, its
table's cells apart; a video's captions read as its sentences, without their places in the video; a page log's day of
a briefing's handouts and a facility shut for works are no steps."""

from tests.extractor_found import found, one_line


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


CAPTIONS = (
    "文字起こし\n"
    "0:00\n皆さんこんにちは担当の\n0:04\n三好と申します\n0:08\n本日はプロポーザルについて\n0:12\nご説明いたします\n"
    "スケジュール\n"
    "5:58\nそれではスケジュールについてご説明します\n"
    "6:03\n本プロポーザルは6月1日月曜日に\n6:07\n市のホームページで公告しております\n"
    "6:11\nまず質問の受付ですが質問は6月10日\n6:16\n水曜日の午後5時までに電子メールで\n6:20\nお送りください\n"
    "7:52\n審査結果は7月下旬に参加者全員に\n7:57\n文書で通知する予定です契約の締結は\n8:02\n8月上旬を予定しております\n"
    "8:06\nスケジュールは以上です\n"
)


def test_a_videos_captions_are_read_as_its_sentences_not_its_places():
    expected = [
        ("published", "2026-06-01", None, "date"),
        ("question", "2026-06-10", "17:00", "datetime"),
        ("result", "2026-07-01", None, "late_month"),
        ("contract", "2026-08-01", None, "early_month"),
    ]
    text = "令和8年度 業務委託 公募型プロポーザル 説明動画\n" + CAPTIONS
    assert found(text) == expected
    assert found(one_line(text)) == expected


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
