"""Round ml: a sheet's day with its weekday and time in cells of their own, a schedule whose month, day and weekday
stand in columns of their own pasted with single spaces, and an earlier round's dates under a heading given for
reference. Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

# (a notice's purpose and contact, so that the text run onto one line is as long as a notice's is)
PROSE = (
    "1 目的\n"
    "本業務は、市の施設で用いる情報システムを更新し、利用者の利便性を高めるとともに、職員の事務を効率化するため、"
    "事業者の提案を広く求め、最も適した者を選定するものである。選定に当たっては、提案の内容、実施体制、費用及び"
    "運用後の保守について総合的に評価する。\n"
    "2 参加資格\n"
    "地方自治法施行令第167条の4の規定に該当しない者であること。市の指名停止の措置を受けていない者であること。"
    "過去に同種の業務を受託した実績を有すること。\n"
)
CONTACT = (
    "\n4 提出方法\n"
    "提出書類は、持参又は郵送により提出すること。郵送の場合は書留郵便に限り、期限までに必着とする。電子メールによる"
    "提出は受け付けない。提出後の差し替えは認めない。\n"
    "5 問合せ先\n"
    "市総務課 電話 000-0000-0000 電子メール soumu@example.jp\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_sheets_weekday_and_time_in_cells_after_the_date_are_the_dates():
    text = (
        "令和9年度 図書館清掃業務 見積合わせ 手順表\n"
        "No\t区分\t手続\t期日\t曜日\t時間\t状態\n"
        "1\t市\t公告\t6/1\t火\t\t済\n"
        "2\t市\t質問の締切\t6/9\t水\t17:00\t未\n"
        "3\t市\t回答\t6/14\t月\t\t未\n"
        "4\t市\t見積書の提出期限\t6/22\t火\t正午\t未\n"
    )
    assert both(text) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-09", "17:00", "datetime"),
        ("answer", "2027-06-14", None, "date"),
        ("submission", "2027-06-22", "12:00", "datetime"),
    ]


def test_a_bar_tables_weekday_in_brackets_in_its_own_cell():
    text = (
        "港湾清掃業務委託 プロポーザル(令和9年度)\n"
        "| 手続 | 日付 | 曜 | 時刻 |\n"
        "|---|---|---|---|\n"
        "| 参加申込書の提出期限 | 7月5日 | (月) | 午後5時 |\n"
        "| 企画提案書の提出期限 | 7月20日 | (火) | 12:00 |\n"
        "| 審査結果の通知 | 7月30日 | (金) | |\n"
    )
    assert both(text) == [
        ("application", "2027-07-05", "17:00", "datetime"),
        ("submission", "2027-07-20", "12:00", "datetime"),
        ("result", "2027-07-30", None, "date"),
    ]


def test_a_full_date_with_a_long_weekday_in_the_next_cell():
    text = (
        "河川敷除草業務 一般競争入札 日程表\n"
        "手続\t日付\t曜日\t時刻\t場所\n"
        "入札参加資格確認申請書の提出期限\t2027/7/26\t月曜日\t17:00\t契約課\n"
        "入札書の提出\t2027/8/3\t火曜日\t10:00\t契約課\n"
        "開札\t2027/8/4\t水曜日\t10:30\t第2会議室\n"
    )
    assert both(text) == [
        ("application", "2027-07-26", "17:00", "datetime"),
        ("submission", "2027-08-03", "10:00", "datetime"),
        ("other", "2027-08-04", "10:30", "datetime"),
    ]


def test_a_schedules_month_day_and_weekday_columns_pasted_with_single_spaces():
    text = (
        "市立図書館 蔵書管理システム賃貸借 プロポーザル実施要領\n"
        "令和9年5月10日\n" + PROSE + "3 日程(令和9年度)\n"
        "No. 手続 月 日 曜 時刻 備考\n"
        "1 要領の公表 5 10 月 － ホームページ\n"
        "2 参加申込書の提出期限 5 21 金 17:00 持参\n"
        "3 資料の閲覧 5 24～28 月～金 10:00～16:00 要予約\n"
        "4 企画提案書の提出期限 6 11 金 正午 持参に限る\n"
        "5 プレゼンテーション 6 24～25 木・金 － 時刻は別途通知\n"
        "6 契約締結 7 上旬 － －\n" + CONTACT
    )
    assert both(text) == [
        ("published", "2027-05-10", None, "date"),
        ("application", "2027-05-21", "17:00", "datetime"),
        ("other", "2027-05-28", "16:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
        ("hearing", "2027-06-24", None, "date"),
        ("contract", "2027-07-01", None, "early_month"),
    ]


def test_spaced_date_part_columns_in_full_width_with_the_steps_name_spaced_too():
    text = (
        "令和９年度　排水路清掃業務委託　公募型プロポーザル\n" + PROSE + "\n"
        "手続　月　日　曜日　時間\n"
        "質問書 の提出期限　８　２　月曜日　１７：００\n"
        "参加表明書 の提出期限　８　６　金曜日　１２：００\n"
        "審査結果 の通知　９　中旬　―　―\n" + CONTACT
    )
    assert both(text) == [
        ("question", "2027-08-02", "17:00", "datetime"),
        ("application", "2027-08-06", "12:00", "datetime"),
        ("result", "2027-09-01", None, "mid_month"),
    ]


def test_spaced_date_part_columns_with_a_year_column():
    text = (
        "公園遊具更新工事 一般競争入札\n" + PROSE + "項目 年 月 日 時刻\n"
        "入札参加申請書の提出期限 R9 10 4 17:00\n"
        "入札書の提出期限 R9 10 18 10:00\n"
        "開札 R9 10 19 10:30\n" + CONTACT
    )
    assert both(text) == [
        ("application", "2027-10-04", "17:00", "datetime"),
        ("submission", "2027-10-18", "10:00", "datetime"),
        ("other", "2027-10-19", "10:30", "datetime"),
    ]


def test_a_bar_tables_date_part_columns_with_a_window_of_days():
    text = (
        "令和9年度 公民館管理システム 企画競争\n" + PROSE + "3 日程\n"
        "| 手続 | 月 | 日 | 曜 | 時刻 |\n"
        "|---|---|---|---|---|\n"
        "| 仕様書の閲覧 | 9 | 6～10 | 月～金 | 9:00～17:00 |\n"
        "| 企画書の提出期限 | 9 | 24 | 金 | 17:00 |\n"
        "| ヒアリング | 10 | 4～5 | 月・火 | |\n" + CONTACT
    )
    assert both(text) == [
        ("other", "2027-09-10", "17:00", "datetime"),
        ("submission", "2027-09-24", "17:00", "datetime"),
        ("hearing", "2027-10-04", None, "date"),
    ]


def test_an_earlier_rounds_dates_under_a_long_reference_heading_are_no_steps():
    text = (
        "R9 河川環境調査業務 提案準備メモ\n"
        "公告日\t2027/6/3(木)\n"
        "質問期限\t2027/6/10(木) 17:00\n"
        "提案書提出期限\t2027/6/24(木) 12:00\n"
        "\n"
        "方針: 前年度の反省を踏まえ、調査手法の具体性と現地体制を厚く書く。協力会社の見積りは来週中に取り寄せ、"
        "部長の了解を得てから参加を決める。様式は市のホームページから入手済み。提案書は20頁以内、副本は社名を伏せる。"
        "配置予定技術者は技術士(建設環境)を充てる予定で、本人の了解を得ている。現地踏査は提案書の提出前に一度行い、"
        "写真を添える。見積りは上限額の九割を目安とし、積算の根拠を別紙で示す。\n"
        "\n"
        "【参考】前年度 R8 河川環境調査業務（他社受注・当社は次点、技術点で差がついた）\n"
        "公告\t2026/6/4\t質問〆\t6/11\t提案書〆\t6/25\t結果通知\t7/9\n"
        "\n"
        "(参考) 過去の同種業務 R7 水辺の生き物調査業務委託（当社受注・随意契約へ移行）の経過\n"
        "公告 2025/5/30 提案書〆 6/20 契約 7/1\n"
    )
    assert both(text) == [
        ("published", "2027-06-03", None, "date"),
        ("question", "2027-06-10", "17:00", "datetime"),
        ("submission", "2027-06-24", "12:00", "datetime"),
    ]


def test_a_steps_hour_told_again_in_a_zone_abroad_is_no_step_of_its_own():
    text = (
        "Request for Proposals: Inbound Promotion in Europe and North America\n"
        "Issued by the Kirisato Convention Bureau\n"
        "\n"
        "1. Purpose\n"
        "The Bureau seeks a firm to plan and run trade promotion for meetings and incentive travel to Kirisato, "
        "including sales missions, familiarisation tours for planners and a small online campaign. The contract runs "
        "from the date it is signed until the end of the fiscal year, and the firm reports to the Bureau each month.\n"
        "\n"
        "Schedule (all times Japan Standard Time)\n"
        "Online briefing | Thursday, March 4, 2027, 9:00 a.m.\n"
        "Proposals due | Friday, March 19, 2027, 5:00 p.m.\n"
        "\n"
        "Note for bidders abroad: the briefing begins at 7:00 p.m. EST on Wednesday, March 3, 2027, and proposals are due "
        "by 8:00 a.m. GMT on 19 March 2027. Japan Standard Time governs.\n"
    )
    assert both(text) == [("other", "2027-03-04", "09:00", "datetime"), ("submission", "2027-03-19", "17:00", "datetime")]


BLOG_CALL = (
    "社会福祉法人 白浜会 ブログ\n"
    "令和9年度 給食配送業務の見積合わせのお知らせ\n"
    "当法人では、次のとおり給食配送業務の見積合わせを行います。参加を希望する事業者は、期限までに申込書を提出して"
    "ください。仕様書は事務局で配布します。見積書は封筒に入れ、封をして持参してください。郵送は受け付けません。\n"
    "・参加申込の締切 4月23日(金)午後4時\n"
    "・見積書の提出 5月7日(金)午前10時\n"
    "配送先は法人の運営する三つの施設で、毎日の昼食と夕食を保温容器で運ぶ。車両は受託者が用意し、衛生管理の記録を"
    "毎月提出すること。契約期間は令和9年6月1日から令和10年3月31日までとする。\n"
    "このお知らせは、法人のホームページにも掲載しています。お問合せは事務局(000-0000-0000)までお願いします。\n"
    "\n"
)


def test_a_blogs_sidebar_of_its_latest_posts_is_no_step():
    for heading in ("最近の投稿", "最新のお知らせ", "最新情報"):
        text = BLOG_CALL + (
            f"{heading}\n"
            "2027.04.12 給食配送業務の見積合わせのお知らせ\n"
            "2027.04.02 【職員募集】2027年6月採用 調理員募集(応募締切 5/14)\n"
            "2027.03.20 春の作品展を開催しました\n"
        )
        # (as written: run onto one line, the sidebar's heading stands inside the post's last paragraph)
        assert found(text) == [
            ("application", "2027-04-23", "16:00", "datetime"),
            ("submission", "2027-05-07", "10:00", "datetime"),
        ]
