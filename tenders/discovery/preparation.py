"""追跡する, in the worker: download and read a portal entry's attachments and stage the text and the
files for the review screen, so no page waits on the portal while a person clicks."""

import logging

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _, override

from tenders.discovery import services
from tenders.discovery.documents import read_entry
from tenders.discovery.models import InboxItem
from tenders.discovery.portal import Portal, PortalError
from tenders.reminders.email import language_of
from tenders.web import staging

log = logging.getLogger(__name__)


def prepare_task(item_pk: int, user_pk: int) -> str:
    item = InboxItem.objects.select_related("entry").filter(pk=item_pk).first()
    user = get_user_model().objects.filter(pk=user_pk).select_related("profile").first()
    if item is None or user is None:
        return "gone"
    try:
        read = read_entry(item.entry, Portal.from_settings())
        with override(language_of(user)):
            filename = _("Notice text (官公需情報ポータルサイト).txt")
        token = staging.stage(
            user=user,
            filename=filename,
            text=read.text,
            data=None,
            attachments=[(d.name, d.data, d.text) for d in read.documents],
        )
    except (PortalError, OSError) as exc:
        log.warning("preparing inbox item %s failed: %s", item_pk, exc)
        services.item_prepared(item, notes=[str(exc)], failed=True)
        return "failed"
    services.item_prepared(item, token=token, notes=read.notes)
    return f"ready, {len(read.documents)} attachments, {len(read.notes)} notes"
