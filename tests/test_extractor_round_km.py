"""Notices that follow a call (round km): a symbol a legend makes the change mark (「＊は今回変更した日程です。」
「（●印：変更箇所）」), before the step or after its date; a tag of the change before the step's name (「（変更）」
「〈延期〉」「（3）【変更】」); the call's steps a change notice lists as over (「（受付終了）」「　済」「【終了】」); a list of
the steps to come (「今後の予定」) that gives again the day a change told above moved a step to."""

import datetime as dt

from tests.extractor_found import steps

HEAD = (
    "令和9年6月14日\n\n浜茄子町総務課\n\n浜茄子町公式サイト改修業務委託に係る公募型プロポーザルの日程変更について\n\n"
    "令和9年5月24日付けで公告した標記プロポーザルについて、下記のとおり変更します。\n\n記\n\n"
)
TAIL = "\n問合せ先　浜茄子町総務課　電話 000-0000-0000\n"
APPLY = ("application", dt.date(2027, 6, 25), dt.time(17, 0), "datetime")
SUBMIT = ("submission", dt.date(2027, 7, 9), dt.time(12, 0), "datetime")
HEAR = ("hearing", dt.date(2027, 7, 21), None, "date")
ROWS = [
    ("募集開始", "令和9年5月24日（月）", ""),
    ("質問の受付期限", "令和9年6月4日（金）午後5時", ""),
    ("参加申込書の提出期限", "令和9年6月25日（金）午後5時", "x"),
    ("企画提案書の提出期限", "令和9年7月9日（金）正午", "x"),
    ("プレゼンテーション審査", "令和9年7月21日（水）", "x"),
    ("審査結果の通知", "令和9年7月30日（金）", ""),
]


def schedule(before: str = "", after: str = "", legend: str = "", numbered: bool = False, done: str = "") -> str:
    lines = []
    for at, (label, day, changed) in enumerate(ROWS, 1):
        number = f"（{at}）" if numbered else ""
        tail = after if changed else (done if at <= 2 and done else "")
        lines.append(f"{before if changed else ''}{number}{label}　{day}{tail}")
    return HEAD + "変更後の日程\n" + "\n".join(lines) + ("\n" + legend if legend else "") + "\n" + TAIL


def test_a_symbol_its_legend_makes_the_change_mark_marks_the_changed_rows():
    assert steps(schedule(after="　＊", legend="＊は今回変更した日程です。")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(after=" ●", legend="（●印：変更箇所）")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(before="◆", legend="◆を付した項目が変更箇所です。")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(before="＊", numbered=True, legend="＊印の項目を変更しました。")) == [APPLY, SUBMIT, HEAR]


def test_a_symbol_without_its_legend_leaves_the_schedule_whole():
    # (「＊」 with no legend may be any footnote: the schedule stands as written)
    assert len(steps(schedule(after="　＊"))) == 6


def test_every_row_bulleted_under_a_call_is_no_change_mark():
    text = (
        "浜茄子町公式サイト改修業務委託に係る公募型プロポーザルの実施について\n\nスケジュール\n"
        + "\n".join(f"●{label}　{day}" for label, day, _ in ROWS)
        + "\n"
        + TAIL
    )
    assert len(steps(text)) == 6


def test_a_tag_of_the_change_before_the_steps_name_marks_its_row():
    assert steps(schedule(before="（変更）")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(before="〈延期〉")) == [APPLY, SUBMIT, HEAR]
    assert steps(schedule(before="［変更］")) == [APPLY, SUBMIT, HEAR]


def test_a_tag_after_the_rows_number_opening_the_next_row_is_no_old_value_of_the_row_above():
    text = (
        HEAD
        + "変更後の日程\n"
        + "\n".join(f"（{at}）{'【変更】' if changed else ''}{label}　{day}" for at, (label, day, changed) in enumerate(ROWS, 1))
        + "\n"
        + TAIL
    )
    assert steps(text) == [APPLY, SUBMIT, HEAR]


def test_a_tag_that_keys_a_value_is_no_tag_of_a_row():
    # (「（変更後）令和9年…」: the key of the new value under its step, not a row's tag)
    text = HEAD + "企画提案書の提出期限\n（変更前）令和9年7月2日（金）正午\n（変更後）令和9年7月9日（金）正午\n" + TAIL
    assert steps(text) == [SUBMIT]


def test_steps_a_cited_call_lists_as_over_are_no_steps_to_come():
    text = schedule(after="　★", legend="★印は変更箇所です。", done="（受付終了）")
    assert steps(text) == [APPLY, SUBMIT, HEAR]
    block = (
        "１　変更内容\n企画提案書の提出期限\n　変更前　令和9年7月2日（金）正午\n　変更後　令和9年7月9日（金）正午\n\n"
        "２　参考\n質問の受付期限　令和9年6月4日（金）午後5時　済\n参加申込書の提出期限　令和9年6月11日（金）午後5時【終了】\n"
    )
    assert steps(HEAD + block + TAIL) == [SUBMIT]


def test_a_call_page_keeps_the_steps_it_marks_as_over():
    text = (
        "浜茄子町公式サイト改修業務委託に係る公募型プロポーザルの実施について\n更新日：2027年6月14日\n\nスケジュール\n"
        + "\n".join(f"{label}　{day}{'（終了）' if at <= 2 else ''}" for at, (label, day, _) in enumerate(ROWS, 1))
        + "\n"
        + TAIL
    )
    assert len(steps(text)) == 6


def test_the_steps_to_come_listed_with_the_changed_one_at_its_new_day_are_restated():
    block = (
        "１　変更内容\n参加申込書の提出期限\n　変更前　令和9年6月18日（金）午後5時\n　変更後　令和9年6月25日（金）午後5時\n\n"
        "２　今後の予定\n参加申込書の提出期限　令和9年6月25日（金）午後5時\n企画提案書の提出期限　令和9年7月2日（金）正午\n"
        "プレゼンテーション審査　令和9年7月14日（水）\n審査結果の通知　令和9年7月30日（金）\n"
    )
    assert steps(HEAD + block + TAIL) == [APPLY]
    prose = HEAD + "参加申込書の提出期限を令和9年6月25日（金）午後5時に変更します。\n\n" + block[block.index("２") :] + TAIL
    assert steps(prose) == [APPLY]


def test_the_steps_to_come_listed_without_the_changed_one_stand():
    # (the list may give the days the change moved them to: nothing says they stand as they were)
    block = (
        "１　変更内容\n参加申込書の提出期限\n　変更前　令和9年6月18日（金）午後5時\n　変更後　令和9年6月25日（金）午後5時\n\n"
        "２　その後の日程\n企画提案書の提出期限　令和9年7月9日（金）正午\nプレゼンテーション審査　令和9年7月21日（水）\n"
    )
    assert steps(HEAD + block + TAIL) == [APPLY, SUBMIT, HEAR]


def versions(heads: str, sep: str = "|") -> str:
    cols = heads.split("/")
    rows = [
        ["企画提案書の提出期限", "令和9年6月25日（金）正午", "令和9年7月2日（金）正午", "令和9年7月9日（金）正午"],
        ["質問の受付期限", "令和9年6月4日（金）午後5時", "令和9年6月4日（金）午後5時", "令和9年6月4日（金）午後5時"],
    ]
    lines = [sep.join(["項目", *cols])] + [sep.join(row) for row in rows]
    return HEAD + "\n".join(lines) + "\n" + TAIL


def test_a_first_change_column_before_a_second_is_superseded_and_a_row_the_same_in_each_version_restated():
    assert steps(versions("当初/第1回変更後/第2回変更後")) == [SUBMIT]
    assert steps(versions("当初/第1回変更後/第2回変更後", "\t")) == [SUBMIT]
    assert steps(versions("変更前/1回目変更後/2回目変更後")) == [SUBMIT]


def test_a_single_change_column_after_its_round_keeps_its_dates():
    # (「第1回変更後」 the last column: the dates in force)
    text = HEAD + "項目|当初|第1回変更後\n企画提案書の提出期限|令和9年7月2日（金）正午|令和9年7月9日（金）正午\n" + TAIL
    assert steps(text) == [SUBMIT]
