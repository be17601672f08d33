#include "gui/userstatedelegate.h"

#include "models/usersmodel.h"

void UserStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant raw = index.siblingAtColumn(UsersModel::StateColumn).data(UsersModel::RawValueRole);
    if (!raw.isValid())
        return;
    const auto state = UserRecord::State(raw.toInt());
    if (state == UserRecord::State::Enabled)
        return;
    option->font.setItalic(true);
    option->font.setStrikeOut(state == UserRecord::State::Deleted);
    const QColor muted = option->palette.color(QPalette::Disabled, QPalette::Text);
    option->palette.setColor(QPalette::Text, muted);
    option->palette.setColor(QPalette::WindowText, muted);
}
