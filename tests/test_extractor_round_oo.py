"""A bid team's pastes (round oo): a sheet's row whose first cell is quoted over lines, a chat's reply that gives the
day of the step its question asked about, a row's daily hours beside its window.
Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a sheet's row whose first cell holds a line break, copied quoted -------------------------------------------


def test_a_rows_first_cell_quoted_over_two_lines_is_its_own_row():
    text = (
        "令和9年度　東雲町入札公告（条件付一般競争入札）\t\t\t\t\t\t\t\n"
        "\t\t\t\t\t\t\t\n"
        "公告番号\t東雲町公告第42号\t\t\t公告日\tR9.5.6\t(木)\t\n"
        "件名\t町道舗装補修設計業務委託\t\t\t\t\t\t\n"
        "\t\t\t\t\t\t\t\n"
        "■ 日程\t\t\t\t\t\t\t\n"
        "項目\t開始\t\t～\t終了\t\t時間\t方法\n"
        "参加資格確認申請書の提出\tR9.5.10\t(月)\t～\tR9.5.14\t(金)\t9:00～17:00\t電子入札システム\n"
        '"質問書の提出期限\n'
        '（仕様書に関するもの）"\t\t\t\tR9.5.17\t(月)\t17:00まで\t電子メール\n'
        "質問に対する回答\t\t\t\tR9.5.20\t(木)\t\t町ホームページに掲載\n"
        "開札\t\t\t\tR9.5.28\t(金)\t10:00\t役場 2階 入札室\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("application", "2027-05-14", "17:00", "datetime"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("answer", "2027-05-20", None, "date"),
        ("other", "2027-05-28", "10:00", "datetime"),
    ]
    # run onto one line, the quoted cell's line break a space: the question's row still its own, with its time
    assert [step for step in found(one_line(text)) if step[0] == "question"] == [("question", "2027-05-17", "17:00", "datetime")]


def test_a_quoted_first_cell_under_a_longer_row_is_not_that_rows_rest():
    text = (
        "No\t工程\t期日\t時刻\t備考\n"
        "1\t現地説明会の参加申込\t2027/06/01\t17:00\t様式1をメールで提出すること\n"
        '"2\n'
        '（追加）"\t技術提案書の提出\t2027/06/20\t12:00\t持参のみ\n'
    )
    assert found(text) == [
        ("other", "2027-06-01", "17:00", "datetime"),
        ("submission", "2027-06-20", "12:00", "datetime"),
    ]


# --- a chat's reply that gives the day a question asked about ---------------------------------------------------


def test_a_reply_of_a_day_alone_takes_the_step_its_question_asked_about():
    text = (
        "2027/05/06(木)\n"
        "09:10\t木村\t公告出ました。提案書の提出期限 2027年5月28日(金)17時です\n"
        "09:40\t森\t回答が5/20だと、提案書まであまり時間ないですね\n"
        "09:41\t木村\t提案書って5/27〆でしたっけ？\n"
        "09:42\t森\t5/28(金)17時です\n"
    )
    assert found(text) == [("submission", "2027-05-28", "17:00", "datetime")]
    text = (
        "2027/05/06(木)\n"
        "09:10\t木村\t公告出ました。参加申込書の提出期限は2027年5月21日(金)正午です\n"
        "09:12\t木村\t質問への回答は5月14日(金)に掲載\n"
        "09:40\t森\t回答が5/14だと、申込まで1週間ですね\n"
        "09:41\t木村\t参加申込書は5/20〆だったよね？\n"
        "09:42\t森\t5/21(金)正午です。メールのみ\n"
    )
    assert found(text) == [("answer", "2027-05-14", None, "date"), ("application", "2027-05-21", "12:00", "datetime")]


# --- a row's daily hours beside its window's days ---------------------------------------------------------------


def test_a_rows_daily_hours_cell_closes_its_window_and_names_no_step():
    text = (
        "3 参加申込書の提出\n"
        "(1) 提出期間\t令和9年6月1日 (火) から6月8日 (火) まで\t受付時間 午前9時から午後5時まで (閉庁日を除く。)\n"
        "(2) 提出方法\t持参又は郵送\n"
    )
    assert found(text) == [("application", "2027-06-08", "17:00", "datetime")]
    text = "4 質問の受付\n(1) 受付期間\t令和9年6月1日(火)から6月4日(金)まで\t受付時間 9:00～16:00\n"
    assert found(text) == [("question", "2027-06-04", "16:00", "datetime")]


# --- a task board's remarks: the team's own days ----------------------------------------------------------------


def test_a_task_cards_remarks_of_the_teams_own_days_are_no_steps():
    text = (
        "プロジェクト: 東雲県 基幹系更新 入札対応\n"
        "==============================\n"
        "SHN-3　競争参加資格確認申請書の提出\n"
        "状態: 処理中　担当者: 森 裕子　優先度: 高\n"
        "開始日: 2027/05/10　期限日: 2027/05/20\n"
        "説明:\n"
        "県への提出期限は 5/21（金）17時必着。郵送なので余裕を見て 5/19（水）発送にしている。\n"
        "入札金額は5/25（火）の役員会で決定。\n"
        "開札は 6/2（水）10:00、電子入札システム上で。\n"
    )
    # (the card's deadline and the opening stay; the day the team posts its papers and its board's meeting go)
    assert [day for _, day, *_ in found(text)] == ["2027-05-21", "2027-06-02"]
