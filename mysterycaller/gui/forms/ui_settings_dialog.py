# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 420)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.tester_label = QLabel(SettingsDialog)
        self.tester_label.setObjectName(u"tester_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tester_label)

        self.tester_edit = QLineEdit(SettingsDialog)
        self.tester_edit.setObjectName(u"tester_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tester_edit)

        self.language_label = QLabel(SettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(SettingsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.restart_label = QLabel(SettingsDialog)
        self.restart_label.setObjectName(u"restart_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.restart_label.sizePolicy().hasHeightForWidth())
        self.restart_label.setSizePolicy(sizePolicy)
        self.restart_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.restart_label)

        self.privacy_label = QLabel(SettingsDialog)
        self.privacy_label.setObjectName(u"privacy_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.privacy_label)

        self.hide_agent_names_check = QCheckBox(SettingsDialog)
        self.hide_agent_names_check.setObjectName(u"hide_agent_names_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hide_agent_names_check)

        self.data_folder_label = QLabel(SettingsDialog)
        self.data_folder_label.setObjectName(u"data_folder_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.data_folder_label)

        self.data_folder_edit = QLineEdit(SettingsDialog)
        self.data_folder_edit.setObjectName(u"data_folder_edit")
        self.data_folder_edit.setReadOnly(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.data_folder_edit)

        self.reports_heading_label = QLabel(SettingsDialog)
        self.reports_heading_label.setObjectName(u"reports_heading_label")
        font = QFont()
        font.setBold(True)
        self.reports_heading_label.setFont(font)
        self.reports_heading_label.setMargin(0)
        self.reports_heading_label.setIndent(0)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.reports_heading_label)

        self.agency_label = QLabel(SettingsDialog)
        self.agency_label.setObjectName(u"agency_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.agency_edit = QLineEdit(SettingsDialog)
        self.agency_edit.setObjectName(u"agency_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agency_edit)

        self.logo_label = QLabel(SettingsDialog)
        self.logo_label.setObjectName(u"logo_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_layout = QHBoxLayout()
        self.logo_layout.setSpacing(6)
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_edit = QLineEdit(SettingsDialog)
        self.logo_edit.setObjectName(u"logo_edit")
        self.logo_edit.setReadOnly(True)

        self.logo_layout.addWidget(self.logo_edit)

        self.logo_button = QPushButton(SettingsDialog)
        self.logo_button.setObjectName(u"logo_button")

        self.logo_layout.addWidget(self.logo_button)

        self.logo_clear_button = QPushButton(SettingsDialog)
        self.logo_clear_button.setObjectName(u"logo_clear_button")

        self.logo_layout.addWidget(self.logo_clear_button)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.logo_layout)

        self.logo_problem_label = QLabel(SettingsDialog)
        self.logo_problem_label.setObjectName(u"logo_problem_label")
        sizePolicy.setHeightForWidth(self.logo_problem_label.sizePolicy().hasHeightForWidth())
        self.logo_problem_label.setSizePolicy(sizePolicy)
        self.logo_problem_label.setStyleSheet(u"color: #c62828;")
        self.logo_problem_label.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.logo_problem_label)

        self.color_label = QLabel(SettingsDialog)
        self.color_label.setObjectName(u"color_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.color_label)

        self.color_layout = QHBoxLayout()
        self.color_layout.setSpacing(6)
        self.color_layout.setObjectName(u"color_layout")
        self.color_swatch_label = QLabel(SettingsDialog)
        self.color_swatch_label.setObjectName(u"color_swatch_label")
        self.color_swatch_label.setMinimumSize(QSize(56, 24))
        self.color_swatch_label.setFrameShape(QFrame.Shape.Box)

        self.color_layout.addWidget(self.color_swatch_label)

        self.color_name_label = QLabel(SettingsDialog)
        self.color_name_label.setObjectName(u"color_name_label")
        self.color_name_label.setMinimumSize(QSize(80, 0))

        self.color_layout.addWidget(self.color_name_label)

        self.color_button = QPushButton(SettingsDialog)
        self.color_button.setObjectName(u"color_button")

        self.color_layout.addWidget(self.color_button)

        self.color_reset_button = QPushButton(SettingsDialog)
        self.color_reset_button.setObjectName(u"color_reset_button")

        self.color_layout.addWidget(self.color_reset_button)

        self.color_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.color_layout.addItem(self.color_spacer)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.color_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.tester_label.setBuddy(self.tester_edit)
        self.language_label.setBuddy(self.language_combo)
        self.data_folder_label.setBuddy(self.data_folder_edit)
        self.agency_label.setBuddy(self.agency_edit)
        self.logo_label.setBuddy(self.logo_button)
        self.color_label.setBuddy(self.color_button)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.button_box.accepted.connect(SettingsDialog.accept)
        self.button_box.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.tester_label.setText(QCoreApplication.translate("SettingsDialog", u"&Tester name or code:", None))
        self.tester_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. T-07 or Maria Schulz", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.restart_label.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect when Mystery Caller starts the next time.", None))
        self.privacy_label.setText(QCoreApplication.translate("SettingsDialog", u"Privacy:", None))
        self.hide_agent_names_check.setText(QCoreApplication.translate("SettingsDialog", u"Do not record agent names unless I enter one", None))
        self.data_folder_label.setText(QCoreApplication.translate("SettingsDialog", u"Data folder:", None))
        self.reports_heading_label.setText(QCoreApplication.translate("SettingsDialog", u"Reports for the client", None))
        self.agency_label.setText(QCoreApplication.translate("SettingsDialog", u"&Agency name:", None))
        self.agency_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Mystery Caller", None))
        self.logo_label.setText(QCoreApplication.translate("SettingsDialog", u"Lo&go:", None))
        self.logo_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"No logo", None))
        self.logo_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.logo_clear_button.setText(QCoreApplication.translate("SettingsDialog", u"Remove", None))
        self.color_label.setText(QCoreApplication.translate("SettingsDialog", u"Accent &colour:", None))
        self.color_button.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.color_reset_button.setText(QCoreApplication.translate("SettingsDialog", u"Default", None))
    # retranslateUi

