# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'completion_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CompletionDialog(object):
    def setupUi(self, CompletionDialog):
        if not CompletionDialog.objectName():
            CompletionDialog.setObjectName(u"CompletionDialog")
        CompletionDialog.resize(560, 520)
        self.dialog_layout = QVBoxLayout(CompletionDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.score_label = QLabel(CompletionDialog)
        self.score_label.setObjectName(u"score_label")

        self.dialog_layout.addWidget(self.score_label)

        self.reached_label = QLabel(CompletionDialog)
        self.reached_label.setObjectName(u"reached_label")
        self.reached_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.reached_label)

        self.missing_title_label = QLabel(CompletionDialog)
        self.missing_title_label.setObjectName(u"missing_title_label")
        self.missing_title_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.missing_title_label)

        self.missing_list = QListWidget(CompletionDialog)
        self.missing_list.setObjectName(u"missing_list")

        self.dialog_layout.addWidget(self.missing_list)

        self.unticked_title_label = QLabel(CompletionDialog)
        self.unticked_title_label.setObjectName(u"unticked_title_label")
        self.unticked_title_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.unticked_title_label)

        self.unticked_list = QListWidget(CompletionDialog)
        self.unticked_list.setObjectName(u"unticked_list")

        self.dialog_layout.addWidget(self.unticked_list)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.agent_label = QLabel(CompletionDialog)
        self.agent_label.setObjectName(u"agent_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agent_label)

        self.agent_edit = QLineEdit(CompletionDialog)
        self.agent_edit.setObjectName(u"agent_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agent_edit)

        self.impression_label = QLabel(CompletionDialog)
        self.impression_label.setObjectName(u"impression_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.impression_label)

        self.impression_combo = QComboBox(CompletionDialog)
        self.impression_combo.setObjectName(u"impression_combo")
        self.impression_combo.setEditable(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.impression_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(CompletionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.agent_label.setBuddy(self.agent_edit)
        self.impression_label.setBuddy(self.impression_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompletionDialog)

        QMetaObject.connectSlotsByName(CompletionDialog)
    # setupUi

    def retranslateUi(self, CompletionDialog):
        CompletionDialog.setWindowTitle(QCoreApplication.translate("CompletionDialog", u"Complete the call", None))
        self.score_label.setText(QCoreApplication.translate("CompletionDialog", u"Score", None))
        self.missing_title_label.setText(QCoreApplication.translate("CompletionDialog", u"Answer these first (or mark them n/a):", None))
        self.unticked_title_label.setText(QCoreApplication.translate("CompletionDialog", u"Not ticked \u2013 these will count as \u201cno\u201d:", None))
        self.agent_label.setText(QCoreApplication.translate("CompletionDialog", u"&Agent", None))
        self.impression_label.setText(QCoreApplication.translate("CompletionDialog", u"Overall &impression", None))
    # retranslateUi

