from tenders.models.milestones import Milestone, MilestoneChange
from tenders.models.notices import Notice, NoticeDocument, NoticeStatusChange
from tenders.models.revisions import TeamRevision, teams_changed
from tenders.models.staff import Membership, Profile, Team, staff_name

__all__ = ["Membership", "Milestone", "MilestoneChange", "Notice", "NoticeDocument", "NoticeStatusChange", "Profile", "Team", "TeamRevision",
           "staff_name", "teams_changed"]
