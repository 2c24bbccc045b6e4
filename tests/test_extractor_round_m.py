"""A schedule table whose text layer comes out a column at a time (round m): first every label, one a line, then
every date, one a line (its time, a place column after it); a person pairs the n-th label with the n-th date.
Each test a few lines written for its class."""

from tests.extractor_found import found, kinds


def test_labels_then_dates_pair_in_order_with_the_times_under_their_dates():
    text = (
        "令和9年度 学校給食配送業務委託 公募型プロポーザル実施要領\n"
        "3 選定スケジュール\n"
        "区分\n"
        "募集要項の公表\n"
        "参加表明書の提出期限\n"
        "質問書の提出期限\n"
        "技術提案書の提出期限\n"
        "ヒアリング\n"
        "日時\n"
        "令和9年4月6日(月)\n"
        "令和9年4月16日(木)\n"
        "正午\n"
        "令和9年4月20日(火)\n"
        "午後3時\n"
        "令和9年5月7日(木)\n"
        "午後5時(必着)\n"
        "令和9年5月19日(水)\n"
        "午前10時から\n"
        "4 提出方法\n"
        "持参又は郵送とする。\n"
    )
    assert found(text) == [
        ("published", "2027-04-06", None, "date"),
        ("application", "2027-04-16", "12:00", "datetime"),
        ("question", "2027-04-20", "15:00", "datetime"),
        ("submission", "2027-05-07", "17:00", "datetime"),
        ("hearing", "2027-05-19", "10:00", "datetime"),
    ]


def test_a_label_the_column_wrapped_is_one_label():
    text = (
        "第4 日程\n"
        "項目\n"
        "実施要領の配布開始\n"
        "質問の受付期限\n"
        "競争参加資格確認結果の\n"
        "通知\n"
        "企画提案書等の提出期\n"
        "限\n"
        "審査結果の通知\n"
        "日程\n"
        "2026年8月3日(月)\n"
        "2026年8月7日(金)\n"
        "2026年8月14日(金)\n"
        "2026年8月28日(金)\n"
        "2026年9月中旬\n"
        "第5 質問\n"
    )
    assert found(text) == [
        ("published", "2026-08-03", None, "date"),
        ("question", "2026-08-07", None, "date"),
        ("result", "2026-08-14", None, "date"),
        ("submission", "2026-08-28", None, "date"),
        ("result", "2026-09-01", None, "mid_month"),
    ]


def test_a_page_break_between_the_labels_and_the_dates_and_a_place_column_after_them():
    header = "東雲市一般競争入札公告(庁舎空調設備保守点検業務)\n"
    text = (
        header + "1 入札に付する事項\n(1) 件名 庁舎空調設備保守点検業務\n- 1 -\n" + header + "5 日程\n"
        "手続\n"
        "入札説明書の交付開始\n"
        "質問の受付期限\n"
        "入札書の提出期限\n"
        "開札\n"
        "- 2 -\n" + header + "日程\n"
        "令和8年10月1日(木)\n"
        "令和8年10月9日(金)\n"
        "17時\n"
        "令和8年10月27日(火)\n"
        "17時\n"
        "令和8年10月28日(水)\n"
        "10時\n"
        "場所・方法\n"
        "市ホームページ\n"
        "電子メール\n"
        "契約課へ持参\n"
        "本庁舎3階 入札室\n"
        "6 その他\n(1) 入札保証金 免除\n- 3 -\n"
    )
    assert found(text) == [
        ("published", "2026-10-01", None, "date"),
        ("question", "2026-10-09", "17:00", "datetime"),
        ("submission", "2026-10-27", "17:00", "datetime"),
        ("other", "2026-10-28", "10:00", "datetime"),
    ]
    text = (
        "青葉町観光案内所運営業務委託 企画提案募集要項 1/3\n"
        "1 業務の内容\n観光案内所の運営\n"
        "青葉町観光案内所運営業務委託 企画提案募集要項 2/3\n"
        "2 募集の日程\n"
        "要項の公表\n"
        "参加申込みの締切\n"
        "企画提案書の提出締切\n"
        "青葉町観光案内所運営業務委託 企画提案募集要項 3/3\n"
        "2027年4月5日(月)\n"
        "2027年4月16日(金)\n"
        "17時\n"
        "2027年5月7日(金)\n"
        "12時\n"
        "3 問合せ先\n"
        "青葉町 商工観光課\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("application", "2027-04-16", "17:00", "datetime"),
        ("submission", "2027-05-07", "12:00", "datetime"),
    ]


def test_a_row_without_a_date_and_a_date_the_column_wrapped_keep_the_rows_in_step():
    text = (
        "■ 募集日程\n"
        "応募要領の配布\n"
        "現地見学会\n"
        "質問の受付\n"
        "応募書類の提出期限\n"
        "二次審査(プレゼンテーション)\n"
        "予定日\n"
        "令和8年5月11日(月)から\n"
        "令和8年6月12日(金)まで\n"
        "随時\n"
        "令和8年5月29日\n"
        "(金)\n"
        "令和8年6月12日(金)午後\n"
        "5時\n"
        "令和8年7月上旬\n"
        "■ 応募資格\n"
        "市内に事業所を有する法人とする。\n"
    )
    assert found(text) == [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-29", None, "date"),
        ("submission", "2026-06-12", "17:00", "datetime"),
        ("hearing", "2026-07-01", None, "early_month"),
    ]


# --- what must not be paired ------------------------------------------------------------------------------------


def test_counts_that_do_not_agree_are_not_paired_by_position():
    text = (
        "スケジュール\n"
        "公募開始\n"
        "質問締切\n"
        "参加申込締切\n"
        "提案書提出締切\n"
        "審査結果の通知\n"
        "令和9年6月1日(火)\n"
        "令和9年6月8日(火)\n"
        "令和9年6月15日(火)\n"
        "令和9年6月29日(火)\n"
    )
    # (which label a date is of, no one can tell: the last date is not the result's, nor the first the question's)
    proposed = found(text)
    assert ("result", "2027-06-29", None, "date") not in proposed
    assert ("question", "2027-06-01", None, "date") not in proposed
    assert ("published", "2027-06-01", None, "date") not in proposed
    text = "日程\n公告\n質問の締切\n提案書の締切\n令和9年6月1日(火)\n令和9年6月8日(火)\n令和9年6月22日(火)\n令和9年6月25日(金)\n"
    assert [day for _, day, *_ in found(text) if day != "2027-06-01"] == []  # four dates, three labels


def test_lines_of_prose_over_dates_are_no_column_of_labels():
    text = (
        "参加申込書の提出後に競争参加資格の確認を行い\n"
        "その結果を申込者に通知するとともに質問の回答を\n"
        "本市ホームページに掲載する予定です\n"
        "令和9年7月10日(土)\n"
        "令和9年7月20日(火)\n"
        "令和9年7月30日(金)\n"
    )
    assert [day for _, day, *_ in found(text) if day != "2027-07-10"] == []
    text = (
        "次の期間に参加申込書の受付と質問の受付を\n行いますので提出期限に遅れないように\n令和9年7月10日(土)\n令和9年7月20日(火)\n"
    )
    assert ("submission", "2027-07-20", None, "date") not in found(text)


def test_a_list_of_papers_and_a_numbered_key_over_a_window_are_no_table():
    text = "(2) 添付書類\n" "参加申込書(様式第1号)\n" "(3) 受付期間\n" "令和9年5月10日(月)\n" "令和9年5月14日(金)\n"
    assert ("application", "2027-05-10", None, "date") not in found(text)
    assert kinds(text) in ([], ["submission"], ["submission", "submission"])
