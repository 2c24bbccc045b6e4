"""Calls of rare issuers (round pv): a 要綱 written as articles, a swimlane flow chart, a table read column by column
under its dates' head, a press release's head and its section for the press, a section on what follows the
selection given for reference; each test a few lines written for its form."""

from tests.extractor_found import found, one_line

# --- a table read column by column ---------------------------------------------------------------------------


def test_the_dates_column_head_under_the_last_step_is_no_step():
    text = (
        "4. 手続の日程\n"
        "項目\n"
        "公⽰⽇\n"  # (a text layer's radicals for 示 and 日)
        "説明書の交付期間\n"
        "質問の提出期限\n"
        "参加申請書の提出期限\n"
        "審査結果の通知\n"
        "⽇程\n"
        "令和9年6月1日(火)\n"
        "令和9年6月1日(火)から\n"
        "令和9年6月15日(火)まで\n"
        "令和9年6月8日(火)12時00分\n"
        "令和9年6月15日(火)16時00分\n"
        "令和9年6月25日(金)\n"
        "備考\n"
        "ホームページに掲載\n"
        "電子メールに限る\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-08", "12:00", "datetime"),
        ("application", "2027-06-15", "16:00", "datetime"),
        ("result", "2027-06-25", None, "date"),
    ]


# --- a window's act in the clause after it -------------------------------------------------------------------


def test_a_window_with_its_daily_hours_then_its_act():
    text = (
        "3 手続\n"
        "審査を通過した者は、令和9年2月1日(月)から5日(金)まで(午前10時から午後4時まで)の間に、企画提案書を持参により"
        "提出してください。\n"
        "4 その他\n"
        "研修の実施時期は、令和9年6月から9月までの間で、受講者と協議の上決定します。\n"  # (a time to be agreed)
    )
    assert found(text) == [("submission", "2027-02-05", "16:00", "datetime")]


# --- a press release ------------------------------------------------------------------------------------------


def test_a_press_release_head_names_no_step():
    text = (
        "報道発表資料\n"
        "令和9年5月10日\n"
        "資料提供先：若葉台市政記者クラブ\n"
        "【解禁】令和9年5月10日(月)午後3時(新聞は5月11日朝刊以降)\n"
        "市民ホールの指定管理者を募集します\n"
        "1 日程\n"
        "申請書の提出期限 令和9年6月30日(水)午後5時\n"
    )
    assert found(text) == [("submission", "2027-06-30", "17:00", "datetime")]


def test_a_press_release_section_for_the_press_is_aside():
    text = (
        "記者発表資料\n"
        "1 今後の手続\n"
        "参加表明書は、令和9年7月9日(金)午後5時までに提出してください。\n"
        "2 報道機関の皆さまへ(取材のご案内)\n"
        "報道機関向けに施設を公開します。\n"
        "日時 6月30日(水)午前10時から\n"
        "申込 6月28日(月)正午までに電子メールでお知らせください。\n"
        "3 問合せ先\n"
        "若葉台市 公園課\n"
    )
    assert found(text) == [("application", "2027-07-09", "17:00", "datetime")]


# --- sections given for reference ----------------------------------------------------------------------------


def test_a_reference_note_ends_at_the_next_section_run_onto_its_line():
    text = (
        "記者発表資料\n"
        "令和9年3月24日\n"
        "旧市場棟の活用事業者を募集します\n"
        "1 趣旨\n"
        "市場棟は昭和45年に建てられた市の施設です。令和7年度に意見交換を実施しました。\n"
        "2 事業の概要\n"
        "市が施設を貸し付け、事業者が改修し運営します。\n"
        "(参考)意見交換で寄せられた主な意見\n"
        "・駐車場を拡張してほしい。\n"
        "・事業期間は長い方が望ましい。\n"
        "3 今後の手続\n"
        "募集要項は、4月5日(月)から市ホームページで公表します。質問は4月16日(金)午後5時まで電子メールで受け付けます。\n"
        "4 問合せ先\n"
        "市場活用課 電話 000-0000-0000\n"
    )
    expected = [
        ("published", "2027-04-05", None, "date"),
        ("question", "2027-04-16", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_what_follows_the_selection_given_for_reference_is_aside():
    text = (
        "第6 日程\n"
        "応募書類の提出期限 令和9年8月6日(金)午後5時\n"
        "第7 選定後の手続(参考)\n"
        "　選定後は、次の手続を経て開設となります。\n"
        "・県補助協議書の提出：令和9年10月\n"
        "・開設：令和11年4月1日\n"
        "第8 スケジュール\n"
        "選定結果の通知 令和9年9月下旬\n"
    )
    expected = [
        ("submission", "2027-08-06", "17:00", "datetime"),
        ("result", "2027-09-01", None, "late_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_notice_of_intent_to_apply_is_an_application():
    text = "3 応募予定届の提出\n令和9年5月14日(金)午後5時までに、応募予定届(様式第2号)を提出してください。\n"
    assert found(text) == [("application", "2027-05-14", "17:00", "datetime")]


# --- a 要綱 written as articles ------------------------------------------------------------------------------


def test_an_article_closes_the_paragraphs_of_the_article_before():
    text = (
        "委託事業者選定要綱\n"
        "令和9年8月1日 理事長決裁\n"
        "(趣旨)\n"
        "第1条 この要綱は、法人が管理する市民ホールの清掃業務を委託する事業者を、公募型プロポーザル方式により選定するために"
        "必要な事項を定めるものとする。\n"
        "(参加資格)\n"
        "第2条 本プロポーザルに参加することができる者は、次に掲げる要件を全て満たす者とする。\n"
        "(1) 市の競争入札参加資格者名簿(業務委託)に登録されている者であること。\n"
        "(2) 客席数500席以上の施設において、清掃業務を1年以上継続して受託した実績を有する者であること。\n"
        "(公告)\n"
        "第3条 法人は、令和9年8月2日(月)に、この要綱をホームページに掲載することにより公告する。\n"
        "(現地見学会)\n"
        "第4条 法人は、令和9年9月14日(火)午前10時から現地見学会を開催する。\n"
        "2 現地見学会への参加を希望する者は、同月10日(金)正午までに、見学会申込書を提出するものとする。\n"
        "3 現地見学会への参加は、本プロポーザルへの参加の要件としない。\n"
        "\n"
        "(参加申込み)\n"
        "第5条 本プロポーザルに参加しようとする者は、同月21日(火)から同月24日(金)までの間に、次に掲げる書類を"
        "提出しなければならない。\n"
        "(1) 参加申込書\n"
        "(2) 会社概要\n"
    )
    expected = [
        ("published", "2027-08-02", None, "date"),
        ("other", "2027-09-10", "12:00", "datetime"),
        ("other", "2027-09-14", "10:00", "datetime"),
        ("application", "2027-09-24", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected  # (each article's heading and article a line again)


# --- a swimlane flow chart -----------------------------------------------------------------------------------


def test_a_flow_chart_box_its_note_its_window_and_its_deadline_mark():
    text = (
        "別紙 手続の流れ(予定)\n"
        "▼\n"
        "質問への回答\n"
        "(HP掲載)\n"
        "R9.2.18(木)\n"
        "▼\n"
        "個別対話\n"
        "(1者あたり60分)\n"
        "R9.3.8(月)~\n"
        "3.19(金)\n"
        "▼\n"
        "追加質問の提出\n"
        "(契約書案に限る)\n"
        "〆 R9.3.26(金)\n"
        "12:00\n"
        "▼\n"
        "優先交渉権者の決定・\n"
        "通知\n"
        "R9.6月上旬\n"
    )
    result = found(text)
    assert ("answer", "2027-02-18", None, "date") in result
    assert ("2027-03-19", None, "date") in [m[1:] for m in result]  # (a dialogue's slots over the window: its end)
    assert ("question", "2027-03-26", "12:00", "datetime") in result
    assert ("result", "2027-06-01", None, "early_month") in result
    assert not [m for m in result if m[0] == "published"]


def test_a_flow_chart_box_run_onto_one_line_its_step_then_its_note():
    text = (
        "別紙 手続の流れ(予定)\n"
        "▼ 質問への回答 (HP掲載) R9.2.18(木)\n"
        "▼ 追加質問の提出 〆 R9.3.26(金) 12:00\n"
        "▼ 提案書の提出 R9.4.23(金) 15:00\n"
    )
    assert found(text) == [
        ("answer", "2027-02-18", None, "date"),
        ("question", "2027-03-26", "12:00", "datetime"),
        ("submission", "2027-04-23", "15:00", "datetime"),
    ]
