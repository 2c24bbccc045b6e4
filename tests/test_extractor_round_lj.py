"""Change notices from this stop's development set (round lj): a 変更公告 whose 新旧対照表 a PDF's text layer gives as two
columns set with spaces under letter-spaced heads; each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a comparison table set with spaces, its heads' letters spread out ------------------------------------


SPACED_TABLE = (
    "入札公告の一部変更\n"
    "令和9年4月6日付けで公告した浄水場設備更新工事の一般競争入札について、次のとおり変更する。\n"
    "令和9年4月20日\n"
    "別紙 新旧対照表\n"
    "          変  更  後                              変  更  前\n"
    " (1) 質問の受付期限                          (1) 質問の受付期限\n"
    "   令和9年4月16日(金)午後5時                   令和9年4月16日(金)午後5時\n"
    " (2) 現地説明会                              (新設)\n"
    "   令和9年4月26日(月)午前10時\n"
    " (3) 入札書の提出期限                        (2) 入札書の提出期限\n"
    "   令和9年5月14日(金)正午                      令和9年5月7日(金)正午\n"
    " (4) 開札                                    (3) 開札\n"
    "   令和9年5月17日(月)午前10時                  令和9年5月10日(月)午前10時\n"
)


def test_a_spaced_comparison_table_keeps_the_new_column_and_its_new_rows():
    assert found(SPACED_TABLE) == [
        ("other", "2027-04-26", "10:00", "datetime"),
        ("submission", "2027-05-14", "12:00", "datetime"),
        ("other", "2027-05-17", "10:00", "datetime"),
    ]


def test_the_old_column_on_the_left_is_dropped_as_well():
    text = (
        "募集要項の一部訂正について\n"
        "        訂  正  前                          訂  正  後\n"
        " (1) 企画提案書の提出期限              (1) 企画提案書の提出期限\n"
        "   令和9年6月4日(金)17時                 令和9年6月11日(金)17時\n"
        " (2) ヒアリング                        (2) ヒアリング\n"
        "   令和9年6月14日(月)                    令和9年6月21日(月)\n"
    )
    assert found(text) == [("submission", "2027-06-11", "17:00", "datetime"), ("hearing", "2027-06-21", None, "date")]


def test_rows_unchanged_in_both_columns_and_the_old_dates_stay_out():
    days = [date for _, date, *_ in found(SPACED_TABLE)]
    assert "2027-04-16" not in days  # (the same in both columns: restated)
    assert "2027-05-07" not in days and "2027-05-10" not in days  # (the old column)
    assert "2027-04-20" not in days  # (the notice's own date: a change notice has no published)


# --- an amending clause whose new words are a window opening on the notice's day ---------------------------


AMENDED_WINDOW = (
    "一般競争入札の公告の一部変更\n"
    "令和8年9月4日付けで公告した橋梁補修工事の一般競争入札の公告の一部を次のように変更する。\n"
    "　　令和8年9月18日\n"
    "　2の(3)(入札参加資格確認申請書の提出期限)中「令和8年9月25日(金)」を「令和8年10月2日(金)」に改める。\n"
    "　3の(1)(図面の閲覧期間)中「公告の日から令和8年9月30日(水)まで」を「公告の日から令和8年10月7日(水)まで」に改める。\n"
)


def test_a_clause_whose_new_words_open_on_the_notice_day_moves_the_window_end():
    assert found(AMENDED_WINDOW) == [
        ("application", "2026-10-02", None, "date"),
        ("other", "2026-10-07", None, "date"),
    ]


def test_the_window_start_in_the_new_words_is_no_publication_of_the_change():
    kinds_found = [kind for kind, *_ in found(AMENDED_WINDOW)]
    assert "published" not in kinds_found
    assert [kind for kind, *_ in found(one_line(AMENDED_WINDOW))] == ["application", "other"]


def test_a_moved_window_cited_by_the_notices_address_opens_no_call():
    # (「同公告の…の項中」: the clause names the notice it changes before the item; the window's new start is no
    # publication, and the steps before it stay)
    text = (
        "一般競争入札の公告の一部変更\n"
        "令和8年6月1日付け公告第31号で公告した一般競争入札について、次のとおり変更する。\n"
        "令和8年6月15日\n"
        "（一）公告第三十一号の五の（一）質問の提出期限の項中「令和8年6月19日（金）正午」を「令和8年6月26日（金）正午」に改める。\n"
        "（二）同公告の六の（一）入札書の提出期間の項中「令和8年7月1日（水）午前9時から同月2日（木）午後5時まで」を"
        "「令和8年7月8日（水）午前9時から令和8年7月9日（木）午後5時まで」に改める。\n"
    )
    assert found(text) == [
        ("question", "2026-06-26", "12:00", "datetime"),
        ("submission", "2026-07-09", "17:00", "datetime"),
    ]
