"""File ▸ Import arrivals…: a property-management system's CSV, previewed and mapped.

Rules:

- Reading (:meth:`ArrivalsImport.read`) is pure and quick, so it runs on the UI
  thread each time a choice changes (encoding, a column's field, the date
  format, the day). Importing only *asks* (:attr:`ArrivalsDialog.import_requested`);
  the window runs it through the writer and reports back with
  :meth:`ArrivalsDialog.import_finished` or :meth:`ArrivalsDialog.import_failed`.
- The detected encoding is preselected (the core detects UTF-16 and UTF-8 with or
  without BOM, else guesses an 8-bit one); choosing another reads the file again.
  Recognised columns are preselected;
  other columns are ignored until the user maps them. A remembered mapping, date
  format and encoding (the core keeps them per header row) come back on their own.
- A date that reads two ways (03/04) is never guessed: the user must choose.
- Bad rows are listed by line; nothing is imported while there are any, unless
  "skip the bad rows" is ticked.
- Cells are shown as plain text (item views never interpret markup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.arrivals import (
    DATE_FORMATS,
    FIELDS,
    AmbiguousDates,
    ArrivalsError,
    ArrivalsImport,
    ImportReport,
    ParsedArrivals,
    RowProblem,
    printable_name,
    read_arrivals_file,
)
from socialinbox.core.front_desk import NameMatch, raw_preview
from socialinbox.core.properties import PropertyInfo
from socialinbox.core.text_encoding import encoding_name
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, date_text, translate
from socialinbox.ui.common.widgets import plain_label, scaled_font
from socialinbox.ui.front_desk.arrivals_page import NameMatchList

# Codecs as the core names them (text_encoding.encoding_name).
ENCODINGS = (
    ("utf-8", QT_TRANSLATE_NOOP("ArrivalsDialog", "UTF-8")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("ArrivalsDialog", "UTF-8 with BOM")),
    ("utf-16", QT_TRANSLATE_NOOP("ArrivalsDialog", "UTF-16 (Excel's Unicode Text)")),
    ("utf-16-le", QT_TRANSLATE_NOOP("ArrivalsDialog", "UTF-16 LE without BOM")),
    ("utf-16-be", QT_TRANSLATE_NOOP("ArrivalsDialog", "UTF-16 BE without BOM")),
    ("cp1252", QT_TRANSLATE_NOOP("ArrivalsDialog", "Windows-1252 (Western Europe)")),
    ("iso8859-1", QT_TRANSLATE_NOOP("ArrivalsDialog", "ISO-8859-1 (Latin-1)")),
    ("iso8859-15", QT_TRANSLATE_NOOP("ArrivalsDialog", "ISO-8859-15 (Latin-9, with €)")),
    ("cp850", QT_TRANSLATE_NOOP("ArrivalsDialog", "DOS Latin-1 (CP850)")),
    ("mac-roman", QT_TRANSLATE_NOOP("ArrivalsDialog", "Mac OS Roman")),
)
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ArrivalsDialog", "Name"),
    "email": QT_TRANSLATE_NOOP("ArrivalsDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ArrivalsDialog", "Phone"),
    "arrival": QT_TRANSLATE_NOOP("ArrivalsDialog", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("ArrivalsDialog", "Departure"),
    "room": QT_TRANSLATE_NOOP("ArrivalsDialog", "Room"),
    "reservation": QT_TRANSLATE_NOOP("ArrivalsDialog", "Reservation"),
}
IGNORE = ""
_EXAMPLE_DAY = date(2026, 12, 31)


def date_format_label(fmt: str) -> str:
    """ "%d/%m/%Y" -> "day/month/year (31/12/2026)"."""
    words = (
        fmt.replace("%d", "day").replace("%m", "month").replace("%Y", "year").replace("%y", "yy")
    )
    return f"{words} ({_EXAMPLE_DAY.strftime(fmt)})"


def row_problem_text(problem: RowProblem) -> str:
    """Why a row of an arrivals file cannot be imported, in the window's language."""
    value, lines = problem.value, problem.lines
    if problem.kind == "no_name":
        return translate("RowProblem", "no name")
    if problem.kind == "arrival_unreadable":
        return translate("RowProblem", "arrival date not understood: “{value}”").format(value=value)
    if problem.kind == "departure_unreadable":
        return translate("RowProblem", "departure date not understood: “{value}”").format(
            value=value
        )
    if problem.kind == "departure_before_arrival":
        return translate("RowProblem", "departure before arrival")
    if problem.kind == "bad_email":
        return translate("RowProblem", "not an e-mail address: “{value}”").format(value=value)
    if problem.kind == "same_reservation" and problem.other_guest:
        return translate(
            "RowProblem", "reservation {value} is also on line {lines} with another guest"
        ).format(value=value, lines=lines)
    if problem.kind == "same_reservation":
        return translate(
            "RowProblem", "reservation {value} is also on line {lines} with other details"
        ).format(value=value, lines=lines)
    if problem.room:
        return translate(
            "RowProblem", "{value} (room {room}) is also on line {lines} with other details"
        ).format(value=value, room=problem.room, lines=lines)
    return translate(
        "RowProblem", "{value} (no room) is also on line {lines} with other details"
    ).format(value=value, lines=lines)


class ArrivalsDialog(QDialog):
    """Choose a file, check the preview and the mapping, import, read the result.

    Signals:
        import_requested(ParsedArrivals, bool, str): import these rows (skip bad rows?)
            from this file name.
        link_requested(int, int): merge a guest contact into a customer (a confirmed match).
        file_loaded(Path): a file was read (the window remembers its folder).
    """

    import_requested = Signal(object, bool, str)
    link_requested = Signal(int, int)
    file_loaded = Signal(object)

    def __init__(
        self,
        importer: ArrivalsImport,
        today: date,
        matches: Callable[[date], Sequence[NameMatch]],
        region: str | None = None,
        parent: QWidget | None = None,
        folder: Path | None = None,
        places: Sequence[PropertyInfo] = (),
        place: int | None = None,
    ) -> None:
        """``places``: the chain's properties (none: no choice shown); ``place``: the
        desk's, chosen at first."""
        super().__init__(parent)
        self._folder = folder
        self._importer = importer
        self._matches = matches
        self._region = region
        self._data: bytes | None = None
        self._path: Path | None = None
        self._encoding: str | None = None  # None: detect (or the remembered one)
        self._mapping: dict[str, str] = {}  # the user's choices, header -> field
        self._ambiguous: tuple[str, ...] = ()
        self.parsed: ParsedArrivals | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import arrivals"))
        self.setAccessibleName(self.tr("Import arrivals"))
        self.resize(860, 640)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(self.tr("Arrivals file"))
        self.path_field.setPlaceholderText(self.tr("A CSV export of the day's arrivals"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("&File:"), file_box)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        for codec, label in ENCODINGS:
            self.encoding_combo.addItem(self.tr(label), codec)
        self.encoding_combo.setToolTip(
            self.tr("If names show odd characters (Ã¼ instead of ü), try another encoding")
        )
        self.encoding_combo.activated.connect(self._encoding_chosen)
        form.addRow(self.tr("&Encoding:"), self.encoding_combo)

        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setAccessibleName(self.tr("Arrival day to import"))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd dd MMM yyyy")
        self.day_edit.dateChanged.connect(lambda _d: self.reread())
        form.addRow(self.tr("Arrivals &on:"), self.day_edit)

        self.property_combo = QComboBox()
        self.property_combo.setAccessibleName(self.tr("Property the list is for"))
        self.property_combo.addItem(self.tr("None"), None)
        for listed in places:
            self.property_combo.addItem(listed.name, listed.id)
        self.property_combo.setCurrentIndex(max(self.property_combo.findData(place), 0))
        if places:
            form.addRow(self.tr("For p&roperty:"), self.property_combo)
        else:
            self.property_combo.hide()

        self.date_format_combo = QComboBox()
        self.date_format_combo.setAccessibleName(self.tr("Date format"))
        self.date_format_combo.activated.connect(lambda _i: self.reread())
        self.date_format_hint = plain_label(wrap=True)
        form.addRow(self.tr("&Dates:"), self.date_format_combo)
        form.addRow("", self.date_format_hint)
        layout.addLayout(form)

        self.preview_label = plain_label(
            self.tr("Preview — choose what each column holds (first rows of the file):")
        )
        layout.addWidget(self.preview_label)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Preview and column mapping"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.setMinimumHeight(200)
        layout.addWidget(self.table, 1)

        self.status = plain_label(wrap=True)
        self.status.setAccessibleName(self.tr("What will be imported"))
        self.status.setFont(scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(self.status)
        self.problem = plain_label(wrap=True)
        self.problem.setForegroundRole(QPalette.ColorRole.Link)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.bad_rows = QListWidget()
        self.bad_rows.setAccessibleName(self.tr("Bad rows"))
        self.bad_rows.setMaximumHeight(110)
        layout.addWidget(self.bad_rows)
        self.skip_bad = QCheckBox(self.tr("&Skip the bad rows and import the others"))
        self.skip_bad.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.skip_bad)

        self.result_label = plain_label(wrap=True)
        self.result_label.setAccessibleName(self.tr("Import result"))
        self.result_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(self.result_label)
        self.match_list = NameMatchList()
        self.match_list.link_requested.connect(self.link_requested)
        layout.addWidget(self.match_list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        # Enter imports (when the file is ready), whichever button has focus.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._importing = False
        self._show_nothing()

    # -- the file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = self._path.parent if self._path else self._folder
        start = str(folder if folder and folder.is_dir() else Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import arrivals"),
            start,
            self.tr("Arrivals lists (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` afresh: detected encoding, recognised or remembered columns."""
        try:
            self._data = read_arrivals_file(path)
        except ArrivalsError as exc:
            self._data = None
            self._show_nothing()
            self.problem.setText(describe(exc))
            self.problem.show()
            return
        self._path = path
        self.file_loaded.emit(path)
        self.path_field.setText(printable_name(path))
        self._encoding = None
        self._mapping = {}
        self.date_format_combo.clear()
        self.result_label.clear()
        self.match_list.set_matches([])
        self.skip_bad.setChecked(False)
        self.reread()

    def property_id(self) -> int | None:
        """The property the list is imported for (None: none)."""
        data = self.property_combo.currentData()
        return data if isinstance(data, int) else None

    def day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_encoding(self, codec: str) -> None:
        """Read the file with ``codec`` (as the user choosing it in the list)."""
        codec = encoding_name(codec)
        index = self.encoding_combo.findData(codec)
        if index >= 0:
            self.encoding_combo.setCurrentIndex(index)
        self._encoding = codec
        self.reread()

    def set_date_format(self, fmt: str) -> None:
        index = self.date_format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"no date format {fmt!r} offered")
        self.date_format_combo.setCurrentIndex(index)
        self.reread()

    def map_column(self, header: str, field: str) -> None:
        """Map a column to a field (as choosing it in the column's list)."""
        column = self._headers().index(header)
        combo = self.table.cellWidget(0, column)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))
        self._column_chosen(header, combo)

    def _encoding_chosen(self, _index: int) -> None:
        self._encoding = self.encoding_combo.currentData()
        self.reread()

    def _chosen_date_format(self) -> str | None:
        value = self.date_format_combo.currentData()
        return value or None

    # -- reading ------------------------------------------------------------------------

    def reread(self) -> None:
        """Read the file again with the current choices and show what would be imported."""
        if self._data is None:
            self._show_nothing()
            return
        self.parsed = None
        self._ambiguous = ()
        error = ""
        try:
            self.parsed = self._importer.read(
                self._data,
                self.day(),
                encoding=self._encoding,
                mapping=self._mapping,
                date_format=self._chosen_date_format(),
                region=self._region,
            )
        except AmbiguousDates as exc:
            self._ambiguous = exc.formats
            error = describe(exc)
        except ArrivalsError as exc:
            error = describe(exc)
        self._show_encoding()
        self._show_date_formats()
        self._show_preview()
        self._show_status(error)
        self._update_buttons()

    def _headers(self) -> list[str]:
        if self.parsed is not None:
            return list(self.parsed.headers)
        return list(self._raw_headers)

    def _show_encoding(self) -> None:
        used = self.parsed.encoding if self.parsed is not None else self._encoding
        if used is None and self._data is not None:
            try:
                used = raw_preview(self._data).encoding
            except ArrivalsError:
                used = None
        if used:
            used = encoding_name(used)  # a remembered "latin-1" is the listed "iso8859-1"
        index = self.encoding_combo.findData(used)
        if index < 0 and used:
            self.encoding_combo.addItem(used, used)
            index = self.encoding_combo.count() - 1
        self.encoding_combo.setCurrentIndex(max(index, 0))

    def _show_date_formats(self) -> None:
        chosen = self._chosen_date_format()
        self.date_format_combo.blockSignals(True)
        self.date_format_combo.clear()
        if self._ambiguous:
            self.date_format_combo.addItem(self.tr("Choose…"), "")
            for fmt in self._ambiguous:
                self.date_format_combo.addItem(date_format_label(fmt), fmt)
            self.date_format_hint.setText(
                self.tr("Both readings fit every date in the file: only you can tell.")
            )
        else:
            detected = self.parsed.date_format if self.parsed is not None else None
            self.date_format_combo.addItem(
                self.tr("As detected: {format}").format(format=date_format_label(detected))
                if detected and not chosen
                else self.tr("Detect"),
                "",
            )
            for fmt in DATE_FORMATS:
                self.date_format_combo.addItem(date_format_label(fmt), fmt)
            self.date_format_hint.setText("")
        index = self.date_format_combo.findData(chosen) if chosen else 0
        self.date_format_combo.setCurrentIndex(max(index, 0))
        self.date_format_combo.blockSignals(False)
        self.date_format_hint.setVisible(bool(self.date_format_hint.text()))

    def _show_preview(self) -> None:
        self._raw_headers: tuple[str, ...] = ()
        rows: Sequence[Sequence[str]] = ()
        if self.parsed is not None:
            headers = self.parsed.headers
            rows = self.parsed.preview[1:]
            mapping = self.parsed.mapping
        else:
            try:
                raw = raw_preview(
                    self._data or b"",
                    self._encoding,
                    remembered=self._importer.remembered(),
                    mapping=self._mapping,
                )
            except ArrivalsError:
                raw = None
            headers = raw.headers if raw is not None else ()
            rows = raw.rows if raw is not None else ()
            self._raw_headers = headers
            mapping = raw.mapping if raw is not None else self._mapping
        self._shown_mapping: dict[str, str] = dict(mapping)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows) + 1)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in range(2, len(rows) + 2)]
        )
        recognised = set(mapping) - set(self._mapping)
        for column, header in enumerate(headers):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field of column {header}").format(header=header))
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name in FIELDS:
                combo.addItem(self.tr(FIELD_NAMES[name]), name)
            combo.setCurrentIndex(max(combo.findData(mapping.get(header, IGNORE)), 0))
            if header in recognised:
                combo.setToolTip(self.tr("Recognised from the column's name"))
            combo.activated.connect(lambda _i, h=header, c=combo: self._column_chosen(h, c))
            self.table.setCellWidget(0, column, combo)
            for row, fields in enumerate(rows, start=1):
                value = fields[column] if column < len(fields) else ""
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _column_chosen(self, header: str, combo: QComboBox) -> None:
        field = combo.currentData()
        current = self._shown_mapping.get(header)
        if field == IGNORE:
            if header in self._mapping:
                del self._mapping[header]
            elif current:
                # The reader keeps a recognised column unless another takes its field.
                self.problem.setText(
                    self.tr(
                        "“{header}” is recognised as {field}; to ignore it, give another "
                        "column that field."
                    ).format(header=header, field=self.tr(FIELD_NAMES[current]))
                )
                self.problem.show()
                combo.setCurrentIndex(combo.findData(current))
                return
        else:
            for other, chosen in list(self._mapping.items()):
                if chosen == field:
                    del self._mapping[other]
            self._mapping[header] = field
        self.reread()

    def _show_status(self, error: str) -> None:
        self.bad_rows.clear()
        parsed = self.parsed
        day_text = date_text(self.day(), weekday=True, short=True)
        if parsed is None:
            self.status.setText(self.tr("Nothing to import yet."))
            self.problem.setText(error)
            self.problem.setVisible(bool(error))
            self.bad_rows.hide()
            self.skip_bad.hide()
            return
        parts = [
            translate(
                "ArrivalsDialog", "%Ln guest(s) arrive on {day}", None, len(parsed.rows)
            ).format(day=day_text)
        ]
        if parsed.other_days:
            parts.append(
                translate("ArrivalsDialog", "%Ln row(s) for other days", None, parsed.other_days)
            )
        if parsed.bad_rows:
            parts.append(translate("ArrivalsDialog", "%Ln bad row(s)", None, len(parsed.bad_rows)))
        self.status.setText(" · ".join(parts))
        for line, problems in parsed.row_problems:
            why = "; ".join(row_problem_text(problem) for problem in problems)
            self.bad_rows.addItem(self.tr("line {line}: {why}").format(line=line, why=why))
        self.bad_rows.setVisible(bool(parsed.bad_rows))
        self.skip_bad.setVisible(bool(parsed.bad_rows))
        problem = error
        if parsed.bad_rows and not problem:
            problem = self.tr(
                "Nothing is imported while the file has bad rows: fix them in the "
                "export, or tick “skip the bad rows”."
            )
        elif not parsed.rows and not problem:
            problem = self.tr("No guest arrives on {day} in this file: check the day.").format(
                day=day_text
            )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _show_nothing(self) -> None:
        self.parsed = None
        self._raw_headers = ()
        self._shown_mapping = {}
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.status.setText(self.tr("Choose the arrivals file exported by your system."))
        self.problem.hide()
        self.bad_rows.hide()
        self.skip_bad.hide()
        self.date_format_combo.clear()
        self.date_format_combo.addItem(self.tr("Detect"), "")
        self.date_format_hint.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        parsed = self.parsed
        ready = (
            parsed is not None
            and bool(parsed.rows)
            and (not parsed.bad_rows or self.skip_bad.isChecked())
            and not self._importing
        )
        self.import_button.setEnabled(ready)

    # -- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        parsed = self.parsed
        if parsed is None or not self.import_button.isEnabled():
            return
        self._importing = True
        self._update_buttons()
        self.result_label.setText(self.tr("Importing…"))
        name = printable_name(self._path.name) if self._path is not None else ""
        self.import_requested.emit(parsed, self.skip_bad.isChecked(), name)

    def import_finished(self, report: ImportReport) -> None:
        self._importing = False
        self.report = report
        self._update_buttons()
        if report.imported == 0 and report.updated == 0:
            text = translate(
                "ArrivalsDialog",
                "Nothing changed: these %Ln arrival(s) were imported before.",
                None,
                report.unchanged,
            )
        else:
            # One plural per count: each language agrees its words with each number.
            text = self.tr("Imported {arrivals}: {matched}, {new}, {reminders}.").format(
                arrivals=translate("ArrivalsDialog", "%Ln arrival(s)", None, report.imported),
                matched=translate(
                    "ArrivalsDialog", "%Ln matched to customers", None, report.matched
                ),
                new=translate(
                    "ArrivalsDialog", "%Ln new guest contact(s)", None, report.new_contacts
                ),
                reminders=translate(
                    "ArrivalsDialog", "%Ln arrival reminder(s) raised", None, report.reminders
                ),
            )
            extra = []
            if report.updated:
                extra.append(translate("ArrivalsDialog", "%Ln updated", None, report.updated))
            if report.unchanged:
                extra.append(translate("ArrivalsDialog", "%Ln unchanged", None, report.unchanged))
            if report.skipped_bad:
                extra.append(
                    translate("ArrivalsDialog", "%Ln bad row(s) skipped", None, report.skipped_bad)
                )
            if extra:
                text += " " + ", ".join(extra) + "."
        matches = self._matches(self.day())
        if report.suggestions or matches:
            text += " " + self.tr("Some names look like known customers: confirm below.")
        self.result_label.setText(text)
        self.match_list.set_matches(matches)

    def import_failed(self, message: str) -> None:
        self._importing = False
        self._update_buttons()
        self.result_label.setText(self.tr("Nothing was imported. {error}").format(error=message))

    def show_matches(self, matches: Sequence[NameMatch]) -> None:
        self.match_list.set_matches(matches)
