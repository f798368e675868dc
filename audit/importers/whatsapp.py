"""WhatsApp: per-chat "Export chat" text files and the "Request account info" report.

A chat export is one ``.txt`` ("WhatsApp Chat with X.txt", "Chat WhatsApp
dengan X.txt", iOS ``_chat.txt``), alone or zipped with media. Line styles:

* Android ``12/01/24 19.05 - Budi: teks`` (Indonesian: no comma, dot time),
  ``1/12/24, 7:05 PM - Budi: text`` (English), system lines without ``Name:``;
* iOS ``[12/01/24 19.05.33] Budi: teks``, where system lines also carry a
  ``Name:`` (often the group's) followed by an invisible U+200E mark.

Day/month order is not written anywhere: it is inferred from the whole file
(a first field above 12 means day first, a second field above 12 month
first), else day first, except English 12-hour files (month first, as US
phones write them). Times are phone-local wall clock: read in the user's zone.

Which sender is the user cannot be known from the file (the user's own
messages carry their own contact name). ``ctx.options["whatsapp_self"]`` (a
name, a list, or ``{chat name: name}``) says it; without it no messages are
produced and a ``whatsapp.self_unknown`` note lists the participants so the
app can ask "which of these is you?".

Each file is read twice, streaming: a scan (date order, participants, group
name, the user's join/leave lines) and the item pass.

Forwarded messages are not marked in text exports, so no SHARE items come
from WhatsApp chats.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from audit.archive.archive import Archive
from audit.archive.members import Member
from audit.coverage import NOT_RELEVANT, NOT_SUPPORTED, UNRECOGNISED
from audit.errors import AuditError
from audit.importers import jsonstream
from audit.importers.base import Detection, ImportContext, Importer, _CountingReader, safe_records
from audit.model import Item, Kind, MediaRef, Platform, SourceRef, Target
from audit.timeutil import plausible

# Invisible marks WhatsApp writes (direction marks, zero-width, BOM); U+202F/U+00A0 become spaces.
_INVISIBLE = {c: None for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
                                0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD)}
_INVISIBLE.update({0x202F: " ", 0x00A0: " ", 0x2009: " "})

_DATE = r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
_TIME = r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?"
_ANDROID = re.compile(rf"^{_DATE},?\s+{_TIME}\s*[-–]\s(.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s+{_TIME}\]\s?(.*)$")
_SENDER = re.compile(r"^([^:\"“”]{1,80}?):\s(.*)$", re.S)

_FILE_NAME = re.compile(r"^(?:whatsapp chat (?:with|-|dengan)|chat whatsapp (?:dengan|with|-)|obrolan whatsapp "
                        r"dengan|percakapan whatsapp dengan)\s*(.+?)(?:\s*\(\d+\))?(?:\.txt|\.zip)?$", re.I)

_SELF_JOIN = [re.compile(p, re.I) for p in (
    r"^you joined\b", r"\badded you\b", r"^you created (?:the )?group\b", r"^you were added\b",
    r"^anda (?:telah )?bergabung\b", r"\bmenambahkan anda\b", r"^anda (?:telah )?membuat grup\b", r"^anda ditambahkan\b")]
_SELF_CREATE = re.compile(r"^(?:you created|anda (?:telah )?membuat) ", re.I)
_SELF_LEFT = [re.compile(p, re.I) for p in (
    r"^you left\b", r"\bremoved you\b", r"^you were removed\b",
    r"^anda (?:telah )?keluar\b", r"\bmengeluarkan anda\b", r"^anda dikeluarkan\b")]
_CREATED = re.compile(r"(?:created group|membuat grup)\s+[\"“](.+?)[\"”]", re.I)
_SUBJECT = re.compile(r"(?:changed the subject|changed the group name|changed this group's name|"
                      r"mengubah subjek|mengubah nama grup)\b.*[\"“](.+?)[\"”]\s*$", re.I)
_GROUPISH = re.compile(r"\b(?:group|grup|joined|left|added|removed|bergabung|keluar|menambahkan|"
                       r"mengeluarkan|subject|subjek|admin)\b", re.I)
_SYSTEMISH = re.compile(r"end-to-end|\bterenkripsi\b|\bdienkripsi\b|security code|kode keamanan|"
                        r"disappearing messages|pesan sementara|changed (?:their|your) phone|"
                        r"mengganti nomor|changed the group description|mengubah deskripsi", re.I)
_OMITTED = re.compile(r"^<?(?:media|image|video|audio|sticker|gif|document|contact card|gambar|foto|stiker|"
                      r"dokumen|kartu kontak|pesan suara)\s+(?:omitted|tidak disertakan|dihilangkan)>?$"
                      r"|(?:document omitted|dokumen tidak disertakan)$", re.I)
_ATTACHED_ANDROID = re.compile(r"^(\S[^\n]*?\.[A-Za-z0-9]{2,5}) \((?:file attached|file terlampir|berkas "
                               r"terlampir)\)\s*(.*)$", re.I | re.S)
# iOS writes a document's name and page count before the marker
# ("Laporan.pdf • 7 halaman <terlampir: 00000006-Laporan.pdf>"), photos bare.
_ATTACHED_IOS = re.compile(r"^(?:[^<\n]*?\s)?<(?:attached|terlampir|dilampir|lampiran):\s*([^>]+)>\s*(.*)$",
                           re.I | re.S)
_DELETED = re.compile(r"^(?:this message was deleted\.?|you deleted this message\.?|pesan ini (?:telah )?"
                      r"dihapus\.?|anda (?:telah )?menghapus pesan ini\.?)$", re.I)
_EDITED = re.compile(r"\s*<(?:this message was edited|pesan ini (?:telah )?diedit)>\s*$", re.I)
_PHOTO_TS = re.compile(r"(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})")
_ID_MARKERS = re.compile(r"tidak disertakan|terlampir|\bAnda\b|dienkripsi|terenkripsi|bergabung|"
                         r"\bkeluar\b|menambahkan|dihapus", re.I)


def clean(s: str) -> str:
    return s.translate(_INVISIBLE)


def _norm(s: str) -> str:
    return " ".join(clean(s).split()).casefold()


@dataclass
class _Header:
    a: int
    b: int
    c: int
    a_len: int
    hh: int
    mm: int
    ss: int
    ampm: str | None
    rest: str
    raw_rest: str
    ios: bool
    dot_time: bool = False


def _header(raw: str) -> _Header | None:
    line = clean(raw).strip()
    if not line or line[0] not in "[0123456789":
        return None
    m = _IOS.match(line)
    ios = m is not None
    if m is None:
        m = _ANDROID.match(line)
    if m is None:
        return None
    a, b, c, hh, mi, ss, ap, rest = m.groups()
    # The raw remainder keeps U+200E, which marks iOS system text after "Name: ".
    cut = raw.find("]") + 1 if ios else raw.find(" - ") + 3 if " - " in raw else 0
    return _Header(int(a), int(b), int(c), len(a), int(hh), int(mi), int(ss or 0),
                   ap.lower() if ap else None, rest, raw[cut:].lstrip(" "), ios, line[m.end(4)] == ".")


@dataclass
class ChatScan:
    """What the first pass learns about one chat file."""

    file: str
    order: str = "dmy"
    senders: Counter[str] = field(default_factory=Counter)
    names: list[str] = field(default_factory=list)        # group names seen (created, subject changes)
    ios_system_sender: str | None = None
    membership: str = "member"
    membership_line: int = 0
    membership_raw: _Header | None = None
    role: str | None = None
    groupish: bool = False
    headers: int = 0
    indonesian: bool = False

    def participants(self) -> list[str]:
        return [n for n, _ in self.senders.most_common()]


def _split_sender(h: _Header) -> tuple[str | None, str, bool]:
    """(sender, text, is_system) of a header line's remainder."""
    m = _SENDER.match(h.rest)
    if not m:
        return None, h.rest, True
    sender, text = m.group(1).strip(), m.group(2)
    if h.ios:
        raw_m = re.match(r"^[^:]{1,120}?:\s(.*)$", h.raw_rest, re.S)
        if raw_m and raw_m.group(1).startswith("\u200e") and not _is_media(clean(raw_m.group(1)).strip()):
            return sender, clean(raw_m.group(1)).strip(), True
    return sender, text, False


def _is_media(t: str) -> bool:
    return bool(_OMITTED.search(t) or _ATTACHED_IOS.match(t) or _ATTACHED_ANDROID.match(t))


def _lines(member: Member, ctx: ImportContext | None, progress: bool = False) -> Iterator[str]:
    with member.open() as raw:
        stream: Any = _CountingReader(raw, ctx.on_progress) if (ctx is not None and progress) else raw
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline=None)
        for line in text:
            if ctx is not None:
                ctx.check_cancel()
            yield line.rstrip("\n")


def scan_chat(member: Member, ctx: ImportContext | None = None) -> ChatScan:
    sc = ChatScan(member.path)
    first_gt12 = second_gt12 = four_first = ampm = dot_time = False
    for no, raw in enumerate(_lines(member, ctx, progress=True)):
        h = _header(raw)
        if h is None:
            continue
        sc.headers += 1
        if h.a_len == 4:
            four_first = True
        elif h.a > 12:
            first_gt12 = True
        elif h.b > 12:
            second_gt12 = True
        ampm = ampm or h.ampm is not None
        dot_time = dot_time or h.dot_time
        sender, text, system = _split_sender(h)
        # Indonesian wording shows in system lines and media markers, not in people's chatter.
        if not sc.indonesian and (system or text[:1] == "<" or text.endswith("disertakan")) \
                and _ID_MARKERS.search(text):
            sc.indonesian = True
        if not system:
            sc.senders[sender] += 1  # type: ignore[index]
            continue
        if h.ios and sender and sc.ios_system_sender is None and _SYSTEMISH.search(text):
            sc.ios_system_sender = sender
        if _GROUPISH.search(text):
            sc.groupish = True
        if m := _CREATED.search(text):
            sc.names.append(m.group(1).strip())
        if m := _SUBJECT.search(text):
            sc.names.append(m.group(1).strip())
        if any(p.search(text) for p in _SELF_LEFT):
            sc.membership, sc.membership_line, sc.membership_raw = "left", no, h
        elif any(p.search(text) for p in _SELF_JOIN):
            sc.membership, sc.membership_line, sc.membership_raw = "joined", no, h
            if _SELF_CREATE.search(text):
                sc.role = "creator"
    if four_first:
        sc.order = "ymd"
    elif first_gt12:
        sc.order = "dmy"
    elif second_gt12:
        sc.order = "mdy"
    elif ampm and not (sc.indonesian or dot_time):
        sc.order = "mdy"
    else:
        sc.order = "dmy"
    if len(sc.senders) >= 3:
        sc.groupish = True
    return sc


def header_time(h: _Header, order: str, tz: tzinfo) -> datetime | None:
    if order == "ymd":
        y, mo, d = h.a, h.b, h.c
    elif order == "mdy":
        mo, d, y = h.a, h.b, h.c
    else:
        d, mo, y = h.a, h.b, h.c
    if y < 100:
        y += 2000
    hh = h.hh
    if h.ampm == "p" and hh < 12:
        hh += 12
    elif h.ampm == "a" and hh == 12:
        hh = 0
    try:
        return plausible(datetime(y, mo, d, hh, h.mm, h.ss, tzinfo=tz))
    except ValueError:
        return None


def chat_name(member: Member, archive: Archive, sc: ChatScan) -> str:
    """The group name: the export's file name, else the zip/folder name, else what the lines say."""
    candidates = [member.name]
    if "/" in member.path:
        candidates.append(member.path.rsplit("/", 2)[-2])
    candidates.append(archive.name)
    for c in candidates:
        m = _FILE_NAME.match(clean(c).strip())
        if m and m.group(1).strip():
            return m.group(1).strip()
    if sc.ios_system_sender:
        return sc.ios_system_sender
    if sc.names:
        return sc.names[-1]
    stem = member.name.rsplit(".", 1)[0]
    return stem if stem.lower() != "_chat" else (archive.name.rsplit(".", 1)[0] or "WhatsApp")


def _self_names(ctx: ImportContext, chat: str) -> set[str]:
    v = ctx.options.get("whatsapp_self")
    if isinstance(v, dict):
        v = v.get(chat, v.get("*"))
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, (list, tuple, set)):
        return set()
    return {_norm(x) for x in v if isinstance(x, str) and x.strip()}


def is_chat_member(m: Member) -> bool:
    low = m.name.lower()
    return low.endswith(".txt") and (low == "_chat.txt" or "whatsapp" in low)


def _sniff_chat(m: Member) -> bool:
    """A renamed ``.txt``: do its first lines look like WhatsApp headers?"""
    try:
        with m.open() as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except AuditError:
        return False
    lines = [ln for ln in head.splitlines()[:12] if ln.strip()]
    hits = sum(1 for ln in lines if _header(ln))
    return hits >= 2 or (len(lines) == 1 and hits == 1)


def _media_type(fname: str) -> str:
    low = fname.lower()
    if low.startswith("stk-") or "sticker" in low or low.endswith((".webp", ".was")):
        return "sticker"
    if low.startswith(("vid-", "ptt-")) or "-video-" in low or low.endswith((".mp4", ".mov", ".3gp", ".mkv")):
        return "video"
    if low.startswith("img-") or "-photo-" in low or low.endswith((".jpg", ".jpeg", ".png", ".heic", ".gif")):
        return "photo"
    return "other"


class WhatsAppImporter(Importer):
    platform = Platform.WHATSAPP
    name = "whatsapp"

    # -- detection -------------------------------------------------------
    def detect(self, archive: Archive) -> Detection | None:
        try:
            chats = self._chat_members(archive)
            if chats:
                ios = any(m.name.lower() == "_chat.txt" for m in chats)
                return Detection(Platform.WHATSAPP, "chat export (iOS)" if ios else "chat export (Android)",
                                 0.95 if any(is_chat_member(m) for m in chats) else 0.7, "txt")
            if self._report_members(archive):
                return Detection(Platform.WHATSAPP, "account info report", 0.8, "json")
        except AuditError:
            return None
        return None

    @staticmethod
    def _chat_members(archive: Archive) -> list[Member]:
        members = archive.members()
        named = [m for m in members if is_chat_member(m)]
        if named:
            return named
        txts = [m for m in members if m.name.lower().endswith(".txt")]
        return [m for m in txts[:20] if _sniff_chat(m)]

    @staticmethod
    def _report_members(archive: Archive) -> list[Member]:
        """JSON of an account-info report. Only archives that say "WhatsApp" are sniffed, so
        recognising a big Facebook export never opens its thousands of JSON files."""
        members = archive.members()
        wa_hint = "whatsapp" in archive.name.lower() or any("whatsapp" in m.path.lower() for m in members[:500])
        if not wa_hint:
            return []
        out = []
        jsons = [m for m in members if m.name.lower().endswith(".json") and m.size <= 50 * 1024 * 1024]
        for m in jsons[:50]:
            keys = set(jsonstream.top_keys(m))
            if "wa_groups" in keys or ("groups" in keys and ({"contacts", "wa_contacts"} & keys
                                                             or m.name.lower() == "groups.json")):
                out.append(m)
        return out

    # -- items -----------------------------------------------------------
    def iter_items(self, archive: Archive, ctx: ImportContext) -> Iterator[Item]:
        own = 0
        for m in self._chat_members(archive):
            for it in self._chat_items(archive, m, ctx):
                own += it.kind == Kind.MESSAGE
                yield it
        if own:
            ctx.coverage.note("whatsapp.forwards_unmarked", count=own)
        for m in self._report_members(archive):
            yield from self._report_items(m, ctx)
        self.mark_media(archive, ctx)
        for m in archive.members():
            if ctx.coverage.accounted(m.path):
                continue
            low = m.name.lower()
            if low.endswith((".html", ".htm")):
                ctx.coverage.skip(m.path, NOT_SUPPORTED, "whatsapp.account_html")
            elif low.endswith((".vcf", ".json", ".txt")):
                ctx.coverage.skip(m.path, NOT_RELEVANT)
            else:
                ctx.coverage.skip(m.path, UNRECOGNISED)

    def _chat_items(self, archive: Archive, member: Member, ctx: ImportContext) -> Iterator[Item]:
        try:
            sc = scan_chat(member, ctx)
        except AuditError as e:
            ctx.coverage.fail(member.path, e.code)
            return
        if sc.headers == 0:
            ctx.coverage.fail(member.path, "whatsapp.no_messages")
            return
        name = chat_name(member, archive, sc)
        selves = _self_names(ctx, name)
        tz = ctx.tz
        participants = sc.participants()
        if not sc.groupish:
            # A one-to-one conversation: private, not a group membership or a public act.
            ctx.coverage.read(member.path, 0)
            ctx.coverage.note("whatsapp.personal_chat_skipped", file=member.path, chat=name)
            return
        target = Target(name=name, type="group")
        names = list(dict.fromkeys([name, *sc.names]))
        if not selves:
            ctx.coverage.note("whatsapp.self_unknown", file=member.path, chat=name,
                              participants=participants, names=", ".join(participants))
        elif not any(_norm(p) in selves for p in participants):
            ctx.coverage.note("whatsapp.self_not_found", file=member.path, chat=name,
                              participants=participants, names=", ".join(participants))
        ts = header_time(sc.membership_raw, sc.order, tz) if sc.membership_raw else None
        extra: dict[str, Any] = {"membership": sc.membership, "names": names,
                                 "participants": len(participants)}
        if sc.role:
            extra["role"] = sc.role
        yield Item(Platform.WHATSAPP, Kind.GROUP_MEMBERSHIP, ts, SourceRef(member.path, sc.membership_line),
                   target=target, extra=extra)
        ctx.coverage.read(member.path, 1)
        if selves:
            def build(rec: tuple[int, _Header, str | None, list[str]], idx: int) -> Item | None:
                return self._message(archive, member, rec, sc, name, target, tz)

            yield from safe_records(ctx, member, self._messages(member, ctx, selves), build)

    @staticmethod
    def _messages(member: Member, ctx: ImportContext, selves: set[str]
                  ) -> Iterator[tuple[int, _Header, str | None, list[str]]]:
        """The user's own messages: (line number, header, sender, text lines)."""
        cur: tuple[int, _Header, str | None, list[str]] | None = None
        for no, raw in enumerate(_lines(member, ctx)):
            h = _header(raw)
            if h is None:
                if cur is not None:
                    cur[3].append(clean(raw))
                continue
            if cur is not None:
                yield cur
                cur = None
            sender, text, system = _split_sender(h)
            if not system and sender is not None and _norm(sender) in selves:
                cur = (no, h, sender, [text])
        if cur is not None:
            yield cur

    @staticmethod
    def _message(archive: Archive, member: Member, rec: tuple[int, _Header, str | None, list[str]],
                 sc: ChatScan, name: str, target: Target, tz: tzinfo) -> Item | None:
        no, h, sender, lines = rec
        text = "\n".join(lines).strip()
        extra: dict[str, Any] = {"chat": name, "sender": sender}
        if _DELETED.match(text):
            return None
        if _EDITED.search(text):
            text = _EDITED.sub("", text)
            extra["edited"] = True
        media: list[MediaRef] = []
        first, _, rest = text.partition("\n")
        m = _ATTACHED_IOS.match(first) or _ATTACHED_ANDROID.match(first)
        if m:
            fname = m.group(1).strip()
            found = archive.get((member.path.rsplit("/", 1)[0] + "/" if "/" in member.path else "") + fname) \
                or archive.resolve_uri(fname)
            taken = None
            if pm := _PHOTO_TS.search(fname):
                try:
                    taken = plausible(datetime(*(int(x) for x in pm.groups()), tzinfo=tz))  # type: ignore[misc]
                except ValueError:
                    taken = None
            media.append(MediaRef(path=found.path if found else "", type=_media_type(fname), taken=taken,
                                  uri=fname))
            text = "\n".join(x for x in (m.group(2).strip(), rest.strip()) if x)
        elif _OMITTED.search(first.strip()):
            extra["media_omitted"] = first.strip().strip("<>")
            if "stick" in first.lower() or "stiker" in first.lower():
                extra["media_type"] = "sticker"
            text = rest.strip()
        return Item(Platform.WHATSAPP, Kind.MESSAGE, header_time(h, sc.order, tz), SourceRef(member.path, no),
                    target=target, text=text or None, media=tuple(media), extra=extra)

    def _report_items(self, member: Member, ctx: ImportContext) -> Iterator[Item]:
        def records() -> Iterator[Any]:
            data = ctx.load_json(member)
            groups = data.get("wa_groups", data.get("groups")) if isinstance(data, dict) else data
            if isinstance(groups, dict):  # an object wrapping the list
                groups = next((v for v in groups.values() if isinstance(v, list)), [])
            if not isinstance(groups, list):
                return
            yield from groups

        def build(rec: Any, idx: int) -> Item | None:
            if isinstance(rec, str):
                gname: Any = rec
            else:
                gname = next((rec[k] for k in ("subject", "Subject", "name", "title", "group_name",
                                               "Group name", "group_subject") if rec.get(k)), None)
            if not isinstance(gname, str) or not gname.strip():
                raise ValueError("group without a name")
            return Item(Platform.WHATSAPP, Kind.GROUP_MEMBERSHIP, None, SourceRef(member.path, idx),
                        target=Target(name=gname.strip(), type="group"),
                        extra={"membership": "member", "source": "account_info"})

        yield from safe_records(ctx, member, records(), build)


def list_participants(archive: Archive) -> dict[str, list[str]]:
    """Chat name -> participants (most active first), for the "which of these is you?" question."""
    out: dict[str, list[str]] = {}
    for m in WhatsAppImporter._chat_members(archive):
        try:
            sc = scan_chat(m)
        except AuditError:
            continue
        if sc.headers:
            out[chat_name(m, archive, sc)] = sc.participants()
    return out

