#pragma once

#include <QFrame>
#include <QString>

// One line of plain text that shortens itself with "…" when the space is too narrow (status-bar texts of
// any length, e.g. an error message); the whole text is in text() and in the tooltip.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};
