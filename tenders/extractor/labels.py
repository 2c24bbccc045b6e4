"""What a dated line is about: its label, the milestone kind, and what is not a milestone."""

import re

NUMBERING = re.compile(
    r"^(?:[-・●○◆◇■□※*#>\s]|\d{1,2}[.)、．]|\(\s*\d{1,2}\s*\)|\d{1,2}\)|[①-⑳]|[ア-ン][.)、\s]|\([ア-ン]\)|[a-zA-Z][.)]|第\d+[条項]|【|】)+"
)
# Ordered: the first rule that matches decides.
KIND_RULES = [
    ("other", re.compile(r"理由|再審査|苦情|異議")),
    ("result", re.compile(r"結果|通知|選定|決定|採択|確認通知|内定")),
    ("hearing", re.compile(r"プレゼン|ヒアリング|審査会|面接|第[二2]次審査|面談|説明会への出席")),
    ("answer", re.compile(r"回答")),
    ("question", re.compile(r"質問|質疑")),
    ("application", re.compile(r"参加申込|参加申し込|参加表明|参加意思|参加申請|参加資格確認申請|申込書|申請書|応募申込|エントリー")),
    ("submission", re.compile(r"企画提案|提案書|企画書|応募書類|入札書|提出書類|見積書|提出期限|提出期間|提出日|応募期限|受付期間|提出")),
    ("contract", re.compile(r"契約")),
    ("published", re.compile(r"公募開始|公告|公示|募集開始|公表|掲載開始|配布開始|公募期間")),
]
DEADLINE_WORDS = re.compile(r"期限|締切|締め切り|予定日|期日")
# Dates that are never milestones: periods of performance, laws, documents.
NOT_MILESTONE_LABEL = re.compile(
    r"(?:実施|履行|事業|契約|委託|業務|研修|対象|補助|計画|有効)期間|期間:?$|から.*まで|年度|報告書|作成日|発行|改定|改正|制定|施行|"
    r"生年月日|設立|創業|実績|受付時間|開庁|閉庁|休日|営業日"
)
LAW_AFTER = re.compile(
    r"^\s*\)?\s*(?:付け?|付で)?\s*[一-龥]{0,12}(?:法律|政令|省令|条例|規則|規程|告示|訓令|閣議決定|制定|施行|改正|公布|付け|付)"
    r"|^\s*\)?\s*[一-龥]{0,12}第\d+号"
)
NEGATION = re.compile(r"受け付けません|受付しません|受け付けない|不可|認めません|認めない|できません|禁止")
PERIOD_AFTER = re.compile(r"^\s*(?:\(予定\))?\s*(?:から|以降)")
PERIOD_BEFORE = re.compile(r"(?:契約締結|締結|契約)(?:の)?日\s*(?:」)?\s*(?:から|~)\s*$|から\s*$")
DELIVERY_WORDS = ["必着", "消印有効", "持参", "郵送", "電子メール", "メール", "FAX", "書面", "電子申請", "ホームページ"]
GENERIC_LABELS = re.compile(r"^(?:提出期限|提出期間|期限|日時|日程|期日|開催日時|実施日|予定|時期|締切|受付期限|提出日|通知日|実施時期|予定日)$")


def clean_label(text: str) -> str:
    text = NUMBERING.sub("", text.strip())
    text = re.sub(r"^#+\s*", "", text)
    text = text.strip(" :：\t|-・").strip()
    return re.sub(r"\s{2,}", " ", text)


def kind_of(label: str) -> str | None:
    for kind, pattern in KIND_RULES:
        if pattern.search(label):
            return kind
    if DEADLINE_WORDS.search(label):
        return "other"
    return None


def is_generic(label: str) -> bool:
    return bool(GENERIC_LABELS.match(label.strip()))


def delivery_notes(text: str) -> list[str]:
    """Delivery words (必着, 郵送, メール…) in the text, leaving out sentences that refuse them."""
    text = " ".join(part for part in re.split(r"[。\n]", text) if not NEGATION.search(part))
    found = []
    for word in DELIVERY_WORDS:
        if word in text and not any(word in f for f in found):
            found.append(word)
    return found
