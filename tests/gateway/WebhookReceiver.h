#pragma once

#include "http/StrictHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace quire::test {

// The test's stand-in for Quire's callback endpoint: a StrictHttpServer
// that records every webhook delivery and answers 200, or 500 for the next
// `failNext` deliveries to exercise the simulator's redelivery.
class WebhookReceiver
{
public:
    struct Delivery
    {
        QByteArray signature;
        QByteArray contentType;
        QByteArray body;
        QJsonObject event;

        QString type() const { return event.value(u"type").toString(); }
        QString id() const { return event.value(u"id").toString(); }
        QJsonObject object() const
        {
            return event.value(u"data").toObject().value(u"object").toObject();
        }
    };

    WebhookReceiver()
    {
        m_server.setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
            if (request.method != "POST" || request.path != u"/webhooks/gateway") {
                responder.send(HttpResponse::text(404, QStringLiteral("not here")));
                return;
            }
            ++m_attempts;
            if (failNext > 0) {
                --failNext;
                responder.send(HttpResponse::text(500, QStringLiteral("try again")));
                return;
            }
            deliveries.append({request.header("stripe-signature"), request.header("content-type"),
                               request.body, QJsonDocument::fromJson(request.body).object()});
            responder.send(HttpResponse::text(200, QStringLiteral("ok")));
        });
    }

    bool listen() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0).ok(); }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/webhooks/gateway").arg(m_server.serverPort()));
    }
    int attempts() const { return m_attempts; }

    QStringList types() const
    {
        QStringList list;
        for (const Delivery &delivery : deliveries)
            list.append(delivery.type());
        return list;
    }
    QList<Delivery> ofType(const QString &type) const
    {
        QList<Delivery> list;
        for (const Delivery &delivery : deliveries)
            if (delivery.type() == type)
                list.append(delivery);
        return list;
    }

    QList<Delivery> deliveries;
    int failNext = 0;

private:
    StrictHttpServer m_server;
    int m_attempts = 0;
};

} // namespace quire::test
