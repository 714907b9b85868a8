#pragma once

#include <QHostAddress>
#include <QList>
#include <QtGlobal>

namespace quire {

// What one client may cost the server. Every buffer the server and
// HttpRequestReader hold for a request is bounded by these numbers.
struct HttpServerLimits
{
    qsizetype maxHeaderBytes = 8 * 1024; // request line + headers, CR LF included
    int maxHeaderCount = 64;
    qsizetype maxBodyBytes = 64 * 1024;
    int requestDeadlineMs = 5000; // a whole request must arrive within this
    int idleTimeoutMs = 15000;    // keep-alive connection with no request
    // When full, an idle connection is closed to admit a new one (never
    // vouched-for ones first); when none is idle, new connections get a 503
    // and are closed at once.
    int maxConnections = 64;
    // One client address's share of maxConnections. Beyond it, that
    // address's own idle connections make room, else it gets a 503.
    int maxConnectionsPerPeer = 16;
    // After the last response on a closing connection, unread request bytes
    // are drained this long so the client reads the response instead of a
    // TCP reset (e.g. a 413 sent before the body arrived).
    int lingerMs = 2000;
    // Reverse proxies in front of the server (e.g. nginx on 127.0.0.1).
    // Their connections are not capped per peer; instead each request
    // counts for the client they name in X-Forwarded-For.
    QList<QHostAddress> trustedProxies;
};

} // namespace quire
