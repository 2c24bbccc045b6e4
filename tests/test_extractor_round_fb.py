"""Separate change notices (round fb): a change told in the issuer's own mail, the window whose start the old and new
versions share, a clause that replaces quoted words. Each test a few lines written for its case, as written and, where
the rule reads the text so, run onto one line."""

from tests.extractor_found import found, one_line

# --- a change told in the issuer's own mail -------------------------------------------------------------------------

_MAIL_HEAD = "From: keiyaku@example.jp\n" "Date: Tue, 6 Jul 2027 10:15:00 +0900\n"


def test_a_mail_whose_subject_tells_of_a_change_keeps_only_the_rows_it_marks_changed_or_added():
    # (「Subject: 【白浜町】…募集　日程変更のお知らせ（…ほか）」: the issuer's own mail is the change notice; the rows of its
    # schedule without 「（変更）」 or 【追加】 are restated as they were)
    text = _MAIL_HEAD + (
        "Subject: 【白浜町】海浜公園指定管理者募集　日程変更のお知らせ（説明会の追加ほか）\n"
        "\n"
        "応募予定事業者　各位\n"
        "\n"
        "下記のとおり日程を変更します。変更した行の末尾に「（変更）」と記載しています。\n"
        "\n"
        "■変更後の日程\n"
        "1. 【追加】説明会　　　　　　7月14日（水）午後2時から\n"
        "2. 質問書の提出期限　　　　　7月21日（水）午後5時まで（変更）\n"
        "3. 申請書類の提出期限　　　　8月18日（水）午後5時まで（変更）\n"
        "4. プレゼンテーション審査　　9月8日（水）\n"
        "5. 選定結果通知　　　　　　　9月中旬\n"
        "\n"
        "よろしくお願いいたします。\n"
    )
    assert found(text) == [
        ("other", "2027-07-14", "14:00", "datetime"),
        ("question", "2027-07-21", "17:00", "datetime"),
        ("submission", "2027-08-18", "17:00", "datetime"),
    ]


def test_a_mail_of_a_deadline_extended_leaves_out_a_step_it_says_is_unchanged():
    # (「（当初）…」 / 「（延長後）…」 under a subject 「…の延長について（通知）」: the mail is a change notice, so the hearing
    # 「…に変更はありません」 is restated)
    text = (
        "From: 汐見町 企画課 <kikaku@example.jp>\n"
        "Sent: Wednesday, May 12, 2027 4:05 PM\n"
        "Subject: 【汐見町】企画提案書の提出期限の延長について（通知）\n"
        "\n"
        "汐見町観光PR動画制作業務委託に係る公募型プロポーザルについて、お知らせします。\n"
        "\n"
        "■延長の内容\n"
        "　企画提案書の提出期限\n"
        "　　（当初）5月17日（月）正午まで\n"
        "　　（延長後）5月24日（月）正午まで\n"
        "\n"
        "■ヒアリング審査について\n"
        "　ヒアリング審査の実施日（6月2日（水）予定）に変更はありません。\n"
    )
    assert found(text) == [("submission", "2027-05-24", "12:00", "datetime")]


_EARLIER_MAIL = (
    "Subject: 【白浜町】海浜公園指定管理者募集　提出期限の延長について\n"
    "\n"
    "応募予定事業者　各位\n"
    "\n"
    "申請書類の提出期限を次のとおり延長します。\n"
    "・申請書類の提出期限\n"
    "　（変更前）8月6日（金）午後5時まで\n"
    "　（変更後）8月13日（金）午後5時まで\n"
    "その他の日程に変更はありません。\n"
    "\n"
    "白浜町 総務課 契約係\n"
    "\n"
    "-----Original Message-----\n"
    "From: 白浜町 総務課 契約係 <keiyaku@example.jp>\n"
    "Sent: Monday, June 14, 2027 9:15 AM\n"
    "Subject: 【白浜町】海浜公園指定管理者募集　参加登録の受付について\n"
    "\n"
    "> 参加登録を受け付けました。今後の日程は次のとおりです。\n"
    "> ・質問書の提出期限　　7月9日（金）午後5時まで\n"
    "> ・質問への回答　　　　7月16日（金）\n"
    "> ・第2次審査　　　　　 9月7日（火）\n"
)


def test_the_earlier_mail_a_change_mail_quotes_gives_the_plan_before_the_change():
    # (its steps quoted under 「-----Original Message-----」 and 「> 」: no step of the notice, changed or not)
    text = _MAIL_HEAD + _EARLIER_MAIL
    assert found(text) == [("submission", "2027-08-13", "17:00", "datetime")]


# --- a window whose end alone a change moves ------------------------------------------------------------------------

_CHANGE_HEAD = "入札公告の一部変更について（港北浄化センター設備点検業務）\n令和8年5月13日付けで公告した下記の一般競争入札について、入札公告の一部を次のとおり変更する。\n"


def test_a_row_of_old_and_new_windows_with_one_start_gives_no_publication():
    # (「| 交付期間 | 8月20日から9月20日まで | 8月20日から9月27日まで |」: the start stands as the call published it)
    text = _CHANGE_HEAD + (
        "| 項目 | 変更前 | 変更後 |\n"
        "|---|---|---|\n"
        "| 入札説明書の交付期間 | 2026年8月20日(木)から2026年9月18日(金)まで | 2026年8月20日(木)から2026年9月25日(金)まで |\n"
        "| 入札書の受領期限 | 2026年9月28日(月)17時00分 | 2026年10月5日(月)17時00分 |\n"
    )
    assert found(text) == [("submission", "2026-10-05", "17:00", "datetime")]


def test_old_and_new_windows_keyed_in_brackets_with_one_start_give_no_publication():
    # (「(旧) 1月18日から2月4日まで」 over 「(新) 1月18日から2月10日まで」)
    text = _CHANGE_HEAD + (
        "(1) 入札説明書の交付期間\n"
        "　　(旧) 令和10年1月18日（火）から令和10年2月4日（金）まで\n"
        "　　(新) 令和10年1月18日（火）から令和10年2月10日（木）まで\n"
        "(2) 入札書の提出期限\n"
        "　　(旧) 令和10年2月18日（金）17時00分\n"
        "　　(新) 令和10年2月25日（金）17時00分\n"
    )
    assert found(text) == [("submission", "2028-02-25", "17:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2028-02-25", "17:00", "datetime")]


# --- a clause that replaces quoted words ----------------------------------------------------------------------------


def test_a_clause_replacing_a_date_quoted_with_its_place_gives_the_new_date():
    # (「…中「6月10日（水）10時00分　入札室」を「6月17日（水）10時00分　入札室」に改める」: the old words, then the new)
    text = _CHANGE_HEAD + (
        "⑴　3⑵入札説明書の交付期間中「令和8年5月13日（水）から令和8年6月9日（火）まで」を「令和8年5月13日（水）から令和8年6月16日（火）まで」に改める。\n"
        "⑵　3⑺開札の日時及び場所中「令和8年6月10日（水）10時00分　本部3階入札室」を「令和8年6月17日（水）10時00分　本部3階入札室」に改める。\n"
    )
    assert found(text) == [("other", "2026-06-17", "10:00", "datetime")]
    assert found(one_line(text)) == [("other", "2026-06-17", "10:00", "datetime")]


def test_a_clause_whose_new_words_wrap_onto_the_next_line_gives_only_the_new_date():
    # (「…中「提出期限の日（5月31日（月））」を「提出期」 / 「限の日（6月7日（月））」に改める。」)
    text = _CHANGE_HEAD + (
        "（１）４（１）中「申請書の提出期限の日（令和9年5月31日（月））」を「申請書の提出期\n"
        "限の日（令和9年6月7日（月））」に改める。\n"
        "（２）開札の日時　令和9年7月5日（月）10時00分\n"
    )
    assert found(text) == [
        ("submission", "2027-06-07", None, "date"),
        ("other", "2027-07-05", "10:00", "datetime"),
    ]
