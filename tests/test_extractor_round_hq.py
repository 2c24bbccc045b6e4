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


# --- the schedule as it stood before the change, quoted under a heading of its own ------------------------------


def test_the_old_schedule_a_postponement_quotes_under_its_heading_gives_no_steps():
    text = (
        "市民プール監視業務委託 一般競争入札の延期について（お知らせ）\n"
        "令和9年5月10日付けで公告した標記の入札について、次のとおり延期します。\n"
        "\n"
        "３　当初の日程\n"
        "　（１）　入札書の受付期限\n"
        "　　　　令和9年5月28日（金）午後5時\n"
        "　（２）　開札日時\n"
        "　　　　令和9年6月1日（火）午前10時\n"
        "\n"
        "４　延期後の日程\n"
        "　（１）　入札書の受付期限\n"
        "　　　　令和9年6月11日（金）午後5時まで延長します。\n"
        "　（２）　開札日時\n"
        "　　　　追って通知します。\n"
    )
    assert found(text) == [("submission", "2027-06-11", "17:00", "datetime")]


def test_the_schedule_as_first_published_quoted_in_brackets_gives_no_steps():
    text = (
        "【お知らせ】給食配送車両 一式 一般競争入札の手続延期について\n"
        "2027年8月2日付けで公告した標記の入札について、下記のとおり手続を延期します。\n"
        "\n"
        "　（公告時の日程）\n"
        "　・入札書の提出期限　2027年8月27日（金）17:00\n"
        "　・開札日時　2027年8月31日（火）10:00\n"
        "\n"
        "入札書の提出及び開札は延期とし、新たな日程は追って通知します。\n"
        "質問の受付期限のみ、次のとおり延長します。\n"
        "　・質問の受付期限\n"
        "　　変更前　2027年8月13日（金）17:00\n"
        "　　変更後　2027年8月20日（金）17:00\n"
    )
    assert found(text) == [("question", "2027-08-20", "17:00", "datetime")]


def test_the_heading_of_the_old_schedule_run_onto_the_line_above_it_still_heads_it():
    text = (
        "【お知らせ】給食配送車両 一式 一般競争入札の手続延期について\n"
        "2027年8月2日付けで公告した標記の入札について、下記のとおり手続を延期します。\n"
        "\n"
        "3.延期する手続 公告時の日程は次のとおりでした。   (公告時の日程)\n"
        "・入札書の提出期限  2027年8月27日(金)17:00\n"
        "・開札日時  2027年8月31日(火)10:00  いずれも延期とし、新たな日程は追って通知します。\n"
        "\n"
        "・質問の受付期限   変更前 2027年8月13日(金)17:00   変更後 2027年8月20日(金)17:00\n"
    )
    assert found(text) == [("question", "2027-08-20", "17:00", "datetime")]
