"""Long multi-stage schedules (round bo): PFI and PPP calls, 指定管理者 calls, soundings and land sales, each test a few
lines written for its class."""

from tests.extractor_found import found

# --- what a document recounts of the stages before the call ------------------------------------------------


def test_the_stages_before_a_pfi_call_told_in_the_past_are_no_steps():
    text = (
        "第1　本書の位置付け\n"
        "　市は、本事業について、令和9年2月3日に実施方針を公表し、令和9年5月12日に特定事業の選定を行い、"
        "その結果を公表した。実施方針に関する質問への回答は令和9年3月19日に公表している。\n"
        "第2　日程\n"
        "　令和9年7月1日(木)　　　　入札公告\n"
        "　令和9年8月20日(金)　　　参加表明書の提出期限\n"
        "　令和9年10月上旬　　　　　落札者の決定\n"
    )
    assert found(text) == [
        ("published", "2027-07-01", None, "date"),
        ("application", "2027-08-20", None, "date"),
        ("result", "2027-10-01", None, "early_month"),
    ]


def test_a_pfi_stage_still_to_come_is_a_step():
    text = "実施方針に関する質問は、令和9年2月20日(土)午後5時までに電子メールで提出すること。\n"
    assert found(text) == [("question", "2027-02-20", "17:00", "datetime")]


# --- an outline's heading and key over the dates of each round ---------------------------------------------


def test_the_rounds_under_an_item_and_its_key_are_the_items_step():
    text = (
        "4　事業計画に関する質問の受付\n"
        "　(1) 受付期間\n"
        "　　第1回　令和9年6月7日(月)から6月11日(金)16時まで\n"
        "　　第2回　令和9年7月12日(月)から7月16日(金)16時まで\n"
        "　　　　　（第2回は、一次審査を通過した者に限る。）\n"
        "　(2) 提出方法　電子メールにより提出すること。\n"
    )
    assert found(text) == [
        ("question", "2027-06-11", "16:00", "datetime"),
        ("question", "2027-07-16", "16:00", "datetime"),
    ]


def test_a_rounds_receipt_window_under_a_heading_of_question_and_answer_is_the_questions():
    text = (
        "5　質問の受付及び回答\n"
        "　(1) 第1回　受付期間：2028年4月10日（月）～4月14日（金）16:00\n"
        "　　　　　　 回答：2028年4月25日（火）\n"
        "　(2) 第2回　受付期間：2028年5月15日（月）～5月19日（金）16:00\n"
        "　　　　　　 回答：2028年6月1日（木）\n"
    )
    assert found(text) == [
        ("question", "2028-04-14", "16:00", "datetime"),
        ("answer", "2028-04-25", None, "date"),
        ("question", "2028-05-19", "16:00", "datetime"),
        ("answer", "2028-06-01", None, "date"),
    ]


def test_who_may_take_a_round_is_no_step_and_the_round_keeps_its_headings_step():
    text = (
        "3　質問の受付及び回答\n"
        "　(1) 第1回　令和11年1月11日（木）から1月15日（月）16時まで\n"
        "　(2) 第2回　令和11年2月19日（月）16時まで（参加資格審査を通過した応募者に限ります。）\n"
        "　(3) 質問書（様式3）を電子メールで提出してください。\n"
    )
    assert found(text) == [
        ("question", "2029-01-15", "16:00", "datetime"),
        ("question", "2029-02-19", "16:00", "datetime"),
    ]


def test_a_restriction_on_how_a_paper_is_sent_leaves_the_step_named_before_it():
    text = "・2027年9月6日(月)16時 ▸ 質問書の提出期限(電子メールに限る)\n"
    assert found(text) == [("question", "2027-09-06", "16:00", "datetime")]


# --- an item's sentence that names its step by the verb alone ----------------------------------------------


def test_a_briefings_registration_named_by_its_verb_is_the_briefings():
    text = (
        "3　事業説明会\n"
        "　(1) 日時　令和9年4月20日(火)10時から\n"
        "　(2) 場所　市役所本庁舎5階　第1会議室\n"
        "　(3) 申込方法　様式2に必要事項を記入し、令和9年4月15日(木)15時までに電子メールで提出すること。\n"
    )
    assert found(text) == [
        ("other", "2027-04-15", "15:00", "datetime"),
        ("other", "2027-04-20", "10:00", "datetime"),
    ]


# --- a heading of two steps over a sentence that names one of them ----------------------------------------


def test_a_sentence_under_a_heading_of_two_steps_takes_the_step_it_names():
    text = (
        "第6　審査及び事業予定者の決定\n"
        "1　選定委員会において提案書の審査を行います。\n"
        "2　令和10年9月中旬に提案審査（プレゼンテーション）を実施します。\n"
        "3　市は、令和10年9月下旬に事業予定者を決定し、応募者に通知します。\n"
    )
    assert found(text) == [
        ("hearing", "2028-09-01", None, "mid_month"),
        ("result", "2028-09-01", None, "late_month"),
    ]


# --- kinds: a registration as an applicant, a dialogue named by its manner, a site visit -------------------


def test_a_registration_as_an_applicant_is_the_application():
    text = "　応募登録　　　　　　令和10年2月7日(月)～2月10日(木)　16時\n"
    assert found(text) == [("application", "2028-02-10", "16:00", "datetime")]


def test_a_dialogue_named_by_its_manner_is_read():
    text = "日程\n令和9年11月上旬　　対面的対話\n令和9年12月下旬　　優先交渉権者の決定\n"
    assert found(text) == [
        ("hearing", "2027-11-01", None, "early_month"),
        ("result", "2027-12-01", None, "late_month"),
    ]


def test_a_site_visit_of_each_facility_ends_at_its_daily_closing_hour():
    text = (
        "区分\t手続\t日程\n"
        "見学\t各施設の個別見学（要予約）\t2028年6月5日(月)～6月9日(金)\n"
        "質問\t質問の受付\t2028年5月22日(月)～6月9日(金) 17:00\n"
        "8　施設の個別見学\n"
        "　見学申込書を見学希望日の2日前までに提出してください。見学期間は2028年6月5日(月)から6月9日(金)までの平日"
        "10:00～15:00とします。\n"
    )
    assert found(text) == [
        ("other", "2028-06-09", "15:00", "datetime"),
        ("question", "2028-06-09", "17:00", "datetime"),
    ]


# --- days a window leaves out, a day that holds only if something happens -----------------------------------


def test_a_holiday_a_window_leaves_out_is_no_step():
    text = (
        "4　参加資格審査申請書の提出\n"
        "　(1) 受付期間　令和11年3月18日（月）から3月22日（金）まで（3月20日（水）の祝日を除く。）\n"
        "　(2) 受付時間　9時～16時\n"
        "　(3) 提出方法　持参\n"
    )
    assert found(text) == [("application", "2029-03-22", "16:00", "datetime")]
    text = "提出期間：令和9年5月10日（月）から令和9年5月21日（金）までの休日を除く毎日\n・技術提案書\n"
    assert found(text)[-1][1:] == ("2027-05-21", None, "date")


def test_a_rain_date_neither_moves_the_event_nor_is_a_step():
    text = (
        "スケジュール\n"
        "〇9月3日（金）午後5時まで\n"
        "　・現地見学会の参加申込締切\n"
        "〇9月8日（水）午後1時から午後3時まで\n"
        "　・現地見学会\n"
        "参加方法\n"
        "1　現地見学会\n"
        "　参加申込書を電子メールでお送りください。雨天の場合は翌日（9月9日（木））に延期します。\n"
        "（令和9年度 サウンディング型市場調査）\n"
    )
    assert found(text) == [
        ("other", "2027-09-03", "17:00", "datetime"),
        ("other", "2027-09-08", "13:00", "datetime"),
    ]


def test_the_day_the_dialogues_times_are_told_is_no_step():
    text = (
        "令和9年4月1日　実施要領の公表\n"
        "3　エントリー\n"
        "　エントリーシートを電子メールでお送りください。受付後、対話の日時を調整のうえ、令和9年5月10日（月）以降に順次"
        "ご連絡します。\n"
    )
    assert found(text) == [("published", "2027-04-01", None, "date")]


def test_a_note_on_its_own_topic_under_an_event_is_no_date_of_the_event():
    text = (
        "（2）現地見学会\n"
        "　　変更前　9月7日（火）午前10時から\n"
        "　　変更後　9月14日（火）午前10時から\n"
        "　　※県道山手線は9月10日（金）に通行止めが解除される見込みです。\n"
        "（令和9年度 指定管理者募集）\n"
    )
    assert found(text) == [("other", "2027-09-14", "10:00", "datetime")]


# --- a 告示 and its 要項 in one text; a yearly agreement listed in the schedule -------------------------------


def test_a_chapter_after_a_notices_numbered_items_heads_its_own_outline():
    text = (
        "1　募集する施設　市立青葉台交流センター\n"
        "2　問合せ先　市民協働課\n"
        "\n"
        "第1　趣旨\n"
        "　次期の指定管理者を公募により選定します。\n"
        "第2　質問の受付及び回答\n"
        "1　受付期間\n"
        "　　令和9年5月10日（月）から5月21日（金）午後4時まで\n"
        "2　回答\n"
        "　　質問に対する回答は、令和9年5月28日（金）までに市ホームページに掲載します。\n"
    )
    assert found(text) == [
        ("question", "2027-05-21", "16:00", "datetime"),
        ("answer", "2027-05-28", None, "date"),
    ]


def test_a_yearly_agreement_is_a_step_only_as_a_row_of_the_schedule():
    rows = "".join(f"　　手続{n}の期限　　　　　令和9年{n}月1日（木）\n" for n in range(4, 11))
    text = f"第10　スケジュール\n{rows}　　基本協定の締結　　　　令和10年1月\n　　年度協定の締結　　　　令和10年3月下旬\n"
    assert ("contract", "2028-03-01", None, "late_month") in found(text)
    text = "第9　協定\n　令和10年度分の年度協定は、令和10年3月下旬に締結する予定です。\n"
    assert found(text) == []
