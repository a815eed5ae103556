"""Layout of the booth form: only the "Fair" fields (domain.md §a), in a keyboard-first tab order."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import enums
from desktop.domain.candidate import Candidate, Diploma, LanguageLevel, TargetOccupation
from desktop.domain.countries import provinces
from desktop.domain.fields import field_label
from desktop.ui.consent_panel import ConsentPanel
from desktop.ui.fields import CountryPicker, EnumCombo, NocPicker, PartialDateEdit, PhoneEdit


class QuickCaptureForm(QWidget):
    """The widgets; QuickCapture (the controller) reads and fills them."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_names = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = PhoneEdit(self)
        self.date_of_birth = PartialDateEdit(self)
        self.preferred_language = EnumCombo(enums.Language, lang, self, empty=False)
        self.country_of_birth = CountryPicker(lang, self)
        self.arrival_date = PartialDateEdit(self)
        self.immigration_status = EnumCombo(enums.ImmigrationStatus, lang, self)
        self.work_authorization = EnumCombo(enums.WorkAuthorization, lang, self)
        self.permit_expiry = PartialDateEdit(self)
        self.diploma_level = EnumCombo(enums.DiplomaLevel, lang, self)
        self.diploma_field = QLineEdit(self)
        self.diploma_country = CountryPicker(lang, self)
        self.diploma_province = QComboBox(self)
        self.diploma_province.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.diploma_province.setMinimumContentsLength(12)
        self.diploma_completed = QCheckBox(self)
        self.diploma_completed.setChecked(True)
        self.employment_status = EnumCombo(enums.EmploymentStatus, lang, self)
        self.target_1 = NocPicker(lang, self)
        self.target_2 = NocPicker(lang, self)
        self.french = EnumCombo(enums.LanguageStage, lang, self)
        self.english = EnumCombo(enums.LanguageStage, lang, self)
        self.referral = EnumCombo(enums.ReferralSource, lang, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(56)
        self.consent = ConsentPanel(lang, self)
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(
            self._group(
                "identity",
                [
                    ("given_names", self.given_names),
                    ("family_name", self.family_name),
                    ("email", self.email),
                    ("phone", self.phone),
                    ("date_of_birth", self.date_of_birth),
                    ("preferred_language", self.preferred_language),
                    ("country_of_birth", self.country_of_birth),
                ],
            )
        )
        left.addWidget(
            self._group(
                "journey",
                [
                    ("arrival_date_canada", self.arrival_date),
                    ("immigration_status", self.immigration_status),
                    ("work_authorization", self.work_authorization),
                    ("permit_expiry", self.permit_expiry),
                ],
            )
        )
        left.addStretch(1)
        right.addWidget(
            self._group(
                "work",
                [
                    ("diplomas.level", self.diploma_level),
                    ("diplomas.field_of_study", self.diploma_field),
                    ("diplomas.country", self.diploma_country),
                    ("diplomas.province", self.diploma_province),
                    ("diplomas.completed", self.diploma_completed),
                    ("employment_status", self.employment_status),
                    ("target_1", self.target_1),
                    ("target_2", self.target_2),
                    ("french", self.french),
                    ("english", self.english),
                    ("referral_source", self.referral),
                    ("notes", self.notes),
                ],
            )
        )
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        root.addLayout(columns)
        root.addWidget(self.consent)
        root.addStretch(1)
        order = [
            self.given_names,
            self.family_name,
            self.email,
            self.phone,
            self.date_of_birth,
            self.preferred_language,
            self.country_of_birth,
            self.arrival_date,
            self.immigration_status,
            self.work_authorization,
            self.permit_expiry,
            self.diploma_level,
            self.diploma_field,
            self.diploma_country,
            self.diploma_province,
            self.diploma_completed,
            self.employment_status,
            self.target_1,
            self.target_2,
            self.french,
            self.english,
            self.referral,
            self.notes,
            *self.consent.boxes.values(),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.retranslate(lang)

    def _group(self, key: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        group = QGroupBox(self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for name, widget in rows:
            label = QLabel(group)
            label.setBuddy(widget)
            widget.setObjectName(name.replace(".", "_"))
            self.labels[name] = label
            label.setWordWrap(True)
            form.addRow(label, widget)
        self.groups[key] = group
        return group

    def retranslate(self, lang: str) -> None:
        self.groups["identity"].setTitle(self.tr("Identité et contact"))
        self.groups["journey"].setTitle(self.tr("Parcours migratoire"))
        self.groups["work"].setTitle(self.tr("Formation, emploi et langues"))
        optional = self.tr(" (facultatif)")
        special = {
            "target_1": self.tr("Profession visée"),
            "target_2": self.tr("2e profession visée") + optional,
            "french": self.tr("Niveau de français"),
            "english": self.tr("Niveau d'anglais"),
            "diplomas.level": self.tr("Diplôme le plus élevé"),
        }
        optional_fields = {"date_of_birth", "permit_expiry", "notes"}
        for name, label in self.labels.items():
            text = special.get(name) or field_label(name, lang)
            label.setText(text + (optional if name in optional_fields else ""))
        for widget in (
            self.preferred_language,
            self.immigration_status,
            self.work_authorization,
            self.diploma_level,
            self.employment_status,
            self.french,
            self.english,
            self.referral,
        ):
            widget.retranslate(lang)
        for picker in (self.country_of_birth, self.diploma_country, self.target_1, self.target_2):
            picker.retranslate(lang)
        current = self.province_code()
        self.diploma_province.clear()
        self.diploma_province.addItem("—", None)
        for code, name in provinces(lang):
            self.diploma_province.addItem(name, code)
        self.diploma_province.setCurrentIndex(max(self.diploma_province.findData(current), 0))
        self.diploma_completed.setText(self.tr("obtenu (sinon : en cours)"))
        hint = self.tr("AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu")
        for edit in (self.date_of_birth, self.arrival_date, self.permit_expiry):
            edit.setPlaceholderText(hint)
        self.email.setPlaceholderText("nom@exemple.ca")
        self.consent.retranslate(lang)

    def province_code(self) -> str | None:
        data = self.diploma_province.currentData()
        return str(data) if data else None

    # Reading and filling -------------------------------------------------------------------------

    def read_into(self, c: Candidate, notice_version: str | None) -> Candidate:
        c.given_names = self.given_names.text().strip() or None
        c.family_name = self.family_name.text().strip() or None
        c.email = self.email.text().strip() or None
        c.phone = self.phone.value()
        c.date_of_birth = self.date_of_birth.value()
        c.preferred_language = self.preferred_language.code()
        c.country_of_birth = self.country_of_birth.code()
        c.arrival_date_canada = self.arrival_date.value()
        c.immigration_status = self.immigration_status.code()
        c.work_authorization = self.work_authorization.code()
        c.permit_expiry = self.permit_expiry.value()
        c.employment_status = self.employment_status.code()
        c.referral_source = self.referral.code()
        c.notes = self.notes.toPlainText().strip() or None
        level = self.diploma_level.code()
        field = self.diploma_field.text().strip() or None
        if level or field:
            old = c.diplomas[0] if c.diplomas else Diploma(id="")
            old.level, old.field_of_study = level, field
            old.country, old.province = self.diploma_country.code(), self.province_code()
            old.completed = self.diploma_completed.isChecked()
            c.diplomas = [old, *c.diplomas[1:]]
        else:
            c.diplomas = c.diplomas[1:]
        targets = []
        for position, picker in enumerate((self.target_1, self.target_2)):
            if picker.code() or picker.free_text():
                old_t = (
                    c.target_occupations[position] if position < len(c.target_occupations) else None
                )
                targets.append(
                    TargetOccupation(
                        id=old_t.id if old_t else "",
                        noc_code=picker.code(),
                        free_text=picker.free_text(),
                    )
                )
        c.target_occupations = targets + c.target_occupations[2:]
        levels = [
            lv
            for lv in c.language_levels
            if not (lv.skill == "overall" and lv.language in {"fr", "en"})
        ]
        for language, combo in (("fr", self.french), ("en", self.english)):
            if combo.code():
                levels.append(
                    LanguageLevel(id="", language=language, skill="overall", stage=combo.code())
                )
        c.language_levels = levels
        c.consents = self.consent.consents(notice_version)
        return c

    def fill(self, c: Candidate) -> None:
        self.given_names.setText(c.given_names or "")
        self.family_name.setText(c.family_name or "")
        self.email.setText(c.email or "")
        self.phone.setText(c.phone or "")
        self.date_of_birth.set_value(c.date_of_birth)
        self.preferred_language.set_code(c.preferred_language or "fr")
        self.country_of_birth.set_code(c.country_of_birth)
        self.arrival_date.set_value(c.arrival_date_canada)
        self.immigration_status.set_code(c.immigration_status)
        self.work_authorization.set_code(c.work_authorization)
        self.permit_expiry.set_value(c.permit_expiry)
        self.employment_status.set_code(c.employment_status)
        self.referral.set_code(c.referral_source)
        self.notes.setPlainText(c.notes or "")
        d = c.diplomas[0] if c.diplomas else None
        self.diploma_level.set_code(d.level if d else None)
        self.diploma_field.setText((d.field_of_study if d else None) or "")
        self.diploma_country.set_code(d.country if d else None)
        self.diploma_province.setCurrentIndex(
            max(self.diploma_province.findData(d.province if d else None), 0)
        )
        self.diploma_completed.setChecked(d.completed if d else True)
        for position, picker in enumerate((self.target_1, self.target_2)):
            t = c.target_occupations[position] if position < len(c.target_occupations) else None
            picker.set_code(t.noc_code if t else None, t.free_text if t else None)
        stages = {lv.language: lv.stage for lv in c.language_levels if lv.skill == "overall"}
        self.french.set_code(stages.get("fr"))
        self.english.set_code(stages.get("en"))
        self.consent.load(c.consents)
