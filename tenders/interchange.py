"""JSON interchange in the shape of the sample answers (see README, "JSON interchange").

``parse_notices`` turns decoded JSON into validated ``NoticeProposal`` values;
``notice_to_dict`` writes a saved notice back in the same shape. Keys this
module does not know (``not_milestones``, ``evidence``…) are ignored on input.
"""

import datetime as dt
import json
from pathlib import Path

from django.utils import timezone

from tenders.models import Milestone
from tenders.proposal import MilestoneProposal, NoticeProposal, ProposalError
from tenders.text.cleaning import clean_line, clean_text

MILESTONE_KEYS = ("kind", "label", "date", "time", "precision", "note")
MULTILINE_KEYS = ("notes",)


def _text(obj: dict, key: str, where: str, *, required: bool = False) -> str:
    """A text value, cleaned of NUL, control characters and lone surrogates (multi-line only for notes)."""
    value = obj.get(key)
    if value is None:
        if required:
            raise ProposalError(f"{where}: 「{key}」がありません。")
        return ""
    if not isinstance(value, str):
        raise ProposalError(f"{where}: 「{key}」は文字列で書きます（{type(value).__name__} になっています）。")
    return clean_text(value).strip() if key in MULTILINE_KEYS else clean_line(value)


def _date(value, where: str) -> dt.date:
    if not isinstance(value, str):
        raise ProposalError(f'{where}: 「date」は "YYYY-MM-DD" 形式の文字列で書きます。')
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ProposalError(f"{where}: 日付「{clean_line(value)}」は存在しないか、YYYY-MM-DD 形式ではありません。") from None
    if not Milestone.day_in_range(day):
        raise ProposalError(
            f"{where}: 日付「{value}」は扱える範囲（{Milestone.EARLIEST_DAY.isoformat()}〜{Milestone.LATEST_DAY.isoformat()}）の外です。"
        )
    return day


def _time(value, where: str) -> dt.time | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ProposalError(f'{where}: 「time」は "HH:MM" 形式の文字列か null で書きます。')
    try:
        parsed = dt.time.fromisoformat(value)
    except ValueError:
        raise ProposalError(f"{where}: 時刻「{clean_line(value)}」は HH:MM 形式ではありません。") from None
    if parsed.tzinfo is not None:
        raise ProposalError(f"{where}: 時刻「{value}」にタイムゾーンは付けません（告示の現地時刻で書きます）。")
    return parsed


def parse_milestone(obj, where: str) -> MilestoneProposal:
    if not isinstance(obj, dict):
        raise ProposalError(f"{where}: 日程はオブジェクト（{{...}}）で書きます。")
    label = _text(obj, "label", where, required=True)
    where = f"{where}「{label}」" if label else where
    kind = _text(obj, "kind", where, required=True)
    precision = _text(obj, "precision", where, required=True)
    if "date" not in obj:
        raise ProposalError(f"{where}: 「date」がありません。")
    evidence = obj.get("evidence")
    if isinstance(evidence, dict):
        evidence = evidence.get("line") or evidence.get("text") or ""
    try:
        return MilestoneProposal(
            kind=kind,
            label=label,
            date=_date(obj["date"], where),
            time=_time(obj.get("time"), where),
            precision=precision,
            note=_text(obj, "note", where),
            evidence=clean_text(evidence) if isinstance(evidence, str) else "",
        )
    except ProposalError as exc:
        message = str(exc)
        raise ProposalError(message if message.startswith(where) else f"{where}: {message}") from None


def parse_notice(obj, where: str = "案件") -> NoticeProposal:
    if not isinstance(obj, dict):
        raise ProposalError(f"{where}: 案件はオブジェクト（{{...}}）で書きます。")
    title = _text(obj, "title", where, required=True)
    milestones = obj.get("milestones", [])
    if not isinstance(milestones, list):
        raise ProposalError(f"{where}: 「milestones」はリスト（[...]）で書きます。")
    budget = obj.get("budget_ceiling")
    if budget is not None and (not isinstance(budget, int) or isinstance(budget, bool)):
        raise ProposalError(f"{where}: 「budget_ceiling」は円の整数で書きます。")
    parsed = tuple(parse_milestone(item, f"{where} 日程{i}") for i, item in enumerate(milestones, start=1))
    try:
        return NoticeProposal(
            title=title,
            issuer=_text(obj, "issuer", where),
            milestones=parsed,
            reference_number=_text(obj, "reference_number", where),
            source_url=_text(obj, "source_url", where),
            method=_text(obj, "method", where),
            budget_ceiling=budget,
            status=_text(obj, "status", where),
            notes=_text(obj, "notes", where),
        )
    except ProposalError as exc:
        raise ProposalError(f"{where}: {exc}") from None


def parse_notices(data) -> list[NoticeProposal]:
    """One notice object, or a list of them (as ``export_notices`` writes)."""
    if isinstance(data, list):
        if not data:
            raise ProposalError("案件がありません（空のリスト [] です）。")
        return [parse_notice(item, f"案件{i}") for i, item in enumerate(data, start=1)]
    return [parse_notice(data)]


def read_json_file(path: Path) -> list[NoticeProposal]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProposalError(f"ファイルを読めません（{exc.strerror}）。") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProposalError("UTF-8 の JSON ではありません。") from None
    except json.JSONDecodeError as exc:
        raise ProposalError(f"JSON として読めません（{exc.lineno}行{exc.colno}列: {exc.msg}）。") from None
    except RecursionError:
        raise ProposalError(
            "JSON の入れ子が深すぎて読めません（案件の形は README の「Notices in and out」のとおりです）。"
        ) from None
    except ValueError:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise ProposalError("JSON に桁数の多すぎる数があり、読めません。") from None
    return parse_notices(data)


def milestone_to_dict(milestone) -> dict:
    time = milestone.due_time
    return {
        "kind": milestone.kind,
        "label": milestone.label,
        "date": milestone.date.isoformat(),
        "time": time.strftime("%H:%M") if time else None,
        "precision": milestone.precision,
        "note": milestone.delivery_note or None,
        "done": milestone.done_at is not None,
        "official": milestone.is_official,
    }


def notice_to_dict(notice) -> dict:
    return {
        "title": notice.title,
        "issuer": notice.issuer,
        "reference_number": notice.reference_number,
        "source_url": notice.source_url,
        "method": notice.method,
        "budget_ceiling": notice.budget_ceiling,
        "status": notice.status,
        "team": notice.team.name,
        "owner": notice.owner.email,
        "notes": notice.notes,
        "updated_at": timezone.localtime(notice.updated_at).isoformat(),
        "milestones": [milestone_to_dict(m) for m in notice.milestones.all()],
    }
