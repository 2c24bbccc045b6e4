"""Two-column pages set roughly, read as one line (round gg): a converter that lays a page out in two columns by runs
of spaces may set the right column a display column or two off from line to line (its letters' widths counted
roughly), and a left column's line beside no right one may begin with a few half-width spaces of indent. Each page
written for its layout."""

import unicodedata

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _page(rows: list[tuple[str, str]], columns: tuple[int, ...]) -> str:
    """The lines of a two-column page: each left cell padded with spaces to the next of ``columns`` in turn."""
    lines = []
    for index, (left, right) in enumerate(rows):
        column = columns[index % len(columns)]
        lines.append((left + " " * max(column - _width(left), 2) + right).rstrip() + "\n")
    return "".join(lines)


LEFT = [
    "1 目的",
    "  本町は、移住定住の促進に向けて、町の魅力",
    "を発信する動画を制作し、町外の若い世代に",
    "届けるため、制作事業者を公募する。",
    "2 業務概要",
    "(1) 業務名 川霧町移住促進動画制作業務委託",
    "(2) 業務期間 契約締結日から令和10年2月",
    "28日まで",
    "(3) 提案上限額 金4,950,000円(税込)",
    "(4) 業務内容 仕様書のとおり。なお、完成",
    "した動画は町の公式チャンネルで公開する。",
    "3 参加資格",
    "(1) 地方自治法施行令第167条の4の規定に",
    "該当しない者",
    "(2) 川霧町の指名停止措置を受けていない",
    "者",
]
RIGHT = [
    "5 質問の受付",
    "  令和9年6月9日(水)17時まで",
    "  質問書を電子メールで提出すること。",
    "6 参加申込書の提出",
    "  令和9年6月22日(火)17時まで",
    "  持参又は郵送(必着)",
    "7 企画提案書の提出",
    "  令和9年7月6日(火)正午まで",
    "  正本1部、副本5部",
    "8 プレゼンテーション",
    "  令和9年7月14日(水)",
    "  場所 川霧町役場2階 大会議室",
    "9 問合せ先",
    "  川霧町 企画課 移住定住係",
    "  電話 000-0000-0000",
    "",
]
STEPS = [
    ("question", "2027-06-09", "17:00", "datetime"),
    ("application", "2027-06-22", "17:00", "datetime"),
    ("submission", "2027-07-06", "12:00", "datetime"),
    ("hearing", "2027-07-14", None, "date"),
]
TITLE = "川霧町移住促進動画制作業務委託 公募型プロポーザル実施要領\n\n"


def test_a_right_column_set_a_column_or_two_off_from_line_to_line_keeps_its_steps_in_one_line():
    text = TITLE + _page(list(zip(LEFT, RIGHT)), (56, 54, 54, 56, 56, 54))
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_a_left_line_indented_by_half_width_spaces_beside_no_right_one_is_a_line_of_its_own_in_one_line():
    # (the left column's schedule: each date set in under its step by three spaces, its right column ended a line
    # above, the line break and the indent four spaces after the right column's words)
    left = ["4 スケジュール", "(1) 公告日", "   令和9年6月1日(火)", "(2) 質問受付期限", "   令和9年6月9日(水)午後5時"]
    left += ["(3) 参加申込書の提出期限", "   令和9年6月22日(火)午後5時", "(4) 企画提案書の提出期限"]
    left += ["   令和9年7月6日(火)正午", "(5) 審査結果の通知", "   令和9年7月下旬(予定)", "", "10 その他"]
    left += ["(1) 提出書類は返却しない。", "(2) 費用は提案者の負担とする。", "(3) 1者1提案とする。"]
    right = ["7 企画提案書", "(1) 提出部数 正本1部、副本6部", "(2) 記載事項", "  ア 業務実施方針", ""]
    right += ["  イ 実施体制", "  ウ 工程計画", "(3) 提出方法 持参又は郵送", ""]
    right += ["8 審査", "(1) 審査は選定委員会が行う。", "", "9 問合せ先", "  川霧町 企画課", "  電話 000-0000-0000", ""]
    text = TITLE + _page(list(zip(left, right)), (52, 53, 55, 53, 55, 52))
    assert found(text)[1] == ("question", "2027-06-09", "17:00", "datetime")
    lines = relined(one_line(text))[0].split("\n")
    assert "   令和9年6月9日(水)午後5時" in [line.rstrip() for line in lines]
    assert found(one_line(text))[1] == ("question", "2027-06-09", "17:00", "datetime")


def test_a_dates_time_set_a_few_spaces_after_it_in_the_right_column_stays_with_its_date_in_one_line():
    # (a row's cells a few spaces apart, 「令和9年6月9日(水)  午後5時まで」: the time is no left line's indent)
    right = list(RIGHT)
    right[1] = "  令和9年6月9日(水)  午後5時まで"
    text = TITLE + _page(list(zip(LEFT, right)), (56, 54, 54, 56, 56, 54))
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_an_english_right_columns_sentence_after_two_spaces_goes_on_in_its_line_in_one_line():
    # (a bilingual page, Japanese left and English right: 「documentation.  Bidders」 is a sentence's end in the line,
    # no left line's indent)
    left = [
        "1 目的",
        "  本機構は、海洋観測ブイの保守業務を委託する",
        "ため、受託者を一般競争入札により選定する。",
        "2 入札参加資格",
        "(1) 地方自治法施行令第167条の4に該当しない者",
        "(2) 令和9年度の競争参加資格を有する者",
        "3 日程",
        "(1) 質問受付期限 令和9年6月9日(水)17時",
        "(2) 入札書の提出期限",
        "   令和9年6月22日(火)正午",
        "(3) 開札 令和9年6月23日(水)10時",
        "4 その他",
        "(1) 詳細は入札説明書による。",
        "(2) 契約は7月上旬の予定。",
        "(3) 問合せ先 総務課 契約係",
        "  電話 000-0000-0000",
    ]
    right = [
        "1 Purpose",
        "  The Institute invites bids for the",
        "maintenance of its ocean observation buoys.",
        "2 Eligibility",
        "(1) Bidders must meet the requirements set",
        "out in the tender documentation.  Bidders",
        "must hold the qualification for FY2027.",
        "3 Schedule",
        "(1) Questions: by 17:00, 9 June 2027",
        "(2) Bids: by 12:00, 22 June 2027",
        "(3) Opening: 10:00, 23 June 2027",
        "4 Others",
        "(1) See the tender documentation.  The",
        "contract is expected in early July.",
        "(2) Contact: General Affairs",
        "  Tel 000-0000-0000",
    ]
    text = "海霧海洋研究機構 入札公告 / Tender Notice\n\n" + _page(list(zip(left, right)), (56, 54, 54, 56, 56, 54))
    lines = [line.strip() for line in relined(one_line(text))[0].split("\n")]
    assert "out in the tender documentation.  Bidders" in [line[-41:] for line in lines]
    assert found(one_line(text))[1] == ("submission", "2027-06-22", "12:00", "datetime")
    assert found(one_line(text))[-1] == ("contract", "2027-07-01", None, "early_month")
