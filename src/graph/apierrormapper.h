#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

// The one place where transport failures and server answers become an Error: HTTP status + Graph/Exchange
// error body ({"error":{"code","message"}}) -> Error::http (code, detail, request-id kept); network errors ->
// Network/Tls/Timeout/Insecure; cancellation -> Cancelled; a malformed body -> InvalidReply; a lost answer to
// a change -> UnknownOutcome.
class ApiErrorMapper
{
public:
    // An HTTP error answer (status >= 400): Kind::Http with status, code, the server's message and
    // request-id. Exchange errors: detail = innererror.internalexception.message when present, and code = the
    // exception's type name ("ManagementObjectNotFoundException") when present, else error.code. A final 401
    // becomes Kind::SignInRequired, and 429 (or 503/504 when `retriesExhausted`) Kind::Throttled, with the
    // same fields.
    static Error fromHttp(int status, const QByteArray &body, const QString &requestId, const QString &where,
                          bool retriesExhausted = false);
    // `cancelledByUs` distinguishes cancel() from Qt's transfer timeout (both abort the reply).
    static Error fromNetwork(QNetworkReply::NetworkError error, const QString &errorText, bool cancelledByUs,
                             bool insecure, const QString &where);
    static Error invalidReply(const QString &where, const QString &detail, const QString &requestId);
    // Kind::UnknownOutcome for a change whose answer was lost; keeps `cause`'s where, detail, status, code
    // and request-id.
    static Error unknownOutcome(const Error &cause);
    // The server's error code and message from an error body ("" if none).
    static void parseErrorBody(const QByteArray &body, QString *code, QString *message);
    // Removes query strings from URLs inside Qt's error texts (they may hold personal data).
    static QString scrub(const QString &text);
};
