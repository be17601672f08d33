// The domain types' rules: typed views round-trip through records, group kinds, mailbox kinds and rights,
// member references, and changes that undo themselves.
#include "core/changeset.h"
#include "core/directorykind.h"
#include "core/group.h"
#include "core/mailbox.h"
#include "core/mailboxpermission.h"
#include "core/memberref.h"
#include "core/school.h"
#include "core/tenantdomain.h"
#include "core/user.h"

#include <QHash>
#include <QTest>

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void userRoundTripsThroughARecord();
    void recordKeepsPropertiesTheTypeDoesNotKnow();
    void storedIdentifiersAreStable();
    void memberRefKinds();
    void mailboxKindsAndRights();
    void changeInverses_data();
    void changeInverses();
    void changeSetUndoesInReverseOrder();
    void invalidChangesAreFound();
};

void TestDomain::userRoundTripsThroughARecord()
{
    User user;
    user.id = QStringLiteral("u1");
    user.displayName = QStringLiteral("Åse Ødegård");
    user.userPrincipalName = QStringLiteral("aase.oedegaard@skole.no");
    user.accountEnabled = false;
    user.usageLocation = QStringLiteral("NO");
    user.createdDateTime = QDateTime(QDate(2024, 8, 12), QTime(7, 30), Qt::UTC);
    user.assignedLicences = {{QStringLiteral("sku-a"), {QStringLiteral("plan-x")}}};
    user.deleted = true;
    const DirectoryRecord record = user.toRecord();
    QCOMPARE(record.kind, DirectoryKind::User);
    QVERIFY(record.isSoftDeleted());
    const User back = User::fromRecord(record);
    QCOMPARE(back.displayName, user.displayName);
    QCOMPARE(back.userPrincipalName, user.userPrincipalName);
    QCOMPARE(back.accountEnabled, false);
    QCOMPARE(back.createdDateTime, user.createdDateTime);
    QCOMPARE(back.assignedLicences, user.assignedLicences);
    QCOMPARE(back.skuIds(), QStringList{QStringLiteral("sku-a")});
    QVERIFY(back.deleted);
    QVERIFY(back.givenName.isEmpty()); // absent stays empty
}

void TestDomain::recordKeepsPropertiesTheTypeDoesNotKnow()
{
    DirectoryRecord stored;
    stored.kind = DirectoryKind::AdministrativeUnit;
    stored.id = QStringLiteral("s1");
    stored.properties = {{QStringLiteral("id"), QStringLiteral("s1")},
                         {QStringLiteral("displayName"), QStringLiteral("Nørre Skole")},
                         {QStringLiteral("visibility"), QStringLiteral("HiddenMembership")}};
    School school = School::fromRecord(stored);
    QCOMPARE(school.displayName, QStringLiteral("Nørre Skole"));
    school.displayName = QStringLiteral("Nørre Skole og SFO");
    const DirectoryRecord changed = school.toRecord(stored);
    QCOMPARE(changed.properties.value(QLatin1String("visibility")).toString(),
             QStringLiteral("HiddenMembership"));
    QCOMPARE(changed.properties.value(QLatin1String("displayName")).toString(), school.displayName);

    TenantDomain domain;
    domain.name = QStringLiteral("skole.dk");
    domain.verified = true;
    QCOMPARE(TenantDomain::fromRecord(domain.toRecord()).verified, true);
    QCOMPARE(domain.toRecord().id, QStringLiteral("skole.dk"));
}

void TestDomain::storedIdentifiersAreStable()
{
    // These numbers and names are in snapshot files and JSON output.
    QCOMPARE(int(DirectoryKind::User), 1);
    QCOMPARE(int(DirectoryKind::AuthorizationPolicy), 7);
    QCOMPARE(int(DirectoryRelation::UserLicence), 6);
    QCOMPARE(directoryKindId(DirectoryKind::AdministrativeUnit), QStringLiteral("administrativeUnit"));
    QCOMPARE(directoryRelationId(DirectoryRelation::ClassTeacher), QStringLiteral("classTeacher"));
    QVERIFY(!isValidDirectoryKind(0));
    QVERIFY(!isValidDirectoryKind(8));
    QVERIFY(isValidDirectoryRelation(3));
    QCOMPARE(Group::kindId(Group::Kind::Distribution), QStringLiteral("distribution"));
}

void TestDomain::memberRefKinds()
{
    QCOMPARE(MemberRef::kindFromId(QStringLiteral("orgContact")), MemberRef::Kind::Contact);
    QCOMPARE(MemberRef::kindFromId(QStringLiteral("servicePrincipal")), MemberRef::Kind::ServicePrincipal);
    QCOMPARE(MemberRef::kindFromId(QStringLiteral("somethingNew")), MemberRef::Kind::Other);
    QCOMPARE(MemberRef::kindId(MemberRef::Kind::Group), QStringLiteral("group"));
    // Typed keys: the same id under two kinds is two members.
    QHash<MemberRef, int> seen;
    seen.insert({MemberRef::Kind::User, QStringLiteral("x")}, 1);
    seen.insert({MemberRef::Kind::Group, QStringLiteral("x")}, 2);
    QCOMPARE(seen.size(), 2);
}

void TestDomain::mailboxKindsAndRights()
{
    QCOMPARE(Mailbox::kindFromRecipientType(QStringLiteral("SharedMailbox")), Mailbox::Kind::Shared);
    QCOMPARE(Mailbox::kindFromRecipientType(QStringLiteral("roommailbox")), Mailbox::Kind::Room);
    QCOMPARE(Mailbox::kindFromRecipientType(QStringLiteral("MailUser")), Mailbox::Kind::Other);
    QCOMPARE(Mailbox::recipientType(Mailbox::Kind::Equipment), QStringLiteral("EquipmentMailbox"));
    MailboxPermission::Right right = MailboxPermission::Right::FullAccess;
    QVERIFY(MailboxPermission::rightFromName(QStringLiteral(" sendas "), &right));
    QCOMPARE(right, MailboxPermission::Right::SendAs);
    QVERIFY(!MailboxPermission::rightFromName(QStringLiteral("ReadPermission"), &right));
    QCOMPARE(MailboxPermission::rightName(MailboxPermission::Right::SendOnBehalf),
             QStringLiteral("SendOnBehalf"));
}

void TestDomain::changeInverses_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("inverseOperation");
    const Change::Target user{QStringLiteral("user"), QStringLiteral("u1"), QStringLiteral("Anna")};
    const Change::Target mailbox{QStringLiteral("mailbox"), QStringLiteral("m1"), QStringLiteral("kontor@")};
    QTest::newRow("create") << Change::create(user, {{QStringLiteral("displayName"), QStringLiteral("Anna")}})
                            << int(Change::Operation::Delete);
    QTest::newRow("delete") << Change::remove(user, {{QStringLiteral("displayName"), QStringLiteral("Anna")}})
                            << int(Change::Operation::Create);
    QTest::newRow("update") << Change::update(user, QStringLiteral("jobTitle"), QStringLiteral("Teacher"),
                                              QStringLiteral("Head"))
                            << int(Change::Operation::Update);
    QTest::newRow("add member") << Change::addMember(mailbox, QStringLiteral("u2"))
                                << int(Change::Operation::RemoveMember);
    QTest::newRow("remove member") << Change::removeMember(mailbox, QStringLiteral("u2"))
                                   << int(Change::Operation::AddMember);
    QTest::newRow("grant") << Change::grant(mailbox, QStringLiteral("FullAccess"), QStringLiteral("u2"))
                           << int(Change::Operation::Revoke);
    QTest::newRow("revoke") << Change::revoke(mailbox, QStringLiteral("SendAs"), QStringLiteral("u2"))
                            << int(Change::Operation::Grant);
}

void TestDomain::changeInverses()
{
    QFETCH(Change, change);
    QFETCH(int, inverseOperation);
    QVERIFY(change.isValid());
    const Change undo = change.inverse();
    QCOMPARE(int(undo.operation), inverseOperation);
    QCOMPARE(undo.before, change.after);
    QCOMPARE(undo.after, change.before);
    QCOMPARE(undo.target.id, change.target.id);
    QCOMPARE(undo.related, change.related);
    QCOMPARE(undo.inverse(), change); // undoing the undo is the change again
    Change::Operation parsed = Change::Operation::Update;
    QVERIFY(Change::operationFromId(Change::operationId(change.operation), &parsed));
    QCOMPARE(parsed, change.operation);
}

void TestDomain::changeSetUndoesInReverseOrder()
{
    const Change::Target group{QStringLiteral("group"), QStringLiteral("g1"), QStringLiteral("7A")};
    ChangeSet set;
    set.title = QStringLiteral("Rename 7A and add Bo");
    set.ticket = QStringLiteral("SD-4711");
    set.changes = {
        Change::update(group, QStringLiteral("displayName"), QStringLiteral("7A"), QStringLiteral("7.A")),
        Change::addMember(group, QStringLiteral("bo")),
        Change::update(group, QStringLiteral("description"), QStringLiteral("x"), QStringLiteral("x"))};
    const ChangeSet effective = set.withoutNoOps();
    QCOMPARE(effective.changes.size(), 2);
    const ChangeSet undo = effective.inverse(QStringLiteral("Undo"));
    QCOMPARE(undo.ticket, set.ticket);
    QCOMPARE(undo.changes.size(), 2);
    QCOMPARE(undo.changes[0].operation, Change::Operation::RemoveMember);
    QCOMPARE(undo.changes[1].after, QVariant(QStringLiteral("7A")));
}

void TestDomain::invalidChangesAreFound()
{
    ChangeSet set;
    set.changes = {Change::addMember({QStringLiteral("group"), QStringLiteral("g"), {}}, QStringLiteral("u")),
                   Change::update({QStringLiteral("user"), QStringLiteral("u"), {}}, QString(), 1, 2),
                   Change::grant({QStringLiteral("mailbox"), QString(), {}}, QStringLiteral("SendAs"),
                                 QStringLiteral("u"))};
    int first = -1;
    QVERIFY(!set.isValid(&first));
    QCOMPARE(first, 1);
    QVERIFY(!Change::create({QStringLiteral("user"), QString(), {}}, {}).isValid()); // nothing to create
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
