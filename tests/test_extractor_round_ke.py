"""Change notices (round ke): a restated schedule high in a short notice, its first row naming 公募開始; a legend over
the schedule (「★印は変更箇所」); a 「【変更】」 tag opening the next row; 「※訂正」 closing a row under its legend;
「改正前」「改正後」 keys; 「【誤】…【正】…」 and 「誤：… → 正：…」 on one line; 「〔削除〕…〔追加〕…」 and a date struck
through; 「…までとしていた」; 「→ 同日午後5時」 and 「変更後　同日　午後5時」; a list of unchanged steps set no deeper than
its heading; a change table's new step (「―」 in the old column) and its year-less old and new dates."""

import datetime as dt

from tests.extractor_found import steps

HEAD = (
    "令和9年5月28日\n\n藤波市企画課\n\n藤波市広報動画制作業務委託に係る公募型プロポーザルの日程変更について\n\n"
    "令和9年5月14日付けで公告した標記プロポーザルについて、下記のとおり変更します。\n\n記\n\n"
)
TAIL = "\n問合せ先　藤波市企画課　電話 000-0000-0000\n"
APPLY = ("application", dt.date(2027, 6, 11), dt.time(17, 0), "datetime")
SUBMIT = ("submission", dt.date(2027, 7, 2), dt.time(12, 0), "datetime")
HEAR = ("hearing", dt.date(2027, 7, 15), None, "date")


def schedule(mark_after: str = "", mark_before: str = "", legend: str = "") -> str:
    """A full schedule restated right under the head, the changed rows marked."""
    rows = [
        ("公募開始", "令和9年5月14日（金）", False),
        ("質問の受付期限", "令和9年5月21日（金）午後5時", False),
        ("参加申込書の提出期限", "令和9年6月11日（金）午後5時", True),
        ("企画提案書の提出期限", "令和9年7月2日（金）正午", True),
        ("プレゼンテーション審査", "令和9年7月15日（木）", True),
        ("審査結果の通知", "令和9年7月23日（金）", False),
    ]
    lines = [f"{mark_before if changed else '　'}{label}　{day}{mark_after if changed else ''}" for label, day, changed in rows]
    return HEAD + f"変更後の日程{legend}\n" + "\n".join(lines) + "\n" + TAIL


def test_a_restated_schedule_high_in_a_short_notice_keeps_only_its_marked_rows():
    assert steps(schedule(mark_after="　★", legend="（★印は変更箇所です。）")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(mark_after="　【変更】")) == [APPLY, SUBMIT, HEAR]


def test_the_legend_over_the_schedule_marks_no_first_row():
    assert steps(schedule(mark_before="★", legend="（★印は変更箇所です。）")) == [APPLY, SUBMIT, HEAR]


def test_a_change_tag_opening_the_next_row_is_no_old_value_of_the_row_above():
    assert steps(schedule(mark_before="【変更】")) == [APPLY, SUBMIT, HEAR]


def test_a_note_mark_with_its_word_closes_the_changed_rows_under_its_legend():
    text = schedule(mark_after="　※訂正").replace(TAIL, "※訂正の付いた項目が訂正箇所です。\n" + TAIL)
    assert steps(text) == [APPLY, SUBMIT, HEAR]


def test_a_note_mark_without_a_legend_leaves_the_schedule_whole():
    # (no legend: 「※変更」 may be any note, the schedule stands as written, as before this round)
    assert len(steps(schedule(mark_after="　※変更"))) == 6


def test_a_call_whose_schedule_opens_with_its_start_is_no_change_notice():
    text = (
        "藤波市広報動画制作業務委託に係る公募型プロポーザルの実施について\n\n"
        "公募開始　令和9年5月14日（金）\n参加申込書の提出期限　令和9年6月4日（金）午後5時\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 14), None, "date"),
        ("application", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
    ]


def test_a_re_call_titled_so_keeps_its_whole_schedule():
    text = (
        "藤波市広報動画制作業務委託に係る公募型プロポーザル（再公告）\n\n公告日　令和9年7月5日（月）\n"
        "参加申込書の提出期限　令和9年7月16日（金）午後5時\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 7, 5), None, "date"),
        ("application", dt.date(2027, 7, 16), dt.time(17, 0), "datetime"),
    ]


def test_kaisei_keys_mark_the_old_and_new_values():
    text = HEAD + (
        "（1）参加申込書の提出期限\n　改正前　令和9年6月4日（金）午後5時\n　改正後　令和9年6月11日（金）午後5時\n"
        "（2）企画提案書の提出期限　改定前：令和9年6月25日（金）正午　→　改定後：令和9年7月2日（金）正午\n"
    )
    assert steps(text + TAIL) == [APPLY, SUBMIT]


def test_a_law_revised_is_still_no_step():
    text = HEAD + "参加申込書の提出期限　令和9年6月11日（金）午後5時【変更】\n（条例の改正　令和9年4月1日施行）\n"
    assert steps(text + TAIL) == [APPLY]


def test_wrong_and_right_keys_on_one_line():
    text = HEAD + (
        "（1）参加申込書の提出期限　【誤】令和9年6月4日（金）午後5時　【正】令和9年6月11日（金）午後5時\n"
        "（2）企画提案書の提出期限　誤：6月25日（金）正午　→　正：7月2日（金）正午\n"
    )
    assert steps(text + TAIL) == [APPLY, SUBMIT]


def test_a_bracketed_heading_inside_a_line_still_opens_an_item():
    text = "【参加申込】令和9年6月11日（金）午後5時まで　【提出期限】令和9年7月2日（金）正午まで\n"
    assert [kind for kind, *_ in steps(text)] == ["application", "submission"]


def test_deleted_and_added_marks_and_a_struck_date():
    text = HEAD + (
        "参加申込書の提出期限　〔削除〕令和9年6月4日（金）午後5時　〔追加〕令和9年6月11日（金）午後5時\n"
        "企画提案書の提出期限　~~令和9年6月25日（金）正午~~　令和9年7月2日（金）正午\n"
        "質問の受付期限　令和9年5月21日（金）午後5時\n"
    )
    assert steps(text + TAIL) == [APPLY, SUBMIT]


def test_the_old_date_told_as_what_it_had_been_until():
    text = HEAD + "令和9年6月25日（金）正午までとしていた企画提案書の提出期限を、令和9年7月2日（金）正午までに延長します。\n"
    assert steps(text + TAIL) == [SUBMIT]


def test_the_same_day_after_an_arrow_or_under_the_new_key_keeps_the_old_day():
    arrow = HEAD + "企画提案書の提出期限　令和9年7月2日（金）正午　→　同日午後5時\n"
    block = HEAD + "企画提案書の提出期限\n変更前　7月2日（金）正午\n変更後　同日　午後5時\n"
    moved = ("submission", dt.date(2027, 7, 2), dt.time(17, 0), "datetime")
    assert steps(arrow + TAIL) == [moved]
    assert steps(block + TAIL) == [moved]


def test_same_day_elsewhere_is_still_the_day_before_it():
    text = HEAD + "現地説明会　令和9年6月3日（木）午前10時から\n質問の受付　同日午後5時まで\n"
    assert steps(text + TAIL)[-1] == ("question", dt.date(2027, 6, 3), dt.time(17, 0), "datetime")


def test_unchanged_steps_listed_flat_under_their_heading():
    body = (
        "（1）企画提案書の提出期限\n　変更前　令和9年6月25日（金）正午\n　変更後　令和9年7月2日（金）正午\n\n"
        "変更のない事項（参考）\n参加申込書の提出期限　令和9年6月4日（金）午後5時\nプレゼンテーション審査　令和9年7月8日（木）\n"
    )
    assert steps(HEAD + body + TAIL) == [SUBMIT]
    restated = body.replace("変更のない事項（参考）", "（再掲）")
    assert steps(HEAD + restated + TAIL) == [SUBMIT]


def test_a_plain_heading_over_flat_rows_keeps_them():
    text = HEAD + (
        "（1）企画提案書の提出期限\n　変更前　令和9年6月25日（金）正午\n　変更後　令和9年7月2日（金）正午\n\n"
        "今後の日程\nプレゼンテーション審査　令和9年7月15日（木）\n"
    )
    assert steps(text + TAIL) == [SUBMIT, HEAR]


def test_a_change_table_with_a_new_step_and_year_less_dates():
    text = HEAD + (
        "項目\t当初\t変更後\n"
        "参加申込書の提出期限\t6月4日（金）午後5時\t6月11日（金）午後5時\n"
        "企画提案書の提出期限\t6月25日（金）正午\t7月2日（金）正午\n"
        "追加質問の受付期限\t―\t6月16日（水）午後5時\n"
        "質問の受付期限\t5月21日（金）午後5時\t変更なし\n"
    )
    assert steps(text + TAIL) == [APPLY, ("question", dt.date(2027, 6, 16), dt.time(17, 0), "datetime"), SUBMIT]


def test_a_window_table_of_a_change_notice_is_no_table_of_versions():
    # (「開始」「締切」: no column of the old version; each row a window, its END the step's day)
    text = HEAD + (
        "変更後の日程\n項目\t開始\t締切\n参加申込の受付\t6月1日（火）\t6月11日（金）午後5時\n"
        "企画提案書の受付\t6月21日（月）\t7月2日（金）正午\n"
    )
    assert steps(text + TAIL) == [APPLY, SUBMIT]
