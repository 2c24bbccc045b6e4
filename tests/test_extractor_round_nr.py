"""Change notices in the forms of set vf (round nr): a 新旧 table whose text layer gives one cell a line, a 正誤表's
【 】 marks around the part of a date it corrects, its （誤）/（正） pairs that read the same; each test a few lines
written for its device."""

from tests.extractor_found import found, one_line

# --- a 新旧 table given one cell a line, a cell's hour and a window's end on lines of their own -------------------

STACKED_POSTPONEMENT = (
    "東風谷市水道局告示第8号\n"
    "\n"
    "入札日程の変更について\n"
    "\n"
    "令和9年3月2日付けで公告した配水池監視装置修繕工事の一般競争入札について、下記のとおり日程を変更します。\n"
    "\n"
    "令和9年3月16日\n"
    "東風谷市水道事業管理者　川　辺　　誠\n"
    "\n"
    "記\n"
    "\n"
    "１　工事名\n"
    "　　東風谷市第二配水池監視装置修繕工事\n"
    "\n"
    "２　変更の理由\n"
    "　　図面の一部に誤りがあり、修正した図面に基づく積算の期間を確保するため。\n"
    "\n"
    "３　変更内容\n"
    "項　目\n"
    "変更前\n"
    "変更後\n"
    "⑴　質問書の提出期限\n"
    "令和９年３月１９日（金）\n"
    "正午\n"
    "令和９年３月２６日（金）\n"
    "正午\n"
    "⑵　入札書の受付期間\n"
    "令和９年３月２９日（月）\n"
    "午前９時から\n"
    "令和９年３月３１日（水）\n"
    "午後４時まで\n"
    "令和９年４月５日（月）\n"
    "午前９時から\n"
    "令和９年４月７日（水）\n"
    "午後４時まで\n"
    "⑶　開札\n"
    "令和９年４月８日（木）\n"
    "午前１０時\n"
    "令和９年４月１２日（月）\n"
    "午後２時\n"
    "\n"
    "４　問合せ先\n"
    "　　水道局総務課契約係\n"
)


def test_a_stacked_table_of_a_change_reads_each_cell_with_its_hour_and_a_window_whole():
    expected = [
        ("question", "2027-03-26", "12:00", "datetime"),
        ("submission", "2027-04-07", "16:00", "datetime"),
        ("other", "2027-04-12", "14:00", "datetime"),
    ]
    assert found(STACKED_POSTPONEMENT) == expected
    assert found(one_line(STACKED_POSTPONEMENT)) == expected


def test_a_stacked_table_with_a_note_under_a_new_value_and_a_window_of_days():
    text = (
        "業務委託プロポーザルの日程変更について\n"
        "令和8年11月2日付けで公表した標記プロポーザルの日程を、次のとおり変更します。\n"
        "令和8年11月9日\n"
        "若竹町長　柳　田　　恵\n"
        "\n"
        "１　業務名\n"
        "　　若竹町観光案内サイト再構築業務\n"
        "\n"
        "２　変更の理由\n"
        "　　仕様書の一部を改めたため、提案書の作成期間を延ばします。\n"
        "\n"
        "３　変更後の日程\n"
        "手続\n"
        "変更前\n"
        "変更後\n"
        "1 参加表明書の提出期限\n"
        "2026年11月16日(月)\n"
        "17時\n"
        "2026年11月20日(金)\n"
        "17時\n"
        "（郵送の場合も必着とします。）\n"
        "2 企画提案書の受付\n"
        "2026年11月24日(火)\n"
        "9時から\n"
        "2026年11月27日(金)\n"
        "16時まで\n"
        "2026年12月2日(水)\n"
        "9時から\n"
        "2026年12月8日(火)\n"
        "16時まで\n"
        "\n"
        "上記以外の事項に変更はありません。\n"
    )
    expected = [
        ("application", "2026-11-20", "17:00", "datetime"),
        ("submission", "2026-12-08", "16:00", "datetime"),
    ]
    assert found(text) == expected


# --- a 正誤表: 【 】 around the part of a date it corrects; （誤）/（正） pairs that read the same ----------------------

ERRATA = (
    "葦原町コミュニティバス運行業務委託 公募型プロポーザル実施要領 正誤表\n"
    "\n"
    "令和9年5月20日\n"
    "葦原町 企画課\n"
    "\n"
    "令和9年5月14日に公表した実施要領の記載に誤りがありましたので、次のとおり訂正します。訂正箇所は【 】で示しています。\n"
    "\n"
    "1 実施要領 3ページ 「5 日程（1）参加表明書の提出期限」\n"
    "（誤）令和9年【6月4日（金）】午後5時まで\n"
    "（正）令和9年【6月11日（金）】午後5時まで\n"
    "\n"
    "2 実施要領 3ページ 「5 日程（2）質問の受付期限」\n"
    "（誤）令和9年6月18日（金）午後5時まで 質問書を【郵送又は電子メール】で提出\n"
    "（正）令和9年6月18日（金）午後5時まで 質問書を【電子メール】で提出\n"
    "\n"
    "3 実施要領 4ページ 「5 日程（4）企画提案書の提出期限」\n"
    "（誤）2027年7月2日（金）【15:00】\n"
    "（正）2027年7月9日（金）【15:00】\n"
    "\n"
    "4 実施要領 4ページ 「5 日程（6）審査結果の通知」\n"
    "（誤）令和9年【7月中旬】\n"
    "（正）令和9年【7月下旬】\n"
    "\n"
    "上記以外に訂正はありません。\n"
)


def test_an_errata_sheet_reads_dates_with_marked_parts_and_leaves_pairs_that_read_the_same():
    expected = [
        ("application", "2027-06-11", "17:00", "datetime"),
        ("submission", "2027-07-09", "15:00", "datetime"),
        ("result", "2027-07-01", None, "late_month"),
    ]
    assert found(ERRATA) == expected
    assert found(one_line(ERRATA)) == expected


def test_marks_around_a_time_or_a_window_end_go_with_the_date():
    text = (
        "説明会の日時を訂正します(訂正箇所は【】内)。\n"
        "（誤）説明会 2026年10月7日（水）【14:00】から\n"
        "（正）説明会 2026年10月7日（水）【10:00】から\n"
        "（誤）提案書の受付 2026年10月14日（水）〜【10月21日（水）】\n"
        "（正）提案書の受付 2026年10月14日（水）〜【10月28日（水）】\n"
    )
    assert found(text) == [("other", "2026-10-07", "10:00", "datetime"), ("submission", "2026-10-28", None, "date")]
    # (a date whole in its marks, the day a rule gives, and a heading's number are left as they are)
    text = (
        "（２）質問書の提出期限\n"
        "　　公告日の翌日から起算して５日（休日を除く。）目の午後５時\n"
        "　　【令和９年６月１８日（金）午後５時】\n"
        "【1】 お知らせ 2027年6月4日（金）\n"
    )
    assert ("question", "2027-06-18", "17:00", "datetime") in found(text)
