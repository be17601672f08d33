#include "sandbox/server/sandbox.h"

#include "sandbox/common/clientcertificate.h"
#include "sandbox/common/logging.h"
#include "sandbox/exchange/exchangeendpoints.h"
#include "sandbox/graph/directorydeleteditemsendpoints.h"
#include "sandbox/graph/graphadministrativeunitendpoints.h"
#include "sandbox/graph/graphcalendarendpoints.h"
#include "sandbox/graph/graphdeltaendpoints.h"
#include "sandbox/graph/graphdirectoryobjectsendpoints.h"
#include "sandbox/graph/grapheducationendpoints.h"
#include "sandbox/graph/graphgroupmembersendpoints.h"
#include "sandbox/graph/graphgroupsendpoints.h"
#include "sandbox/graph/graphlicenseendpoints.h"
#include "sandbox/graph/graphroleassignmentendpoints.h"
#include "sandbox/graph/graphscheduleendpoints.h"
#include "sandbox/graph/graphserviceprincipalendpoints.h"
#include "sandbox/graph/graphtenantendpoints.h"
#include "sandbox/graph/graphusersendpoints.h"
#include "sandbox/identity/identityendpoints.h"
#include "sandbox/oneroster/onerosterendpoints.h"
#include "sandbox/oneroster/onerostertokenendpoint.h"
#include "sandbox/seed/tenantseeder.h"
#include "sandbox/server/batchendpoint.h"
#include "sandbox/server/heaptrimmer.h"
#include "sandbox/server/sandboxcontrolendpoints.h"
#include "sandbox/server/sandboxserver.h"
#include "sandbox/state/tenantstatefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>

#include <algorithm>

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent) : QObject(parent), m_options(options)
{}

// A save running on a worker thread: what it writes (copies taken on the serving thread; Qt's containers
// share their data, so the copy is cheap and later changes detach from it) and how it went.
struct Sandbox::BackgroundSave
{
    Tenant tenant;
    QJsonObject identity;
    quint64 sequence = 0;
    QString path;
    bool ok = false;
    QString error;
    qint64 tookMs = 0;
};

Sandbox::~Sandbox()
{
    finishBackgroundSave();
    if (!m_options.stateFile.isEmpty() && stateChanged()) {
        QString error;
        if (!saveState(&error))
            qCWarning(lcSandbox) << "Could not save the sandbox state:" << error;
    }
}

void Sandbox::registerFamilies()
{
    m_server->addFamily(
        std::unique_ptr<EndpointFamily>(m_identity = new IdentityEndpoints(m_tenant, m_tokens)));
    m_server->addFamily(std::make_unique<GraphTenantEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphLicenseEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphAdministrativeUnitEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphRoleAssignmentEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphEducationEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphCalendarEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphScheduleEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphUsersEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphGroupsEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphGroupMembersEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphDirectoryObjectsEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphServicePrincipalEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<GraphDeltaEndpoints>(m_tenant, m_options.realism));
    m_server->addFamily(std::make_unique<DirectoryDeletedItemsEndpoints>(m_tenant));
    m_server->addFamily(std::make_unique<BatchEndpoint>(*m_server));
    m_server->addFamily(std::make_unique<SandboxControlEndpoints>(m_tenant, *m_server));
    m_server->addFamily(std::make_unique<ExchangeEndpoints>(m_tenant, m_options.realism));
    m_server->addFamily(std::make_unique<OneRosterTokenEndpoint>(m_tenant, m_tokens));
    m_server->addFamily(std::make_unique<OneRosterEndpoints>(m_tenant));
}

bool Sandbox::start(QString *error)
{
    if (!m_tokens.isValid()) {
        *error = QStringLiteral("OpenSSL could not make the token signing key");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("Could not create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    // The trainee's tenant from the --state file, or a freshly seeded one (written there at the end).
    const bool fromStateFile = !m_options.stateFile.isEmpty() && QFileInfo::exists(m_options.stateFile);
    QJsonObject identity;
    if (fromStateFile) {
        if (!TenantStateFile::load(m_options.stateFile, &m_tenant, &identity, error))
            return false;
        m_savedSequence = m_tenant.sequence;
    } else if (m_tenant.tenantId.isEmpty()) {
        TenantSeeder::seed(m_tenant, m_options);
    }
    HeapTrimmer::trim(); // seeding (or reading a state file) drops many drafts along the way
    if (!m_certificate.generate(QStringLiteral("Tenantdesk sandbox"), error))
        return false;
    QFile pem(m_dir.filePath(QStringLiteral("sandbox-ca.pem")));
    if (!pem.open(QIODevice::WriteOnly) || pem.write(m_certificate.certificatePem()) < 0) {
        *error = QStringLiteral("Could not write %1: %2").arg(pem.fileName(), pem.errorString());
        return false;
    }
    pem.close();

    m_server = std::make_unique<SandboxServer>(m_tenant, m_tokens, m_options);
    registerFamilies();
    if (!identity.isEmpty() && !restoreIdentity(identity, error))
        return false;
    OneRosterTokenEndpoint::ensureClient(m_tenant); // the SIS client of the OneRoster provider
    if (m_server->start(m_options.port, m_certificate.certificatePem(), m_certificate.privateKeyPem(),
                        error) == 0)
        return false;

    ClientCertificate clientCertificate; // the confidential app's certificate credential (client_assertion)
    if (!clientCertificate.generate(QStringLiteral("Tenantdesk sandbox confidential client"), error) ||
        !clientCertificate.write(m_dir.filePath(QStringLiteral("confidential-client.pem")), error))
        return false;
    for (Tenant::App &app : m_tenant.apps) {
        if (!app.clientId.isEmpty() && app.clientId == m_tenant.confidentialClientId)
            app.certificatePem = clientCertificate.certificatePem();
    }

    if (!m_options.stateFile.isEmpty()) {
        if (!fromStateFile && !saveState(error))
            return false;
        m_saveTimer.setInterval(2000);
        connect(&m_saveTimer, &QTimer::timeout, this, [this] {
            if (!m_saver && stateChanged())
                saveInBackground();
        });
        m_saveTimer.start();
    }
    return true;
}

QString Sandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QJsonObject Sandbox::info() const
{
    const QString base = baseUrl();
    QJsonArray users;
    for (const Tenant::Account &account : m_tenant.accounts) {
        users.append(QJsonObject{{QStringLiteral("username"), account.username},
                                 {QStringLiteral("password"), account.password},
                                 {QStringLiteral("role"), account.role}});
    }
    const Tenant::App *confidential = m_tenant.findApp(m_tenant.confidentialClientId);
    const Tenant::App *oneRoster = OneRosterTokenEndpoint::findClient(m_tenant);
    return QJsonObject{
        {QStringLiteral("authority"), base + QLatin1Char('/') + m_tenant.tenantId},
        {QStringLiteral("graph"), base + QStringLiteral("/v1.0")},
        {QStringLiteral("exchange"), base},
        {QStringLiteral("oneroster"), base + QStringLiteral("/ims/oneroster/v1p1")},
        {QStringLiteral("tenantId"), m_tenant.tenantId},
        {QStringLiteral("domain"), m_tenant.initialDomain},
        {QStringLiteral("caCertificate"), m_dir.filePath(QStringLiteral("sandbox-ca.pem"))},
        {QStringLiteral("caCertificatePem"), QString::fromLatin1(m_certificate.certificatePem())},
        {QStringLiteral("publicClientId"), m_tenant.publicClientId},
        {QStringLiteral("confidentialClientId"), m_tenant.confidentialClientId},
        {QStringLiteral("confidentialClientSecret"), confidential ? confidential->secret : QString()},
        {QStringLiteral("confidentialClientCertificate"),
         m_dir.filePath(QStringLiteral("confidential-client.pem"))},
        {QStringLiteral("oneRosterClientId"), oneRoster ? oneRoster->clientId : QString()},
        {QStringLiteral("oneRosterClientSecret"), oneRoster ? oneRoster->secret : QString()},
        {QStringLiteral("oneRosterTokenUrl"), base + OneRosterTokenEndpoint::path()},
        {QStringLiteral("users"), users},
    };
}

void Sandbox::saveInBackground()
{
    if (m_saver || m_options.stateFile.isEmpty())
        return;
    auto save = std::make_shared<BackgroundSave>();
    save->tenant = m_tenant;
    save->identity = identityState();
    save->sequence = m_tenant.sequence;
    save->path = m_options.stateFile;
    m_pendingSave = save;
    // Serializing, compressing and writing take seconds for a large tenant: all of it off this thread.
    m_saver = QThread::create([save] {
        QElapsedTimer took;
        took.start();
        save->ok = TenantStateFile::save(save->tenant, save->identity, save->path, &save->error);
        save->tenant = Tenant(); // the copy's share of the data goes here, not on the serving thread
        save->tookMs = took.elapsed();
    });
    connect(m_saver, &QThread::finished, this, [this, save] {
        if (m_pendingSave == save) // not already taken by saveState() or the destructor
            finishBackgroundSave();
    });
    m_saver->start(QThread::LowPriority);
}

void Sandbox::finishBackgroundSave()
{
    if (!m_saver)
        return;
    m_saver->wait();
    delete m_saver;
    m_saver = nullptr;
    const std::shared_ptr<BackgroundSave> save = std::move(m_pendingSave);
    if (!save->ok) {
        qCWarning(lcSandbox) << "Could not save the sandbox state:" << save->error;
        return; // still changed: the next tick tries again
    }
    m_savedSequence = save->sequence;
    m_savedIdentity = save->identity;
    // A large tenant takes seconds to write: spend at most a tenth of the time saving.
    m_saveTimer.setInterval(int(std::max<qint64>(2000, 10 * save->tookMs)));
}

bool Sandbox::saveState(QString *error)
{
    if (m_options.stateFile.isEmpty()) {
        *error = QStringLiteral("The sandbox was started without a state file (--state)");
        return false;
    }
    finishBackgroundSave(); // never two writers of one file
    const QJsonObject identity = identityState();
    if (!TenantStateFile::save(m_tenant, identity, m_options.stateFile, error))
        return false;
    m_savedSequence = m_tenant.sequence;
    m_savedIdentity = identity;
    return true;
}

QJsonObject Sandbox::identityState() const
{
    QJsonObject identity = m_identity ? m_identity->saveState() : QJsonObject();
    identity.insert(QStringLiteral("signingKey"), QString::fromLatin1(m_tokens.privateKeyPem()));
    return identity;
}

bool Sandbox::restoreIdentity(const QJsonObject &identity, QString *error)
{
    const QString problem = QStringLiteral("The sandbox state file %1 cannot be used: %2");
    QString what;
    if (!m_tokens.setPrivateKeyPem(identity.value(QLatin1String("signingKey")).toString().toLatin1()))
        what = QStringLiteral("its token signing key is not an RSA private key");
    else if (!m_identity->restoreState(identity, &what))
        what = QStringLiteral("its identity state is damaged (%1)").arg(what);
    if (!what.isEmpty()) {
        *error = problem.arg(m_options.stateFile, what);
        return false;
    }
    m_savedIdentity = identityState();
    return true;
}

bool Sandbox::stateChanged() const
{
    // Sign-ins change no directory object: a new refresh token or session is a change of its own.
    return m_tenant.sequence != m_savedSequence || identityState() != m_savedIdentity;
}
