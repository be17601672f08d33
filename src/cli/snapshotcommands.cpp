#include "cli/snapshotcommands.h"

#include "cli/blockingsession.h"
#include "cli/cliconsole.h"
#include "cli/clitext.h"
#include "core/settings.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <memory>

#include <unistd.h>

namespace {
QString stateId(UserRecord::State state)
{
    switch (state) {
    case UserRecord::State::Enabled:
        return QStringLiteral("enabled");
    case UserRecord::State::Disabled:
        return QStringLiteral("disabled");
    case UserRecord::State::Deleted:
        return QStringLiteral("deleted");
    }
    return QString();
}

QJsonValue jsonOrUndefined(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonObject objectChangeJson(const SnapshotDiffResult::ObjectChange &change)
{
    QJsonObject o{{QStringLiteral("type"), snapshotObjectTypeId(change.type)},
                  {QStringLiteral("id"), change.id},
                  {QStringLiteral("displayName"), change.displayName}};
    if (!change.properties.isEmpty()) {
        QJsonArray properties;
        for (const auto &p : change.properties)
            properties.append(QJsonObject{{QStringLiteral("name"), p.name},
                                          {QStringLiteral("old"), jsonOrUndefined(p.oldValue)},
                                          {QStringLiteral("new"), jsonOrUndefined(p.newValue)}});
        o.insert(QStringLiteral("properties"), properties);
    }
    return o;
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString::fromUtf8(
        QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Compact));
}
} // namespace

SnapshotCommands::SnapshotCommands(const TenantProfile &profile, CliConsole &console)
    : m_profile(profile), m_console(console)
{}

QString SnapshotCommands::syncDescription()
{
    return tr("Bring the local snapshot up to date (full sync the first time, then changes only).");
}
QString SnapshotCommands::usersDescription()
{
    return tr("List users from the local snapshot (works offline).");
}
QString SnapshotCommands::snapshotDescription()
{
    return tr("List the snapshot's generations, or show what changed between two (list, diff).");
}

SnapshotCommands::SyncOptions SnapshotCommands::syncOptions()
{
    return {
        QCommandLineOption(QStringLiteral("full"), tr("Read everything again instead of only the changes.")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the summary as JSON.")),
        QCommandLineOption(QStringLiteral("parallel"), tr("Requests in flight at once (default 16)."),
                           tr("count"), QStringLiteral("16"))};
}

SnapshotCommands::UsersOptions SnapshotCommands::usersOptions()
{
    return {QCommandLineOption(QStringLiteral("filter"),
                               tr("Only users whose name, address or school contains "
                                  "this text."),
                               tr("text")),
            QCommandLineOption(QStringLiteral("school"), tr("Only users of this school (name or id)."),
                               tr("school")),
            QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")),
            QCommandLineOption(QStringLiteral("csv"), tr("Print CSV."))};
}

SnapshotCommands::DiffOptions SnapshotCommands::diffOptions()
{
    return {QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")),
            QCommandLineOption(QStringLiteral("school"), tr("Only changes that concern this school (id)."),
                               tr("school"))};
}

QString SnapshotCommands::usersUsage()
{
    return tr("Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]");
}

QString SnapshotCommands::snapshotUsage()
{
    return tr("Usage:\n  snapshot list [--json]\n  snapshot diff A B [--school SCHOOL] [--json]");
}

QString SnapshotCommands::syncHelp()
{
    return CliText::commandHelp(tr("Usage: sync [--full] [--json] [--parallel COUNT]"), syncDescription(),
                                syncOptions().all());
}

QString SnapshotCommands::usersHelp()
{
    return CliText::commandHelp(usersUsage(), usersDescription(), usersOptions().all());
}

QString SnapshotCommands::snapshotHelp()
{
    return CliText::commandHelp(snapshotUsage(), snapshotDescription(), diffOptions().all());
}

int SnapshotCommands::sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SyncOptions options = syncOptions();
    const QCommandLineOption &full = options.full, &json = options.json, &parallel = options.parallel;
    parser.addOptions(options.all());
    if (!parser.parse(subcommandArguments(QStringLiteral("sync"), arguments)) ||
        !parser.positionalArguments().isEmpty()) {
        m_console.message(parser.errorText().isEmpty() ? tr("sync takes no positional arguments.")
                                                       : parser.errorText());
        return 2;
    }
    BlockingSession session(m_profile, m_console);
    SnapshotService snapshot;
    snapshot.setLoadsContents(false);
    snapshot.setSyncWhenEmpty(false);
    snapshot.setParallelism(qBound(1, parser.value(parallel).toInt(), 32));
    snapshot.setGenerationsKept(Settings().snapshotGenerationsKept());
    snapshot.open(SnapshotService::pathFor(m_profile.name), &session.session());

    QElapsedTimer lastPrint;
    lastPrint.start();
    QObject::connect(&snapshot, &SnapshotService::refreshProgress, &snapshot,
                     [&](const SnapshotSync::Progress &p) {
                         if (lastPrint.elapsed() < 1000)
                             return;
                         lastPrint.restart();
                         QString line = tr("%1: %2 objects, %3 requests, %4 objects/s")
                                            .arg(p.phase)
                                            .arg(p.objects)
                                            .arg(p.requests)
                                            .arg(qRound(p.perSecond));
                         if (p.etaSeconds >= 0)
                             line += QLatin1Char(' ') + tr("(about %1 s left)").arg(p.etaSeconds);
                         m_console.message(line);
                     });
    QObject::connect(&snapshot, &SnapshotService::refreshFellBackToFull, &snapshot,
                     [this](const QString &message) { m_console.message(message); });

    // Ctrl+C cancels cleanly: the unfinished generation is rolled back, the snapshot stays as it was.
    static int signalPipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(signalPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &snapshot, [&snapshot, this] {
            char c;
            if (::read(signalPipe[0], &c, 1) == 1) {
                m_console.message(tr("Cancelling…"));
                snapshot.cancelRefresh();
            }
        });
        std::signal(SIGINT, [](int) {
            const char c = 1;
            [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
        });
    }

    const SnapshotSync::Mode mode = parser.isSet(full) ? SnapshotSync::Mode::Full : SnapshotSync::Mode::Auto;
    const Error result = BlockingSession::wait([&snapshot, mode](BlockingSession::DoneCallback done) {
        QObject::connect(&snapshot, &SnapshotService::refreshFinished, &snapshot, done);
        snapshot.refresh(mode);
    });
    std::signal(SIGINT, SIG_DFL);

    const SnapshotSync::Summary summary = snapshot.lastRefresh();
    if (result) {
        session.printError(result);
        return result.kind() == Error::Kind::Cancelled ? 130 : 1;
    }
    if (parser.isSet(json)) {
        m_console.printJson(QJsonDocument(summary.toJson()));
        return session.exitCode(0);
    }
    m_console.line(summary.full ? tr("Full sync complete (generation %1).").arg(summary.generation)
                                : tr("Changes applied (generation %1).").arg(summary.generation));
    for (auto it = summary.objectsByKind.cbegin(); it != summary.objectsByKind.cend(); ++it)
        m_console.line(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()));
    m_console.line(tr("%1 requests, %2 retries, %3 s")
                       .arg(summary.requests)
                       .arg(summary.retries)
                       .arg(summary.seconds, 0, 'f', 1));
    return session.exitCode(0);
}

int SnapshotCommands::users(const QStringList &arguments)
{
    QCommandLineParser parser;
    const UsersOptions options = usersOptions();
    const QCommandLineOption &filter = options.filter, &school = options.school, &json = options.json,
                             &csv = options.csv;
    parser.addOptions(options.all());
    if (!parser.parse(subcommandArguments(QStringLiteral("users"), arguments)) ||
        parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        m_console.message(parser.errorText().isEmpty() ? usersUsage() : parser.errorText());
        return 2;
    }
    const QString path = SnapshotService::pathFor(m_profile.name);
    if (!QFileInfo::exists(path)) {
        m_console.message(tr("There is no snapshot of \"%1\" yet. Run: tenantdesk-cli --profile \"%1\" sync")
                              .arg(m_profile.name));
        return 1;
    }
    SnapshotService snapshot;
    snapshot.setLoadsContents(false);
    snapshot.setSyncWhenEmpty(false);
    snapshot.open(path, nullptr);
    UserListing listing;
    if (const Error error = snapshot.readUsers(&listing)) {
        m_console.message(error.fullText());
        return 1;
    }
    QJsonArray array;
    if (parser.isSet(csv))
        m_console.line(QStringLiteral("id,displayName,userPrincipalName,mail,schools,licences,state"));
    const std::vector<size_t> rows = listing.find(parser.value(filter), parser.value(school));
    const int shown = int(rows.size());
    for (size_t row : rows) {
        const UserRecord &u = listing.user(row);
        if (parser.isSet(json)) {
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("displayName"), u.displayName},
                                     {QStringLiteral("userPrincipalName"), u.userPrincipalName},
                                     {QStringLiteral("mail"), u.mail},
                                     {QStringLiteral("schools"), QJsonArray::fromStringList(u.schoolNames)},
                                     {QStringLiteral("licences"), QJsonArray::fromStringList(u.licences)},
                                     {QStringLiteral("state"), stateId(u.state)}});
        } else if (parser.isSet(csv)) {
            m_console.out() << CliText::csvField(u.id) << ',' << CliText::csvField(u.displayName) << ','
                            << CliText::csvField(u.userPrincipalName) << ',' << CliText::csvField(u.mail)
                            << ',' << CliText::csvField(u.schoolNames.join(QLatin1Char(';'))) << ','
                            << CliText::csvField(u.licences.join(QLatin1Char(';'))) << ',' << stateId(u.state)
                            << '\n';
        } else {
            m_console.out() << CliText::terminalText(u.userPrincipalName) << '\t'
                            << CliText::terminalText(u.displayName) << '\t'
                            << CliText::terminalText(u.schoolNames.join(QStringLiteral(", "))) << '\t'
                            << stateId(u.state) << '\n';
        }
    }
    m_console.out().flush();
    if (parser.isSet(json))
        m_console.printJson(QJsonDocument(array));
    m_console.message(tr("%n user(s).", nullptr, shown));
    return 0;
}

int SnapshotCommands::snapshot(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list"))
        return listGenerations(arguments.mid(1));
    if (verb == QLatin1String("diff"))
        return diff(arguments.mid(1));
    m_console.message(snapshotUsage());
    return 2;
}

int SnapshotCommands::listGenerations(const QStringList &arguments)
{
    SnapshotService snapshot;
    snapshot.setLoadsContents(false);
    snapshot.setSyncWhenEmpty(false);
    snapshot.open(SnapshotService::pathFor(m_profile.name), nullptr);
    Error error;
    const QList<SnapshotGeneration> generations = snapshot.generations(&error);
    if (error) {
        m_console.message(error.fullText());
        return 1;
    }
    const auto statusId = [](SnapshotGeneration::Status s) {
        return s == SnapshotGeneration::Status::Complete  ? QStringLiteral("complete")
               : s == SnapshotGeneration::Status::Running ? QStringLiteral("running")
                                                          : QStringLiteral("aborted");
    };
    if (arguments.contains(QLatin1String("--json"))) {
        QJsonArray array;
        for (const SnapshotGeneration &g : generations)
            array.append(QJsonObject{{QStringLiteral("id"), g.id},
                                     {QStringLiteral("kind"), g.kind == SnapshotGeneration::Kind::Full
                                                                  ? QStringLiteral("full")
                                                                  : QStringLiteral("delta")},
                                     {QStringLiteral("status"), statusId(g.status)},
                                     {QStringLiteral("started"), g.started.toString(Qt::ISODate)},
                                     {QStringLiteral("finished"), g.finished.toString(Qt::ISODate)},
                                     {QStringLiteral("added"), g.added},
                                     {QStringLiteral("changed"), g.changed},
                                     {QStringLiteral("removed"), g.removed}});
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    for (const SnapshotGeneration &g : generations) {
        m_console.line(tr("%1  %2  %3  %4  +%5 ~%6 -%7")
                           .arg(g.id)
                           .arg(g.kind == SnapshotGeneration::Kind::Full ? tr("full") : tr("changes"))
                           .arg(statusId(g.status), g.started.toLocalTime().toString(Qt::ISODate))
                           .arg(g.added)
                           .arg(g.changed)
                           .arg(g.removed));
    }
    return 0;
}

int SnapshotCommands::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    const DiffOptions options = diffOptions();
    const QCommandLineOption &json = options.json, &school = options.school;
    parser.addOptions(options.all());
    bool okA = false;
    bool okB = false;
    if (!parser.parse(subcommandArguments(QStringLiteral("snapshot diff"), arguments)) ||
        parser.positionalArguments().size() != 2) {
        m_console.message(tr("Usage: snapshot diff A B [--school SCHOOL] [--json]"));
        return 2;
    }
    const qint64 a = parser.positionalArguments().at(0).toLongLong(&okA);
    const qint64 b = parser.positionalArguments().at(1).toLongLong(&okB);
    if (!okA || !okB) {
        m_console.message(tr("A and B are generation numbers; see: snapshot list"));
        return 2;
    }
    SnapshotService snapshot;
    snapshot.setLoadsContents(false);
    snapshot.setSyncWhenEmpty(false);
    snapshot.open(SnapshotService::pathFor(m_profile.name), nullptr);
    SnapshotDiffResult result;
    if (const Error error = snapshot.diff(a, b, parser.value(school), &result)) {
        m_console.message(error.fullText());
        return 1;
    }
    if (parser.isSet(json)) {
        const auto objects = [](const QList<SnapshotDiffResult::ObjectChange> &list) {
            QJsonArray array;
            for (const auto &change : list)
                array.append(objectChangeJson(change));
            return array;
        };
        const auto memberships = [](const QList<SnapshotDiffResult::MembershipChange> &list) {
            QJsonArray array;
            for (const auto &m : list)
                array.append(QJsonObject{{QStringLiteral("relation"), snapshotRelationId(m.relation)},
                                         {QStringLiteral("container"), m.containerId},
                                         {QStringLiteral("member"), m.memberId},
                                         {QStringLiteral("memberType"), m.memberType}});
            return array;
        };
        m_console.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("from"), result.fromGeneration},
                        {QStringLiteral("to"), result.toGeneration},
                        {QStringLiteral("added"), objects(result.added)},
                        {QStringLiteral("removed"), objects(result.removed)},
                        {QStringLiteral("changed"), objects(result.changed)},
                        {QStringLiteral("membersAdded"), memberships(result.membersAdded)},
                        {QStringLiteral("membersRemoved"), memberships(result.membersRemoved)}}));
        return 0;
    }
    // Names and values come from the tenant: control characters in them must not reach the terminal.
    const auto t = &CliText::terminalText;
    for (const auto &c : result.added)
        m_console.line(
            QStringLiteral("+ %1 %2 (%3)").arg(snapshotObjectTypeId(c.type), t(c.displayName), t(c.id)));
    for (const auto &c : result.removed)
        m_console.line(
            QStringLiteral("- %1 %2 (%3)").arg(snapshotObjectTypeId(c.type), t(c.displayName), t(c.id)));
    for (const auto &c : result.changed) {
        m_console.line(
            QStringLiteral("~ %1 %2 (%3)").arg(snapshotObjectTypeId(c.type), t(c.displayName), t(c.id)));
        for (const auto &p : c.properties)
            m_console.line(QStringLiteral("    %1: %2 → %3")
                               .arg(t(p.name), t(valueText(p.oldValue)), t(valueText(p.newValue))));
    }
    for (const auto &m : result.membersAdded)
        m_console.line(QStringLiteral("+ %1 %2 ← %3")
                           .arg(snapshotRelationId(m.relation), t(m.containerId), t(m.memberId)));
    for (const auto &m : result.membersRemoved)
        m_console.line(QStringLiteral("- %1 %2 ← %3")
                           .arg(snapshotRelationId(m.relation), t(m.containerId), t(m.memberId)));
    if (result.isEmpty())
        m_console.message(tr("No differences between generation %1 and %2.").arg(a).arg(b));
    return 0;
}
