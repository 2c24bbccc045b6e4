"""Issuers' change notices and calls as tools and people hand them over (round sc): each test a few lines written for
its class."""

from tests.extractor_found import found, one_line

# --- a table of the old and the new schedule, each column named with what it holds --------------------------


CHANGE_TABLE = (
    "【日程変更】市民プール指定管理者募集　日程の変更について\n"
    "令和9年5月5日\n"
    "市民プール指定管理者募集について、次のとおり日程を変更します。\n"
    "項目\t当初の予定\t変更後の予定\n"
    "現地説明会\t5月12日（水）午前10時\t5月26日（水）午前10時\n"
    "施設見学\t〃（説明会終了後）\t〃（説明会終了後）\n"
    "提案書の提出期限\t6月4日（金）午後5時\t6月18日（金）午後5時\n"
)


def test_a_column_of_the_old_dates_named_with_what_it_holds_is_the_old_version():
    assert found(CHANGE_TABLE) == [
        ("other", "2027-05-26", "10:00", "datetime"),
        ("other", "2027-05-26", None, "date"),
        ("submission", "2027-06-18", "17:00", "datetime"),
    ]


def test_a_ditto_after_another_step_ends_keeps_the_day_not_the_hour():
    assert ("other", "2027-05-26", None, "date") in found(CHANGE_TABLE)
    assert ("other", "2027-05-26", None, "date") in found(one_line(CHANGE_TABLE))


# --- a step's day told as the day after another's ---------------------------------------------------------


def test_the_day_after_a_named_step_in_the_new_column_is_that_steps_next_day():
    text = (
        "【日程変更】公園管理運営事業者募集　日程の変更について\n"
        "令和9年5月5日\n"
        "項目\t当初の日程\t変更後の日程\n"
        "プレゼンテーション審査\t6月10日（木）\t6月24日（木）\n"
        "審査結果の通知\t6月11日（金）\tプレゼンテーション審査の翌日\n"
    )
    assert found(text) == [("hearing", "2027-06-24", None, "date"), ("result", "2027-06-25", None, "date")]


def test_an_answer_by_the_day_after_the_question_deadline_is_dated():
    text = (
        "5 質問\n"
        "(1) 質問の受付期限 令和9年8月2日（月）午後3時まで\n"
        "(2) 回答は 受付期限の翌日までに 電子メールで送付する。\n"
    )
    assert found(text) == [("question", "2027-08-02", "15:00", "datetime"), ("answer", "2027-08-03", None, "date")]


def test_the_day_after_that_opens_a_period_is_no_step():
    text = "(1) 入札書の提出期限 令和9年8月2日（月）午後3時まで\n(2) 履行期間 契約締結の翌日から令和10年3月31日まで\n"
    assert found(text) == [("submission", "2027-08-02", "15:00", "datetime")]


# --- a notice dictated into a phone ----------------------------------------------------------------------


def test_dictated_item_marks_read_as_bracketed_numbers_also_on_one_line():
    text = (
        "3 質問\n"
        "かっこ1 受付期限 令和9年8月2日月曜日 正午まで\n"
        "かっこ2 提出方法 電子メールに限る。\n"
        "4 入札書の提出\n"
        "かっこ1 提出期限 令和9年8月20日金曜日 午後5時まで\n"
    )
    expected = [("question", "2027-08-02", "12:00", "datetime"), ("submission", "2027-08-20", "17:00", "datetime")]
    assert found(text) == expected
    assert [day for _, *day in found(one_line(text))] == [day for _, *day in expected]


# --- a page of dated posts, each under its subject field ----------------------------------------------------


BROADCASTS = (
    "防災行政無線の放送内容（令和9年10月）\n"
    "更新日：2027年10月20日\n"
    "10月20日（水曜日）午後6時00分　定時放送\n"
    "件名：町有林の立木売払い（入札）の延期について\n"
    "放送文：\n"
    "10月27日、水曜日に予定しておりました町有林の立木売払いの入札は、11月10日、水曜日に延期いたします。"
    "入札は、11月10日、水曜日の午前10時から、役場2階の会議室で行います。"
    "なお、10月22日、金曜日の現地説明会は、予定どおり午後1時30分から行います。\n"
    "10月18日（月曜日）午前7時00分　定時放送\n"
    "件名：町民運動会について\n"
    "放送文：\n"
    "町民運動会は、10月31日、日曜日の午前9時から、町民グラウンドで行います。参加賞を用意しています。\n"
    "10月15日（金曜日）午前7時00分　定時放送\n"
    "件名：秋の交通安全運動について\n"
    "放送文：\n"
    "本日から10月24日、日曜日までの10日間、秋の交通安全運動が行われます。\n"
)


def test_a_broadcast_of_a_postponement_among_others_gives_its_new_day_alone():
    expected = [("submission", "2027-11-10", "10:00", "datetime")]
    assert found(BROADCASTS) == expected
    assert found(one_line(BROADCASTS)) == expected


# --- an address names no step -----------------------------------------------------------------------------


def test_an_address_names_no_step():
    text = (
        "https://www.example.jp/news/2027/proposal_deadline.html 2 captures 15 Feb 2027 - 02 Mar 2027\n"
        "企画提案書の提出期限 2027年3月19日（金）17:00\n"
    )
    assert found(text) == [("submission", "2027-03-19", "17:00", "datetime")]


# --- a change notice's own posting day ----------------------------------------------------------------------


def test_a_change_notices_posting_day_is_no_publication_in_either_shape():
    text = (
        "ホーム > 入札・契約 > 新着情報\n"
        "清掃業務委託 公募型プロポーザルの日程変更について\n"
        "掲載日：令和9年（2027年）3月8日\n"
        "令和9年（2027年）2月22日に公告しました清掃業務委託に係る公募型プロポーザルについて、下記のとおり日程を変更します。\n"
        "手続\t変更前\t変更後\n"
        "企画提案書の提出期限\t2027年3月15日(月)17時\t2027年3月29日(月)17時\n"
    )
    expected = [("submission", "2027-03-29", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
