"""Japanese change notices read by their language (round js): each way a notice tells the change of one step, inside a
short change notice of its own. Only the new dates of the steps changed or created count; the old dates, the rows
restated unchanged and the notice's own date stay out (INDEX.md's change-notice convention)."""

import pytest

from tenders.extractor.labels import kind_of
from tests.extractor_found import found

HEAD = "令和9年度 庁舎清掃業務委託に係る一般競争入札の{}について\n令和9年8月1日\n"
SUBMISSION = ("submission", "2027-08-27", "17:00", "datetime")
OPENING = ("other", "2027-08-30", "10:00", "datetime")


def notice(heading: str, body: str) -> str:
    return HEAD.format(heading) + body


# --- the devices the extractor read before this round: kept as they are ----------------------------------------

KEPT = {
    "key_one_line": ("一部訂正", "入札書の提出期限　訂正前：令和9年8月20日（金）午後5時／訂正後：令和9年8月27日（金）午後5時\n"),
    "key_two_lines": ("一部訂正", "入札書の提出期限\n訂正前：令和9年8月20日（金）午後5時\n訂正後：令和9年8月27日（金）午後5時\n"),
    "bracket_keys": ("日程変更", "入札書の提出期限　（変更前）令和9年8月20日午後5時（変更後）令和9年8月27日午後5時\n"),
    "blocks": ("一部訂正", "【誤】\n入札書の提出期限　令和9年8月20日午後5時\n【正】\n入札書の提出期限　令和9年8月27日午後5時\n"),
    "arrow": ("日程変更", "入札書の提出期限　令和9年8月20日午後5時 → 令和9年8月27日午後5時\n"),
    "double_arrow": ("日程変更", "入札書の提出期限　令和9年8月20日午後5時 ⇒ 令和9年8月27日午後5時\n"),
    "kara_ni": ("日程変更", "入札書の提出期限を「令和9年8月20日午後5時」から「令和9年8月27日午後5時」に変更します。\n"),
    "extended_to": ("提出期限の延長", "入札書の提出期限を令和9年8月27日（金）午後5時まで延長します。\n"),
    "old_in_bracket": ("提出期限の延長", "入札書の提出期限　令和9年8月27日午後5時（延長前：令和9年8月20日午後5時）\n"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_device_of_change_read_before_still_gives_the_new_date_only(name):
    heading, body = KEPT[name]
    assert found(notice(heading, body)) == [SUBMISSION]


def test_put_back_and_brought_forward_give_the_day_moved_to():
    later = notice("開札日の延期", "開札日時を令和9年8月23日午前10時から令和9年8月30日午前10時に繰り下げます。\n")
    earlier = notice("開札日の変更", "開札日時を令和9年9月6日午前10時から令和9年8月30日午前10時に繰り上げます。\n")
    assert found(later) == [OPENING]
    assert found(earlier) == [OPENING]


def test_a_list_after_it_will_be_changed_as_follows_counts_whole():
    text = notice(
        "日程変更",
        "標記の入札について、日程を次のとおり変更します。\n(1) 入札書の提出期限　令和9年8月27日午後5時\n(2) 開札日時　令和9年8月30日午前10時\n",
    )
    assert found(text) == [SUBMISSION, OPENING]


def test_a_row_marked_unchanged_stays_out():
    text = notice(
        "日程変更",
        "質問の受付期限　令和9年8月10日午後5時（変更なし）\n入札書の提出期限　令和9年8月20日午後5時→令和9年8月27日午後5時\n",
    )
    assert found(text) == [SUBMISSION]


def test_to_be_decided_as_the_new_value_gives_no_date_of_that_step():
    text = notice(
        "日程変更",
        "開札日時　（変更前）令和9年8月23日午前10時（変更後）未定\n"
        "入札書の提出期限　（変更前）令和9年8月20日午後5時（変更後）令和9年8月27日午後5時\n",
    )
    assert found(text) == [SUBMISSION]


def test_same_as_left_in_the_new_column_keeps_the_step_out():
    text = notice(
        "日程変更",
        "項目\t変更前\t変更後\n質問の受付期限\t令和9年8月10日午後5時\t同左\n入札書の提出期限\t令和9年8月20日午後5時\t令和9年8月27日午後5時\n",
    )
    assert found(text) == [SUBMISSION]


# --- an hour changed alone on its day: 「午後3時→午後5時」 ----------------------------------------------------------


def test_an_hour_changed_alone_gives_the_new_hour():
    text = notice("日程変更", "入札書の提出期限　令和9年8月27日（金）　午後3時→午後5時\n")
    assert found(text) == [SUBMISSION]


def test_an_hour_changed_alone_in_figures_gives_the_new_hour():
    text = notice("日程変更", "入札書の提出期限　令和9年8月27日（金）15:00 → 17:00\n")
    assert found(text) == [SUBMISSION]


def test_a_window_of_hours_with_no_arrow_keeps_its_start():
    text = "庁舎清掃業務委託 入札公告\n現地説明会　令和9年8月12日（木）午後2時～午後3時\n"
    assert found(text) == [("other", "2027-08-12", "14:00", "datetime")]


# --- 「公告文中、…を…に改める」: where in the notice the words change, no publication ----------------------------------


def test_where_in_the_notice_the_words_change_is_no_publication():
    text = notice("一部訂正", "公告文中、入札書の提出期限「令和9年8月20日午後5時」を「令和9年8月27日午後5時」に改める。\n")
    assert found(text) == [SUBMISSION]


def test_where_in_the_notice_alone_names_no_step_and_the_step_after_it_is_read():
    assert kind_of("公告文中、入札書の提出期限") == "submission"
    assert kind_of("公告文中、") is None
    assert kind_of("公告日") == "published"


# --- a step struck out: 「現地説明会 … 削除」 ---------------------------------------------------------------------


def test_a_step_the_change_deletes_stays_out():
    text = notice(
        "日程変更",
        "現地説明会　令和9年8月12日午後2時　削除\n入札書の提出期限　令和9年8月20日午後5時→令和9年8月27日午後5時\n",
    )
    assert found(text) == [SUBMISSION]


def test_a_step_after_an_arrow_to_deleted_in_brackets_stays_out():
    text = notice(
        "日程変更", "現地説明会\t令和9年8月12日午後2時\t→（削除）\n入札書の提出期限\t令和9年8月27日午後5時\t（変更後）\n"
    )
    assert ("other", "2027-08-12", "14:00", "datetime") not in found(text)


def test_a_sentence_going_on_after_deleted_is_no_mark():
    text = "庁舎清掃業務委託 入札公告\n入札書の提出期限　令和9年8月27日午後5時　削除した書類の再提出は認めない\n"
    assert found(text) == [SUBMISSION]


# --- a table's column of change marks: ○ / － / 新設 -------------------------------------------------------------


def test_a_change_column_marks_its_rows_with_a_circle():
    text = notice(
        "日程変更",
        "項目\t日時\t変更\n"
        "質問の受付期限\t令和9年8月10日午後5時\t－\n"
        "入札書の提出期限\t令和9年8月27日午後5時\t○\n"
        "開札日時\t令和9年8月30日午前10時\t○\n"
        "現地説明会\t令和9年8月12日午後2時\t新設\n",
    )
    assert found(text) == [("other", "2027-08-12", "14:00", "datetime"), SUBMISSION, OPENING]


def test_a_change_column_of_circles_and_dashes_alone_keeps_the_circled_rows():
    text = notice(
        "日程変更",
        "項目\t日時\t変更の有無\n"
        "質問の受付期限\t令和9年8月10日午後5時\t－\n"
        "入札書の提出期限\t令和9年8月27日午後5時\t○\n"
        "開札日時\t令和9年8月30日午前10時\t○\n",
    )
    assert found(text) == [SUBMISSION, OPENING]


# --- the keys of the old and new value run onto one line after a sentence (a PDF's text layer) -------------------


def test_keys_run_onto_one_line_after_the_notices_sentence_give_the_new_date():
    text = (
        "令和9年度 庁舎清掃業務委託の一部訂正について 標記について、次のとおり訂正します。 入札書の提出期限 "
        "訂正前：令和9年8月20日（金）午後5時 訂正後：令和9年8月27日（金）午後5時"
    )
    assert found(text) == [SUBMISSION]


def test_the_new_values_key_alone_after_the_sentence_takes_the_steps_name_before_it():
    text = "日程変更のお知らせ 次のとおりお知らせします。 入札書の提出期限 変更後：令和9年8月27日（金）午後5時"
    assert found(text) == [SUBMISSION]


def test_the_new_values_key_after_a_word_naming_no_step_gives_no_step():
    text = "日程変更のお知らせ 次のとおりお知らせします。 本件 変更後：令和9年8月27日（金）午後5時"
    assert found(text) == []


# --- 「（変更なし）」 after one day of a line run on: that day's item only ----------------------------------------------


def test_unchanged_in_brackets_after_one_day_of_a_run_on_line_marks_that_item_only():
    text = (
        "令和9年度 庁舎清掃業務委託に係る一般競争入札の日程変更について 令和9年8月1日 質問の受付期限 令和9年8月10日午後5時（変更なし） "
        "入札書の提出期限 令和9年8月27日午後5時 開札日時 令和9年8月30日午前10時"
    )
    assert found(text) == [SUBMISSION, OPENING]


def test_unchanged_after_a_window_marks_its_start_and_end():
    text = "日程変更について\n質問の受付 令和9年8月1日～令和9年8月10日（変更なし） 入札書の提出期限 令和9年8月27日午後5時\n"
    assert found(text) == [SUBMISSION]


def test_unchanged_said_of_all_at_the_lines_end_still_marks_every_day():
    text = "日程変更について\n質問の受付 令和9年8月1日～令和9年8月10日 入札書の提出期限 令和9年8月27日午後5時 以上、変更なし\n"
    assert found(text) == []


# --- 「【訂正前】」「【訂正後】」 inside the item's line: keys of its values, no new items -------------------------------


def test_bracketed_keys_of_old_and_new_inside_the_items_line_give_the_new_date():
    text = notice("一部訂正", "入札書の提出期限　【訂正前】令和9年8月20日午後5時　【訂正後】令和9年8月27日午後5時\n")
    assert found(text) == [SUBMISSION]


def test_a_bracketed_heading_after_a_space_still_opens_an_item():
    from tenders.extractor.segments import pieces_of

    assert len(pieces_of("入札書の提出期限 令和9年8月27日午後5時 【開札】 令和9年8月30日午前10時")) == 2
    assert len(pieces_of("入札書の提出期限 【訂正前】 令和9年8月20日 【訂正後】 令和9年8月27日")) == 1
