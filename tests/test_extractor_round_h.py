"""Portal and e-procurement detail pages, English notices of Japanese bodies (each test a few lines written
for its class)."""

from tests.extractor_found import found


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
