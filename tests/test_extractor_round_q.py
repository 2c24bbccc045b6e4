"""Dates and phrases that are no steps of the call (round q): what is agreed after the contract, a page's log of what
was put up before the call, an attached file's type and size, a budget that may not pass, the length of a hearing's
questions, the deadline of the work itself. Each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- what is agreed once the contract is signed ------------------------------------------------------------------


def test_dates_agreed_after_the_contract_are_no_step():
    text = (
        "(1) 見積書の提出期限 令和8年6月12日(金)午後5時\n"
        "(2) 校正は2回以上とし、日程は契約後に協議する（初校：令和8年7月中旬、最終校了：令和8年8月下旬を想定）。\n"
    )
    assert found(text) == [("submission", "2026-06-12", "17:00", "datetime")]
    text = (
        "・提出期限：2025/10/20(月) 17:00（必着）\n"
        "・作業日は、2026年2月16日から2月27日までの間で契約後に協議して決定します。\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "入札書の提出期限 令和9年8月20日(金)正午\n"
        "(6) 落札者は、契約締結後速やかに採寸日程を各署と調整すること（採寸は令和9年9月上旬を予定）。\n"
    )
    assert kinds(text) == ["submission"]


def test_a_day_agreed_with_the_winner_is_no_step():
    text = (
        "入札書の提出期限 令和8年10月9日(金)午後5時\n"
        "(3) 除雪機械の事前点検は、令和8年11月中に市職員立会いのもと実施する(日時は落札者と協議のうえ決定)。\n"
    )
    assert kinds(text) == ["submission"]


def test_the_contract_date_itself_is_still_a_step():
    text = "(1) 企画提案書の提出期限 令和9年6月4日(金)午後5時\n(2) 契約締結 令和9年7月上旬(予定)\n"
    assert kinds(text) == ["submission", "contract"]


# --- a page's log of what was put up before the call --------------------------------------------------------------


def test_a_log_of_what_was_put_up_before_the_call_is_no_step():
    text = (
        "お知らせ\n"
        "・2026年3月27日 特定事業の選定結果を公表しました。\n"
        "・2026年1月30日 実施方針及び要求水準書(案)を公表しました。\n"
        "\n"
        "事業者選定スケジュール(予定)\n"
        "令和8年4月24日(金曜日)       募集要項等の公表\n"
        "令和8年9月28日(月曜日)～10月2日(金曜日)  提案書類の受付\n"
    )
    assert kinds(text) == ["published", "submission"]
    text = (
        "■更新情報\n" "2026年6月5日　よくある質問（FAQ）を掲載しました。\n" "\n" "企画提案書の提出期限　2026年6月26日（金）17時\n"
    )
    assert found(text) == [("submission", "2026-06-26", "17:00", "datetime")]


def test_a_log_of_the_calls_own_steps_is_kept():
    text = (
        "実施済み\n"
        "　　令和8年5月25日（月）　 質問への回答を掲載しました（質問件数 11件）\n"
        "　　令和8年5月11日（月）　 企画競争実施要領等を公表しました\n"
    )
    assert kinds(text) == ["published", "answer"]


# --- an attached file, a condition, a duration, the work's deadline ------------------------------------------------


def test_an_attached_files_type_and_size_before_its_date_is_no_step():
    text = "・見積書の提出期限　2026年6月17日（水）12時\n　・見積書様式（Excel：24KB）　2026/06/10\n"
    assert found(text) == [("submission", "2026-06-17", "12:00", "datetime")]
    text = "入札書の提出期限 令和8年9月2日(水)午後5時\n・入札説明書（PDF形式：356KB） 令和8年8月20日\n"
    assert kinds(text) == ["submission"]


def test_the_day_a_budget_may_fail_is_no_step():
    text = (
        "入札書の提出期限 令和7年3月10日(月)午後5時\n"
        "(1) 令和7年3月24日に予定されている市議会本会議において予算が議決されなかった場合は、本入札を取り消すことがある。\n"
    )
    assert found(text) == [("submission", "2025-03-10", "17:00", "datetime")]


def test_the_length_of_a_hearings_questions_is_no_question_step():
    text = "(2) プレゼンテーションは1者当たり40分（説明25分、質疑15分）とし、令和8年7月上旬に実施する。\n"
    assert "question" not in kinds(text)
    text = "・時間割(1者あたり提案説明20分、質疑15分)は、企画提案書の提出者に6月16日(月曜)までにお知らせします。\n"
    assert "question" not in kinds(text)
    text = "・質問の受付期限 令和8年6月10日(水)午後5時（質疑は電子メールに限る）\n"
    assert kinds(text) == ["question"]


def test_the_deadline_of_the_work_itself_is_no_step():
    text = "4　提案書の提出期限　令和8年10月2日（金）午後5時\n5　特定公園施設の整備期限　令和11年3月31日まで\n"
    assert kinds(text) == ["submission"]


# --- a table of questions and their answers (a 質問回答書) ---------------------------------------------------------


def test_the_dates_a_question_quotes_are_no_step():
    text = (
        "No.｜該当箇所｜質問｜回答\n"
        "1｜仕様書 第3｜本稼働日は令和9年4月1日(木)で確定か。｜確定です。\n"
        "2｜仕様書 第4｜現行システムのデータ移行期間はいつ頃を想定しているか。｜令和9年3月中を想定しています。\n"
    )
    assert found(text) == []
    text = (
        "番号\t質問内容\t回答内容\n"
        "1\t見積書の有効期限は令和9年3月31日以降でよいか。\tお見込みのとおりです。\n"
        "2\t現地確認会はいつか。\t令和9年6月8日(火)午前10時から実施します。\n"
    )
    assert found(text) == [("other", "2027-06-08", "10:00", "datetime")]


def test_the_questions_handed_in_by_a_day_are_no_answer_of_that_day():
    text = (
        "令和8年11月30日付けで公告した標記プロポーザルについて、質問書の提出期限(令和8年12月11日(金)午後5時)"
        "までに提出された質問に対し、次のとおり回答します。\n"
    )
    assert "answer" not in kinds(text)


# --- the day the details of a step are told, closures, page edits, a recording ------------------------------------


def test_the_day_a_steps_details_are_told_is_no_step():
    text = (
        "・プレゼン審査 令和7年6月12日(木)\n"
        " ※プレゼン審査の時間は、参加申込をいただいた事業者さまに6/9(月)頃までにメールでお知らせします。\n"
    )
    assert kinds(text) == ["hearing"]
    text = (
        "5. 現地見学会 令和9年7月13日(火)\n"
        "  (2) 参加人数は1者3名までとし、様式第1号により申し込むこと。申込者には集合時刻の詳細を\n"
        "      7月9日(金曜)までにメールで連絡する。\n"
    )
    assert kinds(text) == ["other"]
    text = (
        "プレゼンテーション審査 令和9年7月6日(火)\n"
        "回答 対面のみとします。時刻及び会場は、参加申込書を提出した者に令和9年6月30日（水）までに通知します。\n"
    )
    assert kinds(text) == ["hearing"]
    text = "｜プレゼンテーション審査（オンライン）｜令和７年10月28日（火）｜時間割は10月22日（水）までに通知｜\n"
    assert found(text) == [("hearing", "2025-10-28", None, "date")]


def test_the_result_told_by_a_day_is_still_a_step():
    text = "(4) 審査結果は、令和7年10月31日(金)までに全ての参加者に通知します。\n"
    assert kinds(text) == ["result"]


def test_days_of_a_closure_listed_after_the_first_are_no_step():
    text = (
        "企画提案書の提出期限　2028年4月7日（金）17時\n"
        "　持参の場合の受付は、平日9:00〜17:00です（4月1日（土）・2日（日）は事務局休業）。\n"
    )
    assert found(text) == [("submission", "2028-04-07", "17:00", "datetime")]


def test_a_page_edit_with_its_new_figure_is_no_step():
    text = (
        "【更新情報】7月28日 説明会の申込状況を踏まえ、オンライン説明会の定員を50名に拡大しました。\n"
        "・説明会の申込期限 令和7年8月1日(金)正午\n"
    )
    assert kinds(text) == ["other"]


def test_the_day_a_briefings_recording_can_be_watched_until_is_no_step():
    text = (
        "説明会 令和7年7月31日(木)14時 オンライン\n"
        "※ 説明会の録画は、参加申込をした事業者に限り、令和7年8月4日(月)まで視聴できるようにします。\n"
    )
    assert kinds(text) == ["other"]


# --- the project's plan of years, given for reference -------------------------------------------------------------


def test_a_projects_plan_of_years_given_for_reference_is_no_step():
    text = (
        "No.\t項目\t日付\n"
        "6\t技術提案書の提出期限\t2027/8/20\n"
        "\n"
        "(シート3:参考 事業全体工程(予定))\t\t\t\n"
        "年度\t主な内容\t\t備考\n"
        "令和9年度\t発注仕様書作成・工事事業者選定(総合評価一般競争入札)\t\t入札公告は令和10年1月頃\n"
        "令和10年度\t基幹的設備改良工事 着工(1号炉)\t\t\n"
    )
    assert kinds(text) == ["submission"]
    text = "【参考】事業全体のスケジュール\n令和9年度\t基本設計・事業者選定\n\n1 参加申込書の提出期限 令和8年7月3日(金)正午\n"
    assert kinds(text) == ["application"]


def test_a_bracketed_question_and_its_answer_name_the_step():
    text = (
        "（６）プレゼンテーション審査　令和7年7月中旬（予定）\n"
        "\n"
        "No.2\n"
        "【質問】プレゼンテーション審査の日程が「7月中旬（予定）」となっているが、具体的な日程を教えていただきたい。\n"
        "【回答】令和7年7月15日（火）に、渦越町役場 3階 大会議室において実施します。\n"
        "\n"
        "No.5\n"
        "【質問】業務内容エの成果報告会は、いつ頃の開催を想定しているか。\n"
        "【回答】令和8年2月中旬の開催を想定しています。\n"
    )
    assert found(text) == [("hearing", "2025-07-15", None, "date")]


def test_the_dates_of_what_an_estimate_is_asked_for_are_the_works():
    text = (
        "１　見積合わせに付する事項\n"
        "　（４）納入期限　　令和10年3月17日（金曜）\n"
        "　　　　※園舎の引渡しが令和10年3月6日（月曜）の予定であるため、搬入はそれ以降とする。\n"
        "　（５）開園予定日　令和10年4月1日（土曜）\n"
        "２　見積書の提出\n"
        "　（１）提出期限　令和10年2月7日（月曜）17時まで\n"
    )
    assert found(text) == [("submission", "2028-02-07", "17:00", "datetime")]


def test_what_happens_every_year_is_no_day_of_this_call():
    text = (
        "（１）見積書の提出期限　令和８年６月１２日（金）午後５時\n"
        "（６）最低賃金額は、審議会の答申（例年８月上旬）を受けて確定するため、一部差替えが生じる場合がある。\n"
    )
    assert kinds(text) == ["submission"]
    text = "・企画提案書の提出期限 令和9年5月14日(金)正午\n・本事業の表彰式は、毎年11月下旬に開催しています。\n"
    assert kinds(text) == ["submission"]
