#pragma once

#include <QWidget>

class QLabel;

// Shows the object selected in the list pane.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // Shows a heading and lines of "label: value" details; an empty title shows the selection hint.
    void showObject(const QString &title, const QList<QPair<QString, QString>> &fields);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_body;
    QString m_objectTitle;
};
