"""Change notices that amend a call by quoted words (round jc): each clause that moves a day gives the new day as a
step though the clause cites its item by number alone (「第６項第２号中「…」を「…」に改める」「四の（三）中…」), or names
it in a quoted heading (「同告示「９　開札」の⑴（日時）中「…」とあるのは「…」と読み替える」); two pairs of one clause
joined by 「と、」 share its verb; an item cited by number whose day lies months from the notice's others (a term's end)
and a window whose end alone moved under the call's publication give none. Each test a few lines written for its form."""

from tests.extractor_found import found

HEAD = (
    "鷺宮市告示第１４２号\n"
    "　鷺宮市観光アプリ構築業務委託公募型プロポーザル実施要領の一部を次のように変更したので、告示する。\n"
    "　　令和９年１月２０日\n"
    "　　　　　　　　　　　　　　　　鷺宮市長　三雲　恭介\n"
    "　実施要領の一部を次のように変更する。\n"
)


def test_a_clause_citing_its_item_by_number_alone_gives_the_new_day():
    text = HEAD + (
        "　第６項第２号中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
        "　第６項第６号中「令和９年３月上旬」を「令和９年３月中旬」に改める。\n"
        "　第８項第１号中「正本１部及び副本１０部」を「正本１部及び副本８部」に改める。\n"
    )
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime"), ("other", "2027-03-01", None, "mid_month")]


def test_a_kanji_outline_citation_reads_alike():
    text = HEAD + (
        "　四の（三）中「令和九年二月十三日（金）午後五時」を「令和九年二月二十日（金）午後五時」に改める。\n"
        "　五の（二）中「令和九年三月三日（水）正午」を「令和九年三月十日（水）正午」に改める。\n"
    )
    assert found(text) == [("other", "2027-02-20", "17:00", "datetime"), ("other", "2027-03-10", "12:00", "datetime")]


def test_an_item_named_in_a_quoted_heading_gives_its_step():
    text = (
        HEAD
        + "　同告示「９　開札」の⑴（日時）中「令和９年２月２６日（金）午前１０時」とあるのは「令和９年３月５日（金）午前１０時」と読み替えるものとする。\n"
    )
    assert found(text) == [("other", "2027-03-05", "10:00", "datetime")]


def test_two_pairs_of_one_clause_share_its_verb():
    text = HEAD + (
        "　同告示「６　入札参加資格確認申請」の⑵（申請書の提出期限）中「令和９年２月１２日（金）午後４時まで」とあるのは"
        "「令和９年２月１９日（金）午後４時まで」と、同⑶（資格確認結果の通知日）中「令和９年２月２４日（水）」とあるのは"
        "「令和９年３月３日（水）」と読み替えるものとする。\n"
    )
    days = [(day, time) for _, day, time, _ in found(text)]
    assert days == [("2027-02-19", "16:00"), ("2027-03-03", None)]  # (not the old 2月12日)


def test_an_item_cited_by_number_months_from_the_others_is_no_step():
    text = HEAD + (
        "　２の（４）中「令和９年９月１２日（金）」を「令和９年９月２６日（金）」に改める。\n"
        "　５の（２）中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
        "　５の（３）中「令和９年１月２７日（水）」を「令和９年２月３日（水）」に改める。\n"
    )
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime"), ("other", "2027-02-03", None, "date")]


def test_a_window_of_the_calls_papers_its_end_moved_gives_no_publication():
    text = HEAD + (
        "⑴　3⑵入札説明書の交付期間中「令和9年1月5日（火）から令和9年2月9日（火）まで」を「令和9年1月5日（火）から令和9年2月16日（火）まで」に改める。\n"
        "⑵　3⑶中「令和9年2月2日（火）17時00分」を「令和9年2月9日（火）17時00分」に改める。\n"
    )
    assert found(text) == [("other", "2027-02-09", "17:00", "datetime")]  # (the call's publication, its start as it was, no step)
