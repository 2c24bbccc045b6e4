import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenders.interchange import notice_to_dict
from tenders.models import Notice


class Command(BaseCommand):
    help = "Write notices in the JSON shape import_notice reads: a list on stdout, or one file per notice."

    def add_arguments(self, parser):
        parser.add_argument("--team", help="Only this team's notices.")
        parser.add_argument("--dir", type=Path, help="Write one <id>.json file per notice into this folder.")

    def handle(self, *args, team=None, dir=None, **options):
        notices = Notice.objects.select_related("team", "owner").prefetch_related("milestones").order_by("pk")
        if team:
            notices = notices.filter(team__name=team)
            if not notices.exists():
                raise CommandError(f"チーム「{team}」の案件はありません。")
        if dir is None:
            self.stdout.write(json.dumps([notice_to_dict(n) for n in notices], ensure_ascii=False, indent=1))
            return
        dir.mkdir(parents=True, exist_ok=True)
        for notice in notices:
            path = dir / f"{notice.pk}.json"
            path.write_text(json.dumps(notice_to_dict(notice), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            self.stdout.write(f"{path}")
