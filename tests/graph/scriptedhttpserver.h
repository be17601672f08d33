#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A tiny plain-HTTP server on loopback (plain HTTP is allowed there) whose answers a test scripts: each
// request is recorded (method, path with query, headers with lower-case names, body) and answered with the
// raw bytes the handler returns (status line, headers and body; "Connection: close" is added and the
// connection closed after the answer). For answers the sandbox cannot give: redirects, oversized or
// non-JSON bodies, hand-made $batch responses.
class ScriptedHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    using Handler = std::function<QByteArray(const Request &)>;

    explicit ScriptedHttpServer(Handler handler = {}) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    QList<Request> requests;

    static QByteArray response(int status, const QByteArray &body = QByteArray(),
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               bool contentLength = true)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        if (contentLength)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        return out;
    }
    static QByteArray json(int status, const QByteArray &body)
    {
        return response(status, body, {{"Content-Type", "application/json"}});
    }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        QByteArray answer = m_handler ? m_handler(request) : response(404);
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd >= 0)
            answer.insert(headerEnd + 2, "Connection: close\r\n");
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
