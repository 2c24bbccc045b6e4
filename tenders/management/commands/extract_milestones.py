import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenders.due_text import format_due
from tenders.extractor import extract
from tenders.text.documents import DocumentError, read_document


class Command(BaseCommand):
    help = "Propose title, issuer and milestones from a notice document, without touching the database."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the sample-answer JSON shape with evidence."
        )

    def handle(self, *args, file, as_json: bool = False, **options):
        try:
            text = read_document(file)
        except (OSError, DocumentError) as exc:
            raise CommandError(f"{file}: {getattr(exc, 'strerror', None) or exc}") from None
        result = extract(text)
        if as_json:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
            return
        proposal = result.proposal
        self.stdout.write(f"件名: {proposal.title}")
        self.stdout.write(f"発注機関: {proposal.issuer or '（不明）'}")
        if not proposal.milestones:
            self.stdout.write("日程は見つかりませんでした。")
        for milestone, evidence in zip(proposal.milestones, result.evidence):
            due = format_due(milestone.precision, milestone.date, milestone.time)
            note = f"（{milestone.note}）" if milestone.note else ""
            self.stdout.write(f"- [{milestone.kind}] {due} {milestone.label}{note}  ← {evidence['line']}行目")
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"注意: {warning}"))
