"""Notices hard-wrapped at a fixed width (round ak): a PDF text layer of a narrow column, a fax's OCR, a mail body
wrapped at 40 or 60 columns, so that a label is cut from its date, a date is cut inside itself and a window's
「まで」 lands on the next line. Each test a few lines written for its class, wrapped by ``wrapped``."""

from tenders.extractor import extract
from tenders.extractor.normalize import wrap_rejoined
from tests.extractor_found import found

PROPOSAL_CALL = (
    "令和9年度 市民まつり運営業務委託 企画提案の募集\n"
    "\n"
    "1 趣旨\n"
    "市民まつりの運営を担う事業者を公募型プロポーザル方式により選定するため、次のとおり企画提案を募集する。\n"
    "2 日程\n"
    "(1) 参加申込書の提出期限は、令和9年5月14日（金）午後5時までとし、持参又は郵送により提出すること。\n"
    "(2) 質問は、令和9年5月18日（火）正午までに電子メールにより提出すること。電話による質問は受け付けない。\n"
    "(3) 企画提案書の提出期限は、令和9年6月4日（金）午後3時とし、正本1部及び副本8部を提出すること。\n"
    "(4) プレゼンテーションは、令和9年6月15日（火）に市役所本庁舎で実施する予定である。\n"
    "3 その他\n"
    "提出された書類は返却しない。応募に要する一切の費用は、応募者の負担とする。\n"
)
PROPOSAL_STEPS = [
    ("application", "2027-05-14", "17:00", "datetime"),
    ("question", "2027-05-18", "12:00", "datetime"),
    ("submission", "2027-06-04", "15:00", "datetime"),
    ("hearing", "2027-06-15", None, "date"),
]


def wrapped(text: str, width: int) -> str:
    """Each line cut into pieces of ``width`` characters (the last piece shorter), as a fixed-width wrap does."""
    pieces = []
    for line in text.split("\n"):
        while len(line) > width:
            pieces.append(line[:width])
            line = line[width:]
        pieces.append(line)
    return "\n".join(pieces)


PROSE_CALL = (
    "令和9年度 市民まつり運営業務委託 企画提案の募集について\n"
    "\n"
    "市民まつりの運営を担う事業者を公募型プロポーザル方式により選定するため、次のとおり企画提案を募集します。\n"
    "参加を希望する者は、参加申込書を令和9年5月14日（金）午後5時までに市民協働課へ持参又は郵送により提出してください。\n"
    "本件に関する質問は、質問書により令和9年5月18日（火）正午までに電子メールで提出してください。"
    "回答は令和9年5月21日（金）に市ホームページに掲載します。\n"
    "企画提案書の提出期限は令和9年6月4日（金）午後3時とし、正本1部及び副本8部を提出してください。"
    "プレゼンテーションは令和9年6月15日（火）に市役所本庁舎で実施する予定です。\n"
    "提出された書類は返却しません。応募に要する一切の費用は、応募者の負担とします。\n"
)
PROSE_STEPS = [
    ("application", "2027-05-14", "17:00", "datetime"),
    ("question", "2027-05-18", "12:00", "datetime"),
    ("answer", "2027-05-21", None, "date"),
    ("submission", "2027-06-04", "15:00", "datetime"),
    ("hearing", "2027-06-15", None, "date"),
]


def test_a_notice_wrapped_at_a_fixed_width_reads_the_steps_it_reads_unwrapped():
    # at many widths a step's words are cut from its date, or a date inside itself (the answer, the hearing, the
    # deadlines read wrong or not at all) unless the pieces are read as the one line they were
    assert found(PROSE_CALL) == PROSE_STEPS
    for width in range(24, 56, 2):
        assert found(wrapped(PROSE_CALL, width)) == PROSE_STEPS, width
    for width in (30, 40, 50):
        assert found(wrapped(PROPOSAL_CALL, width)) == PROPOSAL_STEPS, width


def test_a_date_cut_inside_itself_by_the_wrap_is_one_date_again():
    # 「午後」 / 「5時までとし」, 「午後3」 / 「時とし」: each piece read as the one line it was
    text = wrapped(PROPOSAL_CALL, 30)
    assert "午後\n5時" in text and "午後3\n時" in text
    assert found(text) == PROPOSAL_STEPS


def test_a_wrapped_notice_cites_the_line_of_the_text_as_given():
    text = wrapped(PROPOSAL_CALL, 40)
    extraction = extract(text)
    lines = text.splitlines()
    assert all(text[item["offset"] :].startswith(lines[item["line"] - 1]) for item in extraction.evidence)
    cited = [lines[item["line"] - 1] for item in extraction.evidence]
    assert cited[0].startswith("(1) 参加申込書の提出期限")


def test_the_pieces_join_unless_the_next_line_starts_an_item_of_its_own():
    paragraphs = [
        "次のとおり一般競争入札を行うので公告する。入札参加資格確認申請書の提出期限は令和9年5月14日（金）午後5時とし、"
        "持参により提出すること。郵送による提出は認めない。",
        "(2) 開札日時は、令和9年5月25日（火）午前10時とする。",
        "■問合せ先 市役所総務部契約課 電話000-0000-0000",
        "以上のとおり公告する。ただし、本件は予算の成立を条件とする。",  # as long as the width: no piece goes on
        "令和9年5月1日 市長 山田太郎",  # a line of its own (a date first, after a full sentence)
    ]
    lines = wrapped("\n".join(paragraphs), 30).split("\n")
    assert len(lines) == 9 and len(lines[-2]) == 30
    kept, origin = wrap_rejoined(lines)
    assert kept == paragraphs
    assert [lines[index] for index in origin] == [line[:30] for line in kept]


def test_a_text_of_lines_of_many_widths_is_no_wrapped_text():
    assert wrap_rejoined(PROPOSAL_CALL.splitlines()) is None


def test_a_table_padded_to_one_width_is_no_wrapped_text():
    rows = [("公告日", "令和9年5月1日"), ("質問締切", "令和9年5月18日 正午"), ("提出期限", "令和9年6月4日 午後3時")]
    lines = ["項目        | 日程", "------------+---------------------"]
    lines += [f"{label:<12}| {when:<20}" for label, when in rows]
    assert wrap_rejoined(lines) is None
