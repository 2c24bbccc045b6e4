"""A bid team's own papers around a call, round cu: a chat copied from Slack's or Teams' window (「名前  10:02」「名前　9/1
10:15」 over each post, a day's line without its year), a day guessed in a post, what the team asks of its suppliers,
「本日（9/1）公告されました」, a sheet's 社内期限 column under key rows padded to the table's width, a quarter's months
(「10月～12月期」), a company's receipt stamp on a fax, a 【当社メモ】 written into the issuer's page, an FAQ's answer
given as a schedule's rows, and a paper handed in by another step's deadline given in brackets."""

import datetime as dt

from tests.extractor_found import steps

SLACK = (
    "# pj-案件\n"
    "\n"
    "10月5日（月）\n"
    "\n"
    "青木 大輔  9:58\n"
    "公募要領の日程です\n"
    "・質問受付期限　令和9年10月12日（火）午後5時\n"
    "・プレゼンテーション審査　令和9年11月下旬\n"
    "\n"
    "森 里奈  10:20\n"
    "質問は2件、担当課へ送付しました\n"
    "\n"
    "10月15日（金）\n"
    "\n"
    "青木 大輔  16:40\n"
    "担当課に聞いたら、プレゼンは11月24日か25日あたりになりそうとのこと\n"
    "\n"
    "森 里奈  16:52\n"
    "了解です\n"
)


def test_a_chats_day_line_without_its_year_dates_no_post_above_it():
    days = {day for _, day, _, _ in steps(SLACK)}
    assert dt.date(2027, 10, 12) in days
    assert dt.date(2027, 10, 15) not in days


def test_a_day_guessed_in_a_post_leaves_the_schedules_month():
    found = steps(SLACK)
    assert ("hearing", dt.date(2027, 11, 1), None, "late_month") in found
    assert not [step for step in found if step[1] == dt.date(2027, 11, 24)]


TEAMS = (
    "チャット: 【案件】機器賃貸借\n"
    "\n"
    "川村 直樹　6/1 10:15\n"
    "令和9年度の機器賃貸借、本日（6/1）公告されました。\n"
    "・入札書の提出　6/22(火) 17時まで\n"
    "\n"
    "北野 彩　6/1 10:32\n"
    "了解です。メーカーに見積依頼します。回答は6/4(金)までにもらうようにします\n"
    "\n"
    "川村 直樹　6/1 11:05\n"
    "申請書は私が6/7(月)に持参します\n"
    "\n"
    "北野 彩　6/2 9:20\n"
    "承知しました\n"
)


def test_teams_headers_without_the_year_make_a_chat_whose_members_plans_are_no_steps():
    days = {day for _, day, _, _ in steps(TEAMS)}
    assert dt.date(2027, 6, 22) in days
    assert not days & {dt.date(2027, 6, 4), dt.date(2027, 6, 7)}


def test_a_day_word_glossed_with_its_month_and_day_is_the_call_published():
    assert ("published", dt.date(2027, 6, 1), None, "date") in steps(TEAMS)


def test_a_schedule_row_of_a_date_in_a_sentence_without_a_particle_before_its_act():
    text = "令和9年度 庁舎清掃業務\n県の庁舎清掃業務、令和9年4月3日公告されました。\n入札書の提出期限 令和9年4月20日(火)正午\n"
    assert ("published", dt.date(2027, 4, 3), None, "date") in steps(text)


SHEET = (
    "案件管理シート\t\t\t\t\t\n"
    "案件名\t公園管理業務\t\t\t\t\n"
    "最終更新\t2031/01/14 16:52\t\t\t\t\n"
    "\t\t\t\t\t\n"
    "No\t項目\t発注者日程\t社内期限\t担当\t備考\n"
    "1\t公示\t2031/01/08(水)\t\t\t\n"
    "2\t質問書提出期限\t2031/01/15(水) 17:00\t2031/01/14(火)\t佐藤\tメールのみ\n"
    "3\t技術提案書提出期限\t2031/02/12(水) 12:00\t2031/02/07(金)\t田村\t持参\n"
)


def test_a_sheets_team_column_under_key_rows_padded_to_its_width_dates_no_step():
    found = steps(SHEET)
    assert ("question", dt.date(2031, 1, 15), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2031, 2, 12), dt.time(12, 0), "datetime") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2031, 1, 14), dt.date(2031, 2, 7)}


def test_a_quarters_first_month_is_no_step():
    text = (
        "１．「観光誘客業務」の企画提案を募集します\n"
        "２．企業景況調査（令和9年1月～3月期）へのご協力のお願い\n"
        "・企画提案書の提出　令和9年1月22日（金）午後5時まで\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 1, 22), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[1] == dt.date(2027, 1, 1)]


def test_a_companys_receipt_stamp_on_a_fax_is_no_step():
    text = (
        "ＦＡＸ送信票\n"
        "　　　　┌────────────┐\n"
        "　　　　│受付 2027. 5. 10　　│\n"
        "　　　　│株式会社青葉建設 工事部│\n"
        "　　　　└────────────┘\n"
        "入札参加資格確認申請書の提出期限　令和9年5月17日（月）午後5時\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 5, 17), dt.time(17, 0), "datetime") in found
    assert dt.date(2027, 5, 10) not in {day for _, day, _, _ in found}


def test_a_teams_note_in_the_issuers_page_is_no_step():
    text = (
        "Q3．参加申込書は郵送で提出してもよいですか。\n"
        "A．郵送でも受け付けます。令和9年6月25日（金）午後5時までに必着としてください。\n"
        "　【当社メモ：参加申込書は6/23(水)に持参予定】\n"
        "【当社メモ】6/18 確認済み\n"
    )
    days = {day for _, day, _, _ in steps(text)}
    assert dt.date(2027, 6, 25) in days
    assert not days & {dt.date(2027, 6, 23), dt.date(2027, 6, 18)}


def test_an_faqs_answer_given_as_a_schedules_rows_keeps_each_rows_step():
    text = (
        "Q1．全体のスケジュールを教えてください。\n"
        "A．次のとおりです。\n"
        "\n"
        "　公募開始　　　　　　令和9年7月1日（木）\n"
        "　質問受付期限　　　　令和9年7月9日（金）午後5時\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 7, 1), None, "date") in found
    assert ("question", dt.date(2027, 7, 9), dt.time(17, 0), "datetime") in found


def test_a_paper_handed_in_by_another_steps_deadline_in_brackets_is_its_own_step():
    text = (
        "企画提案書の提出期限　令和9年9月10日（金）正午\n"
        "参加辞退届（様式第6号）を、企画提案書の提出期限（令和9年9月10日（金）正午）までに提出してください。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 9, 10), dt.time(12, 0), "datetime") in found
    assert ("other", dt.date(2027, 9, 10), dt.time(12, 0), "datetime") in found


def test_a_section_of_the_teams_people_and_plan_is_the_teams():
    text = (
        "２．発注者スケジュール\n"
        "　(1) 企画提案書の提出期限　　2031年6月18日（水）17:00\n"
        "\n"
        "５．社内体制・スケジュール\n"
        "　統括　　坂口\n"
        "　　6/10（火）　企画提案書 初稿\n"
        "　　6/17（火）　企画提案書 持参\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2031, 6, 18), dt.time(17, 0), "datetime") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2031, 6, 10), dt.date(2031, 6, 17)}


def test_a_sentence_putting_the_teams_plan_below_makes_its_items_the_teams():
    text = (
        "市から日程変更の連絡が来ました。企画提案書の提出期限は令和9年11月19日（金）正午です。\n"
        "\n"
        "社内の予定も以下のとおり後ろ倒しにします。\n"
        "　・提案書の持参　　　　11/11(木) → 11/18(木)\n"
        "　・プレゼン準備会　　　11/18(木) → 11/25(木)\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 11, 19), dt.time(12, 0), "datetime") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2027, 11, 18), dt.date(2027, 11, 25)}


def test_the_companys_own_response_under_a_ruled_heading_is_the_teams():
    text = (
        "【説明会参加報告】令和9年度 料金徴収業務委託\n"
        "■ 今後の日程\n"
        "　5/21(金) 17:00　参加表明書の提出期限\n"
        "\n"
        "━━━━━━━━━━━━━━━━\n"
        "■ 当社の対応（案）\n"
        "━━━━━━━━━━━━━━━━\n"
        "　5/20(木)　参加表明書 持参\n"
        "　6/17(木)　企画提案書 持参（締切前日）\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 5, 21), dt.time(17, 0), "datetime") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2027, 5, 20), dt.date(2027, 6, 17)}


def test_a_schedule_heading_with_a_long_bracket_names_no_step_of_its_first_row():
    text = (
        "令和9年度 料金徴収業務委託\n"
        "■ 今後の日程（配布資料「実施要領 第6」＋当日の口頭説明）\n"
        "　4/27(火) 17:00　質問受付期限（第1回）※電子メール\n"
        "　5/6(木)　　　　 第1回質問への回答（市HP）\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 4, 27), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[0] == "published"]


def test_a_day_given_as_the_calls_publication_a_topic_was_announced_with():
    text = "令和9年度 料金徴収業務委託\n※説明会は4/12(月)の公告と同時に案内されたもので、参加申込期限は4/16(金)17時だった。\n"
    assert ("published", dt.date(2027, 4, 12), None, "date") in steps(text)


def test_an_events_time_key_takes_the_event_its_heading_names_past_other_keys():
    text = (
        "【説明会参加報告】令和9年度 料金徴収業務委託\n"
        "■ 説明会の概要\n"
        "・主催　　岬野市 上下水道局 経営企画課\n"
        "・日時　　令和9年4月20日（火）10:00～11:20\n"
        "・場所　　上下水道局庁舎 3階 大会議室\n"
    )
    assert ("other", dt.date(2027, 4, 20), dt.time(10, 0), "datetime") in steps(text)


def test_an_events_time_key_takes_no_event_of_another_block_above():
    text = (
        "2. 入札情報\n"
        "(1)千鳥町「公式アカウント運用業務」\n"
        "　　見積合わせ(公募)\n"
        "　　見積書提出期限:9月24日(金)正午\n"
        "\n"
        "3. 協会からのお知らせ\n"
        "\n"
        "◆実務セミナー「はじめての公募型プロポーザル」\n"
        "　日時:2027年10月7日(木)14:00〜16:30\n"
    )
    assert not [step for step in steps(text) if step[1] == dt.date(2027, 10, 7)]
