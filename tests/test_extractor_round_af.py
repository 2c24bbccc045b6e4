"""Classes of notices of universities, research institutes and transport: papers listed before 「に関する質問」, a review
held as its bracket says, a registration told by who wishes to come, a vague deadline's time, clauses of the date before
and 「…後」, a must-arrive bracket before the particle, the work's tasks in a list, English items wrapped over lines."""

import datetime as dt

from tenders.extractor.labels import kind_of
from tests.extractor_found import steps


def test_papers_listed_before_a_question_are_what_it_is_about():
    text = (
        "令和8年度 市道除雪業務 指名競争入札の告示\n"
        "１　参加希望申出書の提出 令和8年9月14日（月）午後5時15分まで\n"
        "２　質問\n"
        "　本告示及び路線図の内容に関する質問は、令和8年9月9日（水）正午までに、質問書により提出すること。\n"
        "３　入札 令和8年10月8日（木）午前10時\n"
    )
    found = steps(text)
    assert ("question", dt.date(2026, 9, 9), dt.time(12, 0), "datetime") in found
    assert [s for s in found if s[0] == "published"] == []


def test_a_review_of_a_named_paper_is_held_as_its_bracket_says():
    assert kind_of("企画書審査（プレゼンテーション）") == "hearing"
    assert kind_of("提案書審査（プレゼンテーション）") == "hearing"


def test_who_wishes_to_attend_registers_by_the_date_the_verb_wrapped_below():
    text = (
        "仕様書案に対する意見招請の公示\n"
        "1　交付期間　2026年6月15日から2026年7月6日まで\n"
        "2　仕様書案に対する説明会の開催日時及び場所\n"
        "　(1)　日時　2026年6月24日(水)　13時30分\n"
        "　(2)　出席を希望する者は、2026年6月22日(月)17時00分までに、会社名及び\n"
        "　　　連絡先を記載の上、電子メールにより申し込むこと。\n"
        "3　意見の提出期限　2026年7月6日(月)　17時00分\n"
    )
    assert ("other", dt.date(2026, 6, 22), dt.time(17, 0), "datetime") in steps(text)


def test_a_vague_deadline_gives_its_time_to_the_step_named_on_its_day():
    text = (
        "募集日程\n"
        "項目\t日程\n"
        "募集要項の配布\t令和8年7月1日(水曜日)～7月31日(金曜日)\n"
        "現地説明会の参加申込\t7月10日(金曜日)まで\n"
        "現地説明会\t7月14日(火曜日)\n"
        "\n"
        "現地説明会\n"
        "日時：令和8年7月14日(火曜日)午前10時から\n"
        "申込方法：令和8年7月10日(金曜日)午後5時までに、参加申込書を電子メールで提出してください。\n"
    )
    found = steps(text)
    assert ("other", dt.date(2026, 7, 10), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2026, 7, 10), None, "date") not in found


def test_a_clause_opening_with_the_date_befores_particle_is_that_dates():
    text = (
        "指定管理者の募集\n"
        "募集要項の配布 令和8年7月1日(水曜日)\n"
        "選定委員会において、令和8年9月上旬に第1次審査(書類審査)を、令和8年9月中旬に第2次審査(ヒアリング)を行います。\n"
    )
    found = steps(text)
    assert ("hearing", dt.date(2026, 9, 1), None, "mid_month") in found
    assert ("other", dt.date(2026, 9, 1), None, "mid_month") not in found


def test_a_clause_after_a_step_says_when_and_names_no_step():
    text = (
        "指定管理者の募集\n"
        "募集要項の配布 令和8年7月1日(水曜日)\n"
        "申請書類の提出期限 令和8年8月28日(金曜日)午後5時\n"
        "候補者の選定後、令和8年12月市議会定例会に指定の議案を提出します。\n"
    )
    assert [s for s in steps(text) if s[1] == dt.date(2026, 12, 1)] == []


def test_a_must_arrive_bracket_does_not_part_the_date_from_its_step():
    text = (
        "調査業務委託 公募型プロポーザル\n"
        "公告日 令和9年5月6日\n"
        "　参加資格を有すると認められた方は、５月２８日（金）正午（必着）までに企画提案書を提出してください。\n"
    )
    assert ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime") in steps(text)


def test_the_items_of_a_work_tasks_list_are_no_steps():
    text = (
        "お知らせ\n"
        "交通計画策定支援業務 企画競争\n"
        "業務内容：\n"
        "・計画素案の作成\n"
        "・協議会の運営支援（2026年8月、11月、2027年2月の計3回開催予定）\n"
        "公募開始 2026年4月10日\n"
        "企画提案書提出期限 2026年5月15日（金）17時\n"
    )
    found = steps(text)
    assert [s for s in found if s[1] >= dt.date(2026, 8, 1)] == []
    assert ("submission", dt.date(2026, 5, 15), dt.time(17, 0), "datetime") in found


def test_an_english_item_wrapped_above_its_date_names_the_step():
    text = (
        "NOTICE OF INVITATION TO TENDER\n"
        "The following tender will be held under the Agreement on Government Procurement.\n"
        "In case of any discrepancy, the Japanese version (dated\n"
        "26 March 2027) shall prevail.\n"
        "Date of announcement: March 26, 2027\n"
        "3. Schedule\n"
        " (1) Deadline for the submission of application forms and documents certifying\n"
        "     conformity with the technical requirements:\n"
        "     12:00 noon, Monday, May 10, 2027\n"
        " (2) The results of the examination of the documents in (1) will be notified to each\n"
        "     applicant in writing by Friday, June 4, 2027.\n"
        " (3) Time-limit for tender: 17:00, Thursday, June 17, 2027\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 3, 26), None, "date"),
        ("application", dt.date(2027, 5, 10), dt.time(12, 0), "datetime"),
        ("result", dt.date(2027, 6, 4), None, "date"),
        ("submission", dt.date(2027, 6, 17), dt.time(17, 0), "datetime"),
    ]
