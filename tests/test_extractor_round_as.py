"""Notices in forms seldom met (round as): a schedule exported as CSV and pasted into a mail, a leaflet whose only year
is its issue month, a call printed in a town newsletter among other articles, a gantt chart with a due-date column, a
Q&A sheet whose questions quote dates. Each test a small text written for its class."""

from tests.extractor_found import found

CSV_MAIL = (
    "件名: 令和10年度 旧倉庫跡地活用事業者募集 日程表（CSV）\n"
    "差出人: 若竹市 財産活用課\n\n"
    "日程表をCSV形式でお送りします。\n\n"
    "# 出力日時,2028/05/01 10:02:11\n"
    '"No","区分","手続","開始日","終了日","時刻","備考"\n'
    '"1","公表","募集要項の公表","2028/05/08","2028/05/31","","市ホームページ"\n'
    '"2","説明会","現地見学会の申込","","2028/05/15","12:00","電子メール"\n'
    '"3","質問","質問書の受付","2028/05/08","2028/05/22","17:00","様式2"\n'
    '"4","提案","企画提案書の提出","2028/06/12","2028/06/26","17:00","持参"\n'
    '"5","審査","プレゼンテーション審査","2028/07/中旬","","","会議室"\n'
    '"6","契約","賃貸借契約の締結","2028/09","","","議会の議決後"\n'
    '"7","引渡","土地の引渡し","2029/03/31","","","参考（事業者の手続ではない）"\n'
)


def test_a_csv_export_reads_as_a_table_of_cells():
    """「"3","質問","質問書の受付","2028/05/08","2028/05/22","17:00"」: quoted fields parted by commas are a row's cells,
    so a window's end takes the time column, and a year and month alone in a cell 「2028/09」 is that month."""
    steps = found(CSV_MAIL)
    assert steps[:6] == [
        ("published", "2028-05-08", None, "date"),
        ("other", "2028-05-15", "12:00", "datetime"),
        ("question", "2028-05-22", "17:00", "datetime"),
        ("submission", "2028-06-26", "17:00", "datetime"),
        ("hearing", "2028-07-01", None, "mid_month"),
        ("contract", "2028-09-01", None, "month"),
    ]
    assert ("question", "2028-05-08", None, "date") not in steps  # a window's start is no step
    assert not any(day == "2028-05-01" for _, day, *_ in steps)  # the export's own time stamp


def test_a_year_and_month_in_a_sentence_is_no_date():
    """「2028/7」 standing in a sentence may be an edition or a fraction: only a cell of its own is a month."""
    text = (
        "令和10年度 清掃業務委託 公募\n\n1 日程\n"
        "(1) 質問の提出期限 令和10年6月5日(月)午後5時\n"
        "(2) 提案書の提出期限 令和10年6月20日(火)正午\n"
        "2 その他\n仕様は清掃ガイドライン 2028/7 版による。\n"
    )
    assert found(text) == [("question", "2028-06-05", "17:00", "datetime"), ("submission", "2028-06-20", "12:00", "datetime")]


LEAFLET = (
    "＼ 新装オープン ／\n\n"
    "キッチンカー\n出店者\n大募集！\n\n"
    "━━━━━━━━━━\n\n"
    "◆ 公園の概要\n"
    "　年間来園者数\n　約30万人（2027年度）\n"
    "　リニューアル工事\n　2029年1月〜3月\n\n"
    "━━━━━━━━━━\n\n"
    "■ 応募の流れ\n\n"
    "募集要項の配布\n　8/3(木)から\n\n"
    "STEP1\n現地説明会\n　8/22(火) 10:00〜\n　※8/18(金)までに\n　　電話かメールで予約\n\n"
    "STEP2\n応募書類の提出\n　9/15(金)〆切\n　（17時必着）\n\n"
    "STEP3\n面接審査\n　10/3(火)\n\n"
    "STEP4\n結果のご連絡\n　10月中旬\n\n"
    "━━━━━━━━━━\n\n"
    "お問い合わせ\n株式会社そよかぜ公園サービス\n☎ 000-0000-0000\n\n"
    "2028.7 発行\n"
)


def test_a_leaflet_takes_its_year_from_its_issue_month():
    """No date of the leaflet writes its year: 「2028.7 発行」 at its foot gives it (the weekdays agree), not the
    renovation's 2029 nor the visitors' 2027年度. The steps are short lines under 「STEP1」…: 「9/15(金)〆切」 with its
    time on the next line 「（17時必着）」, and 「※8/18(金)までに」 / 「電話かメールで予約」 the briefing's registration."""
    assert found(LEAFLET) == [
        ("published", "2028-08-03", None, "date"),
        ("other", "2028-08-18", None, "date"),
        ("other", "2028-08-22", "10:00", "datetime"),
        ("submission", "2028-09-15", "17:00", "datetime"),
        ("hearing", "2028-10-03", None, "date"),
        ("result", "2028-10-01", None, "mid_month"),
    ]


def test_the_issuers_own_booking_is_no_registration():
    """「会場予約日」「会場の追加予約」: the issuer books the hall, no reader signs up by that day."""
    text = (
        "令和8年度 移住フェア運営業務委託 公募\n\n"
        "1 会場\n　会場予約日 令和8年11月20日(金)から11月22日(日)まで\n"
        "2 日程\n　(1) 企画提案書の提出期限 令和8年9月30日(水)午後5時\n"
    )
    assert found(text) == [("submission", "2026-09-30", "17:00", "datetime")]


NEWSLETTER = (
    "広報 はなみずき\n"
    "2028（令和10）年5月号　No.640\n"
    "発行：花水木町 総務課　5月1日発行\n\n"
    "━━━━━━━━━━━━━━━━\n\n"
    "■ 固定資産税の納期のお知らせ　（2ページ）\n\n"
    "　第1期の納期限は5月31日(水)です。口座振替の方は残高をご確認ください。\n\n"
    "━━━━━━━━━━━━━━━━\n\n"
    "■ 【募集】町民プールの指定管理者を募集します　（4ページ）\n\n"
    "　◇指定期間　令和11年4月1日から令和16年3月31日まで\n\n"
    "　◇募集要項の配布\n　　5月8日(月)～5月26日(金)\n\n"
    "　◇現地説明会\n　　5月17日(水)午前10時から\n\n"
    "　◇質問の受付\n　　5月24日(水)まで\n\n"
    "　◇申請書の提出\n　　6月9日(金)午後5時まで\n\n"
    "　◇選定\n　　ヒアリング（7月上旬予定）により候補者を選定します。\n\n"
    "━━━━━━━━━━━━━━━━\n\n"
    "■ 健康カレンダー　（6ページ）\n\n"
    "　3歳児健診　　5月12日(金)　受付 午後1時～1時30分\n"
    "　歯の相談　　　5月19日(金)　午前10時～11時\n\n"
    "━━━━━━━━━━━━━━━━\n\n"
    "■ 図書館だより\n\n"
    "　蔵書点検のため、5月15日(月)から5月18日(木)まで休館します。\n"
)


def test_a_call_in_a_newsletter_issue_keeps_to_its_article():
    """A call printed in an issue of a town's newsletter (「2028（令和10）年5月号」): the year-less dates are the
    issue's year (not the designation period's end, 令和16年), and the other articles' dates (a tax's due date, a
    health check, a library's closing) are no steps of the call."""
    assert found(NEWSLETTER) == [
        ("published", "2028-05-08", None, "date"),
        ("other", "2028-05-17", "10:00", "datetime"),
        ("question", "2028-05-24", None, "date"),
        ("submission", "2028-06-09", "17:00", "datetime"),
        ("hearing", "2028-07-01", None, "early_month"),
    ]


GANTT = (
    "令和10年度 観光振興計画策定支援業務 公募型プロポーザルの実施について\n\n"
    "3 実施スケジュール\n"
    "                                 5月        6月        7月\n"
    "手続                 期日          上 中 下 | 上 中 下 | 上 中 下 |\n"
    "--------------------------------------------------------------------------\n"
    "公告・要領の配布     5/8(月)~       ◆■ ■ | ■     |       |\n"
    "質問への回答         5/26(金)           ◆ |       |       |\n"
    "参加申込書の提出     ~6/2(金)17時       ■ | ◆     |       |\n"
    "参加資格確認結果通知 6/7(水)              |  ◆    |       |\n"
    "ヒアリング           6/28(水)13時~        |     ◆ |       |\n"
    "審査結果の通知       7月上旬              |       | ◆     |\n"
    "--------------------------------------------------------------------------\n"
)


def test_a_gantt_chart_beside_a_column_of_dates():
    """The chart's head 「上 中 下 | 上 中 下 |」 and the bars right of each row's date only draw the dates written in
    the 期日 column: each row is its step and its date, of the step's own kind (no 「手続 期日 上中下」 label)."""
    assert found(GANTT) == [
        ("published", "2028-05-08", None, "date"),
        ("answer", "2028-05-26", None, "date"),
        ("application", "2028-06-02", "17:00", "datetime"),
        ("result", "2028-06-07", None, "date"),
        ("hearing", "2028-06-28", "13:00", "datetime"),
        ("result", "2028-07-01", None, "early_month"),
    ]
