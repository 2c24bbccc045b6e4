"""Days counted from another step and given in brackets, steps named by their papers or forms, sentences that open
with their condition (each test a few lines written for its class)."""

from tenders.extractor import extract
from tests.extractor_found import found, kinds


def labels(text: str) -> list[str]:
    return [m.label for m in extract(text).proposal.milestones]


# --- a day counted from another step, the day itself in brackets ------------------------------------------------


def test_a_day_counted_from_the_notice_is_the_day_in_brackets_with_the_time_after_them():
    text = (
        "　　令和7年6月3日\n"
        "４　入札参加資格確認申請\n"
        "（１）提出書類　条件付一般競争入札参加資格確認申請書（様式第1号）\n"
        "（２）提出期限　公告日から起算して10日目（6月12日（木））の午後5時まで（必着）\n"
    )
    assert found(text) == [("application", "2025-06-12", "17:00", "datetime")]


def test_the_day_after_or_before_another_step_names_the_step_before_those_words():
    text = (
        "５　質問\n"
        "（１）受付期限　令和7年6月18日（水）午後5時まで\n"
        "（２）回答　　　質問期限の翌日（6月19日（木））までに、市ホームページに掲載する。\n"
        "６　入札書の受領期限\n"
        "　　開札日の前日（6月25日（水））17時00分\n"
        "７　開札の日時及び場所\n"
        "（１）日時　入札書提出期間最終日の翌日（6月26日（木））午前10時\n"
        "（２）場所　市役所3階 入札室\n"
    )
    assert found(text) == [
        ("question", "2025-06-18", "17:00", "datetime"),
        ("answer", "2025-06-19", None, "date"),
        ("submission", "2025-06-25", "17:00", "datetime"),
        ("other", "2025-06-26", "10:00", "datetime"),
    ]


def test_counting_in_office_days_does_not_make_the_step_the_offices_hours():
    text = (
        "■ 見積書の提出\n"
        "　見積書を、令和8年10月2日（金）午後5時までに提出してください。\n"
        "■ 見積書の開封\n"
        "　見積書の開封は、提出期限の翌開庁日（10月5日（月））の午前10時から、組合事務所で行います。\n"
    )
    assert found(text) == [("submission", "2026-10-02", "17:00", "datetime"), ("other", "2026-10-05", "10:00", "datetime")]


def test_an_event_on_the_same_day_as_another_is_a_step_of_its_own():
    text = (
        "第5　説明会及び現地見学会\n"
        "1　説明会\n"
        "　日時　令和8年8月20日（木）午後1時30分から午後2時30分まで\n"
        "2　現地見学会\n"
        "　日時　同日（8月20日（木））午後3時から（説明会終了後、会場を移動して実施）\n"
    )
    assert found(text) == [("other", "2026-08-20", "13:30", "datetime"), ("other", "2026-08-20", "15:00", "datetime")]
    text = (
        "（1）募集説明会\n"
        "　　ア　日時　令和5年7月14日（金曜日）午後2時から（1時間程度）\n"
        "　　イ　申込　参加申込書を、令和5年7月11日（火曜日）正午までに電子メールで提出してください。\n"
        "（2）施設見学会\n"
        "　　募集説明会の終了後、同日午後3時30分から中央図書館を見学します。\n"
    )
    assert found(text) == [
        ("other", "2023-07-11", "12:00", "datetime"),
        ("other", "2023-07-14", "14:00", "datetime"),
        ("other", "2023-07-14", "15:30", "datetime"),
    ]


def test_a_column_of_counts_from_other_steps_names_no_step():
    text = (
        "　起算 ▸ 期日 ▸ 手続\n"
        "　T+14日 ▸ 2027年5月24日(月)正午 ▸ 参加申込書(様式1)の提出期限\n"
        "　申込期限の3業務日後 ▸ (5月27日(木)まで) ▸ 参加資格確認結果の通知(電子メール)\n"
        "　T+28日 ▸ 2027年6月7日(月)17時(必着) ▸ 企画提案書の提出期限\n"
        "　提案書期限の8日後 ▸ 6月15日(火) ▸ プレゼンテーション\n"
        "　プレゼンテーション後1週間以内 ▸ (遅くとも6月下旬) ▸ 審査結果の通知\n"
    )
    assert kinds(text) == ["application", "result", "submission", "hearing", "result"]
    assert labels(text)[3] == "プレゼンテーション"


def test_the_day_after_the_step_before_with_its_time_is_read():
    text = "（１）入札書の提出期限　令和7年6月30日（月）午後5時\n（２）開札の日時　その翌日午前10時\n"
    assert found(text) == [("submission", "2025-06-30", "17:00", "datetime"), ("other", "2025-07-01", "10:00", "datetime")]


def test_the_same_deadline_again_for_post_is_no_step_of_its_own():
    text = (
        "　参加を希望される事業者は、参加申込書に許可証の写しを添えて、2026年3月4日(水)17時までに当社総務部へ"
        "持参又は郵送でご提出ください（郵送の場合も同日同時刻必着です）。\n"
    )
    assert found(text) == [("application", "2026-03-04", "17:00", "datetime")]


def test_a_window_counted_from_the_notice_takes_its_days_from_the_bracket_below():
    text = (
        "　公告日　　　　2026年4月8日\n"
        "4　入札参加の申込み\n"
        "（1）提出書類　入札参加申込書（様式第1号）\n"
        "（2）受付期間　公告の日から起算して7日間（土曜日、日曜日及び祝日を除く。）\n"
        "　　　　　　　（4月8日（水）から4月16日（木）まで）\n"
    )
    assert kinds(text) == ["published", "application"]


def test_a_windows_last_day_closing_earlier_is_its_end():
    text = (
        "3　受付期間　令和8年9月14日（月）から9月18日（金）まで\n"
        "4　提出方法　持参に限ります。\n"
        "第12　受付時間\n"
        "　土曜日、日曜日及び祝日を除く午前9時から午後5時まで。ただし、申請の受付期間の最終日（9月18日（金））は正午までとします。\n"
    )
    assert found(text) == [("submission", "2026-09-18", "12:00", "datetime")]


def test_a_window_that_opens_on_the_notices_day_takes_the_step_of_its_item():
    text = (
        "第6　質問の受付及び回答\n"
        "（1）受付期間　公示の日から令和8年1月23日（金）17時00分まで\n"
        "（2）提出方法　質問書を電子メールにより提出すること。\n"
    )
    assert found(text) == [("question", "2026-01-23", "17:00", "datetime")]


def test_a_day_a_contingency_is_made_known_by_is_no_step():
    text = (
        "（1）提案書の提出期限　令和5年8月22日（火）正午\n"
        "（2）台風等の気象警報が発表された場合の取扱いは、前日（8月21日（月））の午後3時までに電子メールでお知らせします。\n"
    )
    assert found(text) == [("submission", "2023-08-22", "12:00", "datetime")]


# --- steps named by their papers and forms --------------------------------------------------------------------------


def test_a_form_number_with_its_paper_in_brackets_is_the_papers_step():
    rows = [
        ("様式第1号（参加表明書）", "8月7日（金）"),
        ("様式第3号（質問書）", "8月14日（金）"),
        ("様式第5号～第9号（技術提案書一式）", "9月4日（金）"),
        ("辞退届（様式第4号）", "9月8日（火）"),
    ]
    text = "　令和8年度 寝具類等賃貸借業務\n　提出物・手続　　　　　　　期限・日程\n"
    text += "".join(f"　{label}　　　　{when}\n" for label, when in rows)
    assert kinds(text) == ["application", "question", "submission", "other"]
    text = "（3）様式第6号（質問書）の提出期限　令和8年4月22日（水）正午\n（4）別記様式2（見積書）の提出　令和8年5月8日（金）\n"
    assert kinds(text) == ["question", "submission"]


def test_a_sentence_that_fills_in_a_form_named_by_number_is_the_forms_step():
    text = "質問がある場合は、様式第6号(質問書)に記入し、令和8年4月22日(水曜日)正午までに電子メールアドレスへ送ること。\n"
    assert kinds(text) == ["question"]


def test_a_long_papers_name_gives_its_kind_and_the_label_names_the_paper():
    text = (
        "　入札参加を希望する者は、一般競争入札参加資格確認申請書(様式第1号)に次に掲げる書類を添えて、"
        "令和9年7月9日(金)午後5時までに担当部局へ提出しなければならない。\n"
    )
    assert kinds(text) == ["application"]
    assert labels(text) == ["一般競争入札参加資格確認申請書(様式第1号)の提出"]


def test_a_forms_head_with_its_deadline_is_the_step_of_the_paper_titled_below():
    text = (
        "（様式第1号）　　　　【提出期限　令和9年5月21日（金曜日）午後5時15分】\n"
        "　　　　　　　　　　　　参　加　申　込　書\n"
        "　月影市長　様\n"
        "――――――――――――――――――――――――――――――――――\n"
        "（様式第3号）　　　　【提出期限　令和9年5月17日（月曜日）正午】\n"
        "　　　　　　　　　　　　　質　問　書\n"
        "　提出日　令和9年5月14日（記入例）\n"
    )
    assert found(text) == [("question", "2027-05-17", "12:00", "datetime"), ("application", "2027-05-21", "17:15", "datetime")]


def test_the_registration_for_a_quotation_round_is_the_calls_application():
    text = "（１）見積合わせ参加申込期限　令和9年6月22日（火）午後4時\n（２）見積合わせ（開封）　令和9年6月30日（水）午前10時\n"
    assert kinds(text) == ["application", "other"]


def test_papers_handed_in_together_are_the_first_papers_step():
    text = (
        "５　競争参加資格確認申請書及び技術資料の提出\n"
        "（１）提出期限　令和7年5月26日（月）午後5時\n"
        "（２）提出方法　電子入札システムにより提出すること。\n"
    )
    assert kinds(text) == ["application"]


def test_a_papers_short_name_defined_in_brackets_ends_no_sentence():
    text = (
        "競争参加資格確認申請書（以下「申請書」という。）及び添付書類の提出期限は、2027年1月20日（水）正午とする。"
        "提出は持参又は郵送（書留郵便に限り、同日正午必着）によるものとする。\n"
    )
    assert found(text) == [("application", "2027-01-20", "12:00", "datetime")]


# --- a sentence that opens with its condition -----------------------------------------------------------------------


def test_a_sentence_opening_with_its_condition_is_the_step_its_paper_names():
    text = (
        "（４）入札を辞退する場合は、開札日の前日（令和7年6月25日（水））午後5時までに、"
        "電子入札システムにより辞退届を提出すること。\n"
    )
    assert found(text) == [("other", "2025-06-25", "17:00", "datetime")]
    assert labels(text) == ["辞退届の提出"]


def test_who_may_take_part_opens_the_sentence_the_paper_names_the_step():
    text = (
        "　見積合わせへの参加を希望する方は、見積参加申込書（様式第1号）に、導入実績が分かる書類（契約書又は納品書の写し）を"
        "添えて、令和8年9月24日（木）正午までに提出してください（必着）。\n"
    )
    assert found(text) == [("application", "2026-09-24", "12:00", "datetime")]


def test_a_condition_that_names_no_other_step_keeps_its_own():
    text = "　参加資格の確認を希望する場合は、令和8年6月5日（金）午後5時までに申し出ること。\n"
    assert kinds(text) == ["application"]
