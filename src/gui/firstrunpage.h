#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FirstRunPage;
}

// The screen a new user sees first: open the sandbox tenant, or connect a Microsoft 365 tenant.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);
    ~FirstRunPage() override;

    // Connecting a real tenant needs a sign-in provider; without one the button is disabled and says why.
    void setConnectAvailable(bool available);

signals:
    void openSandboxRequested();
    void connectTenantRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::FirstRunPage> m_ui;
    bool m_connectAvailable = false;
};
