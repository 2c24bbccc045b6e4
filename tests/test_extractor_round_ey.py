"""Ordinary calls in layouts the extractor meets less often, and calls as pasted into a bid team's tool (round ey):
each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# the notice's own lines around a table, long enough that the one-line text is cut back into lines
_ABOUT = (
    "朝霧町立図書館 貸出用タブレット端末賃貸借 一般競争入札公告\n"
    "\n"
    "1. 入札に付する事項\n"
    "(1) 件名　朝霧町立図書館貸出用タブレット端末賃貸借\n"
    "(2) 賃貸借期間　令和9年11月1日から令和14年10月31日まで\n"
    "(3) 入札方法　賃貸借期間の総額をもって入札に付する。\n"
    "入札参加資格は、地方自治法施行令第167条の4の規定に該当しない者であって、朝霧町の競争入札参加資格者名簿に登録されているものとする。\n"
    "2. 日程\n"
)

# --- a Markdown table whose rows take two lines, the second with an empty first cell --------------------------------

_TWO_LINE_ROWS = (
    "| No. | 手続 | 日時 |\n"
    "|---|---|---|\n"
    "| 1 | 質問書の提出期限 | 令和9年9月7日(火) |\n"
    "|  | (電子メールに限る) | 午後5時まで |\n"
    "| 2 | 入札参加資格確認申請書の提出期限 | 令和9年9月14日(火) |\n"
    "|  | (持参又は郵送) | 正午まで |\n"
    "| 3 | 開札 | 令和9年9月28日(火) |\n"
    "|  | (役場2階 入札室) | 午前10時 |\n"
    "\n"
    "3. 入札保証金　免除する。\n"
)
_TWO_LINE_FOUND = [
    ("question", "2027-09-07", "17:00", "datetime"),
    ("application", "2027-09-14", "12:00", "datetime"),
    ("other", "2027-09-28", "10:00", "datetime"),
]


def test_a_markdown_table_run_onto_one_line_keeps_a_row_with_an_empty_first_cell_whole():
    # (「… | |  | (電子メールに限る) | 午後5時まで |」: the empty cell is no row's end; read as the text as written is)
    assert found(_ABOUT + _TWO_LINE_ROWS) == _TWO_LINE_FOUND
    assert found(one_line(_ABOUT + _TWO_LINE_ROWS)) == _TWO_LINE_FOUND


# --- a hearing held on one day of a few, the issuer naming which ----------------------------------------------------

_CALL = "潮見町観光パンフレット作成業務 企画競争実施要領\n" "1 企画書の提出期限 令和9年6月4日（金）正午\n"


def test_a_hearing_on_a_day_the_issuer_picks_from_a_few_records_the_first():
    text = _CALL + "2 ヒアリング審査は、令和9年6月14日（月）から6月16日（水）までのうち、町が指定する日時に実施する。\n"
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-14", None, "date"),
    ]


def test_a_hearing_on_one_of_a_few_days_keyed_under_its_heading_records_the_first():
    text = _CALL + "■ 審査（ヒアリング）\n日時：令和9年6月14日（月）から令和9年6月16日（水）までのいずれか\n場所：町役場3階\n"
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-14", None, "date"),
    ]


# --- a row's date that closes a range of hours, an aside after it ---------------------------------------------------


def test_a_range_of_hours_closed_after_its_date_names_no_step_of_the_words_after_it():
    # (「…正午まで（受付は午前9時30分から）」: the reception opens the briefing, no hand-in named after the date)
    text = (
        "第5　現地説明会\n"
        "1.\t日時\t令和9年7月15日（木）午前10時から正午まで（受付は午前9時30分から）\n"
        "2.\t集合場所\t町民体育館　1階会議室\n"
    )
    assert found(text) == [("other", "2027-07-15", "10:00", "datetime")]


# --- a hearing's questions and answers held with it -----------------------------------------------------------------


def test_a_presentation_and_its_questions_and_answers_are_one_hearing():
    # (「質疑応答を…実施する」: the questions the committee asks at the hearing, no question deadline of the call)
    text = _CALL + "3 審査委員会は、提案者によるプレゼンテーション及び質疑応答を、令和9年6月15日（火）に町役場で実施する。\n"
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-15", None, "date"),
    ]


# --- the day each party is told its own time ------------------------------------------------------------------------


def test_the_day_each_party_is_told_its_hearing_time_is_no_step():
    text = _CALL + (
        "■ 審査（ヒアリング）\n"
        "日時：令和9年6月14日（月）から令和9年6月15日（火）までのいずれか\n"
        "（各者40分程度。各者の時刻は令和9年6月9日（水）までに電子メールで連\n"
        "絡する。）\n"
        "場所：町役場3階\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-14", None, "date"),
    ]


def test_the_day_the_time_is_told_if_no_first_round_is_held_is_no_step():
    text = _CALL + (
        "3 ヒアリングは令和9年6月14日（月）に実施する。各者の開始時刻は、書類審査の結果と併せて通知する。"
        "書類審査を行わない場合は、令和9年6月9日（水）までに時刻を通知する。\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-14", None, "date"),
    ]


# --- a forwarded mail run onto one line -----------------------------------------------------------------------------

_FORWARDED = (
    "件名: Fw: 【朝霧町】観光パンフレット作成業務 企画競争の公告\n"
    "差出人: 森 直子\n"
    "日付: 2027年5月20日(木) 9:12\n"
    "\n"
    "チーム各位\n"
    "\n"
    "朝霧町の観光パンフレット案件の公告が届きました。前向きに検討したいと思います。\n"
    "社内の段取りです。\n"
    "・5/26(水) 構成案の確定\n"
    "・6/2(水) 最終版の確定・印刷\n"
    "よろしくお願いします。\n"
    "\n"
    "-----Original Message-----\n"
    "From: 朝霧町 商工観光課\n"
    "件名: 【朝霧町】観光パンフレット作成業務 企画競争の公告\n"
    "\n"
    "朝霧町観光パンフレット作成業務の受託者を企画競争により選定するため、次のとおり企画提案を募集します。"
    "参加資格は、地方自治法施行令第167条の4の規定に該当しない者であって、朝霧町の競争入札参加資格者名簿に"
    "登録されているものとします。提案上限額は3,300,000円（消費税及び地方消費税を含む）とします。\n"
    "1 参加申込書の提出期限 令和9年5月28日（金）午後5時\n"
    "2 企画提案書の提出期限 令和9年6月4日（金）正午\n"
)
_FORWARDED_FOUND = [
    ("application", "2027-05-28", "17:00", "datetime"),
    ("submission", "2027-06-04", "12:00", "datetime"),
]


def test_a_forwarded_mail_run_onto_one_line_keeps_its_forwarders_tasks_out():
    # (「… お願いします。  -----Original Message----- From: …」: the mark begins the forwarded part on a line of its own)
    assert found(_FORWARDED) == _FORWARDED_FOUND
    assert found(one_line(_FORWARDED)) == _FORWARDED_FOUND
