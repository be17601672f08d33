#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that is not safe to repeat, handed to Qt as a device Qt cannot rewind, so that Qt's
// HTTP/1.1 transport cannot send the request a second time on its own.
//
// Why (Qt 6.4.2, src/network/access/qhttpnetworkconnectionchannel.cpp): a channel keeps
// `reconnectAttempts` (reconnectAttemptsDefault = 3, restored in allDone() after every complete answer).
// When the server closes the connection after the request was written and before an answer arrived,
// QHttpProtocolHandler::_q_receiveReply() calls handleUnexpectedEOF(), which (while reconnectAttempts > 0,
// whatever the method; only later Qt versions add `|| !request.methodIsIdempotent()`) calls
// closeAndResendCurrentRequest(); _q_error() does the same through resendCurrentRequest() for
// RemoteHostClosedError in the writing or waiting state, SocketTimeoutError while writing, and the proxy
// close/timeout errors. Both set `resendCurrent`, and QHttpNetworkConnectionPrivate::_q_startNextRequest()
// then calls resetUploadData() before sending again:
//     } else if (QNonContiguousByteDevice *uploadByteDevice = request.uploadByteDevice()) {
//         if (!uploadByteDevice->reset()) {
//             connection->d_func()->emitReplyError(socket, reply, QNetworkReply::ContentReSendError);
//             return false;
//         }
// A QByteArray body is wrapped in a QBuffer, which always rewinds: a POST is resent, with the same
// client-request-id, and the server applies it twice (seen in a fault run: 658 arrivals for 650 requests;
// also on a fresh connection, and for an empty body). A body that is a plain QIODevice (not a QBuffer, which
// Qt reads through its own rewindable wrapper) is read through QNonContiguousByteDeviceIoDeviceImpl, whose
// reset() calls this device's reset(); refusing it turns every resend into QNetworkReply::ContentReSendError,
// which ApiJob reports as a lost answer (Error::Kind::UnknownOutcome). Headers-only requests get an empty
// device too, because without an upload device resetUploadData() has nothing to refuse.
// Other public means do not help: `Connection: close` or a separate connection pool still resend after an
// unexpected EOF on their one connection; pipelining applies to GET only (and is off by default). HTTP/2
// never resends on its own (resetUploadData() skips HTTP/2; the HTTP/2 handler fails the streams of a closed
// connection). handleStatus() also asks for a rewind on a 307/308 answer; ApiJob follows redirects itself
// from the status and Location, which stay readable beside that ContentReSendError.
// tests/graph/tst_writeonce.cpp proves it against the sandbox's reset-after-body fault and arrival counter.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    // Always false: the body is never sent twice by Qt.
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
};
