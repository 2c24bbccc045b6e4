"""Portal and e-procurement detail pages, English notices of Japanese bodies (each test a few lines written
for its class)."""

from tests.extractor_found import found, kinds


def test_a_portals_status_log_repeats_steps_and_gives_no_time():
    text = (
        "公告日　　　　　｜ 2025-03-03\n"
        "開札予定日時　　｜ 2025-03-20 10:00:00\n"
        "\n"
        "処理履歴\n"
        "  2025-03-03 08:30:00  公告\n"
        "  2025-03-20 10:12:41  開札\n"
    )
    assert found(text) == [("published", "2025-03-03", None, "date"), ("other", "2025-03-20", "10:00", "datetime")]


def test_english_labels_of_a_japanese_bodys_call_name_their_steps():
    text = (
        "Date of issue: 2025-06-02 (Mon)\n"
        "Letter of intent to participate: by 2025-06-13 (Fri) 17:00 JST\n"
        "Responses to clarifications: by 2025-06-20 (Fri)\n"
        "Expected issuance of Purchase Order: 2025-08-01 (Fri)\n"
    )
    assert kinds(text) == ["published", "application", "answer", "contract"]
    text = "The tender documents (in Japanese) can be obtained from 2 June 2025 by e-mail request.\n"
    assert kinds(text) == ["published"]


def test_an_english_events_time_range_gives_its_start():
    text = "Site visit: 2025-06-10 (Tue) 14:00-15:30 JST at the laboratory building\n"
    assert found(text) == [("other", "2025-06-10", "14:00", "datetime")]


def test_an_english_tender_notice_heading_over_its_date_is_the_publication():
    assert kinds("TENDER NOTICE\n\nFriday, 6 June 2025\n") in (["published"], [])
    assert kinds("Tender notice: 6 June 2025\n") == ["published"]


def test_a_table_ruled_under_its_header_at_the_bar_is_no_pair_of_texts_side_by_side():
    rows = [
        ("Notice issued", "June 2, 2025"),
        ("Briefing session", "June 6, 2025 10:00"),
        ("Deadline for questions", "June 11, 2025 12:00"),
        ("Answers to questions", "June 16, 2025"),
        ("Application deadline", "June 20, 2025 17:00"),
        ("Proposal deadline", "July 4, 2025 17:00"),
        ("Presentations", "July 14, 2025"),
        ("Notification of results", "Late July 2025"),
    ]
    text = " Step                     | Date (JST)\n -------------------------+-----------------\n"
    text += "".join(f" {label:<24} | {when}\n" for label, when in rows)
    assert kinds(text) == ["published", "other", "question", "answer", "application", "submission", "hearing", "result"]


def test_a_horizontal_schedule_in_two_bands_reads_each_band_under_its_own_labels():
    text = (
        "公告日\t質問締切\t回答日\n"
        "2025年04月01日\t2025年04月10日 17時00分\t2025年04月15日\n"
        "\n"
        "提案書提出期限\tヒアリング実施日\t審査結果通知\n"
        "2025年05月09日 12時00分\t2025年05月20日\t2025年5月下旬\n"
    )
    assert kinds(text) == ["published", "question", "answer", "submission", "hearing", "result"]


def test_a_pages_links_to_the_calls_before_and_after_are_no_steps():
    text = (
        "【公告日】\n2026年3月9日(月)\n\n【入札書提出期限】\n2026年3月23日(月) 17時00分\n\n"
        "＜ 前の案件：庁舎清掃業務（公告日 2026年3月2日）\n"
        "＞ 次の案件：公用車賃貸借（公告日 2026年3月12日）\n"
    )
    assert found(text) == [("published", "2026-03-09", None, "date"), ("submission", "2026-03-23", "17:00", "datetime")]


def test_an_english_briefings_registration_is_a_step_of_the_briefing():
    text = (
        "(2) A tender briefing will be held at 10:00 a.m. (JST), Tuesday, 9 June 2026. Those who wish to attend "
        "should register by e-mail by 5:00 p.m. (JST), Friday, 5 June 2026.\n"
        "(3) Tenders sent by registered mail must arrive by 5:00 p.m. (JST), Monday, 22 June 2026.\n"
    )
    assert kinds(text) == ["other", "other", "submission"]


def test_a_fields_date_after_its_own_key_takes_no_label_of_the_fields_above():
    text = (
        " 予定価格      ：事後公表\n"
        " 入札状況      ：受付中\n"
        " 掲載日時      ：令和07年10月01日 09時00分\n"
        " 最終更新日時  ：令和07年10月06日 11時42分\n"
        "\n"
        " 入札書提出期限：令和07年10月20日 17時00分\n"
    )
    assert found(text) == [("submission", "2025-10-20", "17:00", "datetime")]


def test_a_sidebar_of_new_calls_gives_no_steps():
    text = (
        "入札書提出期限　2024年12月16日（月）17時00分\n"
        "\n"
        "新着の入札情報\n"
        "　2024.12.02　［入札結果］分光光度計 一式\n"
        "　2024.11.28　［公告］遠心分離機 1台（入札書提出期限 2024.12.20）\n"
    )
    assert found(text) == [("submission", "2024-12-16", "17:00", "datetime")]


def test_the_date_a_condition_speaks_of_is_no_step():
    text = (
        "(1) 入札書の提出期限　令和9年2月16日(火)17時00分\n"
        "(2) 予算の成立が令和9年4月1日以降となった場合は、契約締結日を予算の成立日以降とする。\n"
    )
    assert found(text) == [("submission", "2027-02-16", "17:00", "datetime")]
