"""Round nd: a comparison table of a change notice (新旧対照表, 正誤表) that a PDF's text layer sets with spaces, the
text after the change beside the text before it (either side first; heads 「変 更 前」「改　正　後」「誤」「正」 with their
letters spread out or not), run onto one line: each row's line break is put back where the left cell's padding counts
back to the column's width, so only the new column's dates are read, as on the page. Each test a short text written
for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def table(heads: tuple[str, str], rows: list[tuple[str, str]], width: int = 44, indent: int = 10) -> str:
    """A two-column table set with spaces: each left cell padded to ``width`` display columns."""

    def pad(cell: str) -> str:
        wide = sum(2 if ord(char) > 0x2E7F else 1 for char in cell)
        return cell + " " * max(2, width - wide)

    head = " " * indent + heads[0] + " " * (width - indent - 4) + heads[1]
    return "\n".join([head, *(pad(left) + right for left, right in rows)])


INTRO = (
    "汐見町告示第12号\n"
    "令和9年3月2日付けで公告した汐見町観光案内所運営業務委託の公募型プロポーザルについて、次のとおり変更する。\n"
    "  令和9年3月9日\n"
    "                                 汐見町長 三浦 修\n"
    "\n"
)

OLD_LEFT = INTRO + table(
    ("変 更 前", "変 更 後"),
    [
        ("1 日程", "1 日程"),
        (" (1) 参加申込書の提出期限", " (1) 参加申込書の提出期限"),
        (" 令和9年3月19日(金)午後5時", " 令和9年3月26日(金)午後5時"),
        (" (2) 質問の受付期限", " (2) 質問の受付期限"),
        (" 令和9年3月22日(月)正午まで", " 令和9年3月29日(月)正午まで"),
        (" (3) 企画提案書の提出期限", " (3) 企画提案書の提出期限"),
        (" 令和9年4月5日(月)午後5時まで", " 令和9年4月12日(月)午後5時まで"),
        (" (4) プレゼンテーション", " (4) プレゼンテーション"),
        (" 令和9年4月中旬", " 令和9年4月下旬"),
    ],
)


def test_old_column_on_the_left_read_as_its_new_column_on_one_line():
    assert both(OLD_LEFT) == [
        ("application", "2027-03-26", "17:00", "datetime"),
        ("question", "2027-03-29", "12:00", "datetime"),
        ("submission", "2027-04-12", "17:00", "datetime"),
        ("hearing", "2027-04-01", None, "late_month"),
    ]


NEW_LEFT = INTRO + table(
    ("改正後", "改正前"),
    [
        ("第4 スケジュール", "第4 スケジュール"),
        (" 1 参加表明書の提出期限", " 1 参加表明書の提出期限"),
        ("  令和9年5月14日(金)17時", "  令和9年5月7日(金)17時"),
        (" 2 技術提案書の提出期限", " 2 技術提案書の提出期限"),
        ("  令和9年6月4日(金)17時", "  令和9年5月28日(金)17時"),
        (" 3 ヒアリング", " 3 ヒアリング"),
        ("  令和9年6月中旬", "  令和9年6月上旬"),
        (" 4 選定結果の通知", " 4 選定結果の通知"),
        ("  令和9年6月下旬", "  令和9年6月中旬"),
    ],
    width=40,
    indent=6,
)


def test_new_column_on_the_left_read_alone_on_one_line():
    assert both(NEW_LEFT) == [
        ("application", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-04", "17:00", "datetime"),
        ("hearing", "2027-06-01", None, "mid_month"),
        ("result", "2027-06-01", None, "late_month"),
    ]


CORRIGENDUM = (
    "正誤表\n"
    "令和9年7月1日に公表した浜風市図書館システム更新業務の募集要項に誤りがありましたので、次のとおり訂正します。\n"
    "\n"
    + table(
        ("【誤】", "【正】"),
        [
            ("5 提出書類", "5 提出書類"),
            ("(1) 参加申請書", "(1) 参加申請書"),
            ("  提出期限 令和9年7月16日(金)17時", "  提出期限 令和9年7月20日(火)17時"),
            ("(2) 企画提案書", "(2) 企画提案書"),
            ("  提出期限 令和9年8月6日(金)17時", "  提出期限 令和9年8月10日(火)17時"),
            ("(3) 提出方法 持参又は郵送", "(3) 提出方法 持参又は郵送"),
            ("  (郵送の場合は書留に限る。)", "  (郵送の場合は書留に限る。)"),
        ],
        width=48,
        indent=12,
    )
)


def test_corrigendum_set_with_bracketed_heads_read_as_its_correct_column_on_one_line():
    assert both(CORRIGENDUM) == [
        ("application", "2027-07-20", "17:00", "datetime"),
        ("submission", "2027-08-10", "17:00", "datetime"),
    ]
