"""Notices of prefectures, cities and small issuers in the more set: a year written only in the 年度, …"""

import datetime as dt

from tenders.extractor.labels import kind_of
from tests.extractor_found import steps


def test_a_schedule_whose_only_year_is_the_fiscal_year_takes_the_year_its_weekdays_fit():
    # 令和10年度's work is called for in the February before it (2028): the weekdays say so, not the fiscal year
    text = (
        "令和10年度 広報紙編集業務 企画提案募集要項\n"
        "1 スケジュール\n"
        "　　募集開始　　　　　　2月7日（月）\n"
        "　　質問への回答　　　　2月10日 ホームページに掲載\n"
        "　　企画提案書の提出　　2月14日（月）16時まで\n"
        "　　契約の締結　　　　　3月下旬（予定）\n"
        "2 業務期間　契約締結日から年度末（3月31日）まで\n"
    )
    assert steps(text) == [
        ("published", dt.date(2028, 2, 7), None, "date"),
        ("answer", dt.date(2028, 2, 10), None, "date"),
        ("submission", dt.date(2028, 2, 14), dt.time(16, 0), "datetime"),
        ("contract", dt.date(2028, 3, 1), None, "late_month"),
    ]


def test_a_change_of_dates_written_with_arrows_voids_the_old_dates_in_the_notice_quoted_below():
    text = (
        "【重要】入札日程の変更について（令和9年2月16日）\n"
        "　　項目　　　　　　　　　　（旧）　　　　　　　　（新）\n"
        "　　参加申請書の提出期限　　2月17日（水）17時　　→　2月24日（水）17時\n"
        "　　入札書の提出期限　　　　3月3日（水）必着　　　→　3月10日（水）必着\n"
        "※下の公告文は掲載当初のまま掲載しています。\n"
        "一般競争入札公告\n"
        "1 参加申請書の提出期限　令和9年2月17日（水）午後5時\n"
        "2 入札書の提出期限　令和9年3月3日（水）必着\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 2, 24), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 3, 10), None, "date"),
    ]


def test_documents_handed_in_together_are_one_step_each_with_the_same_deadline():
    # (the answer rules: a combined row gives one milestone per step, so the paper of each step is its own)
    text = "(5) 競争参加資格確認申請書及び技術提案書の提出期限　令和9年2月26日（金）正午\n"
    assert steps(text) == [
        ("application", dt.date(2027, 2, 26), dt.time(12, 0), "datetime"),
        ("submission", dt.date(2027, 2, 26), dt.time(12, 0), "datetime"),
    ]
    text = "(6) 審査結果の通知・契約の締結　令和9年3月下旬\n"
    assert [kind for kind, *_ in steps(text)] == ["result", "contract"]


def test_a_date_that_ends_a_sentence_has_no_steps_listed_under_it():
    text = (
        "8 その他\n"
        " (1) 現行の機器は令和5年度に更新したものである(リース期間は\n"
        "     令和10年9月30日まで)。\n"
        " (2) 本公告に関する問合せ先\n"
        "     契約手続に関すること: 契約課\n"
    )
    assert steps(text) == []


def test_the_date_under_a_documents_title_and_a_deliverable_of_the_work_are_no_steps():
    text = (
        "区民意識調査業務委託\n"
        "企画提案募集要項\n"
        "\n"
        "令和9年7月5日\n"
        "萩ノ森区　区長室　広聴課\n"
        "\n"
        "1 企画提案書の提出期限　令和9年8月6日（金）正午まで\n"
        "2 その他\n"
        "（1）報告書の納品期限は令和10年3月10日とし、速報値（単純集計）は令和9年11月26日までに提出するものとします。\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 8, 6), dt.time(12, 0), "datetime")]


def test_a_windows_start_ending_a_row_goes_on_with_its_end_on_the_next_row_and_a_named_closure_is_no_step():
    text = (
        "項目\t日程\t備考\n"
        "実施要領の公表\t令和9年4月16日(金)\t市ホームページに掲載\n"
        "質問書の受付\t令和9年4月16日(金)から\n"
        "\t令和9年5月7日(金)17時00分まで\t電子メールに限る\n"
        "\n"
        "※ 令和9年4月29日(木)から5月5日(水)までの大型連休期間中は、持参による書類の受付は行いません。\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 4, 16), None, "date"),
        ("question", dt.date(2027, 5, 7), dt.time(17, 0), "datetime"),
    ]


def test_a_sentence_under_an_items_heading_that_names_no_step_is_the_items():
    text = (
        "第10 選定方法\n"
        "3 第2次審査(プレゼンテーション及びヒアリング)\n"
        "　第1次審査を通過した団体を対象に、令和10年8月22日(火)に実施する予定です。\n"
        "4 村議会との関係\n"
        "　基本計画案は、令和11年2月頃に村議会全員協議会へ報告する予定です。\n"
    )
    assert steps(text) == [("hearing", dt.date(2028, 8, 22), None, "date")]


def test_a_notice_signed_by_the_superintendent_and_a_sentence_wrapped_before_its_date():
    text = (
        "　公募型プロポーザルを実施するので、\n"
        "次のとおり告示する。\n"
        "\n"
        "　令和9年10月1日\n"
        "\n"
        "　　　　　　　　　　　　萩間町教育委員会\n"
        "　　　　　　　　　　　　　教育長　　栗林　史郎\n"
        "\n"
        "第4　手続の日程等\n"
        "　3　参加表明書の提出\n"
        "　　　本プロポーザルに参加を希望する者は、参加表明書（様式第1号）及び業務実績\n"
        "　　調書（様式第3号）を、令和9年10月20日（水曜日）16時30分までに、学校教育課へ持参\n"
        "　　又は郵送（必着）により提出すること。\n"
    )
    assert steps(text) == [("application", dt.date(2027, 10, 20), dt.time(16, 30), "datetime")]


def test_a_spreadsheets_date_pasted_as_its_serial_number_is_read_when_its_weekday_agrees():
    text = (
        "No.\t手続\t開始日\t曜\t終了日\t曜\t時刻\n"
        "6\t入札書の提出\t2027/10/5\t火\t46672\t火\t16:00\n"
        "7\t開札\t2027/10/14\t木\t\t\t10:00\n"
        "8\t予定数量\t\t\t46672\t水\t\n"
        "\n"
        "(4) 契約締結は、落札決定後速やかに（10月中旬を予定）行う。\n"
    )
    assert steps(text) == [
        ("contract", dt.date(2027, 10, 1), None, "mid_month"),
        ("submission", dt.date(2027, 10, 12), dt.time(16, 0), "datetime"),
        ("other", dt.date(2027, 10, 14), dt.time(10, 0), "datetime"),
    ]


def test_a_holiday_named_for_the_day_and_a_schedule_given_for_reference_are_no_steps():
    text = (
        "1 見積書の提出期限　令和9年9月10日（金）16:00まで\n"
        "\n"
        "　　　【参考】入居者募集（公社の定期募集）\n"
        "　　　　　申込受付　11/4（木）～11/12（金）\n"
        "\n"
        "2 開札の日時及び場所\n"
        "　（1）日時　令和9年7月20日(火曜日)午前10時\n"
        "　　　　　（7月19日(月曜日)は海の日のため、翌日となっている。）\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 7, 20), dt.time(10, 0), "datetime"),
        ("submission", dt.date(2027, 9, 10), dt.time(16, 0), "datetime"),
    ]


def test_the_dates_under_what_is_put_to_tender_are_the_works():
    text = (
        "1　競争入札に付する事項\n"
        "　(1) 件名　自動貸出返却装置一式の賃貸借\n"
        "　(2) 納入・設置期限　2027年6月25日（金）\n"
        "2　入札書の提出期限　2027年5月14日（金）17時00分\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 5, 14), dt.time(17, 0), "datetime")]


def test_an_event_among_the_tasks_of_the_work_is_no_step_of_the_call():
    text = (
        "3 業務内容\n"
        "　(1) フェアの企画・運営マニュアルの作成\n"
        "　(2) 出展者の募集・調整及び出展者説明会の開催（8月下旬予定）\n"
        "4 企画提案書の提出期限　令和9年6月4日（金）17時\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime")]


def test_a_briefings_papers_put_up_after_a_day_are_no_step():
    text = (
        "説明会\n"
        "説明会は、2027年6月8日(火曜日)午後2時からWeb会議で開催します。\n"
        "説明会への参加は任意です。説明会で使用した資料は、2027年6月10日(木曜日)以降にこのページに掲載します。\n"
    )
    assert steps(text) == [("other", dt.date(2027, 6, 8), dt.time(14, 0), "datetime")]


def test_the_basic_agreement_is_the_contract_the_yearly_one_and_a_handover_are_not():
    text = (
        "第5章　指定及び協定\n"
        "1　協定の締結\n"
        "　指定後、令和10年2月頃に、指定期間全体の基本協定を締結します。令和10年度の年度協定は、令和10年3月に締結します。\n"
        "2　引継ぎ\n"
        "　令和10年2月から3月までの間に、現指定管理者との間で引継ぎを行っていただきます。\n"
    )
    assert steps(text) == [("contract", dt.date(2028, 2, 1), None, "month")]


def test_a_rows_cell_nearest_its_date_names_the_step_the_one_before_its_stage():
    text = (
        "段階\t手続\t日程\n"
        "審査\t第一次審査（書類審査）\t令和9年9月中旬\n"
        "\t第二次審査（ヒアリング）\t令和9年10月5日（火）\n"
        "指定\t指定の告示\t令和9年12月下旬\n"
    )
    assert [(kind, date, precision) for kind, date, _, precision in steps(text)] == [
        ("other", dt.date(2027, 9, 1), "mid_month"),
        ("hearing", dt.date(2027, 10, 5), "date"),
        ("other", dt.date(2027, 12, 1), "late_month"),
    ]


def test_who_acts_as_a_sentences_topic_leaves_the_act_to_name_the_step():
    text = "　選定された候補者は、令和10年12月の市議会定例会に指定の議案を提出し、その議決を経て指定します。\n"
    assert [kind for kind, *_ in steps(text)] == ["other"]


def test_a_sample_of_the_product_handed_in_is_other():
    assert kind_of("見本品の提出") == "other"
    assert kind_of("入札書の提出") == "submission"


def test_a_publication_before_the_notices_own_date_gives_way_to_one_from_it_on():
    text = (
        "一般競争入札公告\n"
        "　令和9年10月7日\n"
        "　　　　　　　　　　葦野江土地改良区　理事長　某\n"
        "1　設計図書の閲覧及び交付\n"
        "　期間　令和9年10月7日（木）から10月21日（木）まで\n"
        "2　その他\n"
        "　本公告は令和9年5月28日開\n"
        "　催の通常総代会において議決された事業計画に基づくものである。\n"
    )
    assert steps(text) == [("published", dt.date(2027, 10, 7), None, "date")]
