#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace quire::test {

// A tiny blocking HTTP client for a running quire-gateway-sim: its REST API
// (bearer API key) and its /_sim control endpoints. The process itself is
// the core's GatewaySimulatorProcess (see SimulatorLaunch.h).
class SimulatorClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };

    SimulatorClient() = default;
    SimulatorClient(QUrl baseUrl, QByteArray apiKey);

    QUrl baseUrl() const { return m_baseUrl; }
    const QByteArray &apiKey() const { return m_apiKey; }

    // Sends one request (bearer API key unless `authorised` is false) and
    // waits for the answer.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                  bool authorised = true, int timeoutMs = 10000) const;
    Reply post(const QString &path, const QByteArray &form,
               const QByteArray &idempotencyKey = {}) const;
    Reply get(const QString &path) const { return request("GET", path); }
    // Pays a checkout session the way its hosted page's form does
    // (POST /_sim/sessions/<id>/pay): 200 paid, 402 declined, 202 3-D Secure.
    Reply pay(const QString &sessionId, const QString &cardNumber) const;
    // POST /_sim/faults with a JSON object, e.g. {"lose-response": true}.
    bool setFaults(const QJsonObject &faults) const;

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
};

} // namespace quire::test
