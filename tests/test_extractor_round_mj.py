"""Round mj: a team's sheet whose legend keys its marks to a change. Each
test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

SHEET_A = (
    "白樺市 市民会館 指定管理者公募 進捗表\n"
    "更新\t2026/08/20\t山本\n"
    "※黄色＝変更あり（8/18 市の質問回答書で変更）\n"
    "\n"
    "No\t区分\t項目\t日付\t時刻\t状態\t備考\n"
    "1\t市\t募集要項の配布開始\t2026/07/01\t\t済\t\n"
    "2\t市\t質問書提出期限\t2026/07/15\t17:00\t済\t\n"
    "3\t市\t質問回答\t2026/07/24\t\t済\t\n"
    "4\t市\t申請書類 提出期限\t2026/08/28\t17:00\t未\t当初 8/21(金) 17:00 → 8/28(金) 17:00 に延長\n"
    "5\t市\t選定結果通知\t9月下旬\t\t未\t\n"
)
SHEET_B = (
    "案件管理シート（桐ヶ丘町 学校給食配送業務 プロポーザル）\n"
    "凡例：★=訂正公告で変更された日程\n"
    "項目,日付,時刻,担当\n"
    "公告,2026/05/11,,佐藤\n"
    "参加表明書の提出期限,2026/05/22,12:00,佐藤\n"
    "★企画提案書の提出期限,2026/06/12,17:00,田中\n"
    "プレゼンテーション,2026/06/23,,田中\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_sheets_legend_of_its_marks_is_no_heading_of_a_change_notice():
    # 「※黄色＝変更あり（…質問回答書で変更）」「凡例：★=訂正公告で変更」 over a team's schedule: the key of the sheet's marks;
    # the sheet is the call's whole schedule as it now stands
    assert found(SHEET_A) == [
        ("published", "2026-07-01", None, "date"),
        ("question", "2026-07-15", "17:00", "datetime"),
        ("answer", "2026-07-24", None, "date"),
        ("submission", "2026-08-28", "17:00", "datetime"),
        ("result", "2026-09-01", None, "late_month"),
    ]
    assert both(SHEET_B) == [
        ("published", "2026-05-11", None, "date"),
        ("application", "2026-05-22", "12:00", "datetime"),
        ("submission", "2026-06-12", "17:00", "datetime"),
        ("hearing", "2026-06-23", None, "date"),
    ]
