#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class Settings;
class Localization;

// Preferences: the interface language. Applying a language re-translates every open window at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Settings &settings, Localization &localization, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Saves the choices and applies them; called on OK.
    void apply();

    // The language code selected in the dialog ("" = system language).
    QString selectedLanguage() const;
    void selectLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings &m_settings;
    Localization &m_localization;
};
