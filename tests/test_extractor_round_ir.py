"""Schedule tables a PDF's converter gave as two blocks (round ir): all the steps one a line, then all their dates one a
line in the same order (or the dates first), under headings of any words or none, a page's footer perhaps between two
cells. Each test a notice written for its class."""

import pytest

from tests.extractor_found import found, one_line

HEAD = (
    "梢ヶ丘町公告第31号\n"
    "梢ヶ丘町観光案内所運営業務委託に係る公募型プロポーザルを次のとおり実施する。\n"
    "令和11年5月7日\n"
    "梢ヶ丘町長 早瀬 志保\n"
    "\n"
    "第1 業務の概要\n"
    "1 業務名 梢ヶ丘町観光案内所運営業務委託\n"
    "2 業務期間 契約締結日から令和12年3月31日(日)まで\n"
    "3 上限額 9,240,000円(消費税及び地方消費税を含む。)\n"
    "\n"
    "第2 参加資格\n"
    "1 地方自治法施行令(昭和22年政令第16号)第167条の4の規定に該当しない者\n"
    "2 梢ヶ丘町の入札参加資格者名簿(令和11・12年度)に登録されている者\n"
    "\n"
)
TAIL = (
    "\n"
    "第4 提出方法\n"
    "1 提出書類 参加表明書(様式第1号)、会社概要書(様式第2号)、企画提案書(任意様式)\n"
    "2 提出方法 持参又は郵送(郵送の場合は書留郵便とし、期限までに必着のこと。)\n"
    "3 受付時間 持参の場合は、土曜日、日曜日及び祝日を除く午前9時から午後5時までとする。\n"
    "\n"
    "第5 問合せ先\n"
    "梢ヶ丘町 産業振興課 観光係\n"
    "電話 000-0000-0000\n"
    "電子メール kanko@example.jp\n"
)
STEPS = [
    "募集要項の公表",
    "質問の受付期限",
    "質問への回答",
    "参加表明書の提出期限",
    "企画提案書の提出期限",
    "プレゼンテーション審査",
    "審査結果の通知",
    "契約締結",
    "業務開始",
]
DATES = [
    "令和11年5月7日(月)",
    "令和11年5月16日(水)正午",
    "令和11年5月21日(月)までに町ホームページに掲載",
    "令和11年5月25日(金)午後5時(必着)",
    "令和11年6月8日(金)午後5時(必着)",
    "令和11年6月18日(月)~6月19日(火)のうち町が指定する日時",
    "令和11年6月下旬",
    "令和11年7月上旬(予定)",
]
EXPECTED = [
    ("published", "2029-05-07", None, "date"),
    ("question", "2029-05-16", "12:00", "datetime"),
    ("answer", "2029-05-21", None, "date"),
    ("application", "2029-05-25", "17:00", "datetime"),
    ("submission", "2029-06-08", "17:00", "datetime"),
    ("hearing", "2029-06-18", None, "date"),
    ("result", "2029-06-01", None, "late_month"),
    ("contract", "2029-07-01", None, "early_month"),
]


def notice(*block: str) -> str:
    return HEAD + "\n".join(block) + "\n" + TAIL


# --- the steps' block, then the dates' block: the last row's cell a word -------------------------------------


@pytest.mark.parametrize(
    ("heading", "steps_head", "dates_head", "last"),
    [
        ("第3 スケジュール", "項目", "日程", "契約締結日"),
        ("第3 選定の流れ", "手続", "期日", "契約締結後"),
        ("3 スケジュール", None, None, "追って通知"),
    ],
)
def test_the_last_date_cell_in_words_keeps_the_steps_and_dates_in_step(heading, steps_head, dates_head, last):
    # 「業務開始」 / 「契約締結日」: the last row gives no date of its own; read without it, the dates were one fewer than
    # the steps, and the steps were read one row off (or not at all)
    block = [heading, *([steps_head] if steps_head else []), *STEPS, *([dates_head] if dates_head else []), *DATES, last]
    text = notice(*block)
    assert found(text) == EXPECTED
    assert found(one_line(text)) == EXPECTED


def test_a_page_footer_between_the_cells_is_no_cell():
    block = [
        "第3 スケジュール",
        "項目",
        *STEPS[:5],
        "- 2 -",
        "梢ヶ丘町観光案内所運営業務委託 実施要領",
        *STEPS[5:],
        "日程",
        *DATES[:3],
        "- 3 -",
        "梢ヶ丘町観光案内所運営業務委託 実施要領",
        *DATES[3:],
        "契約締結日",
    ]
    text = "- 1 -\n梢ヶ丘町観光案内所運営業務委託 実施要領\n" + notice(*block) + "- 4 -\n"
    assert found(text) == EXPECTED


def test_steps_apart_in_count_from_the_dates_are_not_paired():
    # one step more than the dates and the word under them: no row of the one table read one off
    text = notice("第3 スケジュール", "項目", "説明会", *STEPS, "日程", *DATES, "契約締結日")
    assert ("published", "2029-05-07", None, "date") not in found(text)
    assert ("contract", "2029-07-01", None, "early_month") not in found(text)


# --- the dates' column: a date and words that name no step; its name after words that name none --------------


def test_a_date_cell_going_on_in_words_is_a_cell_of_the_dates():
    # 「令和11年5月21日(月)までに町ホームページに掲載」「…のうち町が指定する日時」: more than a bare date, no step named
    # (no column's name over either block)
    text = notice("3 スケジュール", *STEPS[:8], *DATES)
    assert found(text) == EXPECTED


@pytest.mark.parametrize("dates_head", ["実施予定日", "開催予定日"])
def test_the_dates_column_named_after_words_that_name_no_step(dates_head):
    # 「実施予定日」 over the dates: the column's name, no step's label (the steps' block has 「実施内容」 atop it); a
    # cell 「随時」 among the dates gives its row no date
    block = ["第3 日程", "実施内容", *STEPS[:2], "質問への回答", *STEPS[3:5], dates_head]
    block += [DATES[0], DATES[1], "随時", DATES[3], DATES[4]]
    assert found(notice(*block)) == [EXPECTED[0], EXPECTED[1], EXPECTED[3], EXPECTED[4]]


def test_a_step_named_with_a_column_of_dates_word_keeps_its_label():
    # 「提出期限」 (its words name a step) is a step's label, no column's name: one step more than the dates, not read
    block = ["第3 日程", "項目", *STEPS[:4], "提出期限", "日程", *DATES[:4]]
    assert ("submission", "2029-05-25", "17:00", "datetime") not in found(notice(*block))


# --- the dates' block first, then the steps' ----------------------------------------------------------------


def test_the_dates_first_with_the_last_cell_in_words():
    # 「日時」 over the dates, 「内容」 over the steps: the dates' last cell 「契約締結日」 (the row of 「業務開始」) stood
    # between the dates and the steps' header, and the dates' column ended a cell short of the steps'
    block = ["第3 日程", "日時", *DATES[:6], "契約締結日", "内容", *STEPS[:6], "業務開始"]
    assert found(notice(*block)) == EXPECTED[:6]


def test_the_dates_first_with_a_word_of_another_column_after_them_are_not_paired_one_off():
    # 「備考」, the header of a third column, right under the dates: no cell of theirs
    block = ["第3 日程", "日時", *DATES[:6], "内容", *STEPS[:6], "備考", "町ホームページ", "電子メール"]
    assert found(notice(*block))[:6] == EXPECTED[:6]


# --- a page's last sentence and the next page's header on one line -------------------------------------------


def test_a_footnote_ending_a_page_heads_no_step_of_the_next_page_in_one_line():
    # run onto one line and put back, 「※1 …推奨します。 －３－ 霞ヶ原市 指定管理者募集要項」 is one line: the page's
    # last note, its number and the next page's running header, no heading of 「(4) 申請書の提出」 below it
    text = (
        "霞ヶ原市立体育館及び霞ヶ原市立武道館\n"
        "指定管理者募集要項\n"
        "\n"
        "令和9年5月\n"
        "霞ヶ原市 教育委員会 スポーツ振興課\n"
        "\n"
        "－１－\n"
        "霞ヶ原市 指定管理者募集要項\n"
        "1 趣旨\n"
        "霞ヶ原市立体育館及び霞ヶ原市立武道館(以下「本施設」という。)の管理運営について、地方自治法第244条の2第3項の"
        "規定に基づき、指定管理者を募集する。\n"
        "2 指定期間\n"
        "令和10年4月1日から5年間とする。ただし、指定管理者の指定は市議会の議決を経て行う。\n"
        "3 応募資格\n"
        "(1) 法人その他の団体であること。\n"
        "(2) 市税等を滞納していないこと。\n"
        "\n"
        "－２－\n"
        "霞ヶ原市 指定管理者募集要項\n"
        "4 募集日程\n"
        "(1) 募集要項の配布 令和9年6月1日(火)~6月30日(水)\n"
        "(2) 説明会 令和9年6月8日(火)午後2時から ※1\n"
        "(3) 質問の受付 令和9年6月10日(木)午後5時まで\n"
        "※1 説明会への参加は応募の条件としませんが、参加を強く推奨します。\n"
        "－３－\n"
        "霞ヶ原市 指定管理者募集要項\n"
        "(4) 申請書の提出 令和9年6月21日(月)~6月30日(水) 午前9時~午後5時\n"
        "(5) 選定結果の通知 令和9年8月上旬\n"
        "5 問合せ先\n"
        "霞ヶ原市 教育委員会 スポーツ振興課 電話 000-0000-0000\n"
        "－４－\n"
    )
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("other", "2027-06-08", "14:00", "datetime"),
        ("question", "2027-06-10", "17:00", "datetime"),
        ("submission", "2027-06-30", "17:00", "datetime"),
        ("result", "2027-08-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
