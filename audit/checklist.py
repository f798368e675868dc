"""The cleanup checklist: findings grouped into concrete tasks, each with its steps.

A task is "what to do on one platform about one page/account/group", keyed by
(platform, action, target): "Unlike 14 posts of page X", "Leave WhatsApp
group Y", "Delete 3 photos". Each finding in it has a state (to do / done /
not applicable / cannot do, the last two with a reason). Every change is
committed at once and can be undone; bulk changes are one undo step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from audit.findings import SEVERITY_ORDER
from audit.i18n import catalogue, tr
from audit.store.store import (CANNOT, DONE, GONE, NEW, NOT_APPLICABLE, RESOLVED, STATES, STILL_THERE, TODO,
                               Store, StoredFinding)

# Reasons offered for "not applicable" and "cannot do" (keys under checklist.reason.*).
NA_REASONS = ("official_duty", "not_partisan", "not_mine", "other")
CANNOT_REASONS = ("deleted_by_owner", "no_access", "no_option", "other")
REMEMBERED = "remembered"

PLATFORM_ORDER = ("facebook", "instagram", "threads", "x", "tiktok", "youtube", "telegram", "whatsapp")

# Where a platform lists everything of one kind, for tasks without a single page to open.
# From the export notes (archive-formats.md "Undo / links"); all are plain web pages.
LIST_LINKS: dict[tuple[str, str], str] = {
    ("facebook", "unlike"): "https://www.facebook.com/me/allactivity?category_key=LIKESANDREACTIONSCLUSTER",
    ("facebook", "delete"): "https://www.facebook.com/me/allactivity",
    ("facebook", "leave_group"): "https://www.facebook.com/groups/joins/",
    ("facebook", "unfollow"): "https://www.facebook.com/me/following",
    ("facebook", "unsave"): "https://www.facebook.com/saved/",
    ("facebook", "untag"): "https://www.facebook.com/me/allactivity",
    ("instagram", "unlike"): "https://www.instagram.com/your_activity/interactions/likes/",
    ("instagram", "delete"): "https://www.instagram.com/your_activity/photos_and_videos/posts",
    ("youtube", "unlike"): "https://myactivity.google.com/page?page=youtube_likes",
    ("youtube", "delete"): "https://myactivity.google.com/page?page=youtube_comments",
    ("youtube", "unfollow"): "https://www.youtube.com/feed/channels",
}


# Names that already say what they are ("Grup Relawan X", "Kanal Info Y").
GROUP_WORDS = frozenset({"grup", "group", "kanal", "channel", "komunitas", "community", "paguyuban"})


class ChecklistError(ValueError):
    pass


@dataclass(slots=True)
class Progress:
    total: int = 0
    todo: int = 0
    done: int = 0
    not_applicable: int = 0
    cannot: int = 0

    @property
    def resolved(self) -> int:
        return self.done + self.not_applicable + self.cannot

    @property
    def fraction(self) -> float:
        return self.resolved / self.total if self.total else 1.0

    def add(self, state: str, n: int = 1) -> None:
        self.total += n
        setattr(self, state, getattr(self, state) + n)


@dataclass(slots=True)
class Task:
    platform: str
    action: str
    target_key: bytes | None
    target_label: str
    target_url: str | None
    findings: list[StoredFinding] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, bytes]:
        return (self.platform, self.action, self.target_key or b"")

    @property
    def progress(self) -> Progress:
        p = Progress()
        for f in self.findings:
            p.add(f.state)
        return p

    @property
    def severity(self) -> str:
        # Severity is a StrEnum, so the order table answers plain strings too.
        return max((f.severity for f in self.findings), key=lambda s: SEVERITY_ORDER.get(s, 0),  # type: ignore[call-overload]
                   default="low")

    @property
    def kinds(self) -> Counter[str]:
        return Counter(f.kind for f in self.findings)

    @property
    def done(self) -> bool:
        return all(f.state in RESOLVED for f in self.findings)

    def title(self, lang: str | None = None) -> str:
        n = len(self.findings)
        kinds = self.kinds
        noun = noun_for(kinds.most_common(1)[0][0] if len(kinds) == 1 else "items", n, lang)
        target = self.target_label
        form = ".target" if target else ".plain"
        if target and self.action == "leave_group" and target.split(" ", 1)[0].lower() in GROUP_WORDS:
            form = ".target_named"  # "Keluar dari Grup Relawan X", not "Keluar dari grup Grup Relawan X"
        key = f"checklist.task.{self.action}{form}"
        if key not in catalogue():
            key = f"checklist.task.other{form}"
        return tr(key, lang, n=n, noun=noun, target=target, action=tr(f"action.{self.action}", lang))

    def steps(self, lang: str | None = None) -> list[str]:
        return plain_steps(self.platform, self.action, lang)

    @property
    def link(self) -> str | None:
        """The one page to open for this task: the page/account/group itself, else the platform's list."""
        if self.target_url and self.action in ("unfollow", "leave_group", "unlike") and \
                self.target_label and self.target_key is not None:
            return self.target_url
        if (self.platform, self.action) in LIST_LINKS:
            return LIST_LINKS[(self.platform, self.action)]
        if len(self.findings) == 1:
            return self.findings[0].action_url or self.findings[0].url
        return None


def noun_for(kind: str, n: int, lang: str | None = None) -> str:
    base = f"checklist.noun.{kind}" if f"checklist.noun.{kind}.many" in catalogue() else "checklist.noun.items"
    return tr(f"{base}.one" if n == 1 else f"{base}.many", lang)


def plain_steps(platform: str, action: str, lang: str | None = None) -> list[str]:
    for key in (f"checklist.steps.{platform}.{action}", f"checklist.steps.generic.{action}",
                "checklist.steps.generic.review"):
        if key in catalogue():
            return [line.strip() for line in tr(key, lang).splitlines() if line.strip()]
    return []


def build_tasks(findings: Iterable[StoredFinding]) -> list[Task]:
    """Group findings into tasks; most serious, then biggest, first within each platform."""
    tasks: dict[tuple[str, str, bytes], Task] = {}
    for f in findings:
        t = f.target
        groups_by_target = f.action not in ("delete",) or f.kind in ("comment", "message")
        tkey = f.target_key if groups_by_target else None
        key = (f.platform, f.action, tkey or b"")
        task = tasks.get(key)
        if task is None:
            task = tasks[key] = Task(f.platform, f.action, tkey, f.target_label if tkey else "",
                                     t.get("url") if tkey else None)
        task.findings.append(f)
    for task in tasks.values():
        task.findings.sort(key=lambda f: (f.ts is None, f.ts))

    def order(t: Task) -> tuple[int, int, int, str]:
        plat = PLATFORM_ORDER.index(t.platform) if t.platform in PLATFORM_ORDER else len(PLATFORM_ORDER)
        sev = SEVERITY_ORDER.get(t.severity, 0)  # type: ignore[call-overload]
        return (plat, -sev, -len(t.findings), t.target_label.casefold())
    return sorted(tasks.values(), key=order)


def progress(findings: Iterable[StoredFinding]) -> tuple[Progress, dict[str, Progress]]:
    """Overall and per-platform progress."""
    overall = Progress()
    per: dict[str, Progress] = {}
    for f in findings:
        overall.add(f.state)
        per.setdefault(f.platform, Progress()).add(f.state)
    return overall, per


def verification(f: StoredFinding, run_id: int) -> str | None:
    """What a newer archive says about this finding, as a catalogue key (None: nothing known)."""
    if f.verify == GONE:
        return "checklist.verify.gone_done" if f.state == DONE else "checklist.verify.gone"
    if f.verify == STILL_THERE:
        if f.verified_by != run_id:          # a newer archive still has it
            return "checklist.verify.done_still_there" if f.state == DONE else "checklist.verify.still_there"
        return "checklist.verify.seen_before"  # this archive is the newer one; it was there before too
    if f.verify == NEW:
        return "checklist.verify.new"
    return None


def reason_text(f: StoredFinding, lang: str | None = None) -> str:
    if f.state in (TODO, DONE):
        return ""
    parts = []
    if f.reason_code:
        parts.append(tr(f"checklist.reason.{f.reason_code}", lang))
    if f.decided_by is not None:
        parts.append(tr("checklist.reason.remembered", lang))
    if f.reason:
        parts.append(f.reason)
    return " · ".join(parts)


class Checklist:
    """The checklist of one run, backed by the store (every change is committed at once)."""

    def __init__(self, store: Store, run_id: int, findings: list[StoredFinding] | None = None) -> None:
        """``findings``: this run's findings already read (e.g. on a worker thread), else read here."""
        self.store = store
        self.run_id = run_id
        self.findings: list[StoredFinding] = []
        self.tasks: list[Task] = []
        self.reload(findings)

    def reload(self, findings: list[StoredFinding] | None = None) -> None:
        self.findings = findings if findings is not None else self.store.findings(self.run_id)
        self._by_id = {f.id: f for f in self.findings}
        self.tasks = build_tasks(self.findings)

    def _refresh(self, ids: Iterable[int]) -> None:
        """Re-read just the changed findings (states only; the task grouping does not change)."""
        for fresh in self.store.findings(self.run_id, ids=list(ids), content=False):
            f = self._by_id.get(fresh.id)
            if f is not None:
                f.state, f.reason_code, f.state_at = fresh.state, fresh.reason_code, fresh.state_at
                f.decided_by, f.reason = fresh.decided_by, fresh.reason

    def progress(self) -> tuple[Progress, dict[str, Progress]]:
        return progress(self.findings)

    def set_state(self, ids: Iterable[int], state: str, reason_code: str | None = None,
                  reason: str | None = None) -> None:
        ids = [i for i in ids if i in self._by_id]
        if state not in STATES:
            raise ChecklistError(state)
        if state == NOT_APPLICABLE and reason_code not in NA_REASONS:
            raise ChecklistError("checklist.need_reason")
        if state == CANNOT and reason_code not in CANNOT_REASONS:
            raise ChecklistError("checklist.need_reason")
        if reason_code == "other" and not (reason and reason.strip()):
            raise ChecklistError("checklist.need_reason_text")
        if not ids:
            return
        self.store.set_state(self.run_id, ids, state, reason_code, reason)
        self._refresh(ids)

    def set_task_state(self, task: Task, state: str, reason_code: str | None = None,
                       reason: str | None = None) -> None:
        self.set_state([f.id for f in task.findings], state, reason_code, reason)

    def remember_not_partisan(self, finding_id: int, *, whole_target: bool,
                              reason_code: str = "not_partisan", reason: str | None = None) -> int:
        from audit import decisions
        d = decisions.remember_not_partisan(self.store, self.run_id, finding_id,
                                            scope=decisions.TARGET if whole_target else decisions.ITEM,
                                            reason_code=reason_code, reason=reason)
        self.reload()
        return d.id

    def undo(self) -> bool:
        ids = self.store.undo(self.run_id)
        self._refresh(ids)
        return bool(ids)

    def redo(self) -> bool:
        ids = self.store.redo(self.run_id)
        self._refresh(ids)
        return bool(ids)

    def can_undo(self) -> bool:
        return self.store.can_undo(self.run_id)

    def can_redo(self) -> bool:
        return self.store.can_redo(self.run_id)
