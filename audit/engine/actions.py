"""What the user can do about a finding, and the best link to do it.

Links are public pages of each platform (no network is used: the GUI opens
them in the user's browser when asked). When the item has its own URL, that
is the best link; otherwise the platform's activity page for that kind of act.
"""

from __future__ import annotations

from audit.model import Item, Kind, Platform

ACTIVITY_PAGES: dict[tuple[Platform, str], str] = {
    (Platform.FACEBOOK, "like"): "https://www.facebook.com/me/allactivity?category_key=LIKESANDREACTIONSCLUSTER",
    (Platform.FACEBOOK, "comment"): "https://www.facebook.com/me/allactivity?category_key=commentscluster",
    (Platform.FACEBOOK, "post"): "https://www.facebook.com/me/allactivity?category_key=MANAGEPOSTSPHOTOSANDVIDEOS",
    (Platform.FACEBOOK, "follow"): "https://www.facebook.com/me/following",
    (Platform.FACEBOOK, "group"): "https://www.facebook.com/groups/joins/",
    (Platform.FACEBOOK, "any"): "https://www.facebook.com/me/allactivity",
    (Platform.INSTAGRAM, "like"): "https://www.instagram.com/your_activity/interactions/likes",
    (Platform.INSTAGRAM, "comment"): "https://www.instagram.com/your_activity/interactions/comments",
    (Platform.INSTAGRAM, "post"): "https://www.instagram.com/your_activity/photos_and_videos/posts",
    (Platform.INSTAGRAM, "any"): "https://www.instagram.com/your_activity/",
    (Platform.THREADS, "any"): "https://www.threads.net/",
    (Platform.X, "like"): "https://x.com/i/likes",
    (Platform.X, "any"): "https://x.com/home",
    (Platform.YOUTUBE, "like"): "https://www.youtube.com/playlist?list=LL",
    (Platform.YOUTUBE, "comment"): "https://myactivity.google.com/page?page=youtube_comments",
    (Platform.YOUTUBE, "follow"): "https://www.youtube.com/feed/channels",
    (Platform.YOUTUBE, "any"): "https://myactivity.google.com/product/youtube",
    (Platform.TIKTOK, "any"): "https://www.tiktok.com/profile",
}
PROFILE_URL = {
    Platform.INSTAGRAM: "https://www.instagram.com/{h}/", Platform.X: "https://x.com/{h}",
    Platform.TIKTOK: "https://www.tiktok.com/@{h}", Platform.FACEBOOK: "https://www.facebook.com/{h}",
    Platform.THREADS: "https://www.threads.net/@{h}", Platform.YOUTUBE: "https://www.youtube.com/@{h}",
    Platform.TELEGRAM: "https://t.me/{h}",
}
LEFT = {"left", "unfollowed", "removed", "unliked"}


def _activity(platform: Platform, act: str) -> str | None:
    return ACTIVITY_PAGES.get((platform, act)) or ACTIVITY_PAGES.get((platform, "any"))


def action_for(item: Item) -> tuple[str, str | None, bool]:
    """(action, url, undoable) for an item the engine flagged."""
    k, p, t = item.kind, item.platform, item.target
    membership = str(item.extra.get("membership", "")).lower()
    if membership in LEFT:
        return "none", None, True
    target_gone = bool(item.extra.get("target_deleted") or item.extra.get("deleted"))
    if item.extra.get("poll_vote"):
        # An answer in a poll: retracted (Telegram) or changed (Facebook) in the poll itself.
        return "retract_vote", item.url or (t.url if t else None) or _activity(p, "any"), True
    if k in (Kind.LIKE, Kind.REACTION, Kind.SAVED):
        if target_gone:
            return "none", None, False  # a like on a deleted post cannot be removed by the user
        return "unlike", item.url or (t.url if t else None) or _activity(p, "like"), True
    if k in (Kind.FOLLOW, Kind.PAGE_LIKE):
        url = t.url if t and t.url else None
        if not url and t and t.handle and p in PROFILE_URL:
            url = PROFILE_URL[p].format(h=t.handle.lstrip("@"))
        return "unfollow", url or _activity(p, "follow"), True
    if k == Kind.GROUP_MEMBERSHIP:
        return "leave_group", (t.url if t and t.url else None) or _activity(p, "group"), True
    if k == Kind.MESSAGE:
        if p == Platform.WHATSAPP:
            # "Delete for everyone" only works for a short time after sending.
            return "ask_owner", None, False
        return "delete", item.url, True
    if item.extra.get("tagged"):
        return "untag", item.url or _activity(p, "post"), True
    if k == Kind.COMMENT:
        return "delete", item.url or _activity(p, "comment"), True
    if k == Kind.PROFILE:
        return "delete", item.url or _activity(p, "any"), True
    return "delete", item.url or _activity(p, "post"), True
