"""The « Tableau de bord » tab: the programme's figures for a period and event, for coordinators.

Filters (period preset or dates, event), six headline tiles, the funnel and the hires by NOC
category as bar charts, and every table of `figure_tables` (the same numbers as the exports).
Figures are computed in a background task, so the window stays responsive on a large central
store; a refresh asked for while one runs is queued, never run twice at once. The tab refreshes
when shown after the data changed, and exports what it shows (XLSX, CSV, PDF) in the interface
language. `install_dashboard(window)` adds it to the main window for roles that may see figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dashboard import (
    PERIOD_PRESETS,
    DashboardFilter,
    ProgrammeFigures,
    noc_broad_label,
    preset_period,
    programme_today,
)
from desktop.domain.dashboard_tables import FigureTable, Kind, figure_tables, funnel_stages, text
from desktop.domain.formatting import format_number, format_time
from desktop.domain.messages import translate
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.changes import Changed
from desktop.services.context import ServiceContext
from desktop.services.dashboard import DashboardError, event_choices, programme_figures
from desktop.services.dashboard_export import ExportFormat, export_figures
from desktop.ui import i18n
from desktop.ui.dashboard_charts import BarChart
from desktop.ui.dashboard_model import FigureTableModel
from desktop.ui.worker import BackgroundTask

TABLE_KEYS = ("funnel", "retention", "companies", "by_noc", "by_event", "time_to_hire")
TILE_KEYS = ("registered", "admitted", "employed", "companies", "placements", "median")
CHART_LABEL_LENGTH = 40


class Tile(QFrame):
    """One headline figure: a large number over its caption."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setProperty("kpiTile", True)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"tileValue_{key}")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setStyleSheet(
            "QFrame[kpiTile=true] { background: #eef2f6; border-radius: 4px; }"
            " QLabel { color: #1f2933; } "
        )
        self.value.setStyleSheet("color: #1d4e89;")


class DashboardTab(QWidget):
    refreshed = Signal()  # new figures are on screen
    failed = Signal(str)  # a translated message: the figures could not be computed

    def __init__(self, ctx: ServiceContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self.ctx, self.actor = ctx, actor
        self.figures: ProgrammeFigures | None = None
        self.task: BackgroundTask | None = None
        self._again = False
        self._stale = True
        self.as_of: date | None = None  # results as of this day; None: today (tests fix it)
        self.ask_path: Callable[[str, str], str | None] = self._ask_path
        self._build_filters()
        self._build_body()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        listener = self._on_change
        ctx.changes.subscribe(listener)
        self.destroyed.connect(lambda *_: ctx.changes.unsubscribe(listener))
        self.retranslate()
        self._apply_preset()

    # Layout ------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period_label = QLabel(self)
        self.preset = QComboBox(self)
        self.preset.setObjectName("dashboardPeriod")
        for key in (*PERIOD_PRESETS, "custom"):
            self.preset.addItem("", key)
        self.preset.setCurrentIndex(PERIOD_PRESETS.index("fiscal_year"))
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset())
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit, name in ((self.date_from, "dashboardFrom"), (self.date_to, "dashboardTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_edited)
        self.event_label = QLabel(self)
        self.event_choice = QComboBox(self)
        self.event_choice.setObjectName("dashboardEvent")
        self.event_choice.setMinimumContentsLength(24)
        self.event_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_choice.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt in ExportFormat:
            action = menu.addAction("")
            action.setObjectName(f"dashboardExport_{fmt.value}")
            action.triggered.connect(lambda _checked=False, f=fmt.value: self.export(f))
            self.export_actions[fmt.value] = action
        self.export_button.setMenu(menu)
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")

    def _build_body(self) -> None:
        bar = QHBoxLayout()
        for widget in (
            self.period_label,
            self.preset,
            self.from_label,
            self.date_from,
            self.to_label,
            self.date_to,
            self.event_label,
            self.event_choice,
            self.refresh_button,
            self.export_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        self.tiles = {key: Tile(key, self) for key in TILE_KEYS}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for column, key in enumerate(TILE_KEYS):
            tiles.addWidget(self.tiles[key], 0, column)
        self.funnel_chart = BarChart("dashboardFunnelChart", self)
        self.noc_chart = BarChart("dashboardNocChart", self)
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.funnel_chart, 1)
        charts_layout.addWidget(self.noc_chart, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.charts = QStackedWidget(self)
        self.charts.addWidget(charts)
        self.charts.addWidget(self.empty)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("dashboardTables")
        self.models: dict[str, FigureTableModel] = {}
        self.views: dict[str, QTableView] = {}
        for key in TABLE_KEYS:
            model = FigureTableModel(self)
            view = QTableView(self)
            view.setObjectName(f"dashboardTable_{key}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(22)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setAlternatingRowColors(True)
            self.models[key], self.views[key] = model, view
            self.tables.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        layout.addWidget(self.charts, 5)
        layout.addWidget(self.tables, 4)

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.period_label.setText(self.tr("Période :"))
        names = {
            "all": self.tr("Depuis le début"),
            "fiscal_year": self.tr("Année financière en cours (1er avril)"),
            "previous_fiscal_year": self.tr("Année financière précédente"),
            "calendar_year": self.tr("Année civile en cours"),
            "last_12_months": self.tr("12 derniers mois"),
            "custom": self.tr("Dates choisies"),
        }
        for index in range(self.preset.count()):
            self.preset.setItemText(index, names[self.preset.itemData(index)])
        self.from_label.setText(self.tr("du"))
        self.to_label.setText(self.tr("au"))
        self.event_label.setText(self.tr("Événement :"))
        self.refresh_button.setText(self.tr("Actualiser"))
        self.export_button.setText(self.tr("Exporter"))
        self.export_button.setToolTip(
            self.tr("Exporter ces chiffres pour les bailleurs de fonds (XLSX, CSV ou PDF)")
        )
        self.export_actions["xlsx"].setText(self.tr("Classeur Excel (XLSX)…"))
        self.export_actions["csv"].setText(self.tr("Valeurs séparées par des virgules (CSV)…"))
        self.export_actions["pdf"].setText(self.tr("Sommaire PDF…"))
        captions = {
            "registered": self.tr("Personnes inscrites"),
            "admitted": self.tr("Personnes admises"),
            "employed": self.tr("Personnes en emploi"),
            "companies": self.tr("Entreprises soutenues"),
            "placements": self.tr("Embauches dans la période"),
            "median": self.tr("Délai médian de l'admission à l'embauche"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
        self.empty.setText(
            self.tr(
                "Aucune personne inscrite ni aucune embauche pour cette période et cet événement. "
                "Choisissez une autre période ou un autre événement."
            )
        )
        self._reload_events()
        self._show_figures(lang)
        self.update_tab_title()

    def update_tab_title(self) -> None:
        """The main window's tab text (the window retranslates only its own tabs)."""
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("Tableau de bord"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Filters -----------------------------------------------------------------------------------

    def _reload_events(self) -> None:
        current = self.event_choice.currentData()
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        self.event_choice.addItem(self.tr("Tous les événements"), None)
        # A locked application (window closed or auto-lock) has no store to read.
        choices = event_choices(self.ctx, self.actor) if self.ctx.store.is_open else []
        for choice in choices:
            label = f"{choice.code} — {choice.name}" if choice.name else choice.code
            self.event_choice.addItem(label, choice.id)
        found = self.event_choice.findData(current)
        self.event_choice.setCurrentIndex(max(found, 0))
        self.event_choice.blockSignals(False)

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        if not custom:
            start, end = preset_period(key, programme_today())
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                if day is not None:
                    edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            widget.setVisible(key != "all")
        self._filters_changed()

    def _dates_edited(self) -> None:
        custom = self.preset.findData("custom")
        if self.preset.currentIndex() != custom:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(custom)
            self.preset.blockSignals(False)
        self._filters_changed()

    def current_filter(self) -> DashboardFilter:
        event_id = self.event_choice.currentData()
        if self.preset.currentData() == "all":
            return DashboardFilter(None, None, event_id)
        start, end = self.date_from.date(), self.date_to.date()
        return DashboardFilter(
            date(start.year(), start.month(), start.day()),
            date(end.year(), end.month(), end.day()),
            event_id,
        )

    def set_filter(self, start: date | None, end: date | None, event_id: str | None) -> None:
        """Choose a period (None, None = since the beginning) and an event, then refresh."""
        self._reload_events()
        self.event_choice.blockSignals(True)
        self.event_choice.setCurrentIndex(max(self.event_choice.findData(event_id), 0))
        self.event_choice.blockSignals(False)
        if start is None and end is None:
            self.preset.setCurrentIndex(self.preset.findData("all"))
            self._apply_preset()
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.from_label.setVisible(True)
        self.to_label.setVisible(True)
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setVisible(True)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self._stale = True
        self._debounce.start()

    # Refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures for the current filters in the background."""
        self._debounce.stop()
        if self.task is not None:
            self._again = True
            return
        if not self.ctx.store.is_open:  # locked: refreshed when shown again after unlocking
            self._stale = True
            return
        if not self.actor.may("programme.figures"):  # an intake member unlocked: tab hidden
            self._stale = True
            return
        flt = self.current_filter()
        problem = flt.check()
        if problem:
            self._fail(translate(problem, i18n.current_language()))
            return
        self._stale = False
        self._reload_events()  # an event created since keeps the choice and joins the list
        self.status.setText(self.tr("Calcul en cours…"))
        ctx, actor, as_of = self.ctx, self.actor, self.as_of
        task = BackgroundTask(lambda _progress, _cancel: programme_figures(ctx, actor, flt, as_of))
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _finished(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.refresh()

    def _done(self, figures: ProgrammeFigures) -> None:
        self.figures = figures
        self._show_figures(i18n.current_language())
        clock = format_time(datetime.now().astimezone(), i18n.current_language())
        self.status.setText(self.tr("Mis à jour à {time}").format(time=clock))
        self._finished()
        self.refreshed.emit()

    def _failed(self, exc: object) -> None:
        lang = i18n.current_language()
        if isinstance(exc, DashboardError | PermissionDenied):
            message = translate(exc.code, lang, **exc.params)
        else:
            message = self.tr("Les chiffres n'ont pas pu être calculés. Réessayez avec Actualiser.")
        self._finished()
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)

    def _on_change(self, change: Changed) -> None:
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._debounce.start()

    # Display -----------------------------------------------------------------------------------

    def _show_figures(self, lang: str) -> None:
        figures = self.figures
        for action in self.export_actions.values():
            action.setEnabled(figures is not None)
        self.export_button.setEnabled(figures is not None)
        if figures is None:
            return
        f = figures.funnel
        values = {
            "registered": f.registered,
            "admitted": f.admitted,
            "employed": f.employed,
            "companies": figures.companies.total,
            "placements": figures.placements,
        }
        for key, value in values.items():
            self.tiles[key].value.setText(format_number(value, lang))
        median = figures.time_to_hire.median_days
        self.tiles["median"].value.setText(
            text("kpi.days", lang, n=format_number(median, lang)) if median is not None else "—"
        )
        empty = f.registered == 0 and figures.placements == 0
        self.charts.setCurrentIndex(1 if empty else 0)
        stages = funnel_stages(figures, lang)
        self.funnel_chart.set_title(self.tr("Parcours des personnes inscrites"))
        self.funnel_chart.set_bars(
            [label for label, _n in stages],
            [n for _label, n in stages],
        )
        self.noc_chart.set_title(self.tr("Embauches par catégorie professionnelle (CNP 2021)"))
        labels = [
            _short(f"{n.broad or '—'} · {noc_broad_label(n.broad, lang)}") for n in figures.by_noc
        ]
        self.noc_chart.set_bars(
            labels,
            [n.placements for n in figures.by_noc],
        )
        tables = {t.key: t for t in figure_tables(figures, lang)}
        for index, key in enumerate(TABLE_KEYS):
            self.models[key].set_table(tables[key], lang)
            self.tables.setTabText(index, tables[key].sheet)
            _fit_columns(self.views[key], tables[key])

    # Export ------------------------------------------------------------------------------------

    def export(self, fmt: str) -> Path | None:
        """Write what the tab shows; returns the file written (None if cancelled or failed)."""
        if self.figures is None:
            return None
        lang = i18n.current_language()
        chosen = self.ask_path(fmt, self._suggested_name(fmt, lang))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            export_figures(self.actor, self.figures, path, fmt, lang)
        except PermissionDenied as exc:
            self._fail(translate(exc.code, lang, **exc.params))
            return None
        except OSError:
            self._fail(
                self.tr("Impossible d'écrire {path}. Choisissez un autre dossier.").format(
                    path=str(path)
                )
            )
            return None
        self.status.setText(self.tr("Exporté : {name}").format(name=path.name))
        return path

    def _suggested_name(self, fmt: str, lang: str) -> str:
        assert self.figures is not None
        flt = self.figures.filter
        stem = "programme-figures" if lang == "en" else "bilan-programme"
        if flt.date_from or flt.date_to:
            start = flt.date_from.isoformat() if flt.date_from else ""
            end = flt.date_to.isoformat() if flt.date_to else ""
            stem += f"_{start}_{end}"
        if self.figures.event_code:
            stem += f"_{self.figures.event_code}"
        return f"{stem}.{fmt}"

    def _ask_path(self, fmt: str, suggested: str) -> str | None:
        filters = {
            "xlsx": self.tr("Classeur Excel (*.xlsx)"),
            "csv": self.tr("Fichier CSV (*.csv)"),
            "pdf": self.tr("Document PDF (*.pdf)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les chiffres du programme"), suggested, filters[fmt]
        )
        return path or None


def _fit_columns(view: QTableView, table: FigureTable) -> None:
    """Numbers sized to their contents, the (last) label column taking the remaining width."""
    header = view.horizontalHeader()
    labels = [i for i, c in enumerate(table.columns) if c.kind is Kind.TEXT]
    for index in range(len(table.columns)):
        stretch = bool(labels) and index == labels[-1]
        mode = (
            QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(index, mode)


def _short(label: str) -> str:
    if len(label) <= CHART_LABEL_LENGTH:
        return label
    return label[: CHART_LABEL_LENGTH - 1].rstrip() + "…"


def install_dashboard(window: QWidget) -> DashboardTab | None:
    """Add the dashboard tab to the main window when the signed-in role may see the figures."""
    actor: Actor = window.actor  # type: ignore[attr-defined]
    if not actor.may("programme.figures"):
        return None
    tabs: QTabWidget = window.tabs  # type: ignore[attr-defined]
    tab = DashboardTab(window.ctx, actor, tabs)  # type: ignore[attr-defined]
    tabs.addTab(tab, "")
    tab.update_tab_title()
    window.dashboard = tab  # type: ignore[attr-defined]
    return tab
