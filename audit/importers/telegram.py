"""Telegram Desktop export: machine-readable ``result.json`` (full account or one chat) and HTML.

Full-account JSON: ``chats.list`` holds the dialogs the user is in,
``left_chats.list`` the channels/supergroups they left. Each group or channel
becomes a membership item; the user's own messages in it (``from_id ==
"user" + personal_information.user_id``) become message items, or share items
when forwarded (``forwarded_from``). Private chats, bots and saved messages
are not read as acts (they are private conversations); coverage counts them.

Streaming: ``result.json`` can be gigabytes, mostly messages nested inside
chats. It is walked once with ijson events (``jsonstream``): chat fields
(``name``/``type``/``id``, written before ``messages`` by tdesktop) are kept,
and only one message object at a time is built. A second, short pass at the
start reads ``personal_information.user_id`` (written first, so it stops
almost at once).

Dates: ``date_unixtime`` (UTC seconds, a string) is used; the zone-less
``date`` only when it is missing, read in the user's zone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from audit.archive.archive import Archive
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, UNRECOGNISED
from audit.errors import AuditError
from audit.importers import jsonstream
from audit.importers.base import Detection, ImportContext, Importer, _CountingReader, safe_records
from audit.importers.telegram_html import (ChatPageParser, ListPageParser, PersonalInfoParser,
                                           feed_stream, parse_title_date)
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import from_iso, from_unix

GROUP_TYPES = {"private_group": "group", "private_supergroup": "group", "public_supergroup": "group",
               "private_channel": "channel", "public_channel": "channel"}
PRIVATE_TYPES = {"personal_chat", "bot_chat", "saved_messages", "replies", "verification_codes"}
ALL_TYPES = set(GROUP_TYPES) | PRIVATE_TYPES
JOIN_ACTIONS = {"join_group_by_link", "join_group_by_request", "create_group", "create_channel",
                "migrate_from_group"}
_MEDIA_TYPES = {"sticker": "sticker", "video_file": "video", "video_message": "video",
                "animation": "video", "voice_message": "other", "audio_file": "other"}
_SCALARS = {"string", "number", "boolean", "null"}
_PAGE_NO = re.compile(r"messages(\d*)\.html$", re.I)
_CHAT_DIR = re.compile(r"(?:^|/)chats/(chat_\d+)/", re.I)
_HTML_MARK = (b"Exported Data", b"page_wrap")


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _self_option(ctx: ImportContext) -> set[str]:
    """``telegram_self``: a name, ``user<id>`` or a numeric id (or a list of them)."""
    v = ctx.options.get("telegram_self")
    vals = [v] if isinstance(v, (str, int)) else list(v) if isinstance(v, (list, tuple, set)) else []
    out: set[str] = set()
    for x in vals:
        s = str(x).strip()
        if s.isdigit():
            out.add(f"user{s}")
        elif s:
            out.add(s if s.startswith("user") and s[4:].isdigit() else _norm(s))
    return out


def join_text(v: Any) -> str | None:
    """``text`` is a string or a list of strings and ``{type, text}`` entities."""
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        parts = [p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                 for p in v]
        return "".join(parts)
    return None


@dataclass
class _Chat:
    section: str                       # "joined" | "left" | "member"
    name: str | None = None
    type: str | None = None
    id: str | None = None
    join_ts: Any = None
    created: bool = False
    own: int = 0
    senders: Counter[str] = field(default_factory=Counter)

    @property
    def kind(self) -> str | None:
        return GROUP_TYPES.get(self.type or "")

    def target(self) -> Target:
        return Target(name=self.name, id=self.id, type=self.kind)


class TelegramImporter(Importer):
    platform = Platform.TELEGRAM
    name = "telegram"

    # -- detection -------------------------------------------------------
    def detect(self, archive: Archive) -> Detection | None:
        try:
            for m, mode in self._json_members(archive):
                return Detection(Platform.TELEGRAM, "JSON full account" if mode == "full"
                                 else "JSON single chat", 0.95 if mode == "full" else 0.9, "json")
            if self._html_pages(archive):
                return Detection(Platform.TELEGRAM, "HTML", 0.85, "html")
        except AuditError:
            return None
        return None

    @staticmethod
    def _json_members(archive: Archive) -> Iterator[tuple[Member, str]]:
        members = archive.members()
        for m in members:
            low = m.name.lower()
            if not low.endswith(".json") or not (low == "result.json" or len(members) == 1
                                                 or low.startswith("result")):
                continue
            keys = jsonstream.top_keys(m)
            if "personal_information" in keys or ("about" in keys and "chats" in keys):
                yield m, "full"
            elif {"type", "id", "messages"} <= set(keys) or {"name", "type", "id"} <= set(keys):
                yield m, "single"

    @staticmethod
    def _html_pages(archive: Archive) -> list[Member]:
        pages = [m for m in archive.members() if _PAGE_NO.match(m.name)]
        if not pages:
            return []
        if archive.ends_with("export_results.html") and any(_CHAT_DIR.search(m.path) for m in pages):
            return pages
        try:
            with pages[0].open() as fh:
                head = fh.read(4096)
        except AuditError:
            return []
        return pages if all(k in head for k in _HTML_MARK) else []

    # -- items -----------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        for m, mode in list(self._json_members(archive)):
            yield from self._json_items(archive, m, mode, ctx)
        pages = self._html_pages(archive)
        if pages:
            yield from self._html_items(archive, pages, ctx)
        self.mark_media(archive, ctx)
        for m in archive.members():
            if not ctx.coverage.accounted(m.path):
                low = m.path.lower()
                known = low.endswith((".css", ".js", ".html", ".json")) or "/images/" in f"/{low}"
                ctx.coverage.skip(m.path, NOT_RELEVANT if known else UNRECOGNISED)

    # -- JSON ------------------------------------------------------------
    def _find_self(self, member: Member, ctx: ImportContext) -> str | None:
        try:
            for prefix, event, value in jsonstream.events(member):
                if prefix == "personal_information.user_id" and event in ("number", "string"):
                    return f"user{int(value)}"
                if prefix == "" and event == "map_key" and value in ("chats", "left_chats"):
                    return None
        except (AuditError, ValueError, TypeError):
            return None
        return None

    def _json_items(self, archive: Archive, member: Member, mode: str, ctx: ImportContext) -> Iterator[Item]:
        selves = _self_option(ctx)
        own_id = self._find_self(member, ctx) if mode == "full" else None
        if own_id:
            selves.add(own_id)
        state = {"private_own": 0, "chats": []}

        def records() -> Iterator[tuple[str, _Chat, Any]]:
            roots = ({"chats.list.item": "joined", "left_chats.list.item": "left"} if mode == "full"
                     else {"": "member"})
            chat: _Chat | None = None
            root = ""
            builder: Any = None
            msgs_prefix = ""
            import ijson  # type: ignore[import-untyped]
            for prefix, event, value in jsonstream.events(member, ctx.on_progress):
                if builder is not None:
                    builder.event(event, value)
                    if prefix == msgs_prefix and event == "end_map":
                        ctx.check_cancel()
                        yield "msg", chat, builder.value  # type: ignore[misc]
                        builder = None
                    continue
                if prefix in roots and chat is None:
                    if event == "start_map":
                        chat, root = _Chat(roots[prefix]), prefix
                        msgs_prefix = f"{root}.messages.item" if root else "messages.item"
                    elif event in _SCALARS:   # a chat that is not an object: counted as a bad record
                        yield "bad", _Chat("member"), value
                    continue
                if chat is None:
                    continue
                if prefix == msgs_prefix:
                    if event == "start_map":
                        builder = ijson.ObjectBuilder()
                        builder.event(event, value)
                    elif event in _SCALARS:
                        yield "msg", chat, value
                    continue
                if event == "end_map" and prefix == root:
                    yield "end", chat, None
                    chat = None
                    continue
                field_name = prefix[len(root) + 1:] if root else prefix
                if field_name in ("name", "type", "id") and event in ("string", "number"):
                    setattr(chat, field_name, str(int(value)) if event == "number" else str(value))

        def build(rec: tuple[str, _Chat, Any], idx: int) -> Item | None:
            what, chat, msg = rec
            src = SourceRef(member.path, idx)
            if what == "bad":
                raise TypeError("chat is not an object")
            if what == "end":
                state["chats"].append(chat)
                return self._membership(chat, src)
            return self._message(chat, msg, selves, archive, ctx, src, state)

        yield from safe_records(ctx, member, records(), build)
        self._notes(ctx, member.path, selves, state)

    def _notes(self, ctx: ImportContext, file: str, selves: set[str], state: dict) -> None:
        if state.get("reaction_lists"):
            ctx.coverage.note("telegram.reactions_recent_only", file=file)
        if state["private_own"]:
            ctx.coverage.note("telegram.private_chats_skipped", file=file, count=state["private_own"])
        if not selves:
            group_chats = [c for c in state["chats"] if c.kind]
            senders: Counter[str] = Counter()
            for c in group_chats:
                senders.update(c.senders)
            if group_chats:
                names = [n for n, _ in senders.most_common(30)]
                ctx.coverage.note("telegram.self_unknown", file=file, participants=names,
                                  names=", ".join(names))

    @staticmethod
    def _membership(chat: _Chat, src: SourceRef) -> Item | None:
        if not chat.kind:
            return None
        extra: dict[str, Any] = {"membership": chat.section, "chat_type": chat.type,
                                 "own_messages": chat.own}
        if chat.created:
            extra["role"] = "creator"
        return Item(Platform.TELEGRAM, Kind.GROUP_MEMBERSHIP, chat.join_ts, src, target=chat.target(),
                    extra=extra)

    def _message(self, chat: _Chat, msg: Any, selves: set[str], archive: Archive, ctx: ImportContext,
                 src: SourceRef, state: dict) -> Item | list[Item] | None:
        if not isinstance(msg, dict):
            raise TypeError("message is not an object")
        ts = from_unix(msg.get("date_unixtime")) or from_iso(msg.get("date"), ctx.tz)

        def is_self(pid: Any, name: Any) -> bool:
            return (isinstance(pid, str) and pid in selves) or (isinstance(name, str) and _norm(name) in selves)

        if msg.get("type") == "service":
            action = msg.get("action")
            if is_self(msg.get("actor_id"), msg.get("actor")):
                if action in JOIN_ACTIONS and chat.join_ts is None:
                    chat.join_ts = ts
                if action in ("create_group", "create_channel"):
                    chat.created = True
            elif action == "invite_members" and chat.join_ts is None:
                members = msg.get("members") or []
                if any(isinstance(n, str) and _norm(n) in selves for n in members):
                    chat.join_ts = ts
            return None
        if msg.get("type") != "message":
            return None
        sender = msg.get("from")
        from_id = msg.get("from_id")
        own_channel_post = (chat.kind == "channel" and chat.created and from_id == f"channel{chat.id}")
        if not is_self(from_id, sender) and not own_channel_post:
            if isinstance(sender, str) and sender:
                chat.senders[sender] += 1
            acts = self._own_reactions(chat, msg, is_self, ctx, src, state)
            vote = self._own_poll_vote(chat, msg, ts, src)
            return acts + [vote] if vote else acts or None
        if not chat.kind:
            state["private_own"] += 1
            return None
        chat.own += 1
        text = join_text(msg.get("text"))
        if not text:
            text = join_text(msg.get("text_entities"))
        if not text and isinstance(msg.get("poll"), dict):
            # A poll the user sent has no text: its question and options are what it says.
            question, options, _chosen = _poll_parts(msg["poll"])
            text = "\n".join(x for x in (question, *options) if x)
        media, missing = _media(msg, archive)
        extra: dict[str, Any] = {"chat": chat.name, "chat_type": chat.type, "message_id": msg.get("id")}
        if missing:
            extra["media_missing"] = True
        if "forwarded_from" in msg:
            kind = Kind.SHARE
            extra["forwarded_from"] = msg.get("forwarded_from")
        else:
            kind = Kind.POST if own_channel_post else Kind.MESSAGE
        if chat.section == "left":
            extra["membership"] = "left"
        mid = msg.get("id")
        url = f"https://t.me/c/{chat.id}/{mid}" if chat.id and isinstance(mid, int) else None
        return Item(Platform.TELEGRAM, kind, ts, src, target=chat.target(), text=text or None, url=url,
                    media=media, extra=extra)

    @staticmethod
    def _own_reactions(chat: _Chat, msg: dict[str, Any], is_self: Any, ctx: ImportContext,
                       src: SourceRef, state: dict) -> list[Item]:
        """The user's reactions to someone else's message in a group or channel.

        tdesktop writes ``reactions: [{type, count, emoji | document_id, recent: [{from,
        from_id, date}]}]`` (type ``emoji``, ``custom_emoji`` or ``paid``). ``recent`` holds
        only the latest reactors, so a reaction found there is certain and one missing
        from it proves nothing (a coverage note says so).
        """
        reactions = msg.get("reactions")
        if not chat.kind or not isinstance(reactions, list):
            return []
        out: list[Item] = []
        for r in reactions:
            if not isinstance(r, dict):
                continue
            recent = r.get("recent")
            state["reaction_lists"] = state.get("reaction_lists", 0) + 1
            for who in recent if isinstance(recent, list) else []:
                if not isinstance(who, dict) or not is_self(who.get("from_id"), who.get("from")):
                    continue
                emoji = r.get("emoji") if isinstance(r.get("emoji"), str) else None
                rtype = r.get("type") if isinstance(r.get("type"), str) else None
                ts = from_unix(who.get("date_unixtime")) or from_iso(who.get("date"), ctx.tz) \
                    or from_unix(msg.get("date_unixtime"))
                mid = msg.get("id")
                extra: dict[str, Any] = {"chat": chat.name, "chat_type": chat.type, "message_id": mid,
                                         "reaction": emoji or rtype or "reaction",
                                         "reaction_type": rtype, "object": "message"}
                if isinstance(msg.get("from"), str) and msg["from"]:
                    extra["post_author"] = msg["from"]
                if chat.section == "left":
                    extra["membership"] = "left"
                kind = Kind.LIKE if emoji == "\U0001F44D" else Kind.REACTION
                text = join_text(msg.get("text")) or join_text(msg.get("text_entities"))
                out.append(Item(Platform.TELEGRAM, kind, ts, src, target=chat.target(), text=text or None,
                                url=f"https://t.me/c/{chat.id}/{mid}" if chat.id and isinstance(mid, int)
                                else None, extra=extra))
                break
        return out

    @staticmethod
    def _own_poll_vote(chat: _Chat, msg: dict[str, Any], ts: Any, src: SourceRef) -> Item | None:
        """The user's vote in someone else's poll in a group or channel.

        tdesktop writes ``poll: {question, closed, total_voters, answers: [{text, voters,
        chosen}]}``, ``chosen`` being the exporting user's own vote (anonymous polls too).
        The vote's own time is not exported: the poll's date stands in for it.
        """
        poll = msg.get("poll")
        if not chat.kind or not isinstance(poll, dict):
            return None
        question, options, chosen = _poll_parts(poll)
        if not chosen:
            return None
        mid = msg.get("id")
        extra: dict[str, Any] = {"chat": chat.name, "chat_type": chat.type, "message_id": mid,
                                 "object": "poll", "poll_vote": True, "poll_question": question,
                                 "poll_options": options, "chosen": chosen, "time_meaning": "poll_posted"}
        if isinstance(msg.get("from"), str) and msg["from"]:
            extra["post_author"] = msg["from"]
        if chat.section == "left":
            extra["membership"] = "left"
        # Only what the user picked (with the question that gives it a meaning) is their act;
        # the options they did not pick are kept out of the text.
        text = "\n".join(x for x in (question, *chosen) if x)
        return Item(Platform.TELEGRAM, Kind.REACTION, ts, src, target=chat.target(), text=text or None,
                    url=f"https://t.me/c/{chat.id}/{mid}" if chat.id and isinstance(mid, int) else None,
                    extra=extra)

    # -- HTML ------------------------------------------------------------
    def _html_items(self, archive: Archive, pages: list[Member], ctx: ImportContext) -> Iterator[Item]:
        owner = None
        for m in archive.ends_with("export_results.html"):
            p = PersonalInfoParser()
            try:
                with m.open() as fh:
                    for _ in feed_stream(p, fh):
                        pass
                ctx.coverage.read(m.path, 0)
            except AuditError as e:
                ctx.coverage.fail(m.path, e.code)
            owner = owner or p.owner
        selves = _self_option(ctx)
        if owner:
            selves.add(_norm(owner))
            ctx.coverage.note("telegram.html_self_by_name", name=owner)
        chat_info: dict[str, tuple[str, str, str]] = {}   # chat dir -> (name, type line, section)
        for fname, section in (("lists/chats.html", "joined"), ("lists/left_chats.html", "left")):
            for m in archive.ends_with(fname):
                lp = ListPageParser()
                try:
                    with m.open() as fh:
                        for _ in feed_stream(lp, fh):
                            pass
                    ctx.coverage.read(m.path, 0)
                except AuditError as e:
                    ctx.coverage.fail(m.path, e.code)
                for href, name, details in lp.entries:
                    d = _CHAT_DIR.search(href.replace("../", "/"))
                    if d:
                        chat_info[d.group(1).lower()] = (name, details, section)
        by_dir: dict[str, list[Member]] = {}
        for m in pages:
            by_dir.setdefault(m.path.rsplit("/", 1)[0] if "/" in m.path else "", []).append(m)
        unknown: dict[str, list[str]] = {}
        for folder, ms in sorted(by_dir.items()):
            ms.sort(key=lambda m: int(_PAGE_NO.match(m.name).group(1) or 1))  # type: ignore[union-attr]
            d = _CHAT_DIR.search(folder + "/")
            info = chat_info.get(d.group(1).lower()) if d else None
            yield from self._html_chat(archive, ms, info, selves, ctx, unknown)
        if not selves and unknown:
            names = sorted({n for v in unknown.values() for n in v})
            ctx.coverage.note("telegram.self_unknown", participants=names, names=", ".join(names),
                              chats=sorted(unknown))

    def _html_chat(self, archive: Archive, pages: list[Member], info: tuple[str, str, str] | None,
                   selves: set[str], ctx: ImportContext, unknown: dict[str, list[str]]) -> Iterator[Item]:
        details = (info[1] if info else "").lower()
        kind = "channel" if "channel" in details else "group" if "group" in details else None
        typed = info is not None
        chat = _Chat(info[2] if info else "member", name=info[0] if info else None)
        last_sender: str | None = None
        pending: list[Item] = []
        senders: Counter[str] = Counter()
        first_src: SourceRef | None = None
        failed: dict[str, str] = {}
        for page in pages:
            parser = ChatPageParser(last_sender)
            n = 0
            try:
                with page.open() as fh:
                    for _ in feed_stream(parser, _CountingReader(fh, ctx.on_progress)):
                        ctx.check_cancel()
                        for hm in parser.messages:
                            src = SourceRef(page.path, n)
                            n += 1
                            first_src = first_src or src
                            if hm.sender and _norm(hm.sender) in selves:
                                pending.append(self._html_item(chat, hm, archive, ctx, src))
                            elif hm.sender:
                                senders[hm.sender] += 1
                        parser.messages.clear()
            except AuditError as e:
                failed[page.path] = e.code
                ctx.coverage.fail(page.path, e.code)
            chat.name = chat.name or parser.title
            last_sender = parser.last_sender
        if not typed:
            # No chat list (single-chat HTML export): several other senders means a group.
            kind = "group" if len(senders) >= 2 else None
        chat.type = {"group": "private_group", "channel": "private_channel"}.get(kind or "")
        member = self._membership(chat, first_src or SourceRef(pages[0].path, 0)) if kind else None
        if kind is None and pending:
            ctx.coverage.note("telegram.private_chats_skipped", file=pages[0].path, count=len(pending))
        if kind is None:
            pending = []
        elif not selves:
            unknown[chat.name or pages[0].path] = [s for s, _ in senders.most_common(30)]
        if member:
            member.extra["own_messages"] = len(pending)
            yield member
        for it in pending:
            it.target = Target(name=chat.name, type=kind)
            it.extra["chat"] = chat.name
            yield it
        for i, page in enumerate(pages):
            got = sum(1 for it in pending if it.source.file == page.path) + (1 if member and i == 0 else 0)
            if page.path not in failed:
                ctx.coverage.read(page.path, got)
            elif got:  # a damaged page that still gave items: keep them, say it was partial
                ctx.coverage.read(page.path, got)
                ctx.coverage.fail(page.path, failed[page.path])

    @staticmethod
    def _html_item(chat: _Chat, hm: Any, archive: Archive, ctx: ImportContext, src: SourceRef) -> Item:
        ts = parse_title_date(hm.date_title, ctx.tz)
        media = []
        base = src.file.rsplit("/", 1)[0] + "/" if "/" in src.file else ""
        for href, mtype in hm.media:
            found = archive.get(base + href) or archive.resolve_uri(href)
            media.append(MediaRef(path=found.path if found else "", type=mtype, uri=href))
        extra: dict[str, Any] = {"chat": chat.name, "message_id": hm.id}
        kind = Kind.MESSAGE
        if hm.forwarded_from:
            kind = Kind.SHARE
            extra["forwarded_from"] = hm.forwarded_from
        return Item(Platform.TELEGRAM, kind, ts, src, text=hm.text or None, media=tuple(media), extra=extra)


def _poll_parts(poll: dict[str, Any]) -> tuple[str | None, list[str], list[str]]:
    """(question, option texts, options the user chose) of a ``poll`` object; odd parts skipped."""
    question = join_text(poll.get("question"))
    options: list[str] = []
    chosen: list[str] = []
    answers = poll.get("answers")
    for a in answers if isinstance(answers, list) else []:
        if not isinstance(a, dict):
            continue
        t = join_text(a.get("text"))
        if not t or not t.strip():
            continue
        options.append(t.strip())
        if a.get("chosen") is True or a.get("chosen") == "true":
            chosen.append(t.strip())
    return (question.strip() or None) if question else None, options, chosen


def _media(msg: dict[str, Any], archive: Archive) -> tuple[tuple[MediaRef, ...], bool]:
    out: list[MediaRef] = []
    missing = False
    for key in ("photo", "file"):
        val = msg.get(key)
        if not isinstance(val, str) or not val:
            continue
        if val.startswith("("):   # "(File not included. Change data exporting settings to download.)"
            missing = True
            continue
        mtype = "photo" if key == "photo" else _MEDIA_TYPES.get(str(msg.get("media_type")), "other")
        if key == "file" and mtype == "other" and str(msg.get("mime_type", "")).startswith("image/"):
            mtype = "photo"
        found = archive.resolve_uri(val)
        out.append(MediaRef(path=found.path if found else "", type=mtype, uri=val))
    return tuple(out), missing

