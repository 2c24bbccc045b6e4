"""Issuers' change notices in forms that lose the mark of what changed (round ro): a Word file's footnotes kept by its
conversion to Markdown, a struck-through version's text layer, a newspaper's page of notices, a briefing's transcript.
Each test a few lines written for its class."""

from tests.extractor_found import found

# --- a Word file converted to Markdown, the old dates in its footnotes ---------------------------------------------


FOOTNOTED = (
    "日程変更のお知らせ\n"
    "令和9年4月10日付けで公告した清掃業務委託の日程を次のとおり変更したので公告する。\n"
    "\n"
    "| 項目               | 日程                          |\n"
    "|--------------------|-------------------------------|\n"
    "| 質問の受付期限     | 令和9年4月20日（火）正午[^1]  |\n"
    "| 質問への回答       | 令和9年4月30日（金）[^2]      |\n"
    "| 現地見学会         | 令和9年5月6日（木）[^3]       |\n"
    "| 提案書の提出期限   | 令和9年5月21日（金）正午[^4]  |\n"
    "| 契約締結           | 令和9年6月下旬（予定）        |\n"
    "\n"
    "[^1]: 受付は終了した。\n"
    "\n"
    "[^2]: 当初は令和9年4月27日（火）としていた。\n"
    "\n"
    "[^3]: 新たに設けた日程である。\n"
    "\n"
    "[^4]: 当初は令和9年5月14日（金）正午としていた。\n"
)


def test_a_footnote_that_tells_the_old_value_or_names_the_step_new_marks_its_row():
    assert found(FOOTNOTED) == [
        ("answer", "2027-04-30", None, "date"),
        ("other", "2027-05-06", None, "date"),
        ("submission", "2027-05-21", "12:00", "datetime"),
    ]


def test_a_row_whose_footnote_tells_no_change_stays_out_with_the_unnoted_rows():
    kept = {date for _, date, *_ in found(FOOTNOTED)}
    assert "2027-04-20" not in kept  # (its note: the window is over)
    assert "2027-06-01" not in kept  # (no note: restated as it stood)
    assert "2027-04-27" not in kept and "2027-05-14" not in kept  # (the old dates the notes tell)


# --- a struck-through version read from its text layer, each old date run into its new one ---------------------


STRUCK = (
    "窓口業務委託プロポーザル実施要領の一部変更について（お知らせ）\n"
    "令和9年9月1日付けで公告した標記プロポーザルについて、実施要領の一部を別添のとおり変更しました。\n"
    "別添　実施要領（見え消し版）\n"
    "※削除する文字は取消線、追加する文字は下線で表示\n"
    "４ 日程\n"
    "項目\t日程\n"
    "公告\t令和9年9月1日（水）\n"
    "参加申込書の提出期限\t令和9年9月15日（水）22日（水）午後5時\n"
    "企画提案書の提出期限\t令和9年10月1日（金）令和9年10月8日（金）正午\n"
    "プレゼンテーション\t令和9年10月14日（木）午後1時から令和9年10月21日（木）午前10時から\n"
    "審査結果の通知\t令和9年10月下旬11月上旬（予定）\n"
    "契約締結\t令和9年11月上旬中旬（予定）\n"
)


def test_a_struck_versions_new_dates_are_read_apart_from_the_old_ones_run_into_them():
    assert found(STRUCK) == [
        ("application", "2027-09-22", "17:00", "datetime"),
        ("submission", "2027-10-08", "12:00", "datetime"),
        ("hearing", "2027-10-21", "10:00", "datetime"),
        ("result", "2027-11-01", None, "early_month"),
        ("contract", "2027-11-01", None, "mid_month"),
    ]


def test_the_same_run_of_dates_is_one_step_where_the_text_says_nothing_of_a_strike():
    text = STRUCK.replace("（見え消し版）", "").replace("※削除する文字は取消線、追加する文字は下線で表示\n", "")
    assert ("application", "2027-09-22", "17:00", "datetime") not in found(text)


def test_a_step_the_summary_tags_as_new_keeps_its_unmarked_row():
    text = (
        "調査業務委託プロポーザル実施要領の一部変更について（お知らせ）\n"
        "令和9年9月1日付けで公告した標記プロポーザルについて、実施要領の一部を別添のとおり変更しました。\n"
        "主な変更点は次のとおりです。\n"
        "（１）企画提案書の提出期限を延長しました。\n"
        "（２）現地見学会を開催することとしました（新設）。\n"
        "実施要領（見え消し版）\n"
        "※削除箇所は取消線で表示\n"
        "項目\t日程\n"
        "質問の受付期限\t令和9年9月8日（水）午後5時\n"
        "現地見学会\t令和9年9月17日（金）午後2時から\n"
        "企画提案書の提出期限\t令和9年10月1日（金）令和9年10月8日（金）正午\n"
        "契約締結\t令和9年11月上旬（予定）\n"
    )
    assert found(text) == [
        ("other", "2027-09-17", "14:00", "datetime"),
        ("submission", "2027-10-08", "12:00", "datetime"),
    ]


# --- a newspaper's page of notices, one of which changes a call ------------------------------------------------


def test_on_a_page_of_ruled_notices_only_the_one_that_changes_a_call_gives_steps():
    rule = "─" * 20
    text = (
        "みなと新聞　公告・お知らせ　2027年5月14日（金）掲載分\n"
        "このページの掲載期限：2027年6月12日\n"
        f"{rule}\n"
        "決算公告（18面）\n"
        "第12期　令和9年3月31日現在\n"
        f"{rule}\n"
        "訂正公告（18面）\n"
        "令和9年5月7日付け本紙に掲載した港湾整備公社公告第3号「倉庫改修工事に係る一般競争入札」の一部を、下記のとおり訂正します。\n"
        "1　入札書の提出期限\n"
        "（誤）令和9年5月25日（火）午後5時\n"
        "（正）令和9年6月1日（火）午後5時\n"
        f"{rule}\n"
        "地区計画の案の縦覧（19面）\n"
        "1　縦覧期間　令和9年5月14日（金）から5月28日（金）まで\n"
        "2　説明会　令和9年5月20日（木）午後7時から　中央公民館\n"
        f"{rule}\n"
        "臨時株主総会の基準日は令和9年6月30日とし、同年8月に開催予定の総会において議決権を行使できる株主とします。\n"
    )
    assert found(text) == [("submission", "2027-06-01", "17:00", "datetime")]


def test_a_page_of_ruled_notices_two_of_which_name_calls_is_read_whole():
    rule = "─" * 20
    text = (
        f"{rule}\n"
        "訂正公告\n"
        "公告第3号「倉庫改修工事に係る一般競争入札」の一部を、下記のとおり訂正します。\n"
        "入札書の提出期限\n"
        "（誤）令和9年5月25日（火）午後5時\n"
        "（正）令和9年6月1日（火）午後5時\n"
        f"{rule}\n"
        "入札公告\n"
        "次のとおり一般競争入札に付します。\n"
        "入札書の提出期限　令和9年6月10日（木）午後5時\n"
        f"{rule}\n"
        "お問い合わせ　総務課\n"
    )
    assert ("submission", "2027-06-10", "17:00", "datetime") in found(text)


# --- said aloud: an old date after 「当初、」 or 「当初の」, a briefing's transcript that tells the change --------------


def test_an_old_date_said_after_a_comma_or_no_after_tousho_stays_out():
    text = (
        "日程変更のお知らせ\n"
        "令和9年7月1日付けで公告したプロポーザルの日程を変更します。\n"
        "プレゼンテーション審査は、当初、8月5日木曜日の1日で予定しておりましたが、8月18日水曜日と8月19日木曜日の2日間に変更いたします。\n"
        "当初の7月23日の期限に向けて準備していたが、間に合うかという質問がありました。\n"
    )
    kept = found(text)
    assert [date for _, date, *_ in kept if date.startswith("2027-08-1")]
    assert not [date for _, date, *_ in kept if date in ("2027-08-05", "2027-07-23")]


def test_a_briefing_transcript_that_tells_the_change_keeps_only_the_changed_dates():
    said = [
        "公募要領の一部を変更し、日程を変更しております。",
        "まず、企画提案書の提出期限です。",
        "当初、3月5日金曜日の正午としておりましたが、",
        "これを、令和9年3月12日金曜日の正午まで延長いたします。",
        "なお、契約の締結は、当初どおり3月下旬を予定しておりまして、こちらは変更ございません。",
    ]
    cues = "".join(f"{n}\n00:00:{n:02d}.000 --> 00:00:{n:02d}.900\n{words}\n\n" for n, words in enumerate(said, 1))
    assert found("WEBVTT\n\n" + cues) == [("submission", "2027-03-12", "12:00", "datetime")]
