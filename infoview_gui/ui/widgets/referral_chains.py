"""A field's referral chains: from the people first found, each person under who named them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from infoview_gui.services.referrals import referral_chains
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.labels import heading_label, plain_label

NONE_YET = str(
    QT_TRANSLATE_NOOP(
        "ReferralChainsBox",
        "No referrals yet: in interview mode, They suggested someone (Ctrl+R) adds one.",
    )
)
"""In US English: shown translated."""


class ReferralChainsBox(QWidget):
    """Who led to whom in one field; Enter or a double-click opens the contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Referral chains"))
        self.empty = plain_label(QCoreApplication.translate("ReferralChainsBox", NONE_YET))
        self.empty.setObjectName("viewDescription")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("Referral chains"), role=TextRole.SECTION))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.tree.itemActivated.connect(self._on_tree_item_activated)

    def show_field(self, field_id: int | None) -> None:
        """Show the chains of a field (none when ``field_id`` is None)."""
        self.tree.clear()
        parents: list[QTreeWidgetItem] = []
        for line in [] if field_id is None else referral_chains(field_id=field_id):
            item = QTreeWidgetItem([line.name])
            item.setData(0, Qt.ItemDataRole.UserRole, line.contact_id)
            del parents[line.depth :]
            if parents:
                parents[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append(item)
        self.tree.expandAll()
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self.empty.setVisible(field_id is not None and self.tree.topLevelItemCount() == 0)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        from infoview_gui.ui.dialogs.contact import ContactDialog

        dialog = ContactDialog(self, contact_id=int(item.data(0, Qt.ItemDataRole.UserRole)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
