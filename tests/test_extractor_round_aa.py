"""Calls of big-city bureaus and national field offices (round aa): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- papers of two steps named together --------------------------------------------------------------------


def test_an_application_and_a_proposal_handed_in_together_are_two_steps_of_one_deadline():
    text = "⑶ 参加資格確認申請書及び企画提案書の提出期限 令和10年3月2日（木）午後3時\n"
    assert found(text) == [
        ("application", "2028-03-02", "15:00", "datetime"),
        ("submission", "2028-03-02", "15:00", "datetime"),
    ]
    text = "6 参加申請書・技術提案書の提出\n(1) 提出期限 令和10年3月2日（木）正午\n"
    assert kinds(text) == ["application", "submission"]
    # (the comments that go with the questions are still no step of their own)
    text = "(2) 質問・意見の提出期限 令和10年2月20日（火）正午\n"
    assert kinds(text) == ["question"]


# --- a schedule table's rows --------------------------------------------------------------------------------


def test_a_rows_step_named_before_a_bracket_with_its_registration_deadline():
    text = (
        "日程\t内容\n"
        "令和10年5月8日（月）\t募集の開始\n"
        "令和10年5月25日（木）\t現地説明会（参加申込は5月19日（金）正午まで）\n"
        "令和10年6月2日（金）\t質問の受付期限\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("other", "2028-05-19", "12:00", "datetime"),
        ("other", "2028-05-25", None, "date"),
        ("question", "2028-06-02", None, "date"),
    ]


# --- what the party chosen does --------------------------------------------------------------------------------


def test_what_the_chosen_party_does_after_its_choice_is_no_result():
    text = (
        "(5) 選定結果の通知 令和10年7月下旬\n"
        "※選定された法人には、令和10年9月から令和11年3月までの間に、現行事業者からの引継ぎを行っていただきます。\n"
    )
    assert kinds(text) == ["result"]
    # (the notice sent to it is the result)
    text = "　選定した者には、令和10年7月21日（金）に、その旨を書面により通知する。\n"
    assert found(text) == [("result", "2028-07-21", None, "date")]


# --- the days of a step, and the work's opening ---------------------------------------------------------------


def test_the_days_a_step_of_the_call_is_held_on_are_its_window():
    text = "(2) 事前相談の実施期間 令和10年5月8日（月）～6月9日（金）\n(3) 応募書類の提出期限 令和10年6月30日（金）17時\n"
    assert found(text) == [("other", "2028-06-09", None, "date"), ("submission", "2028-06-30", "17:00", "datetime")]
    # (the work's own period is still none)
    text = "(1) 業務の実施期間 令和10年8月1日から令和11年3月31日まで\n(3) 応募書類の提出期限 令和10年6月30日（金）17時\n"
    assert kinds(text) == ["submission"]


def test_the_day_a_facility_the_call_builds_opens_is_no_step():
    text = "　開設予定日\n　　令和12年4月1日（月曜日）\n応募書類の提出期限 令和11年6月29日（金）17時\n"
    assert kinds(text) == ["submission"]


# --- a large call's steps and an event's start given in its own section ------------------------------------------


def test_the_certification_of_the_chosen_plan_is_a_step():
    text = "| 令和11年6月 | 公募設置等計画の認定 |\n| 令和11年6月下旬 | 基本協定の締結 |\n"
    assert kinds(text) == ["other", "contract"]


def test_an_events_start_given_under_its_own_heading_further_on():
    text = (
        "| 令和10年10月3日（火）～10月6日（金） | 現地見学会 |\n"
        "| 令和10年10月20日（金）正午 | 質問の受付締切 |\n"
        "\n"
        "第4 手続\n"
        "1 現地見学会\n"
        "（1）各日午後1時30分開始（所要60分程度）。\n"
    )
    assert found(text)[0] == ("other", "2028-10-06", "13:30", "datetime")


# --- a window's closing hours told by reference -------------------------------------------------------------------


def test_a_window_whose_hours_are_those_of_another_item_closes_at_their_end():
    text = (
        "公告日は令和10年6月1日（木）とする。\n"
        "5 提出方法\n"
        "　持参の受付時間は、午前8時30分から午後5時15分までとする。\n"
        "8 その他\n"
        "　(2) 既存設備の図面を窓口で閲覧に供する（閲覧は公告日から6月16日（金）まで、受付時間は上記5と同じ）。\n"
    )
    assert found(text)[-1] == ("other", "2028-06-16", "17:15", "datetime")


# --- a question-and-answer block ---------------------------------------------------------------------------------


def test_the_dates_inside_the_answers_of_keyed_questions_are_no_answers():
    text = (
        "・質問への回答　令和10年5月24日（水）（本ページに掲載）\n"
        "No.1　仕様書 2 開催概要\n"
        "　質問：今回の開催日程は確定しているか。\n"
        "　回答：令和10年10月7日（土）・8日（日）の2日間で確定しています。\n"
        "No.2　仕様書 3 準備\n"
        "　質問：昨年度の来場者数を教えてほしい。\n"
        "　回答：令和9年10月1日（日）の1日開催で、約3万人でした。\n"
    )
    assert kinds(text) == ["answer"]
    # (an answer that gives the day of the step the question asks about gives that step)
    text = "　質問：会場の下見の時期を教えてほしい。\n　回答：令和10年9月中旬を予定しています。\n"
    assert kinds(text) == ["other"]


def test_the_days_of_a_site_visit_and_their_hours_in_items_of_their_own():
    text = (
        "4　現場確認\n"
        "　（1）期間　令和10年6月5日（月曜日）から令和10年6月9日（金曜日）まで\n"
        "　（2）時間　各日午前9時から午後3時まで\n"
        "5　入札書の提出期限　令和10年6月20日（火曜日）午後5時\n"
    )
    assert found(text) == [("other", "2028-06-09", "15:00", "datetime"), ("submission", "2028-06-20", "17:00", "datetime")]


# --- a generic name of papers whose list names the step ------------------------------------------------------------


def test_papers_named_generically_whose_list_holds_only_an_application_are_the_application():
    text = (
        "（4）応募書類の提出期限\n"
        "　　令和10年7月14日（金）午後5時\n"
        "（5）応募書類\n"
        "　　ア　参加意思確認書（様式第1号）\n"
        "　　イ　資格審査結果通知書の写し\n"
        "　　ウ　実績を証明する書類\n"
    )
    assert kinds(text) == ["application"]
    # (a list with a proposal in it is the proposal's hand-in still)
    text = text.replace("ウ　実績を証明する書類", "ウ　企画提案書（様式第3号）")
    assert kinds(text) == ["submission"]


def test_the_day_an_attachment_was_put_up_in_a_bracket_after_its_file_size_is_no_step():
    text = "企画提案書の提出期限　2028年6月30日（金）17時\n" "関連資料\n" "　・説明会資料（PDF：1.2MB）［2028年6月12日掲載］\n"
    assert kinds(text) == ["submission"]


# --- the call's publication -------------------------------------------------------------------------------------


def test_a_month_an_earlier_work_was_published_is_no_publication_of_the_call():
    text = (
        "| 公募開始（実施要領等の公表） | 2028年6月2日（金） |\n"
        "| 企画提案書の提出期限 | 2028年6月30日（金）正午まで |\n"
        "（3）「まちの魅力調査業務」の成果物（2027年9月公表）は、参考資料として本ページから閲覧できます。\n"
    )
    assert found(text)[0] == ("published", "2028-06-02", None, "date")
    assert kinds(text) == ["published", "submission"]


def test_the_papers_put_up_on_a_page_from_a_day_are_the_publication():
    text = (
        "本日2028年6月5日(月)から、当財団ホームページ（入札・契約情報）に実施要領等を掲載しております。\n"
        "■ 提出期限　企画提案書 2028年6月26日(月)正午\n"
    )
    assert found(text) == [("published", "2028-06-05", None, "date"), ("submission", "2028-06-26", "12:00", "datetime")]


def test_the_posting_period_of_an_open_counter_call_opens_with_its_publication():
    text = " ・掲示期間　　2028年6月5日（月）～2028年6月14日（水）\n ・見積書提出期限　2028年6月14日（水）12:00\n"
    assert found(text) == [("published", "2028-06-05", None, "date"), ("submission", "2028-06-14", "12:00", "datetime")]


def test_papers_whose_short_name_a_wrapped_bracket_defines_are_each_a_step():
    text = (
        "(1) 参加希望者は、競争参加資格確認申請書、資格を有することを証明する書類（以下\n"
        "　　「確認書類」という。）及び技術提案書を、令和10年7月12日（水）午後5時までに、上記\n"
        "　　3(1)の場所に持参すること。\n"
    )
    assert found(text) == [
        ("application", "2028-07-12", "17:00", "datetime"),
        ("submission", "2028-07-12", "17:00", "datetime"),
    ]
