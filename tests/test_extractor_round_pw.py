"""Change notices in the shapes round pw taught: a city page whose title joins a change to a step it adds, under a long
menu; the steps a change lists as already over; two steps said over in one sentence wrapped across lines; a date under
the key of a change's reason; a briefing's minutes that move dates; a clause naming who a step is for. Each test a few
lines written for its form."""

from tests.extractor_found import found

MENU = (
    "ページの先頭です\n"
    "メニューを飛ばして本文へ\n"
    "若葉谷市\n"
    "文字サイズ\n"
    "Foreign Language\n"
    "サイト内検索\n"
    "くらし・手続き\n"
    "子育て・教育\n"
    "健康・福祉\n"
    "観光・文化\n"
    "まちづくり・環境\n"
    "事業者の方へ\n"
    "防災・安全\n"
    "現在地\n"
)


def test_a_page_title_joining_a_change_to_an_added_step_below_a_long_menu_is_a_change_notice():
    text = MENU + (
        "トップページ > 事業者の方へ > 入札・契約 > 若葉谷市立美術館指定管理者の応募期限の延長及び説明会の追加開催について\n"
        "本文\n"
        "若葉谷市立美術館指定管理者の応募期限の延長及び説明会の追加開催について\n"
        "ページ番号：0051234\n"
        "更新日：2027年8月2日更新\n"
        "1 応募書類の提出期限の延長\n"
        "応募書類の提出期限は、2027年8月13日（金曜日）午後5時までとしていましたが、2027年8月27日（金曜日）午後5時まで延長します。\n"
        "2 追加説明会\n"
        "日時\n"
        "2027年8月10日（火曜日）午前10時から\n"
        "場所\n"
        "若葉谷市立美術館 講堂\n"
        "参加申込み\n"
        "2027年8月6日（金曜日）正午までに電子メールでお申し込みください。\n"
        "変更のない日程（参考）\n"
        "次の日程は変更ありません。\n"
        "指定管理者の指定に係る議案の提出：2027年12月（市議会12月定例会）\n"
        "基本協定の締結：2028年2月（予定）\n"
    )
    assert found(text) == [
        ("other", "2027-08-06", "12:00", "datetime"),
        ("other", "2027-08-10", "10:00", "datetime"),
        ("submission", "2027-08-27", "17:00", "datetime"),
    ]


def test_the_steps_a_change_notice_lists_as_already_over_are_no_steps():
    text = (
        "霧島台市観光案内所運営業務委託公募型プロポーザルの提出期限の延長について\n"
        "企画提案書の提出期限を、令和9年9月10日（金）午後5時から令和9年9月24日（金）午後5時に延長します。\n"
        "なお、次の手続きは既に終了しています。\n"
        "実施要領の公表：令和9年8月2日（月）\n"
        "質問の受付：令和9年8月16日（月）まで\n"
        "質問への回答：令和9年8月23日（月）に掲載済み\n"
    )
    assert found(text) == [("submission", "2027-09-24", "17:00", "datetime")]


def test_two_steps_said_over_in_a_sentence_wrapped_after_its_joining_word_are_both_over():
    text = (
        "入札執行の延期について（通知）\n"
        "令和９年１１月８日（月）付けで公告した下記業務委託の条件付一般競争入札について、次のとおり日程を変更します。\n"
        "１　開札\n"
        "令和９年１２月３日（金）午前１０時としていたものを、令和９年１２月１７日（金）午前１０時に変更します。\n"
        "２　その他\n"
        "（１）入札参加資格確認申請書の受付（令和９年１１月１９日（金）締切）及び資格\n"
        "確認結果の通知（令和９年１１月２４日（水）送付済み）は終了しています。\n"
    )
    assert found(text) == [("other", "2027-12-17", "10:00", "datetime")]


def test_a_date_under_the_key_of_a_changes_reason_is_no_step():
    text = (
        "萩野台市窓口案内システム構築業務 公募型プロポーザル実施要領\n"
        "【第２版】\n"
        "※改訂の理由：質問への回答（令和９年６月９日公表）において仕様の一部を明確化したことに伴い、\n"
        "提案準備期間を確保するため。\n"
        "第５　企画提案書の提出\n"
        "（１）提出期限\n"
        "令和９年６月２５日（金）午後５時（必着）\n"
    )
    assert found(text) == [("submission", "2027-06-25", "17:00", "datetime")]


def test_a_briefings_minutes_that_move_dates_keep_only_the_moved_and_new_steps():
    text = (
        "桜川町地域公共交通計画策定支援業務 公募型プロポーザル\n"
        "参加説明会 議事要旨\n"
        "\n"
        "１ 日 時　令和9年5月12日（水）　午前10時00分～午前11時30分\n"
        "２ 場 所　桜川町役場 3階 第2会議室\n"
        "３ 出席者　事業者 5者 8名\n"
        "４ 配布資料\n"
        "資料1　公募型プロポーザル実施要領（令和9年4月28日公表）\n"
        "５ 議事要旨\n"
        "（1）スケジュールの変更について\n"
        "事務局から、次のとおり説明があった。\n"
        "・実施要領の日程を次のとおり変更する。\n"
        "　ア　企画提案書の提出期限\n"
        "　　　6月18日（金）午後5時まで（当初 6月11日（金）午後5時まで）\n"
        "・プレゼンテーション審査（7月上旬）及び契約締結（7月下旬）の予定に変更はない。\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]


def test_a_clause_naming_who_wishes_a_step_leaves_the_paper_handed_in_its_step():
    text = (
        "令和9年度 桜川町地域公共交通計画策定支援業務\n"
        "・利用実績データの提供を希望する者は、秘密保持に関する誓約書（様式第7号）を6月4日（金）までに提出すること。\n"
    )
    assert [(date, precision) for _, date, _, precision in found(text)] == [("2027-06-04", "date")]


def test_a_sentence_wrapped_from_who_attends_an_event_takes_its_step_from_its_item():
    text = (
        "件名: 桐原町公民館運営業務プロポーザル　ヒアリング審査の日程変更について\n"
        "1．ヒアリング審査の日時\n"
        "　　令和9年9月14日（火）午前10時から\n"
        "　　（当初：9月7日（火）午後1時から）\n"
        "（1）出席者届の提出\n"
        "　　ヒアリングに出席される方のお名前・役職を、添付の様式第6号にご記入のうえ、\n"
        "　　9月7日（火）正午までにメールでご提出ください。\n"
    )
    assert found(text) == [
        ("other", "2027-09-07", "12:00", "datetime"),
        ("hearing", "2027-09-14", "10:00", "datetime"),
    ]


def test_a_sentence_that_names_only_the_act_of_sending_takes_its_step_from_its_item():
    text = (
        "件名: 桐原町公民館運営業務プロポーザル　ヒアリング審査の日程変更について\n"
        "1．ヒアリング審査の日時\n"
        "　　令和9年9月14日（火）午前10時から\n"
        "　　（当初：9月7日（火）午後1時から）\n"
        "（2）説明資料の事前提出\n"
        "　　当日画面に映される資料をPDFにて、\n"
        "　　9月10日（金）正午までにメールでお送りください。\n"
    )
    assert [(date, time) for _, date, time, _ in found(text)] == [("2027-09-10", "12:00"), ("2027-09-14", "10:00")]


def test_the_words_over_a_list_of_steps_that_stand_may_close_a_line_of_prose():
    text = (
        "萩野台市文化センター指定管理者の募集期間の延長について\n"
        "申請書類の提出期限は、2027年7月9日（金曜日）午後5時までとしていましたが、2027年7月23日（金曜日）午後5時まで延長します。\n"
        "審査は2027年8月中旬（当初：8月上旬）に行います。次の日程は変更ありません。\n"
        "指定の議案の提出：2027年12月（予定）\n"
        "基本協定の締結：2028年3月（予定）\n"
        "指定期間：2028年4月1日から2033年3月31日まで なお、次の手続きは既に終了しています。\n"
        "募集要項の配布：2027年6月1日（火曜日）から\n"
        "質問の受付：2027年6月18日（金曜日）まで\n"
    )
    assert [(date, time, precision) for _, date, time, precision in found(text)] == [
        ("2027-07-23", "17:00", "datetime"),
        ("2027-08-01", None, "mid_month"),
    ]
