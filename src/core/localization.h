#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

#include <memory>

// Loads Tenantdesk's own translations and Qt's qtbase translations for one language, and swaps them
// at run time. Installing a translator sends QEvent::LanguageChange to every widget, so open windows
// re-translate themselves without a restart.
class Localization
{
public:
    struct Language
    {
        QString code;       // "da", "nb", ... ; "en" for English
        QString nativeName; // the language's own name, e.g. "Dansk"
    };

    Localization();
    ~Localization();
    Localization(const Localization &) = delete;
    Localization &operator=(const Localization &) = delete;

    // The languages the product ships in, English first.
    static QList<Language> supportedLanguages();

    // The shipped language that best matches the system's UI languages ("en" when none does).
    static QString systemLanguage();

    // Applies a language code from supportedLanguages(); an empty code means the system language.
    // Returns false (and keeps the current language) for a code the product does not ship.
    bool apply(const QString &code);

    // The language in effect, e.g. "da".
    QString currentLanguage() const { return m_current; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};
