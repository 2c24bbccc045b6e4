import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenders.interchange import notice_to_dict
from tenders.models import Notice
from tenders.spreadsheets.export import CSV_SHEETS, write_csv, write_xlsx


class Command(BaseCommand):
    help = (
        "Write notices in the JSON shape import_notice reads (a list on stdout, or one file per notice), "
        "or as an Excel workbook (--format xlsx) or CSV (--format csv) into --output."
    )

    def add_arguments(self, parser):
        parser.add_argument("--team", help="Only this team's notices.")
        parser.add_argument("--dir", type=Path, help="JSON: write one <id>.json file per notice into this folder.")
        parser.add_argument("--format", choices=("json", "xlsx", "csv"), default="json", help="json (default), xlsx or csv.")
        parser.add_argument(
            "--encoding", choices=("utf-8", "cp932"), default="utf-8", help="CSV: utf-8 with BOM (default) or cp932 (Shift_JIS)."
        )
        parser.add_argument(
            "--sheet",
            choices=CSV_SHEETS,
            default="notices",
            help="CSV: notices (one row per notice, default) or milestones (one row per milestone).",
        )
        parser.add_argument("--output", type=Path, help="xlsx / csv: the file to write.")

    def handle(self, *args, team=None, dir=None, format="json", encoding="utf-8", sheet="notices", output=None, **options):
        notices = Notice.objects.select_related("team", "owner").prefetch_related("milestones").order_by("pk")
        if team:
            notices = notices.filter(team__name=team)
            if not notices.exists():
                raise CommandError(f"チーム「{team}」の案件はありません。")
        if format != "json":
            return self.write_sheet(notices, format, encoding, sheet, output)
        if dir is None:
            self.stdout.write(json.dumps([notice_to_dict(n) for n in notices], ensure_ascii=False, indent=1))
            return
        dir.mkdir(parents=True, exist_ok=True)
        for notice in notices:
            path = dir / f"{notice.pk}.json"
            path.write_text(json.dumps(notice_to_dict(notice), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            self.stdout.write(f"{path}")

    def write_sheet(self, notices, format, encoding, sheet, output):
        if output is None:
            raise CommandError(f"--format {format} には --output ファイル名 が必要です。")
        try:
            with output.open("wb") as file:
                if format == "xlsx":
                    result = write_xlsx(notices, file)
                else:
                    result = write_csv(notices, file, encoding=encoding, sheet=sheet)
        except OSError as exc:
            raise CommandError(f"{output} に書き込めません（{exc.strerror}）。") from None
        self.stdout.write(f"{output}: 案件 {result.notices} 件、日程 {result.milestones} 件を書き出しました。")
        if result.replaced:
            self.stderr.write(
                self.style.WARNING(
                    f"Shift_JIS にない文字を「〓」に置き換えました: {' '.join(result.replaced)}（UTF-8 ならそのまま書けます）。"
                )
            )
