"""A bid team's own notes beside a call's schedule (round fg): each test a few lines written for its case, as
written and run onto one line."""

from tests.extractor_found import found, one_line

# the team's notes above its entries, long enough that the one-line text is cut back into lines
_NOTES = (
    "案件名：朝霧町観光案内アプリ構築業務委託 公募型プロポーザル\n"
    "発注者：朝霧町 商工観光課 観光振興係\n"
    "入手経路：町ホームページの新着情報を朝の巡回で確認し、実施要領・仕様書・様式集を共有フォルダへ保存した。\n"
    "提案上限額：4,950,000円（税込）、業務期間は契約締結日から年度末まで。\n"
    "参加資格：朝霧町の競争入札参加資格者名簿に登録（業種：情報処理）、同種業務の実績が一件以上あること。\n"
    "社内ルール：提出物は部長の決裁を経てから発送する。質問は様式第3号により電子メールで送付する。\n"
    "評価項目：操作性と多言語対応、運用保守の体制、観光事業者との連携、価格の四つ（配点は要領の別表のとおり）。\n"
    "\n"
)

# --- a team's entry on a day of its own choosing, its words quoting the period the call's papers give ----------------

_TASKS = _NOTES + (
    "■ 発注者の日程\n"
    "企画提案書の提出期限　令和9年8月20日（金）午後5時\n"
    "\n"
    "■ タスク一覧\n"
    "No.\t件名\t期限\t担当\t状態\t備考\n"
    "1\t選定結果の確認\t2027/09/24(金)\t三浦\t未着手\t要領上は「9月下旬」\n"
    "2\t契約締結の準備\t2027/10/08(金)\t野口\t未着手\t要領では「10月上旬（予定）」\n"
)


def test_a_task_row_that_quotes_the_papers_period_gives_the_period_not_its_own_day():
    # (「2027/09/24(金)」 is the day the team will look; 「9月下旬」 is when the call gives its result)
    expected = [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("result", "2027-09-01", None, "late_month"),
        ("contract", "2027-10-01", None, "early_month"),
    ]
    assert found(_TASKS) == expected
    assert found(one_line(_TASKS)) == expected
    # (「9月下旬」 quoted beside 10月4日: that day stands in for no such period, it stays)
    outside = _TASKS.replace("2027/09/24(金)", "2027/10/04(月)")
    assert ("result", "2027-10-04", None, "date") in found(outside)


_CALENDAR = _NOTES + (
    "2027年9月6日(月)\n"
    "  17:00          【朝霧町】企画提案書 提出期限(必着)\n"
    "\n"
    "2027年9月15日(水)\n"
    "  終日           【朝霧町】審査結果通知 予定(リマインド用。実施要項では「9月中旬」)\n"
    "\n"
    "2027年9月17日(金)\n"
    "  10:00 – 11:00  週次営業会議\n"
)


def test_a_calendar_entry_that_quotes_the_papers_period_gives_the_period():
    expected = [
        ("submission", "2027-09-06", "17:00", "datetime"),
        ("result", "2027-09-01", None, "mid_month"),
    ]
    assert found(_CALENDAR) == expected
    assert found(one_line(_CALENDAR)) == expected


# --- the day the team sent, brought or received a paper, told as done ----------------------------------------------

_MEMO = _NOTES + (
    "■ 町の日程（実施要領より）\n"
    "参加申込書の提出期限　令和9年5月24日（月）午後5時（持参又は郵送。郵送の場合は必着）\n"
    "企画提案書の提出期限　令和9年6月11日（金）正午\n"
    "\n"
    "■ 経過\n"
)


def test_a_paper_sent_on_a_day_told_as_done_is_no_step():
    text = _MEMO + "・参加申込書は 5/20(木) 10:30 に送付、町から受付メールあり。\n・企画提案書は製本中。\n"
    expected = [
        ("application", "2027-05-24", "17:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_paper_brought_or_received_on_a_day_told_as_done_is_no_step():
    text = _MEMO + "→ 5/21(金) 商工観光課へ持参、受付印あり。\n・5/25(火)に参加資格の確認通知を受領。\n"
    expected = [
        ("application", "2027-05-24", "17:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- an entry of a board's or a calendar's export, one of its fields naming it the team's ---------------------------

_BOARD = (
    "ボード: 朝霧町 観光案内アプリ構築業務 プロポーザル\n"
    "\n"
    "[カード] 企画提案書の提出\n"
    "  期限: 2027/06/11 12:00\n"
    "  ラベル: 発注者\n"
    "  説明: 実施要領 7(1)「企画提案書の提出期限 令和9年6月11日(金)正午」\n"
    "\n"
    "[カード] 協力会社の見積取得\n"
    "  期限: 2027/06/04\n"
    "  ラベル: 社内\n"
    "  担当: 三浦\n"
)


def test_a_board_card_labelled_the_teams_gives_no_step():
    # (as written only: run onto one line the card's fields no longer stand under it)
    assert found(_BOARD) == [("submission", "2027-06-11", "12:00", "datetime")]


_EXPORT = (
    "スケジュール エクスポート\n"
    "\n"
    "2027/05/18(火) 10:00～11:00\n"
    "  件名：【社内】キックオフ（参加可否判断）\n"
    "  メモ：参加で決定。提案リーダー：三浦\n"
    "\n"
    "2027/05/20(木) 15:00\n"
    "  件名：【社内】質問案 社内締切\n"
    "  メモ：質問は様式4をメール送付。送付は三浦\n"
    "\n"
    "2027/05/24(月) 17:00\n"
    "  件名：【発注者】参加申込書の提出期限\n"
    "  メモ：持参又は郵送\n"
)


def test_a_calendar_entry_whose_subject_is_marked_the_teams_gives_no_step():
    # (its subject's line dropped alone, the day above it was read with the words around it)
    assert found(_EXPORT) == [("application", "2027-05-24", "17:00", "datetime")]


# --- a later post of a team's chat that takes back a day posted before -----------------------------------------------

_CHAT = (
    "#営業-朝霧町案件\n"
    "\n"
    "──────── 2027年5月31日(月) ────────\n"
    "\n"
    "三浦 陽介  09:12\n"
    "朝霧町の観光案内アプリ、公募型プロポーザルの公告が出ました。要領から日程を抜き出します。\n"
    "・質問 6/2(水) 17時まで\n"
    "・企画提案書 6/11(金) 正午まで\n"
    "\n"
    "野口 彩  09:20\n"
    "ありがとうございます。質問案は私がまとめます。\n"
    "\n"
    "三浦 陽介  09:41\n"
    "{fix}\n"
    "\n"
    "野口 彩  09:45\n"
    "了解です、カレンダーも直しておきます。\n"
)


def test_a_day_a_later_post_says_was_wrong_is_taken_back():
    text = _CHAT.format(fix="すみません訂正です。質問の締切は 6/2 じゃなくて 6/4(金) 17時 でした。")
    assert ("question", "2027-06-02", "17:00", "datetime") not in found(text)
    assert ("submission", "2027-06-11", "12:00", "datetime") in found(text)


def test_a_day_a_later_post_says_to_ignore_is_taken_back():
    text = _CHAT.format(fix="質問の正式な期限は 6/4(金) 17時 です。上の箇条書きの6/2は無視してください。")
    assert ("question", "2027-06-02", "17:00", "datetime") not in found(text)
    assert ("question", "2027-06-04", "17:00", "datetime") in found(text)
