"""What bid teams paste besides the notice itself (round jq): a sheet of several calls a row each, a newsletter of
several calls a paragraph each, a client's mail with its own lines written into the call. Each test a short text
written for its class."""

from tests.extractor_found import found

# --- a sheet of calls, a row each, copied from a spreadsheet -----------------------------------------------------

SHEET = (
    "案件一覧（営業部）\n"
    "\n"
    "発注機関\t件名\t公告日\t質問締切\t参加申込締切\t提出締切\tヒアリング\t備考\n"
    "星見町\t星見町観光パンフレット作成業務\t2028/05/08\t2028/05/15 17:00\t2028/05/19 17:00\t2028/05/31 12:00\t6月上旬予定\t"
    '"説明会 5/12(金)10:00~ 役場2階\n'
    '提案書は持参のみ"\n'
    "月見市\t月見市ウェブサイト改修業務\t5/9(火)\t5/15(月)正午\t5/22(月)17:15\t6/2(金)17:15\t－\t結果通知は6月中旬。\n"
    "雪野村\t雪野村移住PR動画制作業務\t2028/05/10\t2028/05/15 17:00\tなし（提案書と同時提出）\t2028/06/02 17:00\t6/9(金)\t\n"
)


def test_each_row_of_a_sheet_of_calls_is_a_call_with_its_own_steps():
    steps = found(SHEET)
    # (a cell of two lines, copied quoted, keeps the rows under it in the table; each row its own 公告日)
    assert ("published", "2028-05-08", None, "date") in steps
    assert ("published", "2028-05-09", None, "date") in steps
    assert ("published", "2028-05-10", None, "date") in steps
    # (two calls' questions due at the same moment are two steps)
    assert steps.count(("question", "2028-05-15", "17:00", "datetime")) == 2
    # (a bare 「提出締切」 among columns of named steps is each call's proposal)
    assert ("submission", "2028-05-31", "12:00", "datetime") in steps
    assert ("submission", "2028-06-02", "17:15", "datetime") in steps
    assert ("submission", "2028-06-02", "17:00", "datetime") in steps
    # (a remark's dates are read with its own words)
    assert ("other", "2028-05-12", "10:00", "datetime") in steps
    assert ("result", "2028-06-01", None, "mid_month") in steps


def test_a_step_cell_without_its_day_names_no_step_of_the_row():
    # 「なし（提案書と同時提出）」 under 参加申込締切: no application of that call, and no name for its other cells
    steps = found(SHEET)
    assert [date for kind, date, *_ in steps if kind == "application"] == ["2028-05-19", "2028-05-22"]
    assert ("hearing", "2028-06-09", None, "date") in steps
    assert ("question", "2028-05-15", "12:00", "datetime") in steps


# --- a newsletter of several calls, a paragraph each ----------------------------------------------------------

NEWSLETTER = (
    "　まちづくり支援協会　メールマガジン　第52号　2027年4月12日（月）配信\n"
    "\n"
    "１．今週の公募情報\n"
    "\n"
    "◆星見町『星見町観光パンフレット作成業務』公募型プロポーザル　参加申込は４月２３日（金）まで、提案書は５月７日（金）正午まで\n"
    "　令和９年４月９日（金）公告。プレゼンテーション審査は５月下旬を予定。\n"
    "\n"
    "◆月見市『月見市移住ＰＲ動画制作業務』公募型プロポーザル　参加申込は４月２６日（月）午後５時まで、提案書は５月１４日（金）正午まで\n"
    "　４月８日（木）に公告されました。二次審査（プレゼンテーション）は５月２７日（木）に行われます。\n"
    "\n"
    "２．協会からのお知らせ\n"
    "総会の議事録を会員ページに掲載しました。\n"
)


def test_a_newsletters_calls_are_read_under_its_digest_heading():
    # (「今週の…」 before any step: the digest is what the text gives, no aside beside a call told above it)
    steps = found(NEWSLETTER)
    assert ("application", "2027-04-23", None, "date") in steps
    assert ("submission", "2027-05-14", "12:00", "datetime") in steps


def test_each_paragraph_of_a_newsletter_is_a_call_with_its_own_steps():
    steps = found(NEWSLETTER)
    # (each call keeps its 公告; one call's 下旬 stays beside the other's day)
    assert ("published", "2027-04-09", None, "date") in steps
    assert ("published", "2027-04-08", None, "date") in steps
    assert ("hearing", "2027-05-01", None, "late_month") in steps
    assert ("hearing", "2027-05-27", None, "date") in steps


def test_a_digest_of_other_calls_under_a_call_told_above_stays_out():
    text = (
        "星見町は、観光パンフレット作成業務の企画提案書の提出期限を令和９年５月７日（金）正午から５月１４日（金）正午に延長した。\n"
        "\n"
        "■今週の主な締め切り\n"
        "　５月１０日（月）　月見市　移住ＰＲ動画制作業務　参加表明書\n"
        "　５月１２日（水）　雪野村　広報誌編集業務　企画提案書\n"
    )
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


def test_a_notices_own_marked_sections_are_one_call():
    text = (
        "◆業務の概要　星見町観光パンフレット作成業務\n"
        "◆公告　令和９年４月９日（金）\n"
        "◆参加申込　令和９年４月２３日（金）まで\n"
        "◆業務の提出書類　提案書は令和９年５月７日（金）正午まで\n"
        "◆その他の業務　参考見積書は提案書と同時に提出\n"
    )
    assert [kind for kind, *_ in found(text)].count("published") == 1


# --- a client's own lines written into the call it forwards -------------------------------------------------------

FORWARDED = (
    "森下様\n"
    "市からの配信メールを転送します。弊社のコメントは「→※弊社」で始まる行です。\n"
    "\n"
    "---------- 転送メッセージ ----------\n"
    "４　質問及び回答\n"
    "（１）質問の受付期限　令和10年5月12日(金)午後5時\n"
    "→※弊社締切は5/10(水)です。質問案は5/10(水)までにお送りください。\n"
    "５　技術提案書の提出\n"
    "（１）提出期限　令和10年5月24日(水)午後5時（必着）\n"
    "→※弊社の閲覧は5/15(月)に石井が行く予定です。ドラフトは5/19(金)までにいただけると助かります。\n"
    "→ 社内の決裁は5/22(月)正午です。\n"
)


def test_a_forwarders_own_lines_give_no_step():
    assert found(FORWARDED) == [
        ("question", "2028-05-12", "17:00", "datetime"),
        ("submission", "2028-05-24", "17:00", "datetime"),
    ]


def test_a_companys_own_call_keeps_its_steps():
    # (an issuing company names itself 弊社 in its own call: its sentences are the call's)
    text = (
        "弊社では、下記の業務を委託する事業者を募集いたします。\n"
        "１　公告日　令和10年5月8日(月)\n"
        "２　企画提案書の提出期限　令和10年5月24日(水)正午\n"
        "※弊社ホームページにて審査結果を令和10年6月9日(金)に公表します。\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("submission", "2028-05-24", "12:00", "datetime"),
        ("result", "2028-06-09", None, "date"),
    ]


# --- a calendar printed as an agenda, the call's steps tagged among the team's own events ---------------------------

AGENDA = (
    "予定リスト　2028年3月6日 – 2028年3月17日\n"
    "\n"
    "2028年3月6日(月)\n"
    "  終日            【公告】星見町 観光パンフレット作成業務\n"
    "  9:30～10:00     週次定例\n"
    "\n"
    "2028年3月8日(水)\n"
    "  9:00～9:15      【リマインダー】星見町 質問締切は明日 17:00\n"
    "  15:00～16:00    星見町 要領読み合わせ\n"
    "\n"
    "2028年3月9日(木)\n"
    "  終日            【締切】星見町 質問書\n"
    "                  説明: 電子メールで提出、17時まで。\n"
    "\n"
    "2028年3月16日(木)\n"
    "  11:00～12:00    【締切】星見町 企画提案書（持参）\n"
    "                  説明: 提出は正午必着（持参に限る）。11:00 に事務所を出発。\n"
    "  16:00～17:00    プレゼン練習（星見町）\n"
    "\n"
    "2028年3月17日(金)\n"
    "  13:30～14:00    【ヒアリング】星見町 観光パンフレット作成業務\n"
)


def test_an_agendas_tagged_steps_are_read_with_the_hour_their_notes_give():
    steps = found(AGENDA)
    assert ("question", "2028-03-09", "17:00", "datetime") in steps
    assert ("submission", "2028-03-16", "12:00", "datetime") in steps
    assert ("hearing", "2028-03-17", "13:30", "datetime") in steps


def test_an_agendas_untagged_events_and_reminders_stay_out():
    assert found(AGENDA) == [
        ("published", "2028-03-06", None, "date"),
        ("question", "2028-03-09", "17:00", "datetime"),
        ("submission", "2028-03-16", "12:00", "datetime"),
        ("hearing", "2028-03-17", "13:30", "datetime"),
    ]


# --- a chat exported as text, each post's time and speaker before its words ------------------------------------------

CHAT = (
    "[2027/06/03 9:15] 山田: 星見町のパンフレット作成業務、6/1(火)に公告が出てました。\n"
    "[2027/06/03 9:18] 佐藤: 要領の日程を貼ります\n"
    "> （１）実施要領等の公表　令和９年６月１日（火）\n"
    "> （２）質問書の提出期限　令和９年６月１１日（金）午後５時\n"
    "> （３）質問に対する回答　令和９年６月１７日（木）\n"
    "> （４）参加表明書の提出期限　令和９年６月１８日（金）午後５時\n"
    "> （５）企画提案書の提出期限　令和９年７月２日（金）正午\n"
    "[2027/06/03 9:20] 山田: ありがとうございます。\n"
    "[2027/06/10 15:12] 佐藤: 説明会おわりました。メモ：\n"
    "・質問締切は変わらず 6/11(金) 17時\n"
    "[2027/06/10 15:20] 山田: 了解です。\n"
)


def test_a_chat_posts_time_and_a_quoted_paste_give_no_step_of_their_own():
    # (the post's time is when it was sent; 「> 」 quoting the paste parts no two columns of a page)
    assert found(CHAT) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-11", "17:00", "datetime"),
        ("answer", "2027-06-17", None, "date"),
        ("application", "2027-06-18", "17:00", "datetime"),
        ("submission", "2027-07-02", "12:00", "datetime"),
    ]


CROSSED = (
    "[2027/06/04 16:22] 高橋: 後半も貼りますね\n"
    "> （６）参加表明書の提出期限　　（７）参加資格確認結果の通知\n"
    "> 令和９年６月２２日（火）　令和９年６月１８日（金）午後５時（必着）\n"
    "[2027/06/04 16:25] 高橋: ということで、参加表明書は 6/22(火) 締切ですね。\n"
    "[2027/06/04 17:10] 伊藤: それPDFの2段組が崩れて、日付が左右逆に読めています。原本はこうです。\n"
    "（６）参加表明書の提出期限　令和９年６月１８日（金）午後５時（必着）\n"
    "（７）参加資格確認結果の通知　令和９年６月２２日（火）\n"
    "[2027/06/04 17:12] 高橋: すみません、直します。\n"
    "[2027/06/04 17:13] 伊藤: よろしくお願いします。\n"
)


def test_a_paste_whose_days_a_later_post_says_were_crossed_gives_the_corrected_steps():
    assert found(CROSSED) == [
        ("application", "2027-06-18", "17:00", "datetime"),
        ("result", "2027-06-22", None, "date"),
    ]


def test_a_later_post_that_restates_other_steps_takes_back_none():
    # (a correction of one step leaves the others' days as posted)
    text = (
        "[2027/06/04 16:22] 高橋: 日程です\n"
        "（６）参加表明書の提出期限　令和９年６月１８日（金）午後５時\n"
        "（７）参加資格確認結果の通知　令和９年６月２２日（火）\n"
        "[2027/06/04 17:10] 伊藤: 提案書の締切は7/1ではなく7/2(金)正午です。\n"
        "[2027/06/04 17:12] 高橋: 了解です。\n"
        "[2027/06/04 17:13] 伊藤: よろしくお願いします。\n"
    )
    assert found(text) == [
        ("application", "2027-06-18", "17:00", "datetime"),
        ("result", "2027-06-22", None, "date"),
        ("submission", "2027-07-02", "12:00", "datetime"),
    ]
