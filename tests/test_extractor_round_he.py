"""Round he: a table's row run together with the next, the last cell of the row before left before the next row's step."""

from tenders.extractor import extract
from tenders.extractor.labels import kind_of, shown_label

ROWS = (
    "日程\n"
    "公告\t令和9年4月6日（火）\t町ホームページ\n"
    "質問の受付期限\t令和9年4月13日（火）正午\n"
    "電子メールに限る 質問への回答\t令和9年4月16日（金）\n"
    "持参又は郵送（必着） 参加資格確認結果の通知\t令和9年4月28日（水）\n"
    "全提案者に文書で通知 契約締結\t令和9年6月上旬\n"
)


def test_cell_of_row_before_left_out_of_label():
    found = {m["date"]: m["label"] for m in extract(ROWS).as_json()["milestones"]}
    assert found["2027-04-16"] == "質問への回答"
    assert found["2027-04-28"] == "参加資格確認結果の通知"
    assert found["2027-06-01"] == "契約締結"


def test_means_cell_before_step_left_out():
    assert shown_label("持参に限る 参加資格審査結果の通知") == "参加資格審査結果の通知"
    assert shown_label("県ホームページに掲載 質問の受付期限") == "質問の受付期限"
    assert shown_label("全応募者に書面で通知 契約締結") == "契約締結"
    assert shown_label("持参又は郵送（必着）") == "持参又は郵送（必着）"  # (the cell alone)
    assert shown_label("電子メール 件名に業務名を記載") == "電子メール 件名に業務名を記載"  # (no step after it)


def test_kind_of_step_after_means_cell():
    found = {m["date"]: m["kind"] for m in extract(ROWS).as_json()["milestones"]}
    assert found["2027-06-01"] == "contract"
    assert kind_of("全応募者に書面で通知 契約締結") == "contract"
    assert kind_of("文書で通知 基本協定の締結") == "contract"


def test_place_cell_before_step_left_out():
    assert shown_label("雲雀野町役場2階 第1会議室 質問への回答") == "質問への回答"
    assert shown_label("市役所 審査結果の通知") == "審査結果の通知"
    assert shown_label("雲雀野区役所3階 大会議室(入札書を持参) 開札") == "開札"
    assert shown_label("雲雀野町役場 2階 大会議室") == "雲雀野町役場 2階 大会議室"  # (the place alone)


def test_english_time_end_before_step_left_out():
    assert shown_label("noon (JST) Presentation screening") == "Presentation screening"
    assert shown_label("BST Responses to clarification questions") == "Responses to clarification questions"
    assert shown_label("(close of business) Notification of results") == "Notification of results"
    assert shown_label("JST Friday") == "JST Friday"  # (no step after it)
