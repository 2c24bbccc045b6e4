"""Devices of round sm: a list of dated entries with one changed, a table of results, an org-mode outline's stamps, an
English row's long step after its dash, a result told and posted. Each test a few lines written for its device."""

from tenders.extractor.relining import line_breaks
from tests.extractor_found import found, one_line

# --- an English schedule's row: a long step after its dash ------------------------------------------------


def test_an_english_rows_step_after_its_dash_may_run_long_with_its_aside():
    text = (
        "CALL FOR PROPOSALS (FY2026)\n"
        "KEY DATES\n"
        "▶ Fri, June 5, 5:00 PM – Application form due\n"
        "▶ Fri, July 3, 12:00 noon – Proposals due (PDF by e-mail and printed copy by courier, must arrive)\n"
        "▶ Late July – Results announced\n"
    )
    assert ("submission", "2026-07-03", "12:00", "datetime") in found(text)


# --- an org-mode outline: the moment a task was closed is no step -----------------------------------------


ORG_TASKS = (
    "#+TITLE: 案件管理 2026年度\n"
    "#+TODO: TODO(t) WAIT(w@) | DONE(d!)\n"
    "* TODO 霞野市 公共施設点検業務（公募型プロポーザル）                    :霞野市:\n"
    "** DONE 事業者説明会                                                    :市:\n"
    "   CLOSED: [2026-05-19 火 16:40]\n"
    "   <2026-05-19 火 10:00-11:00>\n"
    "   - 参加：田中。資料は当日配布。\n"
    "** DONE 質問書の提出期限                                                :市:\n"
    "   DEADLINE: <2026-05-22 金 17:00>\n"
    "   CLOSED: [2026-05-21 木 09:12]\n"
    "   - 2問提出（メール送信、受信確認あり）\n"
    "** TODO 企画提案書の提出期限                                            :市:\n"
    "   DEADLINE: <2026-06-12 金 12:00>\n"
    "   - 正午まで・持参に限る（正本1部、副本5部）。\n"
)


def test_an_org_task_closed_stamp_gives_no_time_and_its_timestamp_the_step():
    steps = found(ORG_TASKS)
    assert ("other", "2026-05-19", "10:00", "datetime") in steps
    assert ("question", "2026-05-22", "17:00", "datetime") in steps
    assert not any(time in ("16:40", "09:12") for *_, time, _ in steps)


def test_an_org_outline_run_onto_one_line_is_read_by_its_headings_and_whole_timestamps():
    steps = found(one_line(ORG_TASKS))
    assert ("question", "2026-05-22", "17:00", "datetime") in steps
    assert ("submission", "2026-06-12", "12:00", "datetime") in steps


# --- a table of results: each row an opening held ---------------------------------------------------------


def test_the_rows_of_a_table_of_results_are_no_steps():
    text = (
        "入札結果（令和9年度）\n"
        "開札日\t件名\t入札方式\t落札者\t落札金額\n"
        "4月14日(水)\t市道改良工事\t指名競争入札\t株式会社霞野建設\t10,200,000円\n"
        "5月12日(水)\t排水路修繕工事\t指名競争入札\t有限会社朝凪工業\t3,400,000円\n"
        "\n"
        "入札公告（令和9年5月24日）\n"
        "・入札書の提出期限　令和9年6月8日(火)午後5時\n"
        "・開札日時　令和9年6月10日(木)午前10時\n"
    )
    assert [day for _, day, *_ in found(text)] == ["2027-05-24", "2027-06-08", "2027-06-10"]


# --- a list of dated entries, one tagged with a change of its day -----------------------------------------


def test_a_list_of_dated_entries_with_one_tagged_changed_gives_that_entrys_new_days():
    text = (
        "審議会等の会議の開催予定（令和9年6月）\n"
        "\n"
        "6月8日（火曜日）\n"
        "　会議名：霞野市景観審議会\n"
        "　日時：令和9年6月8日（火曜日）午前10時から\n"
        "\n"
        "6月15日（火曜日）\n"
        "　会議名：霞野市環境審議会\n"
        "　日時：令和9年6月15日（火曜日）午後2時から\n"
        "\n"
        "6月24日（木曜日）【日程変更】\n"
        "　会議名：霞野市民会館指定管理者選定委員会\n"
        "　日時：令和9年6月24日（木曜日）午前9時30分から（当初予定：令和9年6月17日（木曜日））\n"
        "　議題：申請団体によるプレゼンテーション及びヒアリング\n"
        "\n"
        "6月29日（火曜日）\n"
        "　会議名：霞野市都市計画審議会\n"
        "　日時：令和9年6月29日（火曜日）午後1時30分から\n"
    )
    assert found(text) == [("hearing", "2027-06-24", "09:30", "datetime")]


# --- a result told to each applicant and posted -----------------------------------------------------------


def test_a_result_told_and_posted_is_one_result():
    text = (
        "（2）選定結果\n"
        "選定結果は、各申請者に書面で通知するとともに、市ホームページで公表します。"
        "通知及び公表の時期は、令和9年10月中旬の予定です。\n"
    )
    assert found(text) == [("result", "2027-10-01", None, "mid_month")]


def test_a_mails_banner_in_stars_is_no_org_heading_on_one_line():
    """「*** This message is sent to … ***」 run onto one line: neither its opening nor its closing stars begin an item
    (an org-mode heading's stars stand before a task's state, 「** TODO …」)."""
    line = (
        "Subject: Expression of Interest *** This message is sent to firms on our mailing list. Please share it. *** "
        "Key dates - Date of publication of this call: 10 February 2027 - Deadline for expressions of interest: "
        "5 March 2027, 17:00 JST - Shortlisted firms notified: late March 2027"
    )
    starts = [line[at : at + 3] for at in line_breaks(line)]
    assert "***" not in starts and starts.count("- D") == 2
