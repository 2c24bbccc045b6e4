"""The extraction pipeline: lines → dated candidates → labelled, classified, merged milestones."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tenders.extractor import labels as L
from tenders.extractor.dates import Mention, find_mentions, resolve_year, weekday_mismatch
from tenders.extractor.normalize import normalize, normalize_line
from tenders.proposal import MilestoneProposal, NoticeProposal, ProposalError, window

TITLE_LABEL = re.compile(r"(?:委託業務名|業務名|件名|事業名|案件名|業務の名称|調達件名)\s*[:：]?\s*(?P<value>.*)$")
ISSUER_BEFORE_IBIKA = re.compile(
    r"(?P<name>[^\s、。「」()（）:：]{2,40}?(?:省|庁|都|道|府|県|市|町|村|区|機構|センター|法人|協会|公社|大学|委員会|事務所|局))\s*[(（]以下"
)
ISSUER_LINE = re.compile(r"^(?P<name>[^\s、。「」()（）]{2,30}(?:省|庁|都|道|府|県|市|町|村|区|機構|センター|協会|公社|大学))$")
CITY_HALL = re.compile(r"(?P<name>[一-龥ヶ]{1,8}?(?:市|町|村))役(?:所|場)|(?P<pref>[一-龥]{1,4}?[都道府県])庁")
FISCAL_YEAR = re.compile(r"(?:(?P<era>令和|平成)(?P<eyear>\d{1,2}|元)|(?P<year>20\d{2}))年度")
SOURCE_RANK = {"table": 0, "labelled": 1, "context": 2, "sentence": 3}
HISTORY_YEARS = 2


@dataclass
class Candidate:
    kind: str
    label: str
    mention: Mention
    line_no: int
    source: str
    notes: list[str]
    evidence: str
    offset: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    proposal: NoticeProposal
    evidence: list[dict]
    warnings: list[str]

    def as_json(self) -> dict:
        return {
            "title": self.proposal.title,
            "issuer": self.proposal.issuer,
            "milestones": [
                {"kind": m.kind, "label": m.label, "date": m.date.isoformat(),
                 "time": m.time.strftime("%H:%M") if m.time else None, "precision": m.precision,
                 "note": m.note or None, "evidence": ev}
                for m, ev in zip(self.proposal.milestones, self.evidence)
            ],
            "warnings": self.warnings,
        }


def is_table_row(line: str) -> bool:
    return "\t" in line.strip("\t") or line.count("|") >= 2


def cells_of(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return [c.strip() for c in line.strip().strip("-").strip().strip("|").split("|")]


def strip_markdown(line: str) -> str:
    return re.sub(r"^\s*(?:#+|>|-\s*\|?)\s*", "", line).strip()


class Reader:
    def __init__(self, text: str):
        self.original = text.splitlines()
        self.lines = normalize(text)
        self.offsets = []
        position = 0
        for line in text.splitlines(keepends=True):
            self.offsets.append(position)
            position += len(line)

    # --- title and issuer ---------------------------------------------------

    def title(self) -> str:
        for index, line in enumerate(self.lines[:120]):
            match = TITLE_LABEL.search(strip_markdown(line))
            if not match or len(L.clean_label(line[: line.find(match.group(0))])) > 6:
                continue
            value = match.group("value").strip()
            original = self.original[index]
            if value:
                # the same text in the source's own characters
                key = TITLE_LABEL.search(original)
                if key:
                    return key.group("value").strip(" :：\t")
                return value
            for following in range(index + 1, min(index + 4, len(self.lines))):
                if self.lines[following].strip():
                    return L.clean_label(self.original[following]).strip() or self.original[following].strip()
        for index, line in enumerate(self.lines[:40]):
            if line.lstrip().startswith("#") and re.search(r"業務|事業|委託|調達|公募", line):
                return strip_markdown(self.original[index])
        for index, line in enumerate(self.lines):
            if line.strip():
                return self.original[index].strip()[:300]
        return ""

    def issuer(self) -> str:
        for line in self.lines:
            for match in ISSUER_BEFORE_IBIKA.finditer(line):
                name = match.group("name")
                if not re.search(r"[ぁ-ん]", name) or name.endswith(("市", "町", "村")):
                    return name
        for line in self.lines[:30]:
            match = ISSUER_LINE.match(strip_markdown(line))
            if match:
                return match.group("name")
        for line in self.lines:
            match = CITY_HALL.search(line)
            if match:
                return match.group("name") or match.group("pref")
        return ""

    def fiscal_year(self, title: str) -> int | None:
        for text in [title, *self.lines[:15]]:
            match = FISCAL_YEAR.search(text)
            if match:
                if match.group("year"):
                    return int(match.group("year"))
                number = 1 if match.group("eyear") == "元" else int(match.group("eyear"))
                return {"令和": 2018, "平成": 1988}[match.group("era")] + number
        return None

    # --- dated candidates ------------------------------------------------------

    def source_text(self, index: int, fragment: str) -> str:
        """``fragment`` of normalised line ``index`` as the source wrote it (full-width brackets and all)."""
        original = self.original[index]
        if normalize_line(original) == self.lines[index]:
            for start in range(len(original)):
                if not fragment.startswith(normalize_line(original[start])[:1] or "\0"):
                    continue
                for end in range(start + len(fragment) // 3, len(original) + 1):
                    candidate = normalize_line(original[start:end])
                    if candidate == fragment:
                        return original[start:end]
                    if len(candidate) > len(fragment):
                        break
        return fragment

    def context_label(self, contexts: list[tuple[str, int]]) -> tuple[str, int | None]:
        """The latest context line, prefixed with the nearest specific one when it is generic (「提出期限」)."""
        if not contexts:
            return "", None
        label, index = contexts[-1]
        if L.is_generic(label):
            for parent, _ in reversed(contexts[:-1]):
                if not L.is_generic(parent):
                    return f"{parent} {label}", index
        return label, index

    def candidates(self) -> list[Candidate]:
        found = []
        contexts: list[tuple[str, int]] = []  # recent headings and numbered items without a date
        table_parent = ""
        for index, line in enumerate(self.lines):
            stripped = line.strip()
            if not stripped:
                continue
            mentions = [m for m in find_mentions(line) if not m.range_start]
            table = is_table_row(line)
            if table:
                cells = cells_of(line)
                if cells and cells[0] and not find_mentions(cells[0]):
                    table_parent = L.clean_label(cells[0])
            if not mentions:
                if not table and len(stripped) <= 80 and not stripped.endswith("。"):
                    label = L.clean_label(stripped)
                    if label:
                        contexts = [*contexts[-5:], (self.source_text(index, label), index)]
                continue
            for mention in mentions:
                candidate = self.candidate(index, line, mention, contexts, table_parent if table else "")
                if candidate:
                    found.append(candidate)
        return found

    def candidate(self, index: int, line: str, mention: Mention, contexts, table_parent: str) -> Candidate | None:
        before, after = line[: mention.start], line[mention.end:]
        context, context_index = self.context_label(contexts)
        if context_index is not None and index - context_index > 12:
            context, context_index = "", None
        if L.LAW_AFTER.match(after) or L.PERIOD_AFTER.match(after) or L.PERIOD_BEFORE.search(before):
            return None
        source = "sentence"
        if is_table_row(line):
            cells = cells_of(line)
            date_cell = next((i for i, c in enumerate(cells) if find_mentions(c)), None)
            label_cells = [L.clean_label(c) for c in cells[:date_cell] if L.clean_label(c)]
            if cells and cells[0]:
                label = self.source_text(index, L.clean_label(cells[0]))
            elif table_parent and label_cells:
                label = f"{table_parent} {self.source_text(index, label_cells[-1])}"
            else:
                label = self.source_text(index, label_cells[-1]) if label_cells else context
            source = "table"
            notes_text = "\n".join([line, *self.continuation_rows(index)])
        else:
            head = L.clean_label(before)
            if head and len(head) <= 40 and not head.endswith("。") and "、" not in head:
                label = self.source_text(index, head)
                source = "labelled"
                if L.is_generic(head) and context:
                    label = f"{context} {label}"
            elif not head:
                label, source = context, "context"
            else:
                label = self.source_text(index, L.clean_label(re.split(r"[。]", before + after)[0])[:80])
            first = context_index if context_index is not None and index - context_index <= 8 else index
            notes_text = "\n".join(self.lines[first: index + 6])
        if not label or L.NOT_MILESTONE_LABEL.search(label):
            return None
        kind = L.kind_of(label)
        if kind is None and source in ("labelled", "context") and L.is_generic(label.split()[-1]):
            kind = L.kind_of(context)
        if kind is None and source in ("sentence", "labelled"):
            kind = L.kind_of(re.split(r"[。]", before + after)[0])
        if kind is None:
            return None
        return Candidate(
            kind=kind, label=label, mention=mention, line_no=index + 1, source=source,
            notes=L.delivery_notes(notes_text), evidence=self.original[index].strip(), offset=self.offsets[index],
        )

    def continuation_rows(self, index: int) -> list[str]:
        """The other rows of this row's group: its parent row and the rows with an empty first cell."""
        rows = []
        start = index
        while start > 0 and index - start < 8 and is_table_row(self.lines[start]) and not cells_of(self.lines[start])[0]:
            start -= 1
        if is_table_row(self.lines[start]):
            rows += self.lines[start:index]
        for line in self.lines[index + 1: index + 8]:
            if not is_table_row(line) or cells_of(line)[0]:
                break
            rows.append(line)
        return rows


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One milestone per (kind, date): a table row's label wins, a time from anywhere is kept."""
    groups: dict[tuple, list[Candidate]] = {}
    for candidate in candidates:
        key = (candidate.kind, candidate.mention.date(), candidate.mention.precision in ("datetime", "date"))
        groups.setdefault(key, []).append(candidate)
    merged = []
    for group in groups.values():
        best = min(group, key=lambda c: (SOURCE_RANK[c.source], c.line_no))
        timed = next((c for c in group if c.mention.time is not None), None)
        if timed is not None and best.mention.time is None:
            best.mention.time, best.mention.precision = timed.mention.time, "datetime"
        notes = []
        for candidate in group:
            notes += [n for n in candidate.notes if n not in notes]
        best.notes = [w for w in L.DELIVERY_WORDS if w in notes]
        if "電子メール" in best.notes and "メール" in best.notes:
            best.notes.remove("メール")
        best.warnings = [w for c in group for w in c.warnings]
        merged.append(best)
    return sorted(merged, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no))


def extract(text: str) -> Extraction:
    """Propose a notice from its text. Never raises on any text; an empty title becomes 「（件名不明）」."""
    reader = Reader(text)
    title = reader.title() or "（件名不明）"
    fiscal_year = reader.fiscal_year(title)
    candidates = reader.candidates()
    explicit = [c.mention.date() for c in candidates if c.mention.explicit_year and c.mention.date()]
    latest = max(explicit, default=None)
    kept, warnings = [], []
    previous: dt.date | None = None
    for candidate in candidates:
        mention = candidate.mention
        if mention.year is None:
            resolve_year(mention, previous or latest, fiscal_year)
        else:
            resolve_year(mention, None, None)
        day = mention.date()
        if day is None:
            continue
        if mention.explicit_year:
            previous = day
        if latest and (latest - day).days > 365 * HISTORY_YEARS:
            continue  # the notice's own history or a citation, not a coming milestone
        if weekday_mismatch(mention):
            candidate.warnings.append(
                f"{candidate.line_no}行目: {day.month}月{day.day}日は「{'月火水木金土日'[day.weekday()]}曜日」です"
                f"（本文は「{mention.weekday}」）。日付を確認してください。"
            )
        kept.append(candidate)
    milestones, evidence = [], []
    for candidate in merge(kept):
        warnings += candidate.warnings
        mention = candidate.mention
        try:
            milestones.append(MilestoneProposal(
                kind=candidate.kind, label=candidate.label[:200], date=mention.date(), precision=mention.precision,
                time=mention.time if mention.precision == "datetime" else None, note=" ".join(candidate.notes),
                evidence=candidate.evidence[:500],
            ))
        except ProposalError:
            continue
        evidence.append({"line": candidate.line_no, "offset": candidate.offset, "text": candidate.evidence[:500]})
    proposal = NoticeProposal(title=title[:300], issuer=reader.issuer()[:200], milestones=tuple(milestones))
    return Extraction(proposal=proposal, evidence=evidence, warnings=warnings)
