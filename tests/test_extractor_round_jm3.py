"""The one-line shape (round jm3): a page of two columns run onto one line has its lines back (round jm) only where
they are a Japanese page's: a bilingual label 「公告日 / Date of Public Notice」, English prose spaced wide and a date's
hour after it stay whole. Each test a short text written for its class."""

from tenders.extractor.relining import line_breaks
from tests.extractor_found import found, one_line


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x7F else 1 for char in text)


def _lines(line: str) -> list[str]:
    starts = [0, *line_breaks(line)]
    return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)])]


# --- a bilingual schedule laid out in columns (pdftotext -layout), run onto one line ------------------------------

# (each step's label in Japanese, then 「 / 」 and its English; the date and its hour two spaces apart, a cell's gap)
_BILINGUAL_ROWS = [
    ("(1) 公告日 / Date of Public Notice", "2027年9月24日（金）"),
    ("(2) 説明会 / Briefing Session", "2027年10月1日（金）  14:00"),
    ("(3) 質問の受付期限 / Deadline for Questions", "2027年10月5日（火）  17:00"),
    ("(4) 質問への回答 / Answers to Questions", "2027年10月7日（木）"),
    ("(5) 参加申込書の提出期限 / Deadline for the Application (Form 1)", "2027年10月8日（金）  17:00"),
    ("(6) 資格確認結果の通知 / Result of the Qualification", "2027年10月13日（水）"),
    ("(7) 入札書の受領期限 / Time-limit for Tenders", "2027年10月22日（金）  12:00"),
    ("(8) 開札 / Opening of Tenders", "2027年10月26日（火）  10:00"),
]
BILINGUAL = (
    "星見海洋研究機構 入札公告 / Notice of Tender\n\n4 日程 / Schedule\n"
    + "".join(
        label + " " * (64 - _width(label) + number % 2) + date + "\n" for number, (label, date) in enumerate(_BILINGUAL_ROWS)
    )
    + "\n5 その他 / Other\n詳細は入札説明書による。 / Details are given in the tender documentation.\n"
)


def test_a_bilingual_schedule_in_columns_run_onto_one_line_keeps_each_hour_with_its_date():
    steps = found(one_line(BILINGUAL))
    for step in [
        ("other", "2027-10-01", "14:00", "datetime"),
        ("question", "2027-10-05", "17:00", "datetime"),
        ("application", "2027-10-08", "17:00", "datetime"),
        ("submission", "2027-10-22", "12:00", "datetime"),
        ("other", "2027-10-26", "10:00", "datetime"),
    ]:
        assert step in steps


def test_a_bilingual_steps_date_does_not_stand_without_its_hour():
    # (「2027年10月1日（金）  14:00」: the two spaces no blank line, the hour no line of its own)
    steps = found(one_line(BILINGUAL))
    assert ("other", "2027-10-01", None, "date") not in steps
    assert ("application", "2027-10-08", None, "date") not in steps


# --- an English schedule with its prose spaced wide, run onto one line ------------------------------------------

ENGLISH = (
    "Kitamizu  Marine  Institute  invites  tenders  for  the  supply  of  four  moored  observation\n"
    "buoys.  Tenderers  shall  submit  the  documents  specified  in  the  tender  documentation\n"
    "by  the  deadlines  below.  Documents  sent  by  post  must  arrive  by  the  deadline.\n"
    "\n"
    "(1) Briefing session                          Friday, 1 October 2027  14:00\n"
    "(2) Deadline for questions                    Tuesday, 5 October 2027  17:00\n"
    "(3) Answers to questions                      Thursday, 7 October 2027\n"
    "(4) Deadline for applications (Form 1)        Friday, 8 October 2027  17:00\n"
    "(5) Time-limit for the receipt of tenders     Friday, 22 October 2027  12:00\n"
    "(6) Opening of tenders                        Tuesday, 26 October 2027  10:00\n"
    "\n"
    "The  contract  will  be  concluded  in  Japanese  yen.  Questions  shall  be  submitted  by\n"
    "e-mail  only;  the  answers  will  be  posted  on  the  website  of  the  Institute.\n"
)


def test_an_english_schedule_spaced_wide_run_onto_one_line_keeps_each_hour_with_its_date():
    # (and the prose's phrases, 「in the tender documentation」「by the deadline」, take no date of the table)
    assert (
        found(one_line(ENGLISH))
        == found(ENGLISH)
        == [
            ("other", "2027-10-01", "14:00", "datetime"),
            ("question", "2027-10-05", "17:00", "datetime"),
            ("answer", "2027-10-07", None, "date"),
            ("application", "2027-10-08", "17:00", "datetime"),
            ("submission", "2027-10-22", "12:00", "datetime"),
            ("other", "2027-10-26", "10:00", "datetime"),
        ]
    )


# --- a Japanese page beside its English translation (two columns), run onto one line ----------------------------

# (the left column's outline numbered 「 (1) 公告日」, its dates set in under its steps; the right column English
# prose spaced wide: a page set side by side, read run on as it stands, its English lines no labels of the dates)
_LEFT = [
    "１ 目的",
    " 本要領は、業務の受託者を選定するため",
    " 必要な事項を定める。",
    "２ スケジュール",
    " (1) 公告日",
    "   2027年9月6日（月）",
    " (2) 質問受付期限",
    "   2027年9月17日（金） 17:00",
    " (3) 質問への回答",
    "   2027年9月24日（金）",
    " (4) 参加申込書の提出期限",
    "   2027年10月1日（金） 17:00",
    " (5) 企画提案書の提出期限",
    "   2027年10月15日（金） 12:00",
    " (6) プレゼンテーション審査",
    "   2027年10月26日（火）",
    " (7) 契約締結",
    "   2027年11月上旬",
    "３ 参加資格",
    " (1) 地方自治法施行令第167条の4の規定に",
    "   該当しない者",
]
_RIGHT = [
    "The  successful  tenderer  shall  carry",
    "out  the  work  in  accordance  with  the",
    "specifications  given  in  the  tender",
    "documentation  and  shall  submit  all",
    "documents  by  the  deadlines  below.",
    "Documents  sent  by  post  must  arrive",
    "by  the  deadline.  Questions  shall  be",
    "submitted  by  e-mail  only  and  the",
    "answers  will  be  posted  on  the  web",
    "site  of  the  Town.  Tenderers  who  do",
    "not  attend  the  briefing  session  may",
    "still  submit  a  tender.  The  contract",
    "will  be  concluded  in  Japanese  yen",
    "and  all  correspondence  shall  be  in",
    "Japanese  or  English.",
]
SIDE_BY_SIDE = "      星見町業務委託 公募型プロポーザル実施要領 / Guidelines\n" + "".join(
    (left + " " * (50 - _width(left)) + right).rstrip() + "\n"
    for left, right in zip(_LEFT, [*_RIGHT, *[""] * (len(_LEFT) - len(_RIGHT))])
)


def test_a_page_beside_its_english_translation_run_onto_one_line_keeps_its_steps():
    steps = found(one_line(SIDE_BY_SIDE))
    for step in [
        ("published", "2027-09-06", None, "date"),
        ("question", "2027-09-17", "17:00", "datetime"),
        ("application", "2027-10-01", "17:00", "datetime"),
        ("submission", "2027-10-15", "12:00", "datetime"),
    ]:
        assert step in steps


def test_the_english_columns_prose_gives_no_date_its_step():
    # (「…and shall submit all」 beside 「(4) 参加申込書の提出期限」's date, a line of the page: no submission)
    steps = found(one_line(SIDE_BY_SIDE))
    assert ("submission", "2027-10-01", "17:00", "datetime") not in steps
    assert ("answer", "2027-09-24", None, "date") in steps


# --- a page numbered alike in both columns, its translation beside it --------------------------------------------

_NUMBERED = [
    ("入札公告（一般競争入札）", "Public Notice for Tender"),
    ("次のとおり一般競争入札に付します。", "A tender will be held as follows."),
    ("令和9年9月24日", "24 September 2027"),
    ("国立研究開発法人汐見海洋研究所", "Shiomi Institute for Marine Research"),
    ("契約担当役 理事 青木 直人", "Contracting Officer: Naoto Aoki, Director"),
    ("1 調達内容", "1. Subject matter of the contract"),
    ("(1) 品目分類番号 26", "(1) Classification of the products: 26"),
    ("(2) 購入等件名及び数量", "(2) Nature and quantity of the products:"),
    ("　潮位観測装置 6式", "    Tide Gauge Systems, 6 sets"),
    ("(3) 納入期限 令和10年3月24日(金)", "(3) Time-limit for delivery: 24 March 2028"),
    ("(4) 納入場所 当研究所 汐見港観測所", "(4) Delivery point: Shiomi Port Station"),
    ("2 入札手続等", "2. Procedures"),
    ("(1) 入札説明会 令和9年10月4日(月)14時", "(1) Briefing: 2:00 p.m., 4 October 2027"),
    ("(2) 質問の受付期限 令和9年10月8日(金)", "(2) Deadline for questions: 5:00 p.m.,"),
    ("　17時（電子メール）", "    8 October 2027"),
    ("(3) 入札書の受領期限 令和9年11月5日(金)", "(3) Time-limit for tender: 5:00 p.m., 5"),
    ("　17時（郵送の場合は必着）", "    November 2027"),
    ("(4) 開札の日時 令和9年11月9日(火)10時", "(4) Opening of tenders: 10:00 a.m., 9"),
    ("　当研究所本館2階 入札室", "    November 2027"),
    ("3 その他", "3. Other"),
    ("(1) 入札保証金及び契約保証金 免除", "(1) Deposits: exempted"),
    ("(2) 詳細は入札説明書による。", "(2) Details are given in the tender documentation."),
]
NUMBERED = "".join((left + " " * (52 - _width(left)) + right).rstrip() + "\n" for left, right in _NUMBERED)


def test_a_page_numbered_alike_in_both_columns_run_onto_one_line_keeps_its_steps():
    # (「(2) 質問の受付期限 令和9年10月8日(金)」 beside 「(2) Deadline for questions: 5:00 p.m.,」, its hour on the line
    # below: the steps read as written)
    assert (
        found(one_line(NUMBERED))
        == found(NUMBERED)
        == [
            ("other", "2027-10-04", "14:00", "datetime"),
            ("question", "2027-10-08", "17:00", "datetime"),
            ("submission", "2027-11-05", "17:00", "datetime"),
            ("other", "2027-11-09", "10:00", "datetime"),
        ]
    )


def test_no_line_of_the_page_begins_at_a_number_ending_the_line_before_or_at_an_english_word():
    # (「…of the products: 26」 then 「(2) 購入等…」: the 26 the English line's; 「Contracting Officer: …」 one line)
    lines = _lines(one_line(NUMBERED))
    assert not any(line.startswith(("26 ", "Officer")) for line in lines)
