#pragma once

#include "http/HttpResponse.h"

#include <memory>

namespace quire {

class HttpConnection;

// A copyable handle to answer one request, now or later. send() works at
// most once across all copies; it is safe to call after the client went away
// (then it does nothing). Use it on the server's thread.
//
// If every copy is destroyed without an answer, the client gets a 500 and the
// connection is closed, so a forgetful handler cannot hold a connection open
// for ever.
class HttpResponder
{
public:
    HttpResponder() = default; // answers nothing

    void send(const HttpResponse &response) const;
    // The client is still connected and has not been answered yet.
    bool isConnected() const;

private:
    friend class HttpConnection;
    struct Exchange;
    explicit HttpResponder(std::shared_ptr<Exchange> exchange);
    // The responder for request number `sequence` on `connection`.
    static HttpResponder create(HttpConnection *connection, quint64 sequence);

    std::shared_ptr<Exchange> m_exchange;
};

} // namespace quire
