"""Which column is which field: the headers the export writes, and a proposal for any sheet's header.

A header is matched on its words (NFKC, spaces removed): the exact names first, then the longest known
name it contains. A second header row below a merged cell (「日程」 over 「質問期限」「提出期限」) is read
with the cell above it; the more specific lower cell decides.
"""

from __future__ import annotations

import unicodedata

from tenders.proposal import KINDS

IGNORE = ""
ID = "id"  # the notice's number in an exported workbook: ties the milestone sheet's rows to it

# Notice fields a column may fill; each kind of milestone is the field "kind:<kind>".
NOTICE_FIELDS = (
    "title",
    "issuer",
    "reference_number",
    "status",
    "owner",
    "assignees",
    "method",
    "budget_ceiling",
    "source_url",
    "notes",
)
KIND_FIELDS = tuple(f"kind:{kind}" for kind in KINDS)
FIELDS = (ID, *NOTICE_FIELDS, *KIND_FIELDS)

# The header the export writes for each field (and the first name the mapping knows it by).
HEADERS = {
    ID: "案件ID",
    "title": "案件名",
    "issuer": "発注機関",
    "reference_number": "案件番号",
    "status": "状況",
    "owner": "担当",
    "assignees": "副担当",
    "method": "方式",
    "budget_ceiling": "予算上限額",
    "source_url": "公告URL",
    "notes": "備考",
    "kind:published": "公告日",
    "kind:question": "質問期限",
    "kind:answer": "質問回答",
    "kind:application": "参加申込期限",
    "kind:submission": "提出期限",
    "kind:hearing": "ヒアリング",
    "kind:result": "結果",
    "kind:contract": "契約",
    "kind:other": "その他の日程",
}

# Other names teams give these columns.
SYNONYMS = {
    ID: ("ID", "No", "No.", "番号ID"),
    "title": ("件名", "案件", "業務名", "事業名", "調達件名", "名称", "タイトル", "title"),
    "issuer": ("発注者", "発注元", "発注機関名", "発注部署", "機関名", "issuer"),
    "reference_number": ("公告番号", "管理番号", "整理番号", "reference"),
    "status": ("ステータス", "状態", "進捗", "進捗状況", "status"),
    "owner": ("担当者", "主担当", "営業担当", "責任者", "owner"),
    "assignees": ("副担当者", "メンバー", "サブ担当", "assignees"),
    "method": ("契約方式", "入札方式", "調達方式", "method"),
    "budget_ceiling": ("予算", "上限額", "予算額", "予定価格", "提案上限額", "budget"),
    "source_url": ("URL", "リンク", "掲載URL"),
    "notes": ("メモ", "摘要", "notes"),
    "kind:published": ("公告", "公示日", "公募開始", "公告日時", "掲載日"),
    "kind:question": ("質問", "質問締切", "質問受付期限", "質問書提出期限"),
    "kind:answer": ("回答", "質問への回答", "回答日"),
    "kind:application": ("参加申込", "参加申込書", "参加表明", "参加表明書", "申込期限", "参加申請"),
    "kind:submission": ("提出", "提案書", "企画提案書", "提案書提出期限", "入札", "入札日", "締切"),
    "kind:hearing": ("プレゼン", "プレゼンテーション", "審査", "ヒアリング日", "面接"),
    "kind:result": ("結果通知", "審査結果", "選定結果", "結果発表"),
    "kind:contract": ("契約締結", "契約日", "契約予定"),
    "kind:other": ("その他",),
}

# Columns the export writes that are read back from elsewhere (the next milestone is the milestones').
EXPORT_ONLY = ("次の日程",)


def normal(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split()).lower()


_EXACT = {normal(name): field for field in FIELDS for name in (HEADERS[field], *SYNONYMS.get(field, ()))}
_CONTAINED = sorted(_EXACT.items(), key=lambda item: -len(item[0]))


def field_for(header: str) -> str:
    """The field a header names, or IGNORE."""
    key = normal(header)
    if not key or key in (normal(name) for name in EXPORT_ONLY):
        return IGNORE
    if key in _EXACT:
        return _EXACT[key]
    for name, field in _CONTAINED:
        if len(name) >= 2 and name in key:
            return field
    return IGNORE


def field_for_parts(upper: str, lower: str) -> str:
    """A column under two header rows: the lower cell decides, else the upper one."""
    return field_for(lower) or field_for(upper) or field_for(f"{upper}{lower}")


def propose(headers: list[str]) -> list[str]:
    """A field for each header; a field taken by an earlier column is not proposed twice."""
    taken: set[str] = set()
    fields = []
    for header in headers:
        upper, _, lower = header.partition("\n")
        field = field_for_parts(upper, lower) if lower else field_for(upper)
        if field in taken:
            field = IGNORE
        if field:
            taken.add(field)
        fields.append(field)
    return fields


def field_label(field: str) -> str:
    return HEADERS.get(field, "（取り込まない）")


def parse_map_option(values: list[str]) -> dict[str, str]:
    """``--map 列名=field`` (field as named here, or by its export header); raises ValueError with a message."""
    chosen = {}
    by_header = {normal(header): field for field, header in HEADERS.items()}
    for value in values:
        column, sep, field = value.partition("=")
        if not sep or not column.strip():
            raise ValueError(f"--map は 列名=項目 の形で書きます（「{value}」）。")
        field = field.strip()
        if field in ("", "-", "ignore"):
            chosen[normal(column)] = IGNORE
            continue
        if field.startswith("kind:") or field in FIELDS:
            if field not in FIELDS:
                raise ValueError(f"--map: 項目「{field}」は不明です（{', '.join(FIELDS)}）。")
            chosen[normal(column)] = field
        elif normal(field) in by_header:
            chosen[normal(column)] = by_header[normal(field)]
        elif field in KINDS:
            chosen[normal(column)] = f"kind:{field}"
        else:
            raise ValueError(f"--map: 項目「{field}」は不明です（{', '.join(FIELDS)}）。")
    return chosen
