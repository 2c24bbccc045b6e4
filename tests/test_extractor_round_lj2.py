"""Round lj2: change notices, second pass — the date of an earlier mail a postponement refers to, an event's days with
the hour of each day on the next line, a sentence wrapped one cell a line that restates a step as first planned."""

from tests.extractor_found import found, one_line

POSTPONED_MAIL = (
    "令和9年度 観光パンフレット制作業務 二次審査（ヒアリング）の延期について\n"
    "\n"
    "二次審査対象者 各位\n"
    "\n"
    "令和9年9月3日にご案内いたしました二次審査（ヒアリング）につきまして、\n"
    "会場の都合により、下記のとおり延期いたします。\n"
    "\n"
    "【二次審査（ヒアリング）】\n"
    "　変更前：9月10日（金）13:00～16:00\n"
    "　変更後：9月16日（木）・17日（金）の2日間\n"
    "　　　　　両日とも 9:30～15:00\n"
    "\n"
    "【審査結果の通知】\n"
    "　変更前：9月下旬\n"
    "　変更後：10月上旬（予定）\n"
)


def test_the_day_of_an_earlier_mail_a_postponement_refers_to_is_no_step():
    # (「9月4日にご案内いたしました…につきまして」: the day the earlier mail was sent, not the hearing's)
    for text in (POSTPONED_MAIL, one_line(POSTPONED_MAIL)):
        assert ("hearing", "2027-09-03", None, "date") not in found(text)


def test_an_events_days_take_the_hour_of_each_day_told_on_the_next_line():
    # (「9月16日（木）・17日（金）の2日間」 / 「両日とも 9:30～15:00」: the hearing from its first day's hour)
    for text in (POSTPONED_MAIL, one_line(POSTPONED_MAIL)):
        assert found(text) == [
            ("hearing", "2027-09-16", "09:30", "datetime"),
            ("result", "2027-10-01", None, "early_month"),
        ]


def test_an_hour_on_the_next_line_without_a_word_for_each_day_is_not_taken_for_the_days():
    # (the line below the days a note of another kind: its hours are office hours, not the event's)
    text = (
        "令和9年度 観光パンフレット制作業務 ヒアリングの実施について\n"
        "\n"
        "【ヒアリング】\n"
        "　日時：9月16日（木）・17日（金）の2日間\n"
        "　　　　詳細は個別に通知します。\n"
        "　問合せ 平日 9:00～17:00\n"
    )
    assert found(text) == [("hearing", "2027-09-16", None, "date")]


ANSWER_SHEET = (
    "令和9年度 窓口案内システム構築業務委託公募型プロポーザル\n"
    "質 問 回 答 書\n"
    "令和9年5月14日\n"
    "No.\n"
    "質問内容\n"
    "回答\n"
    "1\n"
    "企画提案書の提出期限の延長を要望\n"
    "します。\n"
    "企画提案書の提出期限を次のとおり変\n"
    "更します。\n"
    "（変更前）令和9年5月28日（金）\n"
    "午後5時\n"
    "（変更後）令和9年6月4日（金）\n"
    "午後5時\n"
    "2\n"
    "参加資格確認結果の通知日に変更\n"
    "はありますか。\n"
    "変更はありません。当初の予定どお\n"
    "り、5月21日（金）に電子メールで\n"
    "通知します。\n"
)


def test_a_sentence_wrapped_one_cell_a_line_that_restates_a_step_as_first_planned_keeps_it_out():
    # (「変更はありません。当初の予定どお」 / 「り、5月21日（金）に…通知します。」: the sentence of the date starts on the
    # line above; the step is restated unchanged, the moved deadline stays)
    assert found(ANSWER_SHEET) == [("submission", "2027-06-04", "17:00", "datetime")]
