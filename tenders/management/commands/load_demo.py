import dataclasses
import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from tenders.demo.shift import shift_proposal
from tenders.discovery.demo import load_demo_inbox
from tenders.interchange import parse_milestone, read_json_file
from tenders.models import Membership, Notice
from tenders.models.milestones import overdue_condition
from tenders.services import milestone_mark_done, notice_create, staff_create, staff_get_or_create, team_get_or_create, team_join

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo" / "notices"
SCHEDULES = DEMO_DIR.parent / "schedules.json"  # for the two specifications that carry none
DEMO_TEAM = "デモチーム"
STATUSES = ["go", "watching", "go", "watching", "submitted"]
SUBMITTED_DAYS_AGO = 14  # the submitted notice's proposal went in a week or two ago
METHODS = ["intent_confirmation", "planning_competition", "proposal", "planning_competition", "proposal"]


class Command(BaseCommand):
    help = "Load the five sample notices into a demo team, schedules shifted into the coming days (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("デモデータ（ログイン demo / demo）は DEBUG=1 のときだけ作れます。")
        User = get_user_model()
        with transaction.atomic():
            team, _ = team_get_or_create(name=DEMO_TEAM)
            demo = User.objects.filter(username="demo").first()
            if demo is None:
                demo = staff_create(
                    username="demo", email="demo@example.jp", password="demo", is_staff=True, display_name="デモ 太郎"
                )
            team_join(team=team, user=demo, role=Membership.Role.LEAD)
            colleague, _ = staff_get_or_create(email="sato@example.jp", display_name="佐藤 花子")
            team_join(team=team, user=colleague)

            added = load_demo_inbox(team)  # the 新着 inbox from a recorded-style portal answer (offline)
            if added:
                self.stdout.write(f"新着（官公需情報ポータルサイト）{added} 件")
            if Notice.objects.filter(team=team).exists():
                self.stdout.write("デモデータは読み込み済みです（そのまま使います）。")
                return
            today = timezone.localdate()
            schedules = json.loads(SCHEDULES.read_text(encoding="utf-8"))
            for index, path in enumerate(sorted(DEMO_DIR.glob("*.json"))):
                (proposal,) = read_json_file(path)
                if not proposal.milestones:
                    extra = schedules[path.stem]
                    proposal = dataclasses.replace(
                        proposal, milestones=tuple(parse_milestone(item, f"{SCHEDULES.name} {path.stem}") for item in extra)
                    )
                status = STATUSES[index % len(STATUSES)]
                if status == "submitted":
                    proposal = shift_proposal(proposal, today - dt.timedelta(days=SUBMITTED_DAYS_AGO), anchor_kind="submission")
                else:
                    proposal = shift_proposal(proposal, today + dt.timedelta(days=1 + 2 * index))
                text_path = path.with_suffix(".txt")
                owner = demo if index % 2 == 0 else colleague
                notice = notice_create(
                    team=team,
                    owner=owner,
                    proposal=dataclasses.replace(proposal, status=status, method=METHODS[index % len(METHODS)]),
                    assignees=[colleague if owner == demo else demo],
                    document_name=text_path.name,
                    document_text=text_path.read_text(encoding="utf-8"),
                )
                for milestone in notice.milestones.filter(overdue_condition(timezone.now(), today)):
                    milestone_mark_done(milestone=milestone, by=notice.owner)  # what has happened is done
                self.stdout.write(f"デモ案件「{notice.title}」（日程 {notice.milestones.count()} 件）")
        self.stdout.write(self.style.SUCCESS("デモデータを読み込みました。ログイン: demo / demo"))
