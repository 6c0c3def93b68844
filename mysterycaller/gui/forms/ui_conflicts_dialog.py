# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1000, 680)
        self.dialog_layout = QVBoxLayout(ConflictsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explain_label = QLabel(ConflictsDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explain_label)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conflict_list = QListWidget(self.splitter)
        self.conflict_list.setObjectName(u"conflict_list")
        self.conflict_list.setAlternatingRowColors(True)
        self.splitter.addWidget(self.conflict_list)
        self.compare_widget = QWidget(self.splitter)
        self.compare_widget.setObjectName(u"compare_widget")
        self.compare_layout = QVBoxLayout(self.compare_widget)
        self.compare_layout.setSpacing(6)
        self.compare_layout.setObjectName(u"compare_layout")
        self.compare_layout.setContentsMargins(0, 0, 0, 0)
        self.differences_label = QLabel(self.compare_widget)
        self.differences_label.setObjectName(u"differences_label")
        self.differences_label.setStyleSheet(u"background: #fff3c4; color: #000000; padding: 4px; border-radius: 3px;")
        self.differences_label.setWordWrap(True)

        self.compare_layout.addWidget(self.differences_label)

        self.panes_layout = QHBoxLayout()
        self.panes_layout.setSpacing(12)
        self.panes_layout.setObjectName(u"panes_layout")
        self.existing_layout = QVBoxLayout()
        self.existing_layout.setSpacing(4)
        self.existing_layout.setObjectName(u"existing_layout")
        self.existing_label = QLabel(self.compare_widget)
        self.existing_label.setObjectName(u"existing_label")
        font = QFont()
        font.setBold(True)
        self.existing_label.setFont(font)

        self.existing_layout.addWidget(self.existing_label)

        self.existing_table = QTableWidget(self.compare_widget)
        self.existing_table.setObjectName(u"existing_table")
        self.existing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.existing_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.existing_table.horizontalHeader().setVisible(False)
        self.existing_table.verticalHeader().setVisible(False)

        self.existing_layout.addWidget(self.existing_table)


        self.panes_layout.addLayout(self.existing_layout)

        self.incoming_layout = QVBoxLayout()
        self.incoming_layout.setSpacing(4)
        self.incoming_layout.setObjectName(u"incoming_layout")
        self.incoming_label = QLabel(self.compare_widget)
        self.incoming_label.setObjectName(u"incoming_label")
        self.incoming_label.setFont(font)

        self.incoming_layout.addWidget(self.incoming_label)

        self.incoming_table = QTableWidget(self.compare_widget)
        self.incoming_table.setObjectName(u"incoming_table")
        self.incoming_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incoming_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.incoming_table.horizontalHeader().setVisible(False)
        self.incoming_table.verticalHeader().setVisible(False)

        self.incoming_layout.addWidget(self.incoming_table)


        self.panes_layout.addLayout(self.incoming_layout)


        self.compare_layout.addLayout(self.panes_layout)

        self.splitter.addWidget(self.compare_widget)

        self.dialog_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.keep_existing_button = QPushButton(ConflictsDialog)
        self.keep_existing_button.setObjectName(u"keep_existing_button")

        self.button_layout.addWidget(self.keep_existing_button)

        self.keep_incoming_button = QPushButton(ConflictsDialog)
        self.keep_incoming_button.setObjectName(u"keep_incoming_button")

        self.button_layout.addWidget(self.keep_incoming_button)

        self.status_label = QLabel(ConflictsDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.conflict_list, self.keep_existing_button)
        QWidget.setTabOrder(self.keep_existing_button, self.keep_incoming_button)
        QWidget.setTabOrder(self.keep_incoming_button, self.existing_table)
        QWidget.setTabOrder(self.existing_table, self.incoming_table)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
        self.explain_label.setText(QCoreApplication.translate("ConflictsDialog", u"These calls came in a bundle with content that differs from the version in this database. Choose which version to keep.", None))
        self.existing_label.setText(QCoreApplication.translate("ConflictsDialog", u"Existing (in this database)", None))
        self.keep_existing_button.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &existing", None))
        self.keep_incoming_button.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &incoming", None))
    # retranslateUi

