"""The chat sweep's step, every minute (its own django-q2 schedule, sweep_job.py): its heartbeat
(/healthz reports it), the morning summaries whose time has come are added, rows past their moment
expired and claims of a killed sweep taken back (tenders.lease), the rows whose time has come
claimed a chunk at a time, posted and their outcome recorded at once.

- Exactly once like the email: a row is claimed (pending → sending, SKIP LOCKED) before its HTTP call
  and marked sent as soon as the service accepted it.
- 429 and 5xx (and timeouts, refused connections) are retried with the lease's backoff, never sooner
  than the service's Retry-After, until the row's moment passes.
- A refusal that will not change (revoked webhook, bad token, 401/403/404/410) stops the channel: it
  is marked dead (shown on the team page), its pending posts are cancelled, and the team's leads are
  mailed once. A channel in trouble is not tried again in the same sweep, so it never holds up others;
  email is another app and another schedule.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

from tenders import lease
from tenders.chat import discoveries, messages, secrets, summary
from tenders.chat.models import CHAT_REMINDER_KINDS, Channel, ChatDelivery
from tenders.chat.transports import Result, transport_for
from tenders.chat.transports.base import PERMANENT
from tenders.models.heartbeat import Heartbeat, beat

log = logging.getLogger("tenders.chat.sweep")

CHANNEL_STOPPED = "チャンネルが停止中または無効のため送信しませんでした。"
CAUGHT_UP = "後の時点のリマインダーの時刻が来ていたため、そちらだけを送りました。"


@dataclass
class ChatReport:
    sent: int = 0
    failed: int = 0
    retrying: int = 0
    lines: list[str] = field(default_factory=list)

    def say(self, line: str) -> None:
        self.lines.append(line)
        log.info(line)  # never a credential: answers are masked by the transports


def sweep(now: dt.datetime | None = None, *, limit: int = 500) -> ChatReport:
    now = now or timezone.now()
    beat(Heartbeat.CHAT, now)  # /healthz reports it
    report = ChatReport()
    summary.plan_summaries(now)
    discoveries.plan(now)
    lease.expire(ChatDelivery, now)
    lease.take_back_stale(ChatDelivery, now)
    ChatDelivery.objects.filter(status=ChatDelivery.Status.PENDING, next_attempt_at__lte=now).exclude(
        channel__enabled=True, channel__dead_at__isnull=True
    ).update(status=ChatDelivery.Status.CANCELLED, last_error=CHANNEL_STOPPED)
    skip_caught_up(now)
    pks = list(
        ChatDelivery.objects.filter(status=ChatDelivery.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    troubled: set[int] = set()  # channels that failed in this sweep: their other rows wait for the next
    lease.work_through(ChatDelivery, in_chunks(pks), lambda row: send_one(row, now, report, troubled), now, time.monotonic())
    return report


def skip_caught_up(now: dt.datetime) -> None:
    """Of a channel's reminders of one milestone whose time has come, only the latest is posted."""
    due = ChatDelivery.objects.filter(
        status=ChatDelivery.Status.PENDING, next_attempt_at__lte=now, kind__in=CHAT_REMINDER_KINDS, send_at__lte=now
    )
    latest, earlier = set(), []
    for pk, channel_id, milestone_id in due.order_by("-send_at", "-pk").values_list("pk", "channel_id", "milestone_id"):
        if (channel_id, milestone_id) in latest:
            earlier.append(pk)
        else:
            latest.add((channel_id, milestone_id))
    if earlier:
        ChatDelivery.objects.filter(pk__in=earlier, status=ChatDelivery.Status.PENDING).update(
            status=ChatDelivery.Status.SKIPPED, last_error=CAUGHT_UP
        )


def in_chunks(pks: list[int], size: int = lease.CHUNK):
    for start in range(0, len(pks), size):
        part = pks[start : start + size]
        rows = (
            ChatDelivery.objects.filter(pk__in=part)
            .select_related("channel__team", "milestone__notice__team", "change")
            .in_bulk()
        )
        yield [rows[pk] for pk in part if pk in rows]


def message_for(row: ChatDelivery, now: dt.datetime):
    if row.kind == ChatDelivery.Kind.SUMMARY:
        return summary.message(row, now)
    if row.kind == ChatDelivery.Kind.MATCHES:
        return discoveries.matches(row)
    if row.kind == ChatDelivery.Kind.AMENDMENT:
        return discoveries.amendment(row)
    if row.kind == ChatDelivery.Kind.CHANGE:
        return messages.change(row, now)
    return messages.reminder(row, now)


def describe(row: ChatDelivery) -> str:
    about = row.milestone.label if row.milestone_id else row.amendment.notice.title if row.amendment_id else str(row.day)
    return f"{row.get_kind_display()} {row.code} 「{about}」 → {row.channel.name}".replace("  ", " ")


def send_one(row: ChatDelivery, now: dt.datetime, report: ChatReport, troubled: set[int]) -> bool:
    """One claimed row: expired → built → posted → recorded (sent, retried, failed). Always True: a
    channel in trouble holds up only its own rows."""
    channel = row.channel
    if channel.pk in troubled:
        lease.release(ChatDelivery, [row])
        return True
    if lease.expired(row):
        report.say(f"期限切れ {describe(row)}")
        return True
    if not channel.is_working:
        lease.close(row, ChatDelivery.Status.CANCELLED, last_error=CHANNEL_STOPPED)
        return True
    try:
        message = message_for(row, now)
    except Exception:  # noqa: BLE001 — a row we cannot build is our bug: never retried
        log.exception("chat delivery %s could not be built", row.pk)
        lease.record_try(row, ChatDelivery.Status.FAILED, last_error="メッセージを作れませんでした（不具合）。")
        report.failed += 1
        return True
    if message is None:
        lease.close(row, ChatDelivery.Status.EMPTY)
        return True
    result = post(channel, message)
    if result.ok:
        lease.record_try(row, ChatDelivery.Status.SENT, sent_at=timezone.now(), last_error="")
        Channel.objects.filter(pk=channel.pk).update(last_success_at=timezone.now())
        report.sent += 1
        report.say(f"送信 {describe(row)}")
        return True
    report.failed += 1
    record_error(channel, result.answer)
    if result.outcome == PERMANENT:
        lease.record_try(row, ChatDelivery.Status.FAILED, last_error=result.answer[:2000])
        if result.dead:
            stop(channel, result.answer)
        report.say(f"失敗 {describe(row)}: {result.answer}（再送しません）")
        return True
    troubled.add(channel.pk)
    retrying = lease.retry_or_fail(row, result.answer[:2000], permanent=False, at_least=result.retry_after)
    report.retrying += retrying
    report.say(f"失敗 {describe(row)}: {result.answer}{'（再送します）' if retrying else '（再送しません）'}")
    return True


def post(channel: Channel, message) -> Result:
    """Post ``message`` to ``channel`` through its transport; any surprise is a result, never a credential."""
    try:
        credentials = channel.credentials
    except secrets.CredentialsUnreadable as error:
        return Result(PERMANENT, str(error), dead=True)
    try:
        return transport_for(channel.kind, credentials, channel).send(message)
    except Exception as error:  # noqa: BLE001 — a transport's bug; its text may carry a credential: masked
        log.error("chat channel %s: %s", channel.pk, type(error).__name__)
        return Result(PERMANENT, secrets.scrub(f"送信できませんでした: {type(error).__name__}", credentials))


def record_error(channel: Channel, text: str) -> None:
    Channel.objects.filter(pk=channel.pk).update(last_error_at=timezone.now(), last_error=text[:2000])


def stop(channel: Channel, reason: str) -> bool:
    """Mark the channel dead (once): its pending posts are cancelled and the leads mailed. True if it was alive."""
    if not Channel.objects.filter(pk=channel.pk, dead_at__isnull=True).update(dead_at=timezone.now()):
        return False
    channel.dead_at = timezone.now()
    ChatDelivery.objects.filter(channel=channel, status=ChatDelivery.Status.PENDING).update(
        status=ChatDelivery.Status.CANCELLED, last_error=CHANNEL_STOPPED
    )
    mail_leads(channel, reason)
    return True


def mail_leads(channel: Channel, reason: str) -> None:
    leads = [user.email for user in channel.team.leads().filter(is_active=True).exclude(email="")]
    if not leads:
        return
    page = settings.SITE_URL + reverse("tenders:team_settings", args=[channel.team_id])
    body = (
        f"チーム「{channel.team.name}」のチャットチャンネル「{channel.name}」（{channel.get_kind_display()}）への送信を止めました。\n\n"
        f"サービスの応答: {reason}\n\n"
        "Webhook URL やトークンが無効になった可能性があります。チームの設定で設定し直し、「テスト送信」で確かめてください。\n"
        "それまで、このチャンネルにはリマインダーを送りません（メールのリマインダーは届きます）。\n\n"
        f"{page}\n"
    )
    try:
        EmailMessage(f"【Shimekiri】チャットへの送信を止めました: {channel.name}", body, to=leads).send()
    except Exception as error:  # noqa: BLE001 — the page shows the dead channel all the same
        log.warning("chat channel %s: the leads' mail failed: %s", channel.pk, type(error).__name__)
