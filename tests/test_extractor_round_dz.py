"""A notice run onto one line reads as written (round dz): a PDF's text layer or a portal page copied without its
line breaks, every break a space. Each test a few lines written for its class, read in that one-line shape."""

from tests.extractor_found import found, one_line

# the notice's own lines around the table, long enough that the one-line text is cut back into lines
_ABOUT = (
    "青葉町観光パンフレット作成業務 公募型プロポーザル実施要領\n"
    "\n"
    "青葉町 産業振興課\n"
    "\n"
    "1. 趣旨\n"
    "本要領は、青葉町観光パンフレット作成業務の受託者を公募型プロポーザル方式により選定するために必要な事項を定めるものである。\n"
    "2. 業務の概要\n"
    "(1) 業務名　青葉町観光パンフレット作成業務\n"
    "(2) 履行期間　契約締結日から令和9年3月19日まで\n"
    "(3) 提案上限額　3,300,000円（消費税及び地方消費税を含む）\n"
    "(4) 業務内容　町の観光資源を紹介するパンフレット（日本語版・英語版）の企画、取材、撮影、編集及び印刷\n"
    "(5) 納品場所　青葉町役場 産業振興課\n"
    "\n"
    "参加資格は、地方自治法施行令第167条の4の規定に該当しない者であって、青葉町の競争入札参加資格者名簿に登録されているものとする。\n"
)


def test_a_tab_table_whose_cells_begin_with_a_mark_keeps_its_rows():
    text = _ABOUT + (
        "3. スケジュール\n"
        "\n"
        "日付\t曜日\t公告\t質問\t提案\n"
        "2026/11/2\t月\t○公告・配布開始\t\t\n"
        "2026/11/11\t水\t\t●質問締切 17:00\t\n"
        "2026/12/4\t金\t\t\t●提出締切 12:00\n"
        "\n"
        "4. 問合せ先\n"
        "青葉町 産業振興課 電話 000-0000-0000\n"
    )
    expected = [
        ("published", "2026-11-02", None, "date"),
        ("question", "2026-11-11", "17:00", "datetime"),
        ("submission", "2026-12-04", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_table_spaced_into_columns_keeps_the_time_wrapped_under_its_date():
    text = _ABOUT + (
        "3. 日程\n"
        "\n"
        " 項目                    日時                        場所\n"
        " 公募開始                令和8年5月11日(月)          町ホームページ\n"
        " 参加申込書の提出期限    令和8年5月20日(水)          総務課(持参又は\n"
        "                         午後5時(必着)               郵送)\n"
        " 質問の受付期限          令和8年5月25日(月)          電子メール\n"
        "                         正午\n"
        " 見積書の提出期限        令和8年6月3日(水)           総務課\n"
        "                         午後3時(必着)\n"
        "\n"
        "4. 問合せ先\n"
        "青葉町 産業振興課 電話 000-0000-0000\n"
    )
    expected = [
        ("published", "2026-05-11", None, "date"),
        ("application", "2026-05-20", "17:00", "datetime"),
        ("question", "2026-05-25", "12:00", "datetime"),
        ("submission", "2026-06-03", "15:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
