"""The company form: identification, address, programme follow-up (diversity training, HR support)
and contact people. Nothing typed is lost on an error: the form stays open with the problems listed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.workspace import CompanySize, Employer, EmployerContact, HrSupport, Sector
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.employers import save_employer
from desktop.ui.fields import EnumCombo
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import OptionalDateEdit

_CONTACT_COLUMNS = ("name", "title", "email", "phone")


class EmployerDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        employer: Employer | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "employerDialog", parent)
        self.employer = employer or Employer()
        self.saved_id: str | None = None
        self.legal_name = QLineEdit(self)
        self.legal_name.setObjectName("legalName")
        self.neq = QLineEdit(self)
        self.neq.setObjectName("neq")
        self.neq.setMaxLength(14)
        self.sector = EnumCombo(Sector, lang, self)
        self.size = EnumCombo(CompanySize, lang, self)
        self.address = QLineEdit(self)
        self.city = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.postal_code.setMaxLength(7)
        self.website = QLineEdit(self)
        self.diversity = OptionalDateEdit(self)
        self.hr_support = EnumCombo(HrSupport, lang, self)
        self.supported_since = OptionalDateEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.contacts = QTableWidget(0, len(_CONTACT_COLUMNS) + 1, self)
        self.contacts.setObjectName("contactsTable")
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setMinimumHeight(110)
        self.add_contact = QPushButton(self)
        self.remove_contact = QPushButton(self)
        self.add_contact.clicked.connect(lambda: self._add_contact_row(EmployerContact()))
        self.remove_contact.clicked.connect(self._remove_contact)
        self._layout()
        self._load(self.employer)
        self.retranslate()
        self.resize(860, 640)

    def _layout(self) -> None:
        self.identity = QGroupBox(self)
        left = QFormLayout(self.identity)
        self.follow = QGroupBox(self)
        right = QFormLayout(self.follow)
        self.add_rows(
            [
                ("legal_name", self.legal_name),
                ("neq", self.neq),
                ("sector", self.sector),
                ("size", self.size),
                ("address", self.address),
                ("city", self.city),
                ("postal_code", self.postal_code),
                ("website", self.website),
            ],
            left,
        )
        self.add_rows(
            [
                ("supported_since", self.supported_since),
                ("diversity", self.diversity),
                ("hr_support", self.hr_support),
                ("notes", self.notes),
            ],
            right,
        )
        top = QHBoxLayout()
        top.addWidget(self.identity, 3)
        top.addWidget(self.follow, 2)
        self.contacts_box = QGroupBox(self)
        box = QVBoxLayout(self.contacts_box)
        box.addWidget(self.contacts)
        row = QHBoxLayout()
        row.addWidget(self.add_contact)
        row.addWidget(self.remove_contact)
        row.addStretch(1)
        box.addLayout(row)
        self.finish(top, (self.contacts_box, 1))

    def retranslate(self) -> None:
        self.label_rows(
            {
                "legal_name": self.tr("Raison sociale *"),
                "neq": self.tr("NEQ (10 chiffres)"),
                "sector": self.tr("Secteur (SCIAN)"),
                "size": self.tr("Taille"),
                "address": self.tr("Adresse"),
                "city": self.tr("Ville"),
                "postal_code": self.tr("Code postal"),
                "website": self.tr("Site Web"),
                "supported_since": self.tr("Accompagnée depuis"),
                "diversity": self.tr("Formation diversité le"),
                "hr_support": self.tr("Soutien RH"),
                "notes": self.tr("Notes"),
            }
        )
        self.setWindowTitle(
            self.tr("Nouvelle entreprise")
            if not self.employer.legal_name
            else self.tr("Entreprise")
        )
        self.identity.setTitle(self.tr("Identification"))
        self.follow.setTitle(self.tr("Suivi par le programme"))
        self.contacts_box.setTitle(self.tr("Personnes-ressources"))
        self.contacts.setHorizontalHeaderLabels(
            [
                self.tr("Nom"),
                self.tr("Fonction"),
                self.tr("Courriel"),
                self.tr("Téléphone"),
                self.tr("Principale"),
            ]
        )
        self.add_contact.setText(self.tr("Ajouter une personne-ressource"))
        self.remove_contact.setText(self.tr("Retirer la personne choisie"))
        self.name_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        for combo in (self.sector, self.size, self.hr_support):
            combo.retranslate(self.lang)

    def _load(self, e: Employer) -> None:
        self.legal_name.setText(e.legal_name or "")
        self.neq.setText(e.neq or "")
        self.sector.set_code(e.sector)
        self.size.set_code(e.size)
        self.address.setText(e.address or "")
        self.city.setText(e.city or "")
        self.postal_code.setText(e.postal_code or "")
        self.website.setText(e.website or "")
        self.diversity.set_value(e.diversity_training_on)
        self.hr_support.set_code(e.hr_support)
        self.supported_since.set_value(e.supported_since)
        self.notes.setPlainText(e.notes or "")
        for contact in e.contacts:
            self._add_contact_row(contact)

    def _add_contact_row(self, contact: EmployerContact) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(_CONTACT_COLUMNS):
            item = QTableWidgetItem(getattr(contact, name) or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contacts.setItem(row, column, item)
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        primary.setCheckState(
            Qt.CheckState.Checked if contact.is_primary else Qt.CheckState.Unchecked
        )
        self.contacts.setItem(row, len(_CONTACT_COLUMNS), primary)
        self.contacts.setCurrentCell(row, 0)

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def _contacts(self) -> list[EmployerContact]:
        found = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, c) for c in range(len(_CONTACT_COLUMNS))]
            texts = [(cell.text().strip() if cell else "") for cell in cells]
            if not any(texts):
                continue  # an empty line added by mistake
            first = cells[0]
            contact_id = first.data(Qt.ItemDataRole.UserRole) if first else None
            check = self.contacts.item(row, len(_CONTACT_COLUMNS))
            contact = EmployerContact(
                name=texts[0] or None,
                title=texts[1] or None,
                email=texts[2] or None,
                phone=texts[3] or None,
                is_primary=bool(check and check.checkState() == Qt.CheckState.Checked),
            )
            if contact_id:
                contact.id = str(contact_id)
            found.append(contact)
        return found

    def collect(self) -> Employer:
        e = self.employer
        e.legal_name = self.legal_name.text()
        e.neq = self.neq.text()
        e.sector = self.sector.code()
        e.size = self.size.code()
        e.address = self.address.text()
        e.city = self.city.text()
        e.postal_code = self.postal_code.text()
        e.website = self.website.text()
        e.diversity_training_on = self.diversity.value()
        e.hr_support = self.hr_support.code()
        e.supported_since = self.supported_since.value()
        e.notes = self.notes.toPlainText()
        e.contacts = self._contacts()
        return e

    def save(self) -> None:
        result = self.submit(
            lambda: save_employer(self.ctx, self.actor, self.collect()),
            {
                "employer.legal_name": self.legal_name,
                "employer.neq": self.neq,
                "employer.postal_code": self.postal_code,
                "employer.website": self.website,
                "contacts": self.contacts,
            },
        )
        if result is None:
            return
        self.saved_id = result.id
        self.accept()
