#include "graph/mappers/directorymapper.h"

#include "graph/logging.h"

#include <QJsonDocument>
#include <QSet>

namespace {
struct ContainedRelation
{
    DirectoryRelation relation;
    QLatin1String deltaKey;
};

QList<ContainedRelation> containedRelations(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::Group:
        return {{DirectoryRelation::GroupMember, QLatin1String("members@delta")},
                {DirectoryRelation::GroupOwner, QLatin1String("owners@delta")}};
    case DirectoryKind::AdministrativeUnit:
        return {{DirectoryRelation::AdministrativeUnitMember, QLatin1String("members@delta")}};
    case DirectoryKind::EducationClass:
        return {{DirectoryRelation::ClassMember, QLatin1String("members@delta")},
                {DirectoryRelation::ClassTeacher, QLatin1String("teachers@delta")}};
    default:
        return {};
    }
}

const QLatin1String kRemoved("@removed");
} // namespace

DirectoryChanges DirectoryMapper::fromPage(DirectoryKind kind, const QJsonArray &items,
                                           const QList<QByteArray> &itemsJson)
{
    DirectoryChanges changes;
    changes.records.reserve(items.size());
    const bool withJson = itemsJson.size() == items.size();
    for (qsizetype i = 0; i < items.size(); ++i)
        addObject(kind, items.at(i).toObject(), &changes, withJson ? itemsJson.at(i) : QByteArray());
    return changes;
}

DirectoryChanges DirectoryMapper::fromPage(DirectoryKind kind, const DirectoryPage &page)
{
    DirectoryChanges changes;
    changes.records.reserve(page.items.size());
    const QList<ContainedRelation> contained = containedRelations(kind);
    for (const DirectoryPage::Item &item : page.items) {
        if (item.annotated || item.json.isEmpty()) {
            addObject(kind, QJsonDocument::fromJson(item.json).object(), &changes, item.json);
            continue;
        }
        if (item.id.isEmpty()) {
            qCWarning(lcGraph) << "Ignoring a" << directoryKindId(kind) << "without an id";
            continue;
        }
        DirectoryRecord record;
        record.kind = kind;
        record.id = item.id;
        record.json = item.json;
        record.columnsOnly = true;
        record.columns = item.columns;
        if (kind == DirectoryKind::User && item.hasLicences) {
            DirectoryChanges::UserLicences licences{item.id, {}};
            for (const QString &skuId : item.licenceSkuIds) {
                if (!skuId.isEmpty())
                    licences.skuIds.insert(skuId);
            }
            changes.licences.append(licences);
        }
        changes.records.append(std::move(record));
        for (const ContainedRelation &relation : contained) {
            for (const DirectoryPage::DeltaList &list : item.deltaLists) {
                if (list.key != relation.deltaKey)
                    continue;
                for (const DirectoryPage::Reference &reference : list.references) {
                    const MemberRef ref = memberRef(reference.id, reference.type);
                    if (!ref.id.isEmpty())
                        changes.memberships.append({relation.relation, item.id, ref, reference.removed});
                }
            }
        }
    }
    return changes;
}

DirectoryChanges DirectoryMapper::fromObjects(DirectoryKind kind, const QList<QJsonObject> &objects)
{
    DirectoryChanges changes;
    changes.records.reserve(objects.size());
    for (const QJsonObject &object : objects)
        addObject(kind, object, &changes);
    return changes;
}

DirectoryRecord DirectoryMapper::record(DirectoryKind kind, const QJsonObject &object)
{
    DirectoryRecord record;
    record.kind = kind;
    record.id = object.value(QLatin1String("id")).toString();
    // The object as it came, less its annotations (rarely any on a listed object): sharing Graph's parsed
    // object costs nothing, rebuilding it key by key cost more than parsing it.
    record.properties = object;
    QStringList annotations;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().contains(QLatin1Char('@')))
            annotations.append(it.key());
    }
    for (const QString &key : std::as_const(annotations))
        record.properties.remove(key);
    return record;
}

void DirectoryMapper::addObject(DirectoryKind kind, const QJsonObject &object, DirectoryChanges *changes,
                                const QByteArray &json)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        qCWarning(lcGraph) << "Ignoring a" << directoryKindId(kind) << "without an id";
        return;
    }
    const QJsonValue removed = object.value(kRemoved);
    if (removed.isObject() &&
        removed.toObject().value(QLatin1String("reason")).toString() != QLatin1String("changed")) {
        changes->removals.append({kind, id});
        return;
    }
    DirectoryRecord record = DirectoryMapper::record(kind, object);
    if (removed.isObject())
        record.state = DirectoryRecord::State::SoftDeleted;
    else if (record.properties.size() == object.size()) // no annotation taken out: the text is the record's
        record.json = json;

    if (kind == DirectoryKind::User && !record.isSoftDeleted()) {
        const QJsonValue assigned = record.properties.value(QLatin1String("assignedLicenses"));
        if (assigned.isArray()) { // only when selected: otherwise the stored licences stay
            DirectoryChanges::UserLicences licences{id, {}};
            for (const QJsonValue &licence : assigned.toArray()) {
                const QString skuId = licence.toObject().value(QLatin1String("skuId")).toString();
                if (!skuId.isEmpty())
                    licences.skuIds.insert(skuId);
            }
            changes->licences.append(licences);
        }
    }
    changes->records.append(record);

    for (const ContainedRelation &contained : containedRelations(kind)) {
        const QJsonValue members = object.value(contained.deltaKey);
        if (!members.isArray())
            continue;
        for (const QJsonValue &member : members.toArray()) {
            const QJsonObject reference = member.toObject();
            const MemberRef ref = memberRef(reference);
            if (ref.id.isEmpty())
                continue;
            changes->memberships.append({contained.relation, id, ref, reference.contains(kRemoved)});
        }
    }
}

MemberRef DirectoryMapper::memberRef(const QJsonObject &reference)
{
    return memberRef(reference.value(QLatin1String("id")).toString(),
                     reference.value(QLatin1String("@odata.type")).toString());
}

MemberRef DirectoryMapper::memberRef(const QString &id, QString type)
{
    MemberRef ref;
    ref.id = id;
    const QLatin1String prefix("#microsoft.graph.");
    if (type.startsWith(prefix))
        type = type.mid(prefix.size());
    ref.kind = type.isEmpty() ? MemberRef::Kind::User : MemberRef::kindFromId(type);
    return ref;
}

QList<MemberRef> DirectoryMapper::memberRefs(const QJsonArray &references)
{
    QList<MemberRef> refs;
    refs.reserve(references.size());
    for (const QJsonValue &value : references) {
        const QJsonObject reference = value.toObject();
        if (reference.contains(kRemoved))
            continue;
        const MemberRef ref = memberRef(reference);
        if (!ref.id.isEmpty())
            refs.append(ref);
    }
    return refs;
}
