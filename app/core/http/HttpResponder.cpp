#include "http/HttpResponder.h"

#include "http/HttpConnection.h"

#include <QPointer>

namespace quire {

// Shared by all copies of one responder: which connection and which of its
// requests it answers, and whether it has been answered.
struct HttpResponder::Exchange
{
    QPointer<HttpConnection> connection;
    quint64 sequence = 0;
    bool answered = false;

    ~Exchange()
    {
        if (!answered && connection)
            connection->abandon(sequence);
    }
};

HttpResponder::HttpResponder(std::shared_ptr<Exchange> exchange)
    : m_exchange(std::move(exchange))
{}

HttpResponder HttpResponder::create(HttpConnection *connection, quint64 sequence)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->connection = connection;
    exchange->sequence = sequence;
    return HttpResponder(std::move(exchange));
}

void HttpResponder::send(const HttpResponse &response) const
{
    if (!m_exchange || m_exchange->answered)
        return;
    m_exchange->answered = true;
    if (m_exchange->connection)
        m_exchange->connection->respond(m_exchange->sequence, response);
}

bool HttpResponder::isConnected() const
{
    return m_exchange && !m_exchange->answered && m_exchange->connection
           && m_exchange->connection->isAwaiting(m_exchange->sequence);
}

} // namespace quire
