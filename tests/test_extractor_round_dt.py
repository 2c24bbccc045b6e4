"""A separate change notice gives only what it changes (round dt): a sentence wrapped over lines that tells a step is
as it was, a legend that puts the old values in brackets, rows of a comparison table that read the same in both
versions, a change heading that spells out the call's whole name. Each test a few lines written for its class."""

from tests.extractor_found import found


def test_a_sentence_wrapped_below_its_dates_that_says_they_are_unchanged():
    text = (
        "入札公告の一部訂正について\n"
        "令和９年５月１０日付けで公告した「青葉町庁舎清掃業務委託」について、次のとおり訂正する。\n"
        "\n"
        "１　訂正の内容\n"
        "　（訂正前）提出期限　令和９年５月２８日（金）午後５時\n"
        "　（訂正後）提出期限　令和９年６月４日（金）午後５時\n"
        "２　その他\n"
        "　（１）質問の受付期限（令和９年５月２１日（金）正午）及び回答の掲載日（令和９\n"
        "　　年５月２５日（火））に変更はない。\n"
        "　（２）参加資格の確認結果は、当初の公告のとおり令和９年５月２６日（水）までに通\n"
        "　　知する。\n"
    )
    assert found(text) == [("submission", "2027-06-04", "17:00", "datetime")]


def test_a_date_told_the_same_in_the_sentence_after_it_is_unchanged():
    text = (
        "入札公告の一部訂正について\n"
        "令和９年５月１０日付けで公告した「青葉町庁舎清掃業務委託」について、次のとおり訂正する。\n"
        "\n"
        "１　開札の日時\n"
        "　（訂正前）令和９年５月３１日（月）午前１０時\n"
        "　（訂正後）令和９年６月７日（月）午前１０時\n"
        "２　新たに資格を満たす者は、令和９年５月１９日（水）午後５時までに申請書を提出することができ\n"
        "　る。この期限は当初の公告に定める期限と同じであり、変更はない。\n"
    )
    assert found(text) == [("other", "2027-06-07", "10:00", "datetime")]


def test_old_values_in_brackets_after_the_new_as_the_legend_says():
    text = (
        "事業の日程変更について\n"
        "令和９年４月２６日付けで公告した標記事業について、日程を次のとおり変更する。\n"
        "★印は変更した項目である。（　）内は変更前の日程。\n"
        "\n"
        "　　１　　公告　　　　　　　　　令和９年４月２６日（月）\n"
        "　★２　　質問の受付期限　　　　令和９年６月１８日（金）午後５時\n"
        "　　　　　　　　　　　　　　　　（令和９年６月１１日（金）午後５時）\n"
        "　★３　　ヒアリング　　　　　　令和９年８月下旬\n"
        "　　　　　　　　　　　　　　　　（令和９年８月中旬）\n"
        "　　４　　技術提案書の提出期限　令和９年７月３０日（金）正午\n"
        "　　５　　事業契約の締結　　　　令和９年１２月\n"
    )
    assert found(text) == [
        ("question", "2027-06-18", "17:00", "datetime"),
        ("hearing", "2027-08-01", None, "late_month"),
    ]


def test_rows_of_a_comparison_table_that_read_the_same_are_restated():
    text = (
        "青葉町文化祭企画運営業務委託に係る公募型プロポーザル実施要領の変更について\n"
        "\n"
        "令和9年5月11日に公表した実施要領を次のとおり変更します。\n"
        "\n"
        "変更後\t変更前\n"
        "(1) 質問の受付期限 令和9年5月18日（火）午後5時\t(1) 質問の受付期限 令和9年5月18日（火）午後5時\n"
        "(2) 参加申込書の提出期限 令和9年5月28日（金）午後5時\t(2) 参加申込書の提出期限 令和9年5月28日（金）午後5時\n"
        "(3) 企画提案書の提出期限 令和9年6月18日（金）午後5時\t(3) 企画提案書の提出期限 令和9年6月11日（金）午後5時\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]
