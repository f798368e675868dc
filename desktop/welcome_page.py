"""The start page: what the app does, that nothing leaves the computer, what it is
not; language and time zone; the ways to load archives (or the demo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from audit.i18n import tr
from audit.timeutil import ZONES
from desktop.text import N_
from desktop.widgets import heading, plain_label

LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language, never translated
ZONE_KEYS = {"WIB": N_("gui.zone.WIB"), "WITA": N_("gui.zone.WITA"), "WIT": N_("gui.zone.WIT")}


class WelcomePage(QScrollArea):
    open_files = Signal()
    open_folder = Signal()
    try_demo = Signal()
    show_help = Signal()
    language_chosen = Signal(str)
    timezone_chosen = Signal(str)
    photos_toggled = Signal(bool)
    open_last = Signal()

    def __init__(self, language: str, timezone_name: str, first_start: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        outer = QHBoxLayout(body)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.setSpacing(12)
        outer.addLayout(col, 6)
        outer.addStretch(1)
        body.setMaximumWidth(16777215)

        col.addSpacing(8)
        col.addWidget(heading(tr("gui.welcome.title"), 1))
        self.intro = plain_label(tr("gui.welcome.what"))
        col.addWidget(self.intro)

        self.promises = QFrame()
        self.promises.setObjectName("promises")
        self.promises.setStyleSheet("#promises { background: #eef5ee; border: 1px solid #b9d4b9;"
                                    " border-radius: 6px; }")
        pl = QVBoxLayout(self.promises)
        for key in ("gui.welcome.offline", "gui.welcome.not_verdict", "gui.welcome.not_report"):
            lab = plain_label("• " + tr(key))
            pl.addWidget(lab)
        col.addWidget(self.promises)
        # After the first start the long explanation steps aside; it stays one click away.
        self.intro.setVisible(first_start)
        self.promises.setVisible(first_start)
        self.about_button = QPushButton(tr("gui.welcome.about_toggle"))
        self.about_button.setCheckable(True)
        self.about_button.setChecked(first_start)
        self.about_button.toggled.connect(self._toggle_about)
        self.about_button.setVisible(not first_start)
        col.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(tr("gui.welcome.language"))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.zone = QComboBox()
        for code in ZONES:
            self.zone.addItem(tr(ZONE_KEYS[code]), code)
        self.zone.setCurrentIndex(max(0, self.zone.findData(timezone_name)))
        self.zone.setAccessibleName(tr("gui.welcome.timezone"))
        self.zone.currentIndexChanged.connect(lambda _i: self.timezone_chosen.emit(self.zone.currentData()))
        lang_label, zone_label = QLabel(tr("gui.welcome.language")), QLabel(tr("gui.welcome.timezone"))
        lang_label.setBuddy(self.language)
        zone_label.setBuddy(self.zone)
        form.addRow(lang_label, self.language)
        form.addRow(zone_label, self.zone)
        col.addLayout(form)

        # Results of the last audit reopen from the local store, without reading the archives again.
        self.last_box = QFrame()
        ll = QHBoxLayout(self.last_box)
        ll.setContentsMargins(0, 0, 0, 0)
        self.last_label = plain_label("")
        self.last_button = QPushButton(tr("gui.welcome.open_last"))
        self.last_button.clicked.connect(self.open_last)
        ll.addWidget(self.last_label, 1)
        ll.addWidget(self.last_button)
        self.last_box.setVisible(False)
        col.addWidget(self.last_box)

        col.addWidget(heading(tr("gui.welcome.start"), 2))
        col.addWidget(plain_label(tr("gui.welcome.start_hint")))
        buttons = QHBoxLayout()
        self.files_button = QPushButton(tr("gui.welcome.choose_files"))
        self.folder_button = QPushButton(tr("gui.welcome.choose_folder"))
        self.demo_button = QPushButton(tr("gui.welcome.try_demo"))
        self.files_button.setDefault(True)
        self.files_button.clicked.connect(self.open_files)
        self.folder_button.clicked.connect(self.open_folder)
        self.demo_button.clicked.connect(self.try_demo)
        for b in (self.files_button, self.folder_button, self.demo_button):
            b.setMinimumHeight(b.sizeHint().height() + 10)
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.photos_box = QCheckBox(tr("gui.welcome.check_photos"))
        self.photos_box.setAccessibleName(tr("gui.welcome.check_photos"))
        self.photos_box.toggled.connect(self.photos_toggled)
        col.addWidget(self.photos_box)
        self.photos_note = plain_label("")
        self.photos_note.setVisible(False)
        col.addWidget(self.photos_note)

        self.drop_hint = QLabel(tr("gui.welcome.drop_hint"))
        self.drop_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(70)
        self.drop_hint.setStyleSheet("QLabel { border: 2px dashed #9aa7b4; border-radius: 8px; color: #445; }")
        col.addWidget(self.drop_hint)

        self.error_box = plain_label(selectable=True)
        self.error_box.setStyleSheet("QLabel { background: #fdecea; border: 1px solid #e0a39b;"
                                     " border-radius: 6px; padding: 8px; color: #5f1d16; }")
        self.error_box.setVisible(False)
        self.error_box.setAccessibleName(tr("gui.welcome.problem"))
        col.addWidget(self.error_box)

        col.addWidget(heading(tr("gui.welcome.no_archive_yet"), 3))
        col.addWidget(plain_label(tr("gui.welcome.no_archive_hint")))
        self.help_button = QPushButton(tr("gui.welcome.how_to_download"))
        self.help_button.clicked.connect(self.show_help)
        col.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)

    def _toggle_about(self, on: bool) -> None:
        self.intro.setVisible(on)
        self.promises.setVisible(on)

    def set_photos(self, checked: bool, available: bool, why: str = "") -> None:
        """The photo option: checkable only when the photo libraries are installed."""
        self.photos_box.blockSignals(True)
        self.photos_box.setChecked(checked and available)
        self.photos_box.blockSignals(False)
        self.photos_box.setEnabled(available)
        self.photos_note.setText(why)
        self.photos_note.setVisible(bool(why))

    def set_last_run(self, when: str | None, findings: int = 0) -> None:
        self.last_box.setVisible(when is not None)
        if when is not None:
            self.last_label.setText(tr("gui.welcome.last_run", when=when, n=findings))

    def show_problem(self, text: str) -> None:
        self.error_box.setText(text)
        self.error_box.setVisible(bool(text))
