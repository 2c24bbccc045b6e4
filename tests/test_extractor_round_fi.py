"""Tables a page's text version speaks for a screen reader (round fi): each test a few lines written for its case, as
written and run onto one line."""

from tests.extractor_found import found, one_line

# the page's own lines around a table, long enough that the one-line text is cut back into lines
_ABOUT = (
    "朝霧町ホームページ テキスト版\n"
    "このページは、音声読み上げソフトでの利用を考慮し、表をテキストに置き換えて表示しています。\n"
    "見出し1 朝霧町立体育館 空調設備保守点検業務委託に係る一般競争入札の公告\n"
    "次のとおり一般競争入札を行うので、地方自治法施行令第167条の6第1項の規定により公告する。\n"
    "入札に参加する者は、地方自治法施行令第167条の4の規定に該当しない者であって、朝霧町の競争入札参加資格者名簿に"
    "登録されているものとする。\n"
    "見出し2 入札日程\n"
)
_AFTER = "見出し2 その他\n入札保証金及び契約保証金は、免除する。詳細は入札説明書による。\n"

_FOUND = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-17", "17:00", "datetime"),
    ("answer", "2027-05-21", None, "date"),
    ("submission", "2027-06-01", "12:00", "datetime"),
]

# --- a spoken table with its column heads, run onto one line ------------------------------------------------------

_HEADED = (
    "表：入札日程（4行、2列）\n"
    "列見出し：項目、日程\n"
    "行1\n"
    "項目：入札説明書の交付開始\n"
    "日程：令和9年5月10日（月曜日）\n"
    "行2\n"
    "項目：質問の受付期限\n"
    "日程：令和9年5月17日（月曜日）午後5時まで\n"
    "行3\n"
    "項目：質問に対する回答\n"
    "日程：令和9年5月21日（金曜日）までに掲載\n"
    "行4\n"
    "項目：入札書の提出期限\n"
    "日程：令和9年6月1日（火曜日）正午\n"
    "表の終わり\n"
)


def test_a_spoken_table_run_onto_one_line_has_each_row_mark_on_a_line_of_its_own():
    # (「… 行2 項目：質問の受付期限 日程：…」: 「行N」 cut off the key after it, as the table is read as written)
    assert found(_ABOUT + _HEADED + _AFTER) == _FOUND
    assert found(one_line(_ABOUT + _HEADED + _AFTER)) == _FOUND


# --- a table as NVDA or JAWS speaks it, each cell after its row's and column's numbers, run onto one line -----------

_NUMBERED = (
    "表  5 行  2 列\n"
    "キャプション  入札日程\n"
    "行 1  列 1  手続\n"
    "列 2  日時\n"
    "行 2  手続  列 1  入札説明書の交付開始\n"
    "日時  列 2  令和9年5月10日（月）\n"
    "行 3  手続  列 1  質問の受付期限\n"
    "日時  列 2  令和9年5月17日（月）午後5時\n"
    "行 4  手続  列 1  質問に対する回答\n"
    "日時  列 2  令和9年5月21日（金）\n"
    "行 5  手続  列 1  入札書の提出期限\n"
    "日時  列 2  令和9年6月1日（火）正午\n"
    "表終了\n"
)


def test_a_table_spoken_cell_by_cell_run_onto_one_line_has_each_cell_on_a_line_again():
    # (「… 行 3  手続  列 1  質問の受付期限 日時  列 2  令和9年5月17日(月)午後5時 行 4 …」: a cut before each cell)
    assert found(_ABOUT + _NUMBERED + _AFTER) == _FOUND
    assert found(one_line(_ABOUT + _NUMBERED + _AFTER)) == _FOUND


# --- a timeline drawn sideways, its dates over its steps, run onto one line ------------------------------------------

_CALL = (
    "朝霧町立体育館 空調設備保守点検業務委託 公募型プロポーザルの手続\n"
    "朝霧町 総務課 契約係\n"
    "本件は令和9年5月10日(月)に公告しました。各手続の期限は次の図のとおりです。年の記載のない日付は令和9年です。\n"
    "参加者は、地方自治法施行令第167条の4の規定に該当しない者であって、朝霧町の競争入札参加資格者名簿に登録されている"
    "ものとします。\n"
    "業務の内容は、体育館の空調設備(冷温水発生機2台、空調機6台)の定期点検、消耗品の交換及び故障時の対応とし、詳細は"
    "仕様書のとおりとします。提案上限額は3,300,000円(消費税及び地方消費税を含む。)です。\n"
    "\n"
)
_ARROWED = (
    "  5/10(月)          5/17(月)17:00       5/21(金)\n"
    " ［公　告］ ──→ ［質問締切］ ──→ ［回答公表］\n"
    "                                              │\n"
    "                                              ↓\n"
    "  6/15(火)予定      6/8(火)13:30～      6/1(火)正午\n"
    " ［結果通知］ ←── ［プレゼン審査］ ←── ［提案書締切］\n"
    "\n"
    "※質問及び提案書は、いずれも総務課契約係あて電子メールにより提出してください。\n"
)
_ON_AN_AXIS = (
    "　 2027/5/10(月)      2027/5/17(月)      2027/5/21(金)      2027/6/1(火)\n"
    " ──────●──────────────────●──────────────────●──────────────────●──────▶\n"
    "　 公告              質問締切            回答公表            提案書締切\n"
    "　                   17:00                                   正午\n"
    "\n"
    "※質問及び提案書は、いずれも総務課契約係あて電子メールにより提出してください。\n"
)
_TIMELINE_FOUND = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-17", "17:00", "datetime"),
    ("answer", "2027-05-21", None, "date"),
    ("submission", "2027-06-01", "12:00", "datetime"),
]


def test_a_timeline_of_steps_parted_by_arrows_run_onto_one_line_has_its_rows_again():
    # (「… 5/21(金)  ［公　告］ ──→ … ［回答公表］ │ ↓  6/15(火)予定 …」: a row of dates ends a line, the row of steps
    # under it begins one, the turn's marks lines of their own)
    expected = [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
        ("submission", "2027-06-01", "12:00", "datetime"),
        ("hearing", "2027-06-08", "13:30", "datetime"),
        ("result", "2027-06-15", None, "date"),
    ]
    assert found(_CALL + _ARROWED) == expected
    assert found(one_line(_CALL + _ARROWED)) == expected


def test_a_timeline_on_an_axis_run_onto_one_line_has_its_rows_again():
    # (the axis a line of its own, each row under it after its full-width indent: the steps' columns kept)
    assert found(_CALL + _ON_AN_AXIS) == _TIMELINE_FOUND
    assert found(one_line(_CALL + _ON_AN_AXIS)) == _TIMELINE_FOUND
