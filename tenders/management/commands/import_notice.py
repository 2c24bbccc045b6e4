from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tenders.extractor import extract
from tenders.interchange import read_json_file
from tenders.models import Membership
from tenders.proposal import ProposalError
from tenders.services import notice_create, staff_get_or_create, team_get_or_create, team_join
from tenders.spreadsheets.mapping import field_label, parse_map_option
from tenders.spreadsheets.reading import SheetError, read_workbook
from tenders.spreadsheets.rows import ImportRefused, plan_import, save_plan
from tenders.text.documents import DocumentError, read_document

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


def validation_text(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)


class Command(BaseCommand):
    help = (
        "Import notices from JSON files in the sample-answer shape, or from notice documents (.txt) through the "
        "extractor, or a team's 案件管理表 (.xlsx / .csv, one notice per row); each file is saved whole or not at all "
        "(a sheet's good rows only with --skip-bad-rows)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--team", required=True, help="Team name (created when missing).")
        parser.add_argument("--owner", required=True, help="Owner's email (staff account created when missing).")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="列名=field",
            help="Sheets: which field a column is (title, issuer, owner, kind:submission… or an export header; - to ignore).",
        )
        parser.add_argument(
            "--skip-bad-rows", action="store_true", help="Sheets: save the good rows even when others have problems."
        )

    def handle(self, *args, files, team, owner, map=(), skip_bad_rows=False, **options):
        if "@" not in owner:
            raise CommandError(f"--owner には担当者のメールアドレスを指定します（「{owner}」）。")
        try:
            self.chosen = parse_map_option(list(map))
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        self.skip_bad_rows = skip_bad_rows
        with transaction.atomic():
            team_obj, team_created = team_get_or_create(name=team)
            owner_obj, owner_created = staff_get_or_create(email=owner)
            team_join(team=team_obj, user=owner_obj, role=Membership.Role.LEAD if team_created else Membership.Role.MEMBER)
        if team_created:
            self.stdout.write(f"チーム「{team_obj.name}」を作成しました。")
        if owner_created:
            self.stdout.write(f"担当者 {owner_obj.email} のアカウントを作成しました（パスワード未設定）。")

        failures = 0
        for path in files:
            try:
                notices = self.import_file(path, team_obj, owner_obj)
            except ProposalError as exc:
                failures += 1
                self.stderr.write(self.style.ERROR(f"{path}: {exc} このファイルからは何も保存していません。"))
                continue
            for notice in notices:
                count = notice.milestones.count()
                self.stdout.write(self.style.SUCCESS(f"{path}: 案件「{notice.title}」（日程 {count} 件）を登録しました。"))
        if failures:
            raise CommandError(f"{failures} 件のファイルを取り込めませんでした。", returncode=1)

    def import_file(self, path: Path, team, owner):
        document = {}
        if path.suffix.lower() in SHEET_SUFFIXES:
            return self.import_sheet(path, team, owner)
        if path.suffix.lower() == ".json":
            proposals = read_json_file(path)
        else:
            try:
                text = read_document(path)
            except DocumentError as exc:
                raise ProposalError(str(exc)) from None
            except OSError as exc:
                raise ProposalError(f"ファイルを読めません（{exc.strerror}）。") from None
            result = extract(text)
            proposals = [result.proposal]
            document = {"document_name": path.name, "document_text": text, "document_file": ContentFile(path.read_bytes())}
            self.stdout.write(f"{path}: 文書から日程を {len(result.proposal.milestones)} 件読み取りました。")
            for warning in result.warnings:
                self.stdout.write(self.style.WARNING(f"{path}: 注意: {warning}"))
        try:
            with transaction.atomic():
                return [notice_create(team=team, owner=owner, proposal=p, **document) for p in proposals]
        except ValidationError as exc:
            raise ProposalError(f"内容が不正です: {validation_text(exc)}") from None

    def import_sheet(self, path: Path, team, owner):
        """A 案件管理表: each row's problems printed; nothing saved when a row is refused (unless skipped)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ProposalError(f"ファイルを読めません（{exc.strerror}）。") from None
        try:
            plan = plan_import(read_workbook(path.name, data), team, owner, chosen=self.chosen)
        except SheetError as exc:
            raise ProposalError(str(exc)) from None
        mapped = [f"{plan.table.display(i)}→{field_label(f)}" for i, f in enumerate(plan.fields) if f]
        self.stdout.write(f"{path}: 列の対応: {'、'.join(mapped)}")
        if plan.milestones_from_sheet:
            self.stdout.write(f"{path}: 日程は「日程」シートから読みます。")
        for row in plan.bad:
            for problem in row.problems:
                self.stderr.write(self.style.ERROR(f"{path}: {row.number}行目 {problem}"))
        try:
            notices = save_plan(plan, team=team, skip_bad_rows=self.skip_bad_rows)
        except ImportRefused as exc:
            raise ProposalError(f"{exc}（問題のない行だけ保存するには --skip-bad-rows）。") from None
        except ValidationError as exc:
            raise ProposalError(f"内容が不正です: {validation_text(exc)}") from None
        if plan.bad:
            self.stdout.write(self.style.WARNING(f"{path}: 問題のある {len(plan.bad)} 行を飛ばしました。"))
        return notices
