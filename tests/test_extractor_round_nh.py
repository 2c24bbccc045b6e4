"""Round nh: calls in rare layouts. An e-procurement system's schedule table whose start column also holds a one-day
step's day (「開始日時／予定日」, its end cell 「－」); a portal's 【関連案件】 links to other cases (also run onto their
heading's line); a slide's timeline copied one piece a line, each step's day over its name and an arrow alone between
the steps; a social post's footer (「午前10:03 · 2027年6月1日」), the moment it was posted. Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


# --- a start column that also holds a one-day step's day ----------------------------------------------------------


def test_start_column_named_as_planned_day_gives_the_one_day_steps():
    text = (
        "【日程】\n"
        "手続\t開始日時／予定日\t締切日時\t備考\n"
        "質問書の受付\t2028/03/01 09:00\t2028/03/08 17:00\tメールのみ\n"
        "質問への回答\t2028/03/14\t－\t本画面に掲載\n"
        "開札\t2028/03/24 10:00\t－\t電子で執行\n"
    )
    assert found(text) == [
        ("question", "2028-03-08", "17:00", "datetime"),
        ("answer", "2028-03-14", None, "date"),
        ("other", "2028-03-24", "10:00", "datetime"),
    ]


def test_planned_day_first_and_other_dashes():
    text = (
        "項目|実施日/開始日|終了日|備考\n"
        "参加申請の受付|2028/5/8|2028/5/19 17:00|持参\n"
        "資格確認結果の通知|2028/5/26|—|文書で通知\n"
        "ヒアリング|2028/6/6|なし|本庁舎\n"
    )
    assert found(text) == [
        ("application", "2028-05-19", "17:00", "datetime"),
        ("result", "2028-05-26", None, "date"),
        ("hearing", "2028-06-06", None, "date"),
    ]


# --- a portal's links to related cases ------------------------------------------------------------------------------

RELATED = (
    "入札書の提出期限 2028年2月9日(水)17時\n"
    "\n"
    "{heading}\n"
    "R9-0044 東庁舎清掃業務委託 公告日 2028/01/12 状態：公告中\n"
    "\n"
    "問い合わせ先 総務課\n"
)


def test_related_cases_heading_gives_no_step():
    for heading in ("【関連案件】", "■関連する調達案件", "関連入札情報"):
        assert found(RELATED.format(heading=heading)) == [("submission", "2028-02-09", "17:00", "datetime")], heading


def test_portal_page_related_cases_section_gives_no_step():
    text = (
        "【案件概要】\n案件名\t東庁舎清掃業務委託\n公告日\t2028/01/20\n\n"
        "【日程情報】\n手続\t締切日時\n入札書受付\t2028/02/09 17:00\n\n"
        "【質問・回答】\n現在、掲載されている回答はありません。\n\n"
        "【関連案件】\nR8-0031\u3000本庁舎清掃業務委託\u3000公告日 2027/01/14\u3000状態：落札者決定\n\n"
        "【問い合わせ先】\n総務課 電話 000-0000-0000\n"
    )
    assert found(text) == [("published", "2028-01-20", None, "date"), ("submission", "2028-02-09", "17:00", "datetime")]


# --- a slide's timeline: each day over its step, arrows between --------------------------------------------------


def test_timeline_days_over_steps_between_arrows():
    for arrow in ("→", "▼", "⇒"):
        text = (
            "スケジュール\n"
            f"2028.09.01 (金)\n公告\n{arrow}\n"
            f"2028.09.11 (月) 17:00\n質問の締切\n{arrow}\n"
            f"2028.09.22 (金) 12:00\n企画提案書の提出締切\n{arrow}\n"
            "2028.10 上旬\n審査結果の通知\n"
        )
        assert found(text) == [
            ("published", "2028-09-01", None, "date"),
            ("question", "2028-09-11", "17:00", "datetime"),
            ("submission", "2028-09-22", "12:00", "datetime"),
            ("result", "2028-10-01", None, "early_month"),
        ], arrow
    # (the names over their days, the arrows after the days: read as before)
    above = "公告\n2028.09.01 (金)\n→\n質問の締切\n2028.09.11 (月) 17:00\n→\n企画提案書の提出締切\n2028.09.22 (金) 12:00\n"
    assert found(above) == [
        ("published", "2028-09-01", None, "date"),
        ("question", "2028-09-11", "17:00", "datetime"),
        ("submission", "2028-09-22", "12:00", "datetime"),
    ]


def test_timeline_in_japanese_dates_with_blank_lines_around_the_arrows():
    text = (
        "令和10年9月1日(金)\n参加申込の締切\n\n↓\n\n"
        "令和10年9月8日(金)午後5時\n提案書の提出期限\n\n↓\n\n"
        "令和10年9月20日(水)\nプレゼンテーション\n"
    )
    assert found(text) == [
        ("application", "2028-09-01", None, "date"),
        ("submission", "2028-09-08", "17:00", "datetime"),
        ("hearing", "2028-09-20", None, "date"),
    ]


# --- a social post's footer --------------------------------------------------------------------------------------


def test_post_footer_gives_no_step():
    for footer in ("午前10:03 · 2028年4月3日", "14:05 · 2028年4月3日 · Twitter Web App", "10:03 AM · Apr 3, 2028 · 812 Views"):
        text = (
            "潮見町役場\n"
            "・企画提案書の提出：4/20(木)正午まで\n"
            "※説明会への参加は任意です\n"
            f"{footer}\n"
            "\n"
            "潮見町役場\n"
            "・プレゼン審査：5/8(月)\n"
            f"{footer}\n"
        )
        assert found(text) == [
            ("submission", "2028-04-20", "12:00", "datetime"),
            ("hearing", "2028-05-08", None, "date"),
        ], footer
