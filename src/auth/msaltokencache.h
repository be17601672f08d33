#pragma once

#include "auth/tokenresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// An in-memory token cache in MSAL's SerializableTokenCache layout (the JSON python MSAL, MSAL.NET and
// MSAL for C++ share): five maps AccessToken, RefreshToken, IdToken, Account, AppMetadata, with
// lowercased keys, environment = the authority's host without port, realm = the authority's tenant
// segment and times as strings of seconds since the epoch. Application (client credentials) tokens
// are AccessToken entries with no home_account_id. Holds secrets: it is only ever written to the
// keychain or to a 0600 file the user asked for.
class MsalTokenCache
{
public:
    struct Account
    {
        QString homeAccountId; // "<uid>.<utid>"
        QString environment;
        QString realm;
        QString localAccountId; // oid
        QString username;       // preferred_username
    };

    // Environment and realm of an authority URL: ("login.microsoftonline.com", "contoso.onmicrosoft.com").
    static QString environmentOf(const QUrl &authority);
    static QString realmOf(const QUrl &authority);
    // "https://graph.microsoft.com" -> "https://graph.microsoft.com/.default"
    static QString defaultScope(const QString &resource);

    // Stores what a token endpoint answered for `clientId` at `authority`. `requestedScope` is the scope
    // sent (the target when the answer names no scope, as python MSAL does). Returns the home_account_id
    // (empty for application tokens).
    QString add(const QUrl &authority, const QString &clientId, const QString &requestedScope,
                const TokenResponse &response);

    // A cached access token for the resource ("https://graph.microsoft.com") that is valid for at least
    // `marginSeconds` more; empty when there is none. `homeAccountId` empty = an application token.
    QString accessToken(const QString &clientId, const QString &realm, const QString &homeAccountId,
                        const QString &resource, qint64 now, int marginSeconds = 300) const;
    // Drops cached access tokens for the resource (after the resource refused one with 401).
    void removeAccessTokens(const QString &clientId, const QString &homeAccountId, const QString &resource);
    // The refresh token of the account for the client (any target); empty when there is none.
    QString refreshToken(const QString &clientId, const QString &homeAccountId) const;

    QList<Account> accounts() const;
    bool isEmpty() const;
    void clear();

    // MSAL's JSON (indented, like python MSAL's serialize()).
    QByteArray serialize() const;
    // Replaces the content. Accepts any subset of the five maps. False with `error` (untranslated
    // detail) when the text is not a JSON object of objects.
    bool deserialize(const QByteArray &json, QString *error);

    // The raw maps, for tests and export.
    QJsonObject section(const QString &name) const { return m_sections.value(name).toObject(); }

private:
    void put(const QString &section, const QPair<QString, QJsonObject> &keyed);

    QJsonObject m_sections;
};
