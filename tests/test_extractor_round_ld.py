"""Separate change notices read by what they restate (round ld): the words 「その他の日程は変更ありません。」 over a list of
the steps left as they were; several steps moved by one verb (「AをXに、BをYに変更します」); a 「※変更なし」 note after a
step's date; and the same devices in a notice read as one line (a page or a PDF without its line breaks), where the
items run on after each other. Each test a few invented lines."""

from tests.extractor_found import found, one_line

HEAD = "朝霧町移住定住ポータル改修業務委託公募型プロポーザルの日程変更について\n\n"
FOOT = "\n朝霧町 総合政策課\n"
MOVED = [
    ("submission", "2027-07-16", "17:00", "datetime"),
    ("hearing", "2027-07-28", None, "date"),
]

# --- the words over a list of the steps left as they were -----------------------------------------------------


def test_a_sentence_that_the_other_steps_stand_over_a_list_leaves_the_list_out():
    text = (
        HEAD
        + "　企画提案書の提出期限を令和9年7月9日(金)午後5時から令和9年7月16日(金)午後5時に変更します。\n"
        + "　また、ヒアリングの実施日を令和9年7月21日(水)から令和9年7月28日(水)に変更します。\n"
        + "　その他の日程は変更ありません。\n"
        + "・参加申込書の提出期限　令和9年7月2日(金)午後5時\n"
        + "・審査結果の通知　令和9年8月上旬\n"
        + FOOT
    )
    assert found(text) == MOVED
    assert found(one_line(text)) == MOVED


def test_the_words_naming_the_next_steps_as_unchanged_hold_the_numbered_list_below():
    text = (
        HEAD
        + "　企画提案書の提出期限を令和9年7月16日(金)午後5時に延長します。\n"
        + "　なお、次の日程に変更はありません。\n"
        + "（1）参加申込書の提出期限　令和9年7月2日(金)午後5時\n"
        + "（2）審査結果の通知　令和9年8月上旬\n"
        + FOOT
    )
    assert found(text) == MOVED[:1]


def test_an_ordinary_call_saying_its_venue_stands_keeps_its_schedule():
    text = (
        "朝霧町移住定住ポータル改修業務委託公募型プロポーザルの実施について\n\n"
        "1 日程\n"
        "・公告　令和9年6月18日(金)\n"
        "・企画提案書の提出期限　令和9年7月9日(金)午後5時\n"
        "・審査結果の通知　令和9年8月上旬\n"
        "2 その他\n"
        "　会場の変更はありません。\n" + FOOT
    )
    assert [step[1] for step in found(text)] == ["2027-06-18", "2027-07-09", "2027-08-01"]


# --- several steps moved by one verb ----------------------------------------------------------------------------


def test_steps_each_given_a_new_date_before_one_verb_are_all_read():
    text = (
        HEAD
        + "　企画提案書の提出期限を令和9年7月16日(金)午後5時に、ヒアリングの実施日を令和9年7月28日(水)に変更します。\n"
        + FOOT
    )
    assert found(text) == MOVED
    assert found(one_line(text)) == MOVED


def test_two_deadlines_in_one_sentence_of_a_call_stay_steps():
    text = (
        "朝霧町移住定住ポータル改修業務委託公募型プロポーザルの実施について\n\n"
        "・公告　令和9年6月18日(金)\n"
        "　企画提案書は令和9年7月9日(金)午後5時までに、参加申込書は令和9年7月2日(金)午後5時までに提出してください。\n" + FOOT
    )
    assert sorted(step[1] for step in found(text)) == ["2027-06-18", "2027-07-02", "2027-07-09"]


# --- a note after a step's date ---------------------------------------------------------------------------------


def test_a_note_mark_saying_no_change_after_a_date_restates_its_step():
    text = (
        HEAD
        + "　日程を次のとおり変更しました。\n\n"
        + "今後の日程\n"
        + "（1）参加申込書の提出期限　令和9年7月2日(金)午後5時　※変更なし\n"
        + "（2）企画提案書の提出期限　令和9年7月16日(金)午後5時　※変更\n"
        + "（3）ヒアリング　令和9年7月28日(水)　※変更\n"
        + "（4）審査結果の通知　令和9年8月上旬　※変更なし\n"
        + FOOT
    )
    assert found(text) == MOVED
    assert found(one_line(text)) == MOVED


def test_items_run_on_one_line_each_keep_their_own_mark():
    text = (
        HEAD
        + "　企画提案書の提出期限を令和9年7月9日(金)午後5時から令和9年7月16日(金)午後5時に変更します。"
        + "また、ヒアリングの実施日を令和9年7月21日(水)から令和9年7月28日(水)に変更します。\n\n"
        + "【今後の日程】\n"
        + "・参加申込書の提出期限　令和9年7月2日(金)午後5時（変更なし）\n"
        + "・企画提案書の提出期限　令和9年7月16日(金)午後5時（変更後）\n"
        + "・ヒアリング　令和9年7月28日(水)（変更後）\n"
        + "・審査結果の通知　令和9年8月上旬（変更なし）\n"
        + FOOT
    )
    assert sorted(found(one_line(text))) == sorted(MOVED)


def test_a_call_run_on_one_line_whose_schedule_has_no_marks_keeps_it():
    text = (
        "朝霧町移住定住ポータル改修業務委託公募型プロポーザルの実施について\n\n"
        "・公告　令和9年6月18日(金)\n"
        "・参加申込書の提出期限　令和9年7月2日(金)午後5時\n"
        "・企画提案書の提出期限　令和9年7月9日(金)午後5時\n"
        "　提出書類の様式に変更はありません。\n" + FOOT
    )
    assert [step[1] for step in found(one_line(text))] == ["2027-06-18", "2027-07-02", "2027-07-09"]
