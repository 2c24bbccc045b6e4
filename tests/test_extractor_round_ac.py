"""Calls of civic services (elections, statistics, tax printing, counters) (round ac): each test a few lines written
for its class."""

from tests.extractor_found import found, kinds

# --- the date of a form is not the notice's own date ---------------------------------------------------------


def test_a_sample_form_addressed_to_the_mayor_is_no_signature():
    text = (
        "日程\n"
        "令和9年6月1日（火）\n"
        "　・募集要項の公表\n"
        "令和9年6月10日（木）午後5時まで\n"
        "　・参加申込書の提出期限\n"
        "令和9年6月30日（水）正午まで\n"
        "　・企画提案書の提出期限\n"
        "【辞退届の記入例】\n"
        "　　　　　　　　　　令和9年6月20日\n"
        "　　青柳市長　あて\n"
        "　　商号又は名称　株式会社○○\n"
    )
    assert kinds(text) == ["published", "application", "submission"]
    text = (
        "(1) 質問の提出期限 令和9年6月8日（火）正午\n"
        "(2) 提案書の提出期限 令和9年6月30日（水）正午\n"
        "様式第3号\n"
        "令和9年6月15日\n"
        "青柳市長 様\n"
    )
    assert kinds(text) == ["question", "submission"]


# --- a notice sent on the day of the step before -------------------------------------------------------------


def test_a_result_sent_the_same_day_takes_the_day_before():
    text = "見積合わせ\n" "・日時 令和9年5月20日（木）午後2時\n" "・結果は、同日、参加者全員に電話で連絡します。\n"
    assert found(text) == [("other", "2027-05-20", "14:00", "datetime"), ("result", "2027-05-20", None, "date")]
    # (a postmark of the same day is no step)
    text = "・提出期限 令和9年5月20日（木）（郵送の場合は同日消印有効）\n"
    assert kinds(text) == ["submission"]


# --- the election and the work's own dates ------------------------------------------------------------------


def test_the_election_day_is_no_step():
    text = (
        "・業務日程（予定）\n"
        "　市長選挙の告示日　令和9年4月13日（火曜日）\n"
        "　選挙期日　令和9年4月18日（日曜日）\n"
        "・参加申込書の提出期限 令和9年3月5日（金曜日）午後5時\n"
    )
    assert kinds(text) == ["application"]
    text = "・入札書の提出期限 令和9年3月5日（金）17時00分\n・投票日は令和9年4月18日（日）の予定です。\n"
    assert kinds(text) == ["submission"]


def test_dates_listed_after_the_contract_are_the_work():
    text = (
        "4. 日程\n"
        "・入札書の提出期限　令和10年3月10日(金)17時00分\n"
        "・契約締結（予定）　令和10年3月下旬\n"
        "5. 契約締結後の主な日程（参考）\n"
        "・初校の提出　令和10年4月14日(金)まで\n"
        "・納品　令和10年5月31日(水)まで\n"
        "6. その他\n"
    )
    assert kinds(text) == ["submission", "contract"]


def test_a_nomination_sent_with_the_papers_opens_the_call():
    text = (
        "■日程\n"
        "・指名通知日　　令和10年2月1日(火)\n"
        "・仕様書等の交付　令和10年2月1日(火)～2月10日(木)\n"
        "・入札書の提出期限　令和10年2月10日(木)17時00分\n"
    )
    assert found(text) == [("published", "2028-02-01", None, "date"), ("submission", "2028-02-10", "17:00", "datetime")]
    # after a wish to be nominated, the nomination is its result
    text = (
        "・指名参加希望申請書の提出期限　令和10年2月1日(火)17時00分\n"
        "・仕様書等の公表　令和10年1月20日(木)\n"
        "・指名通知　令和10年2月8日(火)\n"
    )
    assert kinds(text) == ["published", "application", "result"]


# --- a quotation session ------------------------------------------------------------------------------------


def test_forms_put_up_from_a_day_open_the_call():
    text = (
        "仕様書等の配布\n"
        "　仕様書、参加申込書（様式1）及び見積書（様式2）は、令和9年5月6日（木曜日）から本ページに掲載しています。\n"
        "・参加申込期限　令和9年5月14日（金曜日）午後5時\n"
    )
    assert found(text) == [("published", "2027-05-06", None, "date"), ("application", "2027-05-14", "17:00", "datetime")]


def test_a_quotation_brought_to_the_session_is_the_hand_in():
    text = (
        "見積合わせの実施\n" "・日時　令和9年6月2日（水曜日）午後2時\n" "・見積書は、当日、代表者又は代理人が持参してください。\n"
    )
    assert kinds(text) == ["submission"]
    # (a session that opens quotations handed in before it is no hand-in)
    text = "・見積書の提出期限　令和9年6月1日（火曜日）午後5時（持参又は郵送）\n" "・見積合わせ　令和9年6月2日（水曜日）午後2時\n"
    assert kinds(text) == ["submission", "other"]


def test_a_certificate_the_work_mails_out_is_no_application():
    text = (
        "・競争参加資格確認申請書の提出期限 令和10年4月20日(木)午後5時\n"
        "(3) 被保険者証の有効期限は令和10年7月31日です。更新後の資格確認書は8月上旬に一斉発送する予定です。\n"
    )
    assert kinds(text) == ["application"]
    # (「資格確認書は8月上旬に一斉発送」 alone on its item line is still read as the paper: left for a later round)
