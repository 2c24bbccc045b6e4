"""Notices as text-extraction tools hand them over: a two-column page whose right column's headings stand out to
the left of its lines, a pasted table row cut in two between its cells, an era name cut over a line break, a
table of cells one a line read row by row."""

import datetime as dt

from tests.extractor_found import steps

LEFT = [
    "1 趣旨",
    "  この要項は、青葉台市観光案内",
    "サイト改修業務の受託者を選定す",
    "るために必要な事項を定める。",
    "2 業務の内容",
    "(1) 名称 観光案内サイト改修業務",
    "(2) 履行期間 契約日から令和11",
    "年2月28日まで",
    "(3) 上限額 金8,800,000円",
    "3 参加資格",
    "(1) 市の競争入札参加資格者名簿",
    "に登載されている者",
    "(2) 指名停止を受けていない者",
    "4 配布",
    "  市ホームページから入手する。",
]
RIGHT = [
    "5 参加申込書の提出",
    "  令和10年6月12日(月)16時まで",
    "  電子メールで提出する。",
    "6 企画提案書の提出",
    "  令和10年7月3日(月)12時まで",
    "  正本1部及び副本5部",
    "7 プレゼンテーション",
    "  令和10年7月14日(金)10時から",
    "  会場は別途通知する。",
    "8 契約の締結",
    "  令和10年8月上旬(予定)",
    "9 問合せ先",
    "  青葉台市 観光振興課",
    "  電話 000-0000-0000",
    "  メール kanko@aobadai.example.jp",
]


def _two_columns(left: list[str], right: list[str], at: int = 50) -> str:
    rows = []
    for one, other in zip(left, right, strict=True):
        width = sum(2 if ord(ch) > 0x7F else 1 for ch in one)
        rows.append(one + " " * (at - width) + other)
    return "\n".join(["           青葉台市観光案内サイト改修業務 企画提案募集要項", "", *rows])


def test_right_column_headings_standing_out_left_of_its_lines():
    text = _two_columns(LEFT, RIGHT)
    assert steps(text) == [
        ("application", dt.date(2028, 6, 12), dt.time(16, 0), "datetime"),
        ("submission", dt.date(2028, 7, 3), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2028, 7, 14), dt.time(10, 0), "datetime"),
        ("contract", dt.date(2028, 8, 1), None, "early_month"),
    ]


def test_a_tab_row_cut_between_its_cells_is_one_row():
    text = (
        "白樺台町 観光パンフレット作成業務 企画提案募集\n"
        "3 日程\n"
        "番号\t手続\t期日\t時刻\t方法\n"
        "1\t質問の受付期限\t令和11年2月6日(火)\t15:00まで\t電子メール\n"
        "2\t企画提案書の提出期限\t令和11年2月20日(火)\n"
        "\t正午まで\t持参\n"
        "3\t審査結果の通知\t令和11年3月上旬\t\t書面\n"
    )
    assert steps(text) == [
        ("question", dt.date(2029, 2, 6), dt.time(15, 0), "datetime"),
        ("submission", dt.date(2029, 2, 20), dt.time(12, 0), "datetime"),
        ("result", dt.date(2029, 3, 1), None, "early_month"),
    ]


def test_a_row_with_an_empty_first_cell_stays_its_own_row():
    # 「<TAB>…」 under a full row: a second step of the row above, not the rest of a cut row
    text = "番号\t手続\t期日\t時刻\n" "1\t入札書の提出期限\t令和11年5月10日(木)\t17:00\n" "\t開札\t令和11年5月11日(金)\t10:00\n"
    assert steps(text) == [
        ("submission", dt.date(2029, 5, 10), dt.time(17, 0), "datetime"),
        ("other", dt.date(2029, 5, 11), dt.time(10, 0), "datetime"),
    ]


def test_an_era_name_cut_over_a_line_break_is_one_date():
    text = (
        "松ヶ丘市 庁舎警備業務 一般競争入札\n"
        "3 日程\n"
        "(1) 入札説明書の交付\n"
        "令和9年8月3日(火)から令\n"
        "和9年8月13日(金)まで\n"
        "(2) 入札書の提出期限 令\n"
        "和9年8月20日(金)午後3時まで\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 8, 3), None, "date"),
        ("submission", dt.date(2027, 8, 20), dt.time(15, 0), "datetime"),
    ]


def test_a_table_read_row_by_row_with_a_header_of_three_cells():
    text = (
        "山吹町 給食配送業務委託 指名競争入札\n"
        "3 日程\n"
        "手続\n"
        "日時\n"
        "提出方法等\n"
        "入札説明書の交付\n"
        "令和9年5月10日(月)から令\n"
        "和9年5月21日(金)まで\n"
        "町ホームページ\n"
        "入札書の提出\n"
        "令和9年5月28日(金)午後2時まで\n"
        "持参\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("submission", dt.date(2027, 5, 28), dt.time(14, 0), "datetime"),
    ]


def test_a_gazette_page_in_two_columns_numbered_in_kanji():
    left = [
        "○紅葉坂県公告第八十一号",
        "  次のとおり一般競争入札を行う。",
        "  令和十年五月七日",
        "        紅葉坂県知事  山 田 一 郎",
        "一 入札に付する事項",
        "  件名 紅葉坂県庁舎警備業務委託",
        "二 入札説明書の交付",
        "  令和十年五月七日から同月十八日",
        "  まで、県ホームページに掲載する。",
        "三 入札参加資格確認申請書の提出",
        "  令和十年五月十八日午後三時まで",
        "四 開札の日時",
        "  令和十年六月一日午前十時",
    ]
    right = [
        "○紅葉坂県公告第八十号",
        "  落札者について次のとおり公示",
        "  する。",
        "一 件名 紅葉坂県立美術館清掃業務",
        "二 入札の日 令和十年四月二十日",
        "三 落札決定日 令和十年四月二十四日",
        "四 落札者 紅葉坂市本町一丁目一番",
        "  株式会社紅葉坂ビルサービス",
        "五 契約期間 令和十年五月一日から",
        "  令和十一年四月三十日まで",
        "○紅葉坂県告示第二百号",
        "  道路の区域を変更する。",
        "一 路線名 県道若葉線",
    ]
    rows = []
    for one, other in zip(left, right, strict=True):
        width = sum(2 if ord(ch) > 0x7F else 1 for ch in one)
        rows.append(one + " " * (46 - width) + other)
    text = "\n".join(["紅葉坂県報            令和十年五月七日 月曜日            第四千号", "", *rows])
    assert steps(text) == [
        ("published", dt.date(2028, 5, 7), None, "date"),
        ("application", dt.date(2028, 5, 18), dt.time(15, 0), "datetime"),
        ("other", dt.date(2028, 6, 1), dt.time(10, 0), "datetime"),
    ]


CORRECTION_ROWS = (
    "若葉台市公告第40号\n"
    "若葉台市図書館システム更新業務の公募型プロポーザルについて、日程を次のとおり変更します。\n"
    "令和10年1月15日\n"
    "若葉台市長 青 木 健\n"
    "事項\n"
    "変更前\n"
    "変更後\n"
    "(2) 参加申込書の提出期\n"
    "限\n"
    "令和10年1月26日(金)\n"
    "午後3時\n"
    "令和10年2月2日(金)\n"
    "午後3時\n"
    "(3) 提案審査\n"
    "令和10年2月9日(金)\n"
    "午後2時から\n"
    "市役所本庁舎\n"
    "令和10年2月16日\n"
    "(金)午前9時30分から\n"
    "若葉台市文化会館 小ホー\n"
    "ル\n"
    "その他の事項に変更はありません。\n"
)


def test_a_correction_table_read_row_by_row_with_wrapped_cells():
    assert steps(CORRECTION_ROWS) == [
        ("application", dt.date(2028, 2, 2), dt.time(15, 0), "datetime"),
        ("hearing", dt.date(2028, 2, 16), dt.time(9, 30), "datetime"),
    ]


def test_a_correction_table_read_column_after_column_stays_read_so():
    text = (
        "事項\n"
        "変更前\n"
        "変更後\n"
        "参加申込書の提出期限\n"
        "提案審査\n"
        "令和10年1月26日(金)午後3時\n"
        "令和10年2月9日(金)午後2時\n"
        "令和10年2月2日(金)午後3時\n"
        "令和10年2月16日(金)午前9時30分\n"
    )
    assert steps(text) == [
        ("application", dt.date(2028, 2, 2), dt.time(15, 0), "datetime"),
        ("hearing", dt.date(2028, 2, 16), dt.time(9, 30), "datetime"),
    ]
