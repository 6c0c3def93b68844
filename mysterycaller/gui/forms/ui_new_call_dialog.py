# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_call_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewCallDialog(object):
    def setupUi(self, NewCallDialog):
        if not NewCallDialog.objectName():
            NewCallDialog.setObjectName(u"NewCallDialog")
        NewCallDialog.resize(620, 300)
        self.dialog_layout = QVBoxLayout(NewCallDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.campaign_label = QLabel(NewCallDialog)
        self.campaign_label.setObjectName(u"campaign_label")
        self.campaign_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.campaign_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.scenario_label = QLabel(NewCallDialog)
        self.scenario_label.setObjectName(u"scenario_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scenario_label)

        self.scenario_combo = QComboBox(NewCallDialog)
        self.scenario_combo.setObjectName(u"scenario_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scenario_combo)

        self.goal_label = QLabel(NewCallDialog)
        self.goal_label.setObjectName(u"goal_label")
        self.goal_label.setMinimumSize(QSize(460, 0))
        self.goal_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goal_label)

        self.target_label = QLabel(NewCallDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(NewCallDialog)
        self.target_combo.setObjectName(u"target_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_combo)

        self.phone_label = QLabel(NewCallDialog)
        self.phone_label.setObjectName(u"phone_label")
        self.phone_label.setMinimumSize(QSize(460, 0))
        self.phone_label.setWordWrap(True)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_label)

        self.tester_label = QLabel(NewCallDialog)
        self.tester_label.setObjectName(u"tester_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tester_label)

        self.tester_edit = QLineEdit(NewCallDialog)
        self.tester_edit.setObjectName(u"tester_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tester_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(NewCallDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.scenario_label.setBuddy(self.scenario_combo)
        self.target_label.setBuddy(self.target_combo)
        self.tester_label.setBuddy(self.tester_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewCallDialog)
        self.button_box.accepted.connect(NewCallDialog.accept)
        self.button_box.rejected.connect(NewCallDialog.reject)

        QMetaObject.connectSlotsByName(NewCallDialog)
    # setupUi

    def retranslateUi(self, NewCallDialog):
        NewCallDialog.setWindowTitle(QCoreApplication.translate("NewCallDialog", u"New call", None))
        self.scenario_label.setText(QCoreApplication.translate("NewCallDialog", u"&Scenario:", None))
        self.target_label.setText(QCoreApplication.translate("NewCallDialog", u"&Target:", None))
        self.tester_label.setText(QCoreApplication.translate("NewCallDialog", u"T&ester:", None))
        self.tester_edit.setPlaceholderText(QCoreApplication.translate("NewCallDialog", u"Your name or tester code", None))
    # retranslateUi

