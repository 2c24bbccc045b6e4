"""Round mj: a team's sheet whose legend keys its marks to a change, and a calendar's list view of a call's dates. Each
test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

SHEET_A = (
    "白樺市 市民会館 指定管理者公募 進捗表\n"
    "更新\t2026/08/20\t山本\n"
    "※黄色＝変更あり（8/18 市の質問回答書で変更）\n"
    "\n"
    "No\t区分\t項目\t日付\t時刻\t状態\t備考\n"
    "1\t市\t募集要項の配布開始\t2026/07/01\t\t済\t\n"
    "2\t市\t質問書提出期限\t2026/07/15\t17:00\t済\t\n"
    "3\t市\t質問回答\t2026/07/24\t\t済\t\n"
    "4\t市\t申請書類 提出期限\t2026/08/28\t17:00\t未\t当初 8/21(金) 17:00 → 8/28(金) 17:00 に延長\n"
    "5\t市\t選定結果通知\t9月下旬\t\t未\t\n"
)
SHEET_B = (
    "案件管理シート（桐ヶ丘町 学校給食配送業務 プロポーザル）\n"
    "凡例：★=訂正公告で変更された日程\n"
    "項目,日付,時刻,担当\n"
    "公告,2026/05/11,,佐藤\n"
    "参加表明書の提出期限,2026/05/22,12:00,佐藤\n"
    "★企画提案書の提出期限,2026/06/12,17:00,田中\n"
    "プレゼンテーション,2026/06/23,,田中\n"
)
OUTLOOK_JA = (
    "営業部カレンダーを「北浦」で絞り込んで一覧にしたもの（提案の日程確認用）\n"
    "件名\t開始\t終了\t場所\t分類\n"
    "【北浦市】実施要領 公表\t2026/06/01 (月) 0:00\t2026/06/02 (火) 0:00\t市HP\t発注者\n"
    "【北浦市】現地説明会\t2026/06/08 (月) 10:00\t2026/06/08 (月) 11:30\t北浦市役所 3F\t発注者\n"
    "【〆17:00】北浦 参加申込書 提出\t2026/06/12 (金) 16:30\t2026/06/12 (金) 17:00\t\t発注者\n"
    "北浦 参加申込書 社内確認\t2026/06/11 (木) 13:00\t2026/06/11 (木) 14:00\t会議室C\t社内\n"
    "【北浦市】質問への回答 掲載予定（HPを見る）\t2026/06/19 (金) 9:00\t2026/06/19 (金) 9:30\t\t発注者\n"
    "【〆正午】北浦 企画提案書 提出\t2026/07/03 (金) 11:00\t2026/07/03 (金) 12:00\t北浦市役所\t発注者\n"
    "【北浦市】ヒアリング（7/14・7/15のどちらか）\t2026/07/14 (火) 0:00\t2026/07/16 (木) 0:00\t北浦市役所\t発注者\n"
    "【北浦市】審査結果通知（7月下旬予定）※仮置き\t2026/07/27 (月) 0:00\t2026/07/28 (火) 0:00\t\t発注者\n"
)
OUTLOOK_CSV = (
    '"Subject","Start Date","Start Time","End Date","End Time","All day event","Location","Categories"\n'
    '"Minamidai City - call for proposals published","2026/10/01","0:00:00","2026/10/02","0:00:00","True","","Client"\n'
    '"Minamidai City - briefing session","2026/10/07","2:00:00 PM","2026/10/07","3:30:00 PM","False","City Hall","Client"\n'
    '"Minamidai City - questions deadline","2026/10/09","4:00:00 PM","2026/10/09","5:00:00 PM","False","","Client"\n'
    '"Minamidai City - proposal submission deadline","2026/10/23","11:00:00 AM","2026/10/23","12:00:00 PM","False","","Client"\n'
    '"Minamidai City - results notified (early Nov, placeholder)","2026/11/04","0:00:00","2026/11/05","0:00:00","True","","Client"\n'
)
SHARED_CALENDAR = (
    "タイトル\t開始日時\t終了日時\t作成者\n"
    "東峰町 入札公告（HP掲載）\t2026/04/06 0:00\t2026/04/07 0:00\t小林\n"
    "東峰町 入札参加資格確認申請 締切\t2026/04/15 16:00\t2026/04/15 17:00\t小林\n"
    "東峰町 開札\t2026/04/24 10:00\t2026/04/24 10:30\t小林\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_sheets_legend_of_its_marks_is_no_heading_of_a_change_notice():
    # 「※黄色＝変更あり（…質問回答書で変更）」「凡例：★=訂正公告で変更」 over a team's schedule: the key of the sheet's marks;
    # the sheet is the call's whole schedule as it now stands
    assert found(SHEET_A) == [
        ("published", "2026-07-01", None, "date"),
        ("question", "2026-07-15", "17:00", "datetime"),
        ("answer", "2026-07-24", None, "date"),
        ("submission", "2026-08-28", "17:00", "datetime"),
        ("result", "2026-09-01", None, "late_month"),
    ]
    assert both(SHEET_B) == [
        ("published", "2026-05-11", None, "date"),
        ("application", "2026-05-22", "12:00", "datetime"),
        ("submission", "2026-06-12", "17:00", "datetime"),
        ("hearing", "2026-06-23", None, "date"),
    ]


def test_a_calendar_list_views_slot_is_the_moment_it_stands_for():
    # all-day events their first day (an event over two days too), a deadline's slot its end, an event its start, the
    # issuer's answers the day the team looks for them, a placeholder day the part of the month its subject names
    assert both(OUTLOOK_JA) == [
        ("published", "2026-06-01", None, "date"),
        ("other", "2026-06-08", "10:00", "datetime"),
        ("application", "2026-06-12", "17:00", "datetime"),
        ("answer", "2026-06-19", None, "date"),
        ("submission", "2026-07-03", "12:00", "datetime"),
        ("hearing", "2026-07-14", None, "date"),
        ("result", "2026-07-01", None, "late_month"),
    ]


def test_a_calendars_csv_export_with_its_dates_and_times_apart():
    assert both(OUTLOOK_CSV) == [
        ("published", "2026-10-01", None, "date"),
        ("other", "2026-10-07", "14:00", "datetime"),
        ("question", "2026-10-09", "17:00", "datetime"),
        ("submission", "2026-10-23", "12:00", "datetime"),
        ("result", "2026-11-01", None, "early_month"),
    ]


def test_a_shared_calendars_list_its_slots_read_alike():
    assert both(SHARED_CALENDAR) == [
        ("published", "2026-04-06", None, "date"),
        ("application", "2026-04-15", "17:00", "datetime"),
        ("other", "2026-04-24", "10:00", "datetime"),
    ]


def test_today_spoken_in_a_chat_or_a_memo_is_the_day_written_beside_it():
    # 「公告日は今日 5/11(月)付け」「今日（10/2）公告されました」: 今日, the colloquial 本日
    text = "令和8年度 子育てアプリ プロポーザル\n公告日は今日 5/11(月)付け。スケジュール↓\n・質問 5/22(金) 17:00まで\n・提案書 6/12(金) 正午\n"
    assert both(text) == [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-22", "17:00", "datetime"),
        ("submission", "2026-06-12", "12:00", "datetime"),
    ]
    text = "令和8年度 下水道台帳システム 入札の件\n今日（10/2）公告されました。\n・入札参加申請 10/9(金) 17時まで\n・開札 10/20(火) 10時\n"
    assert found(text) == [
        ("published", "2026-10-02", None, "date"),
        ("application", "2026-10-09", "17:00", "datetime"),
        ("other", "2026-10-20", "10:00", "datetime"),
    ]
