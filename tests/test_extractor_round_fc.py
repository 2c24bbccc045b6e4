"""Ordinary calls in layouts of forms and banners (round fc): each test a few lines written for its case, as written
and run onto one line where it applies."""

from tests.extractor_found import found, one_line

# the notice's own lines before its schedule, long enough that the one-line text is cut back into lines
_ABOUT = (
    "潮見町公告第48号\n"
    "\n"
    "条件付一般競争入札の実施について（公告）\n"
    "次のとおり条件付一般競争入札を行うので、地方自治法施行令第167条の6第1項の規定により公告する。\n"
    "\n"
    "件　　　　名…………潮見町立中学校給食配送業務委託\n"
    "履 行 場 所…………潮見町立第一中学校ほか2校\n"
    "入 札 方 式…………条件付一般競争入札（事後審査型）\n"
    "入札保証金…………免除\n"
    "\n"
)

# --- a form's items two on a line, each a label led by dots to its value -------------------------------------------

_TWO_A_LINE = (
    "公　告　日…………令和9年10月4日（月）\n"
    "質問書提出期限……令和9年10月12日（火）17時　　　回答予定日…………令和9年10月15日（金）\n"
    "参加申請書提出期限…令和9年10月20日（水）17時　　資格確認結果通知……令和9年10月27日（水）\n"
    "開 札 日 時…………令和9年11月5日（金）10時00分\n"
)


def test_a_form_with_two_items_on_a_line_reads_each_items_date_under_its_own_label():
    # (「質問書提出期限……10月12日17時　　回答予定日……10月15日」: two items, no one item with two dates)
    assert found(_ABOUT + _TWO_A_LINE) == [
        ("published", "2027-10-04", None, "date"),
        ("question", "2027-10-12", "17:00", "datetime"),
        ("answer", "2027-10-15", None, "date"),
        ("application", "2027-10-20", "17:00", "datetime"),
        ("result", "2027-10-27", None, "date"),
        ("other", "2027-11-05", "10:00", "datetime"),
    ]


def test_a_tabbed_row_of_two_keyed_items_reads_each_items_date():
    text = "入札日程\n入札書の提出\t令和9年11月1日（月）午後5時まで  開札\t令和9年11月5日（金）午前10時\n"
    assert found(text) == [
        ("submission", "2027-11-01", "17:00", "datetime"),
        ("other", "2027-11-05", "10:00", "datetime"),
    ]


# --- a heading drawn between two rules, run onto one line with the rows under it ------------------------------------

_SIGNED = (
    "潮見町公告第48号\n"
    "\n"
    "　　　　　　　　　　条件付一般競争入札の実施について（公告）\n"
    "\n"
    "　地方自治法施行令第167条の6第1項の規定により、次のとおり条件付一般競争入札を行うので公告する。\n"
    "\n"
    "　　令和9年10月4日\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　　潮見町長　浜田　一郎\n"
    "\n"
)
_BANNERED = (
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "　Ⅰ　入札に付する事項\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "件　　　　名…………潮見町立中学校給食配送業務委託（長期継続契約）\n"
    "業 務 番 号…………委託第9-31号\n"
    "契 約 種 別…………長期継続契約\n"
    "\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "　Ⅱ　日程等\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "質問書提出期限………令和9年10月12日（火）17時\n"
    "参加申請書提出期限…令和9年10月20日（水）17時\n"
    "開 札 日 時…………令和9年11月5日（金）10時00分\n"
    "\n"
    "以上の日程のほか、入札に関し必要な事項は入札説明書に定めるところによる。\n"
)
_BANNERED_FOUND = [
    ("question", "2027-10-12", "17:00", "datetime"),
    ("application", "2027-10-20", "17:00", "datetime"),
    ("other", "2027-11-05", "10:00", "datetime"),
]


def test_a_heading_between_rules_run_onto_one_line_is_no_name_of_the_rows_column():
    # (「Ⅱ 日程等 ━━━━ 質問書提出期限……」: the heading a line of its own, and the rows above no header of the rows below)
    assert found(_SIGNED + _BANNERED) == _BANNERED_FOUND
    assert found(one_line(_SIGNED + _BANNERED)) == _BANNERED_FOUND
