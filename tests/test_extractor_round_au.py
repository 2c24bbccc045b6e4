"""A table of questions and answers read answer by answer, and labels cleaned of the markup around them (round au):
each test a few lines written for its class."""

from tenders.extractor import extract
from tests.extractor_found import found

# --- a table of questions and answers: each answer's date read within its own sentence -----------------------


QA_TABLE = (
    "令和10年2月3日\n"
    "市民プール清掃業務委託に関する質問及び回答\n"
    "番号\t質問\t回答\n"
    "1\t現場を見ることはできますか。\t2月10日（木）午後2時から現地説明会を開催します。"
    "参加する場合は、2月8日（火）午後5時までに電話で申し込んでください。\n"
    "2\t見積書の提出期限を延ばせませんか。\t見積書の提出期限を、2月24日（木）正午まで延長します（当初：2月17日（木）正午）。\n"
    "3\t審査結果はいつ分かりますか。\t3月上旬を予定しています。\n"
    "4\t作業日程はどのように決まりますか。\t作業の日時は、3月1日までに受注者へ通知します。\n"
    "5\t請求書の日付はどうしますか。\t作業完了日としてください（記載例の「令和10年3月31日」は例示です）。\n"
    "6\t作業報告書の提出はいつですか。\t翌月5日までに提出してください。\n"
    "7\t見積合わせの日程表はありますか。\t見積書の提出期限：令和10年2月17日（木）正午 → No.2のとおり延長\n"
)


def test_an_answer_that_names_its_step_gives_that_step():
    # the briefing and its registration an answer announces are steps of their own (other); the extended deadline
    # is the submission's, the old one in brackets and in the schedule answered before is gone
    assert found(QA_TABLE)[:3] == [
        ("other", "2028-02-08", "17:00", "datetime"),
        ("other", "2028-02-10", "14:00", "datetime"),
        ("submission", "2028-02-24", "12:00", "datetime"),
    ]
    labels = [m.label for m in extract(QA_TABLE).proposal.milestones]
    assert labels[2] == "見積書の提出期限"  # (the answer's words, not the question 「…延ばせませんか。」)


def test_an_answer_that_names_no_step_gives_the_step_asked_about():
    # 「3月上旬を予定しています」 answers when the result comes; the day details are told, a sample's date and a day of
    # every month of the work are no steps
    assert found(QA_TABLE)[3:] == [("result", "2028-03-01", None, "early_month")]


def test_an_answer_column_is_no_step_of_its_own():
    text = (
        "No.\t質問内容\t回答\n"
        "1\t月報はいつまでに出せばよいですか。\t翌月10日までです。\n"
        "2\t契約はいつ頃ですか。\t令和9年12月中旬を予定しています。\n"
    )
    assert found(text) == [("contract", "2027-12-01", None, "mid_month")]


# --- a label a user sees is clean of the markup and the layout around its words -------------------------------


def labels(text: str) -> list[str]:
    return [m.label for m in extract(text).proposal.milestones]


def test_a_label_keeps_a_markdown_links_text_only():
    text = "## 日程\n- [現地説明会](./setsumeikai.html) … 2027年8月3日（火）午後2時から\n"
    assert found(text) == [("other", "2027-08-03", "14:00", "datetime")]
    assert labels(text) == ["現地説明会"]


def test_a_label_keeps_no_rule_of_a_box_drawn_table():
    text = (
        "４　スケジュール（令和9年）\n"
        "┌──────┬──────┬──────┐\n"
        "│ 区分 │①質問 │②提出 │\n"
        "├──────┼──────┼──────┤\n"
        "│ 日付 │9月1日(水)│9月15日(水)│\n"
        "└──────┴──────┴──────┘\n"
    )
    assert [kind for kind, *_ in found(text)] == ["question", "submission"]
    assert all("─" not in label and "┬" not in label and "日付" not in label for label in labels(text))


def test_a_label_keeps_no_window_mark_nor_arrow_at_its_end():
    text = "質問受付　　　　〜\n令和9年6月10日（木）まで\n参加申込書 →\n令和9年6月17日（木）\n"
    assert [kind for kind, *_ in found(text)] == ["question", "application"]
    assert labels(text) == ["質問受付", "参加申込書"]
