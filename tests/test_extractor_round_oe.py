"""Change notices read as their rules say (round oe): a legend that makes a tag the mark of the rows a change touched
leaves the unmarked rows (steps over among them) restated; a page's list of related news is no schedule. Each test a
few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a legend of tags: the rows without the tag stand as they were ------------------------------------------


def test_a_bracketed_tag_legend_leaves_the_rows_marked_over_restated():
    text = (
        "「令和9年度 港まつり広報業務」企画提案 日程変更のお知らせ\n"
        "8月2日（月）に募集を開始した標記の企画提案について、次のとおり日程を変更します。\n"
        "■変更後の日程\n"
        "（日程を変更した項目には【変更】、新たに加えた項目には【追加】を付けています）\n"
        "・募集開始：8/2（月）（終了）\n"
        "・質問の受付：8/9（月）17:00まで（終了）\n"
        "・質問への回答：8/16（月）（掲載済み）\n"
        "・【追加】追加質問の受付：9/1（水）17:00まで\n"
        "・【変更】提案書の提出期限：8/27（金）17:00 → 9/10（金）17:00\n"
    )
    assert found(text) == [
        ("question", "2027-09-01", "17:00", "datetime"),
        ("submission", "2027-09-10", "17:00", "datetime"),
    ]


def test_a_tag_legend_worded_the_other_way_round_reads_alike():
    text = (
        "白浜町観光案内業務委託 公募型プロポーザル スケジュールの変更について\n"
        "令和9年5月10日に公告した標記業務について、スケジュールを変更します。\n"
        "1 変更後のスケジュール\n"
        "【変更】の表示がある項目は今回変更した日程です。\n"
        "・公告：5月10日（月）（終了）\n"
        "・参加申込書の提出期限：5月20日（木）午後5時（受付終了）\n"
        "・質問への回答：5月25日（火）（掲載済み）\n"
        "・【変更】企画提案書の提出期限：6月4日（金）正午 → 6月11日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-06-11", "12:00", "datetime")]


def test_a_quoted_note_mark_legend_makes_the_marked_rows_the_change():
    text = (
        "緑ヶ浜市観光振興計画策定業務 公募型プロポーザル実施要領 正誤表\n"
        "令和9年4月12日に公表した実施要領の記載に誤りがありましたので、次のとおり訂正します。\n"
        "2 訂正後のスケジュール（参考）\n"
        "訂正した項目には「※訂正」と付しています。それ以外の項目は当初の実施要領から変更はありません。\n"
        "項目\t日程\n"
        "実施要領の公表\t令和9年4月12日（月）\n"
        "質問の受付期限\t令和9年4月21日（水）正午　※訂正\n"
        "参加資格確認結果の通知\t令和9年5月7日（金）\n"
        "企画提案書の提出期限\t令和9年5月21日（金）午後5時\n"
        "契約締結\t令和9年6月下旬\n"
    )
    assert found(text) == [("question", "2027-04-21", "12:00", "datetime")]


# --- a page's list of related news ---------------------------------------------------------------------------


def test_a_list_of_related_news_under_its_heading_is_no_step():
    for heading in ("■関連するお知らせ", "関連ニュース", "【関連するお知らせ】"):
        text = (
            "令和9年度 文化講座運営業務 企画提案書の提出期限の延長について\n"
            "企画提案書の提出期限を次のとおり延長します。\n"
            "・企画提案書の提出期限：10月8日（金）17:00 → 10月15日（金）17:00\n"
            f"{heading}\n"
            "2027.09.20 「令和9年度 文化講座運営業務」企画提案を募集します\n"
            "2027.09.06 令和9年度 市民ホール清掃業務 受託者決定のお知らせ\n"
        )
        assert found(text) == [("submission", "2027-10-15", "17:00", "datetime")], heading


# --- a link to the original call among a change page's files names no call made again -------------------------


def test_a_link_to_the_original_call_among_the_files_keeps_a_correction_a_change():
    for link in (
        "・当初の入札公告（令和9年4月6日掲載分）[PDF 96KB]",
        "当初の入札公告(PDF 120KB)",
        "・当初の入札公告（令和9年4月6日掲載分）[pdf 1.2mb]",  # (its size in any case: the file link's own pattern's)
        "当初の入札公告(PDF 1.1GB)",
    ):
        text = (
            "国立大学法人星見大学\n"
            "【訂正】走査型電子顕微鏡 一式（入札公告の訂正）\n"
            "令和9年4月6日付けで掲載した入札公告について、下記のとおり訂正します。\n"
            "添付ファイル\n"
            "・訂正公告[PDF 70KB]\n"
            f"{link}\n"
            "1 訂正内容\n"
            "(1) 入札書の受領期限中「令和9年5月20日17時00分」を「令和9年6月3日17時00分」に訂正する。\n"
            "2 その他\n"
            "(1) 入札説明会(令和9年4月20日(火)14時00分、本部棟会議室)は、予定どおり開催する。\n"
        )
        assert found(text) == [("submission", "2027-06-03", "17:00", "datetime")], link


# --- a day named as the base a count runs from ------------------------------------------------------------------


def test_a_day_named_as_the_base_of_a_count_is_no_step():
    head = (
        "柚木台市観光戦略策定業務委託\n公募型プロポーザル\n質問回答書\n令和9年6月20日\n"
        "令和9年6月1日付けで公告した標記プロポーザルについて、次のとおり回答します。\n"
        "No.\n質問内容\n回答\n1\n実績の起算日はいつか。\n"
    )
    tail = (
        "\n2\n提出期限を延ばしてほしい。\n"
        "企画提案書の提出期限を令和9年7月2日（金）午後5時から令和9年7月9日（金）午後5時に変更します。\n"
    )
    for sentence in (
        "本プロポーザルの公告日（令和9年6月1日）を基準日とし、過去5年以内に完了した業務を対象とします。",
        "公告日（令和9年6月1日）を起算日として、過去5年間に完了した業務とします。",
        "参加表明書の提出期限（令和9年6月25日）を基準日とし、過去3年以内の実績を対象とします。",
    ):
        text = head + sentence + tail
        assert found(text) == [("submission", "2027-07-09", "17:00", "datetime")], sentence
        assert found(one_line(text)) == [("submission", "2027-07-09", "17:00", "datetime")], sentence
