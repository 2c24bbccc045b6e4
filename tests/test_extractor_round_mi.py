"""Round mi: an open-counter call's steps with an FAQ after them, and a tracker's CSV of the issuer's dates. Each test
a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

TRACKER_HEAD = "キー,種別,カテゴリー,件名,詳細,状態,担当者,開始日,期限日,登録日\n"
TRACKER_TAIL = "HANA-9,社内タスク,準備,仕様書読み込み,論点整理。,完了,鈴木 花子,2026/10/02,2026/10/05,2026/10/02 10:30:00\n"


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_goods_sample_shown_before_the_quote_is_a_step_its_window_end_kept():
    text = (
        "令和8年度 消火器購入 見積合わせ実施要領\n"
        "令和8年11月4日\n"
        "日程\n"
        " STEP 1  要領の掲載\n"
        "     11/4(水)\n"
        " STEP 2  見本品の確認(希望者のみ)\n"
        "     11/5(木)~11/12(木) 9:30~16:30\n"
        "     倉庫にて。\n"
        " STEP 3  見積書の提出\n"
        "     11/18(水) 15:00まで\n"
    )
    assert both(text) == [
        ("published", "2026-11-04", None, "date"),
        ("other", "2026-11-12", "16:30", "datetime"),
        ("submission", "2026-11-18", "15:00", "datetime"),
    ]


def test_the_next_round_of_a_recurring_intake_is_no_step():
    text = (
        "令和8年度 消火器購入 見積合わせ実施要領\n"
        "令和8年11月4日\n"
        "日程\n"
        " (1) 見積書の提出  11月18日(水)15時まで\n"
        " (2) 結果の通知  11月20日(金)\n"
        "\n"
        "よくあるご質問\n"
        "Q1 名簿に登録していませんが参加できますか。\n"
        "A1 参加できません。次回の受付は令和9年6月の予定です。\n"
    )
    assert both(text) == [("submission", "2026-11-18", "15:00", "datetime"), ("result", "2026-11-20", None, "date")]


def test_a_same_day_in_an_faq_answer_is_not_the_previous_questions_date():
    text = (
        "令和8年度 消火器購入 見積合わせ実施要領\n"
        "令和8年11月4日\n"
        "日程\n"
        " (1) 資格確認結果の通知  11月10日(火)まで\n"
        " (2) 見積書の提出  11月18日(水)15時まで\n"
        " (3) 結果の通知  11月20日(金)\n"
        "\n"
        "よくあるご質問\n"
        "Q1 資格確認の通知が11月10日を過ぎても届きません。\n"
        "A1 迷惑メールフォルダ等をご確認の上、担当へお電話ください。\n"
        "\n"
        "Q2 見積書の提出期限の当日に持参する場合、何時まで受け付けてもらえますか。\n"
        "A2 午後3時までです。同日午後3時を過ぎて到着したものは受け付けません。\n"
    )
    assert both(text) == [
        ("result", "2026-11-10", None, "date"),
        ("submission", "2026-11-18", "15:00", "datetime"),
        ("result", "2026-11-20", None, "date"),
    ]


def test_a_row_naming_two_steps_gives_each_the_date_its_own_words_name():
    text = (
        TRACKER_HEAD
        + "HANA-1,発注者日程,公告,【発注者】入札公告,花見川町公告第45号。,完了,山田 太郎,2026/10/01,2026/10/01,2026/10/02 10:11:12\n"
        + "HANA-4,発注者日程,入札,【発注者】開札,令和8年10月27日(火)10:00 入札室。,未対応,山田 太郎,,2026/10/27,2026/10/02 10:20:00\n"
        + "HANA-5,発注者日程,契約,【発注者】落札者決定・契約締結,"
        + '"説明書では「落札者の決定 令和8年11月上旬」「契約締結 令和8年11月下旬（予定）」。\n'
        + '履行期間：契約締結日から令和9年3月31日まで／新システム稼働 2027/04/01。",未対応,山田 太郎,,,2026/10/02 10:22:00\n'
        + TRACKER_TAIL
    )
    assert both(text) == [
        ("published", "2026-10-01", None, "date"),
        ("other", "2026-10-27", "10:00", "datetime"),
        ("result", "2026-11-01", None, "early_month"),
        ("contract", "2026-11-01", None, "late_month"),
    ]


def test_a_due_field_the_row_calls_a_stand_in_is_no_step():
    text = (
        TRACKER_HEAD
        + "HANA-1,発注者日程,公告,【発注者】入札公告,花見川町公告第45号。,完了,山田 太郎,2026/10/01,2026/10/01,2026/10/02 10:11:12\n"
        + "HANA-4,発注者日程,入札,【発注者】開札,令和8年10月27日(火)10:00 入札室。,未対応,山田 太郎,,2026/10/27,2026/10/02 10:20:00\n"
        + "HANA-5,発注者日程,契約,【発注者】契約締結,"
        + '"説明書では令和8年11月下旬（予定）。\n期限日は仮置き（11月末）。",未対応,山田 太郎,,2026/11/30,2026/10/02 10:22:00\n'
        + TRACKER_TAIL
    )
    assert both(text) == [
        ("published", "2026-10-01", None, "date"),
        ("other", "2026-10-27", "10:00", "datetime"),
        ("contract", "2026-11-01", None, "late_month"),
    ]


def test_a_cell_naming_its_step_before_a_bracketed_date_is_not_its_category():
    text = (
        TRACKER_HEAD
        + "HANA-1,発注者日程,公告,【発注者】入札公告,花見川町公告第45号。,完了,山田 太郎,2026/10/01,2026/10/01,2026/10/02 10:11:12\n"
        + "HANA-2,発注者日程,質問・回答,【発注者】質問書の提出期限（10/9 17時）,"
        + '"説明書7(1)「令和8年10月9日(金)17時まで」。",未対応,山田 太郎,,2026/10/09,2026/10/02 10:15:00\n'
        + "HANA-3,発注者日程,質問・回答,【発注者】質問回答の公表,10/14(水)までに町HPで公表。,未対応,山田 太郎,,2026/10/14,2026/10/02 10:16:00\n"
        + TRACKER_TAIL
    )
    assert both(text) == [
        ("published", "2026-10-01", None, "date"),
        ("question", "2026-10-09", "17:00", "datetime"),
        ("answer", "2026-10-14", None, "date"),
    ]


def test_a_deadline_clause_after_a_rows_date_is_how_its_step_is_done():
    text = (
        TRACKER_HEAD
        + "SORA-1,発注者日程,公告,【発注者】公募開始,要項の公開。,完了,佐藤 一郎,2026/05/11,2026/05/11,2026/05/11 09:00:00\n"
        + "SORA-2,発注者日程,参加,【発注者】参加資格の審査結果通知,"
        + "5月29日(金)までに電子メールで通知。プレゼンの時刻もこの通知で知らせる。,未対応,佐藤 一郎,,2026/05/29,2026/05/11 09:05:00\n"
        + 'SORA-3,発注者日程,提案,【発注者】企画提案書の提出期限,"令和8年6月12日(金)17時まで（持参）。",未対応,佐藤 一郎,,2026/06/12,2026/05/11 09:06:00\n'
        + TRACKER_TAIL
    )
    assert both(text) == [
        ("published", "2026-05-11", None, "date"),
        ("result", "2026-05-29", None, "date"),
        ("submission", "2026-06-12", "17:00", "datetime"),
    ]
