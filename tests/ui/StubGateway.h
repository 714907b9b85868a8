#pragma once

#include "http/StrictHttpServer.h"

#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace quire::test {

// A tiny stand-in for the gateway's REST API and hosted page, for screen
// tests that must not depend on the simulator: it opens checkout sessions
// (for the amount asked), answers retrieve/expire, and serves a page whose
// Pay and Cancel forms answer 303 to the session's return URLs, as Stripe
// does. It never decides a payment: tests do that through PurchaseFlow.
class StubGateway
{
public:
    StubGateway();

    bool listen();
    QUrl baseUrl() const;
    // The HTTP status the next session creations get (200, 503, 400, ...).
    void setCreateStatus(int status) { m_createStatus = status; }
    int sessionsCreated() const { return m_created; }
    int pagesServed() const { return m_pagesServed; }
    QUrl pageUrl(const QString &sessionId) const;

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    QJsonObject createSession(const HttpRequest &request);

    StrictHttpServer m_server;
    QMap<QString, QJsonObject> m_sessions;
    int m_createStatus = 200;
    int m_created = 0;
    int m_pagesServed = 0;
};

} // namespace quire::test
