"""Change notices of a call (round pc): a 新旧対照表 whose version heads are glossed, a window cut over two rows of
such a table, an old schedule headed with the paper it came from, a step said already moved. Each test a few lines
written for its device."""

from tests.extractor_found import found, one_line

# --- a comparison table's heads glossed by the other name ---------------------------------------------------


def test_a_glossed_old_column_head_drops_its_cells_under_rows_wrapped_long():
    text = (
        "募集要項の一部変更について（通知）\n"
        "\n"
        " 頁    項目                      改正後（新）                                改正前（旧）\n"
        "\n"
        " 4     (4) 現地説明会            令和9年5月20日(木)午後2時から              （新設）\n"
        "                                 （本館正面玄関に集合。所要時間\n"
        "                                 は約2時間）\n"
        "                                 参加を希望する者は、令和9年5月17日\n"
        "                                 (月)正午までに申込書を提出すること。\n"
        "                                 1者2名以内とします。\n"
        "\n"
        " 5     (5) 第二次審査            令和9年6月24日(木)                          令和9年6月10日(木)\n"
        "       （プレゼンテーション      時刻及び場所は、第一次審査を通過した        時刻及び場所は、第一次審査を通過した\n"
        "       及びヒアリング）          者に別途通知します。                        者に別途通知します。\n"
        "       （旧(4)）\n"
        "\n"
        " 5     (6) 選定結果の通知        令和9年7月上旬                              令和9年6月下旬\n"
        "       （旧(5)）                 全ての申請者に文書で通知します。            全ての申請者に文書で通知します。\n"
    )
    expected = [
        ("application", "2027-05-17", "12:00", "datetime"),
        ("other", "2027-05-20", "14:00", "datetime"),
        ("hearing", "2027-06-24", None, "date"),
        ("result", "2027-07-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(text.replace("改正後（新）", "新（改正後）").replace("改正前（旧）", "旧（改正前）")) == expected


# --- a window cut between two rows of a table ---------------------------------------------------------------


def test_a_window_cut_between_two_rows_under_a_renumbered_item_is_read_whole():
    text = "頁\t項目\t日程\n\n6\t(5) 申請書類の受付\t令和9年7月12日(月)から\n\t(旧(4))\t令和9年7月23日(金)午後5時まで\n"
    assert found(text) == [("submission", "2027-07-23", "17:00", "datetime")]
    text = "番号\t項目\t期間\n1\t提案書の受付\t令和9年8月2日(月)～\n\t\t令和9年8月13日(金)正午まで\n"
    assert found(text) == [("submission", "2027-08-13", "12:00", "datetime")]


def test_a_row_of_its_own_step_below_a_window_is_not_joined():
    text = "番号\t項目\t期間\n1\t資料の閲覧\t令和9年8月2日(月)から\n2\t提案書の提出\t令和9年8月13日(金)正午まで\n"
    assert ("submission", "2027-08-13", "12:00", "datetime") in found(text)


# --- the old schedule quoted under a heading that names its paper -------------------------------------------


def test_an_old_schedule_headed_with_its_paper_is_no_step():
    text = (
        "企画提案書の提出期限の延長について\n"
        "企画提案書の提出期限を次のとおり延長します。\n"
        "　当初　令和9年10月1日(金)午後5時まで\n"
        "　延長後　令和9年10月8日(金)午後5時まで\n"
        "\n"
        "（参考）当初の日程（令和9年9月1日公表の募集要項による）\n"
        "・質問の受付　9月10日(金)正午まで\n"
        "・参加申込書の提出　9月17日(金)午後5時まで\n"
        "・企画提案書の提出　10月1日(金)午後5時まで\n"
        "\n"
        "問合せ先 電話 000-0000-0000\n"
    )
    assert found(text) == [("submission", "2027-10-08", "17:00", "datetime")]
    head = "【参考】変更前のスケジュール（令和9年9月1日掲載）"
    assert found(text.replace("（参考）当初の日程（令和9年9月1日公表の募集要項による）", head)) == [
        ("submission", "2027-10-08", "17:00", "datetime")
    ]


# --- a step said to stand, already moved on an earlier day --------------------------------------------------


def test_a_deadline_already_extended_on_a_day_is_not_moved_to_that_day():
    text = (
        "【9月30日追記】ヒアリングの日程について\n"
        "1 日時 令和9年10月20日(水)午後1時から\n"
        "2 その他\n"
        "・企画提案書の提出期限（10月8日(金)午後5時、9月24日に延長済み）に変更はありません。\n"
        "\n"
        "【9月24日掲載】企画提案書の提出期限の延長について\n"
        "企画提案書の提出期限を次のとおり延長します。\n"
        "　当初　令和9年10月1日(金)午後5時まで\n"
        "　延長後　令和9年10月8日(金)午後5時まで\n"
    )
    assert ("submission", "2027-10-08", "17:00", "datetime") in found(text)
    assert ("submission", "2027-10-08", "17:00", "datetime") in found(one_line(text))
    # (a step moved from one day to another, told so, is still moved)
    text = "変更内容\n企画提案書の提出期限を10月1日(金)午後5時から10月8日(金)午後5時に延長済みです。\n"
    assert ("submission", "2027-10-01", "17:00", "datetime") not in found(text)
