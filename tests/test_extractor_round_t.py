"""Dates that are no steps of the call's own procedure (round t): the contracted work's own events, sections given
for reference, a 「同日」 that points to another section's date. Each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- the work's own events ---------------------------------------------------------------------------------


def test_a_triangle_heading_of_the_work_holds_the_works_dates():
    text = (
        "▼業務の概要\n"
        "　(ア) 参加者の受付及び問合せ対応（受付期間：2027年5月10日(月曜日)〜6月30日(水曜日)）\n"
        "　(イ) 記念品の発送\n"
        "▼日程\n"
        "　企画提案書の提出期限　2027年3月5日(金曜日)午後5時\n"
    )
    assert found(text) == [("submission", "2027-03-05", "17:00", "datetime")]


def test_a_heading_given_for_reference_holds_no_step():
    text = (
        "■企画提案書の提出\n"
        "企画提案書は、令和9年1月15日（金）正午までに提出してください。\n"
        "■（参考）業務の実施時期\n"
        "◆ 2027年6月\n"
        "　上旬　　　　第１回案内通知の発送\n"
    )
    assert kinds(text) == ["submission"]
    # the bracket after the heading's words, the table a blank line below it
    text = (
        "3　発送見込み（参考）\n"
        "　前年度実績による見込みである。\n"
        "\n"
        "発送月\t通知の種類\t通数\n"
        "6月\t利用通知（1～3月分）\t12,000\n"
        "9月\t利用通知（4～6月分）\t15,000\n"
        "\n"
        "4　日程\n"
        "（1）質問の受付期限　令和8年3月13日（金）正午\n"
    )
    assert found(text) == [("question", "2026-03-13", "12:00", "datetime")]


def test_a_schedule_given_for_reference_keeps_its_steps():
    text = "3　日程（参考）\n（1）企画提案書の提出期限　令和8年4月3日（金）午後5時\n"
    assert kinds(text) == ["submission"]


# --- dates referred to elsewhere ---------------------------------------------------------------------------


def test_the_same_day_of_an_item_referred_to_is_not_the_date_before():
    text = (
        "5　日程\n"
        "No.5　企画提案書提出期限　令和8年4月3日（金）\n"
        "6　企画提案書の提出\n"
        "（1）提出方法　持参又は郵送（事務所は令和8年3月30日（月）及び31日（火）は休業のため受付を行いません）\n"
        "（2）提出期限　日程表No.5のとおり（郵送の場合も同日17:00必着）\n"
    )
    assert found(text) == [("submission", "2026-04-03", None, "date")]


def test_a_date_word_with_the_period_of_performance_in_brackets_is_the_works():
    text = (
        "■ 見積書の提出期限\n"
        "　2027/2/8(月) 17:00\n"
        "■ 作業予定日（履行期間）\n"
        "　2027/3/13(土) 8:30 ～ 2027/3/14(日) 17:00\n"
    )
    assert found(text) == [("submission", "2027-02-08", "17:00", "datetime")]


def test_days_of_the_issuers_own_event_when_nothing_is_handed_in():
    text = (
        "　　入札書の提出期限　　　令和9年3月1日(月) 正午\n"
        "　　※ 入学試験（前期日程）の実施に伴い、令和9年2月25日(木)及び2月26日(金)は構内への立入りを制限するため、"
        "書類の持参による提出はできない。\n"
    )
    assert found(text) == [("submission", "2027-03-01", "12:00", "datetime")]


# --- a page's own fields -----------------------------------------------------------------------------------


def test_a_portals_timestamp_below_its_title_fields_is_no_step():
    text = (
        "入札システム　＞　入札情報公開　＞　案件詳細\n"
        "\n"
        "案件詳細\n"
        "────────────────\n"
        "発注機関　　　　　　　　港市\n"
        "案件名称　　　　　　　　庁舎清掃業務委託（長期継続契約）\n"
        "業種　　　　　　　　　　業務委託／清掃\n"
        "入札方式　　　　　　　　一般競争入札（電子入札）\n"
        "公開日　　　　　　　　　2027/05/10\n"
        "更新日時　　　　　　　　2027/05/10 09:12\n"
        "入札書提出期限　　　　　2027/05/24 17:00\n"
    )
    assert kinds(text) == ["submission"]


# --- the work's payments, handover and funding -------------------------------------------------------------


def test_the_works_payments_and_handover_are_no_steps():
    text = (
        "(1) 入札書の提出期限 令和9年2月10日(水)午後5時\n"
        "(2) 業務の引継ぎは令和9年3月中に現受託者との間で行うこと。\n"
        "(3) 契約は2回払い(令和9年9月・令和10年3月)とする。\n"
        "(4) 請求 令和9年5月10日(月) 支払期限 令和9年6月9日(水)\n"
    )
    assert kinds(text) == ["submission"]


def test_a_grant_the_work_is_paid_from_is_no_step_of_the_call():
    text = (
        "本業務は県の補助金を活用します。補助金の交付申請は令和8年6月30日(火)に提出済みで、"
        "交付決定は令和8年8月下旬の見込みです。\n"
        "企画提案書の提出期限　令和8年7月17日(金)午後5時\n"
    )
    assert kinds(text) == ["submission"]
    # a period of the work that starts on the grant's decision
    text = "◇応募書類の受付期間　5/27(月)～6/21(金)17:00\n◇事業実施期間　交付決定日～2025年1月31日\n"
    assert kinds(text) == ["submission"]
    # a call for subsidies: its own grant decision, in its schedule, is a step
    text = "６．採択結果の通知\n　　　2027年6月上旬（予定）\n７．交付決定\n　　　2027年6月中旬（予定）\n"
    assert kinds(text) == ["result", "result"]


def test_a_period_that_starts_on_the_contract_ends_no_step():
    text = (
        "（2）企画競争説明書の説明\n"
        "　・事業期間は、契約締結日から来年3月31日まで。\n"
        "　・企画書の提出期限は、令和9年2月3日（水）の正午です。\n"
    )
    assert kinds(text) == ["submission"]
    # a narrow column wraps the era's year onto the label's line
    text = "２　業務期間\n　契約締結日から令和９\n　年３月３１日（水）ま\n　で\n３　提出期限\n　令和８年１０月２日（金）正午\n"
    assert kinds(text) == ["submission"]


# --- sentences that speak of a paper named elsewhere -------------------------------------------------------


def test_a_copy_of_a_notice_handed_in_with_the_application_is_no_result():
    text = (
        "（1）参加を希望する者は、参加申込書（様式2）及び3（2）の資格審査結果通知書の写しを、"
        "令和8年6月25日（木）17時までに電子メールで提出すること。\n"
    )
    assert found(text) == [("application", "2026-06-25", "17:00", "datetime")]


def test_a_sentence_that_hands_in_the_papers_named_above_is_their_step():
    text = (
        "(2) 競争参加資格確認書類の提出期限　令和8年6月9日(火)17時00分\n"
        "(3) 入札書の受領期限　令和8年6月22日(月)12時00分\n"
        "　　ただし、当該書類は、令和8年6月9日17時00分までに上記3(1)の場所へ提出することができる。\n"
    )
    assert kinds(text) == ["application", "submission"]


def test_a_target_the_work_aims_at_is_no_step():
    text = (
        "・企画書の提出期限は、令和9年2月3日（水）の正午です。\n"
        "・利用者アンケートの回答の締切は、令和9年1月中を目標としています。\n"
    )
    assert kinds(text) == ["submission"]
