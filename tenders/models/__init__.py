from tenders.models.milestones import Milestone, MilestoneChange
from tenders.models.notices import Notice, NoticeDocument, NoticeStatusChange
from tenders.models.revisions import TeamRevision, revisions_of, teams_changed
from tenders.models.staff import Membership, Profile, Team, staff_name

__all__ = ["Membership", "Milestone", "MilestoneChange", "Notice", "NoticeDocument", "NoticeStatusChange", "Profile", "Team", "TeamRevision",
           "revisions_of", "staff_name", "teams_changed"]
