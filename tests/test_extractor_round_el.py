"""Review el: faults found reading the merge of rounds ec, ee, ef, eg and eh; each test fails on the code before its
mend and shows what a user relies on (the milestones proposed)."""

from tests.extractor_found import found

# --- a contact heading, its hand-in's place after it (the parted forms are in test_extractor_round_eh) ------------


def test_where_to_apply_and_hand_in_still_names_a_hand_in():
    text = "(3) 申込先・提出先\n　　霧ヶ丘市総務部総務課\n　　令和8年6月30日（火）午後5時必着\n"
    assert found(text) == [("submission", "2026-06-30", "17:00", "datetime")]


# --- a chat's post header holds no bracket: a date's weekday and its time stay on the date's line ---------------


def test_a_weekday_and_time_after_two_spaces_are_no_chat_post_header():
    text = (
        "令和8年5月20日\n\n物品購入に係る一般競争入札公告\n\n次のとおり一般競争入札に付します。"
        + "本業務の実施に当たっては、仕様書に定める事項を遵守し、誠実に履行すること。" * 4
        + "\n\n1 日程\n"
        "入札説明書の交付 令和8年5月20日 (水)  9:00 から 令和8年5月29日 (金)  17:00 まで\n"
        "質問の受付 令和8年5月21日 (木)  9:00 から 令和8年5月27日 (水)  17:00 まで\n"
        "開札 令和8年6月9日 (火)  10:00 から 当課会議室\n\n2 その他\n詳細は入札説明書によります。"
        + "本業務の実施に当たっては、仕様書に定める事項を遵守し、誠実に履行すること。" * 4
        + "\n"
    )
    steps = [
        ("published", "2026-05-20", "09:00", "datetime"),
        ("question", "2026-05-27", "17:00", "datetime"),
        ("other", "2026-06-09", "10:00", "datetime"),
    ]
    assert found(text) == steps
    # (run onto one line, as a page copied whole: the question window's start was cut from its end as a post header)
    assert found(text.replace("\n", " ")) == steps


def test_chat_posts_run_together_are_still_cut_at_their_headers():
    text = (
        "#入札チーム  "
        + "共有です。来週の会議で資料を確認しましょう。" * 12
        + "    木下 早紀  14:20   社内スケジュールも引き直しました。    "
        + "田中 美穂  14:25   了解です。"
        + " 公告の質問期限は 令和8年6月12日(金) 17時 です。"
    )
    assert ("question", "2026-06-12", "17:00", "datetime") in found(text)


# --- a head run onto one line is cut into its lines within the head's first characters, one way everywhere -----


def test_a_paper_named_far_into_a_long_first_line_makes_no_specification():
    body = "お世話になっております。標記の件について、下記のとおりご案内いたします。" * 9
    text = (
        f"桜庭市総務課より各位  {body}  添付資料 仕様書  以上、よろしくお願いいたします。\n"
        "\n"
        "1 日程\n"
        "(1) 質問の受付期限 令和8年7月10日(金)午後5時\n"
        "(2) 見積書の提出期限 令和8年7月17日(金)正午\n"
    )
    steps = [("question", "2026-07-10", "17:00", "datetime"), ("submission", "2026-07-17", "12:00", "datetime")]
    # (「添付資料 仕様書」 stands past the head's first 300 characters: no title of the text, whose steps were all dropped
    # as a specification's)
    assert found(text) == steps
    assert found(text.replace("\n", " ")) == steps


def test_a_specification_titled_in_its_head_run_onto_one_line_keeps_only_the_call_part():
    text = (
        "業務委託仕様書  "
        + "本仕様書は、桜庭市が発注する清掃業務の内容を定めるものである。" * 2
        + "  1 業務の内容  (1) 定期清掃 令和8年9月10日(木)に実施する。  (2) 報告書の提出 令和8年9月30日(水)まで"
    )
    assert found(text) == []  # (the work's own dates, in a specification)


# --- an English event's hours after its date, 「From」 capitalised as the pattern reads it ---------------------------


def test_an_english_event_from_its_first_hour_capitalised():
    for words in ("from", "From"):
        text = (
            "REQUEST FOR PROPOSALS\n\n3. Briefing session\n"
            f"A briefing session will be held on 2 June 2026 {words} 10:00 to 12:00 at the City Hall.\n"
            "4. Deadline for proposals: 30 June 2026, 17:00\n"
        )
        assert found(text) == [
            ("other", "2026-06-02", "10:00", "datetime"),
            ("submission", "2026-06-30", "17:00", "datetime"),
        ]


def test_a_papers_window_from_its_first_day_keeps_its_day_only():
    text = (
        "REQUEST FOR PROPOSALS\n\n2. Distribution of documents\n"
        "The documents are available on 2 June 2026 From 10:00 to 17:00 daily at the City Hall.\n"
    )
    assert ("published", "2026-06-02", None, "date") in found(text)


# --- a team's plan named by a post that says it was drawn, not an issuer's sentence on its own procedure --------


def _with_contract_item(lead: str) -> str:
    return (
        "桜庭市一般競争入札公告\n\n1 日程\n・入札書の提出期限 令和8年6月5日(金)午後5時\n・開札 令和8年6月8日(月)午前10時\n\n"
        f"2 契約\n{lead}\n・契約締結予定日 令和8年6月19日(金)\n"
    )


def test_an_issuers_sentence_on_its_office_procedure_heads_no_team_plan():
    text = _with_contract_item("契約の締結は、庁内の手続きを経て速やかに行います。")
    assert ("contract", "2026-06-19", None, "date") in found(text)


def test_a_post_that_says_the_team_plan_was_drawn_still_heads_it():
    text = _with_contract_item("社内スケジュールも引き直しました。")
    assert ("contract", "2026-06-19", None, "date") not in found(text)


# --- a step told as done has its day in a bracket after its name; a later step for those who did it is no such ----


def test_a_later_step_for_those_who_handed_in_a_paper_already_is_kept():
    text = (
        "公募型プロポーザル実施要領\n\n5 日程\n(1) 参加表明書の提出期限 令和8年6月10日(水)午後5時\n"
        "(2) 既に参加表明書を提出した者の技術提案書の提出期限 令和8年7月1日(水)午後5時\n"
    )
    assert ("2026-07-01", "17:00") in [(date, time) for _, date, time, _ in found(text)]


def test_a_step_told_as_done_with_its_day_in_a_bracket_is_still_dropped():
    text = (
        "公募型プロポーザル実施要領\n\n5 日程\n(1) 参加表明書の提出期限 令和8年6月10日(水)午後5時\n"
        "(2) 既に公表した質問への回答（令和8年5月22日公表）を併せて確認すること。\n"
    )
    assert found(text) == [("application", "2026-06-10", "17:00", "datetime")]


# --- whether a bidder qualifies, made known, is a result; whether an event is held is none ---------------------


def _with_row(row: str) -> str:
    return f"公募型プロポーザル実施要領\n\n5 日程\n(1) 参加表明書の提出期限 令和8年6月1日(月)午後5時\n{row}\n"


def test_whether_an_event_is_held_made_known_is_no_result():
    for row in (
        "(2) 説明会の開催の有無のお知らせ 令和8年6月5日(金)",
        "(2) 現地見学会の実施の有無をお知らせする日 令和8年6月5日(金)",
    ):
        assert ("result", "2026-06-05", None, "date") not in found(_with_row(row))


def test_whether_a_bidder_qualifies_made_known_is_still_a_result():
    assert ("result", "2026-06-12", None, "date") in found(_with_row("(2) 参加資格の有無のお知らせ 令和8年6月12日(金)"))


# --- a web page's title is the line over its own date, the first; a related link's date under it titles nothing ---


def test_a_related_cancellation_link_under_a_calls_page_cancels_nothing():
    text = (
        "桜庭市公式ホームページ\nトップ > 入札・契約 > 入札情報\n桜庭市営公園清掃業務委託 一般競争入札公告\n"
        "更新日：2026年5月10日\n次のとおり一般競争入札を行います。\n1 日程\n"
        "(1) 入札書の提出期限 令和8年6月5日(金)午後5時\n(2) 開札 令和8年6月8日(月)午前10時\n\n"
        "関連情報\n入札の中止について（市民会館舞台設備保守業務）\n更新日：2026年5月1日\n"
    )
    assert found(text) == [
        ("submission", "2026-06-05", "17:00", "datetime"),
        ("other", "2026-06-08", "10:00", "datetime"),
    ]


def test_a_cancellation_pages_own_title_over_its_date_still_cancels_the_call():
    text = (
        "桜庭市公式ホームページ\nトップ > 入札・契約 > 入札情報\n入札の中止について（市民会館舞台設備保守業務）\n"
        "最終更新日：2026年5月10日\n下記の入札は、都合により中止します。\n1 中止した入札の日程\n"
        "(1) 入札書の提出期限 令和8年6月5日(金)午後5時\n(2) 開札 令和8年6月8日(月)午前10時\n"
    )
    assert found(text) == []
