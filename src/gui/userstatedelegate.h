#pragma once

#include <QStyledItemDelegate>

// Paints a users-list row by the user's state: disabled users in the muted text colour and italic, deleted
// users (in the tenant's recycle bin) muted and struck through, so they stand out without reading the State
// column.
class UserStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
