"""The detail of one finding: the item as it was, why it was flagged, what to do.

Archive text is shown as plain text only; matched words are highlighted with
text formats (extra selections), never by building HTML.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QScrollArea, QTextEdit, QVBoxLayout, QWidget)

from audit.findings import Finding
from audit.i18n import tr
from audit.textfix import strip_controls
from desktop.media import MediaLookup
from desktop.text import (N_, action_label, category_label, entity_label, fmt_datetime, kind_label,
                          lang_text, phase_label, platform_label)
from desktop.widgets import SeverityBadge, heading, plain_label

THUMB = QSize(240, 180)
ACTION_HELP = {
    "delete": N_("gui.action_help.delete"), "unlike": N_("gui.action_help.unlike"),
    "retract_vote": N_("gui.action_help.retract_vote"),
    "unfollow": N_("gui.action_help.unfollow"), "leave_group": N_("gui.action_help.leave_group"),
    "archive": N_("gui.action_help.archive"), "untag": N_("gui.action_help.untag"),
    "ask_owner": N_("gui.action_help.ask_owner"), "review": N_("gui.action_help.review"),
    "unsave": N_("gui.action_help.unsave"), "edit_profile": N_("gui.action_help.edit_profile"),
}
SAFE_SCHEMES = ("https", "http")


def safe_url(url: str | None) -> QUrl | None:
    """Only web links open in the browser: archive URLs are untrusted input."""
    if not url:
        return None
    q = QUrl(url.strip())
    return q if q.isValid() and q.scheme().lower() in SAFE_SCHEMES and q.host() else None


def highlight_spans(f: Finding) -> list[tuple[int, int]]:
    text = f.item.text or ""
    spans = []
    for e in f.evidence:
        if e.field == "text" and 0 <= e.start < e.end <= len(text):
            spans.append((e.start, e.end))
        elif e.match and e.field == "text":
            pos = text.lower().find(e.match.lower())
            if pos >= 0:
                spans.append((pos, pos + len(e.match)))
    return spans


class DetailPane(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.ruleset: Any = None
        self.tz_name = "WIB"
        self.media: MediaLookup | None = None
        self.finding: Finding | None = None
        self._url: QUrl | None = None

        body = QWidget()
        self.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(12, 8, 12, 8)

        self.placeholder = plain_label(tr("gui.detail.placeholder"))
        lay.addWidget(self.placeholder)

        self.content = QWidget()
        c = QVBoxLayout(self.content)
        c.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.badge = SeverityBadge()
        self.title = heading("", 2)
        head.addWidget(self.badge)
        head.addWidget(self.title, 1)
        c.addLayout(head)

        # 1. The item as it was.
        seen = QGroupBox(tr("gui.detail.as_it_was"))
        seen_lay = QVBoxLayout(seen)
        form = QFormLayout()
        self.date = plain_label(selectable=True)
        self.target = plain_label(selectable=True)
        self.source = plain_label(selectable=True)
        form.addRow(tr("gui.detail.date"), self.date)
        form.addRow(tr("gui.detail.target"), self.target)
        form.addRow(tr("gui.detail.source"), self.source)
        seen_lay.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("gui.detail.text"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(60)
        self.text.setMaximumHeight(130)
        seen_lay.addWidget(self.text)
        self.matches = plain_label(selectable=True)
        seen_lay.addWidget(self.matches)
        self.thumb = QLabel()
        self.thumb.setAccessibleName(tr("gui.detail.photo"))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignLeft)
        seen_lay.addWidget(self.thumb)
        c.addWidget(seen)

        # 2. Why it was flagged.
        why = QGroupBox(tr("gui.detail.why"))
        why_lay = QVBoxLayout(why)
        self.explanation = plain_label(selectable=True)
        why_lay.addWidget(self.explanation)
        wform = QFormLayout()
        self.category = plain_label()
        self.entities = plain_label()
        self.phase = plain_label()
        self.sanction = plain_label()
        self.rule = plain_label(selectable=True)
        self.rule.setToolTip(tr("gui.detail.rule_hint"))
        wform.addRow(tr("gui.detail.category"), self.category)
        wform.addRow(tr("gui.detail.entities"), self.entities)
        wform.addRow(tr("gui.detail.phase"), self.phase)
        wform.addRow(tr("gui.detail.sanction"), self.sanction)
        rule_label = plain_label(tr("gui.detail.rule"))
        rule_label.setToolTip(tr("gui.detail.rule_hint"))
        wform.addRow(rule_label, self.rule)
        why_lay.addLayout(wform)
        c.addWidget(why)

        # 3. What to do.
        todo = QGroupBox(tr("gui.detail.what_to_do"))
        todo_lay = QVBoxLayout(todo)
        self.action = plain_label()
        todo_lay.addWidget(self.action)
        self.undo_note = plain_label(tr("gui.detail.not_undoable"))
        todo_lay.addWidget(self.undo_note)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("gui.detail.open_link"))
        self.open_button.setAccessibleName(tr("gui.detail.open_link"))
        self.open_button.clicked.connect(self.open_link)
        self.copy_button = QPushButton(tr("gui.detail.copy_link"))
        self.copy_button.clicked.connect(self.copy_link)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        todo_lay.addLayout(buttons)
        self.no_link = plain_label(tr("gui.detail.no_link"))
        todo_lay.addWidget(self.no_link)
        c.addWidget(todo)
        c.addStretch(1)
        lay.addWidget(self.content)
        lay.addStretch(1)
        self.show_finding(None)

    def configure(self, ruleset: Any, tz_name: str, media: MediaLookup | None) -> None:
        self.ruleset, self.tz_name, self.media = ruleset, tz_name, media

    def show_finding(self, f: Finding | None) -> None:
        self.finding = f
        self.placeholder.setVisible(f is None)
        self.content.setVisible(f is not None)
        if f is None:
            return
        it = f.item
        self.badge.set_severity(f.severity.value)
        self.title.setText(f"{platform_label(it.platform.value)} · {kind_label(it.kind.value)}")
        self.date.setText(fmt_datetime(it.timestamp, self.tz_name))
        t = it.target
        parts = [strip_controls(x) for x in ((t.name, "@" + t.handle if t.handle else None, t.url) if t else ())
                 if x]
        self.target.setText("\n".join(parts) or tr("gui.detail.no_target"))
        self.source.setText(tr("gui.detail.source_value", file=it.source.file, index=it.source.index + 1))
        self._set_text(f)
        words = sorted({e.match for e in f.evidence if e.match})
        self.matches.setText(tr("gui.detail.matched", words=", ".join(words)) if words else "")
        self.matches.setVisible(bool(words))
        self._set_thumbnail(f)

        self.explanation.setText(lang_text(f.explanation))
        self.category.setText(category_label(f.category))
        self.entities.setText(", ".join(entity_label(self.ruleset, e) for e in f.entities) or "—")
        self.phase.setText(phase_label(self.ruleset, f.phase))
        self.sanction.setText(lang_text(f.sanction) if f.sanction else tr("gui.detail.sanction_none"))
        self.rule.setText(f.rule)

        guide = tr(ACTION_HELP[f.action]) if f.action in ACTION_HELP else ""
        self.action.setText(f"{action_label(f.action)}. {guide}".strip())
        self.undo_note.setVisible(not f.undoable)
        self._url = safe_url(f.action_url) or safe_url(it.url) or safe_url(t.url if t else None)
        self.open_button.setEnabled(self._url is not None)
        self.copy_button.setEnabled(self._url is not None)
        self.no_link.setVisible(self._url is None)

    def _set_text(self, f: Finding) -> None:
        text = f.item.text or ""
        self.text.setPlainText(text if text else tr("gui.detail.no_text"))
        self.text.setEnabled(bool(text))
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setForeground(QColor("#000000"))
        fmt.setFontWeight(700)
        for start, end in highlight_spans(f) if text else []:
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.text.document())
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cur
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def highlighted(self) -> list[str]:
        """The highlighted words, as the user sees them (used by tests)."""
        return [s.cursor.selectedText() for s in self.text.extraSelections()]

    def _set_thumbnail(self, f: Finding) -> None:
        img = self.media.thumbnail(f.item, THUMB) if self.media else None
        if img is None:
            self.thumb.clear()
            self.thumb.setVisible(False)
            return
        self.thumb.setPixmap(QPixmap.fromImage(img))
        self.thumb.setVisible(True)

    def link(self) -> QUrl | None:
        return self._url

    def open_link(self) -> None:
        if self._url is not None:
            QDesktopServices.openUrl(self._url)

    def copy_link(self) -> None:
        if self._url is not None:
            QGuiApplication.clipboard().setText(self._url.toString())
