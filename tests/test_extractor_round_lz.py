"""Round lz: a team's pastes — Outlook's print of a shared calendar (day headings, tab-led events, 場所/本文 lines, an
event over days, placeholder days for a part of a month), a chat's day taken back and a member's clash with another job,
the team's rehearsal, and a numbered answer sheet named as the source of a change."""

from tests.extractor_found import found, one_line

# Outlook's 「予定表の詳細」 mailed as text: 「2028年6月5日 月曜日」 over 「終日<TAB>【…】…」 and 「09:30 - 10:00<TAB>朝会」, the
# team's own events untagged, an acceptance window printed under its span of days, all-day entries whose titles give only
# the part of the month (「日程は8月下旬」「9月中」) on a day that holds its place
OUTLOOK_AGENDA = (
    "件名: 白樺PJ（共有予定表） - 2028年6月1日 – 2028年9月30日\n"
    "差出人: 藤井 真\n"
    "宛先: 白樺PJメンバー\n"
    "\n"
    "白樺PJ（共有予定表）\n"
    "2028年6月1日 – 2028年9月30日\n"
    "タイム ゾーン: (UTC+09:00) 大阪、札幌、東京\n"
    "詳細レベル: 件名、場所、本文\n"
    "--------------------------------------------------\n"
    "\n"
    "2028年6月5日 月曜日\n"
    "終日\t【白樺村】公募開始\n"
    "\t本文: 白樺村キャンプ場 指定管理者募集。要項は村HPに掲載\n"
    "09:30 - 10:00\t朝会\n"
    "\t場所: 本社3F\n"
    "\n"
    "2028年6月20日 火曜日\n"
    "終日\t【白樺村】〆17:00 質問票提出（メールのみ）\n"
    "11:00 - 12:00\t見積作成会議\n"
    "\t場所: Teams\n"
    "\n"
    "2028年7月10日 月曜日 – 2028年7月14日 金曜日\n"
    "終日\t【白樺村】申請書類 受付期間（9:00～17:00、持参のみ）\n"
    "\t本文: 正本1部・副本8部\n"
    "\n"
    "2028年7月13日 木曜日\n"
    "14:00 - 15:00\t申請書類 持参提出（村役場 総務課）\n"
    "\n"
    "2028年8月1日 火曜日\n"
    "終日\t【白樺村】審査結果通知（日程は8月下旬、村から連絡）\n"
    "\n"
    "2028年9月1日 金曜日\n"
    "終日\t【白樺村】9月村議会 指定議案上程（9月中）\n"
    "18:00 - 20:00\t課の懇親会\n"
)

OUTLOOK_EXPECTED = [
    ("published", "2028-06-05", None, "date"),
    ("question", "2028-06-20", "17:00", "datetime"),
    ("submission", "2028-07-14", "17:00", "datetime"),
    ("result", "2028-08-01", None, "late_month"),
    ("other", "2028-09-01", None, "month"),
]


def test_an_outlook_agenda_print_reads_its_tagged_events():
    assert found(OUTLOOK_AGENDA) == OUTLOOK_EXPECTED


def test_an_outlook_agenda_print_reads_alike_on_one_line():
    assert found(one_line(OUTLOOK_AGENDA)) == OUTLOOK_EXPECTED


# A chat: the hearing's day posted wrong, a member's 「その日、札幌の案件の入札説明会と被ってて」 (another job's day), and the
# poster's 「7/14は別件の予定と混ざってました」 taking it back; the team's 「プレゼンリハ」 no hearing
CHAT_TAKEN_BACK = (
    "#proj-nagisa-kanko\n"
    "6月2日（火）\n"
    "小池 悠  9:15\n"
    "渚浜市の観光サイト改修、プロポが出ました。要領のスケジュールです\n"
    "・公告\u3000令和8年6月2日（火）\n"
    "・質問書の提出期限\u30006/9(火)午後5時まで\n"
    "・企画提案書の提出期限\u30006/30(火)正午\n"
    "・プレゼンテーション審査\u30007/14(火)\n"
    "・審査結果の通知\u30007月下旬\n"
    "\n"
    "西田 恵  9:40\n"
    "ありがとうございます！体制表は去年のを流用します\n"
    "\n"
    "部長 大野  10:05\n"
    "参加で進めてください\n"
    "\n"
    "6月3日（水）\n"
    "西田 恵  10:02\n"
    "社内スケジュール案です\n"
    "6/25(木) 提案書 最終レビュー\n"
    "7/13(月) プレゼンリハ\n"
    "\n"
    "小池 悠  10:30\n"
    "了解です\n"
    "\n"
    "6月8日（火）\n"
    "森 亮  14:40\n"
    "途中から入ったので確認させてください。プレゼンって7/14(火)で決まりですか？その日、札幌の案件の入札説明会と被ってて…\n"
    "\n"
    "小池 悠  14:55\n"
    "@森 亮 すみません、最初の投稿が打ち間違いでした。要領だとプレゼンテーション審査は 7/15(水) です（7/14は別件の予定と混ざってました）\n"
    "\n"
    "森 亮  14:58\n"
    "よかった、7/15(水)なら行けます\n"
    "\n"
    "西田 恵  15:10\n"
    "了解です、招待を更新します\n"
)

CHAT_EXPECTED = [
    ("published", "2026-06-02", None, "date"),
    ("question", "2026-06-09", "17:00", "datetime"),
    ("submission", "2026-06-30", "12:00", "datetime"),
    ("hearing", "2026-07-15", None, "date"),
    ("result", "2026-07-01", None, "late_month"),
]


def test_a_chat_day_mixed_up_with_another_affair_is_taken_back():
    assert found(CHAT_TAKEN_BACK) == CHAT_EXPECTED
    assert found(one_line(CHAT_TAKEN_BACK)) == CHAT_EXPECTED


# A tracker's memo: 「回答書No.3：提出期限を6/11(金)17:00に延長」 names the answer sheet that moved the deadline, no answer
ANSWER_SHEET_MEMO = (
    "No\t区分\t項目\t日付\t曜日\t時刻\t備考\n"
    "1\t発注者\t入札公告\t2027/5/10\t月\t\t機構HP\n"
    "2\t発注者\t入札説明書に対する質問 提出期限\t2027/5/21\t金\t17:00\t電子メール\n"
    "3\t発注者\t技術提案書 提出期限\t2027/6/11\t金\t17:00\t当初 2027/6/4(金)17:00 → 回答書No.3で延長\n"
    "4\t社内\t提案書ドラフト完成\t2027/6/1\t火\t\t\n"
    "\n"
    "メモ\n"
    "・回答書No.3：提出期限を6/11(金)17:00に延長（理由：様式の差替え）\n"
)


def test_a_numbered_answer_sheet_key_names_no_answer():
    assert found(ANSWER_SHEET_MEMO) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-11", "17:00", "datetime"),
    ]
