"""Forms met now and then (round ce): a flow of steps wrapped onto a second row of month parts, in a notice whose
latest written date is a contract's end the year after; a calendar printed as an agenda; a spaced calendar of two
months whose steps are symbols named in a legend; a Markdown task list; a paper and the bare act done with it."""

from tests.extractor_found import found

WRAPPED_FLOW = (
    "白砂町 ふるさと納税返礼品カタログ制作業務 企画提案募集\n"
    "\n"
    "令和10年度 白砂町 企画財政課\n"
    "\n"
    "【手続の流れ】\n"
    "\n"
    "  5/8(月)       5/19(金)       5/26(金)       6/2(金)          6/16(金)\n"
    "   │             │ 15:00        │              │ 17:00           │ 17:00\n"
    "  募集開始  ▶  質問受付締切  ▶  質問への回答  ▶  参加申込書の提出  ▶  提案書の提出期限  ▶ …\n"
    "\n"
    "  7月上旬               7月下旬\n"
    "   │                     │\n"
    " … ▶ 審査会(面接)  ▶  選定結果の通知\n"
    "\n"
    "1 委託期間 契約日から令和11年3月15日(木)まで\n"
    "2 カタログの配布 令和11年4月1日(日)から\n"
    "3 募集開始日 令和10年5月8日(月)\n"
)


def test_a_flow_wrapped_onto_a_second_row_reads_both_rows():
    got = found(WRAPPED_FLOW)
    assert ("published", "2028-05-08", None, "date") in got
    assert ("question", "2028-05-19", "15:00", "datetime") in got
    assert ("answer", "2028-05-26", None, "date") in got
    assert ("application", "2028-06-02", "17:00", "datetime") in got
    assert ("submission", "2028-06-16", "17:00", "datetime") in got


def test_a_month_part_of_a_flow_takes_the_year_of_the_calls_publication():
    got = found(WRAPPED_FLOW)
    assert ("hearing", "2028-07-01", None, "early_month") in got
    assert ("result", "2028-07-01", None, "late_month") in got
    assert not any(date.startswith("2029-07") for _, date, _, _ in got)


AGENDA = (
    "高橋 拓也 のカレンダー\n"
    "2028年9月1日 – 2028年10月31日\n"
    "\n"
    "2028年9月4日 (月曜日)\n"
    "    終日           【潮見台市】図書館サイネージ導入 公告\n"
    "\n"
    "2028年9月6日 (水曜日)\n"
    "    09:00 – 09:30   朝会\n"
    "\n"
    "2028年9月13日 (水曜日)\n"
    "    10:00 – 11:30   【潮見台市】サイネージ 現地見学会\n"
    "                    場所: 中央図書館 1階\n"
    "\n"
    "2028年9月22日 (金曜日)\n"
    "    16:00           【潮見台市】参加申込書 提出期限\n"
    "\n"
    "2028年10月6日 (金曜日)\n"
    "    12:00           【潮見台市】提案書 提出期限(正午必着)\n"
)


def test_an_agenda_reads_each_event_with_its_day_and_start():
    got = found(AGENDA)
    assert ("published", "2028-09-04", None, "date") in got
    assert ("other", "2028-09-13", "10:00", "datetime") in got
    assert ("application", "2028-09-22", "16:00", "datetime") in got
    assert ("submission", "2028-10-06", "12:00", "datetime") in got


def test_an_agendas_own_meeting_stays_out():
    assert not any(date == "2028-09-06" for _, date, _, _ in found(AGENDA))


MARKED_MONTHS = (
    "桜川村 移住ポータル改修業務 プロポーザル日程\n"
    "\n"
    "              2028年8月                                  2028年9月\n"
    "  日   月   火   水   木   金   土          日   月   火   水   木   金   土\n"
    "            1    2    3    4    5                                     1    2\n"
    "   6    7  8◇    9   10   11   12           3    4    5    6  7☆    8    9\n"
    "  13   14   15   16   17 18□   19          10   11   12   13   14   15   16\n"
    "  20   21   22   23   24   25   26          17   18   19   20   21   22   23\n"
    "  27   28   29 30△   31                     24   25   26   27   28   29   30\n"
    "\n"
    "凡例\n"
    "  ◇ 募集開始\n"
    "  □ 質問の受付締切(15時まで)\n"
    "  △ 応募書類の提出期限(17時必着)\n"
    "  ☆ 審査会\n"
    "\n"
    "問合せ 桜川村 総務企画課\n"
)


def test_a_legends_symbols_name_the_days_they_mark():
    got = found(MARKED_MONTHS)
    assert ("published", "2028-08-08", None, "date") in got
    assert ("question", "2028-08-18", "15:00", "datetime") in got
    assert ("submission", "2028-08-30", "17:00", "datetime") in got
    assert ("hearing", "2028-09-07", None, "date") in got


TASK_LIST = (
    "# 朝霧市 観光動画制作業務 対応メモ\n"
    "\n"
    "- 公告:2028/6/5(月)\n"
    "\n"
    "## 市の日程\n"
    "\n"
    "- [x] 公告・要領取得 6/5\n"
    "- [x] 参加資格の確認(名簿 登録済み)\n"
    "- [ ] 質問受付締切 6/14 16:00(様式2)\n"
    "- [ ] 参加申込書 提出 6/21(水) 17:00 必着\n"
    "- [ ] 企画提案書 提出 7/5(水) 12:00 必着\n"
)


def test_a_task_lists_items_read_with_their_papers_and_times():
    got = found(TASK_LIST)
    assert ("question", "2028-06-14", "16:00", "datetime") in got
    assert ("application", "2028-06-21", "17:00", "datetime") in got
    assert ("submission", "2028-07-05", "12:00", "datetime") in got


def test_a_fraction_without_a_time_is_no_date():
    text = "稲穂町 防災無線更新工事 入札公告\n\n1 入札日 令和10年6月20日(火)午前10時\n2 進捗 工事の3/4 完了済み\n"
    assert not any(date.endswith("-03-04") for _, date, _, _ in found(text))


BOXED_WRAPPED_ROW = (
    "潮風町 観光案内所運営業務 公募型プロポーザル 第一次審査結果通知書\n"
    "\n"
    "2 今後の日程\n"
    "  ┌──────────────┬────────────────────────┬──────────────┐\n"
    "  │ 手続           │ 日時                           │ 備考         │\n"
    "  ├──────────────┼────────────────────────┼──────────────┤\n"
    "  │ 二次審査       │ 令和10年2月14日(月)            │ 受付 13時    │\n"
    "  │ (面接)         │ 午後1時20分~午後2時             │ 質疑15分     │\n"
    "  │ 審査結果の通知 │ 令和10年2月下旬(予定)          │ 書面         │\n"
    "  └──────────────┴────────────────────────┴──────────────┘\n"
)


def test_a_boxed_rows_time_wrapped_under_its_date_joins_the_row():
    got = found(BOXED_WRAPPED_ROW)
    assert ("hearing", "2028-02-14", "13:20", "datetime") in got
    assert ("result", "2028-02-01", None, "late_month") in got


SPOKEN_ANNOUNCEMENT = (
    "こちらは青葉村役場です。村営キャンプ場の指定管理者を募集します。\n"
    "募集要項は、令和10年5月8日、月曜日から配布します。\n"
    "応募を考えている団体のために、キャンプ場の見学会を開催します。\n"
    "日時は、5月20日、土曜日の午前10時からです。\n"
)


def test_a_key_after_a_sentence_announcing_an_event_names_that_event():
    assert ("other", "2028-05-20", "10:00", "datetime") in found(SPOKEN_ANNOUNCEMENT)


ROUNDS_TABLE = (
    "若葉町 コワーキングスペース運営事業者 公募(第1回・第2回)\n"
    "\n"
    "| 手続               | 第1回               | 第2回               |\n"
    "|--------------------|---------------------|---------------------|\n"
    "| 公募の開始         | 令和10年4月10日(月) | 令和10年7月10日(月) |\n"
    "| 質問の締切         | 4月20日(木)17時     | 7月20日(木)17時     |\n"
    "| 提案書の提出期限   | 5月12日(金)17時     | 8月10日(木)17時     |\n"
)


def test_each_round_of_a_steps_by_rounds_table_keeps_its_own_opening():
    got = found(ROUNDS_TABLE)
    assert ("published", "2028-04-10", None, "date") in got
    assert ("published", "2028-07-10", None, "date") in got
    assert ("submission", "2028-08-10", "17:00", "datetime") in got


def test_a_call_opened_twice_without_rounds_keeps_one_opening():
    text = (
        "若葉町 公募\n\n1 公告日 令和10年4月10日(月)\n2 要項の配布開始 令和10年4月12日(水)\n3 提出期限 令和10年5月12日(金)17時\n"
    )
    assert sum(1 for kind, _, _, _ in found(text) if kind == "published") == 1


def test_a_corrections_round_is_no_round_of_the_call():
    # (distractor for the rounds: 「訂正公告（第2回）」 numbers a correction, the call is opened once)
    text = (
        "お知らせ\n"
        "令和10年2月24日　訂正公告（第2回）を掲載しました。\n"
        "令和10年2月10日　訂正公告（第1回）を掲載しました。\n"
        "\n"
        "1 公告日 令和10年2月3日(木)\n"
        "2 入札書の提出期限 令和10年3月9日(木)17時\n"
    )
    got = found(text)
    assert [day for kind, day, _, _ in got if kind == "published"] == ["2028-02-03"]
    assert ("submission", "2028-03-09", "17:00", "datetime") in got


SPOKEN_SLIP = (
    "市民プール指定管理者募集 説明会 記録\n"
    "\n"
    "日時:令和10年6月5日(月) 午前10時~午前11時\n"
    "\n"
    "  続いて日程です。質問は6月12日の午後5時までに電子メールでお送りください。\n"
    "  次に、参加申請書ですが、こちらは6月22日……あ、申し訳ない、失礼しました。\n"
    "  6月23日、金曜日の正午までに、スポーツ課へご提出ください。\n"
)


def test_a_date_put_right_as_it_is_said_reads_the_right_one_with_its_subject():
    got = found(SPOKEN_SLIP)
    assert ("application", "2028-06-23", "12:00", "datetime") in got
    assert not any(date == "2028-06-22" for _, date, _, _ in got)


FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0">\n'
    "  <channel>\n"
    "    <title>松風町 入札・契約のお知らせ</title>\n"
    "    <description>松風町の入札・契約に関する新着情報</description>\n"
    "    <lastBuildDate>Wed, 06 Sep 2028 10:15:00 +0900</lastBuildDate>\n"
    "    <item>\n"
    "      <title>町民バス運行業務 公募型プロポーザルの実施について</title>\n"
    "      <pubDate>Tue, 05 Sep 2028 09:00:00 +0900</pubDate>\n"
    "      <description><![CDATA[\n"
    "<ul>\n"
    "  <li>公告:令和10年9月5日(火)</li>\n"
    "  <li>企画提案書の提出:10月2日(月)午後5時まで</li>\n"
    "</ul>\n"
    "]]></description>\n"
    "    </item>\n"
    "  </channel>\n"
    "</rss>\n"
)


def test_a_feeds_stamps_are_no_steps():
    got = found(FEED)
    assert ("published", "2028-09-05", None, "date") in got
    assert ("submission", "2028-10-02", "17:00", "datetime") in got
    assert not any(date == "2028-09-06" or time == "09:00" for _, date, time, _ in got)
