"""Two-column pages read as one line (round fu): a page laid out in two columns by runs of spaces (pdftotext -layout)
whose line breaks became spaces keeps its lines, the left column's words, the gap up to the right column and the
right column's words, so a schedule in the right column keeps each step's name over its date. Each page written for
its layout, its right column started the same display width in on every line."""

import unicodedata

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _page(rows: list[tuple[str, str]], column: int = 50) -> str:
    """The lines of a two-column page: each left cell padded with spaces to ``column`` display columns."""
    return "".join((left + " " * (column - _width(left)) + right).rstrip() + "\n" for left, right in rows)


LEFT = [
    "■ 事業の概要",
    "業務名：汐見町観光案内所運営業務委託",
    "業務期間：契約締結日から令和10年3月31日",
    "（金）まで",
    "上限額：年額 9,900,000円（税込）",
    "内容：案内所の運営、観光情報の発信、",
    "体験プログラムの企画（年12回以上）",
    "",
    "■ 参加資格",
    "・汐見町競争入札参加資格者名簿に登録",
    "があること",
    "・観光案内所の運営実績を有すること",
    "・町税を滞納していないこと",
    "",
    "■ 審査の方法",
    "書類審査及びプレゼンテーションにより審査",
    "します。評価基準は要領別紙のとおりです。",
]
RIGHT = [
    "■ スケジュール",
    "公募開始",
    "  令和9年6月1日（火）",
    "質問受付期限（メールのみ）",
    "  6月9日（水）17:00",
    "質問回答（町HPに掲載）",
    "  6月15日（火）",
    "参加申込書 提出期限",
    "  6月22日（火）17:00",
    "企画提案書 提出期限",
    "  7月6日（火）12:00",
    "プレゼンテーション",
    "  7月14日（水）",
    "",
    "■ 提出先・お問い合わせ",
    "汐見町 商工観光課 観光係",
    "",
    "■ 案内所の概要",
    "開設：令和2年4月",
]
STEPS = [
    ("published", "2027-06-01", None, "date"),
    ("question", "2027-06-09", "17:00", "datetime"),
    ("answer", "2027-06-15", None, "date"),
    ("application", "2027-06-22", "17:00", "datetime"),
    ("submission", "2027-07-06", "12:00", "datetime"),
    ("hearing", "2027-07-14", None, "date"),
]


def test_a_two_column_page_keeps_its_schedule_in_the_right_column_in_one_line():
    text = "汐見町観光案内所運営業務委託 公募型プロポーザル 参加事業者募集のご案内\n\n" + _page(list(zip(LEFT, RIGHT)))
    assert found(text) == STEPS
    assert found(one_line(text)) == STEPS


def test_a_left_column_line_beside_no_right_one_begins_a_line_in_one_line():
    # (the right column ends above the left one's last items: each goes on after a right column's words, one space
    # before its full-width indent)
    left = ["１　業務の目的", "　町の観光案内所を運営し、来訪者の周遊を促す", "ため、運営事業者を募集する。", ""]
    left += ["２　業務の概要", "(1) 業務名", "　　汐見町観光案内所運営業務委託", "(2) 業務期間"]
    left += ["　　契約締結日から令和10年3月31日まで", "(3) 上限額", "　　9,900,000円（税込）", ""]
    left += ["３　参加資格", "(1) 町の競争入札参加資格者名簿に登録が", "　　ある者", "(2) 観光案内所の運営実績を有する者"]
    right = ["４　スケジュール", "(1) 公告日", "　　令和9年6月1日（火）", "(2) 質問の受付期限", "　　令和9年6月9日（水）"]
    right += ["　　午後５時まで", "(3) 参加申込書の提出期限", "　　令和9年6月22日（火）", "　　午後５時まで"]
    right += ["(4) 企画提案書の提出期限", "　　令和9年7月6日（火）", "　　正午まで（必着）", "", "５　提出書類"]
    right += ["(1) 参加申込書（様式第１号）", "(2) 企画提案書"]
    tail = [
        "(3) 町税及び使用料を滞納していない者で",
        "　　あること（法人町民税を含む。）",
        "(4) 町の指名停止の措置を受けている期間",
        "　　中でないこと",
    ]
    text = "汐見町観光案内所運営業務委託 公募型プロポーザルの実施について\n\n" + _page(list(zip(left, right)), 52)
    text += "".join(line + "\n" for line in tail) + "\n" + " " * 34 + "－ １ －\n"
    steps = [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-09", "17:00", "datetime"),
        ("application", "2027-06-22", "17:00", "datetime"),
        ("submission", "2027-07-06", "12:00", "datetime"),
    ]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_an_indented_left_line_beside_an_indented_date_is_a_line_of_its_own_in_one_line():
    # (the left column's wrapped lines set in under their item, the right column's dates set in under their steps: the
    # gap before such a line holds its line break and its indent, its date a little past the right column)
    left = [line if index % 2 or not line or line.startswith("■") else "    " + line for index, line in enumerate(LEFT)]
    text = "汐見町観光案内所運営業務委託 公募型プロポーザル 参加事業者募集のご案内\n\n" + _page(list(zip(left, RIGHT)))
    lines = relined(one_line(text))[0].split("\n")
    indented = [line.rstrip() for line in text.split("\n") if line.startswith("    ") and "日（" in line]
    assert len(indented) == 5
    assert [line for line in indented if line not in lines] == []
