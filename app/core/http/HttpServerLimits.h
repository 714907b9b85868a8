#pragma once

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
    int maxConnections = 64;      // beyond this, new connections get a 503 and are closed at once
    // After the last response on a closing connection, unread request bytes
    // are drained this long so the client reads the response instead of a
    // TCP reset (e.g. a 413 sent before the body arrived).
    int lingerMs = 2000;
};

} // namespace quire
