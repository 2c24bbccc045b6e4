"""Move a sample schedule into the coming days, keeping its intervals."""

import dataclasses
import datetime as dt

from tenders.proposal import MONTH_PRECISIONS, NoticeProposal


def shift_proposal(proposal: NoticeProposal, first_due: dt.date) -> NoticeProposal:
    """The same notice with its earliest milestone on ``first_due`` and every other moved as much.

    A 上旬/中旬/下旬 or month milestone keeps its precision and moves to the month
    its shifted window start falls in.
    """
    if not proposal.milestones:
        return proposal
    delta = first_due - min(m.window[0] for m in proposal.milestones)
    moved = []
    for milestone in proposal.milestones:
        start = milestone.window[0] + delta
        day = start.replace(day=1) if milestone.precision in MONTH_PRECISIONS else start
        moved.append(dataclasses.replace(milestone, date=day))
    return dataclasses.replace(proposal, milestones=tuple(moved))
