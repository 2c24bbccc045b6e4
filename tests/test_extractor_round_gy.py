"""One-line notices (line breaks run together): a sub-item keeps the heading it stood under."""

from tenders.extractor import extract


def _milestones(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(m["kind"], m["date"], m.get("time"), m["label"]) for m in extract(text).as_json()["milestones"]]


_PREFACE = (
    "本業務の委託先を公募型プロポーザル方式により選定するため、企画提案を募集する。参加を希望する者は、"
    "この要領の内容をよく読み、次のとおり手続を行うこと。なお、本業務は予算の成立を条件とし、"
    "成立しない場合は契約を締結しないことがある。提案の内容は、別紙の評価基準により審査し、最も優れた提案を"
    "行った者を契約の相手方の候補者とする。提出された書類は返却しない。提案に要する費用は、提案者の負担とする。"
    "手続の詳細は、実施要領及び仕様書によるものとし、これらに定めのない事項は、担当課の指示に従うこと。"
)


def test_a_nested_bullet_keeps_its_heading_in_one_line():
    lines = [
        "# 業務委託の企画提案募集",
        _PREFACE,
        "",
        "## 日程",
        "",
        "- 公告：2027年5月10日（月）",
        "- オンライン説明会",
        "  - 申込：2027年5月14日（金）12:00まで",
        "    - 件名に社名を書いて電子メールで申し込むこと",
        "  - 開催：2027年5月18日（火）10:00～11:00",
        "    - 参加は任意とする",
        "- 企画提案書の提出期限：2027年6月4日（金）17:00",
        "",
        "## 問合せ先",
        "",
        "- 総務課 契約係（電話 000-0000-0000）",
    ]
    one_line = _milestones(" ".join(lines))
    assert ("other", "2027-05-18", "10:00", "オンライン説明会 開催") in one_line
    assert one_line == _milestones("\n".join(lines))


def test_a_marked_heading_keeps_its_first_key_in_one_line():
    lines = [
        "公募型プロポーザル実施要領",
        _PREFACE,
        "本業務の履行期間は、契約締結の日から令和10年3月31日までとする。受託者は、業務の進捗を毎月報告すること。",
        "■ 現地見学会",
        "日時：令和9年6月8日（火）14時00分から",
        "場所：市民体育館 正面玄関",
        "方法：参加を希望する者は、令和9年6月4日（金）17時00分までに、会社名及び参加者の氏名を記載した電子メールを下記",
        "９．の担当あてに送信すること。",
        "■ 企画提案書の提出",
        "日時：令和9年6月25日（金）17時00分まで（必着）",
    ]
    one_line = _milestones(" ".join(lines))
    assert [m[:3] for m in one_line if m[1] == "2027-06-04"] == [("other", "2027-06-04", "17:00")]
    assert one_line == _milestones("\n".join(lines))
