"""Facebook JSON records -> normalized items, one builder per record shape.

Builders take one record (already mojibake-repaired) and its index and
return an item, a list of items or None. They raise KeyError/TypeError/...
on a record of the wrong shape; ``safe_records`` counts and skips those.
Nothing here reads files: ``audit.importers.facebook`` routes members to
builders and streams the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from audit.archive.archive import Archive
from audit.importers import facebook_text as ft
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import from_unix

_VIDEO_EXT = re.compile(r"\.(mp4|mov|m4v|3gp|webm|mkv|avi)$", re.I)


@dataclass
class FbState:
    """What builders share while one archive is read."""

    archive: Archive
    owner: str | None = None                          # account owner's display name
    label_reaction_ts: set[int] = field(default_factory=set)
    duplicate_reactions: int = 0


def _s(v: Any) -> str | None:
    """A non-empty stripped string, or None."""
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return None


def _ts(v: Any) -> datetime | None:
    return from_unix(v) if isinstance(v, (int, float, str)) and not isinstance(v, bool) else None


def _data_list(rec: dict[str, Any]) -> list[dict[str, Any]]:
    d = rec.get("data")
    if isinstance(d, dict):
        return [d]
    return [x for x in d if isinstance(x, dict)] if isinstance(d, list) else []


def _attachment_data(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every ``attachments[].data[]`` entry, in order (several groups, several entries each)."""
    out: list[dict[str, Any]] = []
    atts = rec.get("attachments")
    if isinstance(atts, dict):
        atts = [atts]
    if not isinstance(atts, list):
        return out
    for a in atts:
        if not isinstance(a, dict):
            continue
        d = a.get("data")
        if isinstance(d, dict):
            d = [d]
        if isinstance(d, list):
            out.extend(x for x in d if isinstance(x, dict))
    return out


class Builders:
    def __init__(self, state: FbState, path: str) -> None:
        self.st = state
        self.path = path

    # -- helpers ---------------------------------------------------------
    def item(self, kind: Kind, ts: datetime | None, idx: int, **kw: Any) -> Item:
        return Item(platform=Platform.FACEBOOK, kind=kind, timestamp=ts,
                    source=SourceRef(self.path, idx), **kw)

    def learn_owner(self, name: Any) -> None:
        if self.st.owner is None and _s(name):
            self.st.owner = _s(name)

    def media_ref(self, m: dict[str, Any], force_type: str | None = None) -> MediaRef | None:
        uri = _s(m.get("uri"))
        if uri is None:
            return None
        member = self.st.archive.resolve_uri(uri)
        mtype = force_type or ("video" if _VIDEO_EXT.search(uri) else "photo")
        if "/stickers_used/" in uri.replace("\\", "/"):
            mtype = "sticker"
        return MediaRef(path=member.path if member else "", type=mtype,
                        taken=_taken(m), uri=uri if not member or member.path != uri else None)

    # -- reactions -------------------------------------------------------
    def reaction(self, rec: Any, idx: int) -> Item | None:
        """Either shape: classic title sentence or the 2024+ label_values record."""
        if "label_values" in rec:
            return self.reaction_label(rec, idx)
        return self.reaction_classic(rec, idx)

    def reaction_classic(self, rec: dict[str, Any], idx: int) -> Item | None:
        ts_raw = rec.get("timestamp")
        if (isinstance(ts_raw, int) and ts_raw in self.st.label_reaction_ts
                and _ts(ts_raw) is not None):
            # The same act appears in likes_and_reactions.json with its URL; keep that one.
            self.st.duplicate_reactions += 1
            return None
        code = None
        for d in _data_list(rec):
            r = d.get("reaction")
            if isinstance(r, dict):
                code = ft.normalize_reaction(r.get("reaction")) or code
                self.learn_owner(r.get("actor"))
        title = _s(rec.get("title"))
        info = ft.parse_reaction_title(title, self.st.owner)
        if code is None and info is not None:
            code = ft.reaction_from_verb(info.verb)
        if title is None and code is None:
            return None
        return self._reaction_item(idx, _ts(ts_raw), code, info, title)

    def _reaction_item(self, idx: int, ts: datetime | None, code: str | None,
                       info: ft.TitleInfo | None, title: str | None) -> Item:
        extra: dict[str, Any] = {"reaction": code or "LIKE"}
        if title:
            extra["title"] = title
        target = None
        if info is not None:
            if info.obj:
                extra["object"] = info.obj
            if info.own:
                extra["own"] = True
            if info.where:
                extra["where"] = info.where
            if info.target:
                target = Target(name=info.target, type="account")
        kind = Kind.LIKE if (code in (None, "LIKE")) else Kind.REACTION
        return self.item(kind, ts, idx, target=target, extra=extra)

    def reaction_label(self, rec: dict[str, Any], idx: int) -> Item | None:
        picked = ft.pick_label_values(rec.get("label_values"))
        url, name = picked["url"], _s(picked["name"])
        if url is None and name is None and picked["reaction"] is None:
            return None
        ts_raw = rec.get("timestamp")
        if isinstance(ts_raw, int) and _ts(ts_raw) is not None:
            self.st.label_reaction_ts.add(ts_raw)
        code = ft.normalize_reaction(picked["reaction"]) or "LIKE"
        owner_url, handle, oid, otype = ft.owner_from_url(url)
        target = None
        if name or owner_url:
            target = Target(name=name, handle=handle, id=oid, url=owner_url,
                            type=otype or "account")
        extra: dict[str, Any] = {"reaction": code}
        if _s(rec.get("fbid")):
            extra["fbid"] = rec["fbid"]
        if _s(rec.get("ent_name")):
            extra["ent_name"] = rec["ent_name"]
        kind = Kind.LIKE if code == "LIKE" else Kind.REACTION
        return self.item(kind, _ts(ts_raw), idx, target=target, url=url, extra=extra)

    def story_reaction(self, rec: Any, idx: int) -> Item | None:
        title = _s(rec.get("title"))
        info = ft.parse_reaction_title(title, self.st.owner)
        code = None
        for d in _data_list(rec):
            code = ft.normalize_reaction(d.get("reaction") or d.get("text")) or code
        if code is None and info is not None:
            code = ft.reaction_from_verb(info.verb)
        if title is None and code is None:
            return None
        it = self._reaction_item(idx, _ts(rec.get("timestamp")), code, info, title)
        it.extra.setdefault("object", "story")
        return it

    # -- pages and follows ---------------------------------------------
    def page_like(self, rec: Any, idx: int) -> Item | None:
        name = _s(rec.get("name")) or _s(rec.get("title"))
        raw_url = _s(rec.get("url"))
        if name is None and raw_url is None:
            return None
        url = ft.normalize_url(raw_url)
        handle = pid = None
        if url:
            _, handle, pid, _t = ft.owner_from_url(url)
        return self.item(Kind.PAGE_LIKE, _ts(rec.get("timestamp")), idx,
                         target=Target(name=name, handle=handle, id=pid, url=url, type="page"),
                         url=raw_url, extra={})

    def page_recommended(self, rec: Any, idx: int) -> Item | None:
        it = self.page_like(rec, idx)
        if it is not None:
            it.extra["action"] = "recommended"
        return it

    def _follow(self, rec: Any, idx: int, unfollowed: bool, ttype: str) -> Item | None:
        name = None
        for d in _data_list(rec):
            name = name or _s(d.get("name"))
        name = name or _s(rec.get("name")) or _s(rec.get("title"))
        raw_url = _s(rec.get("url")) or _s(rec.get("uri"))
        if name is None and raw_url is None:
            return None
        url = ft.normalize_url(raw_url)
        extra: dict[str, Any] = {}
        if unfollowed:
            extra["membership"] = "unfollowed"
        return self.item(Kind.FOLLOW, _ts(rec.get("timestamp")), idx,
                         target=Target(name=name, url=url, id=ft.profile_id(url), type=ttype),
                         url=raw_url, extra=extra)

    def page_follow(self, rec: Any, idx: int) -> Item | None:
        return self._follow(rec, idx, False, "account")

    def page_unfollow(self, rec: Any, idx: int) -> Item | None:
        return self._follow(rec, idx, True, "account")

    def person_follow(self, rec: Any, idx: int) -> Item | None:
        return self._follow(rec, idx, False, "account")

    # -- groups ------------------------------------------------------------
    def group_membership(self, rec: Any, idx: int) -> Item | None:
        title = _s(rec.get("title"))
        name = None
        for d in _data_list(rec):
            name = name or _s(d.get("name"))
        parsed = ft.parse_membership_title(title)
        extra: dict[str, Any] = {}
        if title:
            extra["title"] = title
        if parsed is not None:
            status, from_title, _lang = parsed
            name = name or from_title
        else:
            # The list is called groups_joined: an unread sentence is most likely a join.
            status = "joined"
            extra["membership_inferred"] = True
        if name is None:
            return None
        extra["membership"] = status
        return self.item(Kind.GROUP_MEMBERSHIP, _ts(rec.get("timestamp")), idx,
                         target=Target(name=name, type="group"), extra=extra)

    def group_admined(self, rec: Any, idx: int) -> Item | None:
        name = _s(rec.get("name")) or _s(rec.get("title"))
        if name is None:
            return None
        url = ft.normalize_url(_s(rec.get("url")))
        return self.item(Kind.GROUP_MEMBERSHIP, _ts(rec.get("timestamp")), idx,
                         target=Target(name=name, url=url, type="group"),
                         extra={"membership": "admin"})

    def group_answers(self, rec: Any, idx: int) -> Item | None:
        name = _s(rec.get("group_name")) or _s(rec.get("name"))
        if name is None:
            return None
        ts = None
        answers = rec.get("answers")
        if isinstance(answers, list):
            for a in answers:
                if isinstance(a, dict):
                    ts = ts or _ts(a.get("timestamp"))
        return self.item(Kind.GROUP_MEMBERSHIP, ts or _ts(rec.get("timestamp")), idx,
                         target=Target(name=name, type="group"),
                         extra={"membership": "requested"})

    def group_post(self, rec: Any, idx: int) -> Item | list[Item] | None:
        """A post in a group (G2+), or a G1 record that may be a post or a comment."""
        if any(isinstance(d.get("comment"), dict) for d in _data_list(rec)):
            return self.comment(rec, idx, in_group=True)
        it = self.post(rec, idx)
        if it is None:
            return None
        group = ft.group_from_post_title(_s(rec.get("title")))
        if group:
            it.extra["group"] = group
            if it.target is None or it.kind is Kind.POST:
                it.target = Target(name=group, type="group")
        return it

    # -- comments ------------------------------------------------------------
    def comment(self, rec: Any, idx: int, in_group: bool = False) -> Item | None:
        text = group = author = None
        cts = None
        for d in _data_list(rec):
            c = d.get("comment")
            if isinstance(c, dict):
                text = text or _s(c.get("comment"))
                group = group or _s(c.get("group"))
                author = author or _s(c.get("author"))
                cts = cts or _ts(c.get("timestamp"))
            elif isinstance(c, str):
                text = text or _s(c)
        self.learn_owner(author)
        title = _s(rec.get("title"))
        media = []
        link = None
        for a in _attachment_data(rec):
            m = a.get("media")
            if isinstance(m, dict):
                ref = self.media_ref(m)
                if ref:
                    media.append(ref)
            ec = a.get("external_context")
            if isinstance(ec, dict) and _s(ec.get("url")):
                link = link or _s(ec.get("url"))
        if text is None and title is None and not media and link is None:
            return None
        info = ft.parse_comment_title(title, self.st.owner)
        extra: dict[str, Any] = {}
        if title:
            extra["title"] = title
        target = None
        if info is not None:
            if info.obj:
                extra["object"] = info.obj
            if info.own:
                extra["own"] = True
            if info.target:
                target = Target(name=info.target, type="account")
            group = group or (info.where if info.where else None)
        if link:
            extra["link"] = link
        if group:
            extra["group"] = group
            if target is not None:
                extra["post_owner"] = target.name
            # In a group the group is what the comment says about the user.
            target = Target(name=group, type="group")
        elif in_group and target is None:
            extra["in_group"] = True
        return self.item(Kind.COMMENT, _ts(rec.get("timestamp")) or cts, idx, target=target,
                         text=text, media=tuple(media), extra=extra)

    def group_comment(self, rec: Any, idx: int) -> Item | None:
        return self.comment(rec, idx, in_group=True)

    # -- posts -----------------------------------------------------------------
    def post(self, rec: Any, idx: int) -> Item | None:
        title = _s(rec.get("title"))
        text = None
        for d in _data_list(rec):
            text = text or _s(d.get("post"))
        media: list[MediaRef] = []
        links: list[dict[str, str | None]] = []
        extra: dict[str, Any] = {}
        reshare = False
        fallback_text = None
        for a in _attachment_data(rec):
            m = a.get("media")
            if isinstance(m, dict):
                ref = self.media_ref(m)
                if ref:
                    media.append(ref)
                fallback_text = fallback_text or _s(m.get("description"))
            ec = a.get("external_context")
            if isinstance(ec, dict):
                u = ec.get("url")
                if isinstance(u, str) and not u.strip():
                    reshare = True     # an empty url is a re-share of a Facebook post
                link = {"url": _s(u), "name": _s(ec.get("name")), "source": _s(ec.get("source"))}
                if any(link.values()):
                    links.append(link)
            if _s(a.get("name")) and len(a) == 1:
                reshare = True         # a bare name: a shared group
                extra["shared_name"] = a["name"]
            place = a.get("place")
            if isinstance(place, dict) and _s(place.get("name")):
                extra["place"] = place["name"]
            ev = a.get("event")
            if isinstance(ev, dict) and _s(ev.get("name")):
                extra["event"] = ev["name"]
            le = a.get("life_event")
            if isinstance(le, dict):
                fallback_text = fallback_text or _s(le.get("title"))
            note = a.get("note")
            if isinstance(note, dict):
                fallback_text = fallback_text or _s(note.get("text")) or _s(note.get("title"))
            if isinstance(a.get("text"), str):
                fallback_text = fallback_text or _s(a["text"])
            q, opts, _voted = _poll_parts(a.get("poll"))
            if q or opts:
                # A poll the user posted: its question and options are what the post says.
                fallback_text = fallback_text or "\n".join(x for x in (q, *opts) if x)
                extra["poll"] = True
        text = text or fallback_text
        tags = rec.get("tags")
        if isinstance(tags, list):
            names = [t.get("name") if isinstance(t, dict) else t for t in tags]
            names = [n for n in names if _s(n)]
            if names:
                extra["tags"] = names
        if text is None and title is None and not media and not links:
            return None
        if title:
            extra["title"] = title
        share_info = ft.parse_share_title(title, self.st.owner)
        fb_link = next((lk["url"] for lk in links if lk["url"] and ft.is_facebook_url(lk["url"])), None)
        is_share = share_info is not None or reshare or fb_link is not None
        url = next((lk["url"] for lk in links if lk["url"]), None)
        target = None
        shared_from = share_info.target if share_info and share_info.target else None
        if is_share and fb_link:
            owner_url, handle, oid, otype = ft.owner_from_url(fb_link)
            target = Target(name=shared_from or links[0]["source"] or links[0]["name"], handle=handle,
                            id=oid, url=owner_url, type=otype or "account")
        elif is_share and shared_from:
            target = Target(name=shared_from, type="account")
        elif is_share and url:
            # A shared web link: what it points at is the site/article itself.
            first = next(lk for lk in links if lk["url"])
            target = Target(name=first["name"] or first["source"], url=url, type="link")
        if shared_from:
            extra["shared_from"] = shared_from
        on_timeline = ft.timeline_owner_from_title(title)
        if on_timeline and target is None:
            target = Target(name=on_timeline, type="account")
            extra["on_timeline_of"] = on_timeline
        if links:
            extra["links"] = links
        upd = None
        for d in _data_list(rec):
            upd = upd or _ts(d.get("update_timestamp"))
        if upd:
            extra["updated"] = upd.isoformat()
        return self.item(Kind.SHARE if is_share else Kind.POST, _ts(rec.get("timestamp")), idx,
                         target=target, text=text, url=url, media=tuple(media), extra=extra)

    def post_other_profile(self, rec: Any, idx: int) -> Item | None:
        """label_values record: a post the user wrote on someone else's profile or page."""
        picked = ft.pick_label_values(rec.get("label_values"))
        media = []
        for m in rec.get("media") or []:
            if isinstance(m, dict):
                ref = self.media_ref(m)
                if ref:
                    media.append(ref)
        text, name, url = _s(picked["message"]), _s(picked["name"]), picked["url"]
        if text is None and name is None and not media:
            return None
        owner_url, handle, oid, otype = ft.owner_from_url(url)
        target = Target(name=name, handle=handle, id=oid, url=owner_url, type=otype or "account") \
            if (name or owner_url) else None
        extra: dict[str, Any] = {"on_timeline_of": name} if name else {}
        if _s(rec.get("fbid")):
            extra["fbid"] = rec["fbid"]
        return self.item(Kind.POST, _ts(rec.get("timestamp")), idx, target=target, text=text,
                         url=url, media=tuple(media), extra=extra)

    # -- photos and videos ---------------------------------------------------
    def media_item(self, m: Any, idx: int, album: str | None = None,
                   force_type: str | None = None) -> Item | None:
        ref = self.media_ref(m, force_type)
        if ref is None:
            return None
        kind = Kind.VIDEO if ref.type == "video" else Kind.PHOTO
        extra: dict[str, Any] = {}
        if album:
            extra["album"] = album
        if _s(m.get("title")) and m.get("title") != album:
            extra["title"] = m["title"]
        return self.item(kind, _ts(m.get("creation_timestamp")), idx,
                         text=_s(m.get("description")), media=(ref,), extra=extra)

    def photo(self, m: Any, idx: int) -> Item | None:
        # Album files wrap each photo with the album's name (see facebook._AlbumPhoto).
        return self.media_item(m, idx, album=getattr(m, "album", None))

    def video(self, m: Any, idx: int) -> Item | None:
        return self.media_item(m, idx, force_type="video")

    def story(self, rec: Any, idx: int) -> Item | list[Item] | None:
        """Archived stories and reels: one item per media attachment."""
        out: list[Item] = []
        title = _s(rec.get("title"))
        datas = _attachment_data(rec)
        if not datas and isinstance(rec.get("uri"), str):
            datas = [{"media": rec}]
        for a in datas:
            m = a.get("media")
            if not isinstance(m, dict):
                continue
            it = self.media_item(m, idx)
            if it is None:
                continue
            it.timestamp = it.timestamp or _ts(rec.get("timestamp"))
            it.extra["story"] = True
            if title:
                it.extra["title"] = title
            out.append(it)
        return out or None

    # -- saved -----------------------------------------------------------------
    def saved(self, rec: Any, idx: int) -> Item | None:
        title = _s(rec.get("title"))
        name = url = source = event = None
        media = []
        for a in _attachment_data(rec):
            ec = a.get("external_context")
            if isinstance(ec, dict):
                name = name or _s(ec.get("name"))
                url = url or _s(ec.get("url"))
                source = source or _s(ec.get("source"))
            m = a.get("media")
            if isinstance(m, dict):
                ref = self.media_ref(m)
                if ref:
                    media.append(ref)
                name = name or _s(m.get("title"))
            ev = a.get("event")
            if isinstance(ev, dict) and _s(ev.get("name")):
                # A saved event carries only its name (and start/end times).
                name = name or _s(ev.get("name"))
                event = event or _s(ev.get("name"))
        if title is None and name is None and url is None:
            return None
        info = ft.parse_saved_title(title, self.st.owner)
        owner_url, handle, oid, otype = ft.owner_from_url(url)
        tname = (info.target if info and info.target else None) or source or name
        target = Target(name=tname, handle=handle, id=oid, url=owner_url or
                        (ft.normalize_url(url) if url and not ft.is_facebook_url(url) else None),
                        type=otype or "account") if (tname or owner_url or url) else None
        extra: dict[str, Any] = {}
        if title:
            extra["title"] = title
        if name:
            extra["saved_name"] = name
        if info and info.obj:
            extra["object"] = info.obj
        if event:
            extra["event"] = event
            if target is not None and target.name == event:
                target = Target(name=event, type="event")
        return self.item(Kind.SAVED, _ts(rec.get("timestamp")), idx, target=target, url=url,
                         media=tuple(media), extra=extra)

    # -- profile ----------------------------------------------------------------
    def profile(self, prof: Any, idx: int) -> Item | None:
        name_obj = prof.get("name")
        full = _s(name_obj.get("full_name")) if isinstance(name_obj, dict) else _s(name_obj)
        if full is None and isinstance(name_obj, dict):
            full = " ".join(p for p in (_s(name_obj.get(k)) for k in
                                        ("first_name", "middle_name", "last_name")) if p) or None
        username = _s(prof.get("username"))
        uri = _s(prof.get("profile_uri")) or _s(prof.get("profile_url"))
        url = ft.normalize_url(uri) or (f"https://www.facebook.com/{username}" if username else None)
        bio = _text_field(prof.get("intro_bio")) or _text_field(prof.get("bio"))
        about = _text_field(prof.get("about_me")) or _text_field(prof.get("about"))
        if full:
            self.st.owner = full
        if not (full or username or url or bio or about):
            return None
        extra: dict[str, Any] = {k: v for k, v in (("full_name", full), ("username", username),
                                                   ("profile_uri", uri), ("bio", bio),
                                                   ("about", about)) if v}
        for key in ("other_names", "websites"):
            vals = _names(prof.get(key))
            if vals:
                extra[key] = vals
        text = "\n".join(t for t in (bio, about) if t) or None
        reg = _ts(prof.get("registration_timestamp"))
        if reg:
            extra["registered"] = reg.isoformat()
        # No date: the archive does not say when the bio was written.
        return self.item(Kind.PROFILE, None, idx,
                         target=Target(name=full, handle=username, id=ft.profile_id(url), url=url,
                                       type="account"),
                         text=text, url=url, extra=extra)

    def profile_update(self, rec: Any, idx: int) -> Item | None:
        """Profile picture / cover / bio changes: kept when they carry media or text."""
        media: list[MediaRef] = []
        text = None
        for a in _attachment_data(rec):
            m = a.get("media")
            if isinstance(m, dict):
                ref = self.media_ref(m)
                if ref:
                    media.append(ref)
                text = text or _s(m.get("description"))
            if isinstance(a.get("text"), str):
                text = text or _s(a["text"])
        for d in _data_list(rec):
            text = text or _s(d.get("text")) or _s(d.get("post"))
        if not media and text is None:
            return None
        title = _s(rec.get("title"))
        return self.item(Kind.PROFILE, _ts(rec.get("timestamp")), idx, text=text,
                         media=tuple(media), extra={"title": title} if title else {})

    # -- polls -------------------------------------------------------------------
    def poll_vote(self, rec: Any, idx: int) -> Item | None:
        """polls_you_voted_on.json: ``{timestamp, attachments[{data[{poll{question?, options[{option,
        voted}]}}]}], title}``; only the options the user voted for are their act."""
        question = None
        options: list[str] = []
        chosen: list[str] = []
        for a in _attachment_data(rec):
            q, opts, picked = _poll_parts(a.get("poll"))
            question = question or q
            options.extend(opts)
            chosen.extend(picked)
        title = _s(rec.get("title"))
        if not chosen and title is None:
            return None
        info = ft.parse_poll_vote_title(title, self.st.owner)
        extra: dict[str, Any] = {"object": "poll", "poll_vote": True, "poll_question": question,
                                 "poll_options": options, "chosen": chosen}
        if title:
            extra["title"] = title
        target = None
        if info is not None:
            if info.own:
                extra["own"] = True
            if info.target:
                target = Target(name=info.target, type="account")
            if info.where:
                extra["where"] = info.where
        text = "\n".join(x for x in (question, *chosen) if x) or None
        return self.item(Kind.REACTION, _ts(rec.get("timestamp")), idx, target=target, text=text, extra=extra)

    # -- events ------------------------------------------------------------------
    def event_response(self, rec: Any, idx: int) -> Item | None:
        response = getattr(rec, "response", "going")
        name = _s(rec.get("name"))
        if name is None:
            return None
        # The archive does not say when the user answered; the event start is the only date.
        return self.item(Kind.FOLLOW, _ts(rec.get("start_timestamp")), idx,
                         target=Target(name=name, type="event"),
                         extra={"membership": response, "date_is_event_start": True})

    def event_created(self, rec: Any, idx: int) -> Item | None:
        name = _s(rec.get("name"))
        if name is None:
            return None
        place = rec.get("place")
        extra: dict[str, Any] = {"event": name}
        if isinstance(place, dict) and _s(place.get("name")):
            extra["place"] = place["name"]
        return self.item(Kind.POST, _ts(rec.get("create_timestamp")) or _ts(rec.get("start_timestamp")),
                         idx, target=Target(name=name, type="event"),
                         text=_s(rec.get("description")) or name, extra=extra)


def _poll_parts(poll: Any) -> tuple[str | None, list[str], list[str]]:
    """(question, option texts, options voted for) of a ``poll`` attachment.

    An option without a ``voted`` flag counts as voted: the file lists the polls
    the user voted on, and real records list the voted options only.
    """
    if not isinstance(poll, dict):
        return None, [], []
    options: list[str] = []
    chosen: list[str] = []
    raw = poll.get("options")
    for o in raw if isinstance(raw, list) else []:
        text = _s(o.get("option")) or _s(o.get("text")) if isinstance(o, dict) else _s(o)
        if text is None:
            continue
        options.append(text)
        if not isinstance(o, dict) or o.get("voted") is not False:
            chosen.append(text)
    return _s(poll.get("question")), options, chosen


def _taken(m: dict[str, Any]) -> datetime | None:
    """EXIF capture date from ``media_metadata.*.exif_data[].taken_timestamp`` if plausible."""
    meta = m.get("media_metadata")
    if not isinstance(meta, dict):
        return None
    for sub in meta.values():
        if not isinstance(sub, dict):
            continue
        exif = sub.get("exif_data")
        if isinstance(exif, dict):
            exif = [exif]
        if not isinstance(exif, list):
            continue
        for e in exif:
            if isinstance(e, dict):
                t = _ts(e.get("taken_timestamp"))
                if t is not None:
                    return t
    return None


def _text_field(v: Any) -> str | None:
    if isinstance(v, str):
        return _s(v)
    if isinstance(v, dict):
        for k in ("name", "bio", "text", "value", "description"):
            if _s(v.get(k)):
                return _s(v[k])
    return None


def _names(v: Any) -> list[str]:
    if not isinstance(v, list):
        return []
    out = []
    for x in v:
        if isinstance(x, str) and x.strip():
            out.append(x.strip())
        elif isinstance(x, dict):
            n = _s(x.get("name")) or _s(x.get("address")) or _s(x.get("url"))
            if n:
                out.append(n)
    return out
