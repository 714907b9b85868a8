#include "WebhookDispatcher.h"

#include "SimFaults.h"
#include "SimIds.h"
#include "SimLogging.h"
#include "gateway/WebhookSignature.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>

namespace quire::sim {

namespace {
constexpr qsizetype kMaxLoggedEvents = 1000;
} // namespace

struct WebhookDispatcher::Delivery
{
    QString eventId;
    QByteArray body;
    int attempts = 0;
};

WebhookDispatcher::WebhookDispatcher(Settings settings, const Clock &clock, const SimFaults &faults,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_faults(faults)
    , m_network(new QNetworkAccessManager(this))
    , m_holdTimer(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, &WebhookDispatcher::flushHeld);
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::publish(const QString &type, const QJsonObject &object)
{
    const QString eventId = SimIds::generate(QStringLiteral("evt_test_"));
    const QJsonObject event{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("type"), type},
        {QStringLiteral("created"), m_clock.nowMs() / 1000},
        {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), 1},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}},
    };
    // Serialised once: every retry and duplicate carries the same bytes.
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);

    m_log.append({eventId, QJsonObject{{QStringLiteral("id"), eventId},
                                       {QStringLiteral("type"), type},
                                       {QStringLiteral("state"), QStringLiteral("pending")},
                                       {QStringLiteral("attempts"), 0}}});
    if (m_log.size() > kMaxLoggedEvents)
        m_log.removeFirst();

    if (m_faults.dropWebhooks) {
        qCInfo(lcSim).noquote() << "event" << eventId << type << "dropped (fault)";
        record(eventId, QStringLiteral("dropped"));
        return;
    }
    if (m_settings.endpoint.isEmpty()) {
        qCInfo(lcSim).noquote() << "event" << eventId << type << "not sent: no --webhook-url";
        record(eventId, QStringLiteral("no endpoint"));
        return;
    }
    qCInfo(lcSim).noquote() << "event" << eventId << type;
    if (m_faults.reorderWebhooks) {
        m_held.append({eventId, body});
        if (!m_holdTimer->isActive())
            m_holdTimer->start(m_settings.reorderHoldMs);
        record(eventId, QStringLiteral("held"));
        return;
    }
    start(eventId, body);
}

void WebhookDispatcher::flushHeld()
{
    // Newest first: the receiver sees events in the opposite order they happened.
    auto held = std::exchange(m_held, {});
    std::reverse(held.begin(), held.end());
    for (const auto &[eventId, body] : std::as_const(held))
        start(eventId, body);
}

void WebhookDispatcher::start(const QString &eventId, const QByteArray &body)
{
    const int copies = m_faults.duplicateWebhooks ? 2 : 1;
    for (int i = 0; i < copies; ++i) {
        auto delivery = std::make_shared<Delivery>();
        delivery->eventId = eventId;
        delivery->body = body;
        attempt(delivery);
    }
}

void WebhookDispatcher::attempt(const std::shared_ptr<Delivery> &delivery)
{
    ++delivery->attempts;
    QNetworkRequest request(m_settings.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
    // Signed afresh per attempt, like Stripe, so a late retry is still inside
    // the receiver's timestamp tolerance.
    request.setRawHeader(
        "Stripe-Signature",
        WebhookSignature::sign(delivery->body, {m_settings.secret}, m_clock.nowMs() / 1000));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_network->post(request, delivery->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            qCInfo(lcSim).noquote()
                << "event" << delivery->eventId << "delivered, attempt" << delivery->attempts;
            record(delivery->eventId, QStringLiteral("delivered"));
            Q_EMIT delivered(delivery->eventId, delivery->attempts);
            return;
        }
        const QString why = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (delivery->attempts >= m_settings.maxAttempts) {
            qCWarning(lcSim).noquote() << "event" << delivery->eventId << "given up after"
                                       << delivery->attempts << "attempts:" << why;
            record(delivery->eventId, QStringLiteral("failed"));
            Q_EMIT gaveUp(delivery->eventId, delivery->attempts);
            return;
        }
        const qint64 delay = std::min<qint64>(qint64(m_settings.firstRetryMs)
                                                  << std::min(delivery->attempts - 1, 20),
                                              m_settings.maxRetryMs);
        qCInfo(lcSim).noquote() << "event" << delivery->eventId << "attempt" << delivery->attempts
                                << "failed (" << why << "), retry in" << delay << "ms";
        record(delivery->eventId, QStringLiteral("retrying"));
        QTimer::singleShot(std::chrono::milliseconds(delay), this,
                           [this, delivery] { attempt(delivery); });
    });
}

void WebhookDispatcher::record(const QString &eventId, const QString &state)
{
    for (auto &[id, entry] : m_log) {
        if (id != eventId)
            continue;
        entry.insert(QStringLiteral("state"), state);
        if (state != u"held" && state != u"dropped" && state != u"no endpoint")
            entry.insert(QStringLiteral("attempts"), entry.value(u"attempts").toInt() + 1);
        return;
    }
}

QJsonArray WebhookDispatcher::eventLog() const
{
    QJsonArray events;
    for (const auto &[id, entry] : m_log)
        events.append(entry);
    return events;
}

} // namespace quire::sim
