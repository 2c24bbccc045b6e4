"""Notices run onto one line read as written (round rc): the rows a line break parted, put back from the one-line
text. Each test a few lines written for its layout, read as written and on one line."""

from tests.extractor_found import found, one_line

# --- a flow of steps parted by arrows, its rows of cells under the steps ----------------------------------------


FLOW = (
    "令和9年5月10日\n"
    "ごみ収集運搬業務委託に係る公募型プロポーザルの実施について\n"
    "\n"
    "　本市の家庭ごみ及び資源物の収集運搬業務について、効率的かつ安定的な業務の実施が見込まれる事業者を選定するため、"
    "公募型プロポーザル方式により企画提案を募集します。\n"
    "\n"
    "１　業務名　家庭ごみ収集運搬業務委託\n"
    "２　業務期間　令和9年10月1日から令和12年9月30日まで\n"
    "　参加資格、提出書類その他の事項は、募集要項のとおりとします。募集要項及び様式は、市のホームページから入手してください。\n"
    "\n"
    "３　日程\n"
    "　下記のとおり実施します。\n"
    "\n"
    "　参加表明　　→　　質問受付　　→　　提案書提出　　→　　ヒアリング\n"
    "5/17(月)～　　　　5/21(金)　　　　6/4(金)　　　　　6/15(火)\n"
    "5/24(月)17:00　　15:00まで　　　12:00まで　　　　10:00～\n"
    "\n"
    "４　提出先　環境政策課\n"
    "５　その他　提出された書類は返却しません。企画提案に要する費用は、提案者の負担とします。"
    "参加表明後に辞退する場合は、辞退届を提出してください。\n"
)


def test_a_flow_of_steps_gives_each_step_its_column_s_day_and_hour():
    expected = [
        ("application", "2027-05-24", "17:00", "datetime"),
        ("question", "2027-05-21", "15:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-15", "10:00", "datetime"),
    ]
    assert sorted(found(FLOW), key=lambda m: m[0]) == sorted(expected, key=lambda m: m[0])
    assert sorted(found(one_line(FLOW)), key=lambda m: m[0]) == sorted(expected, key=lambda m: m[0])


def test_arrows_in_a_sentence_make_no_flow_of_rows():
    text = (
        "令和9年5月10日\n"
        "（１）質問の受付期限　令和9年5月21日（金）午後3時まで　→　回答は5月26日（水）に公表します。\n"
        "（２）提案書の提出期限　令和9年6月4日（金）正午\n"
    )
    assert ("submission", "2027-06-04", "12:00", "datetime") in found(one_line(text))
    assert ("question", "2027-05-21", "15:00", "datetime") in found(one_line(text))


# --- an English schedule of leader rows ----------------------------------------------------------------------


LEADERS = (
    "Shirotaki Port Authority - Harbour Lighting Renewal\n"
    "Issued Thu 6 May 2027\n"
    "\n"
    "The Authority invites tenders for the renewal of the lighting on the north and south breakwaters and the "
    "ferry terminal apron. Tender documents can be downloaded from the Authority's website.\n"
    "\n"
    "Timetable\n"
    "Site visit ................ Wed 12 May (registration required)\n"
    "Clarification requests .... Fri 21 May\n"
    "Tenders due ............... Fri 11 Jun, noon\n"
)


def test_leader_rows_run_together_part_after_each_value_s_date():
    expected = [
        ("published", "2027-05-06", None, "date"),
        ("other", "2027-05-12", None, "date"),
        ("question", "2027-05-21", None, "date"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]
    assert found(LEADERS) == expected
    assert found(one_line(LEADERS)) == expected
