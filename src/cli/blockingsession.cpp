#include "cli/blockingsession.h"

#include "cli/cliconsole.h"
#include "services/tenantsession.h"

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>

namespace {
// Opens the URL with $BROWSER when set, else xdg-open; the URL is always printed as well.
void openBrowser(const QUrl &url)
{
    const QString browser = QProcessEnvironment::systemEnvironment().value(QStringLiteral("BROWSER"));
    const QString program = browser.isEmpty() ? QStringLiteral("xdg-open") : browser;
    QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)});
}
} // namespace

BlockingSession::BlockingSession(const TenantProfile &profile, CliConsole &console)
    : m_console(console), m_session(std::make_unique<TenantSession>(profile))
{
    QObject::connect(m_session.get(), &TenantSession::keychainFailed, m_session.get(),
                     [this](const Error &error) {
                         m_keychainFailed = true;
                         printError(error);
                     });
}

BlockingSession::~BlockingSession() = default;

Error BlockingSession::wait(const std::function<void(DoneCallback done)> &start)
{
    struct State
    {
        bool finished = false;
        Error error;
        QEventLoop *loop = nullptr;
    };
    const auto state = std::make_shared<State>();
    start([state](const Error &error) {
        if (state->finished)
            return;
        state->finished = true;
        state->error = error;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->finished) {
        QEventLoop loop;
        state->loop = &loop;
        loop.exec();
        state->loop = nullptr;
    }
    return state->error;
}

void BlockingSession::printError(const Error &error)
{
    const QString text = error.fullText();
    if (m_printed.contains(text))
        return;
    m_printed.append(text);
    m_console.message(text);
}

bool BlockingSession::waitForSignInState()
{
    TenantSession *session = m_session.get();
    if (!session->isSignInStateKnown() && !m_keychainFailed) {
        QObject context; // the waits' connections end with it
        wait([session, &context](DoneCallback done) {
            QObject::connect(session, &TenantSession::signInStateChanged, &context,
                             [done] { done(Error()); });
            QObject::connect(session, &TenantSession::keychainFailed, &context, done);
        });
    }
    return session->isSignInStateKnown();
}

Error BlockingSession::signIn(const std::function<void(TenantSession &session)> &start)
{
    TenantSession *session = m_session.get();
    QObject context;
    QObject::connect(session, &TenantSession::browserSignInStarted, &context, [this](const QUrl &url) {
        m_console.message(tr("Sign in in your web browser. If it did not open, visit:"));
        m_console.message(url.toString(QUrl::FullyEncoded));
        openBrowser(url);
    });
    QObject::connect(session, &TenantSession::deviceCodeReady, &context,
                     [this](const QString &code, const QUrl &uri, int expiresIn) {
                         m_console.message(tr("To sign in, open %1 on any device and enter the code %2 "
                                              "(valid for %3 minutes).")
                                               .arg(uri.toString(), code)
                                               .arg((expiresIn + 59) / 60));
                     });
    return wait([session, &context, &start](DoneCallback done) {
        QObject::connect(session, &TenantSession::signedIn, &context, [done] { done(Error()); });
        QObject::connect(session, &TenantSession::signInFailed, &context, done);
        start(*session);
    });
}

Error BlockingSession::signOut()
{
    TenantSession *session = m_session.get();
    QObject context;
    return wait([session, &context](DoneCallback done) {
        QObject::connect(session, &TenantSession::signedOut, &context, done);
        session->signOut();
    });
}

Error BlockingSession::exportMsalCache(const QString &path)
{
    TenantSession *session = m_session.get();
    return wait([session, path](DoneCallback done) { session->exportMsalCache(path, done); });
}

Error BlockingSession::importMsalCache(const QString &path)
{
    TenantSession *session = m_session.get();
    return wait([session, path](DoneCallback done) { session->importMsalCache(path, done); });
}
