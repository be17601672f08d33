#include "cli/profilecommand.h"

#include "cli/cliconsole.h"
#include "cli/clitext.h"
#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace {
// The sandbox's start-up line, given as the JSON text itself, as "-" (standard input) or as a file path.
QJsonObject readSandboxLine(const QString &value, QString *error)
{
    QByteArray text = value.toUtf8();
    if (value == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = ProfileCommand::tr("Could not read standard input.");
            return {};
        }
        text = in.readLine();
    } else if (!value.trimmed().startsWith(QLatin1Char('{'))) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ProfileCommand::tr("Could not read %1: %2").arg(value, file.errorString());
            return {};
        }
        text = file.readLine();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed(), &parseError);
    if (!document.isObject()) {
        *error = ProfileCommand::tr("The sandbox line is not a JSON object (%1 at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    return document.object();
}

QString certificateSummary(const QString &pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.toLatin1());
    QStringList lines;
    for (const QSslCertificate &certificate : certificates) {
        lines << ProfileCommand::tr("%1, valid until %2, SHA-256 %3")
                     .arg(certificate.subjectDisplayName(), certificate.expiryDate().toString(Qt::ISODate),
                          QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

ProfileCommand::ProfileCommand(ProfileStore &store, CliConsole &console,
                               std::function<Error(const QString &)> removeProfile)
    : m_store(store), m_console(console), m_removeProfile(std::move(removeProfile))
{}

QString ProfileCommand::description()
{
    return tr("Add, list, show, remove or choose tenant profiles.");
}

QString ProfileCommand::usage()
{
    return tr("Usage:\n"
              "  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]\n"
              "              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]\n"
              "              [--certificate PEM] [--trusted-certificate PEM]\n"
              "  profile add NAME --from-sandbox JSON|FILE|-\n"
              "  profile list [--json]\n"
              "  profile show NAME [--json]\n"
              "  profile remove NAME\n"
              "  profile use NAME\n"
              "METHOD is browser, device-code, client-secret or client-certificate.");
}

int ProfileCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("show"))
        return show(rest);
    if (verb == QLatin1String("remove"))
        return remove(rest);
    if (verb == QLatin1String("use"))
        return use(rest);
    m_console.message(usage());
    return 2;
}

ProfileCommand::AddOptions ProfileCommand::addOptions()
{
    return {
        QCommandLineOption(QStringLiteral("tenant"), tr("Tenant id or domain."), tr("tenant")),
        QCommandLineOption(QStringLiteral("client-id"), tr("Application (client) id."), tr("id")),
        QCommandLineOption(QStringLiteral("app-client-id"),
                           tr("Application id for unattended sign-in, if different."), tr("id")),
        QCommandLineOption(QStringLiteral("method"), tr("Sign-in method."), tr("method")),
        QCommandLineOption(QStringLiteral("authority"), tr("Sign-in authority URL."), tr("url")),
        QCommandLineOption(QStringLiteral("graph-url"), tr("Microsoft Graph URL."), tr("url")),
        QCommandLineOption(QStringLiteral("exchange-url"), tr("Exchange Online URL."), tr("url")),
        QCommandLineOption(QStringLiteral("certificate"),
                           tr("PEM file with the application's certificate and key."), tr("file")),
        QCommandLineOption(QStringLiteral("trusted-certificate"),
                           tr("PEM file with a CA certificate trusted for this profile only."), tr("file")),
        QCommandLineOption(QStringLiteral("from-sandbox"),
                           tr("The JSON line tenantdesk-sandbox printed (text, file or -)."), tr("json"))};
}

QString ProfileCommand::help()
{
    return CliText::commandHelp(usage(), description(), addOptions().all());
}

int ProfileCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const AddOptions options = addOptions();
    const QCommandLineOption &tenant = options.tenant, &clientId = options.clientId,
                             &appClientId = options.appClientId, &method = options.method,
                             &authority = options.authority, &graphUrl = options.graphUrl,
                             &exchangeUrl = options.exchangeUrl, &certificate = options.certificate,
                             &trusted = options.trusted, &fromSandbox = options.fromSandbox;
    parser.addOptions(options.all());
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."));
    if (!parser.parse(subcommandArguments(QStringLiteral("profile add"), arguments))) {
        m_console.message(parser.errorText());
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_console.message(usage());
        return 2;
    }
    const QString name = positional.first();

    TenantProfile profile;
    if (parser.isSet(fromSandbox)) {
        QString error;
        const QJsonObject info = readSandboxLine(parser.value(fromSandbox), &error);
        if (!error.isEmpty()) {
            m_console.message(error);
            return 1;
        }
        profile = TenantProfile::fromSandboxInfo(name, info, &error);
        if (!error.isEmpty()) {
            m_console.message(error);
            return 1;
        }
    } else {
        profile = TenantProfile::forCommercialCloud(name, parser.value(tenant), parser.value(clientId));
    }
    if (parser.isSet(tenant))
        profile.tenant = parser.value(tenant);
    if (parser.isSet(clientId))
        profile.clientId = parser.value(clientId);
    if (parser.isSet(appClientId))
        profile.appClientId = parser.value(appClientId);
    if (parser.isSet(authority))
        profile.authority = QUrl(parser.value(authority));
    if (parser.isSet(graphUrl))
        profile.graphUrl = QUrl(parser.value(graphUrl));
    if (parser.isSet(exchangeUrl))
        profile.exchangeUrl = QUrl(parser.value(exchangeUrl));
    if (parser.isSet(certificate))
        profile.certificatePath = parser.value(certificate);
    if (parser.isSet(method) && !TenantProfile::methodFromId(parser.value(method), &profile.signInMethod)) {
        m_console.message(tr("Unknown sign-in method \"%1\".").arg(parser.value(method)));
        return 2;
    }
    if (parser.isSet(trusted)) {
        QFile file(parser.value(trusted));
        if (!file.open(QIODevice::ReadOnly)) {
            m_console.message(tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        profile.trustedCertificatePem = QString::fromLatin1(file.readAll());
        if (QSslCertificate::fromData(profile.trustedCertificatePem.toLatin1()).isEmpty()) {
            m_console.message(tr("%1 holds no PEM certificate.").arg(file.fileName()));
            return 1;
        }
    }
    const bool replacing = m_store.contains(name);
    QString error;
    if (!m_store.save(profile, &error)) {
        m_console.message(tr("The profile was not saved: %1").arg(error));
        return 1;
    }
    if (m_store.currentName().isEmpty())
        m_store.setCurrentName(name);
    m_console.message(replacing ? tr("Profile \"%1\" updated.").arg(name)
                                : tr("Profile \"%1\" added.").arg(name));
    return 0;
}

int ProfileCommand::list(const QStringList &arguments)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    const QString current = m_store.currentName();
    if (json) {
        QJsonArray array;
        for (const QString &name : m_store.names()) {
            QJsonObject object = m_store.profile(name).toJson();
            object.remove(QStringLiteral("trustedCertificate"));
            object.insert(QStringLiteral("current"), name == current);
            array.append(object);
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    const QStringList names = m_store.names();
    if (names.isEmpty()) {
        m_console.message(tr("No profiles yet. Add one with: tenantdesk-cli profile add NAME ..."));
        return 0;
    }
    for (const QString &name : names) {
        const TenantProfile p = m_store.profile(name);
        m_console.line(QStringLiteral("%1 %2  %3  %4")
                           .arg(name == current ? QStringLiteral("*") : QStringLiteral(" "), name, p.tenant,
                                TenantProfile::methodDisplayName(p.signInMethod)));
    }
    return 0;
}

int ProfileCommand::show(const QStringList &arguments)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    QStringList names = arguments;
    names.removeAll(QStringLiteral("--json"));
    if (names.size() != 1) {
        m_console.message(usage());
        return 2;
    }
    if (!m_store.contains(names.first())) {
        m_console.message(tr("There is no profile named \"%1\".").arg(names.first()));
        return 1;
    }
    const TenantProfile p = m_store.profile(names.first());
    if (json) {
        m_console.printJson(QJsonDocument(p.toJson()));
        return 0;
    }
    const auto row = [this](const QString &label, const QString &value) {
        m_console.line(QStringLiteral("%1: %2").arg(label, value));
    };
    row(tr("Name"), p.name);
    row(tr("Tenant"), p.tenant);
    row(tr("Client id"), p.clientId);
    if (!p.appClientId.isEmpty())
        row(tr("Application id for unattended sign-in"), p.appClientId);
    row(tr("Sign-in method"), TenantProfile::methodDisplayName(p.signInMethod));
    row(tr("Authority"), p.authority.toString());
    row(tr("Graph"), p.graphUrl.toString());
    row(tr("Exchange"), p.exchangeUrl.toString());
    if (!p.certificatePath.isEmpty())
        row(tr("Certificate"), p.certificatePath);
    if (!p.trustedCertificatePem.isEmpty())
        row(tr("Trusted certificate"), certificateSummary(p.trustedCertificatePem));
    if (!p.account.isEmpty())
        row(tr("Account"), p.account);
    return 0;
}

int ProfileCommand::remove(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        m_console.message(usage());
        return 2;
    }
    const QString name = arguments.first();
    if (!m_store.contains(name)) {
        m_console.message(tr("There is no profile named \"%1\".").arg(name));
        return 1;
    }
    if (const Error error = m_removeProfile(name)) {
        m_console.message(
            error.kind() == Error::Kind::Storage && error.where().endsWith(QLatin1String(".sqlite"))
                ? tr("The profile's local snapshot could not be deleted; the profile was kept.")
                : tr("The profile's secrets could not be removed from the keychain; the profile was kept."));
        m_console.message(error.fullText());
        return 1;
    }
    m_console.message(
        tr("Profile \"%1\" removed, with its sign-in secrets and its local snapshot.").arg(name));
    return 0;
}

int ProfileCommand::use(const QStringList &arguments)
{
    if (arguments.size() != 1 || !m_store.contains(arguments.first())) {
        m_console.message(
            arguments.size() == 1 ? tr("There is no profile named \"%1\".").arg(arguments.first()) : usage());
        return arguments.size() == 1 ? 1 : 2;
    }
    m_store.setCurrentName(arguments.first());
    m_console.message(tr("\"%1\" is now the current profile.").arg(arguments.first()));
    return 0;
}
