#include "gui/firstrunpage.h"

#include "ui_firstrunpage.h"

#include <QEvent>

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FirstRunPage>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->introLabel->setMaximumWidth(560);
    connect(m_ui->openSandboxButton, &QPushButton::clicked, this, &FirstRunPage::openSandboxRequested);
    connect(m_ui->connectTenantButton, &QPushButton::clicked, this, &FirstRunPage::connectTenantRequested);
    setConnectAvailable(false);
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::setConnectAvailable(bool available)
{
    m_connectAvailable = available;
    m_ui->connectTenantButton->setEnabled(available);
    retranslate();
}

void FirstRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FirstRunPage::retranslate()
{
    m_ui->connectHintLabel->setText(
        m_connectAvailable ? QString()
                           : tr("Connecting a Microsoft 365 tenant is not available in this version."));
    m_ui->connectHintLabel->setVisible(!m_connectAvailable);
}
