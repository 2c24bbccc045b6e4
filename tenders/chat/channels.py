"""Writing a channel (the only code that does: views and the command call it) and its test send."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from tenders.chat import messages, plan
from tenders.chat.models import Channel
from tenders.chat.send import post, record_error
from tenders.chat.transports import Result


def channel_save(channel: Channel, credentials: dict | None = None) -> Channel:
    """Save ``channel`` (with new ``credentials``, encrypted, when given): saving revives a dead
    channel, and its team's posts are planned again in the same transaction."""
    with transaction.atomic():
        if credentials is not None:
            channel.set_credentials(credentials)
        channel.dead_at = None
        channel.save()
        plan.plan_teams([channel.team_id])
    return channel


def channel_delete(channel: Channel) -> None:
    with transaction.atomic():
        channel.delete()


def channel_test(channel: Channel) -> Result:
    """Send the test message now and keep its outcome on the channel (a success revives a dead one)."""
    result = post(channel, messages.test(channel))
    if result.ok:
        with transaction.atomic():
            Channel.objects.filter(pk=channel.pk).update(last_success_at=timezone.now(), dead_at=None)
            if channel.dead_at is not None:
                plan.plan_teams([channel.team_id])
    else:
        record_error(channel, result.answer)
    channel.refresh_from_db()
    return result
