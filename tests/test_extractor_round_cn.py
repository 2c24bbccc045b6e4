"""Long documents, round cn: chapters numbered in Roman numerals over items whose period stands apart (「Ⅴ . 質問の
受付及び回答」 / 「1 . 受付期限」), a contract's paper named in a step's words (契約書の写し, 契約書（案）), a date a note of
an edition says it had been, an agreement signed 「…に指定した後、指定期間全体に係る基本協定を…」, a budget's vote as
the topic of a sentence, a bracket after a sentence's predicate, a month a sentence names in passing beside the
schedule's finer date, and a window of viewing whose start the schedule names as the call's publication."""

import datetime as dt

from tests.extractor_found import steps


def kinds_on(found: list[tuple], day: dt.date) -> set[str]:
    return {kind for kind, date, _, _ in found if date == day}


def test_an_item_under_a_roman_chapter_of_two_steps_is_the_one_it_names():
    text = (
        "Ⅴ . 質問の受付及び回答\n"
        "  1 . 受付期限   令和8年10月14日(水) 17時00分\n"
        "  2 . 提出方法   質問書を電子メールで提出すること。\n"
        "  3 . 回  答    令和8年10月20日(火)に全員に電子メールで送付する。\n"
    )
    found = steps(text)
    assert ("question", dt.date(2026, 10, 14), dt.time(17, 0), "datetime") in found
    assert kinds_on(found, dt.date(2026, 10, 14)) == {"question"}

    other = "Ⅱ期工事の着工予定 令和9年5月\n(1) 提案書の提出期限 令和8年10月30日(金)午後5時\n"
    found = steps(other)  # (and what must stay as it was)
    assert ("submission", dt.date(2026, 10, 30), dt.time(17, 0), "datetime") in found
    assert kinds_on(found, dt.date(2026, 10, 30)) == {"submission"}


def test_a_contracts_paper_in_a_list_of_papers_is_no_contract():
    text = (
        "9 提出書類一覧\n"
        "| 書類 | 様式 | 提出期限 | 提出方法 |\n"
        "|---|---|---|---|\n"
        "| 参加申込書 | 様式1 | R8.11.16(月)17:00 | 電子メール |\n"
        "| 業務実績調書 | 様式3 | R8.11.16(月)17:00 | 電子メール(契約書の写しを添付) |\n"
        "| 企画提案書 | 任意 | R8.11.30(月)17:00 | 持参 |\n"
    )
    found = steps(text)
    assert ("application", dt.date(2026, 11, 16), dt.time(17, 0), "datetime") in found
    assert "contract" not in {kind for kind, _, _, _ in found}

    other = "(1) 契約書の取り交わし 令和8年12月10日(木)\n(2) 基本協定の締結 令和9年1月中旬\n"
    found = steps(other)  # (and what must stay as it was)
    assert ("contract", dt.date(2026, 12, 10), None, "date") in found
    assert ("contract", dt.date(2027, 1, 1), None, "mid_month") in found


def test_a_dialogue_about_the_draft_contract_is_no_contract():
    text = (
        "市は、参加資格を有すると認めた者を対象に、要求水準及び事業契約書(案)の内容に関する個別の対話を"
        "令和8年11月中旬に実施する。\n"
        "事業契約の締結 令和9年6月下旬\n"
    )
    found = steps(text)
    assert ("contract", dt.date(2027, 6, 1), None, "late_month") in found
    assert "contract" not in kinds_on(found, dt.date(2026, 11, 1))


def test_the_date_an_earlier_edition_had_is_no_step():
    text = (
        "| 2026年11月24日(火) | 提案書類の受付 |\n"
        "\n"
        "※ 第2版で変更。第1版では「2026年11月17日(火)」としていたが、質問回答を踏まえ1週間延期した。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 11, 24), None, "date") in found
    assert dt.date(2026, 11, 17) not in {date for _, date, _, _ in found}

    other = "(3) 質問の受付期限は「令和8年9月17日(木)」として、電子メールで受け付ける。\n"
    assert ("question", dt.date(2026, 9, 17), None, "date") in steps(other)


def test_an_agreement_for_the_whole_term_signed_after_the_designation_is_the_contract():
    text = (
        "第10章 協定の締結\n"
        "町議会の議決を経て指定管理者に指定した後、指定期間全体に係る基本協定を令和9年2月に締結する予定である。\n"
    )
    found = steps(text)
    assert kinds_on(found, dt.date(2027, 2, 1)) == {"contract"}


def test_the_budgets_vote_a_call_depends_on_is_no_step():
    text = (
        "(1) 企画提案書の提出期限 令和9年1月29日(金)午後5時\n"
        "(2) 本業務に係る令和9年度予算(県補助金を含む。)は、令和9年3月の理事会及び県議会の議決を経て確定する。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 1, 29), dt.time(17, 0), "datetime") in found
    assert dt.date(2027, 3, 1) not in {date for _, date, _, _ in found}

    other = "指定議案の提出 令和8年9月市議会定例会\n基本協定の締結 令和8年11月(予定)\n"
    found = steps(other)  # (and what must stay as it was)
    assert ("other", dt.date(2026, 9, 1), None, "month") in found


def test_a_date_in_a_bracket_after_the_predicate_is_the_topics_step():
    text = (
        "7 質問及び回答\n"
        "(1) 質問は、質問書を電子メールで提出すること。\n"
        "(2) 回答は、質問者名を伏せて協会ウェブサイトに掲載する(令和8年11月14日(土)掲載予定)。\n"
    )
    assert kinds_on(steps(text), dt.date(2026, 11, 14)) == {"answer"}

    other = "参加希望者は、参加申込書(令和8年10月9日(金)午後5時必着)を提出すること。\n"
    assert kinds_on(steps(other), dt.date(2026, 10, 9)) == {"application"}


def test_a_month_named_in_passing_beside_the_schedules_finer_date_is_that_step():
    text = (
        "日程表\n"
        "  令和9年4月上旬     事業仮契約の締結\n"
        "  令和9年6月下旬     事業契約の締結(市議会の議決)\n"
        "\n"
        "市とSPCは、令和9年4月上旬に事業仮契約を締結する。事業仮契約は、令和9年6月市議会定例会で議決を得たときに"
        "本契約としての効力を生じるものとし、事業契約の締結は令和9年6月下旬を予定している。\n"
    )
    found = steps(text)
    assert ("contract", dt.date(2027, 6, 1), None, "late_month") in found
    assert ("contract", dt.date(2027, 6, 1), None, "month") not in found

    other = "日程表\n  令和9年6月     基本協定の締結\n  令和9年6月下旬     事業契約の締結\n"
    found = steps(other)  # (and what must stay as it was)
    assert ("contract", dt.date(2027, 6, 1), None, "month") in found
    assert ("contract", dt.date(2027, 6, 1), None, "late_month") in found


def test_a_viewing_window_the_schedule_opens_as_the_publication_ends_no_step():
    text = (
        "6. 入札説明書等の閲覧等\n"
        "(1) 閲覧期間 令和8年7月6日(月)から令和8年8月7日(金)まで\n"
        "(2) 閲覧方法 電子入札システムからダウンロードすること。\n"
        "\n"
        "別紙 入札手続日程表\n"
        "  公告・入札説明書等の閲覧開始      令和8年7月6日(月)\n"
        "  入札書の提出期限                  令和8年8月7日(金)午後4時\n"
    )
    found = steps(text)
    assert ("published", dt.date(2026, 7, 6), None, "date") in found
    assert kinds_on(found, dt.date(2026, 8, 7)) == {"submission"}

    other = (
        "(1) 入札公告 令和8年7月6日(月)\n"
        "(2) 設計図書の閲覧期間 令和8年7月13日(月)から令和8年7月24日(金)まで\n"
        "(3) 入札書の提出期限 令和8年8月7日(金)午後4時\n"
    )
    found = steps(other)  # (and what must stay as it was)
    assert ("other", dt.date(2026, 7, 24), None, "date") in found
