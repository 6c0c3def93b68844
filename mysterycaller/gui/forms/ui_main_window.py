# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QStatusBar, QTableView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.new_call_action = QAction(MainWindow)
        self.new_call_action.setObjectName(u"new_call_action")
        self.import_campaign_action = QAction(MainWindow)
        self.import_campaign_action.setObjectName(u"import_campaign_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
        self.shortcuts_action = QAction(MainWindow)
        self.shortcuts_action.setObjectName(u"shortcuts_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.export_results_action = QAction(MainWindow)
        self.export_results_action.setObjectName(u"export_results_action")
        self.export_package_action = QAction(MainWindow)
        self.export_package_action.setObjectName(u"export_package_action")
        self.import_bundle_action = QAction(MainWindow)
        self.import_bundle_action.setObjectName(u"import_bundle_action")
        self.conflicts_action = QAction(MainWindow)
        self.conflicts_action.setObjectName(u"conflicts_action")
        self.call_report_action = QAction(MainWindow)
        self.call_report_action.setObjectName(u"call_report_action")
        self.wave_report_action = QAction(MainWindow)
        self.wave_report_action.setObjectName(u"wave_report_action")
        self.export_csv_action = QAction(MainWindow)
        self.export_csv_action.setObjectName(u"export_csv_action")
        self.export_xlsx_action = QAction(MainWindow)
        self.export_xlsx_action.setObjectName(u"export_xlsx_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setSpacing(8)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(12, 12, 12, 8)
        self.campaign_layout = QHBoxLayout()
        self.campaign_layout.setSpacing(8)
        self.campaign_layout.setObjectName(u"campaign_layout")
        self.campaign_label = QLabel(self.list_page)
        self.campaign_label.setObjectName(u"campaign_label")

        self.campaign_layout.addWidget(self.campaign_label)

        self.campaign_combo = QComboBox(self.list_page)
        self.campaign_combo.setObjectName(u"campaign_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.campaign_combo.sizePolicy().hasHeightForWidth())
        self.campaign_combo.setSizePolicy(sizePolicy)
        self.campaign_combo.setMinimumSize(QSize(320, 0))
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)

        self.campaign_layout.addWidget(self.campaign_combo)

        self.campaign_spacer = QSpacerItem(24, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.campaign_layout.addItem(self.campaign_spacer)

        self.new_call_button = QPushButton(self.list_page)
        self.new_call_button.setObjectName(u"new_call_button")
        self.new_call_button.setMinimumSize(QSize(160, 36))
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        self.new_call_button.setFont(font)

        self.campaign_layout.addWidget(self.new_call_button)


        self.list_layout.addLayout(self.campaign_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_edit = QLineEdit(self.list_page)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(140, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_layout.addWidget(self.count_label)


        self.list_layout.addLayout(self.filter_layout)

        self.call_table = QTableView(self.list_page)
        self.call_table.setObjectName(u"call_table")
        self.call_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.call_table.setAlternatingRowColors(True)
        self.call_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.call_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.call_table.setSortingEnabled(True)
        self.call_table.setWordWrap(False)
        self.call_table.horizontalHeader().setHighlightSections(False)
        self.call_table.horizontalHeader().setStretchLastSection(False)
        self.call_table.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.call_table)

        self.page_stack.addWidget(self.list_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.reports_menu = QMenu(self.menu_bar)
        self.reports_menu.setObjectName(u"reports_menu")
        self.tools_menu = QMenu(self.menu_bar)
        self.tools_menu.setObjectName(u"tools_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.campaign_label.setBuddy(self.campaign_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaign_combo, self.new_call_button)
        QWidget.setTabOrder(self.new_call_button, self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.call_table)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.reports_menu.menuAction())
        self.menu_bar.addAction(self.tools_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.new_call_action)
        self.file_menu.addAction(self.import_campaign_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_results_action)
        self.file_menu.addAction(self.export_package_action)
        self.file_menu.addAction(self.import_bundle_action)
        self.file_menu.addAction(self.conflicts_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.reports_menu.addAction(self.call_report_action)
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.wave_report_action)
        self.reports_menu.addAction(self.export_csv_action)
        self.reports_menu.addAction(self.export_xlsx_action)
        self.tools_menu.addAction(self.settings_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        self.new_call_button.setDefault(True)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Mystery Caller", None))
        self.new_call_action.setText(QCoreApplication.translate("MainWindow", u"&New call\u2026", None))
#if QT_CONFIG(shortcut)
        self.new_call_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.import_campaign_action.setText(QCoreApplication.translate("MainWindow", u"&Import campaign\u2026", None))
#if QT_CONFIG(shortcut)
        self.import_campaign_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
#if QT_CONFIG(shortcut)
        self.settings_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.shortcuts_action.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About Mystery Caller", None))
        self.export_results_action.setText(QCoreApplication.translate("MainWindow", u"&Export results for the coordinator\u2026", None))
        self.export_package_action.setText(QCoreApplication.translate("MainWindow", u"Export campaign &package\u2026", None))
        self.import_bundle_action.setText(QCoreApplication.translate("MainWindow", u"Import &bundle\u2026", None))
        self.conflicts_action.setText(QCoreApplication.translate("MainWindow", u"&Conflicts\u2026", None))
        self.call_report_action.setText(QCoreApplication.translate("MainWindow", u"&PDF for the client\u2026", None))
#if QT_CONFIG(shortcut)
        self.call_report_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.wave_report_action.setText(QCoreApplication.translate("MainWindow", u"&Wave report (PDF)\u2026", None))
        self.export_csv_action.setText(QCoreApplication.translate("MainWindow", u"Export &CSV\u2026", None))
        self.export_xlsx_action.setText(QCoreApplication.translate("MainWindow", u"Export &Excel\u2026", None))
        self.campaign_label.setText(QCoreApplication.translate("MainWindow", u"&Campaign:", None))
#if QT_CONFIG(tooltip)
        self.new_call_button.setToolTip(QCoreApplication.translate("MainWindow", u"Start a new test call (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_call_button.setText(QCoreApplication.translate("MainWindow", u"New call", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter by target, scenario, tester or status", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.reports_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Reports", None))
        self.tools_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

