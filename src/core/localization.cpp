#include "core/localization.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace {
const char *const kShipped[] = {"en", "da", "nb", "de", "pl", "et"};

QString capitalized(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}
} // namespace

Localization::Localization() = default;

Localization::~Localization()
{
    removeTranslators();
}

QList<Localization::Language> Localization::supportedLanguages()
{
    QList<Language> languages;
    for (const char *code : kShipped) {
        const QString c = QString::fromLatin1(code);
        languages.append({c, capitalized(QLocale(c).nativeLanguageName())});
    }
    return languages;
}

QString Localization::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (lang == QLatin1String("no") || lang == QLatin1String("nn"))
            lang = QStringLiteral("nb");
        for (const char *code : kShipped) {
            if (lang == QLatin1String(code))
                return lang;
        }
    }
    return QStringLiteral("en");
}

bool Localization::apply(const QString &code)
{
    const QString lang = code.isEmpty() ? systemLanguage() : code;
    bool shipped = false;
    for (const char *c : kShipped)
        shipped = shipped || lang == QLatin1String(c);
    if (!shipped) {
        qCWarning(lcCore) << "Language not shipped:" << lang;
        return false;
    }

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/tenantdesk_%1.qm").arg(lang))) {
        qCWarning(lcCore) << "Translation missing from the build:" << lang;
        return false;
    }
    // Qt's own strings (standard buttons, context menus). Debian ships qtbase for da, de, pl; not for nb, et.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt =
        qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    removeTranslators();
    m_appTranslator = std::move(app);
    QCoreApplication::installTranslator(m_appTranslator.get());
    if (haveQt) {
        m_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_current = lang;
    QLocale::setDefault(QLocale(lang));
    return true;
}

void Localization::removeTranslators()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    m_qtTranslator.reset();
    m_appTranslator.reset();
}
