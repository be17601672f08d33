#pragma once

#include "core/error.h"
#include "gui/objectlistpane.h"

#include <QDateTime>

#include <memory>

struct UserRecord;
class UsersModel;
class UsersModelProxy;

// The Users list: every user of the snapshot in a sortable table (name, user name, mail, school, licences,
// state), filtered as the user types in the window's search field and by the school chosen in the
// navigation. Disabled and deleted users look different from enabled ones. Until a snapshot is read it says
// why the list is empty.
class UsersPane : public ObjectListPane
{
    Q_OBJECT
public:
    enum class State
    {
        Loading,    // reading the snapshot
        NoSnapshot, // the tenant was never read
        Ready,
    };

    explicit UsersPane(QWidget *parent = nullptr);
    ~UsersPane() override;

    // Replaces the listed users with this model (read from the snapshot elsewhere); keeps the sort order and
    // filters. The pane owns it.
    void setUsersModel(std::unique_ptr<UsersModel> model);
    UsersModel *usersModel() const { return m_model.get(); }
    UsersModelProxy *usersProxy() const { return m_proxy; }
    void setState(State state);
    State state() const { return m_state; }
    // Why the snapshot could not be read (shown instead of an empty list); no error clears it.
    void setLoadError(const Error &error);

    void setFilterText(const QString &text) override;
    void setSchoolFilter(const QString &schoolId) override;

    // The selected user; null when none.
    const UserRecord *currentUser() const;
    // "Label: value" lines for the details pane (translated now).
    static QList<QPair<QString, QString>> details(const UserRecord &user);

signals:
    // The selection moved to another user, or to none (null).
    void currentUserChanged(const UserRecord *user);

protected:
    QString emptyText(bool filtered) const override;
    QString summaryText() const override;
    void retranslate() override;

private:
    void onCurrentChanged();

    std::unique_ptr<UsersModel> m_model;
    UsersModelProxy *m_proxy;
    State m_state = State::Loading;
    Error m_loadError;
    QString m_currentId;
};
