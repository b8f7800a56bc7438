"""The role gutter: beside each row of the source pane, the row's role (headline, lead,
quote, boilerplate, contact; body rows are left plain), so a new release shows which line
becomes the headline. A click on it offers the roles; the choice is an undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QMenu, QToolTip

from editor.model import Role
from ui.row_gutter import RowGutter

ROLE_WIDTH = 78
ROLE_COLOUR = QColor(110, 110, 130)


def role_label(role: Role) -> str:
    return {
        Role.HEADLINE: QCoreApplication.translate("Role", "Headline"),
        Role.LEAD: QCoreApplication.translate("Role", "Lead"),
        Role.BODY: QCoreApplication.translate("Role", "Body"),
        Role.QUOTE: QCoreApplication.translate("Role", "Quote"),
        Role.BOILERPLATE: QCoreApplication.translate("Role", "Boilerplate"),
        Role.CONTACT: QCoreApplication.translate("Role", "Contact"),
    }[role]


def fill_role_menu(menu: QMenu, current: Role | None, set_role) -> None:
    """One checkable entry per role; choosing one calls ``set_role(role)``."""
    menu.clear()
    for role in Role:
        action = menu.addAction(role_label(role))
        action.setObjectName(f"role-{role.value}")
        action.setCheckable(True)
        action.setChecked(role is current)
        action.triggered.connect(lambda _=False, r=role: set_role(r))


class RoleGutter(RowGutter):
    """Child of the source LanguagePane, in the viewport margin on its left."""

    WIDTH = ROLE_WIDTH

    def __init__(self, pane, role_of, set_role):
        super().__init__(pane)
        self.role_of = role_of  # row -> Role
        self.set_role = set_role  # (row, Role) -> None
        self.setObjectName(f"roles-{pane.lang}")

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        font = self.small_font(0.85, italic=True)
        for row, rect in self._visible_rows(event.rect()):
            role = self.role_of(row)
            if role is not Role.BODY:
                self.stamp(painter, QRect(2, int(rect.top()), ROLE_WIDTH - 6, 18),
                           role_label(role), ROLE_COLOUR, font,
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.end()

    def mousePressEvent(self, event):
        row = self.row_at(int(event.position().y()))
        if row is None:
            return
        menu = QMenu(self)
        fill_role_menu(menu, self.role_of(row), lambda role: self.set_role(row, role))
        menu.exec(event.globalPosition().toPoint())

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())
            if row is not None:
                QToolTip.showText(event.globalPos(), QCoreApplication.translate(
                    "Role", "Role of this paragraph: %1 (click to change)").replace(
                    "%1", role_label(self.role_of(row))), self)
            return True
        return super().event(event)
