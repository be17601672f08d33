#pragma once

#include "core/objectkind.h"
#include "core/school.h"

#include <QStandardItemModel>

// The navigation tree: tenant -> object kinds, and tenant -> schools -> object kinds.
// A location is a stable string ("tenant/users", "school:<id>/groups") the window remembers across runs.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ObjectKind); absent on tenant, schools-folder and school rows
        SchoolIdRole,                // the school's id on a school row and its kinds; empty for tenant-wide rows
        LocationRole,                // the location string of a kind row
    };

    explicit NavigationModel(QObject *parent = nullptr);

    void setTenant(const QString &displayName, const QList<School> &schools);
    QString tenantName() const { return m_tenantName; }

    QModelIndex indexForLocation(const QString &location) const;
    static QString location(const QString &schoolId, ObjectKind kind);

    // Call on QEvent::LanguageChange: relabels every row in the current language.
    void retranslate();

    static QString kindLabel(ObjectKind kind);

private:
    void rebuild();
    void appendKinds(QStandardItem *parent, const QString &schoolId);

    QString m_tenantName;
    QList<School> m_schools;
};
