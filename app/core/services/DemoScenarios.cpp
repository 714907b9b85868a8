#include "services/DemoScenarios.h"

#include "domain/AuditEntry.h"
#include "flows/PurchaseFlow.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcDemo, "quire.demo.scenarios", QtInfoMsg)
} // namespace

DemoScenarios::DemoScenarios(PurchaseFlow &flow, const Clock &clock, QUrl simulatorUrl,
                             QByteArray apiKey, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_clock(clock)
    , m_simulatorUrl(std::move(simulatorUrl))
    , m_apiKey(std::move(apiKey))
{
    connect(&m_flow, &PurchaseFlow::eventPublished, this, &DemoScenarios::onEventPublished);
}

DemoScenarios::~DemoScenarios() = default;

QList<DemoScenarios::Scenario> DemoScenarios::all()
{
    return {Scenario::Normal,
            Scenario::Decline,
            Scenario::Cancel,
            Scenario::Timeout,
            Scenario::UnresponsiveGateway,
            Scenario::OutOfStockAfterPayment,
            Scenario::DoubleCallback};
}

QJsonObject DemoScenarios::faultsFor(Scenario scenario)
{
    return {
        {QStringLiteral("force-decline"), scenario == Scenario::Decline},
        {QStringLiteral("cancel-on-pay"), scenario == Scenario::Cancel},
        {QStringLiteral("expire-on-pay"), scenario == Scenario::Timeout},
        {QStringLiteral("unreachable"), scenario == Scenario::UnresponsiveGateway},
        {QStringLiteral("duplicate-webhooks"), scenario == Scenario::DoubleCallback},
    };
}

void DemoScenarios::force(Scenario scenario)
{
    QUrl url = m_simulatorUrl;
    url.setPath(QStringLiteral("/_sim/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.post(
        request, QJsonDocument(faultsFor(scenario)).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, scenario] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            qCWarning(lcDemo) << "demo: the simulator refused scenario" << scenario << status
                              << reply->errorString();
            Q_EMIT problem(
                tr("The simulator did not take the scenario (%1).").arg(reply->errorString()));
            return;
        }
        m_current = scenario;
        m_scenarioOrderId = 0;
        qCInfo(lcDemo) << "demo: next payment scenario" << scenario;
        Q_EMIT scenarioChanged(scenario);
    });
}

void DemoScenarios::onEventPublished(const DomainEvent &event)
{
    if (m_current == Scenario::Normal)
        return;
    if (event.aggregateType == AggregateType::Order && event.type == EventType::OrderCreated) {
        if (m_scenarioOrderId != 0)
            return;
        m_scenarioOrderId = event.aggregateId;
        if (m_current == Scenario::OutOfStockAfterPayment)
            emptyStockOf(event);
        return;
    }
    if (event.aggregateType != AggregateType::Payment)
        return;
    switch (event.type) {
    case EventType::PaymentSucceeded:
    case EventType::PaymentFailed:
    case EventType::PaymentCancelled:
    case EventType::PaymentTimedOut:
        break;
    default:
        return;
    }
    const qint64 orderId = event.payload.value(QStringLiteral("orderId")).toInteger();
    if (m_scenarioOrderId != 0 && orderId != 0 && orderId != m_scenarioOrderId)
        return;
    // The scenario has been shown: the next payment is a normal one again.
    force(Scenario::Normal);
}

void DemoScenarios::emptyStockOf(const DomainEvent &orderCreated)
{
    const QJsonArray lines = orderCreated.payload.value(QStringLiteral("lines")).toArray();
    const qint64 orderId = orderCreated.aggregateId;
    Database &database = m_flow.database();
    auto emptied = database.writeTransaction([&]() -> Result<void> {
        for (const QJsonValue &line : lines) {
            const QString isbn = line.toObject().value(QStringLiteral("isbn13")).toString();
            auto updated = database.exec(
                QStringLiteral("UPDATE books SET stock = 0, updated_at = ? WHERE isbn13 = ?"),
                {m_clock.nowMs(), isbn});
            if (!updated)
                return updated.error();
            AuditEntry entry;
            entry.at = m_clock.nowUtc();
            entry.actor = Actor::system(QStringLiteral("demo-panel"));
            entry.action = QStringLiteral("demo_stock_emptied");
            entry.entityType = QStringLiteral("book");
            entry.entityId = isbn;
            entry.detail
                = QStringLiteral("demo scenario: out of stock after order %1").arg(orderId);
            if (auto audited = AuditLog(database).append(entry); !audited)
                return audited.error();
        }
        return {};
    });
    if (!emptied)
        Q_EMIT problem(tr("The stock could not be emptied: %1").arg(emptied.error().message));
}

} // namespace quire
