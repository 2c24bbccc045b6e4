"""Change notices in other forms (round hk): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a page of news posts, one of them the change -----------------------------------------------------------


def test_of_a_list_of_news_posts_only_the_post_of_the_change_gives_steps():
    text = (
        "お知らせ一覧\n"
        "\n"
        "――――――――――――――――\n"
        "2027年3月8日\n"
        "【日程変更】潮見台市観光案内サイト改修業務委託 プロポーザルの日程変更について\n"
        "　令和9年2月15日に公告した標記プロポーザルについて、次のとおり日程を変更します。\n"
        "　○企画提案書の提出期限\n"
        "　　（変更前）令和9年3月12日（金）正午\n"
        "　　（変更後）令和9年3月19日（金）正午\n"
        "\n"
        "――――――――――――――――\n"
        "2027年3月1日\n"
        "市道西通り線舗装工事 一般競争入札の開札結果を公表しました\n"
        "　令和9年2月26日（金）午前10時に開札を行いました。\n"
        "\n"
        "――――――――――――――――\n"
        "2027年2月20日\n"
        "第5回潮見台マルシェの出店者を募集します\n"
        "　出店のお申込みは3月5日（金）まで受け付けます。\n"
        "\n"
        "――――――――――――――――\n"
        "2027年2月15日\n"
        "潮見台市観光案内サイト改修業務委託に係るプロポーザルを実施します\n"
        "　・参加申込書の提出期限　令和9年2月26日（金）午後5時\n"
        "　・企画提案書の提出期限　令和9年3月12日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-03-19", "12:00", "datetime")]
    text = (  # (no post of a change: every post stands)
        "――――――――――――――――\n"
        "2027年3月8日\n"
        "潮見台市観光案内サイト改修業務委託 プロポーザルを実施します\n"
        "　・企画提案書の提出期限　令和9年3月19日（金）正午\n"
        "――――――――――――――――\n"
        "2027年3月1日\n"
        "潮見台市公園清掃業務委託 一般競争入札を実施します\n"
        "　・入札書の提出期限　令和9年3月15日（月）午後5時\n"
        "――――――――――――――――\n"
        "2027年2月20日\n"
        "潮見台市庁舎警備業務委託 一般競争入札を実施します\n"
        "　・入札書の提出期限　令和9年3月10日（水）午後5時\n"
    )
    assert len(found(text)) == 3


# --- a restated full schedule whose changed rows carry the mark its legend names ---------------------------------


def test_under_a_legend_of_the_note_mark_only_the_marked_rows_of_a_restated_schedule_count():
    text = (
        "変更公告\n"
        "令和9年5月10日付けで公告した庁舎清掃業務委託の一般競争入札について、次のとおり変更する。\n"
        "１　変更後の日程\n"
        "　　※印を付した項目が今回変更した項目である。\n"
        "　　⑴　参加申請書の提出期限　　　令和9年5月21日（金）午後5時まで\n"
        "　※⑵　質問の提出期限　　　　　　令和9年5月31日（月）午後5時まで\n"
        "　※⑶　入札書の提出期限　　　　　令和9年6月11日（金）午後5時まで\n"
        "　　⑷　落札者の決定　　　　　　　令和9年6月下旬（予定）\n"
    )
    assert found(text) == [
        ("question", "2027-05-31", "17:00", "datetime"),
        ("submission", "2027-06-11", "17:00", "datetime"),
    ]
    text = text.replace("　※⑵", "　　⑵").replace("　※⑶", "　　⑶")
    text = text.replace(
        "⑵　質問の提出期限　　　　　　令和9年5月31日（月）午後5時まで", "⑵　質問の提出期限　令和9年5月31日（月）午後5時まで ※"
    )
    text = text.replace(
        "⑶　入札書の提出期限　　　　　令和9年6月11日（金）午後5時まで", "⑶　入札書の提出期限　令和9年6月11日（金）午後5時まで ※"
    )
    assert len(found(text)) == 2  # (the mark at the row's end)
