"""Round mt: a team's pastes that say which day or time holds (a chat's post that a step's time was changed, a mail
that says which of two times is right), a chat's day line run onto a post, a meeting's decisions and its tasks. Each
test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


# --- a chat's post that tells a step's time was changed, the new day and time quoted below it -----------------------

CHAT_HEAD = (
    "# bid-tsukimi-kanko\n"
    "\n"
    "佐藤 花子  9:12\n"
    "月見市の観光サイト、公告出ました。令和9年度の案件です。主な日程\n"
    "・参加申込 7/2(金) 17:00まで\n"
    "・企画提案書 7/16(金) 正午\n"
    "・プレゼン 7/27(火)\n"
    "\n"
    "鈴木 一郎  9:30\n"
    "了解です。\n"
    "\n"
)


def test_a_post_that_tells_a_deadline_moved_to_another_hour_by_a_numbered_answer_retimes_the_step():
    text = CHAT_HEAD + (
        "鈴木 一郎  16:20\n"
        "質問回答が出ました。企画提案書の締切時刻が 正午→17時 に変わってます（日付は7/16のまま）\n"
        "（回答No.5「企画提案書の提出期限を令和9年7月16日（金）午後5時に変更します」）\n"
        "\n"
        "佐藤 花子  16:25\n"
        "ありがとう、助かります\n"
    )
    assert found(text) == [
        ("application", "2027-07-02", "17:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
        ("hearing", "2027-07-27", None, "date"),
    ]


def test_a_post_that_tells_a_bid_deadline_put_back_quotes_the_new_moment_on_the_line_below():
    text = (
        "# p-hoshino-kyushoku\n"
        "\n"
        "高橋 誠  10:02\n"
        "星野町の給食配送、入札公告が出ました（令和9年度）\n"
        "・参加申請 8/2(月) 17:00まで\n"
        "・入札書提出 8/20(金) 10:00まで\n"
        "・開札 8/23(月) 10:30\n"
        "\n"
        "伊藤 結衣  10:05\n"
        "了解しました\n"
        "\n"
        "伊藤 結衣  15:40\n"
        "質問回答書が出てます。回答3で入札書の提出期限の時刻が10時から15時に繰り下げ、日付は変更なしです\n"
        "→「入札書の提出期限 令和9年8月20日（金）午後3時」\n"
        "\n"
        "高橋 誠  15:45\n"
        "ありがとうございます\n"
    )
    assert found(text) == [
        ("application", "2027-08-02", "17:00", "datetime"),
        ("submission", "2027-08-20", "15:00", "datetime"),
        ("other", "2027-08-23", "10:30", "datetime"),
    ]


def test_an_answer_cited_by_its_number_before_the_words_it_quotes_names_the_quotes_step():
    for cited in (
        "（回答No.3「参加申込書の提出期限を令和9年7月2日（金）正午に改めます」）",
        "質問回答書 No.3 『参加申込書の提出期限を令和9年7月2日（金）正午に改めます』",
        "【回答3】参加申込書の提出期限を令和9年7月2日（金）正午に改めます。",
    ):
        text = "令和9年度 月見市観光サイト改修業務 メモ\n" + cited + "\n"
        assert both(text) == [("application", "2027-07-02", "12:00", "datetime")], cited


# --- a mail or a note that says which of two times is right -------------------------------------------------------


def test_a_reply_that_says_which_of_two_times_is_right_holds_over_the_forwarded_table():
    text = (
        "件名: RE: 【月浦市】観光パンフレット制作業務 公募型プロポーザルのお知らせ\n"
        "送信日時: 2027年6月18日 金曜日 10:12\n"
        "\n"
        "皆さま\n"
        "市の商工観光課に確認しました。参加申込書の締切は、要領どおり「7月2日（金）正午」が正しく、"
        "一斉メールの「午後5時」は誤記とのことです。\n"
        "\n"
        "-----Original Message-----\n"
        "件名: 【月浦市】観光パンフレット制作業務 公募型プロポーザルのお知らせ\n"
        "送信日時: 2027年6月16日 水曜日 15:30\n"
        "\n"
        "１　日程\n"
        "　公告日　　　　　　令和9年6月16日（水）\n"
        "　参加申込書の提出期限　令和9年7月2日（金）午後5時まで\n"
        "　企画提案書の提出期限　令和9年7月23日（金）午後5時まで\n"
    )
    assert both(text) == [
        ("published", "2027-06-16", None, "date"),
        ("application", "2027-07-02", "12:00", "datetime"),
        ("submission", "2027-07-23", "17:00", "datetime"),
    ]


def test_a_note_that_the_right_time_is_another_retimes_the_step():
    text = (
        "白浜町 防災マップ作成業務 見積合わせ\n"
        "１　日程\n"
        "（１）見積書の提出期限　令和9年9月10日（金）午後3時\n"
        "（２）開札　令和9年9月13日（月）午前10時\n"
        "※町に確認したところ、見積書の提出期限は正しくは令和9年9月10日（金）正午です。\n"
    )
    assert both(text) == [("submission", "2027-09-10", "12:00", "datetime"), ("other", "2027-09-13", "10:00", "datetime")]


def test_an_english_note_that_gives_the_correct_deadline_retimes_the_step():
    text = (
        "Tsukiura City - Tourism Video Production - Request for Proposals\n"
        "Schedule\n"
        "Deadline for questions: 5:00 p.m., 9 July 2027\n"
        "Deadline for proposals: 5:00 p.m., 23 July 2027\n"
        "Note from the City (12 July 2027): the time above was a misprint; the correct deadline for proposals is "
        "12:00 noon, 23 July 2027.\n"
    )
    assert both(text) == [("question", "2027-07-09", "17:00", "datetime"), ("submission", "2027-07-23", "12:00", "datetime")]


# --- a chat's day line run onto the post before it -------------------------------------------------------------------


def test_a_chat_day_line_run_onto_an_attachment_s_name_is_no_step_in_a_log_put_back_on_lines():
    text = (
        "# bid-hoshimi-guide\n"
        "星見町 観光ガイド 提案チーム｜メンバー 4人\n"
        "\n"
        "6月14日（月）\n"
        "\n"
        "山本 亮  9:05\n"
        "星見町の観光ガイド制作、公募型プロポーザルの公告が出ました。令和9年度の案件です。要領の日程を貼ります。\n"
        "・参加表明書 6/25(金) 17:00必着\n"
        "・企画提案書 7/9(金) 正午必着\n"
        "・プレゼンテーション 7/20(火)\n"
        "\n"
        "川口 奈々  9:20\n"
        "ありがとうございます。参加の方向で社内調整します。\n"
        "\n"
        "大野 健  9:41\n"
        "上限額は税込880万円、業務期間は契約日から令和10年3月15日までとのこと。撮影は秋の祭りに合わせたいですね。\n"
        "\n"
        "山本 亮  10:02\n"
        "去年の観光マップは別の会社が受託しています。実績の書き方を考えましょう。\n"
        "\n"
        "6月16日（水）\n"
        "\n"
        "川口 奈々  14:02\n"
        "質問をメールで送付済みです。画面のコピーです\n"
        "質問送付_画面.png\n"
        "\n"
        "6月18日（金）\n"
        "\n"
        "山本 亮  11:40\n"
        "質問への回答が町のページに出ています。日程の変更はありません。\n"
        "\n"
        "川口 奈々  11:45\n"
        "了解です、確認しました。\n"
    )
    assert both(text) == [
        ("application", "2027-06-25", "17:00", "datetime"),
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("hearing", "2027-07-20", None, "date"),
    ]


# --- a meeting's decisions and its list of tasks -------------------------------------------------------------------

MINUTES_HEAD = (
    "打合せ記録　白浜市 観光アプリ改修 公募型プロポーザル 社内検討会\n"
    "日時：2027年6月3日（木）10:00～11:00\n"
    "出席者：営業部 佐野、開発部 森、企画部 今井\n"
    "\n"
    "1. 日程（実施要領より）\n"
    "・参加表明書：6/11（金）17:00まで\n"
    "・企画提案書：6/25（金）正午まで\n"
    "・プレゼンテーション：7/6（火）\n"
    "\n"
)
CALL_STEPS = [
    ("application", "2027-06-11", "17:00", "datetime"),
    ("submission", "2027-06-25", "12:00", "datetime"),
    ("hearing", "2027-07-06", None, "date"),
]


def test_a_meeting_s_decisions_joined_to_other_words_of_its_heading_are_the_team_s():
    for heading, items in (
        (
            "2. 協議・決定事項",
            "・参加する。ただし協力会社の見積が6/9（水）までに揃うことが条件。\n・参加表明書は6/10（木）に持参する。\n",
        ),
        ("2. 確認・合意事項", "・協力会社の見積は6/9（水）までに取得する。\n・参加表明書の提出は6/10（木）とする。\n"),
    ):
        assert found(MINUTES_HEAD + heading + "\n" + items) == CALL_STEPS, heading


def test_a_meeting_s_tasks_named_in_a_bracket_after_its_heading_are_the_team_s():
    table = (
        "| No | 内容 | 担当 | 期限 |\n"
        "|---|---|---|---|\n"
        "| 1 | 参加表明書の押印・提出 | 佐野 | 6/10（木） |\n"
        "| 2 | 提案書の構成案 | 森 | 6/15（火） |\n"
    )
    for heading in ("2. 宿題（担当・期限）", "2. 課題（アクションアイテム）"):
        assert found(MINUTES_HEAD + heading + "\n" + table) == CALL_STEPS, heading


def test_a_table_of_tasks_each_given_to_whom_and_due_when_is_the_team_s_under_any_heading():
    text = MINUTES_HEAD + (
        "2. 今後の対応\n"
        "| No | 内容 | 担当 | 期限 |\n"
        "|---|---|---|---|\n"
        "| 1 | 参加表明書の提出 | 佐野 | 6/10（木） |\n"
        "| 2 | 企画提案書の初稿 | 森 | 6/18（金） |\n"
    )
    assert both(text) == CALL_STEPS
