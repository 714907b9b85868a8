#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

namespace quire {

// One request as StrictHttpServer hands it to its handler: well-formed and
// within the server's limits.
struct HttpRequest
{
    QByteArray method;                                // "GET", "POST", ...
    QByteArray target;                                // raw request-target, e.g. "/v1/x?y=1"
    QString path;                                     // percent-decoded path, no query
    QUrlQuery query;                                  // the raw query, decoded on access
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress peerAddress; // the socket's peer (a proxy, when there is one)
    quint16 peerPort = 0;
    // Who sent the request as far as the server can tell: peerAddress, or
    // behind a trusted proxy (HttpServerLimits::trustedProxies) the client
    // that proxy names in X-Forwarded-For. Use it to tell clients apart.
    QHostAddress clientAddress;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"

    // The first value of the header, or empty. Values are stored without
    // surrounding whitespace.
    QByteArray header(const QByteArray &lowerCaseName) const;
};

} // namespace quire
