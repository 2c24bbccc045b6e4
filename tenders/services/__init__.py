"""Services: the only code that writes the core (tenders models). Views, forms, the admin, commands
and tasks call them; each writes in one transaction and ends by saying what it changed with
``tenders.changes.touched()`` (which renews the teams' validity keys and tells the listeners).

One module per entity; the names are re-exported here so callers import ``tenders.services``.
"""

from tenders.services.documents import atomic_keeping_files, document_storage_name, notice_document_add
from tenders.services.milestones import (
    MilestoneEdit,
    due_of,
    milestone_delete,
    milestone_mark_done,
    milestone_reopen,
    milestone_reschedule,
    milestone_update,
)
from tenders.services.notices import notice_create, notice_delete, notice_set_status, notice_update, notices_bulk_change
from tenders.services.staff import (
    profile_ensure,
    profile_set_language,
    profile_update,
    staff_create,
    staff_delete,
    staff_get_or_create,
    staff_save,
    staff_stop_digest,
)
from tenders.services.teams import (
    LastLeadError,
    membership_remove,
    membership_save,
    membership_set_role,
    team_delete,
    team_get_or_create,
    team_join,
    team_keeps_a_lead,
    team_update,
)

__all__ = [
    "LastLeadError",
    "MilestoneEdit",
    "atomic_keeping_files",
    "document_storage_name",
    "due_of",
    "membership_remove",
    "membership_save",
    "membership_set_role",
    "milestone_delete",
    "milestone_mark_done",
    "milestone_reopen",
    "milestone_reschedule",
    "milestone_update",
    "notice_create",
    "notice_delete",
    "notice_document_add",
    "notice_set_status",
    "notice_update",
    "notices_bulk_change",
    "profile_ensure",
    "profile_set_language",
    "profile_update",
    "staff_delete",
    "staff_create",
    "staff_get_or_create",
    "staff_save",
    "staff_stop_digest",
    "team_delete",
    "team_get_or_create",
    "team_join",
    "team_keeps_a_lead",
    "team_update",
]
