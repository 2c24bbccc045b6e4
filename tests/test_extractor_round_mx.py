"""Round mx: a table row whose cell wraps onto the next line unquoted, keyed by a case's number; the day a call was
suspended, told in the notice that resumes it; a step's daily hours told in a sentence of their own. Each test a few
lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

CHANGED = [
    ("submission", "2027-03-09", "17:00", "datetime"),
    ("other", "2027-03-10", "10:00", "datetime"),
    ("submission", "2027-03-11", "12:00", "datetime"),
    ("other", "2027-03-12", "14:00", "datetime"),
]


def test_a_tab_row_keyed_by_a_case_number_goes_on_where_its_wrapped_cell_does():
    lead = (
        "入札日程の変更について（令和9年2月26日掲載）\n"
        "電子入札システムの停止に伴い、次の案件の入札書提出締切日時及び開札日時を変更します。\n\n"
    )
    old_cell_wrapped = lead + (
        "案件番号\t案件名\t当初の日程\t変更後の入札書受付締切\t変更後の開札日時\n"
        "R9-委託-014\t北浜浄水場ポンプ設備点検業務\t受付締切 3月2日(火)17時\n"
        "開札 3月3日(水)10時\t3月9日(火)17時\t3月10日(水)10時\n"
        "R9-工事-102\t南町公園トイレ改築工事\t受付締切 3月4日(木)正午\n"
        "開札 3月5日(金)14時\t3月11日(木)正午\t3月12日(金)14時\n"
    )
    assert found(old_cell_wrapped) == CHANGED
    year_first_codes = lead + (
        "整理番号\t案件名\t変更前\t変更後の入札締切\t変更後の開札\n"
        "2027-委-014\t北浜浄水場ポンプ設備点検業務\t締切 3月2日(火)17時\n"
        "開札 3月3日(水)10時\t3月9日(火)17時\t3月10日(水)10時\n"
        "2027-工-102\t南町公園トイレ改築工事\t締切 3月4日(木)正午\n"
        "開札 3月5日(金)14時\t3月11日(木)正午\t3月12日(金)14時\n"
    )
    assert found(year_first_codes) == CHANGED
    # (the new column wrapped, the rest of the last row's cell on a line of its own before the table ends)
    new_cell_wrapped = lead + (
        "工事番号\t工事名\t変更前\t変更後\n"
        "第27-5号\t市道改良工事\t入札書提出締切 令和9年3月2日 17時 開札 令和9年3月3日 10時\t入札書提出締切 令和9年3月9日 17時\n"
        "開札 令和9年3月10日 10時\n"
        "第27-8号\t下水道管渠更生工事\t入札書提出締切 令和9年3月4日 17時 開札 令和9年3月5日 10時\t入札書提出締切 令和9年3月11日 17時\n"
        "開札 令和9年3月12日 10時\n"
    )
    assert [day for _, day, *_ in found(new_cell_wrapped)] == ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]
    letter_codes = lead + (
        "番号\t件名\t変更前\t変更後\n"
        "A-12\t庁舎清掃業務委託\t入札締切 3月2日(火)17時\n"
        "開札 3月3日(水)10時\t入札締切 3月9日(火)17時 開札 3月10日(水)10時\n"
        "A-15\t公用車リース\t入札締切 3月4日(木)17時\n"
        "開札 3月5日(金)10時\t入札締切 3月11日(木)17時 開札 3月12日(金)10時\n"
    )
    assert [day for _, day, *_ in found(letter_codes)] == ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]


def test_rows_of_a_short_hard_wrapped_page_are_not_run_together_past_the_table_width():
    # (a short page whose lines look wrapped at one width: a row's cut joined once, the next row its own)
    page = (
        "入札日程の延期について（令和9年2月26日掲載）\n"
        "次の案件の入札日程を延期します。\n\n"
        "整理番号\t案件名\t当初の日程\t変更後の入札書受付締切\t変更後の開札日時\n"
        "R9-委託-014\t北浜浄水場ポンプ設備点検業務\t締切 3月2日(火)17時\n"
        "開札 3月3日(水)10時\t3月9日(火)17時\t3月10日(水)10時\n"
        "R9-工事-102\t南町公園トイレ改築工事\t締切 3月4日(木)正午\n"
        "開札 3月5日(金)14時\t3月11日(木)正午\t3月12日(金)14時\n"
    )
    assert found(page) == CHANGED


RESUMED = [("question", "2027-06-10", "17:00", "datetime"), ("submission", "2027-06-24", "17:00", "datetime")]
SCHEDULE = "\n1 変更後の日程\n(1) 質問書の提出期限　令和9年6月10日(木)17時\n(2) 入札書の提出期限　令和9年6月24日(木)17時\n"


def test_the_day_a_call_was_suspended_for_a_while_is_no_step_of_the_notice_resuming_it():
    wrapped = (
        "　　　　　　　　　　　　　　　　　　入札手続の再開について\n"
        "　令和9年5月10日付け公告第21号で公告し、令和9年5月20日から\n"
        "一時中止していた市民プール改修工事の入札について、手続を再開し、日程\n"
        "を次のとおり変更する。\n" + SCHEDULE
    )
    assert found(wrapped) == RESUMED
    assert found(one_line(wrapped)) == RESUMED  # (「から 一時中止」: 一時 for a while, no hour of a window)
    one_sentence = (
        "入札手続の再開について\n令和9年5月10日付けで公告した市民プール改修工事の入札について、"
        "令和9年5月20日から一時中止としていた手続を、次のとおり再開します。\n" + SCHEDULE
    )
    assert found(one_sentence) == RESUMED
    polite = (
        "【再開】市民プール改修工事の入札について\n"
        "設計図書の修正のため令和9年5月20日(木)より一時中止しておりました入札手続を再開いたします。\n" + SCHEDULE
    )
    assert found(polite) == RESUMED
    english = (
        "Resumption of tender procedure for the Civic Pool Renovation (Notice No. 21)\n"
        "The tender procedure, suspended since 20 May 2027, resumes. The revised schedule is as follows.\n"
        "1. Deadline for questions: 10 June 2027, 17:00\n"
        "2. Deadline for bids: 24 June 2027, 17:00\n"
    )
    assert found(english) == RESUMED
    assert found(one_line(english)) == RESUMED


def test_a_sentence_giving_a_step_its_daily_hours_closes_the_step_window():
    head = "市立図書館空調設備更新工事の入札公告\n令和9年5月24日\n"
    item = head + (
        "1 日程\n"
        "(1) 設計図書の閲覧期間　令和9年6月1日(火)から令和9年6月18日(金)まで\n"
        "(2) 入札書の提出期限　令和9年6月24日(木)17時\n"
        "2 閲覧の方法\n"
        "閲覧は、土曜日、日曜日及び祝日を除く午前9時から午後4時30分までとする。\n"
    )
    assert found(item)[1] == ("other", "2027-06-18", "16:30", "datetime")
    page = head + (
        "■スケジュール\n"
        "・図面の閲覧　6月1日(火)～6月18日(金)\n"
        "・入札書の提出期限　6月24日(木)17時\n"
        "■その他\n"
        "図面の閲覧時間は、平日の午前8時30分から午後5時までです。\n"
    )
    assert found(page)[1] == ("other", "2027-06-18", "17:00", "datetime")
    wrapped = head + (
        "1 設計図書等の閲覧期間　令和9年6月1日(火)から\n"
        "　　　　　　　　　　　　令和9年6月18日(金)まで\n"
        "2 入札書の提出期限　　　令和9年6月24日(木)17時\n"
        "3 閲覧の時間\n"
        "　 閲覧は、土曜日、日曜日及び祝日(6月5日(土)及び6月6日(日)を含む。)を除く\n"
        "　 午前8時30分から午後5時15分までとする。\n"
    )
    assert found(wrapped)[1] == ("other", "2027-06-18", "17:15", "datetime")
