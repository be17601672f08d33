#include "cli/graphcommand.h"

#include "cli/blockingsession.h"
#include "cli/cliconsole.h"
#include "cli/clitext.h"
#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/pageiterator.h"
#include "services/tenantsession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList kMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
                           QStringLiteral("PUT"), QStringLiteral("DELETE")};

// "/v1.0/users" and "https://graph.microsoft.com/v1.0/users" mean "/users" below the profile's Graph URL.
QString relativePath(const QString &path, const QUrl &graphUrl)
{
    QString p = path;
    const QUrl asUrl(p);
    if (asUrl.isValid() && !asUrl.scheme().isEmpty() &&
        asUrl.host() == QLatin1String("graph.microsoft.com") && asUrl.host() != graphUrl.host())
        p = asUrl.path() +
            (asUrl.hasQuery() ? QLatin1Char('?') + asUrl.query(QUrl::FullyEncoded) : QString());
    const QString version = graphUrl.path().section(QLatin1Char('/'), -1);
    if (!version.isEmpty() && p.startsWith(QLatin1Char('/') + version + QLatin1Char('/')))
        p = p.mid(version.size() + 1);
    if (!p.startsWith(QLatin1Char('/')) && QUrl(p).scheme().isEmpty())
        p.prepend(QLatin1Char('/'));
    return p;
}
} // namespace

GraphCommand::GraphCommand(BlockingSession &session, CliConsole &console)
    : m_session(session), m_console(console)
{}

QString GraphCommand::description()
{
    return tr("Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.");
}

namespace {
struct GraphOptions
{
    QCommandLineOption body, header, all;
    QList<QCommandLineOption> list() const { return {body, header, all}; }
};

GraphOptions graphOptions()
{
    return {QCommandLineOption(QStringLiteral("body"),
                               GraphCommand::tr("JSON body, or @FILE to read it from a file."),
                               GraphCommand::tr("json")),
            QCommandLineOption(QStringLiteral("header"),
                               GraphCommand::tr("Extra request header \"Name: value\"."),
                               GraphCommand::tr("header")),
            QCommandLineOption(QStringLiteral("all"),
                               GraphCommand::tr("Follow @odata.nextLink and print every page's items."))};
}

QString graphUsage()
{
    return GraphCommand::tr("Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] "
                            "[--header \"Name: value\"] [--all]");
}
} // namespace

QString GraphCommand::help()
{
    return CliText::commandHelp(graphUsage(), description(), graphOptions().list());
}

int GraphCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const GraphOptions options = graphOptions();
    const QCommandLineOption &body = options.body, &header = options.header, &all = options.all;
    parser.addOptions(options.list());
    parser.addPositionalArgument(QStringLiteral("method"), tr("GET, POST, PATCH, PUT or DELETE."));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 tr("Path below the profile's Graph URL, e.g. /users."));
    if (!parser.parse(subcommandArguments(QStringLiteral("graph"), arguments))) {
        m_console.message(parser.errorText());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString method = positional.value(0).toUpper();
    if (positional.size() != 2 || !kMethods.contains(method)) {
        m_console.message(graphUsage());
        return 2;
    }
    ApiRequest::Headers headers;
    for (const QString &h : parser.values(header)) {
        const int colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_console.message(tr("The header \"%1\" is not in the form \"Name: value\".").arg(h));
            return 2;
        }
        headers.append({h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    QJsonDocument document;
    if (parser.isSet(body)) {
        QByteArray text = parser.value(body).toUtf8();
        if (text.startsWith('@')) {
            QFile file(QString::fromUtf8(text.mid(1)));
            if (!file.open(QIODevice::ReadOnly)) {
                m_console.message(tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
                return 1;
            }
            text = file.readAll();
        }
        QJsonParseError parseError;
        document = QJsonDocument::fromJson(text, &parseError);
        if (document.isNull()) {
            m_console.message(tr("The body is not valid JSON: %1 at character %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
            return 2;
        }
    }
    const QString path = relativePath(positional.at(1), m_session.session().profile().graphUrl);
    if (parser.isSet(all)) {
        if (method != QLatin1String("GET")) {
            m_console.message(tr("--all works with GET only."));
            return 2;
        }
        return runAllPages(path, headers);
    }

    GraphClient *graph = m_session.session().graph();
    ApiJob *job = graph->send(graph->request(method.toLatin1(), path, document, headers));
    const Error error = BlockingSession::wait([job](BlockingSession::DoneCallback done) {
        QObject::connect(job, &ApiJob::finished, job, [job, done] { done(job->error()); });
        if (job->isFinished())
            done(job->error());
    });
    const ApiResponse &response = job->result();
    if (!response.json.isNull())
        m_console.printJson(response.json);
    else if (!response.rawBody.isEmpty())
        m_console.out() << response.rawBody << Qt::flush;
    job->deleteLater();
    if (error) {
        m_session.printError(error);
        return 1;
    }
    if (response.json.isNull() && response.rawBody.isEmpty())
        m_console.message(tr("HTTP %1, no content.").arg(response.status));
    return m_session.exitCode(0);
}

int GraphCommand::runAllPages(const QString &path, const ApiRequest::Headers &headers)
{
    PageIterator pages(m_session.session().graph(), path, headers);
    QJsonArray items;
    QObject::connect(&pages, &PageIterator::page, [&items](const QJsonArray &page) {
        for (const QJsonValue &item : page)
            items.append(item);
    });
    const Error error = BlockingSession::wait([&pages](BlockingSession::DoneCallback done) {
        QObject::connect(&pages, &PageIterator::finished, &pages, [&pages, done] { done(pages.error()); });
        pages.start();
        if (pages.isFinished())
            done(pages.error());
    });
    if (error) {
        m_session.printError(error);
        return 1;
    }
    QJsonObject result{{QStringLiteral("value"), items}};
    if (pages.deltaLink().isValid())
        result.insert(QStringLiteral("@odata.deltaLink"), pages.deltaLink().toString());
    m_console.printJson(QJsonDocument(result));
    const int count = int(items.size());
    m_console.message(tr("%n item(s) in %1 page(s).", nullptr, count).arg(pages.pageCount()));
    return m_session.exitCode(0);
}
