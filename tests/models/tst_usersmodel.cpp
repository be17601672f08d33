#include "models/usersmodel.h"
#include "models/usersmodelproxy.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <algorithm>

namespace {

std::vector<UserRecord> makeUsers(int count)
{
    const QStringList schoolNames{QStringLiteral("Nørre Gymnasium"), QStringLiteral("Vestskolen"),
                                  QStringLiteral("Østre Skole")};
    const QStringList licenceSets[] = {
        {QStringLiteral("STANDARDWOFFPACK_STUDENT")},
        {QStringLiteral("M365EDU_A3"), QStringLiteral("STANDARDWOFFPACK_FACULTY")}};
    std::vector<UserRecord> users;
    users.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        UserRecord user;
        user.id = QStringLiteral("%1-0001-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
        // Names in a scrambled order so that sorting has work to do.
        const int n = (i * 7919) % count;
        user.displayName = QStringLiteral("Elev %1 Åberg").arg(n, 6, 10, QLatin1Char('0'));
        user.userPrincipalName = QStringLiteral("elev%1@skole.example").arg(n);
        user.mail = user.userPrincipalName;
        user.schoolIds = QStringList{QStringLiteral("school-%1").arg(i % 3)};
        user.schoolNames = QStringList{schoolNames.at(i % 3)};
        user.licences = licenceSets[i % 10 == 0 ? 1 : 0];
        user.state = i % 50 == 0 ? UserRecord::State::Disabled
                                 : (i % 97 == 0 ? UserRecord::State::Deleted : UserRecord::State::Enabled);
        users.push_back(std::move(user));
    }
    return users;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// Answers like a Danish .qm file would, for the users list's context only.
class DanishUsersList : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "UsersModel") != 0)
            return QString();
        if (qstrcmp(sourceText, "Enabled") == 0)
            return QStringLiteral("Aktiv");
        if (qstrcmp(sourceText, "Disabled") == 0)
            return QStringLiteral("Spærret");
        if (qstrcmp(sourceText, "Deleted") == 0)
            return QStringLiteral("Slettet");
        if (qstrcmp(sourceText, "State") == 0)
            return QStringLiteral("Status");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT
private slots:
    void modelPassesTheTester();
    void proxyPassesTheTester();
    void rawValuesAreSeparateFromDisplay();
    void sortsByRawValues();
    void searchNarrowsAndWidens();
    void schoolFilter();
    void stateTextIsTranslated();
    void filterSpeedAt200k();
};

void TestUsersModel::modelPassesTheTester()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(makeUsers(300));
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    model.retranslate();
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUsersModel::proxyPassesTheTester()
{
    UsersModel model;
    UsersModelProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setUsers(makeUsers(500));
    const QPersistentModelIndex kept = proxy.index(10, 0);
    const QString keptName = kept.data().toString();
    proxy.sort(UsersModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(kept.data().toString(), keptName); // persistent indexes follow their rows
    proxy.setFilterText(QStringLiteral("elev1"));
    proxy.setFilterText(QStringLiteral("elev12"));
    proxy.setSchoolFilter(QStringLiteral("school-1"));
    proxy.sort(UsersModel::StateColumn);
    proxy.setFilterText(QString());
    proxy.setSchoolFilter(QString());
    model.retranslate();
    QCOMPARE(proxy.rowCount(), 500);
    model.setUsers(makeUsers(20));
    QCOMPARE(proxy.rowCount(), 20);
    proxy.setSourceModel(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUsersModel::rawValuesAreSeparateFromDisplay()
{
    UsersModel model;
    std::vector<UserRecord> users = makeUsers(20);
    model.setUsers(std::move(users));
    const QModelIndex state = model.index(0, UsersModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(state.data(UsersModel::RawValueRole).toInt(), int(UserRecord::State::Disabled));
    const QModelIndex licences = model.index(0, UsersModel::LicencesColumn);
    QCOMPARE(licences.data().toString(), QStringLiteral("M365EDU_A3, STANDARDWOFFPACK_FACULTY"));
    QCOMPARE(licences.data(UsersModel::RawValueRole).toStringList().size(), 2);
    QCOMPARE(model.index(1, UsersModel::SchoolColumn).data().toString(), QStringLiteral("Vestskolen"));
    QCOMPARE(model.index(1, UsersModel::MailColumn).data(UsersModel::SchoolIdsRole).toStringList(),
             QStringList{QStringLiteral("school-1")});
    QCOMPARE(model.index(1, UsersModel::NameColumn).data(UsersModel::IdRole).toString(), model.user(1).id);
    QCOMPARE(model.headerData(UsersModel::UpnColumn, Qt::Horizontal).toString(), QStringLiteral("User name"));
}

void TestUsersModel::sortsByRawValues()
{
    UsersModel model;
    model.setUsers(makeUsers(1000));
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UsersModel::NameColumn);
    QStringList names = column(proxy, UsersModel::NameColumn);
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, expected);
    QCOMPARE(names.first(), QStringLiteral("Elev 000000 Åberg"));

    proxy.sort(UsersModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, UsersModel::NameColumn).data().toString(), QStringLiteral("Elev 000999 Åberg"));

    // The state column sorts by the raw state (enabled, disabled, deleted), not by the translated text.
    proxy.sort(UsersModel::StateColumn);
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int state = proxy.index(row, UsersModel::StateColumn).data(UsersModel::RawValueRole).toInt();
        QVERIFY(state >= previous);
        previous = state;
    }
    QCOMPARE(previous, int(UserRecord::State::Deleted));
}

void TestUsersModel::searchNarrowsAndWidens()
{
    UsersModel model;
    model.setUsers(makeUsers(1000));
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);

    proxy.setFilterText(QStringLiteral("ELEV12"));
    // elev12, elev120..129, elev1200.. (none: 1000 users) -> 1 + 10 + ... : check against a plain scan.
    const auto expectedRows = [&](const QString &text) {
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const UserRecord &user = model.user(row);
            const QString key =
                (user.displayName + QLatin1Char('\n') + user.userPrincipalName + QLatin1Char('\n') +
                 user.mail + QLatin1Char('\n') + user.schoolNames.join(QLatin1Char('\n')))
                    .toLower();
            count += key.contains(text.toLower()) ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(proxy.rowCount(), expectedRows(QStringLiteral("elev12")));
    proxy.setFilterText(QStringLiteral("ELEV123"));
    QCOMPARE(proxy.rowCount(), expectedRows(QStringLiteral("elev123")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UsersModel::UpnColumn).data().toString(),
             QStringLiteral("elev123@skole.example"));
    // Backspace widens again.
    proxy.setFilterText(QStringLiteral("ELEV12"));
    QCOMPARE(proxy.rowCount(), expectedRows(QStringLiteral("elev12")));
    // Non-ASCII and school names match case-insensitively.
    proxy.setFilterText(QStringLiteral("NØRRE"));
    QCOMPARE(proxy.rowCount(), expectedRows(QStringLiteral("nørre")));
    QVERIFY(proxy.rowCount() > 300);
    proxy.setFilterText(QStringLiteral("åberg"));
    QCOMPARE(proxy.rowCount(), 1000);
    proxy.setFilterText(QStringLiteral("  "));
    QCOMPARE(proxy.rowCount(), 1000);
    QCOMPARE(resets.size(), 6);
}

void TestUsersModel::schoolFilter()
{
    UsersModel model;
    model.setUsers(makeUsers(999));
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSchoolFilter(QStringLiteral("school-2"));
    QCOMPARE(proxy.rowCount(), 333);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, UsersModel::SchoolColumn).data().toString(), QStringLiteral("Østre Skole"));
    proxy.setFilterText(QStringLiteral("elev1"));
    const int both = proxy.rowCount();
    QVERIFY(both > 0 && both < 333);
    proxy.setSchoolFilter(QStringLiteral("school-1"));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(UsersModel::SchoolIdsRole).toStringList(),
                 QStringList{QStringLiteral("school-1")});
    proxy.setSchoolFilter(QString());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 999);
    // mapFromSource/mapToSource agree.
    proxy.setSchoolFilter(QStringLiteral("school-0"));
    const QModelIndex proxyIndex = proxy.index(5, 1);
    QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxyIndex)), proxyIndex);
    QVERIFY(!proxy.mapFromSource(model.index(1, 0)).isValid()); // row 1 is in school-1
}

void TestUsersModel::stateTextIsTranslated()
{
    UsersModel model;
    model.setUsers(makeUsers(100));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.index(1, UsersModel::StateColumn).data().toString(), QStringLiteral("Enabled"));
    DanishUsersList danish;
    QCoreApplication::installTranslator(&danish);
    model.retranslate();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, UsersModel::StateColumn).data().toString(), QStringLiteral("Aktiv"));
    QCOMPARE(model.index(0, UsersModel::StateColumn).data().toString(), QStringLiteral("Spærret"));
    QCOMPARE(model.index(97, UsersModel::StateColumn).data().toString(), QStringLiteral("Slettet"));
    QCOMPARE(model.headerData(UsersModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCoreApplication::removeTranslator(&danish);
    QCOMPARE(UsersModel::stateText(UserRecord::State::Deleted), QStringLiteral("Deleted"));
}

void TestUsersModel::filterSpeedAt200k()
{
    UsersModel model;
    QElapsedTimer timer;
    timer.start();
    model.setUsers(makeUsers(200000));
    qInfo("setUsers(200000) with search keys: %lld ms", timer.elapsed());
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    timer.restart();
    proxy.sort(UsersModel::NameColumn);
    qInfo("Sort 200000 by name: %lld ms", timer.elapsed());

    // Typing "elev 1234" and then "nørre", keystroke by keystroke.
    QList<double> times;
    for (const QString &word :
         {QStringLiteral("elev 1234"), QStringLiteral("nørre"), QStringLiteral("@skole.ex")}) {
        for (int length = 1; length <= word.size(); ++length) {
            QElapsedTimer keystroke;
            keystroke.start();
            proxy.setFilterText(word.left(length));
            times.append(double(keystroke.nsecsElapsed()) / 1e6);
            qDebug("%s: %d rows, %.2f ms", qPrintable(word.left(length)), proxy.rowCount(), times.last());
        }
        proxy.setFilterText(QString());
    }
    QCOMPARE(proxy.rowCount(), 200000);
    proxy.setFilterText(QStringLiteral("elev 1234"));
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(
            proxy.index(row, 0).data().toString().contains(QLatin1String("Elev 1234"), Qt::CaseInsensitive) ||
            proxy.index(row, 0).data().toString().contains(QLatin1String("elev 1234")));
    std::sort(times.begin(), times.end());
    qInfo("Filter per keystroke over 200000 rows: median %.2f ms, p95 %.2f ms, max %.2f ms",
          times.at(times.size() / 2), times.at(int(times.size() * 0.95)), times.last());
}

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
