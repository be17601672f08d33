// tenantdesk-modelbench: figures for the users pane's model and proxy over synthetic users (default 200,000):
// setUsers, the proxy with its sort by name, and filtering as you type. Not a test: it prints numbers.
#include "filterkeystrokes.h"
#include "models/usersmodel.h"
#include "models/usersmodelproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <random>

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString asciiFolded(QString text)
{
    text = text.toLower();
    text.replace(QStringLiteral("ø"), QStringLiteral("oe"));
    text.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    text.replace(QStringLiteral("å"), QStringLiteral("aa"));
    text.replace(QStringLiteral("ł"), QStringLiteral("l"));
    text.replace(QStringLiteral("ö"), QStringLiteral("o"));
    text.replace(QStringLiteral("ä"), QStringLiteral("a"));
    text.replace(QStringLiteral("ü"), QStringLiteral("u"));
    return text;
}

// Users as a school tenant holds them, in the snapshot's order (by object id, so unrelated to names).
// Repeated strings (schools, licences, titles, departments) share their data, as SnapshotReader's do.
std::vector<UserRecord> makeUsers(int count, quint32 seed)
{
    const QStringList firstNames = words("Anna Anne Mette Hanne Kirsten Susanne Maria Camilla Louise Julie "
                                         "Emma Ida Freja Clara Sofia Laura Mathilde "
                                         "Agnes Alma Ella Karla Josefine Olivia Lærke Nanna Signe Sara Sofie "
                                         "Caroline Cecilie Emilie Frida Isabella "
                                         "Johanne Katrine Malene Marie Nina Pernille Rikke Stine Tina Trine "
                                         "Vibeke Line Lene Birgitte Helle Inge "
                                         "Peter Jens Lars Michael Henrik Thomas Søren Jan Niels Anders "
                                         "Christian Martin Rasmus Jesper Morten Mads "
                                         "Frederik Lucas William Noah Oscar Victor Emil Magnus Malthe Elias "
                                         "Alfred Carl Anton August Valdemar Aksel "
                                         "Arthur Oliver Johan Jonas Mikkel Nikolaj Sebastian Tobias Kasper "
                                         "Simon Jakob Kristian Bo Ole Erik Hans "
                                         "Piotr Katarzyna Agnieszka Tomasz Paweł Krzysztof Ewa Joanna Marek "
                                         "Kari Ingrid Astrid Liisa Kadri Mart "
                                         "Ahmed Fatima Mohammad Ali Yusuf Zainab Omar Leila Hassan Aisha "
                                         "Mustafa Ibrahim Amina Elif Mehmet Ayşe");
    const QStringList lastNames = words(
        "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
        "Madsen "
        "Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Jacobsen "
        "Mikkelsen "
        "Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen "
        "Svendsen "
        "Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Frandsen Østergaard Jepsen Kjær "
        "Carlsen "
        "Vestergaard Jessen Nørgaard Dahl Christoffersen Skov Søndergaard Bertelsen Bruun Lassen Bach "
        "Gregersen "
        "Friis Johnsen Steffensen Kjeldsen Bech Krogh Lauritsen Danielsen Mathiasen Andresen Brandt Winther "
        "Toft "
        "Ravn Mathiesen Dam Holst Nilsson Lind Berg Schou Overgaard Kowalska Kowalski Nowak Wiśniewska "
        "Wójcik "
        "Kamińska Lewandowski Zielińska Tamm Saar Sepp Mägi Kask Ilves Yılmaz Kaya Demir Şahin Çelik Hussein "
        "Ahmadi Karimi Haddad Mansour Khalil Nasser Öztürk Aydın Virtanen Korhonen Mäkinen Nieminen "
        "Hämäläinen");
    const QStringList schoolKinds =
        words("Skole Skolen Gymnasium HF Friskole Efterskole Privatskole Realskole Centerskole Ungdomsskole");
    const QStringList places = words("Nørre Søndre Vestre Østre Nord Syd Vest Øst Holbæk Roskilde Køge "
                                     "Næstved Slagelse Odense Aarhus Aalborg "
                                     "Esbjerg Vejle Kolding Horsens Randers Viborg Silkeborg Herning "
                                     "Holstebro Skive Thisted Hjørring Frederikshavn "
                                     "Svendborg Nyborg Middelfart Fredericia Haderslev Sønderborg Aabenraa "
                                     "Tønder Ribe Varde Ringkøbing Lemvig "
                                     "Struer Skanderborg Odder Grenaa Ebeltoft Hillerød Helsingør "
                                     "Frederikssund Ballerup Gladsaxe Lyngby Gentofte "
                                     "Hvidovre Glostrup Albertslund Ishøj Greve Solrød Ringsted Sorø "
                                     "Kalundborg Nykøbing Maribo Nakskov Rønne");
    QStringList schoolNames;
    for (int i = 0; schoolNames.size() < 320; ++i) {
        const QString name = places.at(i % places.size()) + QLatin1Char(' ') +
                             schoolKinds.at((i / places.size() + i) % schoolKinds.size());
        if (!schoolNames.contains(name))
            schoolNames.append(name);
    }
    QStringList schoolIds;
    for (int i = 0; i < schoolNames.size(); ++i)
        schoolIds.append(QStringLiteral("%1-5c1e-4a0b-9000-%2")
                             .arg(i * 7877 + 100000, 8, 16, QLatin1Char('0'))
                             .arg(i, 12, 10, QLatin1Char('0')));
    const QStringList titles = words(
        "Elev Elev Elev Elev Elev Elev Lærer Lektor Adjunkt Pædagog Skoleleder Viceskoleleder Sekretær Pedel "
        "Bibliotekar Vejleder Studievejleder IT-ansvarlig Rektor Vicerektor Underviser Timelærer Praktikant "
        "Souschef Afdelingsleder Køkkenleder Rengøring Psykolog Tale-hørelærer Inklusionsvejleder AKT-lærer "
        "Læsevejleder Matematikvejleder Kursist Tolk Administrativ");
    QStringList departments;
    for (int i = 0; i < 200; ++i)
        departments.append(QStringLiteral("%1.%2").arg(i % 10).arg(QChar(u'a' + i / 10 % 26)));
    const QList<QStringList> licenceSets = {
        {QStringLiteral("STANDARDWOFFPACK_STUDENT")},
        {QStringLiteral("STANDARDWOFFPACK_STUDENT"), QStringLiteral("STREAM")},
        {QStringLiteral("M365EDU_A3_STUUSEBNFT")},
        {QStringLiteral("M365EDU_A3_FACULTY"), QStringLiteral("STANDARDWOFFPACK_FACULTY")},
        {QStringLiteral("M365EDU_A5_FACULTY"), QStringLiteral("POWER_BI_PRO_FACULTY"),
         QStringLiteral("STANDARDWOFFPACK_FACULTY")},
        {QStringLiteral("STANDARDWOFFPACK_FACULTY")},
        {}};

    std::mt19937 random(seed);
    const auto pick = [&random](int n) {
        return int(random() % quint32(n));
    };
    std::vector<UserRecord> users;
    users.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        UserRecord user;
        user.id = QStringLiteral("%1-%2-4%3-8%4-%5")
                      .arg(random(), 8, 16, QLatin1Char('0'))
                      .arg(random() & 0xffff, 4, 16, QLatin1Char('0'))
                      .arg(random() & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(random() & 0xfff, 3, 16, QLatin1Char('0'))
                      .arg(QString::number(quint64(random()) << 16 | (random() & 0xffff), 16)
                               .rightJustified(12, QLatin1Char('0')));
        const QString first = firstNames.at(pick(firstNames.size()));
        const QString last = lastNames.at(pick(lastNames.size()));
        const bool middle = pick(5) == 0;
        user.displayName =
            middle ? first + QLatin1Char(' ') + lastNames.at(pick(lastNames.size())) + QLatin1Char(' ') + last
                   : first + QLatin1Char(' ') + last;
        const int school = pick(schoolNames.size());
        user.userPrincipalName =
            QStringLiteral("%1.%2%3@%4.dk")
                .arg(asciiFolded(first), asciiFolded(last))
                .arg(pick(100))
                .arg(school % 8 == 0 ? QStringLiteral("kommune-skoler") : QStringLiteral("school-domain"));
        user.mail = pick(20) == 0 ? QString() : user.userPrincipalName;
        const bool student = pick(10) < 8;
        user.jobTitle = student ? titles.first() : titles.at(pick(titles.size()));
        user.department = departments.at(pick(departments.size()));
        if (student || pick(3) != 0) {
            user.schoolIds = {schoolIds.at(school)};
            user.schoolNames = {schoolNames.at(school)};
        } else {
            int other = pick(schoolNames.size());
            if (other == school)
                other = (other + 1) % schoolNames.size();
            const bool ordered = schoolNames.at(school) < schoolNames.at(other);
            user.schoolIds = {schoolIds.at(ordered ? school : other), schoolIds.at(ordered ? other : school)};
            user.schoolNames = {schoolNames.at(ordered ? school : other),
                                schoolNames.at(ordered ? other : school)};
        }
        user.licences = licenceSets.at(student ? pick(3) : 3 + pick(4));
        const int state = pick(1000);
        user.state = state < 5 ? UserRecord::State::Deleted
                               : (state < 40 ? UserRecord::State::Disabled : UserRecord::State::Enabled);
        user.lastReadMs = 1790000000000 + pick(86400000);
        users.push_back(std::move(user));
    }
    // SnapshotReader reads users by id, making each record's own strings in that order.
    std::sort(users.begin(), users.end(),
              [](const UserRecord &a, const UserRecord &b) { return a.id < b.id; });
    std::vector<UserRecord> ordered;
    ordered.reserve(users.size());
    for (const UserRecord &user : users) {
        UserRecord copy = user;
        copy.id = QString(user.id.constData(), user.id.size());
        copy.displayName = QString(user.displayName.constData(), user.displayName.size());
        copy.userPrincipalName = QString(user.userPrincipalName.constData(), user.userPrincipalName.size());
        copy.mail = user.mail.isEmpty() ? QString() : QString(user.mail.constData(), user.mail.size());
        copy.schoolIds = QStringList(user.schoolIds.cbegin(), user.schoolIds.cend());
        copy.schoolNames = QStringList(user.schoolNames.cbegin(), user.schoolNames.cend());
        ordered.push_back(std::move(copy));
    }
    users.clear();
    users.shrink_to_fit();
    users = std::move(ordered);
    return users;
}

// CPU time of this thread: what the work costs when the machine's cores are shared with other builds.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, int(values.size() * p)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Number of users."),
                                         QStringLiteral("count"), QStringLiteral("200000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions (best is shown)."),
                                        QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print every keystroke."));
    parser.addOptions({usersOption, runsOption, verboseOption});
    parser.process(app);
    const int count = parser.value(usersOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const bool verbose = parser.isSet(verboseOption);

    const std::vector<UserRecord> users = makeUsers(count, 20261203);
    print(QStringLiteral("%1 synthetic users, best of %2 runs").arg(count).arg(runs));

    double bestSetUsers = 1e9, bestProxy = 1e9, bestSort = 1e9, bestTotal = 1e9, bestP50 = 1e9, bestP95 = 1e9,
           bestMax = 1e9, bestCpu = 1e9, bestSetUsersCpu = 1e9, bestRestCpu = 1e9;
    for (int run = 0; run < runs; ++run) {
        std::vector<UserRecord> records = users;
        QElapsedTimer clock;
        const double cpuStart = threadCpuMs();
        clock.start();
        UsersModel model;
        model.setUsers(std::move(records));
        const double setUsersMs = clock.nsecsElapsed() / 1e6;
        const double setUsersCpuMs = threadCpuMs() - cpuStart;
        UsersModelProxy proxy;
        proxy.setSourceModel(&model);
        const double proxyMs = clock.nsecsElapsed() / 1e6 - setUsersMs;
        proxy.sort(UsersModel::NameColumn, Qt::AscendingOrder); // as the users pane does
        const double totalMs = clock.nsecsElapsed() / 1e6;
        const double sortMs = totalMs - setUsersMs - proxyMs;
        const double cpuMs = threadCpuMs() - cpuStart;
        bestSetUsersCpu = qMin(bestSetUsersCpu, setUsersCpuMs);
        bestRestCpu = qMin(bestRestCpu, cpuMs - setUsersCpuMs);

        QList<double> keystrokes;
        int matches = 0;
        for (const FilterKeystroke &key : filterKeystrokes()) {
            QElapsedTimer timer;
            timer.start();
            proxy.setFilterText(key.text);
            keystrokes << timer.nsecsElapsed() / 1e6;
            matches += proxy.rowCount();
            if (verbose)
                print(QStringLiteral("  %1%2: %3 rows, %4 ms")
                          .arg(key.text, key.backspace ? QStringLiteral(" (backspace)") : QString())
                          .arg(proxy.rowCount())
                          .arg(keystrokes.last()));
        }
        const double p50 = percentile(keystrokes, 0.5);
        const double p95 = percentile(keystrokes, 0.95);
        const double max = percentile(keystrokes, 1.0);
        print(QStringLiteral("run %1: setUsers %2 ms, setSourceModel %3 ms, sort by name %4 ms (together %5 "
                             "ms, CPU %11 ms); "
                             "%6 keystrokes p50 %7 ms, p95 %8 ms, max %9 ms; %10 rows matched in all")
                  .arg(run + 1)
                  .arg(setUsersMs, 0, 'f', 1)
                  .arg(proxyMs, 0, 'f', 1)
                  .arg(sortMs, 0, 'f', 1)
                  .arg(totalMs, 0, 'f', 1)
                  .arg(keystrokes.size())
                  .arg(p50, 0, 'f', 2)
                  .arg(p95, 0, 'f', 2)
                  .arg(max, 0, 'f', 2)
                  .arg(matches)
                  .arg(cpuMs, 0, 'f', 1));
        bestSetUsers = qMin(bestSetUsers, setUsersMs);
        bestProxy = qMin(bestProxy, proxyMs);
        bestSort = qMin(bestSort, sortMs);
        bestTotal = qMin(bestTotal, totalMs);
        bestCpu = qMin(bestCpu, cpuMs);
        bestP50 = qMin(bestP50, p50);
        bestP95 = qMin(bestP95, p95);
        bestMax = qMin(bestMax, max);
    }
    print(QStringLiteral("best: setUsers %1 ms, setSourceModel %2 ms, sort by name %3 ms, together %4 ms "
                         "(CPU %8 ms: setUsers %9, proxy and sort %10); "
                         "keystroke p50 %5 ms, p95 %6 ms, max %7 ms")
              .arg(bestSetUsers, 0, 'f', 1)
              .arg(bestProxy, 0, 'f', 1)
              .arg(bestSort, 0, 'f', 1)
              .arg(bestTotal, 0, 'f', 1)
              .arg(bestP50, 0, 'f', 2)
              .arg(bestP95, 0, 'f', 2)
              .arg(bestMax, 0, 'f', 2)
              .arg(bestCpu, 0, 'f', 1)
              .arg(bestSetUsersCpu, 0, 'f', 1)
              .arg(bestRestCpu, 0, 'f', 1));
    return 0;
}
