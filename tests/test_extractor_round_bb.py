"""Texts around a call that are not the call's own paper (round bb): a bid team's chat log, its chat once the call was
won, a bid-alert digest of several calls, a mail thread quoting last year's round, a page's newest-first log of posts,
a schedule row with a relative deadline, a case the notice asks the bidders to tell it of by a day; each test a few
lines written for its class."""

from tests.extractor_found import found

# --- a team's chat log: each post's time and speaker before its words, under a line of the day --------------------

CHAT = (
    "[LINE WORKS] 営業第1チーム のトーク履歴\n"
    "保存日時：2028/05/20 17:00\n"
    "\n"
    "2028/05/15(月)\n"
    "10:05\t高橋 一郎\tおはようございます。波野町から企画提案の募集が出ました（5/12(金)公告）\n"
    "10:06\t高橋 一郎\t要領の日程をメモしておきます\n"
    "・質問 5/22(月) 17時まで\n"
    "・回答 5/25(木)までに町HP掲載\n"
    "・企画提案書 6/2(金) 正午まで（持参）\n"
    "10:20\t山口 花子\t了解です。社内レビューは5/30(火)に入れておきます\n"
    "10:25\t高橋 一郎\t提案書は6/1(木)に持参します\n"
    "\n"
    "2028/05/16(火)\n"
    "09:10\t山口 花子\t質問案は5/18(木)までにこのトークに集めます\n"
    "09:12\t高橋 一郎\t👍\n"
)


def test_a_chat_posts_time_and_the_days_line_are_no_steps_and_the_schedule_it_quotes_is():
    # the 公告 a post tells of is the publication; the team's review, its hand-in day and its gathering of questions,
    # the posts' times (10:05, 09:10) and the days' lines are no steps
    assert found(CHAT) == [
        ("published", "2028-05-12", None, "date"),
        ("question", "2028-05-22", "17:00", "datetime"),
        ("answer", "2028-05-25", None, "date"),
        ("submission", "2028-06-02", "12:00", "datetime"),
    ]


def test_a_schedule_of_dates_and_times_in_columns_is_no_chat():
    text = (
        "入札公告\n"
        "3 日程\n"
        "　　入札説明会　　　　　　　　2028/05/22　14:00\n"
        "　　質問受付期限　　　　　　　2028/05/25　17:00\n"
        "　　入札書受領期限　　　　　　2028/06/02　17:00\n"
    )
    assert found(text) == [
        ("other", "2028-05-22", "14:00", "datetime"),
        ("question", "2028-05-25", "17:00", "datetime"),
        ("submission", "2028-06-02", "17:00", "datetime"),
    ]


# --- a team's chat once the call was won: the project's own schedule ----------------------------------------------

AWARDED_CHAT = (
    "[Microsoft Teams] チャネル: 白浜市_文書管理\n"
    "\n"
    "佐藤 健  2028/04/03 09:10\n"
    "白浜市の「文書管理システム導入業務」、本日契約を締結しました。ここからは構築フェーズです。\n"
    "市からもらった業務スケジュール（案）です。\n"
    "実施計画書の提出           2028/04/14(金)      契約締結後14日以内\n"
    "キックオフ会議             2028/04/20(木) 14:00\n"
    "要件定義書の提出           2028年5月下旬\n"
    "\n"
    "鈴木 真  2028/04/03 09:30\n"
    "ありがとうございます。要件定義のヒアリングは5月上旬と5月中旬の2回で組みます。\n"
    "\n"
    "佐藤 健  2028/04/03 10:00\n"
    "了解です。実施計画書は4/14(金)17時までに持参で提出します。\n"
    "\n"
    "鈴木 真  2028/04/04 11:00\n"
    "承知しました。\n"
)


def test_a_chat_after_the_contract_was_signed_gives_no_step_of_the_call():
    assert found(AWARDED_CHAT) == []


# --- a bid-alert digest of several calls: only the case it is about ----------------------------------------------

DIGEST = (
    "From: 入札情報サービス <alert@example.jp>\n"
    "To: eigyo@example.jp\n"
    "Subject: 【入札情報サービス】新着案件 3件\n"
    "\n"
    "★ 注目案件\n"
    "[1] 青葉市観光振興計画策定支援業務委託\n"
    "  発注機関 ： 青葉市 観光課\n"
    "  公告日   ： 2028/06/01（木）\n"
    "  ・質問の提出期限          令和10年6月8日（木）午後5時まで\n"
    "  ・企画提案書の提出期限    令和10年6月22日（木）正午まで\n"
    "\n"
    "その他の新着案件\n"
    "[2] 白浜町地域交通実態調査業務\n"
    "  発注機関：白浜町  公告日：2028/05/31（水）  締切日：2028/06/15（木）\n"
    "[3] 緑川村公民館空調設備保守点検業務\n"
    "  発注機関：緑川村  公告日：2028/05/30（火）  締切日：2028/06/12（月）\n"
)


def test_a_digest_of_several_calls_gives_the_steps_of_its_featured_case_only():
    # the other cases' 公告日 and 締切日 are other calls'
    assert found(DIGEST) == [
        ("published", "2028-06-01", None, "date"),
        ("question", "2028-06-08", "17:00", "datetime"),
        ("submission", "2028-06-22", "12:00", "datetime"),
    ]


# --- a mail thread quoting last year's mail of the same work --------------------------------------------------------

THREAD = (
    "件名: Fw: 【見積依頼】庁舎清掃業務（令和11年度）\n"
    "差出人: 営業課 田中 <tanaka@example.jp>\n"
    "宛先: 積算チーム <sekisan@example.jp>\n"
    "日時: 2029年1月15日 9:00\n"
    "\n"
    "積算チーム各位　今年も見積依頼が来ました。\n"
    "\n"
    "---------- Forwarded message ---------\n"
    "From: 潮見町 総務課 <somu@example.jp>\n"
    "Date: Mon, 15 Jan 2029 08:30:00 +0900\n"
    "Subject: 【見積依頼】庁舎清掃業務（令和11年度）\n"
    "\n"
    "■見積書の提出期限\n"
    "　令和11年1月26日（金）17時　必着\n"
    "\n"
    "> -----Original Message-----\n"
    "> From: 潮見町 総務課\n"
    "> Sent: Monday, January 17, 2028 9:30 AM\n"
    "> Subject: 【見積依頼】庁舎清掃業務（令和10年度）\n"
    ">\n"
    "> ■見積書の提出期限　令和10年1月27日（木）17時　必着\n"
)


def test_a_mail_quoted_from_a_year_before_gives_no_deadline():
    assert found(THREAD) == [("submission", "2029-01-26", "17:00", "datetime")]


# --- a page's log of posts, newest first, each written date first --------------------------------------------------


def test_the_words_after_a_posts_date_are_no_heading_of_the_post_below():
    text = (
        "青葉市窓口改革支援業務委託に係る公募型プロポーザル\n"
        "\n"
        "お知らせ（新着順）\n"
        "2028年7月20日　【重要】企画提案書の提出期限を変更しました\n"
        "2028年7月14日　質問への回答を掲載しました\n"
        "\n"
        "■日程\n"
        "・令和10年7月14日（金）　　　質問への回答\n"
        "・令和10年7月31日（月）午後5時　企画提案書の提出期限（変更後）\n"
    )
    # (the 7月14日 post is the answer's, not a deadline of the proposals the post above it names)
    assert found(text) == [
        ("answer", "2028-07-14", None, "date"),
        ("submission", "2028-07-31", "17:00", "datetime"),
    ]


# --- a schedule row whose deadline counts from another step -----------------------------------------------------------


def test_a_row_with_a_relative_deadline_between_dated_rows_is_no_header_of_the_row_below():
    text = (
        "3　スケジュール\n"
        "\n"
        "　　項目                            日程\n"
        "　　公告                            令和10年9月1日(金)\n"
        "　　参加申請書の提出期限            令和10年9月15日(金)午後5時  ※変更後\n"
        "　　参加資格確認結果の通知          参加申請書の提出期限後1週間以内\n"
        "　　企画提案書の提出期限            令和10年10月6日(金)午後5時  ※変更後\n"
    )
    # the result 「…後1週間以内」 has no day; the proposals' deadline is no result
    assert found(text) == [
        ("published", "2028-09-01", None, "date"),
        ("application", "2028-09-15", "17:00", "datetime"),
        ("submission", "2028-10-06", "17:00", "datetime"),
    ]


# --- a case the notice asks the bidders to tell it of by a day -------------------------------------------------------


def test_a_day_to_tell_the_issuer_by_in_a_case_it_names_is_a_step_other():
    text = (
        "プレゼンテーション審査の日程変更について\n"
        "(1) プレゼンテーション審査\n"
        "　　2028年9月27日(水) 13:00～\n"
        "■ 留意事項\n"
        "　1. 変更後の日程での出席が困難な場合は、2028年9月21日(木)正午までに下記担当へ御連絡ください。\n"
    )
    assert found(text) == [
        ("other", "2028-09-21", "12:00", "datetime"),
        ("hearing", "2028-09-27", "13:00", "datetime"),
    ]
