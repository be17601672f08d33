#include "models/navigationmodel.h"

#include <QCoreApplication>

namespace {
enum RowType { TenantRow, SchoolsRow, SchoolRow, KindRow };
constexpr int kRowTypeRole = Qt::UserRole + 100;
} // namespace

NavigationModel::NavigationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    rebuild();
}

void NavigationModel::setTenant(const QString &displayName, const QList<School> &schools)
{
    m_tenantName = displayName;
    m_schools = schools;
    rebuild();
}

QString NavigationModel::location(const QString &schoolId, ObjectKind kind)
{
    const QString scope = schoolId.isEmpty() ? QStringLiteral("tenant") : QStringLiteral("school:") + schoolId;
    return scope + QLatin1Char('/') + objectKindId(kind);
}

QString NavigationModel::kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Users:
        return tr("Users");
    case ObjectKind::FunctionMailboxes:
        return tr("Function mailboxes");
    case ObjectKind::DistributionLists:
        return tr("Distribution lists");
    case ObjectKind::Groups:
        return tr("Microsoft 365 groups");
    case ObjectKind::CalendarPermissions:
        return tr("Calendar permissions");
    case ObjectKind::Licences:
        return tr("Licences");
    case ObjectKind::Settings:
        return tr("Settings");
    }
    return QString();
}

void NavigationModel::appendKinds(QStandardItem *parent, const QString &schoolId)
{
    for (ObjectKind kind : allObjectKinds()) {
        // Tenant settings are tenant-wide; a school has no settings of its own.
        if (kind == ObjectKind::Settings && !schoolId.isEmpty())
            continue;
        auto *item = new QStandardItem(kindLabel(kind));
        item->setEditable(false);
        item->setData(KindRow, kRowTypeRole);
        item->setData(int(kind), KindRole);
        item->setData(schoolId, SchoolIdRole);
        item->setData(location(schoolId, kind), LocationRole);
        parent->appendRow(item);
    }
}

void NavigationModel::rebuild()
{
    clear();
    setHorizontalHeaderLabels({tr("Tenant")});
    auto *tenant = new QStandardItem(m_tenantName.isEmpty() ? tr("No tenant open") : m_tenantName);
    tenant->setEditable(false);
    tenant->setData(TenantRow, kRowTypeRole);
    appendRow(tenant);
    appendKinds(tenant, QString());

    auto *schools = new QStandardItem(tr("Schools"));
    schools->setEditable(false);
    schools->setData(SchoolsRow, kRowTypeRole);
    tenant->appendRow(schools);
    for (const School &school : m_schools) {
        auto *item = new QStandardItem(school.displayName);
        item->setEditable(false);
        item->setData(SchoolRow, kRowTypeRole);
        item->setData(school.id, SchoolIdRole);
        schools->appendRow(item);
        appendKinds(item, school.id);
    }
}

void NavigationModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Tenant")});
    QList<QStandardItem *> stack{invisibleRootItem()};
    while (!stack.isEmpty()) {
        QStandardItem *parent = stack.takeLast();
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *item = parent->child(r);
            switch (item->data(kRowTypeRole).toInt()) {
            case TenantRow:
                if (m_tenantName.isEmpty())
                    item->setText(tr("No tenant open"));
                break;
            case SchoolsRow:
                item->setText(tr("Schools"));
                break;
            case KindRow:
                item->setText(kindLabel(ObjectKind(item->data(KindRole).toInt())));
                break;
            default:
                break;
            }
            stack.append(item);
        }
    }
}

QModelIndex NavigationModel::indexForLocation(const QString &location) const
{
    const QModelIndexList hits =
        match(index(0, 0), LocationRole, location, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}
