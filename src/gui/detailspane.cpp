#include "gui/detailspane.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    retranslate();
}

void DetailsPane::showObject(const QString &title, const QList<QPair<QString, QString>> &fields)
{
    m_objectTitle = title;
    QString html;
    for (const auto &field : fields)
        html += QStringLiteral("<b>%1</b>: %2<br>").arg(field.first.toHtmlEscaped(), field.second.toHtmlEscaped());
    m_body->setText(html);
    retranslate();
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailsPane::retranslate()
{
    if (m_objectTitle.isEmpty()) {
        m_title->setText(tr("Details"));
        m_body->setText(tr("Select an item in the list to see its details here."));
    } else {
        m_title->setText(m_objectTitle);
    }
}
