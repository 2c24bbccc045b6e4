"""Round ni: a bid team's pastes read as the team wrote them. A sheet's preamble rows (a title, a 最終更新 field, each a
cell or two padded with tabs to the sheet's width) stand right over the row that names its columns: that row is the
table's head, so a column headed as another, earlier call's reference (「参考：…前年度」「前回公告時」) gives no step.
The day the team seals its own papers (「…は5/25(月)に押印→…」「…1/25(月)押印、…」「…に社印を押して」) is its own, as is
the month of an earlier call it took part in (「2月にやった…の案件」「昨年10月に応募した…プロポ」). A chat's day divider
written with its weekday unbracketed (Slack's 「5月18日月曜日」) is no date of the post above it (a bot's reminder).
Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

SHEET_HEAD = "\t".join(["No", "区分", "項目", "期日", "曜日", "時刻", "担当", "備考", "{ref}"])


def sheet(ref: str) -> str:
    """A sheet saved with its rows padded to one width: a title row, a field row with the legend in its last cell,
    then the row that names the columns (the last one another call's days, for reference)."""
    pad = "\t" * 8
    return (
        f"青葉台村 防犯灯LED化 入札管理表{pad}\n"
        f"最終更新：2027/05/20 09:10 佐藤{pad}※期日がm/dの行は説明書のとおり\n" + SHEET_HEAD.format(ref=ref) + "\n"
        "1\t村\t入札説明書の交付開始\t2027/05/17\t月\t\t佐藤\t交付期間 2027/05/17～2027/06/04\t2026/05/18\n"
        "2\t村\t質問書の提出期限\t2027/05/24\t月\t17:00\t佐藤\tメールのみ\t2026/05/25\n"
        "3\t村\t質問への回答\t5/28\t金\t\t佐藤\t個別回答なし\t2026/05/29\n"
        "4\t村\t入札書の提出期限\t2027/06/04\t金\t12:00\t佐藤\t持参\t2026/06/05\n"
        "5\t村\t開札\t2027/06/08\t火\t10:00\t佐藤\t役場2階\t2026/06/09\n"
    )


EXPECTED_SHEET = [
    ("published", "2027-05-17", None, "date"),
    ("question", "2027-05-24", "17:00", "datetime"),
    ("answer", "2027-05-28", None, "date"),
    ("submission", "2027-06-04", "12:00", "datetime"),
    ("other", "2027-06-08", "10:00", "datetime"),
]


def test_sheet_column_of_an_earlier_years_call_right_under_the_preamble():
    assert found(sheet("参考：前年度(R8) 同種入札")) == EXPECTED_SHEET


def test_sheet_column_of_the_last_call_for_reference():
    assert found(sheet("前回公告時の日程（参考）")) == EXPECTED_SHEET


def test_sheet_column_of_another_towns_call():
    assert found(sheet("(参考)隣町の同種案件")) == EXPECTED_SHEET


MEMO_SEAL = (
    "港北町 図書館システム更新 プロポーザル 日程メモ\n"
    "・参加申込書の提出期限　令和9年6月11日（金）午後5時\n"
    "・企画提案書の提出期限　令和9年6月25日（金）正午\n"
    "・参加申込書は{day}、6月11日（金）午前に持参予定\n"
)


def test_team_seals_its_paper_on_a_day():
    expected = [("application", "2027-06-11", "17:00", "datetime"), ("submission", "2027-06-25", "12:00", "datetime")]
    for day in ("6/9(水)に押印", "6/9(水)押印", "6月9日（水）に社印を押して", "6/9(水)の午前に捺印"):
        text = MEMO_SEAL.format(day=day)
        assert found(text) == expected, day
        assert found(one_line(text)) == expected, day


CHAT_EARLIER = (
    "#pj-kohoku-library\n"
    "\n"
    "6月1日火曜日\n"
    "\n"
    "原田 誠  10:12\n"
    "港北町の図書館システム、要領が出ました。参加申込書の提出期限は令和9年6月11日（金）午後5時です\n"
    "\n"
    "今村 彩  10:30\n"
    "了解です。{talk}\n"
    "\n"
    "原田 誠  10:41\n"
    "同じ課なので、体制図は流用できそうです\n"
    "\n"
    "今村 彩  10:45\n"
    "了解です\n"
)


def test_chat_talk_of_an_earlier_call_gives_no_step():
    for talk in (
        "ありがとうございます！3月にやった港北町の公民館予約の案件って結局いつ結果出たんでしたっけ？",
        "2月頃に受注した港北町の保守業務の契約締結はいつでした？",
        "そういえば1月に応募した港北町のプロポ、結果通知は何日でしたっけ？",
    ):
        assert found(CHAT_EARLIER.format(talk=talk)) == [("application", "2027-06-11", "17:00", "datetime")], talk


BOT_REMINDER = (
    "#bid-kohoku-library\n"
    "\n"
    "6月1日火曜日\n"
    "\n"
    "原田 誠  10:12\n"
    "港北町の図書館システム、要領が出ました。参加申込書の提出期限は令和9年6月11日（金）午後5時です\n"
    "\n"
    "{bot}  17:00\n"
    "リマインダー：提案書の構成案を共有する\n"
    "\n"
    "{day}\n"
    "\n"
    "今村 彩  9:05\n"
    "構成案を共有ドライブに置きました\n"
    "\n"
    "原田 誠  9:20\n"
    "ありがとうございます、午後に見ます\n"
    "\n"
    "今村 彩  9:31\n"
    "お願いします\n"
)


def test_bot_reminder_over_a_day_divider_written_without_brackets():
    for bot, day in (("Slackbot", "6月4日金曜日"), ("Slackbot", "6月4日 金曜日"), ("リマインダーBot", "6月4日金曜")):
        text = BOT_REMINDER.format(bot=bot, day=day)
        assert found(text) == [("application", "2027-06-11", "17:00", "datetime")], day
