#include "gui/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "core/localization.h"
#include "core/settings.h"

#include <QEvent>
#include <QLocale>

PreferencesDialog::PreferencesDialog(Settings &settings, Localization &localization, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
    , m_localization(localization)
{
    m_ui->setupUi(this);
    fillLanguages();
    selectLanguage(m_settings.language());
    connect(this, &QDialog::accepted, this, &PreferencesDialog::apply);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    const QString selected = m_ui->languageCombo->count() ? selectedLanguage() : m_settings.language();
    m_ui->languageCombo->clear();
    const QString system = Localization::systemLanguage();
    QString systemName = QLocale(system).nativeLanguageName();
    for (const Localization::Language &language : Localization::supportedLanguages()) {
        if (language.code == system)
            systemName = language.nativeName;
    }
    m_ui->languageCombo->addItem(tr("System language (%1)").arg(systemName), QString());
    for (const Localization::Language &language : Localization::supportedLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    selectLanguage(selected);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::selectLanguage(const QString &code)
{
    const int index = m_ui->languageCombo->findData(code);
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void PreferencesDialog::apply()
{
    const QString code = selectedLanguage();
    m_settings.setLanguage(code);
    m_localization.apply(code);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}
