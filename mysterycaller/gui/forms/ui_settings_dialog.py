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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 280)
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
    # retranslateUi

