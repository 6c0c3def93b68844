# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReopenDialog(object):
    def setupUi(self, ReopenDialog):
        if not ReopenDialog.objectName():
            ReopenDialog.setObjectName(u"ReopenDialog")
        ReopenDialog.resize(460, 160)
        self.dialog_layout = QVBoxLayout(ReopenDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explain_label = QLabel(ReopenDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explain_label)

        self.reason_edit = QLineEdit(ReopenDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.dialog_layout.addWidget(self.reason_edit)

        self.button_box = QDialogButtonBox(ReopenDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(ReopenDialog)

        QMetaObject.connectSlotsByName(ReopenDialog)
    # setupUi

    def retranslateUi(self, ReopenDialog):
        ReopenDialog.setWindowTitle(QCoreApplication.translate("ReopenDialog", u"Reopen the call", None))
        self.explain_label.setText(QCoreApplication.translate("ReopenDialog", u"The call is completed and locked. Reopening it is recorded in the call's history. Why do you reopen it?", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ReopenDialog", u"Reason (required)", None))
    # retranslateUi

