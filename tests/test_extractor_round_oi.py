"""A schedule drawn sideways whose cells one space parts (round oi): a row of steps headed 項目 (区分, 手続) over a row
of as many dates headed 日付 (日程, 期日), then rows of weekdays and times; each date read with its step and its time, as
written and run onto one line (a PDF's text layer, a portal page). Each text invented for its form."""

from tests.extractor_found import found, one_line


def test_a_sideways_schedule_of_era_abbreviated_dates():
    text = (
        "令和9年度 鶴見町観光パンフレット作成業務 公募型プロポーザル実施要領\n"
        "３ 日程\n"
        "　次のとおりとする。時刻の記載のないものは終日とする。\n"
        "項目 公告 質問期限 回答 参加申込期限 提案書提出期限 審査会 結果通知\n"
        "日付 R9.4.6 R9.4.14 R9.4.20 R9.4.27 R9.5.18 R9.5.28 R9.6上旬\n"
        "曜日 (火) (水) (火) (火) (火) (金) ―\n"
        "時刻 ― 17:00 ― 17:00 12:00 10:00～ ―\n"
        "※R9は令和9年をいう。\n"
        "４ 参加資格\n"
        "(1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
        "(2) 鶴見町の物品購入等入札参加資格者名簿に登載されている者であること。\n"
        "(3) 過去5年以内に地方公共団体の観光パンフレット作成業務を元請として完了した実績を有する者であること。\n"
        "５ 提出先\n"
        "　鶴見町 商工観光課 観光振興係（電話 000-0000-0000、電子メール kanko@example.jp）\n"
    )
    expected = [
        ("published", "2027-04-06", None, "date"),
        ("question", "2027-04-14", "17:00", "datetime"),
        ("answer", "2027-04-20", None, "date"),
        ("application", "2027-04-27", "17:00", "datetime"),
        ("submission", "2027-05-18", "12:00", "datetime"),
        ("hearing", "2027-05-28", "10:00", "datetime"),
        ("result", "2027-06-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_sideways_schedule_headed_by_procedure_and_slashed_dates():
    text = (
        "岬野市地域公共交通計画策定支援業務委託 企画提案募集要項\n"
        "５ スケジュール\n"
        "手続 募集開始 参加表明書提出 企画提案書提出 ヒアリング 契約締結\n"
        "期日 2026/7/1 2026/7/15 2026/8/5 2026/8/19 2026/9/1\n"
        "時間 ― 17:00 17:00 13:30 ―\n"
        "方法 市HP 電子メール 持参 対面 ―\n"
        "６ 提出方法\n"
        "(1) 参加表明書は電子メールにより提出すること。件名は「交通計画プロポーザル参加表明」とすること。\n"
        "(2) 企画提案書は正本1部及び副本6部を持参により提出すること。郵送による提出は認めない。\n"
        "(3) ヒアリングの開始時刻は参加者ごとに別途通知する。1者あたり説明20分、質疑10分とする。\n"
        "(4) 提出された書類は返却しない。提出後の差し替え及び再提出は認めない。\n"
        "７ 提出先\n"
        "　岬野市 都市計画課 交通政策係（電話 000-0000-0000、電子メール kotsu@example.jp）\n"
    )
    expected = [
        ("published", "2026-07-01", None, "date"),
        ("application", "2026-07-15", "17:00", "datetime"),
        ("submission", "2026-08-05", "17:00", "datetime"),
        ("hearing", "2026-08-19", "13:30", "datetime"),
        ("contract", "2026-09-01", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a portal's page of fields: a key and its value parted by a tab, a rule drawn across between its tables ---------


def _portal_page(mark: str, rule: str) -> str:
    return (
        "紅梅県電子調達システム 入札情報サービス\n"
        "発注情報詳細\n"
        f"{rule}\n"
        "案件番号\t2027000123\n"
        "案件名称\t紅梅県立図書館空調設備更新工事\n"
        "入札方式\t条件付一般競争入札（事後審査型）\n"
        "工期\t契約締結日の翌日から2028/02/25まで\n"
        f"{rule}\n"
        "日程情報\n"
        f"{rule}\n"
        "公告日\t2027/06/01\n"
        "質問書受付期間\t2027/06/01 09:00 ～ 2027/06/09 17:00\n"
        f"質問回答予定日\t2027/06/14{mark}\n"
        "入札書受付期間\t2027/06/21 09:00 ～ 2027/06/25 17:00\n"
        f"開札予定日時\t2027/06/28 10:00{mark}\n"
        f"{rule}\n"
        "添付ファイル\n"
        "ファイル名\t登録日時\tサイズ\n"
        "入札公告.pdf\t2027/06/01 09:00\t298KB\n"
        "設計図書.zip\t2027/06/01 09:00\t12.4MB\n"
        f"{rule}\n"
        "問合せ先\n"
        "紅梅県 営繕課 契約係 電話 000-0000-0000\n"
    )


def test_a_portal_page_of_fields_with_changed_marks_and_rules_between_its_tables():
    """On one line a 【変更】 mark after a value's date begins no item, and the rule ends the table of two columns
    before the table of three (attachments) under it."""
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-09", "17:00", "datetime"),
        ("answer", "2027-06-14", None, "date"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("other", "2027-06-28", "10:00", "datetime"),
    ]
    for mark, rule in (("\u3000【変更】", "─" * 36), (" 【更新】", "=" * 40), ("", "━" * 30)):
        text = _portal_page(mark, rule)
        assert found(text) == expected, (mark, rule)
        assert found(one_line(text)) == expected, (mark, rule)
