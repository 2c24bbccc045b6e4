"""Long notices (round em): where a step's date stands in a notice of many parts (参加資格, 提出書類, 様式 …), and the
dates those parts give that set no step of the call. Each test a few lines written for its device, the call's own
steps kept beside it."""

from tests.extractor_found import found

# --- a hearing over a few days whose year the line does not write ------------------------------------------


def test_a_hearing_over_days_without_a_year_is_its_first_day():
    text = (
        "令和8年度 観光誘客事業 企画提案募集要項\n"
        "4 日程\n"
        "　① 企画提案書の提出期限　　5月8日（金）午後5時\n"
        "　② 審査会（プレゼンテーション）　5月19日（火）～5月21日（木）のうち1日\n"
        "　③ 審査結果の通知　　　　　5月下旬\n"
    )
    assert found(text) == [
        ("submission", "2026-05-08", "17:00", "datetime"),
        ("hearing", "2026-05-19", None, "date"),
        ("result", "2026-05-01", None, "late_month"),
    ]


def test_a_questions_window_without_a_year_keeps_its_end():
    text = (
        "令和8年度 観光誘客事業 企画提案募集要項\n"
        "　① 質問の受付　　5月11日（月）～5月13日（水）午後5時まで\n"
        "　② 審査会（プレゼンテーション）　5月19日（火）\n"
    )
    assert found(text) == [
        ("question", "2026-05-13", "17:00", "datetime"),
        ("hearing", "2026-05-19", None, "date"),
    ]


# --- a heading of no outline mark over numbered items ------------------------------------------------------


def test_a_deadline_item_under_its_steps_heading_is_that_step():
    text = (
        "令和8年度 観光サイト改修業務 公募型プロポーザル実施要領\n"
        "◆参加申込書の提出\n"
        "１　提出書類　参加申込書（様式１）及び会社概要（様式２）\n"
        "２　提出期限　令和8年6月12日（金）午後5時15分まで\n"
        "３　提出方法　電子メール\n"
        "\n"
        "◆企画提案書の提出\n"
        "１　提出書類　企画提案書　正本１部・副本７部\n"
        "２　提出期限　令和8年7月10日（金）午後5時15分（必着）\n"
    )
    assert found(text) == [
        ("application", "2026-06-12", "17:15", "datetime"),
        ("submission", "2026-07-10", "17:15", "datetime"),
    ]


def test_a_heading_with_a_sentence_between_names_no_items_step():
    text = (
        "令和8年度 観光サイト改修業務 公募型プロポーザル実施要領\n"
        "◆参加申込書の提出\n"
        "参加を希望する者は、次により書類を提出すること。\n"
        "１　提出書類　企画提案書\n"
        "２　提出期限　令和8年7月10日（金）午後5時15分（必着）\n"
    )
    assert [kind for kind, *_ in found(text)] != ["application"]


# --- a proviso of the qualifications for a bidder not yet registered ----------------------------------------


def test_a_registration_day_for_an_unregistered_bidder_is_no_step():
    steps = [
        ("application", "2028-02-22", "17:15", "datetime"),
        ("submission", "2028-03-08", None, "date"),
    ]
    for proviso in (
        "ただし、未登録の者は、令和10年2月15日までに随時受付の登録申請を行うこと。",
        "ただし、参加申込書の提出時に資格を有しない者は、令和10年2月15日（火）までに資格の認定を受けること。",
        "ただし、名簿に登録されていない者で、令和10年2月15日までに参加資格審査申請書を提出し、登録が認められた者を含む。",
    ):
        text = (
            "3 参加資格\n"
            f"(1) 本市の競争入札参加資格者名簿に登録されていること。{proviso}\n"
            "4 日程\n"
            "(1) 参加申込書の提出期限　令和10年2月22日（火）午後5時15分\n"
            "(2) 企画提案書の提出期限　令和10年3月8日（水）\n"
        )
        assert found(text) == steps
        assert found(text.replace("\n", " ")) == steps


def test_a_step_set_for_bidders_not_yet_registered_stays():
    text = "未登録の者は、令和10年2月22日（火）午後5時までに参加申込書を提出すること。\n"
    assert found(text) == [("application", "2028-02-22", "17:00", "datetime")]


# --- a form's sample entry ----------------------------------------------------------------------------------


def test_a_sample_entry_in_a_question_form_is_no_step():
    text = (
        "質問の受付期限　令和12年6月20日（木）午後5時\n"
        "\n"
        "様式第5号　質問書\n"
        "| 番号 | 資料名 | 頁 | 質問内容 |\n"
        "|---|---|---|---|\n"
        "| 例 | 要求水準書 | 8 | （記入例）令和12年9月の試運転期間中の立会いの回数について |\n"
        "| 1 |  |  |  |\n"
        "納入年月日：（記載例）令和6年3月15日\n"
    )
    assert found(text) == [("question", "2030-06-20", "17:00", "datetime")]


# --- a paper named for who hands in, not for what is handed in ----------------------------------------------


def test_the_paper_a_bidder_already_handed_in_names_no_step():
    text = (
        "⑷　企画提案書の提出\n"
        "　参加申込書を提出し、参加資格を有すると認められた者は、次の書類を令和10年3月8日（水）までに郵送により"
        "提出すること（当日消印有効）。\n"
        "　ア　企画提案書　正本１部、副本８部\n"
    )
    assert found(text) == [("submission", "2028-03-08", None, "date")]


def test_a_second_round_of_questions_for_those_who_applied_is_a_question_deadline():
    text = (
        "3　質問\n"
        "(1)　質問は、質問書（様式第2号）により電子メールで提出すること。\n"
        "(2)　第2回は参加表明書を提出した者に限り受け付ける。受付期限は令和8年10月16日(金曜日)17時とする。\n"
        "4　参加表明書の提出\n"
        "(1)　提出期限　令和8年10月9日(金曜日)17時\n"
    )
    assert found(text) == [
        ("application", "2026-10-09", "17:00", "datetime"),
        ("question", "2026-10-16", "17:00", "datetime"),
    ]


def test_a_paper_handed_in_by_the_day_stays_that_papers_step():
    text = "参加を希望する者は、参加申込書を提出し、令和10年2月22日（火）午後5時までに会社概要を添えること。\n"
    assert [kind for kind, *_ in found(text)] == ["application"]


# --- when a briefing's papers are put up -------------------------------------------------------------------


def test_the_day_a_briefings_papers_are_put_up_is_no_step():
    steps = [
        ("other", "2026-04-21", "14:00", "datetime"),
        ("question", "2026-04-24", "17:00", "datetime"),
    ]
    for sentence in (
        "説明会の資料は、令和8年4月22日（水）に県ホームページに掲載する。",
        "説明会で使用した資料は、令和8年4月22日（水）に参加申込者へ送付する。",
    ):
        text = (
            f"(1) 説明会　令和8年4月21日（火）14時から　県庁5階会議室\n(2) {sentence}\n"
            "(3) 質問の受付期限　令和8年4月24日（金）17時\n"
        )
        assert found(text) == steps
        assert found(text.replace("\n", " ")) == steps


def test_a_briefing_itself_put_in_its_own_sentence_stays():
    text = "説明会は、令和8年4月21日（火）14時から県庁5階会議室で開催する。\n"
    assert found(text) == [("other", "2026-04-21", "14:00", "datetime")]


# --- a bare deadline key restating a named step's moment ---------------------------------------------------


def test_a_bare_deadline_in_a_form_at_the_questions_moment_is_the_question_deadline():
    text = (
        "| 質問受付期限 | 令和7年5月28日(水) 17時15分 |\n"
        "| 入札書提出期限 | 令和7年6月11日(水) 17時15分 |\n"
        "\n"
        "様式第4号　質問書\n"
        "　　　　　　　　　　　　　　　　令和7年　月　日\n"
        "　商号又は名称　○○株式会社\n"
        "| 番号 | 仕様書の頁 | 質問内容 |\n"
        "|---|---|---|\n"
        "| 1 |  |  |\n"
        "| 2 |  |  |\n"
        "※受付期限　令和7年5月28日(水)17時15分\n"
    )
    assert found(text) == [
        ("question", "2025-05-28", "17:15", "datetime"),
        ("submission", "2025-06-11", "17:15", "datetime"),
    ]


# --- a council's session in a sentence under the agreement's heading ---------------------------------------


def test_the_councils_session_under_the_agreements_heading_is_its_vote():
    text = (
        "令和8年度 市民運動公園 指定管理者募集要項\n"
        "第11　指定の手続及び協定の締結\n"
        "1　指定管理者候補者は、令和8年12月の若葉台市議会定例会において指定の議決を経た後、指定管理者として指定します。\n"
        "2　協定の締結は、令和9年2月を予定しています。\n"
    )
    assert [kind for kind, *_ in found(text)] == ["other", "contract"]


def test_a_contract_concluded_on_the_councils_vote_stays_the_contract():
    text = "第9　事業契約\n" "1　事業契約の締結は、令和10年9月の桜川市議会定例会で議決を得た後、事業契約を締結する。\n"
    assert [kind for kind, *_ in found(text)] == ["contract"]


# --- a day of each year of the work ------------------------------------------------------------------------


def test_a_yearly_report_day_of_the_work_is_no_step():
    steps = [("submission", "2027-09-15", "17:00", "datetime")]
    for duty in (
        "(7) 報告 日報及び年報を作成し、年報は翌年度4月30日までに提出すること。",
        "(1) 事業計画書の提出 毎年度、翌年度の事業計画書を2月末日までに提出し、町の承認を受けること。",
    ):
        text = f"申請書類の提出　令和9年9月1日（水）から令和9年9月15日（水）午後5時まで\n\n4　報告等\n{duty}\n"
        assert found(text) == steps


def test_a_step_in_the_next_fiscal_year_with_its_year_written_stays():
    text = "契約の締結 翌年度の令和10年4月1日（土）に契約を締結し、同日から業務を開始する。\n"
    assert [kind for kind, *_ in found(text)] == ["contract"]
