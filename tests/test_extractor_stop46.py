"""Stop 46: the lead's mends after merging rounds, each with a text written for it (none copied from a notice file)."""

from tests.extractor_found import found, one_line

DATE_FIRST_WITH_A_VENUE = (
    "令和9年度 桜川市音楽祭運営業務 公募型プロポーザル\n"
    "\n"
    "■スケジュール\n"
    "令和9年10月8日（金）\n"
    "　募集要項の公表\n"
    "令和9年10月15日（金）14時\n"
    "　事業説明会（{venue}）\n"
    "令和9年10月22日（金）17時15分\n"
    "　参加申込書提出締切\n"
    "令和9年11月12日（金）17時\n"
    "　企画提案書提出締切\n"
)


def test_a_briefing_named_with_its_venue_leaves_the_next_deadline_the_calls():
    """Round ne: a briefing's heading with an aside on how it is held keeps the sign-up under it the briefing's. An aside
    naming where it is held is no such heading: in a schedule given date first, the next date's 参加申込書 is the call's."""
    for venue in ("桜川市民文化ホール 第2会議室", "会場：桜川市民文化ホール", "市役所本庁舎3階"):
        text = DATE_FIRST_WITH_A_VENUE.format(venue=venue)
        expected = [
            ("published", "2027-10-08", None, "date"),
            ("other", "2027-10-15", "14:00", "datetime"),
            ("application", "2027-10-22", "17:15", "datetime"),
            ("submission", "2027-11-12", "17:00", "datetime"),
        ]
        assert found(text) == expected, venue
        assert found(one_line(text)) == expected, venue
