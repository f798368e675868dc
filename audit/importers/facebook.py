"""Facebook "Download Your Information" JSON exports, all layout generations.

G1 (2018-2020) top-level ``likes_and_reactions/``, ``comments/``...; G2
(2021-22) ``comments_and_reactions/``, ``_v2`` keys; G3 (2023)
``your_activity_across_facebook/``; G4 (2024-25) ``your_facebook_activity/``
plus flat ``label_values`` records. Files are found by name, not by folder
(wrappers, nesting and apostrophe/underscore spellings vary), every numbered
part and every zip part is read, big files are streamed. Every member ends
up in the coverage: read, or skipped with a reason.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from audit.archive.archive import Archive, norm_name
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, NOT_SUPPORTED, UNRECOGNISED
from audit.errors import AuditError, FormatError
from audit.importers.base import Detection, ImportContext, Importer, safe_records
from audit.importers.jsonguard import check_depth
from audit.importers.facebook_records import Builders, FbState
from audit.model import Item, Platform

try:
    import ijson  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - ijson is a dependency
    ijson = None

_PEEK_BYTES = 64 * 1024


@dataclass(frozen=True)
class Route:
    name: str
    pattern: re.Pattern[str]
    prefixes: tuple[str, ...]            # ijson paths of the record list, tried in order
    build: str                           # Builders method name
    priority: int = 5                    # lower runs first (profile gives the owner's name)
    stream: bool = True                  # False: the file is one object, loaded whole


def _rx(s: str) -> re.Pattern[str]:
    return re.compile(s)


# Patterns run against normalized member paths (lower case, apostrophes as "_").
ROUTES: tuple[Route, ...] = (
    Route("profile", _rx(r"(^|/)profile_information\.json$"),
          ("profile_v2", "profile"), "profile", priority=0, stream=False),
    Route("reactions_label", _rx(r"(^|/)likes_and_reactions\.json$"),
          ("item", "reactions_v2.item", "reactions.item"), "reaction", priority=1),
    Route("reactions", _rx(r"(^|/)likes_and_reactions_\d+\.json$"
                           r"|(^|/)(likes_and_reactions|comments_and_reactions)/posts_and_comments\.json$"),
          ("item", "reactions_v2.item", "reactions.item"), "reaction", priority=2),
    Route("story_reactions", _rx(r"(^|/)story_reactions\.json$"),
          ("stories_feedback_v2.item", "stories_feedback.item", "item"), "story_reaction"),
    Route("page_likes", _rx(r"(^|/)pages_you_ve_liked\.json$|(^|/)likes_and_reactions/pages\.json$"),
          ("page_likes_v2.item", "page_likes.item", "item"), "page_like"),
    Route("pages_recommended", _rx(r"(^|/)pages_and_profiles_you_ve_recommended\.json$"),
          ("recommended_pages_v2.item", "recommended_pages.item", "item"), "page_recommended"),
    Route("page_follows", _rx(r"(^|/)(pages_and_profiles_you_follow|pages_you_follow)\.json$"),
          ("pages_followed_v2.item", "pages_followed.item", "item"), "page_follow"),
    Route("page_unfollows", _rx(r"(^|/)(pages_and_profiles_you_ve_unfollowed|pages_you_ve_unfollowed)"
                                r"\.json$"),
          ("pages_unfollowed_v2.item", "pages_unfollowed.item", "item"), "page_unfollow"),
    Route("people_followed", _rx(r"(^|/)(who_you_ve_followed|who_you_follow)\.json$"
                                 r"|(^|/)following_and_followers/following\.json$"),
          ("following_v3.item", "following_v2.item", "following.item", "item"), "person_follow"),
    Route("group_membership", _rx(r"(^|/)(your_)?group_membership_activity\.json$"),
          ("groups_joined_v2.item", "groups_joined.item", "item"), "group_membership"),
    Route("groups_admined", _rx(r"(^|/)groups/your_groups\.json$"),
          ("groups_admined_v2.item", "groups_admined.item", "item"), "group_admined"),
    Route("group_answers", _rx(r"(^|/)your_answers_to_membership_questions\.json$"),
          ("group_membership_questions_answers_v2.group_answers.item",
           "group_membership_questions_answers.group_answers.item"), "group_answers"),
    Route("group_posts", _rx(r"(^|/)group_posts_and_comments\.json$"),
          ("group_posts_v2.item", "group_posts.item", "item"), "group_post"),
    Route("group_posts_g1", _rx(r"(^|/)groups/your_posts_and_comments\.json$"),
          (), "group_post", stream=False),
    Route("group_comments", _rx(r"(^|/)your_comments_in_groups\.json$"),
          ("group_comments_v2.item", "group_comments.item", "item"), "group_comment"),
    Route("comments", _rx(r"(^|/)comments(_\d+)?\.json$"),
          ("comments_v2.item", "comments.item", "item"), "comment"),
    Route("posts", _rx(r"(^|/)(your_posts__check_ins__photos_and_videos|your_posts|profile_posts)"
                       r"(_\d+)?\.json$"),
          ("item", "status_updates_v2.item", "status_updates.item", "posts_v2.item"), "post"),
    Route("posts_other", _rx(r"(^|/)posts_on_other_pages_and_profiles\.json$"),
          ("item",), "post_other_profile"),
    Route("album", _rx(r"(^|/)album/[^/]+\.json$"), (), "photo", stream=False),
    # A Page-type profile names it uncategorized_photos.json (archive-formats.md §1.2).
    Route("uncategorized", _rx(r"(^|/)(your_)?uncategorized_photos\.json$"),
          ("other_photos_v2.item", "other_photos.item", "item"), "photo"),
    Route("videos", _rx(r"(^|/)your_videos\.json$"), ("videos_v2.item", "videos.item", "item"), "video"),
    Route("stories", _rx(r"(^|/)archived_stories\.json$"),
          ("archived_stories_v2.item", "archived_stories.item", "item"), "story"),
    Route("reels", _rx(r"(^|/)your_reels\.json$"), ("lasso_videos_v2.item", "lasso_videos.item", "item"),
          "story"),
    Route("saved", _rx(r"(^|/)(your_saved_items|saved_items_and_collections)\.json$"
                       r"|(^|/)saved_items/[^/]+\.json$"),
          ("saves_v2.item", "saves_and_collections_v2.item", "saves.item", "item"), "saved"),
    Route("profile_updates", _rx(r"(^|/)profile_update_history\.json$"),
          ("profile_updates_v2.item", "profile_updates.item", "item"), "profile_update"),
    Route("poll_votes", _rx(r"(^|/)polls_you_voted_on\.json$"),
          ("poll_votes_v2.item", "poll_votes.item", "item"), "poll_vote"),
    Route("event_responses", _rx(r"(^|/)your_event_responses\.json$"), (), "event_response", stream=False),
    Route("events_created", _rx(r"(^|/)events/your_events\.json$"),
          ("your_events_v2.item", "your_events.item", "item"), "event_created"),
)

# Known files and folders that hold nothing about partisan acts: (pattern, detail).
SKIPS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), reason, detail) for p, reason, detail in (
        (r"(^|/)(ads_information|ads|ads_and_businesses)/", NOT_RELEVANT, "importers.facebook.skip.ads"),
        (r"(^|/)(apps_and_websites_off_of_facebook|apps_and_websites)/", NOT_RELEVANT, "importers.facebook.skip.apps"),
        (r"(^|/)security_and_login_information/", NOT_RELEVANT, "importers.facebook.skip.security"),
        (r"(^|/)(logged_information|location|search|search_history|notifications)/", NOT_RELEVANT,
         "importers.facebook.skip.logged_information"),
        (r"(^|/)preferences/", NOT_RELEVANT, "importers.facebook.skip.preferences"),
        (r"(^|/)(facebook_marketplace|marketplace|facebook_payments|payment_history|facebook_gaming"
         r"|fundraisers|navigation_bar|facebook_news|your_places|facebook_support|voting"
         r"|other_activity|about_you|shops|facebook_dating|bug_bounty|journalist_registration"
         r"|your_interactions_on_facebook|activity_you_re_tagged_in|facebook_assistant)/",
         NOT_RELEVANT, "importers.facebook.skip.other_activity"),
        (r"(^|/)(messages|your_group_messages)/", NOT_RELEVANT, "importers.facebook.skip.private_messages"),
        (r"(^|/)(friends|connections/friends)/", NOT_RELEVANT, "importers.facebook.skip.friends"),
        (r"(^|/)(people_who_followed_you|followers|your_followers)\.json$", NOT_RELEVANT, "importers.facebook.skip.followers"),
        (r"(^|/)(recently_visited|recently_viewed|groups_you_ve_visited|group_invites_you_ve_received"
         r"|chat_invites_received|your_group_shortcuts|your_settings_for_groups_tab"
         r"|your_anonymous_mode_status_in_groups|your_actions_on_violating_content_in_your_groups"
         r"|your_badges|your_contributions|your_participation_requests|join_requests"
         r"|your_page_or_groups_badges)\.json$",
         NOT_RELEVANT, "importers.facebook.skip.visits_and_settings"),
        (r"(^|/)(edits_you_made_to_posts|check-ins|places_you_have_been_tagged_in"
         r"|content_sharing_links_you_have_created|media_used_for_memories|shared_memories"
         r"|other_people_s_posts_to_your_timeline|your_comment_edits|your_comment_active_days"
         r"|collections|event_invitations|your_event_invitation_links|your_pages|pages"
         r"|profile_information/[^/]+)\.json$",
         NOT_RELEVANT, "importers.facebook.skip.secondary"),
        (r"(^|/)(events_you_hosted|your_poll_votes)\.json$", NOT_SUPPORTED,
         "importers.facebook.not_read_yet"),
        (r"(^|/)(personal_information|other_personal_information|facebook_accounts_center)/",
         NOT_RELEVANT, "importers.facebook.skip.personal_information"),
        (r"(^|/)no-data\.txt$", NOT_RELEVANT, "importers.facebook.skip.empty_section"),
    ))

_ROOTS = ("your_facebook_activity/", "your_activity_across_facebook/",
          "this_profile_s_activity_across_facebook/")
_G2_MARKS = ("comments_and_reactions/posts_and_comments.json", "friends_and_followers/",
             "comments_and_reactions/comments.json", "saved_items_and_collections/",
             "pages/pages_you_ve_liked.json")
_G1_MARKS = ("likes_and_reactions/posts_and_comments.json", "likes_and_reactions/pages.json",
             "following_and_followers/", "comments/comments.json",
             "photos_and_videos/album/")
_OTHER_MARKS = ("groups/your_group_membership_activity.json", "pages/pages_you_follow.json",
                "posts/your_posts_1.json", "groups/your_comments_in_groups.json")


def _has(paths: list[str], mark: str) -> bool:
    return any(p.startswith(mark) or ("/" + mark) in p for p in paths)


def generation_of(paths: list[str]) -> str | None:
    """"G1".."G4" from normalized member paths, or None when nothing Facebook-like is there."""
    if any(_has(paths, r) for r in _ROOTS):
        return "G4" if any(_has(paths, r) for r in (_ROOTS[0], _ROOTS[2])) else "G3"
    if any(_has(paths, m) for m in _G2_MARKS):
        return "G2"
    if any(_has(paths, m) for m in _G1_MARKS):
        return "G1"
    if any(p.endswith("profile_information/profile_information.json") for p in paths) \
            or any(_has(paths, m) for m in _OTHER_MARKS):
        return "G2"
    return None


class FacebookImporter(Importer):
    platform = Platform.FACEBOOK
    name = "facebook_json"

    # -- detection -------------------------------------------------------------
    def detect(self, archive: Archive) -> Detection | None:
        paths = [norm_name(m.path) for m in archive.members()]
        json_paths = [p for p in paths if p.endswith(".json")]
        # An HTML export carries the same folder names without JSON: not ours.
        gen = generation_of(json_paths)
        if gen is None:
            if any(s.label.lower().startswith("facebook-") for s in archive.sources) and json_paths \
                    and not any(p.endswith(".html") for p in paths):
                return Detection(Platform.FACEBOOK, "G4", 0.5)
            return None
        strong = any(p.endswith("profile_information/profile_information.json") for p in json_paths) \
            or any(_has(json_paths, r) for r in _ROOTS)
        return Detection(Platform.FACEBOOK, gen, 0.9 if strong else 0.7)

    # -- reading -----------------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        det = self.detect(archive)
        if det is not None and not ctx.coverage.generation:
            ctx.coverage.generation = det.generation
        state = FbState(archive=archive)
        plan: list[tuple[int, str, Member, Route]] = []
        for m in archive.members():
            p = norm_name(m.path)
            route = next((r for r in ROUTES if r.pattern.search(p)), None)
            if route is not None:
                plan.append((route.priority, _natural_key(p), m, route))
        plan.sort(key=lambda t: (t[0], t[1]))
        for _prio, _key, member, route in plan:
            ctx.check_cancel()
            yield from self._read(member, route, state, ctx)
        if state.duplicate_reactions:
            ctx.coverage.note("importers.facebook.duplicate_reactions", count=state.duplicate_reactions)
        self._account_rest(archive, ctx)

    def _read(self, member: Member, route: Route, state: FbState, ctx: ImportContext) -> Iterator[Item]:
        builders = Builders(state, member.path)
        build: Callable[[Any, int], Any] = getattr(builders, route.build)
        try:
            if route.stream:
                shape, keys = _peek(member)
                if shape == "bad":
                    ctx.coverage.fail(member.path, "format.bad_json")
                    return
                if shape == "dict" and "label_values" in keys and "item" in route.prefixes:
                    # A label_values file with a single record is a bare object.
                    records = iter([ctx.load_json(member, meta=True)])
                    yield from safe_records(ctx, member, _only_dicts(records), build)
                    return
                if not _accepts(shape, keys, route.prefixes):
                    ctx.coverage.skip(member.path, UNRECOGNISED, "importers.facebook.unexpected_shape")
                    return
                records: Iterator[Any] = ctx.iter_json(member, route.prefixes, meta=True)
            else:
                records = self._whole_file_records(member, route, ctx)
        except AuditError as e:
            ctx.coverage.fail(member.path, e.code)
            return
        yield from safe_records(ctx, member, _only_dicts(records), build)

    def _whole_file_records(self, member: Member, route: Route, ctx: ImportContext) -> Iterator[Any]:
        """Records of files that are one object: profile, album, event responses, G1 group posts."""
        obj = ctx.load_json(member, meta=True)
        if route.name == "profile":
            prof = obj.get("profile_v2") or obj.get("profile") if isinstance(obj, dict) else None
            if not isinstance(prof, dict):
                raise FormatError("importers.facebook.unexpected_shape", file=member.path)
            return iter([prof])
        if route.name == "album":
            if not isinstance(obj, dict) or not isinstance(obj.get("photos"), list):
                raise FormatError("importers.facebook.unexpected_shape", file=member.path)
            album = obj.get("name") if isinstance(obj.get("name"), str) else None
            return iter([_AlbumPhoto(p, album) for p in obj["photos"]])
        if route.name == "event_responses":
            root = obj.get("event_responses_v2") or obj.get("event_responses") \
                if isinstance(obj, dict) else None
            if not isinstance(root, dict):
                raise FormatError("importers.facebook.unexpected_shape", file=member.path)
            out: list[Any] = []
            for key, resp in (("events_joined", "going"), ("events_interested", "interested")):
                evs = root.get(key)
                # A number or a string where the list belongs (seen in damaged files): nothing to read.
                for ev in evs if isinstance(evs, list) else []:
                    out.append(_EventResponse(ev, resp))
            return iter(out)
        # G1 groups/your_posts_and_comments.json: lists nested in dicts of dicts.
        return iter(_nested_records(obj))

    def _account_rest(self, archive: Archive, ctx: ImportContext) -> None:
        cov = ctx.coverage
        for m in archive.members():
            if cov.accounted(m.path):
                continue
            p = norm_name(m.path)
            for rx, reason, detail in SKIPS:
                if rx.search(p):
                    cov.skip(m.path, reason, detail)
                    break
        self.mark_media(archive, ctx)
        for m in archive.members():
            if not cov.accounted(m.path):
                p = norm_name(m.path)
                if p.endswith((".html", ".htm")):
                    detail = "importers.facebook.html_file"
                elif p.endswith(".json"):
                    detail = "importers.facebook.unknown_json"
                else:
                    detail = ""
                cov.skip(m.path, UNRECOGNISED, detail)


# -- record wrappers for whole-file routes --------------------------------------

class _AlbumPhoto(dict):  # type: ignore[type-arg]
    """An album photo record that remembers its album name."""

    def __init__(self, photo: Any, album: str | None) -> None:
        super().__init__(photo if isinstance(photo, dict) else {})
        self.album = album
        self.valid = isinstance(photo, dict)


class _EventResponse(dict):  # type: ignore[type-arg]
    def __init__(self, ev: Any, response: str) -> None:
        super().__init__(ev if isinstance(ev, dict) else {})
        self.response = response
        self.valid = isinstance(ev, dict)


def _only_dicts(records: Iterator[Any]) -> Iterator[Any]:
    """Wrong-typed records still reach ``build`` so they are counted as bad."""
    for r in records:
        if isinstance(r, (_AlbumPhoto, _EventResponse)) and not r.valid:
            yield None
        else:
            yield r


def _nested_records(obj: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 4:
        return []
    if isinstance(obj, list):
        return [x for x in obj if isinstance(x, dict) and ("data" in x or "title" in x)] + \
            [y for x in obj if isinstance(x, (dict, list)) and not (isinstance(x, dict) and
                                                                   ("data" in x or "title" in x))
             for y in _nested_records(x, depth + 1)]
    if isinstance(obj, dict):
        return [y for v in obj.values() for y in _nested_records(v, depth + 1)]
    return []


def _natural_key(p: str) -> str:
    return re.sub(r"\d+", lambda m: m.group(0).zfill(8), p)


def _peek(member: Member) -> tuple[str, list[str]]:
    """("list"|"dict"|"bad", top-level keys seen) from the first bytes only."""
    with member.open() as fh:
        head = fh.read(_PEEK_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    stripped = head.lstrip()
    if not stripped:
        return "bad", []
    if stripped[:1] == b"[":
        return "list", []
    if stripped[:1] != b"{":
        return "bad", []
    keys: list[str] = []
    if ijson is None:  # pragma: no cover
        return "dict", keys
    try:
        check_depth(head, member.path)
        for prefix, event, value in ijson.parse(io.BytesIO(head)):
            if prefix == "" and event == "map_key":
                keys.append(value)
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError, FormatError):
        pass
    return "dict", keys


def _accepts(shape: str, keys: list[str], prefixes: tuple[str, ...]) -> bool:
    if shape == "list":
        return "item" in prefixes
    firsts = {p.split(".")[0] for p in prefixes if p != "item"}
    # Keys beyond the first 64 KB are unknown: a dict whose first key is not
    # known may still hold a known key later only if we saw no keys at all.
    return bool(firsts & set(keys)) or (not keys and bool(firsts))
