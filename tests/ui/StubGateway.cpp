#include "StubGateway.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace quire::test {

StubGateway::StubGateway()
{
    m_server.setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
}

bool StubGateway::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0).ok();
}

QUrl StubGateway::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QUrl StubGateway::pageUrl(const QString &sessionId) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/pay/") + sessionId);
}

QJsonObject StubGateway::createSession(const HttpRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    qint64 amount = 0;
    QString currency;
    for (int n = 0;; ++n) {
        const QString prefix = QStringLiteral("line_items[%1]").arg(n);
        const QString unit = form.queryItemValue(
            prefix + QStringLiteral("[price_data][unit_amount]"), QUrl::FullyDecoded);
        if (unit.isEmpty())
            break;
        amount += unit.toLongLong()
                  * form.queryItemValue(prefix + QStringLiteral("[quantity]")).toLongLong();
        currency = form.queryItemValue(prefix + QStringLiteral("[price_data][currency]"));
    }
    const QString id = QStringLiteral("cs_test_stub%1").arg(++m_created);
    const QString decode = QStringLiteral("metadata[quire_payment_id]");
    QJsonObject session{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("url"), pageUrl(id).toString()},
        {QStringLiteral("amount_total"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
        {QStringLiteral("client_reference_id"),
         form.queryItemValue(QStringLiteral("client_reference_id"))},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("quire_payment_id"),
                      form.queryItemValue(decode, QUrl::FullyDecoded)}}},
        {QStringLiteral("payment_intent"), QStringLiteral("pi_test_stub%1").arg(m_created)},
        {QStringLiteral("created"), 1795000000},
        {QStringLiteral("expires_at"),
         form.queryItemValue(QStringLiteral("expires_at")).toLongLong()},
        {QStringLiteral("success_url"),
         form.queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded)},
        {QStringLiteral("cancel_url"),
         form.queryItemValue(QStringLiteral("cancel_url"), QUrl::FullyDecoded)},
    };
    m_sessions.insert(id, session);
    return session;
}

void StubGateway::handle(const HttpRequest &request, const HttpResponder &responder)
{
    static const QRegularExpression sessionPath(
        QStringLiteral("^/v1/checkout/sessions/([A-Za-z0-9_]+)(/expire)?$"));
    static const QRegularExpression payPath(QStringLiteral("^/pay/([A-Za-z0-9_]+)(/cancel)?$"));

    if (request.method == "POST" && request.path == u"/v1/checkout/sessions") {
        if (m_createStatus != 200) {
            responder.send(HttpResponse::error(m_createStatus, QStringLiteral("stub says no")));
            return;
        }
        responder.send(HttpResponse::json(200, createSession(request)));
        return;
    }
    if (const auto match = sessionPath.match(request.path); match.hasMatch()) {
        auto session = m_sessions.find(match.captured(1));
        if (session == m_sessions.end()) {
            responder.send(HttpResponse::error(404, QStringLiteral("No such checkout.session")));
            return;
        }
        if (!match.captured(2).isEmpty())
            session->insert(QStringLiteral("status"), QStringLiteral("expired"));
        responder.send(HttpResponse::json(200, *session));
        return;
    }
    if (const auto match = payPath.match(request.path); match.hasMatch()) {
        const auto session = m_sessions.constFind(match.captured(1));
        if (session == m_sessions.constEnd()) {
            responder.send(HttpResponse::text(404, QStringLiteral("no such session")));
            return;
        }
        const bool cancel = !match.captured(2).isEmpty();
        if (request.method == "POST") {
            const QString target
                = session
                      ->value(cancel ? QStringLiteral("cancel_url") : QStringLiteral("success_url"))
                      .toString()
                      .replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), match.captured(1));
            responder.send(HttpResponse::redirect(QUrl(target)));
            return;
        }
        ++m_pagesServed;
        responder.send(HttpResponse::html(
            200, QStringLiteral("<!doctype html><html><head><title>Stub payment</title></head>"
                                "<body><h1>Pay %1</h1>"
                                "<form id=pay method=post action=\"/pay/%2\">"
                                "<input name=card_number id=card></form>"
                                "<form id=cancel method=post action=\"/pay/%2/cancel\"></form>"
                                "</body></html>")
                     .arg(session->value(QStringLiteral("amount_total")).toInteger())
                     .arg(match.captured(1))
                     .toUtf8()));
        return;
    }
    responder.send(HttpResponse::error(404, QStringLiteral("unknown path")));
}

} // namespace quire::test
