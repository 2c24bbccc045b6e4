"""Notices as they reach a bid team's tool (round ee): a sheet pasted with its blocks, a 質問回答書 saved from Word, a
chat that pastes the issuer's change, an e-bidding page; as written and run onto one line. Each test a few lines
written for its device."""

from tests.extractor_found import found, one_line

# the notice's own lines around a table, long enough that the one-line text is cut back into lines
_ABOUT = (
    "若葉町公民館清掃業務委託 公募型プロポーザル\n"
    "\n"
    "若葉町 総務課\n"
    "\n"
    "1. 趣旨\n"
    "本要領は、若葉町公民館清掃業務の受託者を公募型プロポーザル方式により選定するために必要な事項を定めるものである。\n"
    "2. 業務の概要\n"
    "(1) 業務名　若葉町公民館清掃業務委託\n"
    "(2) 履行期間　契約締結日から令和10年3月31日まで\n"
    "(3) 提案上限額　4,400,000円（消費税及び地方消費税を含む）\n"
    "参加資格は、地方自治法施行令第167条の4の規定に該当しない者であって、若葉町の競争入札参加資格者名簿に登録されているものとする。\n"
)


# --- a sheet's schedule with a window's ends in columns of their own ----------------------------------------------

_SHEET = (
    "若葉町公民館清掃業務 選定スケジュール\t\t\t\t\t\t\t\n"
    "\t\t\t\t\t\t作成日\t2027/5/10\n"
    "\t\t\t\t\t\t\t\t\n"
    "No.\t手続\t開始日\t曜日\t終了日・実施日\t曜日\t時刻\t備考\n"
    "1\t公告\t2027/5/17\t月\t\t\t\t町ホームページ\n"
    "2\t質問の受付\t2027/5/17\t月\t2027/5/26\t水\t17:00\t電子メール\n"
    "3\t現地見学会\t\t\t2027/5/28\t金\t14:00\t公民館集合\n"
    "4\t提案書の受付\t2027/6/1\t火\t2027/6/11\t金\t12:00\t持参のみ\n"
    "5\t審査結果の通知\t\t\t2027年6月下旬\t\t\t文書\n"
    "\t\t\t\t\t\t\t\t\n"
    "提出書類\t様式\t部数\t\t\n"
    "提案書\t様式1\t正1副5\t\t\n"
)
_SHEET_FOUND = [
    ("published", "2027-05-17", None, "date"),
    ("question", "2027-05-26", "17:00", "datetime"),
    ("other", "2027-05-28", "14:00", "datetime"),
    ("submission", "2027-06-11", "12:00", "datetime"),
    ("result", "2027-06-01", None, "late_month"),
]


def test_a_sheets_end_column_named_for_a_one_day_step_too_gives_each_window_its_end_and_hour():
    # 「終了日・実施日」: the column of a window's end is a one-day step's day too; the opening days are no steps
    assert found(_SHEET) == _SHEET_FOUND


def test_a_sheet_run_onto_one_line_keeps_its_blocks_apart_at_their_empty_rows():
    # the title's rows, an empty row a tab wider, the schedule, another block: each block's rows found on its own
    assert found(one_line(_ABOUT + _SHEET)) == _SHEET_FOUND


# --- a 質問回答書: what a window brought in, a restated table, old and new keyed in an answer's cell --------------

_ANSWERS = (
    "若葉町公民館清掃業務委託 公募型プロポーザルに係る質問回答書\n"
    "\n"
    "若葉町 総務課\n"
    "\n"
    "令和9年8月2日付けで公告した標記プロポーザルについて、次のとおり回答します。\n"
    "質問受付期間(令和9年8月2日(月)から8月16日(月)午後5時まで)に、4者から計9件の質問がありました。\n"
    "1 質問及び回答\n"
    "No.\t質問\t回答\n"
    "1\t提案書の提出期限を延ばせないか。\t提案書の提出期限を次のとおり変更します。\n"
    "変更前 令和9年9月3日(金)午後5時\n"
    "変更後 令和9年9月10日(金)午後5時\n"
    "2\t参加申込の期限も延びるか。\t参加申込書の提出期限(令和9年8月27日(金)午後5時)に変更はありません。\n"
    "\n"
    "2 変更後の日程(参考)\n"
    "項目\t日程\t変更\n"
    "参加申込書の提出期限\t令和9年8月27日(金)午後5時\t\n"
    "提案書の提出期限\t令和9年9月10日(金)午後5時\t変更\n"
    "審査結果の通知\t令和9年9月下旬\t\n"
    "上記のうち、変更欄に「変更」とある項目以外の日程に変更はありません。\n"
    "\n"
    "3 問合せ先\n"
    "若葉町 総務課 電話 000-0000-0000\n"
)


def test_a_question_and_answer_paper_gives_only_the_date_it_moves():
    # the question window 「…まで)に、4者から計9件の質問がありました」 is over; the restated table's first row, under a
    # head row 「項目 | 日程 | 変更」 whose last column marks the changed rows, stands as it was
    assert found(_ANSWERS) == [("submission", "2027-09-10", "17:00", "datetime")]


def test_a_question_and_answer_paper_run_onto_one_line_is_still_a_change_notice():
    # its heading is a block of the head between blank lines; 「変更前」「変更後」 each a line of the answer's cell
    assert found(one_line(_ANSWERS)) == [("submission", "2027-09-10", "17:00", "datetime")]


def test_a_window_a_sentence_tells_of_in_the_present_stays_a_step():
    text = "質問受付期間(令和9年8月2日(月)から8月16日(月)午後5時まで)に、電子メールで質問書を提出してください。\n"
    assert found(text) == [("question", "2027-08-16", "17:00", "datetime")]


def test_a_table_head_over_a_row_still_lets_a_marked_row_above_count():
    # 「【変更】」 on the line above a row (no table's head) marks the row changed, as before
    text = (
        "若葉町公民館清掃業務委託 日程の変更について\n"
        "令和9年8月2日付けで公告した標記業務の日程を次のとおり変更します。\n"
        "【変更】\n"
        "提案書の提出期限\t令和9年9月10日(金)午後5時\n"
        "審査結果の通知\t令和9年9月下旬\n"
        "契約締結\t令和9年10月上旬\n"
    )
    assert ("submission", "2027-09-10", "17:00", "datetime") in found(text)


# --- a chat that pastes the issuer's change notice -----------------------------------------------------------------

_CHAT = (
    "#若葉町-公民館清掃\n"
    "\n"
    "山田 花子  10:05\n"
    "町から日程変更のお知らせが出ました。本文を貼ります。\n"
    "若葉町公民館清掃業務委託 公募型プロポーザルの日程変更について\n"
    "\n"
    "令和9年8月2日付けで公告した標記プロポーザルについて、次のとおり日程を変更します。\n"
    "\n"
    "1 変更する日程\n"
    "  項目                変更前                    変更後\n"
    "  提案書の提出期限    令和9年9月3日(金)午後5時   令和9年9月10日(金)午後5時\n"
    "\n"
    "2 変更のない日程(参考)\n"
    "  参加申込書の提出期限    令和9年8月27日(金)午後5時\n"
    "  審査結果の通知          令和9年9月下旬\n"
    "\n"
    "3 その他\n"
    "  上記以外の事項に変更はありません。\n"
    "\n"
    "  佐藤 一郎  10:20\n"
    "  ありがとうございます。提案書は一週間延びましたね。確認しました。\n"
    "\n"
    "  山田 花子  11:02\n"
    "  社内スケジュールも組み直しました。\n"
    "  • 9/1(水) 提案書の骨子レビュー\n"
    "  • 9/8(水) 提案書の提出(持参)\n"
    "\n"
    "  佐藤 一郎  11:15\n"
    "  了解です。\n"
    "\n"
    "ピン留め:若葉町 公募ページ(令和9年8月2日公告)\n"
)


def test_a_chat_pasting_a_change_gives_the_changed_date_not_the_teams_plan_nor_the_call_it_cites():
    # the team's list (「•」 bullets under 「社内スケジュールも組み直しました。」) and the pinned link's 「(…8月2日公告)」 stay out
    assert found(_CHAT) == [("submission", "2027-09-10", "17:00", "datetime")]


def test_a_chat_pasting_a_change_run_onto_one_line_reads_the_same():
    # posts' headers 「佐藤 一郎  10:20」 lines of their own, 「•」 an item's bullet, the unchanged rows under their heading
    assert found(one_line(_CHAT)) == [("submission", "2027-09-10", "17:00", "datetime")]


def test_the_issuers_bullets_in_a_chat_stay_the_issuers():
    text = (
        "若葉町公民館清掃業務委託 公募型プロポーザル\n"
        "町の日程をまとめます。\n"
        "• 質問締切 令和9年8月16日(月)午後5時\n"
        "• 提案書締切 令和9年9月3日(金)午後5時\n"
    )
    assert found(text) == [
        ("question", "2027-08-16", "17:00", "datetime"),
        ("submission", "2027-09-03", "17:00", "datetime"),
    ]


# --- an e-bidding page: label-value rows over a small table of attachments -------------------------------------------

_EBID = (
    "若葉県 電子入札システム\n"
    "トップ\t入札公告\t入札結果\tヘルプ\n"
    "ログイン中:株式会社サンプル 様\tログアウト\n"
    "入札公告 > 案件一覧 > 案件詳細\n"
    "案件詳細\n"
    "案件番号\t0000270512000045\n"
    "案件名称\t若葉県庁舎警備業務委託\n"
    "発注機関\t若葉県 総務部 管財課\n"
    "入札方式\t一般競争入札\n"
    "公告日\t2027/05/12\n"
    "競争参加資格確認申請書の受付期間\t2027/05/13 09:00 ～ 2027/05/21 17:00\n"
    "質問書の受付期限\t2027/05/19 17:00\n"
    "入札書の受付期間\t2027/06/01 09:00 ～ 2027/06/03 17:00\n"
    "開札予定日時\t2027/06/04 10:00\n"
    "開札場所\t若葉県庁本館2階 入札室\n"
    "予定価格\t事後公表\n"
    "添付ファイル\n"
    "No.\tファイル名\tサイズ\t登録日\n"
    "1\t入札公告.pdf\t210KB\t2027/05/12\n"
    "2\t仕様書.pdf\t480KB\t2027/05/12\n"
)


def test_an_ebidding_page_run_onto_one_line_keeps_each_label_with_its_value():
    # every label-value row is cut, not every third (the four-column table after them fits three tabs a row)
    expected = [
        ("published", "2027-05-12", None, "date"),
        ("question", "2027-05-19", "17:00", "datetime"),
        ("application", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-03", "17:00", "datetime"),
        ("other", "2027-06-04", "10:00", "datetime"),
    ]
    assert found(_EBID + _ABOUT) == expected
    assert found(one_line(_EBID + _ABOUT)) == expected


def test_a_calls_own_publication_dated_before_公告_stays_its_step():
    # 「(令和9年8月2日公告)」 drops only in a notice changing the call of that day; a call's own page keeps it
    text = (
        "若葉町公民館清掃業務委託 公募型プロポーザル(令和9年8月2日公告)\n"
        "1 日程\n"
        "(1) 公告 令和9年8月2日(月)\n"
        "(2) 提案書の提出期限 令和9年9月3日(金)午後5時\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("submission", "2027-09-03", "17:00", "datetime"),
    ]


_TEAMS = (
    "営業部 > 案件ウォッチ\n"
    "佐藤 健一  2028/01/14 10:03\n"
    "若葉県の観測データ整備業務、参加意思確認公募の公示が出ました。県の日程は次のとおりです。\n"
    "・公示日 2028年1月14日(金)\n"
    "・質問の締切 1/25(火) 17:00\n"
    "・参加意思確認書の提出期限 2/4(金) 17:00\n"
    "技術要件は既存の仕組みで満たせそうです。担当は田中さんでお願いします。\n"
    "返信 2 件\n"
    "田中 美穂  2028/01/14 10:21\n"
    "ありがとうございます。仕様書を読み込んで、気になる点は質問に出すようにします。\n"
    "佐藤 健一  2028/01/14 11:05\n"
    "よろしくお願いします。質問は締切の前日までにまとめて私に回してください。\n"
    "田中 美穂  2028/01/14 11:32\n"
    "承知しました。観測データの形式は県の仕様書の別紙に細かく載っているので、今週中に読み込んでおきます。\n"
    "佐藤 健一  2028/01/14 11:40\n"
    "助かります。部長への報告は私からしておきます。\n"
)


def test_a_teams_thread_run_onto_one_line_reads_no_posts_time_as_a_step():
    # 「田中 美穂  2028/01/14 10:21」: a reply's header after one space (no blank line above), the day it was sent
    expected = [
        ("published", "2028-01-14", None, "date"),
        ("question", "2028-01-25", "17:00", "datetime"),
        ("application", "2028-02-04", "17:00", "datetime"),
    ]
    assert found(_TEAMS) == expected
    assert found(one_line(_TEAMS)) == expected
