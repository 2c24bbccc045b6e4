"""Change notices in forms the development sets do not hold (round oa): a 訂正公告 keyed 【誤】/【正】, a 変更公告's
table of 旧日程/新日程, a 延期 drawn with a down arrow between the dates, a 正誤表 of 誤/正 lines, a 質問回答書 of 【問】/
【答】 that moves dates, an English corrigendum of Existing / To be read as columns; each read as written and on one line.
Only the corrected dates count, no published of the notice's own (INDEX.md's rules). Each text invented for its form."""

from tests.extractor_found import found, one_line

# --- the six notices --------------------------------------------------------------------------------------------


def test_a_correction_keyed_in_lenticular_brackets():
    """【誤】/【正】 lines; on one line the closing 「上記以外の事項に変更はありません」 and the title run onto the notice's day."""
    text = (
        "入札公告の訂正について\n"
        "令和7年9月2日\n"
        "青柳市長 森下 たかし\n"
        "令和7年8月26日付けで公告した「青柳市立第二中学校体育館空調設備設置工事」の条件付一般競争入札について、次のとおり訂正します。\n"
        "記\n"
        "1 訂正箇所\n"
        "公告文 6 入札参加資格確認申請書の提出期限\n"
        "【誤】令和7年9月9日(火)午後5時\n"
        "【正】令和7年9月12日(金)午後5時\n"
        "2 訂正箇所\n"
        "公告文 9 開札の日時\n"
        "【誤】令和7年9月24日(水)午前10時\n"
        "【正】令和7年9月26日(金)午前10時\n"
        "3 その他\n"
        "上記以外の事項に変更はありません。\n"
    )
    expected = [("application", "2025-09-12", "17:00", "datetime"), ("other", "2025-09-26", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_change_notice_table_of_old_and_new_schedules():
    text = (
        "朱鷺野町公告第45号\n"
        "変更公告\n"
        "令和7年10月1日付け朱鷺野町公告第41号で公告した「朱鷺野町地域公共交通計画策定支援業務委託に係る公募型プロポーザル」について、実施日程を次のとおり変更したので公告します。\n"
        "令和7年10月15日\n"
        "朱鷺野町長 石井 まさる\n"
        "1 業務名\n"
        "朱鷺野町地域公共交通計画策定支援業務委託\n"
        "2 変更内容\n"
        "項目\t旧日程\t新日程\n"
        "参加表明書の提出期限\t令和7年10月20日(月)午後5時\t令和7年10月27日(月)午後5時\n"
        "企画提案書の提出期限\t令和7年11月7日(金)午後5時\t令和7年11月14日(金)午後5時\n"
        "プレゼンテーション\t令和7年11月18日(火)\t令和7年11月25日(火)\n"
        "3 変更の理由\n"
        "国の補助制度の要綱改正に伴い、仕様書の一部を見直すため。\n"
        "4 問い合わせ先\n"
        "朱鷺野町 企画課 交通政策係 電話 000-0000-0000 電子メール kotsu@example.jp\n"
    )
    expected = [
        ("application", "2025-10-27", "17:00", "datetime"),
        ("submission", "2025-11-14", "17:00", "datetime"),
        ("hearing", "2025-11-25", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_postponement_drawn_with_a_down_arrow():
    """「↓」 alone between the old date and the new; on one line the arrow stands between them."""
    text = (
        "企画提案書提出期限の延期について\n"
        "令和7年11月4日\n"
        "紫苑台市 企画政策課\n"
        "「紫苑台市シティプロモーション動画制作業務委託」公募型プロポーザルについて、下記のとおり日程を延期します。\n"
        "記\n"
        "1 延期する日程\n"
        "(1) 企画提案書の提出期限\n"
        "\u3000令和7年11月10日(月)午後5時\n"
        "\u3000\u3000\u3000\u3000↓\n"
        "\u3000令和7年11月21日(金)午後5時\n"
        "(2) プレゼンテーション審査\n"
        "\u3000令和7年11月19日(水)\n"
        "\u3000\u3000\u3000\u3000↓\n"
        "\u3000令和7年12月3日(水)\n"
        "2 その他\n"
        "上記以外の日程に変更はありません。\n"
    )
    expected = [("submission", "2025-11-21", "17:00", "datetime"), ("hearing", "2025-12-03", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_errata_sheet_of_wrong_and_right_lines():
    text = (
        "正誤表\n"
        "令和7年12月5日\n"
        "川霧県 産業振興課\n"
        "「川霧県ものづくり企業海外展開支援業務」企画提案募集要項について、次のとおり誤りがありましたので訂正します。\n"
        "該当箇所\u3000募集要項 3ページ 「6 日程」\n"
        "誤\u3000参加申込書の提出期限\u3000令和7年12月12日(金)午後5時\n"
        "正\u3000参加申込書の提出期限\u3000令和7年12月15日(月)午後5時\n"
        "該当箇所\u3000募集要項 4ページ 「8 審査」\n"
        "誤\u3000審査結果の通知\u3000令和8年1月上旬\n"
        "正\u3000審査結果の通知\u3000令和8年1月中旬\n"
    )
    expected = [("application", "2025-12-15", "17:00", "datetime"), ("result", "2026-01-01", None, "mid_month")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_answer_sheet_of_question_and_answer_marks_moving_dates():
    text = (
        "質問回答書\n"
        "令和7年10月17日\n"
        "若潮市 環境政策課\n"
        "「若潮市脱炭素ロードマップ策定業務委託」公募型プロポーザルについて、令和7年10月14日(火)までに受け付けた質問に次のとおり回答します。\n"
        "【問】 提案書の作成に相当の時間を要するため、提出期限の延長を検討いただけないでしょうか。\n"
        "【答】 企画提案書の提出期限を令和7年10月31日(金)正午まで延長します。あわせて、プレゼンテーションの日程を令和7年11月11日(火)に変更します。\n"
        "【問】 過去の計画書は閲覧できますか。\n"
        "【答】 市ホームページで公開しています。\n"
    )
    expected = [("submission", "2025-10-31", "12:00", "datetime"), ("hearing", "2025-11-11", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_english_corrigendum_of_existing_and_to_be_read_as_columns():
    """「Existing」 names the column of the old dates, 「To be read as」 the one in force."""
    text = (
        "CORRIGENDUM No. 2\n"
        "Tender for Supply and Installation of Water Quality Monitoring Stations\n"
        "Date: 3 October 2025\n"
        "The following changes are made to the tender document:\n"
        "Sl. | Item | Existing | To be read as\n"
        "1 | Last date for submission of bids | 14 October 2025, 15:00 hrs | 28 October 2025, 15:00 hrs\n"
        "2 | Opening of technical bids | 15 October 2025, 11:00 hrs | 29 October 2025, 11:00 hrs\n"
        "All other terms and conditions of the tender remain unchanged.\n"
    )
    expected = [("submission", "2025-10-28", "15:00", "datetime"), ("other", "2025-10-29", "11:00", "datetime")]
    assert found(text) == expected
    # (on one line the last row runs on into 「All other terms … remain unchanged.」: the new dates stand, the old do not)
    assert [day for _, day, *_ in found(one_line(text))] == ["2025-10-28", "2025-10-29"]


# --- the same devices in other wordings ---------------------------------------------------------------------


def test_others_unchanged_under_bracketed_wrong_and_right():
    """「その他の日程に変更はありません。」 under the corrected date says the others stand, not the one corrected."""
    text = (
        "公募型プロポーザル実施要領の訂正について\n"
        "令和8年2月3日\n"
        "鷹取町長 小野寺 ひろし\n"
        "令和8年1月27日に公表した「鷹取町観光パンフレット作成業務」公募型プロポーザル実施要領を次のとおり訂正します。\n"
        "(1) 企画提案書の提出期限\n"
        "(誤) 令和8年2月13日(金)正午\n"
        "(正) 令和8年2月16日(月)正午\n"
        "その他の日程に変更はありません。\n"
    )
    expected = [("submission", "2026-02-16", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_postponement_drawn_with_a_double_down_arrow():
    text = (
        "開札日の延期について\n"
        "令和8年6月8日 野分市 契約課\n"
        "「野分市営住宅外壁改修工事」の開札日を次のとおり延期します。\n"
        "開札日 令和8年6月16日(火)午前9時30分\n"
        "\u3000\u3000⇓\n"
        "令和8年6月23日(火)午前9時30分\n"
        "入札書の提出期限 令和8年6月15日(月)午後5時\n"
        "\u3000\u3000⇓\n"
        "令和8年6月22日(月)午後5時\n"
    )
    expected = [("submission", "2026-06-22", "17:00", "datetime"), ("other", "2026-06-23", "09:30", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_english_amendment_of_existing_and_should_read_columns():
    text = (
        "AMENDMENT No. 1\n"
        "Request for Proposals: Visitor Survey Services\n"
        "The following dates are amended.\n"
        "Item | Existing | Should read\n"
        "Deadline for clarification requests | 6 March 2026, 17:00 | 13 March 2026, 17:00\n"
        "Deadline for proposals | 20 March 2026, 12:00 | 27 March 2026, 12:00\n"
        "All other dates remain the same.\n"
    )
    expected = [("question", "2026-03-13", "17:00", "datetime"), ("submission", "2026-03-27", "12:00", "datetime")]
    assert found(text) == expected
