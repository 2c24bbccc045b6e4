"""Change notices in the forms they reach a bid team in (round sl): a bulletin's article, a phone page's blocks, a
table of two ends, a Q&A page, a broadcast's screens, a comment mail that quotes the memo it is on, a team's page that
holds the change. Each test a few lines written for its device."""

from tenders.extractor import extract
from tests.extractor_found import found

# --- a bulletin's article that gives the changed schedule, its rows marked by the legend's symbol -----------------------


def test_a_bulletins_article_of_a_change_gives_only_its_marked_rows():
    text = (
        "Subject: [入札メルマガ] 第12号\n\n"
        "━━━━━━━━━━━━━━━━━━━━\n"
        "　港町　入札・契約情報メールマガジン\n"
        "━━━━━━━━━━━━━━━━━━━━\n"
        "このメールは、メールマガジンに登録いただいた皆様にお送りしています。\n"
        "掲載内容の詳細は、市ホームページの各案件ページで必ず御確認ください。\n\n"
        "◆目次◆\n"
        "　１．【重要】日程変更\n"
        "　２．【新着】今週公告した案件\n\n"
        "──────────────────\n"
        "１．【重要】日程変更\n"
        "　　港町観光案内業務委託（公募型プロポーザル）\n"
        "標記プロポーザルの日程を次のとおり改めます。\n"
        "　▼印の項目が、今回変更したものです。\n\n"
        "　　公募開始\n"
        "　　　令和８年９月１日（火）\n"
        "　▼企画提案書の提出期限\n"
        "　　　令和８年１０月２０日（火）午後５時\n"
        "　　　（当初：１０月１３日（火）午後５時）\n"
        "　　契約締結\n"
        "　　　令和８年１１月中旬（予定）\n\n"
        "２．【新着】今週公告した案件\n"
        "■港町庁舎清掃業務委託\n"
        "　公告日：10/15（木）\n"
        "　入札書提出期限：10/27（火）17:00\n"
    )
    assert found(text) == [("submission", "2026-10-20", "17:00", "datetime")]


def test_a_broadcasts_article_told_over_screens_is_one_change():
    text = (
        "行政チャンネル文字放送の放送内容\n\n"
        "――――――――――\n"
        "【１】図書館の休館（１／１）\n"
        "――――――――――\n"
        "蔵書点検のため休館します。\n"
        "◇期間　３月８日（月）～３月１２日（金）\n\n"
        "――――――――――\n"
        "【２】町民体育館指定管理者\n"
        "　　　募集の日程変更（１／３）\n"
        "――――――――――\n"
        "◇施設見学会\n"
        "　３月４日（木）午前１０時から\n"
        "　（当初２月１８日）\n\n"
        "――――――――――\n"
        "【２】町民体育館指定管理者\n"
        "　　　募集の日程変更（２／３）\n"
        "――――――――――\n"
        "◇見学会の申込み\n"
        "　３月２日（火）正午まで\n"
        "　（当初２月１６日）\n"
        "◇質問の受付\n"
        "　３月９日（火）まで\n"
        "　（当初２月２６日）\n\n"
        "――――――――――\n"
        "【２】町民体育館指定管理者\n"
        "　　　募集の日程変更（３／３）\n"
        "――――――――――\n"
        "◇申請書の受付\n"
        "　３月２６日（金）午後５時まで\n"
        "　（当初３月１２日まで）\n\n"
        "――――――――――\n"
        "【３】献血にご協力を（１／１）\n"
        "――――――――――\n"
        "◇日時　２月２４日（水）午前１０時～正午\n"
        "更新日：2027年2月15日\n"
    )
    assert found(text) == [
        ("other", "2027-03-02", "12:00", "datetime"),
        ("other", "2027-03-04", "10:00", "datetime"),
        ("question", "2027-03-09", None, "date"),
        ("submission", "2027-03-26", "17:00", "datetime"),
    ]


# --- a heading of the steps left as they were, its items under a mark of their own --------------------------------------


def test_items_under_a_heading_of_no_change_are_restated_though_marked():
    text = (
        "■港町オートキャンプ場指定管理者募集の日程変更について\n\n"
        "【変更した日程】\n"
        "(旧)は当初の日程です。\n\n"
        "◇質問の受付\n"
        "(旧)10/4(金)17時まで\n"
        "(新)10/18(金)17時まで\n\n"
        "【変更のない日程】\n"
        "◇選定委員会\n"
        "11月下旬\n"
        "◇選定結果の通知\n"
        "12月上旬\n\n"
        "[更新:2019/09/20]\n"
    )
    assert found(text) == [("question", "2019-10-18", "17:00", "datetime")]


# --- a table of two ends, each opened by a wave dash: no window ------------------------------------------------------


def test_two_cells_each_an_end_alone_are_no_window():
    text = (
        "【お知らせ】企画提案書の提出期限の延長について\n\n"
        "手続\t当初の日程\t新しい日程\t状態\n"
        "参加表明書の提出\t〜 2025-06-20 (金) 17:00\t—\t済\n"
        "企画提案書の提出\t〜 2025-07-04 (金) 17:00\t〜 2025-07-18 (金) 17:00\t変更\n"
    )
    assert ("submission", "2025-07-18", "17:00", "datetime") in found(text)
    assert ("submission", "2025-07-04", "17:00", "datetime") not in found(text)


# --- a thread's replies counted under its post ----------------------------------------------------------------------


def test_replies_counted_under_a_post_are_no_answer():
    text = (
        "【お知らせ】仕様書の改訂について #12\n"
        "Jun 24, 2025 · 4 comments · 3 replies\n\n"
        "質問は 2025年7月4日（金）17:00 まで受け付けます。\n"
    )
    assert found(text) == [("question", "2025-07-04", "17:00", "datetime")]


# --- a page of questions and answers that moves the call's dates -----------------------------------------------------


def test_a_page_of_questions_and_answers_gives_only_what_it_moves():
    text = (
        "「港町観光プロモーション業務委託」企画提案募集に関する質問と回答\n"
        "更新日：2024年8月9日\n\n"
        "令和6年8月7日（水曜日）午後5時までに受け付けた質問について、次のとおり回答します。\n\n"
        "Q1 企画提案書の作成期間について\n"
        "A\n"
        "企画提案書の提出期限を、令和6年8月30日（金曜日）午後5時から令和6年9月6日（金曜日）午後5時（必着）に延長します。\n"
        "回答日：2024年8月9日\n\n"
        "Q2 参加申込書の提出期限について\n"
        "A\n"
        "参加申込書の提出期限（令和6年8月16日（金曜日）午後5時）は変更しません。\n"
        "回答日：2024年8月9日\n"
    )
    assert found(text) == [("submission", "2024-09-06", "17:00", "datetime")]


def test_what_is_accepted_named_after_as_follows_keys_the_bare_deadline():
    text = (
        "港町観光プロモーション業務委託 企画提案募集\n\n"
        "修正後の仕様書の内容に関する質問に限り、次のとおり第2回の質問を受け付けます。\n"
        "・受付期限　令和6年8月21日（水曜日）正午まで\n"
    )
    assert found(text) == [("question", "2024-08-21", "12:00", "datetime")]


# --- a narrow screen's wrap: a window's end cut, a verb cut, an old value two lines down ---------------------------------


def test_a_windows_end_cut_by_a_narrow_wrap_closes_the_window_above():
    text = (
        "町民プール指定管理者募集の日程変更について、次のとおりお知らせします。\n\n"
        "◇申請書の受付\n"
        "　３月１日（月）から\n"
        "　３月２６日（金）午\n"
        "　後５時まで\n"
        "更新日：2027年2月15日\n"
    )
    assert found(text) == [("submission", "2027-03-26", "17:00", "datetime")]


def test_a_day_told_as_planned_over_a_wrapped_verb_is_the_old_one():
    text = (
        "【２】町民プール指定管理者\n"
        "　　　募集の日程変更（１／１）\n"
        "――――――――――\n"
        "修繕工事を行うため、２月１８日（木）に予定して\n"
        "いた施設見学会を延期します。\n"
        "◇施設見学会\n"
        "　３月４日（木）午前１０時から\n"
        "　（当初２月１８日）\n"
        "◇質問への回答\n"
        "　３月１６日（火）まで\n"
        "　に町ホームページに\n"
        "　掲載（当初３月５日）\n"
        "◇申請書の受付\n"
        "　３月２６日（金）午後５時まで\n"
        "選定委員会（４月中旬）など、その他の日程に変更はありません。\n"
        "更新日：2027年2月15日\n"
    )
    assert found(text) == [("other", "2027-03-04", "10:00", "datetime"), ("answer", "2027-03-16", None, "date")]


# --- a comment mail that quotes the memo it is made on, passing the issuer's change on -----------------------------------


def test_a_comment_passing_a_change_on_drops_the_memo_lines_it_quotes():
    text = (
        "差出人: 片山（ドキュメント） <comments-noreply@example.jp>\n"
        "日付: 2026年5月12日 16:38\n"
        "件名: ドキュメント「対応メモ」に新しいアクティビティがあります\n\n"
        "----------------------------------------\n"
        "｜ 引用されたテキスト:\n"
        "｜ ■企画提案書 提出期限：5月22日（金）17:00\n\n"
        "片山\n"
        "県から「仕様書の訂正及び提出期限等の変更について」が出ました。\n"
        "提出期限 → 5/29（金）正午 必着 に延長です。\n"
        "県の文書の書き方は「企画提案書の提出期限を、令和8年5月22日（金）午後5時から令和8年5月29日（金）正午に変更します。」\n\n"
        "----------------------------------------\n"
        "｜ 引用されたテキスト:\n"
        "｜ ■参加申込書 提出期限：5月15日（金）17:00\n\n"
        "片山\n"
        "参加申込書の期限は変更なし、と明記されています。\n\n"
        "このドキュメントの概要\n"
        "　公募開始：令和8年4月24日（金）\n"
    )
    assert found(text) == [("submission", "2026-05-29", "12:00", "datetime")]


def test_a_forms_field_naming_the_issuers_change_notice_makes_a_change_notice():
    text = (
        "From: 案件変更連絡フォーム <forms-notify@example.jp>\n"
        "To: eigyo@example.jp\n"
        "Date: Fri, 20 Aug 2021 15:52:31 +0900\n"
        "Subject: [変更連絡 #0147] 港町「ゆけむり館」指定管理者募集\n\n"
        "※このメールはフォームへの回答を受けて自動送信しています。\n\n"
        "━━━━━━━━━━━━━━━━\n"
        " 新しい回答 #0147\n"
        "━━━━━━━━━━━━━━━━\n\n"
        "報告者\n"
        "三浦（営業企画部）\n\n"
        "案件名\n"
        "港町温泉保養施設「ゆけむり館」指定管理者募集\n\n"
        "発注者\n"
        "港町 産業振興課\n\n"
        "発注者の文書名・日付\n"
        "港町「指定管理者募集に係る日程の変更について」 令和3年8月20日\n\n"
        "━━ 変更項目 1 ━━\n"
        "項目名\n"
        "指定申請書等の提出期限\n"
        "変更前\n"
        "2021/08/27 17:00\n"
        "変更後\n"
        "2021/09/10 17:00\n\n"
        "変更のない日程・事項（メモ）\n"
        "・第1回現地見学会 8/4（水）：実施済み\n"
        "・質問受付 7/30（金）17時、回答 8/6（金）掲載：ともに終了\n"
        "・議会の議決：令和3年12月定例会に議案提出予定（変更なし）\n"
        "・基本協定の締結：令和4年3月（変更なし）\n"
    )
    assert found(text) == [("submission", "2021-09-10", "17:00", "datetime")]


# --- a team's page said to hold the change: the call as it now stands ------------------------------------------------


def test_a_page_said_to_reflect_the_change_keeps_its_whole_current_schedule():
    text = (
        "港町クリーンセンター計画策定業務委託\n"
        "10/18付の変更公告（公告第31号）を反映しました（v6）。「当初」列は元の公告の日程です。\n\n"
        "項目 | 当初（公告第27号） | 現在（変更公告第31号反映） | ステータス\n"
        "公告日 | 2024/09/30 (月) | 2024/09/30 (月) | 完了\n"
        "質問書の提出期限 | 2024/10/11 (金) 17:00 | 2024/10/11 (金) 17:00 | 完了\n"
        "開札 | 2024/10/31 (木) 10:00 | 2024/11/11 (月) 10:00 | 変更\n"
    )
    assert found(text) == [
        ("published", "2024-09-30", None, "date"),
        ("question", "2024-10-11", "17:00", "datetime"),
        ("other", "2024-11-11", "10:00", "datetime"),
    ]


# --- the answer sheet named as the source of the words a note quotes ---------------------------------------------------


def test_a_note_quoting_the_answer_sheet_keys_the_step_it_quotes():
    text = (
        "港町PR動画 公募型プロポーザル 作戦メモ\n\n"
        "スケジュール（市）\n"
        "\t企画提案書 提出: 7/11(金) 17:00（必着）\n"
        "\t\t当初: 7/4(金) 17:00\n"
        "\t\tノート: 回答書より引用「企画提案書等の提出期限を、令和7年7月4日(金)午後5時から令和7年7月11日(金)午後5時(必着)に変更します。」\n"
    )
    assert ("answer", "2025-07-11", "17:00", "datetime") not in found(text)
    assert ("submission", "2025-07-11", "17:00", "datetime") in found(text)


# --- a date quoted and said of how it is written ------------------------------------------------------------------------


def test_a_date_quoted_and_said_of_how_it_is_written_is_no_step():
    text = (
        "港町市民病院 電子カルテ 作戦ボード\n\n"
        "提案書提出 2/5(金) 17:00 → R9.2.19(金) 17:00 必着\n\n"
        "・ボードの「R9.2.19(金)」は市の回答書の表記に合わせて年号つきで書いています。\n"
    )
    assert ("answer", "2027-02-19", None, "date") not in found(text)


def test_numbered_replies_to_questions_stay_the_answer_step():
    text = (
        "Request for Information: Snow Radar Network\n"
        "D. Timeline\n"
        "D-1 Deadline for clarification questions: 20 January 2028\n"
        "D-2 Replies to clarification questions: 27 January 2028\n"
    )
    kinds = {m["date"]: m["kind"] for m in extract(text).as_json()["milestones"]}
    assert kinds == {"2028-01-20": "question", "2028-01-27": "answer"}
