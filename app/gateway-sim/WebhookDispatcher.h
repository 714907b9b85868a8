#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace quire {
class Clock;
}

namespace quire::sim {

struct SimFaults;

// Turns store events into Stripe-style webhook deliveries: a JSON event
// signed with WebhookSignature, POSTed to the endpoint and retried with
// exponential backoff until it answers 2xx or the attempts run out. The
// fault switches decide whether an event is dropped, sent twice or held
// back and sent out of order.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    struct Settings
    {
        QUrl endpoint; // empty: events are only recorded
        QByteArray secret;
        int maxAttempts = 10;
        int firstRetryMs = 1000; // doubles per attempt
        int maxRetryMs = 60'000;
        int reorderHoldMs = 1000; // how long --reorder-webhooks collects events
        int timeoutMs = 5000;
    };

    WebhookDispatcher(Settings settings, const Clock &clock, const SimFaults &faults,
                      QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void setEndpoint(const QUrl &endpoint) { m_settings.endpoint = endpoint; }
    // Builds the event around `object` and delivers it as the faults say.
    void publish(const QString &type, const QJsonObject &object);
    // What was published and how its deliveries went, for /_sim/events.
    QJsonArray eventLog() const;

Q_SIGNALS:
    void delivered(const QString &eventId, int attempt);
    void gaveUp(const QString &eventId, int attempts);

private:
    struct Delivery;
    void start(const QString &eventId, const QByteArray &body);
    void attempt(const std::shared_ptr<Delivery> &delivery);
    void flushHeld();
    void record(const QString &eventId, const QString &state);

    Settings m_settings;
    const Clock &m_clock;
    const SimFaults &m_faults;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_holdTimer = nullptr;
    QList<std::pair<QString, QByteArray>> m_held;
    QList<std::pair<QString, QJsonObject>> m_log; // event id, {type, state, attempts}
};

} // namespace quire::sim
