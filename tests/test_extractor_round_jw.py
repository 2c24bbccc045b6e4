"""Pastes that hold several calls (round jw): a portal's list of search results, a weekly digest with its deadline
calendar, an alert mail of feed items, a team's tracker sheet and an association's newsletter. Each call's steps are
its own: its publication, the kind its own fields or columns name, its year; the team's own days are left out. Each
test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a portal's list of search results: a block of fields per call ------------------------------------------------


PORTAL = (
    "入札情報検索　検索結果　3件\n"
    "■検索条件　公告日：2027/04/01 ～ 2027/04/30　　状態：受付中\n"
    "────────────────────\n"
    "No.1　【受付中】\n"
    "案件名　　　白浜市観光案内サイト改修業務委託\n"
    "公告日　　　2027/04/20\n"
    "締切日時　　2027/05/07 17:00（参加表明書）\n"
    "　　　　　　2027/05/21 12:00（企画提案書）\n"
    "開札・審査　2027/06/02（ヒアリング）\n"
    "────────────────────\n"
    "No.2　【受付中】【新着】\n"
    "案件名　　　白浜市立病院医療機器保守点検業務\n"
    "公告日　　　2027/04/15\n"
    "締切日時　　2027/05/12 17:00（入札書）\n"
    "開札・審査　2027/05/13 10:00（開札）\n"
    "────────────────────\n"
    "No.3　【受付中】\n"
    "案件名　　　砂丘町防災行政無線更新工事\n"
    "公告日　　　2027/04/09\n"
    "締切日時　　―\n"
    "────────────────────\n"
    "□お知らせ\n"
    "2027/04/02　令和9・10年度入札参加資格者名簿の追加登録を反映しました\n"
)


def test_each_block_of_a_portals_results_keeps_its_own_publication():
    steps = found(PORTAL)
    assert [step for step in steps if step[0] == "published"] == [
        ("published", "2027-04-09", None, "date"),
        ("published", "2027-04-15", None, "date"),
        ("published", "2027-04-20", None, "date"),
    ]  # (not the search filter's 2027/04/01, nor the portal's news of 2027/04/02)
    assert len(steps) == 8


def test_a_deadline_field_takes_its_kind_from_the_paper_bracketed_after_its_date():
    steps = found(PORTAL)
    assert ("application", "2027-05-07", "17:00", "datetime") in steps
    assert ("submission", "2027-05-21", "12:00", "datetime") in steps  # (the field's next value, under it)
    assert ("submission", "2027-05-12", "17:00", "datetime") in steps
    text = "提出期限　　令和9年8月2日（月）正午（参加申込書）\n　　　　　　令和9年8月23日（月）正午（提案書）\n"
    assert found(text) == [
        ("application", "2027-08-02", "12:00", "datetime"),
        ("submission", "2027-08-23", "12:00", "datetime"),
    ]


def test_a_field_of_two_steps_is_the_one_its_bracket_names():
    steps = found(PORTAL)
    assert ("hearing", "2027-06-02", None, "date") in steps
    assert ("other", "2027-05-13", "10:00", "datetime") in steps
    assert not any(kind == "other" and day == "2027-06-02" for kind, day, *_ in steps)
    assert not any(kind == "hearing" and day == "2027-05-13" for kind, day, *_ in steps)
    text = "開札・審査　令和9年7月14日（水）（プレゼンテーション）\n"
    assert found(text) == [("hearing", "2027-07-14", None, "date")]
    text = "(1) 日時　令和9年7月14日（水）（時間は参加者ごとに別途通知する。）\n"  # (a note in the bracket: the key's step)
    assert found("■ヒアリング\n" + text) == [("hearing", "2027-07-14", None, "date")]


# --- a weekly digest: its contents, a deadline calendar, then each call's details ----------------------------------


DIGEST = (
    "Subject: 【入札ナビ週報】2027年2月1日号\n"
    "今号の対象：2027年1月25日（月）～1月31日（日）に公告された案件\n"
    "■ 今号の案件\n"
    " [1] 青葉村　移住定住促進計画策定業務\n"
    " [2] 青葉県　県民意識調査業務\n"
    "■ 締切カレンダー\n"
    " 2/ 5(金) 17:00　[2] 競争参加資格確認申請書\n"
    " 2/10(水) 12:00　[1] 質問締切\n"
    " 2/19(金) 17:00　[1] 企画提案書\n"
    "■ 案件詳細\n"
    "[1] 青葉村　移住定住促進計画策定業務\n"
    "　公告日　：令和9年1月27日（水）\n"
    "　日程　　：質問受付　令和9年2月10日（水）正午まで\n"
    "　　　　　　参加申込書　令和9年2月12日（金）午後5時まで\n"
    "　　　　　　企画提案書　令和9年2月19日（金）午後5時まで\n"
    "[2] 青葉県　県民意識調査業務\n"
    "　公告日　：2027年1月29日（金）\n"
    "　競争参加資格確認申請書の提出期限：2027年2月5日（金）17時\n"
    "　入札書の提出期限：2027年2月24日（水）17時\n"
    "━━━━━━━━━━━━━━━━\n"
    "■ 落札結果\n"
    "・青葉町　庁舎清掃業務　開札日：令和9年1月20日（水）\n"
)


def test_a_digests_calendar_that_repeats_its_calls_details_gives_each_step_once():
    assert found(DIGEST) == [
        ("published", "2027-01-27", None, "date"),
        ("published", "2027-01-29", None, "date"),
        ("application", "2027-02-05", "17:00", "datetime"),
        ("question", "2027-02-10", "12:00", "datetime"),
        ("application", "2027-02-12", "17:00", "datetime"),
        ("submission", "2027-02-19", "17:00", "datetime"),
        ("submission", "2027-02-24", "17:00", "datetime"),
    ]  # (the contents list is no case; the days the issue covers and the results below the cases are no steps)


def test_a_digests_calendar_keeps_its_details_in_one_line_too():
    assert [step for step in found(one_line(DIGEST)) if step[0] != "published"] == [
        ("application", "2027-02-05", "17:00", "datetime"),
        ("question", "2027-02-10", "12:00", "datetime"),
        ("application", "2027-02-12", "17:00", "datetime"),
        ("submission", "2027-02-19", "17:00", "datetime"),
        ("submission", "2027-02-24", "17:00", "datetime"),
    ]


def test_a_calendar_tagged_with_bracketed_numbers_finds_its_cases():
    text = (
        "【目次】\n"
        "【1】港北市 広報紙編集業務委託\n"
        "【2】港北町 観光パンフレット制作業務\n"
        "◇締切一覧\n"
        "9/ 8(水) 正午　【2】企画書\n"
        "9/10(金) 17:00　【1】参加表明書\n"
        "\n"
        "【1】港北市 広報紙編集業務委託\n"
        "公告日：令和9年8月23日（月）\n"
        "参加表明書：令和9年9月10日（金）午後5時まで\n"
        "企画提案書：令和9年9月24日（金）午後5時まで\n"
        "\n"
        "【2】港北町 観光パンフレット制作業務\n"
        "公告日：令和9年8月25日（水）\n"
        "企画書提出期限：令和9年9月8日（水）正午\n"
    )
    assert found(text) == [
        ("published", "2027-08-23", None, "date"),
        ("published", "2027-08-25", None, "date"),
        ("submission", "2027-09-08", "12:00", "datetime"),
        ("application", "2027-09-10", "17:00", "datetime"),
        ("submission", "2027-09-24", "17:00", "datetime"),
    ]


# --- an alert mail of feed items: each item a notice of its own ------------------------------------------------


def alert(third: str) -> str:
    return (
        "From: 入札アラート <alert@example.jp>\n"
        "To: sales@example.jp\n"
        "Subject: [入札アラート] 新着3件\n"
        "============================\n"
        "[1/3] 湊市｜入札情報\n"
        "タイトル：湊市観光動画制作業務委託の公募型プロポーザルについて\n"
        "本文抜粋：\n"
        "■公告日　令和9年3月1日(月)　■参加申込期限　令和9年3月12日(金)午後5時　■企画提案書提出期限　令和9年3月26日(金)午後5時…\n"
        "============================\n"
        "[2/3] 湊県｜入札情報（役務）\n"
        "タイトル：一般競争入札の公告（県庁舎警備業務）\n"
        "本文抜粋：\n"
        "件名：県庁舎警備業務　公告：R9.3.2　参加資格確認申請書提出期限：R9.3.16(火)17時　入札書提出期限：R9.3.30(火)17時…\n"
        "============================\n"
        f"{third}"
        "============================\n"
        "次回配信予定：2027-03-05 06:30\n"
    )


def test_a_feed_items_fields_keyed_as_a_subject_are_no_mail_header():
    steps = found(alert("[3/3] 湊町｜お知らせ\nタイトル：町民まつりのお知らせ\n本文抜粋：\n町民まつりを開催します。\n"))
    assert ("published", "2027-03-02", None, "date") in steps
    assert ("application", "2027-03-16", "17:00", "datetime") in steps
    assert ("submission", "2027-03-30", "17:00", "datetime") in steps


def test_an_alert_item_that_calls_its_call_off_gives_no_step():
    third = (
        "[3/3] 湊町｜入札・契約\n"
        "タイトル：【中止】湊町広報誌編集業務委託に係る公募型プロポーザルの中止について\n"
        "本文抜粋：\n"
        "令和9年2月15日(月)付けで公告したプロポーザルについて、手続を中止します。参加申込期限（3月10日(水)）までに…\n"
    )
    assert not any(day == "2027-03-10" for _, day, *_ in found(alert(third)))


def test_an_alert_item_that_corrects_its_call_gives_only_the_corrected_day():
    third = (
        "[3/3] 湊町｜新着情報\n"
        "タイトル：【訂正】湊町広報誌編集業務委託 実施要領の訂正について\n"
        "本文抜粋：\n"
        "企画提案書の提出期限　（訂正前）3月19日(金)17:00　（訂正後）3月24日(水)17:00　"
        "※参加申込期限（3月10日(水)17:00）その他の日程に変更はありません。…\n"
    )
    steps = found(alert(third))
    assert ("submission", "2027-03-24", "17:00", "datetime") in steps
    assert not any(day in ("2027-03-10", "2027-03-19") for _, day, *_ in steps)


# --- a team's tracker: a call a row, its deadline named by another column, its remarks in shorthand -----------------


TRACKER = (
    "締切日\t時刻\t提出物\t状況\t案件名\t発注機関\t公告日\t備考\n"
    "2027/9/10\t17:00\t参加申込書\t準備中\t港湾施設案内サイト構築業務\t汐見市 港湾課\t2027/8/20\t"
    "質問〆8/31(火)12:00／回答9/3(金)予定／提案書9/24(金)正午／社内レビュー9/20(月)\n"
    "2027/9/15\t12:00\t企画書\t作成中\t水産物PR業務\t汐見町 産業課\t2027/8/25\t"
    "説明会9/2(木)14時 オンライン。質問9/6締切。審査結果9月下旬通知、契約10月上旬予定\n"
    "2027/10/1\t\t見積書\t検討中\t公用車リース\t汐見市 契約課\t―\t結果は10/6(水)頃掲載。協力会社へ見積依頼9/24まで\n"
)


def test_a_trackers_deadline_is_the_paper_its_column_names_at_the_time_beside_it():
    steps = found(TRACKER)
    assert ("application", "2027-09-10", "17:00", "datetime") in steps
    assert ("submission", "2027-09-15", "12:00", "datetime") in steps
    assert ("submission", "2027-10-01", None, "date") in steps  # (no time in its column)


def test_a_trackers_remarks_name_each_step_in_shorthand():
    steps = found(TRACKER)
    for step in (
        ("question", "2027-08-31", "12:00", "datetime"),
        ("answer", "2027-09-03", None, "date"),
        ("submission", "2027-09-24", "12:00", "datetime"),
        ("other", "2027-09-02", "14:00", "datetime"),
        ("question", "2027-09-06", None, "date"),
        ("result", "2027-09-01", None, "late_month"),
        ("contract", "2027-10-01", None, "early_month"),
        ("result", "2027-10-06", None, "date"),
    ):
        assert step in steps
    assert not any(day in ("2027-09-20", "2027-09-24") and kind != "submission" for kind, day, *_ in steps)


def test_one_rows_contract_says_nothing_of_another_rows_later_hearing():
    text = (
        "締切日\t提出物\t案件名\t公告日\t備考\n"
        "2027/6/4\t企画書\t観光マップ制作業務\t2027/5/10\t審査結果6月中旬、契約6月下旬予定\n"
        "2027/6/18\t提案書\t体育館指定管理者募集\t2027/5/24\t選定委員会（プレゼン）7月中旬\n"
    )
    assert ("hearing", "2027-07-01", None, "mid_month") in found(text)


def test_a_trackers_rows_wider_than_eight_columns_come_back_in_one_line():
    text = (
        "締切日\t時刻\t提出物\t状況\t担当\t案件名\t発注機関\t方式\t公告日\t概算\t備考\tURL\n"
        "2027/6/11\t12:00\t参加申込書\t準備中\t森\t港まつりPR業務\t潮見町 観光課\t公募型\t2027/5/24\t3,300\t-\t"
        "https://example.jp/shiomi/0524\n"
        "2027/6/25\t17:00\t企画提案書\t作成中\t佐伯\t子育てアプリ保守業務\t藍野市 子育て支援課\t公募型\t2027/5/31\t6,200\t-\t"
        "https://example.jp/aino/app\n"
        "2027/7/9\t12:00\t企画書\t未着手\t森\t農地保全データベース構築業務\t農村振興機構 契約課\t企画競争\t2027/6/4\t9,800\t-\t"
        "https://example.jp/noson/db\n"
        "2027/7/16\t17:00\t指定申請書\t未着手\t田村\t総合体育館指定管理者募集\t霧野町 教育委員会\t指定管理\t2027/6/8\t-\t-\t"
        "https://example.jp/kirino/gym\n"
    )
    assert len(one_line(text)) > 400  # (a pasted line as long as a notice's page run together)
    assert sorted(found(one_line(text))) == [
        ("application", "2027-06-11", "12:00", "datetime"),
        ("published", "2027-05-24", None, "date"),
        ("published", "2027-05-31", None, "date"),
        ("published", "2027-06-04", None, "date"),
        ("published", "2027-06-08", None, "date"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]


def test_a_bare_month_and_day_before_a_deadline_word_is_a_date_but_not_a_rate():
    assert found("公告日 2027年8月25日\n・質問 9/6締切\n・参加申込 9/8まで\n") == [
        ("published", "2027-08-25", None, "date"),
        ("question", "2027-09-06", None, "date"),
        ("application", "2027-09-08", None, "date"),
    ]
    assert found("公告日 2027年8月25日\n補助率は2/3まで\n") == [("published", "2027-08-25", None, "date")]


# --- an association's newsletter: a call a numbered paragraph --------------------------------------------------------


NEWSLETTER = (
    "会報　第５０号　令和１０年６月１日発行\n"
    "１　協会からのお知らせ\n"
    "（１）定時総会\n"
    "　定時総会を、令和１０年６月２０日（火）午後２時から協会会議室において開催します。議案書は６月中旬に送付します。\n"
    "２　会員向け公募情報\n"
    "（１）柳川市「柳川市観光アプリ開発業務」\n"
    "　柳川市は、５月２９日（月）に公募型プロポーザルを公告しました。参加申込書は６月９日（金）午後５時まで、"
    "企画提案書は６月２３日（金）正午までに提出することとされています。\n"
    "（２）柳川県「県有施設予約システム更新業務」\n"
    "　同県から令和１０年５月３０日（火）付けで公募型プロポーザルの公示がありました。参加表明書の提出期限は６月１２日（月）"
    "午後５時、企画提案書の提出期限は６月２６日（月）午後５時です。\n"
    "３　前号掲載案件の変更について\n"
    "　前号でご紹介した柳町「柳町ＰＲ動画制作業務」は、企画提案書の提出期限が６月５日（月）から６月７日（水）午後５時に延期されました。\n"
)


def test_a_newsletters_numbered_paragraphs_are_calls_of_their_own():
    steps = found(NEWSLETTER)
    for step in (
        ("published", "2028-05-29", None, "date"),
        ("published", "2028-05-30", None, "date"),  # (「…付けで…の公示がありました。」: the call's day, reported)
        ("application", "2028-06-09", "17:00", "datetime"),
        ("submission", "2028-06-23", "12:00", "datetime"),
        ("application", "2028-06-12", "17:00", "datetime"),
        ("submission", "2028-06-26", "17:00", "datetime"),
        ("submission", "2028-06-07", "17:00", "datetime"),
    ):
        assert step in steps
    # (the association's own meeting and its papers are no step; one call's moved deadline supersedes none of another's)
    assert not any(day in ("2028-06-20", "2028-06-01", "2028-06-05") for _, day, *_ in steps)


def test_a_newsletters_calls_numbered_with_circled_figures_and_double_quotes():
    text = (
        "◇ 今月の入札・公募情報\n"
        "①湊市『湊市公式SNS運用支援業務』\n"
        "　湊市は令和9年10月4日（月）に公告しました。参加申込は10月15日（金）まで、提案書は10月29日（金）正午までです。\n"
        "②湊町『湊町移住相談窓口運営業務』\n"
        "　10月6日（水）付けで公示がありました。参加表明書を10月18日（月）午後5時までに、企画提案書を11月1日（月）午後5時までに提出します。"
        "プレゼンテーションは11月中旬の予定です。\n"
    )
    assert found(text) == [
        ("published", "2027-10-04", None, "date"),
        ("published", "2027-10-06", None, "date"),
        ("application", "2027-10-15", None, "date"),
        ("application", "2027-10-18", "17:00", "datetime"),
        ("submission", "2027-10-29", "12:00", "datetime"),
        ("submission", "2027-11-01", "17:00", "datetime"),
        ("hearing", "2027-11-01", None, "mid_month"),
    ]
