"""Preview of a dossier PDF before it is printed or saved: the exact bytes the service produced.

The dialog shows the bytes in a QPdfView (loaded through a QBuffer, never a temporary file: the
PDF holds personal information), prints them through the system dialog by rendering each page
with QPdfDocument.render, or saves them as they are. Strings live in one small table until the
app's translation system takes over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

STRINGS: dict[str, tuple[str, str]] = {
    "title": ("Aperçu du dossier", "Dossier preview"),
    "pages": ("{count}\u00a0page(s)", "{count} page(s)"),
    "print": ("Imprimer…", "Print…"),
    "save": ("Enregistrer en PDF…", "Save as PDF…"),
    "close": ("Fermer", "Close"),
    "save_title": ("Enregistrer le dossier", "Save the dossier"),
    "pdf_filter": ("Documents PDF (*.pdf)", "PDF documents (*.pdf)"),
    "save_failed": (
        "Impossible d'écrire le fichier\u00a0: {path}",
        "Cannot write the file: {path}",
    ),
}


def _s(key: str, lang: str, **params: object) -> str:
    pair = STRINGS[key]
    return (pair[1] if lang == "en" else pair[0]).format(**params)


class DossierPreview(QDialog):
    """Shows PDF bytes; Print and Save act on those very bytes."""

    def __init__(
        self,
        pdf: bytes,
        lang: str = "fr",
        suggested_name: str = "dossier.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pdf = bytes(pdf)
        self._lang = lang
        self._suggested = suggested_name
        self.setWindowTitle(_s("title", lang))
        self.resize(QSize(820, 900))

        self._bytes = QByteArray(self._pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_label = QLabel(_s("pages", lang, count=self.document.pageCount()), self)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(_s("print", lang), self)
        self.save_button = QPushButton(_s("save", lang), self)
        close = buttons.addButton(_s("close", lang), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_dossier)
        self.save_button.clicked.connect(self.save_dossier)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.page_label)
        layout.addWidget(buttons)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    # Dialogs behind small methods so that tests can patch them.
    def ask_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, _s("save_title", self._lang), self._suggested, _s("pdf_filter", self._lang)
        )
        return path

    def print_dossier(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(printer):
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page at the printer's resolution, fitted to its page with margins kept."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(index, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def save_dossier(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self._pdf)
        except OSError:
            QMessageBox.warning(
                self, _s("title", self._lang), _s("save_failed", self._lang, path=path)
            )


__all__ = ["DossierPreview"]
