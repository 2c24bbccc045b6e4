"""Calls of environment, energy and public-private partnership projects (round w): PFI 実施方針 and 入札説明書,
soundings, PPA and the use of public land; each test a few lines written for its class."""

from tenders.extractor import extract
from tests.extractor_found import found, kinds


def test_the_day_of_an_earlier_publication_named_in_passing_is_no_step():
    text = (
        "入札説明書\n"
        "なお、本書と令和8年2月10日に公表した実施方針に相違がある場合は、本書の規定が優先する。\n"
        "１　日程\n"
        "令和8年9月1日（火）　入札公告\n"
        "令和8年10月30日（金）　提案書の提出期限\n"
    )
    assert found(text) == [("published", "2026-09-01", None, "date"), ("submission", "2026-10-30", None, "date")]


def test_an_event_held_the_same_day_after_another_one_ended_is_its_own_step():
    text = (
        "３　説明会及び見学会\n"
        "　ア　説明会　令和8年7月6日（月）午前10時から正午まで\n"
        "　イ　施設見学会　説明会終了後、同日午後1時30分から\n"
    )
    assert found(text) == [("other", "2026-07-06", "10:00", "datetime"), ("other", "2026-07-06", "13:30", "datetime")]
    assert [m.label for m in extract(text).proposal.milestones] == ["説明会", "施設見学会"]


def test_a_last_day_named_with_its_date_closes_earlier():
    text = (
        "１　日程\n"
        "令和8年5月11日（月）～5月15日（金）　参加表明書の受付\n"
        "令和8年8月3日（月）～8月5日（水）　提案書類の受付\n"
        "２　提案書類の提出\n"
        "（1）受付時間　各日午前9時から午後5時まで（最終日の8月5日（水）は正午まで）\n"
    )
    assert found(text) == [
        ("application", "2026-05-15", "17:00", "datetime"),
        ("submission", "2026-08-05", "12:00", "datetime"),
    ]


def test_a_sentence_wrapped_before_its_date_names_the_step_by_its_object():
    text = (
        "５　企画提案書の提出\n"
        "　一次審査の結果、参加資格があると認めた者は、企画提案書一式（正本1部、副本6部）を\n"
        "2026年9月18日（金曜日）午後5時までに持参してください。\n"
    )
    assert found(text) == [("submission", "2026-09-18", "17:00", "datetime")]


def test_a_date_wrapped_after_its_year_in_an_aside_is_the_asides_step():
    text = (
        "６　審査の方法\n"
        "　提案書類及びヒアリングにより、選定基準に基づき提案内容を評価し、優先交渉権者を決定する（ヒアリングは令和9年\n"
        "　２月中旬に実施予定。時刻及び場所は別途通知する。）。\n"
    )
    assert found(text) == [("hearing", "2027-02-01", None, "mid_month")]
    text = "　提案内容を評価し、優先交渉権者を決定する（ヒアリングは令和9年２月中旬に実施予定。）。\n"
    assert kinds(text) == ["hearing"]


def test_the_deadline_under_a_heading_of_questions_and_answers_is_the_questions():
    text = (
        "６．質問の受付及び回答\n"
        "（１）質問は、電子メールにより受け付ける。\n"
        "（２）受付期限は、令和9年6月4日（金）17時00分とする。\n"
    )
    assert found(text) == [("question", "2027-06-04", "17:00", "datetime")]


def test_questions_and_answers_put_up_together_are_the_answers():
    text = "（３）質問及び回答は、令和9年6月11日（金）までに当所ホームページに掲載する。\n"
    assert found(text) == [("answer", "2027-06-11", None, "date")]
    # a hand-in of both is still two steps' papers (no act that makes them known)
    text = "（３）参加申込書及び質問書は、令和9年6月11日（金）までに提出すること。\n"
    assert kinds(text) == ["application", "question"]


def test_comments_received_with_the_questions_under_their_heading_are_the_questions():
    text = "４　実施方針等に関する質問・意見の受付\n（１）受付期間　令和9年6月28日（月）から7月9日（金）正午まで\n"
    assert found(text) == [("question", "2027-07-09", "12:00", "datetime")]


def test_the_selection_of_a_pfi_project_selects_no_bidder():
    text = (
        "| 日程 | 内容 |\n"
        "|---|---|\n"
        "| 令和9年6月15日（火） | 実施方針の公表 |\n"
        "| 令和9年8月 | 特定事業の選定・公表 |\n"
        "| 令和10年3月 | 落札者の決定・公表 |\n"
    )
    assert kinds(text) == ["published", "other", "result"]


def test_the_next_stage_s_call_in_an_earlier_stage_s_schedule_is_a_step_of_its_own():
    text = (
        "５　スケジュール\n"
        "（１）実施要領の公表　令和9年4月5日（月）\n"
        "（２）対話への参加申込期限　令和9年4月23日（金）午後5時\n"
        "（３）公募開始（予定）　令和9年10月\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("application", "2027-04-23", "17:00", "datetime"),
        ("other", "2027-10-01", None, "month"),
    ]
    # said in passing, it is left out
    text = (
        "公示日　令和9年4月5日（月）\n"
        "（１）意見の提出期限　令和9年4月23日（金）午後5時\n"
        "本件に係る入札公告は、令和9年8月頃に官報に掲載する予定である。\n"
    )
    assert kinds(text) == ["published", "other"]
