"""A bilingual table read one cell a line, run onto one line (round iq2): its head row of column names, each with its
English gloss, is no part of the first row's label, so the first row's step is read."""

from tests.extractor_found import found, one_line

NOTICE_HEAD = (
    "一般財団法人潮見港湾振興財団\n"
    "Shiomi Port Promotion Foundation\n"
    "\n"
    "港湾案内パンフレット多言語化業務の企画提案の募集について\n"
    "Call for Proposals: Multilingual Port Guide Pamphlets\n"
    "\n"
    "当財団では、港湾案内パンフレットの英語・中国語・韓国語版の制作を委託する事業者を募集します。\n"
    "The Foundation invites proposals for the English, Chinese and Korean editions of its port guide pamphlets.\n"
    "\n"
    "1．業務内容 / Scope\n"
    "　(1) 翻訳（和文約3万字） / Translation (about 30,000 characters)\n"
    "　(2) 版下データの作成 / Layout data\n"
    "\n"
    "2．委託期間 / Contract period\n"
    "　2026年11月1日～2027年3月19日\n"
    "\n"
    "3．日程 / Schedule\n"
    "\n"
)
NOTICE_FOOT = "\n4．問合せ先 / Contact\n　総務課　電話 000-0000-0000\n"


def test_a_bilingual_tables_head_row_is_no_part_of_its_first_rows_label():
    text = (
        NOTICE_HEAD
        + "項目 / Item\n日程 / Date\n備考 / Notes\n"
        + "募集開始 / Call opens\n2026.09.14（月）\n本ページに掲載\n"
        + "質問受付期限 / Deadline for questions\n2026.09.24（木）17:00\n電子メール / e-mail\n"
        + "提案書提出期限 / Proposals due\n2026.10.09（金）12:00（必着）\n郵送可 / post accepted\n"
        + "プレゼンテーション / Presentation\n2026.10.20（火）\n個別に通知 / notified\n"
        + "結果通知 / Results\n2026年10月下旬 / late October 2026\n全応募者に通知\n"
        + NOTICE_FOOT
    )
    expected = [
        ("published", "2026-09-14", None, "date"),
        ("question", "2026-09-24", "17:00", "datetime"),
        ("submission", "2026-10-09", "12:00", "datetime"),
        ("hearing", "2026-10-20", None, "date"),
        ("result", "2026-10-01", None, "late_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_other_column_names_and_glosses_are_a_head_row_too():
    text = (
        NOTICE_HEAD
        + "区分 / Stage\n期日 / Due\n摘要 / Remarks\n"
        + "公告 / Notice\n2026/9/14（月）\n掲示板\n"
        + "参加申込期限 / Entry\n2026/9/28（月）16:00\n様式1\n"
        + "提案書の提出期限 / Proposals\n2026/10/13（火）16:00\n持参のみ\n"
        + "ヒアリング / Hearing\n2026/10/22（木）\n会議室\n"
        + "契約締結 / Contract\n2026/11/1（日）\n予定\n"
        + NOTICE_FOOT
    )
    expected = [
        ("published", "2026-09-14", None, "date"),
        ("application", "2026-09-28", "16:00", "datetime"),
        ("submission", "2026-10-13", "16:00", "datetime"),
        ("hearing", "2026-10-22", None, "date"),
        ("contract", "2026-11-01", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
