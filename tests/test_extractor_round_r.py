"""Steps of large calls, of reviews and of goods, and dates in kanji numerals (round r): each test a few lines
written for its class."""

from tests.extractor_found import found, kinds

# --- kinds and vocabulary ----------------------------------------------------------------------------------


def test_a_competitive_dialogue_is_a_step_of_its_own():
    text = (
        "日程\n"
        "・参加表明書の提出期限 2027年5月14日（金）午後5時\n"
        "・競争的対話（第1回） 2027年6月下旬\n"
        "・競争的対話（第2回） 2027年8月上旬\n"
    )
    assert kinds(text) == ["application", "other", "other"]
    text = "(4) 競争的対話 令和10年8月下旬\n(5) 提案書の提出期限 令和10年10月30日(月)正午\n"
    assert kinds(text) == ["other", "submission"]
    # its registration is the application
    text = "(3) 競争的対話の参加申込期限 令和10年7月14日(金)午後5時\n"
    assert kinds(text) == ["application"]


def test_a_review_named_by_its_bracket_or_by_what_it_reviews():
    text = "⑤ 技術審査(デモンストレーション) 2027年7月21日(水)午前10時\n"
    assert found(text) == [("hearing", "2027-07-21", "10:00", "datetime")]
    text = "・企画提案審査（複数の申出があった場合） 令和9年1月下旬\n"
    assert kinds(text) == ["hearing"]
    text = "③ 審査（書類審査及び実地確認） 令和7年3月上旬\n④ 審査（ヒアリング） 令和7年3月下旬\n"
    assert kinds(text) == ["other", "hearing"]


def test_steps_of_goods_and_of_an_online_hearing():
    text = "下取車両の現車確認を希望する場合は、令和7年4月25日(金)までに総務課財政係へ電話で申し出ること。\n"
    assert found(text) == [("other", "2025-04-25", None, "date")]
    text = "令和7年度 AI-OCR導入業務\n・事前に接続テストを6月18日(水曜)に行います(時間は個別に調整します)。\n"
    assert kinds(text) == ["other"]
    text = "（４）承認の可否は、令和10年1月31日（月曜）までに申請者あてに書面で通知する。\n"
    assert found(text) == [("result", "2028-01-31", None, "date")]


def test_an_optional_test_is_no_step():
    text = (
        "・企画提案書の提出期限 令和9年1月8日(金)午後5時\n"
        "※オンライン審査会はZoomで行います。接続テストを1/12（火）〜1/13（水）に行います（任意）。\n"
    )
    assert kinds(text) == ["submission"]


def test_a_comment_on_a_draft_specification_is_no_hand_in():
    text = "２　意見の提出\n　⑴　意見の提出期限　2026年2月9日　17時00分（郵送の場合は必着のこと。）\n"
    assert found(text) == [("other", "2026-02-09", "17:00", "datetime")]
    # questions and comments together are the questions
    text = "(2) 質問・意見の提出期限 令和8年6月5日(金)午後5時\n"
    assert kinds(text) == ["question"]


# --- the qualification papers of a bid ---------------------------------------------------------------------


def test_papers_listed_above_a_window_take_the_first_papers_step():
    text = (
        "入札に参加を希望する方は、次の書類を総務課財政契約係へ持参してください(郵送不可)。\n"
        "　・条件付一般競争入札参加資格確認申請書(様式1)\n"
        "　・業務実績調書(様式2)と契約書の写し\n"
        "　・高所作業車の保有又は手配を証する書類\n"
        "\n"
        "受付期間　2026年11月9日(月)から11月16日(月)まで\n"
    )
    assert kinds(text) == ["application"]
    text = (
        "　◆落札候補者は、次の書類を提出してください。\n"
        "　　・事後審査型条件付一般競争入札参加資格確認申請書（様式第3号）\n"
        "　　・配置予定技術者調書（様式第5号）及び資格者証の写し\n"
        "\n"
        "　◆提出期限　令和9年11月26日（金）正午\n"
    )
    assert found(text) == [("application", "2027-11-26", "12:00", "datetime")]
    # a list of the proposal's papers is the proposal
    text = (
        "次の書類を提出すること。\n"
        "・企画提案書（様式第4号）\n"
        "・見積書（様式第5号）\n"
        "提出期限　令和9年7月21日（水）午後5時\n"
    )
    assert kinds(text) == ["submission"]


def test_the_technical_papers_of_a_nominated_bid_are_its_application():
    text = (
        "| 1 | 技術資料の提出（電子入札システム） | 令和10年6月6日（火）9時00分から令和10年6月16日（金）17時00分まで |\n"
        "| 2 | 指名・非指名通知 | 令和10年6月23日（金） |\n"
        "| 3 | 入札書の提出 | 令和10年7月6日（木）9時00分から令和10年7月10日（月）16時00分まで |\n"
    )
    assert kinds(text) == ["application", "result", "submission"]


# --- a notice of the 官報 in kanji numerals, its schedule repeated for reference ---------------------------------


def test_kanji_numerals_and_the_schedule_repeated_under_a_reference_heading():
    text = (
        "　⑶　入札説明会の日時及び場所　令和八年十月十五日午後二時　管理棟二階会議室\n"
        "　⑷　入札書の受領期限　令和八年十一月二十五日午後五時\n"
        "　⑺　Time-limit for tender: 5:00 P.M. 25 November, 2026\n"
        "【参考】入札説明書（抜粋）　主な日程\n"
        "　・仕様書に関する質問の受付期限　令和8年10月22日(木)午後5時（電子メール）\n"
        "　・質問に対する回答　令和8年10月30日(金)までに質問者全員に電子メールで回答\n"
        "　・入札書の受領期限　令和8年11月25日(水)午後5時\n"
    )
    assert found(text) == [
        ("other", "2026-10-15", "14:00", "datetime"),
        ("question", "2026-10-22", "17:00", "datetime"),
        ("answer", "2026-10-30", None, "date"),
        ("submission", "2026-11-25", "17:00", "datetime"),
    ]
    # a schedule of an earlier year given for reference is none of this call's steps
    text = (
        "(1) 企画提案書の提出期限 令和8年7月10日(金)午後5時\n"
        "【参考】前年度の日程\n"
        "・企画提案書の提出期限 令和7年7月11日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2026-07-10", "17:00", "datetime")]


# --- a schedule written date first, a line each ------------------------------------------------------------


def test_the_last_row_of_a_date_first_schedule_before_the_next_section():
    text = (
        "2027年12月上旬\n"
        "基本協定の締結\n"
        "2028年1月中旬\n"
        "仮契約の締結\n"
        "2028年3月下旬\n"
        "市議会の議決・本契約の締結\n"
        "\n"
        "質問の受付について\n"
        "提出方法：様式1（質問書）に記入の上、電子メールで提出してください。\n"
    )
    assert found(text) == [
        ("contract", "2027-12-01", None, "early_month"),
        ("contract", "2028-01-01", None, "mid_month"),
        ("other", "2028-03-01", None, "late_month"),
        ("contract", "2028-03-01", None, "late_month"),
    ]
    # the heading after the blank line is no step of the last date
    assert kinds("2028年1月中旬\n仮契約の締結\n2028年3月下旬\n本契約の締結\n\n質問について\n") == ["contract", "contract"]


# --- steps named after their date, under a heading of another step ------------------------------------------


def test_a_contract_signed_as_of_a_day():
    text = "選定結果は3月上旬までに応募者全員に通知し、令和9年4月1日（木曜）付けで契約を締結する予定です。\n"
    assert kinds(text) == ["result", "contract"]
    # a document dated that day is no step
    text = "(1) 企画提案書の提出期限 令和9年2月12日(金)午後5時\n(2) 令和8年4月1日付けで制定した要綱による。\n"
    assert kinds(text) == ["submission"]


def test_the_answers_made_known_under_the_heading_of_the_questions():
    text = (
        "令和7年度 AI-OCR導入業務\n"
        "■質問の受付\n"
        "・受付は5月21日(水曜)午後3時までとします。\n"
        "・5月27日(火曜)までに、このページで全ての質問と回答を公表します。\n"
    )
    assert kinds(text) == ["question", "answer"]


def test_the_registration_under_a_briefings_heading_is_the_briefings():
    text = (
        "◆ 応募説明会\n"
        "　　令和8年7月15日（水曜日）午前10時から\n"
        "　　参加申込期限：令和8年7月10日（金曜日）17時15分\n"
        "◆ 応募申込書の提出\n"
        "　　参加申込期限：令和8年8月7日（金曜日）17時15分\n"
    )
    assert found(text) == [
        ("other", "2026-07-10", "17:15", "datetime"),
        ("other", "2026-07-15", "10:00", "datetime"),
        ("application", "2026-08-07", "17:15", "datetime"),
    ]


def test_a_visit_held_after_the_briefing_on_its_day_is_a_step_of_its_own():
    text = (
        "◆ 応募説明会\n"
        "　　令和8年7月15日（水曜日）午前10時から\n"
        "◆ 施設見学会\n"
        "　　令和8年7月15日（水曜日）応募説明会終了後に実施\n"
    )
    assert found(text) == [("other", "2026-07-15", "10:00", "datetime"), ("other", "2026-07-15", None, "date")]
    # the briefing given again in the schedule is the same step
    text = "◆ 応募説明会\n　　令和8年7月15日（水曜日）午前10時から\n・日程　応募説明会　令和8年7月15日\n"
    assert found(text) == [("other", "2026-07-15", "10:00", "datetime")]
