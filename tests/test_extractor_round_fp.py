"""Change notices and calls made again (round fp): what an earlier round did, told in a call made again. Each test a
few lines written for its class."""

from tests.extractor_found import found

# --- a call made again tells what the earlier round did --------------------------------------------------


def test_an_earlier_rounds_past_act_is_no_step_of_the_call_made_again():
    text = (
        "市営駐車場管理運営業務 受託者の追加募集\n"
        "　前回の募集で応募のあった2施設は、令和9年2月15日（月）に優先交渉権者を公表しており、今回の対象ではありません。\n"
        "スケジュール\n"
        "令和9年3月1日（月）\t追加募集開始（募集要項の配布開始）\n"
        "令和9年3月19日（金）午後5時\t応募書類の提出期限\n"
    )
    assert found(text) == [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", "17:00", "datetime"),
    ]
