"""Change notices in other forms (round hq): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a column of the new dates, each with its old one in a bracket after it ---------------------------------


def test_a_column_named_for_the_new_dates_with_the_old_in_brackets_holds_the_new_dates():
    text = (
        "湖畔町観光マップ作成業務委託 公募型プロポーザルの日程変更について\n"
        "令和9年4月6日に公告した標記プロポーザルについて、次のとおり日程を変更します。\n"
        "\n"
        "| 項目 | 変更後の日程（当初の日程） |\n"
        "|---|---|\n"
        "| 参加申込書の提出期限 | 令和9年4月23日（金）午後5時まで（当初：令和9年4月16日（金）午後5時） |\n"
        "| 企画提案書の提出期限 | 令和9年5月14日（金）正午まで（当初：令和9年5月7日（金）正午） |\n"
    )
    assert found(text) == [
        ("application", "2027-04-23", "17:00", "datetime"),
        ("submission", "2027-05-14", "12:00", "datetime"),
    ]


def test_a_step_name_its_narrow_cell_wrapped_onto_a_row_of_its_own_is_read_whole():
    text = (
        "湖畔町観光マップ作成業務委託 公募型プロポーザルの日程変更について\n"
        "令和9年4月6日に公告した標記プロポーザルについて、次のとおり日程を変更します。\n"
        "\n"
        "|項目|変更後の日程（当初の日程）|\n"
        "|――――――|――――――――――――|\n"
        "|第一次審査（書類審査）|令和9年5月下旬（当初：令和9年5月中旬）|\n"
        "|結果の通知| |\n"
    )
    assert found(text) == [("result", "2027-05-01", None, "late_month")]
