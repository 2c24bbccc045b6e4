"""Forms met now and then (round bx): a month calendar drawn with box rules, a schedule read column by column with a
column of times, a sideways timeline whose steps are parted by arrows, a reply that moves a step of the mail it
quotes, a chat export's headers and a date put right in words."""

from tests.extractor_found import found

BOXED_MONTH = (
    "緑ヶ丘町 入札・公募の予定\n"
    "防災マップ改訂業務 公募型プロポーザル\n"
    "\n"
    "令和9年6月\n"
    "┌──────┬──────┬──────┬──────┬──────┬──────┬──────┐\n"
    "│ 日   │ 月   │ 火   │ 水   │ 木   │ 金   │ 土   │\n"
    "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
    "│      │      │ 1    │ 2    │ 3    │ 4    │ 5    │\n"
    "│      │      │●募集 │      │      │      │      │\n"
    "│      │      │開始  │      │      │      │      │\n"
    "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
    "│ 6    │ 7    │ 8    │ 9    │ 10   │ 11   │ 12   │\n"
    "│      │      │      │      │◆質問 │      │      │\n"
    "│      │      │      │      │受付締│      │      │\n"
    "│      │      │      │      │切    │      │      │\n"
    "│      │      │      │      │15:00 │      │      │\n"
    "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
    "│ 13   │ 14   │ 15   │ 16   │ 17   │ 18   │ 19   │\n"
    "│      │町民  │      │      │      │■提案 │      │\n"
    "│      │運動会│      │      │      │書提出│      │\n"
    "│      │      │      │      │      │期限  │      │\n"
    "│      │      │      │      │      │正午  │      │\n"
    "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
    "│ 20   │ 21   │ 22   │ 23   │ 24   │ 25   │ 26   │\n"
    "├──────┼──────┼──────┼──────┼──────┼──────┼──────┤\n"
    "│ 27   │ 28   │ 29   │ 30   │      │      │      │\n"
    "│      │      │▲審査 │      │      │      │      │\n"
    "│      │      │会    │      │      │      │      │\n"
    "└──────┴──────┴──────┴──────┴──────┴──────┴──────┘\n"
    "問合せ先 緑ヶ丘町 総務課\n"
)


def test_a_month_drawn_with_box_rules_gives_each_day_its_cell_words():
    got = found(BOXED_MONTH)
    assert ("published", "2027-06-01", None, "date") in got
    assert ("question", "2027-06-10", "15:00", "datetime") in got
    assert ("submission", "2027-06-18", "12:00", "datetime") in got
    assert ("hearing", "2027-06-29", None, "date") in got


def test_a_boxed_month_day_of_a_local_event_stays_out():
    assert not any(date == "2027-06-14" for _, date, _, _ in found(BOXED_MONTH))


COLUMNS_WITH_TIMES = (
    "西浜村 観光ガイドブック作成業務 企画提案募集要項\n"
    "\n"
    "5 日程\n"
    "項目\n"
    "募集の開始\n"
    "質問の締切\n"
    "企画提案書の提出期限\n"
    "審査会\n"
    "日程\n"
    "令和10年1月8日(土)\n"
    "令和10年1月14日(金)\n"
    "令和10年1月28日(金)\n"
    "令和10年2月4日(金)\n"
    "時刻\n"
    "-\n"
    "午後3時\n"
    "午前11時30分まで\n"
    "13:00~\n"
    "\n"
    "問合せ先 西浜村 産業振興課\n"
)


def test_a_schedule_read_column_by_column_keeps_its_column_of_times():
    got = found(COLUMNS_WITH_TIMES)
    assert ("question", "2028-01-14", "15:00", "datetime") in got
    assert ("submission", "2028-01-28", "11:30", "datetime") in got
    assert ("hearing", "2028-02-04", "13:00", "datetime") in got
    assert ("published", "2028-01-08", None, "date") in got


ARROWED_TIMELINE = (
    "東雲区 窓口案内システム構築業務 公募型プロポーザル\n"
    "手続の流れ（年の記載のない日付は令和9年）\n"
    "\n"
    "  7/5(月)            7/14(水)15:00         7/26(月)正午\n"
    " 【公告】  ═══▶  【質問の締切】  ═══▶  【参加申込締切】\n"
    "\n"
    "  8月中旬           8/6(金)10:00～\n"
    " 【結果の通知】 ◀═══  【面接審査】\n"
    "\n"
    "問合せ先 東雲区 区民課\n"
)


def test_a_timeline_of_steps_parted_by_arrows_gives_each_step_the_date_above_it():
    got = found(ARROWED_TIMELINE)
    assert ("published", "2027-07-05", None, "date") in got
    assert ("question", "2027-07-14", "15:00", "datetime") in got
    assert ("application", "2027-07-26", "12:00", "datetime") in got
    assert ("hearing", "2027-08-06", "10:00", "datetime") in got
    assert ("result", "2027-08-01", None, "mid_month") in got


MOVED_IN_A_REPLY = (
    "From: 白鷺市 企画課 <kikaku@shirasagi.example.jp>\n"
    "Sent: 2027年3月3日(水) 15:20\n"
    "Subject: RE: 【白鷺市】移住促進サイト運用業務のご案内\n"
    "\n"
    "各位\n"
    "ご要望を受け、次のとおり期限を延長します。\n"
    "・提案書の提出期限\n"
    "  （変更前）2027年3月10日(水)17時\n"
    "  （変更後）2027年3月17日(水)17時\n"
    "\n"
    "> From: 白鷺市 企画課 <kikaku@shirasagi.example.jp>\n"
    "> Sent: 2027年2月22日(月) 9:00\n"
    "> Subject: 【白鷺市】移住促進サイト運用業務のご案内\n"
    ">\n"
    "> 1 公告日 2027年2月22日(月)\n"
    "> 2 質問期限 2027年3月1日(月)17時\n"
    "> 3 提案書の提出期限 2027年3月10日(水)17時\n"
    "> 4 審査結果通知 2027年3月下旬\n"
)


def test_a_reply_that_moves_a_step_of_the_quoted_call_gives_the_new_date():
    got = found(MOVED_IN_A_REPLY)
    assert ("submission", "2027-03-17", "17:00", "datetime") in got
    assert ("question", "2027-03-01", "17:00", "datetime") in got
    assert not any(kind == "submission" and date == "2027-03-10" for kind, date, _, _ in got)


FORWARD_NOTE = (
    "件名: RE: 【白鷺市】移住促進サイト運用業務のご案内\n"
    "\n"
    "営業部各位\n"
    "社内の提案書レビューは3月8日(月)15時に行います。\n"
    "\n"
    "> 差出人: 白鷺市 企画課 <kikaku@shirasagi.example.jp>\n"
    "> 件名: 【白鷺市】移住促進サイト運用業務のご案内\n"
    ">\n"
    "> 1 公告日 2027年2月22日(月)\n"
    "> 2 質問期限 2027年3月1日(月)17時\n"
    "> 3 提案書の提出期限 2027年3月10日(水)17時\n"
)


def test_a_reply_that_moves_nothing_is_still_a_note_above_the_call():
    got = found(FORWARD_NOTE)
    assert ("submission", "2027-03-10", "17:00", "datetime") in got
    assert not any(date == "2027-03-08" for _, date, _, _ in got)


SLACK_EXPORT = (
    "#営業-公募案件 エクスポート\n"
    "\n"
    "[2027/05/10 10:02] 小林 直樹\n"
    "潮音市の広報誌編集業務、公告が出ました。\n"
    "・質問期限 5/18(火) 17時\n"
    "・提案書提出 6/2(水) 正午\n"
    "\n"
    "[2027/05/10 10:15] 小林 直樹 (スレッド返信)\n"
    "すみません、提案書提出は 6/2(水) ではなく 6/4(金) 正午 でした。\n"
    "\n"
    "[2027/05/11 09:30] 森 由美\n"
    "了解です。\n"
    "\n"
    "[2027/05/12 14:45] 小林 直樹\n"
    "質問は明日まとめて送ります。\n"
)


def test_a_chat_post_header_is_no_step_and_a_date_put_right_in_words_moves_the_step():
    got = found(SLACK_EXPORT)
    assert ("submission", "2027-06-04", "12:00", "datetime") in got
    assert ("question", "2027-05-18", "17:00", "datetime") in got
    assert not any(date == "2027-06-02" for _, date, _, _ in got)
    assert not any(time in ("10:02", "10:15", "09:30", "14:45") for _, _, time, _ in got)


def test_a_date_followed_by_ではなく_and_no_date_changes_nothing():
    text = (
        "令和9年度 庁舎清掃業務 一般競争入札公告\n"
        "入札書の提出期限 令和9年4月20日(火)17時\n"
        "なお、4月20日ではなく翌営業日の持参は受け付けません。\n"
    )
    assert ("submission", "2027-04-20", "17:00", "datetime") in found(text)


FORMS_WITH_DEADLINES = (
    "青葉台村 観光案内看板設置業務 指名型プロポーザル\n"
    "様式集\n"
    "\n"
    "(様式1)　【提出期限：令和9年9月10日(金)午後4時】\n"
    "\n"
    "参　加　申　込　書\n"
    "\n"
    "(様式2)　【提出期限：令和9年9月14日(火)午前11時】\n"
    "　　　　【回答日：令和9年9月21日(火)村ホームページに掲載】\n"
    "\n"
    "質　問　票\n"
    "\n"
    "No. 質問事項\n"
)


def test_a_form_whose_head_holds_two_deadlines_takes_its_kind_from_the_title_below():
    got = found(FORMS_WITH_DEADLINES)
    assert ("question", "2027-09-14", "11:00", "datetime") in got
    assert ("application", "2027-09-10", "16:00", "datetime") in got


QA_SHEET = (
    "港南区 子ども食堂支援業務 企画提案 質問への回答\n"
    "\n"
    "問1 募集要項4(2) 参加申込書\n"
    "【質問】申込書はいつまでに出せばよいですか。\n"
    "【回答】締切は令和9年8月20日(金)午後3時です。\n"
    "問2 募集要項7 契約\n"
    "【質問】契約の時期はいつ頃ですか。\n"
    "【回答】契約締結は10月上旬の予定です。\n"
)


def test_an_answers_mark_is_no_step_the_words_after_it_name_the_step():
    got = found(QA_SHEET)
    assert ("application", "2027-08-20", "15:00", "datetime") in got
    assert ("contract", "2027-10-01", None, "early_month") in got


def test_a_schedule_row_of_the_answer_itself_stays_an_answer():
    text = "港南区 子ども食堂支援業務 企画提案募集\n3 日程\n質問の締切 令和9年8月10日(火)\n【回答】 令和9年8月13日(金)\n"
    assert ("answer", "2027-08-13", None, "date") in found(text)
