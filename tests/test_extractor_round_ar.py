"""Dates that are not the call's steps, and which date is the call's publication (round ar): each test a few lines
written for its class."""

from tests.extractor_found import found

# --- a specification's dates are the work's -------------------------------------------------------------------


def test_a_specifications_work_plan_gives_no_steps():
    text = (
        "令和9年度 広報誌印刷・発送業務\n"
        "仕　様　書\n"
        "\n"
        "1 契約期間\n"
        "  契約締結日から令和9年9月30日(木)まで\n"
        "2 作業日程（予定）\n"
        "  受注者は、次の日程により作業計画書を作成し提出すること。\n"
        "  (1) 原稿の提供                令和9年6月4日(金)\n"
        "  (2) 初校の提出                令和9年6月18日(金)まで\n"
        "  (3) 納品                      令和9年7月9日(金)午前10時\n"
        "3 打合せ\n"
        "  (1) 印刷立会いは7月上旬に行う。\n"
        "  (2) 配送員説明会（令和9年7月12日(月)午後2時から）に出席させること。\n"
        "4 その他\n"
        "  受注者は、作業終了後、データ消去証明書を令和9年7月30日までに提出すること。\n"
    )
    assert found(text) == []


def test_a_specification_sent_by_mail_gives_no_steps():
    text = (
        "件名: 浜辺市 清掃業務の仕様書（参考）\n"
        "差出人: 営業部 <sales@example.jp>\n"
        "\n"
        "仕様書を共有します。公告の時期は未定とのことです。\n"
        "\n"
        "第3条（研修）\n"
        "  作業員には、市が主催する作業員説明会（令和9年3月2日（火）午前10時から）を受講させること。\n"
        "第4条（報告）\n"
        "  年次報告書を令和10年4月15日までに提出すること。\n"
    )
    assert found(text) == []


def test_a_specifications_own_section_on_the_call_keeps_its_steps():
    text = (
        "浄化槽保守点検業務 仕様書（抜粋）\n"
        "\n"
        "第5条 見積依頼から契約までの流れ\n"
        "  ① 見積書の提出期限　　2027年2月5日(金) 12時00分\n"
        "  ② 契約締結　　　　　　2027年2月下旬\n"
        "第6条 業務の日程\n"
        "  ① 初回点検　　　　　　2027年4月12日(月)\n"
    )
    assert found(text) == [
        ("submission", "2027-02-05", "12:00", "datetime"),
        ("contract", "2027-02-01", None, "late_month"),
    ]


def test_a_call_appended_to_a_specification_keeps_its_schedule():
    text = (
        "庁舎エレベーター保守点検業務 仕様書\n"
        "\n"
        "第1条 履行期間 令和9年4月1日から令和10年3月31日まで\n"
        "第2条 点検は、毎月第2火曜日に行い、報告書を令和9年4月20日までに提出すること。\n"
        "\n"
        "別紙\n"
        "庁舎エレベーター保守点検業務 見積合わせ実施要領\n"
        "1 日程\n"
        "  見積書の提出期限　令和9年3月5日(金)午後3時\n"
    )
    assert found(text) == [("submission", "2027-03-05", "15:00", "datetime")]


# --- the work's items under a call's 業務内容 ------------------------------------------------------------------


def test_a_calls_dated_steps_above_an_attached_specification_stay_steps():
    # a portal's description of the call, then its papers' text: the specification is one of them, not the whole
    text = (
        "市民活動ガイドブック作成業務委託\n"
        "萩野市\n"
        "市民活動ガイドブック作成業務委託に係る公募型プロポーザルを実施します。\n"
        "1 質問の受付期限 令和8年12月10日（木）17時\n"
        "2 企画提案書の提出期限 令和8年12月21日（月）16時\n"
        "【添付：仕様書.txt】\n"
        "仕様書\n"
        "第3条 校正は令和9年2月5日（金）までに2回行う。\n"
    )
    assert found(text) == [
        ("question", "2026-12-10", "17:00", "datetime"),
        ("submission", "2026-12-21", "16:00", "datetime"),
    ]


def test_the_works_events_under_its_key_on_a_numbered_line_are_no_steps():
    text = (
        "第2 業務概要\n"
        "  1 業務名    市民防災講座企画運営業務\n"
        "  3 業務内容  (1) 講座の企画及び運営\n"
        "                  開催予定日：令和8年10月3日（土）、10月10日（土）\n"
        "              (2) 受講者の募集・受付（広報紙9月1日号への掲載を含む。）\n"
        "第3 スケジュール\n"
        "  令和8年7月24日（金）午後5時   企画提案書提出期限\n"
    )
    assert found(text) == [("submission", "2026-07-24", "17:00", "datetime")]


def test_circled_items_of_the_work_stay_under_its_section():
    text = (
        "２　業務概要\n"
        "（１）業務名　受診勧奨業務委託\n"
        "（２）業務内容\n"
        "　①　対象者の抽出\n"
        "　②　勧奨通知の作成及び発送（令和１０年８月及び同年１１月の２回）\n"
        "３　日程\n"
        "　①　企画提案書提出期限　　令和１０年６月２日（金）１７：１５まで\n"
        "　②　審査結果通知　　　　　令和１０年６月下旬\n"
    )
    assert found(text) == [
        ("submission", "2028-06-02", "17:15", "datetime"),
        ("result", "2028-06-01", None, "late_month"),
    ]


# --- which date is the call's publication ----------------------------------------------------------------------


def test_papers_handed_out_from_the_notices_day_publish_the_call_on_it():
    text = (
        "入　札　公　告\n"
        "\n"
        "　次のとおり一般競争入札に付します。\n"
        "\n"
        "　令和9年6月14日\n"
        "\n"
        "　　　　　　　　国立研究開発法人海辺観測研究所\n"
        "　　　　　　　　　契約担当役　理事　山田　太郎\n"
        "\n"
        "1 入札説明書の交付方法　本公告の日から研究所ホームページからダウンロードにより交付する。\n"
        "2 入札説明書に対する質問の受付期限　令和9年7月2日(金)17時00分\n"
        "3 入札書の受領期限　令和9年7月30日(金)17時00分\n"
    )
    assert found(text) == [
        ("published", "2027-06-14", None, "date"),
        ("question", "2027-07-02", "17:00", "datetime"),
        ("submission", "2027-07-30", "17:00", "datetime"),
    ]


def test_a_labelled_call_notice_is_the_publication_not_a_papers_earlier_month():
    text = (
        "浄水場更新整備等事業 入札説明書\n"
        "\n"
        "第3 スケジュール\n"
        "| 日程 | 内容 |\n"
        "|---|---|\n"
        "| 令和9年6月1日（火） | 入札公告（入札説明書等の公表） |\n"
        "| 令和9年11月19日（金）正午 | 入札書及び提案書の提出期限 |\n"
        "\n"
        "第5 その他\n"
        "  提案書の作成に当たっては、令和8年度水道事業年報（令和9年3月公表）の数値を用いること。\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("submission", "2027-11-19", "12:00", "datetime"),
    ]


def test_the_steps_of_a_schedule_withdrawn_are_no_steps():
    text = (
        "公園指定管理者の追加募集について\n"
        "　令和9年7月26日\n"
        "1 当初募集との関係\n"
        "　当初募集の選定スケジュール（第1次審査 7月上旬、選定結果通知 8月下旬）は取り消し、次の2の日程により選定を行う。\n"
        "2 スケジュール\n"
        "　申請書類の受付期限　　令和9年8月20日（金）午後4時\n"
        "　選定結果の通知　　　　令和9年9月中旬\n"
    )
    assert found(text) == [
        ("submission", "2027-08-20", "16:00", "datetime"),
        ("result", "2027-09-01", None, "mid_month"),
    ]


# --- one row, the sittings of one body -------------------------------------------------------------------------


def test_a_bodys_sittings_in_brackets_are_a_step_each():
    text = (
        "3　公募スケジュール\n"
        "応募書類の提出期限　　令和10年5月12日（金）17:00\n"
        "審査委員会（書類審査・ヒアリング）　令和10年5月下旬\n"
        "採択結果の通知　　　　令和10年6月上旬\n"
    )
    assert found(text) == [
        ("submission", "2028-05-12", "17:00", "datetime"),
        ("other", "2028-05-01", None, "late_month"),
        ("hearing", "2028-05-01", None, "late_month"),
        ("result", "2028-06-01", None, "early_month"),
    ]
    text = "結果（決定業者名・契約金額）の公表　2025/10/24(金)（予定）\n"
    assert found(text) == [("result", "2025-10-24", None, "date")]


# --- when a detail of a step will be told ----------------------------------------------------------------------


def test_a_detail_told_by_part_of_a_month_or_by_a_day_is_no_step():
    # (round dp: by a day too — the answers of every notice that says so leave it out, 「ヒアリングの日時・方法は、
    # …までに参加者に通知する」 as 「…の時間割は、…までに通知」)
    text = (
        "3 日程\n"
        "  企画提案書 提出期限   2027年10月15日(金) 17:00\n"
        "  ヒアリング審査        2027年11月上旬\n"
        "5 審査\n"
        "  (2) ヒアリングの日時・場所は、提案者に10月下旬までに通知します。\n"
    )
    assert found(text) == [
        ("submission", "2027-10-15", "17:00", "datetime"),
        ("hearing", "2027-11-01", None, "early_month"),
    ]
    text = text.replace("10月下旬までに", "10月27日（水）までに")
    assert found(text) == [
        ("submission", "2027-10-15", "17:00", "datetime"),
        ("hearing", "2027-11-01", None, "early_month"),
    ]
