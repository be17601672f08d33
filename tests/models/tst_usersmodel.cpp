#include "models/usersearchtext.h"
#include "models/usersmodel.h"
#include "models/usersmodelproxy.h"
#include "services/userlisting.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <numeric>

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

// Names, addresses and schools where case folding is not simple: ß, dotted and dotless i, final sigma,
// letters outside the BMP that have a case (Deseret), a lone surrogate, prefixes of one another, empty
// values.
std::vector<UserRecord> makeAwkwardUsers()
{
    const QStringList texts{QString(),
                            QStringLiteral("Anna"),
                            QStringLiteral("anna"),
                            QStringLiteral("ANNA"),
                            QStringLiteral("Ann"),
                            QStringLiteral("Anna Kowalska"),
                            QStringLiteral("Åse Øster"),
                            QStringLiteral("åse øster"),
                            QStringLiteral("Straße"),
                            QStringLiteral("STRASSE"),
                            QStringLiteral("İlker Işık"),
                            QStringLiteral("ilker ışık"),
                            QStringLiteral("ΣΟΦΊΑ"),
                            QStringLiteral("σοφίας"),
                            QStringLiteral("Ǆemal ǅ"),
                            QString::fromUcs4(U"\U00010400\U00010401 Deseret"),
                            QString::fromUcs4(U"\U00010428\U00010429 deseret"),
                            QString::fromUcs4(U"Emoji \U0001F600"),
                            QString(QChar(0xD801)) + QStringLiteral("lone"),
                            QStringLiteral("Zoë"),
                            QStringLiteral("ZOË"),
                            QStringLiteral("µ"),
                            QStringLiteral("Μ"),
                            QStringLiteral("\uFFFF"),
                            QStringLiteral("ﬀ ligature"),
                            QStringLiteral("FF LIGATURE")};
    std::vector<UserRecord> users;
    for (int i = 0; i < 600; ++i) {
        UserRecord user;
        user.id = QString::number(i);
        user.displayName = texts.at(i % texts.size());
        user.userPrincipalName = texts.at((i * 7) % texts.size()).toLower() + QStringLiteral("@x.dk");
        user.mail = texts.at((i * 11) % texts.size());
        for (int n = 0; n < i % 4; ++n) {
            user.schoolNames.append(texts.at((i + n * 5) % texts.size()));
            user.schoolIds.append(QString::number(n));
        }
        for (int n = 0; n < (i / 3) % 3; ++n)
            user.licences.append(texts.at((i * 3 + n) % texts.size()).toUpper());
        user.state = UserRecord::State(i % 3);
        users.push_back(std::move(user));
    }
    return users;
}

// Every unit of the Basic Multilingual Plane in some name, address or school, a few dozen to a user: the
// search text's fast path must lower each exactly as QString::toLower does.
std::vector<UserRecord> makeEveryBmpUnitUsers()
{
    std::vector<UserRecord> users;
    constexpr char32_t perUser = 48;
    for (char32_t first = 0x80; first < 0x10000; first += perUser) {
        QString text;
        for (char32_t unit = first; unit < first + perUser && unit < 0x10000; ++unit)
            text.append(QChar(char16_t(unit)));
        UserRecord user;
        user.id = QString::number(users.size());
        user.displayName = text.left(16);
        user.userPrincipalName = text.mid(16, 16) + QStringLiteral("@x.pl");
        user.mail = text.mid(32);
        user.schoolNames = {QStringLiteral("Szkoła ") + text.left(3)};
        user.schoolIds = {QStringLiteral("s")};
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
    void sortsAsCaseInsensitiveCompare();
    void searchTextAsTheListingBuildsIt();
    void searchNarrowsAndWidens();
    void typingAndBackspaceMatchAPlainScan();
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

void TestUsersModel::sortsAsCaseInsensitiveCompare()
{
    UsersModel model;
    model.setUsers(makeAwkwardUsers());
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            // The reference: a stable sort by the model's own comparison of raw values.
            std::vector<int> expected(size_t(model.rowCount()));
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int l, int r) {
                return order == Qt::AscendingOrder ? model.lessThan(column, l, r)
                                                   : model.lessThan(column, r, l);
            });
            proxy.sort(column, order);
            QCOMPARE(proxy.rowCount(), model.rowCount());
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const int sourceRow = proxy.mapToSource(proxy.index(row, column)).row();
                if (sourceRow != expected[size_t(row)])
                    QFAIL(qPrintable(QStringLiteral("column %1, order %2, row %3: %4 instead of %5")
                                         .arg(column)
                                         .arg(order)
                                         .arg(row)
                                         .arg(sourceRow)
                                         .arg(expected[size_t(row)])));
            }
        }
    }
}

void TestUsersModel::searchTextAsTheListingBuildsIt()
{
    for (const std::vector<UserRecord> &users :
         {makeAwkwardUsers(), makeUsers(500), makeEveryBmpUnitUsers()}) {
        const UserListing listing(users);
        const UserSearchText built = UserSearchText::build(users);
        for (size_t row = 0; row < users.size(); ++row)
            QCOMPARE(built.key(row).toByteArray(), listing.searchKey(row).toByteArray());
        QCOMPARE(built.text(), listing.searchText());
        QVERIFY(built.offsets() == listing.searchKeyOffsets());
        // A model over a listing searches the listing's own text.
        UsersModel model;
        model.setListing(listing);
        QCOMPARE(model.rowCount(), int(users.size()));
        QCOMPARE(model.user(int(users.size()) - 1).id, users.back().id);
        QCOMPARE(model.searchText().text(), listing.searchText());
        UsersModelProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("ANNA"));
        QCOMPARE(size_t(proxy.rowCount()), listing.find(QStringLiteral("ANNA")).size());
    }
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

void TestUsersModel::typingAndBackspaceMatchAPlainScan()
{
    std::vector<UserRecord> users = makeAwkwardUsers();
    for (UserRecord &user : makeUsers(3000))
        users.push_back(std::move(user));
    UsersModel model;
    model.setUsers(users);
    UsersModelProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(UsersModel::NameColumn);
    const auto expected = [&](const QString &text, const QString &school) {
        const QString needle = text.trimmed().toLower();
        QSet<QString> ids;
        for (const UserRecord &user : users) {
            const QString key =
                (user.displayName + QLatin1Char('\n') + user.userPrincipalName + QLatin1Char('\n') +
                 user.mail + QLatin1Char('\n') + user.schoolNames.join(QLatin1Char('\n')))
                    .toLower();
            const QString trimmedKey = user.schoolNames.isEmpty() ? key.chopped(1) : key;
            if (trimmedKey.contains(needle) && (school.isEmpty() || user.schoolIds.contains(school)))
                ids.insert(user.id);
        }
        return ids;
    };
    const auto shown = [&] {
        QSet<QString> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.insert(proxy.index(row, 0).data(UsersModel::IdRole).toString());
        return ids;
    };
    QString school;
    for (const QString &word :
         {QStringLiteral("elev 12"), QStringLiteral("ÅSE ø"), QStringLiteral("anna"), QStringLiteral("ß"),
          QStringLiteral("@x.dk"), QStringLiteral("ol\nann"), QStringLiteral("nørre gym")}) {
        for (int length = 1; length <= word.size(); ++length) {
            proxy.setFilterText(word.left(length));
            QCOMPARE(shown(), expected(word.left(length), school));
            if (length == 3) { // the school filter changes while a search is typed
                school = school.isEmpty() ? QStringLiteral("school-1") : QString();
                proxy.setSchoolFilter(school);
                QCOMPARE(shown(), expected(word.left(length), school));
            }
        }
        for (int length = word.size() - 1; length >= 0; --length) {
            proxy.setFilterText(word.left(length));
            QCOMPARE(shown(), expected(word.left(length), school));
        }
    }
    // Sorting keeps the matches and puts them in order.
    proxy.setFilterText(QStringLiteral("elev 1"));
    const QSet<QString> before = shown();
    proxy.sort(UsersModel::UpnColumn, Qt::DescendingOrder);
    QCOMPARE(shown(), before);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(!model.lessThan(UsersModel::UpnColumn, proxy.mapToSource(proxy.index(row - 1, 0)).row(),
                                proxy.mapToSource(proxy.index(row, 0)).row()));
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
