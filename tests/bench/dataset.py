"""A bid department's years of data, built fast with bulk inserts and the same every time.

At scale 1: 50 teams, 500 staff, 20,000 notices of four years, 5 milestones each (100,000) and
200,000 reminder deliveries already sent. Smaller scales keep the proportions (at least one team
and a few staff). The shape follows a real department:

- one large team (the first: twelve times the notices of any other, so the largest feed), the others alike;
- each person in one team, some also in a second; one or two leads per team;
- notices published over four years up to today; a notice whose schedule is over is closed
  (won, lost, no-go…), except some that nobody closed and that still say 「検討中」;
- past milestones of the notices a team bid for are done; what a team only watched stays open;
- every past milestone of a bid sent its reminders (owner and assignees, the team's offsets).
"""

from __future__ import annotations

import datetime as dt
import random
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from tenders.models import (
    Heartbeat,
    Membership,
    Milestone,
    MilestoneChange,
    Notice,
    NoticeStatusChange,
    Profile,
    Team,
    TeamValidity,
)
from tenders.offsets import DEFAULT_OFFSETS, parse_offset
from tenders.proposal import window
from tenders.reminders.models import Delivery, DigestDelivery
from tenders.reminders.plan import plan_everything

FULL = {"teams": 50, "staff": 500, "notices": 20_000, "deliveries": 200_000}
MILESTONES_PER_NOTICE = 5
HISTORY_DAYS = 4 * 365
STALE_SHARE = 0.10  # closed in fact, never closed in Shimekiri: still "watching"
# The first team has twelve times the notices of any other: its feed keeps ≥ 1,000 events within FEED_PAST_DAYS.
LARGE_TEAM_WEIGHT = 12
BATCH = 2000
OFFSETS = [parse_offset(code) for code in DEFAULT_OFFSETS]  # the team default; business days would not matter here

ISSUERS = [
    "桑名市",
    "横浜市",
    "国土交通省関東地方整備局",
    "大阪府",
    "福岡市",
    "札幌市",
    "静岡県",
    "独立行政法人国際協力機構",
    "仙台市",
    "神戸市",
]
SUBJECTS = [
    "公共施設マネジメント支援業務",
    "観光振興計画策定業務",
    "基幹系システム標準化対応業務",
    "広報誌制作業務",
    "地域公共交通計画策定業務",
    "防災アプリ開発運用業務",
    "ふるさと納税運営業務",
    "公園整備基本計画策定業務",
]
CLOSED = [
    (Notice.Status.WON, 15),
    (Notice.Status.LOST, 35),
    (Notice.Status.NO_GO, 35),
    (Notice.Status.WITHDRAWN, 10),
    (Notice.Status.CANCELLED, 5),
]
BID = {Notice.Status.GO, Notice.Status.SUBMITTED, Notice.Status.WON, Notice.Status.LOST}


@dataclass(frozen=True)
class Size:
    teams: int
    staff: int
    notices: int
    deliveries: int

    @classmethod
    def at(cls, scale: float) -> Size:
        teams = max(1, round(FULL["teams"] * scale))
        return cls(
            teams=teams,
            staff=max(3 * teams, round(FULL["staff"] * scale)),
            notices=max(1, round(FULL["notices"] * scale)),
            deliveries=round(FULL["deliveries"] * scale),
        )

    @property
    def milestones(self) -> int:
        return self.notices * MILESTONES_PER_NOTICE


def clear() -> None:
    """Remove everything a build made (the bench database holds nothing else)."""
    for model in (Delivery, DigestDelivery, Heartbeat, MilestoneChange, Milestone, NoticeStatusChange):
        model.objects.all().delete()
    Notice.assignees.through.objects.all().delete()
    Notice.objects.all().delete()
    from calendars.models import Feed

    Feed.objects.all().delete()
    Membership.objects.all().delete()
    Profile.objects.all().delete()
    get_user_model().objects.all().delete()
    Team.objects.all().delete()


@contextmanager
def history():
    """Let bulk inserts write past created/updated times (auto_now would stamp them all "now")."""
    fields = [model._meta.get_field(name) for model in (Notice, Milestone) for name in ("created_at", "updated_at")]
    saved = [(f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, (auto_now, auto_now_add) in zip(fields, saved):
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def build(size: Size, now: dt.datetime, *, seed: int = 7) -> dict:
    with transaction.atomic(), history():
        built = _build(size, now, seed)
    with connection.cursor() as cursor:
        # What the database does on its own soon after a bulk load (autovacuum, a checkpoint),
        # done now rather than in the middle of a measurement.
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
            try:
                cursor.execute("CHECKPOINT")
            except DatabaseError:  # needs a superuser or pg_checkpoint; the bench runs without it
                pass
        else:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return built


def _build(size: Size, now: dt.datetime, seed: int) -> dict:
    """Insert the data set; returns {"lead": a lead of the largest team, "team": that team}."""
    rng = random.Random(seed)
    zone = timezone.get_default_timezone()
    today = timezone.localtime(now, zone).date()

    teams = Team.objects.bulk_create([Team(name=f"公共営業{i + 1:02d}課") for i in range(size.teams)])
    TeamValidity.objects.bulk_create([TeamValidity(team=team) for team in teams])
    User = get_user_model()
    users = User.objects.bulk_create(
        [
            User(username=f"staff{i:04d}@bench.example.jp", email=f"staff{i:04d}@bench.example.jp", password="!")
            for i in range(size.staff)
        ]
    )
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                display_name=f"担当{i:04d}",
                language="en" if i % 20 == 7 else "ja",
                time_zone="Asia/Singapore" if i % 40 == 11 else "Asia/Tokyo",
                digest_enabled=i % 5 != 0,
            )
            for i, user in enumerate(users)
        ]
    )
    members = {team.pk: [] for team in teams}
    memberships = []
    for i, user in enumerate(users):
        team = teams[i % size.teams]
        lead = i < 2 * size.teams and (i < size.teams or team is teams[0])
        memberships.append(Membership(team=team, user=user, role=Membership.Role.LEAD if lead else Membership.Role.MEMBER))
        members[team.pk].append(user)
        if i % 10 == 9 and size.teams > 1:  # some help a second team
            second = teams[(i + 1) % size.teams]
            memberships.append(Membership(team=second, user=user))
            members[second.pk].append(user)
    Membership.objects.bulk_create(memberships)

    weights = [LARGE_TEAM_WEIGHT] + [1] * (size.teams - 1)
    notices, schedules = [], []
    for i in range(size.notices):
        team = rng.choices(teams, weights)[0]
        team_members = members[team.pk]
        published = today - dt.timedelta(days=rng.randrange(HISTORY_DAYS))
        schedule = schedule_after(published, rng)
        over = schedule[-1][3] < today - dt.timedelta(days=14)
        if not over:
            status = rng.choice([Notice.Status.WATCHING, Notice.Status.GO, Notice.Status.SUBMITTED])
        elif rng.random() < STALE_SHARE:
            status = Notice.Status.WATCHING
        else:
            status = rng.choices([s for s, _ in CLOSED], [w for _, w in CLOSED])[0]
        owner = rng.choice(team_members)
        entered = dt.datetime.combine(published, dt.time(10), tzinfo=zone)
        notices.append(
            Notice(
                team=team,
                owner=owner,
                status=status,
                created_at=entered,
                updated_at=entered,
                title=f"令和{published.year - 2018}年度 {rng.choice(SUBJECTS)}（{i:05d}）",
                issuer=rng.choice(ISSUERS),
                reference_number=f"R{published.year - 2018}-{i:05d}",
            )
        )
        schedules.append((schedule, rng.sample(team_members, k=min(len(team_members), rng.randrange(3)))))
    notices = Notice.objects.bulk_create(notices, batch_size=BATCH)

    assignees, milestones = [], []
    for notice, (schedule, helpers) in zip(notices, schedules):
        assignees += [Notice.assignees.through(notice=notice, user=user) for user in helpers if user.pk != notice.owner_id]
        for kind, label, precision, day, time, note in schedule:
            starts_on, ends_on = window(precision, day)
            due_at = dt.datetime.combine(day, time, tzinfo=zone) if time else None
            done_at = None
            if ends_on < today and notice.status in BID:
                done_at = due_at or dt.datetime.combine(ends_on, dt.time(17), tzinfo=zone)
            milestones.append(
                Milestone(
                    notice=notice,
                    kind=kind,
                    label=label,
                    precision=precision,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    due_at=due_at,
                    delivery_note=note,
                    done_at=done_at,
                    created_at=notice.created_at,
                    updated_at=done_at or notice.created_at,
                )
            )
    Notice.assignees.through.objects.bulk_create(assignees, batch_size=BATCH)
    milestones = Milestone.objects.bulk_create(milestones, batch_size=BATCH)
    Delivery.objects.bulk_create(past_deliveries(milestones, notices, size.deliveries, zone), batch_size=BATCH)
    plan_everything(now)  # rows inserted in bulk announce nothing: their reminders are planned as a restore's are
    lead = next(m.user for m in memberships if m.team_id == teams[0].pk and m.role == Membership.Role.LEAD)
    return {"lead": lead, "team": teams[0]}


def schedule_after(published: dt.date, rng: random.Random):
    """(kind, label, precision, day, time, note) × 5: questions, application, proposal, hearing, result."""
    question = published + dt.timedelta(days=rng.randrange(5, 12))
    application = question + dt.timedelta(days=rng.randrange(2, 6))
    submission = application + dt.timedelta(days=rng.randrange(10, 25))
    hearing = submission + dt.timedelta(days=rng.randrange(7, 20))
    result = hearing + dt.timedelta(days=rng.randrange(10, 40))
    return [
        ("question", "質問書の提出期限", "datetime", question, dt.time(rng.choice([12, 17])), "電子メール"),
        ("application", "参加表明書の提出期限", "date", application, None, "持参又は郵送（必着）"),
        ("submission", "企画提案書の提出期限", "datetime", submission, dt.time(16, rng.choice([0, 30])), "必着"),
        ("hearing", "プレゼンテーション審査", rng.choice(["date", "mid_month"]), hearing, None, ""),
        ("result", "審査結果の通知", "late_month", result, None, "文書で通知"),
    ]


def past_deliveries(milestones, notices, count: int, zone):
    """Up to ``count`` sent reminders: every past, exact-dated milestone of a bid, at each default offset, to each person."""
    people = {notice.pk: [notice.owner_id] for notice in notices}
    for row in Notice.assignees.through.objects.filter(notice__in=[n.pk for n in notices]).values_list("notice_id", "user_id"):
        people[row[0]].append(row[1])
    status = {notice.pk: notice.status for notice in notices}
    made = 0
    for milestone in milestones:
        if made >= count:
            return
        if milestone.done_at is None or milestone.precision not in ("datetime", "date") or status[milestone.notice_id] not in BID:
            continue
        due = milestone.due_at or dt.datetime.combine(milestone.starts_on, dt.time(17), tzinfo=zone)
        for recipient in people[milestone.notice_id]:
            for offset in OFFSETS:
                if made >= count:
                    return
                send_at = due - (
                    dt.timedelta(hours=offset.amount) if offset.unit == "hours" else dt.timedelta(days=offset.amount)
                )
                yield Delivery(
                    milestone=milestone,
                    recipient_id=recipient,
                    kind=Delivery.Kind.REMINDER,
                    code=offset.code,
                    due=due,
                    send_at=send_at,
                    expires_at=due,
                    status=Delivery.Status.SENT,
                    attempts=1,
                    next_attempt_at=send_at,
                    claimed_at=send_at,
                    sent_at=send_at,
                    created_at=send_at,
                )
                made += 1
