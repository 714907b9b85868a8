#pragma once

#include "domain/DomainEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace quire {

class Clock;
class PurchaseFlow;

// What the demo panel can make the next payment do, so a presenter can show
// every path of the workflow live. Each one is set on the bundled simulator
// through its fault switches (POST /_sim/faults), except "out of stock
// after payment", which empties the ordered books' stock once the order is
// confirmed. A scenario lasts for one payment: when that payment's verdict
// is committed the switches are set back to normal.
class DemoScenarios final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoScenarios)

public:
    enum class Scenario {
        Normal,
        Decline,                // the success card is declined
        Cancel,                 // Pay on the hosted page acts as Cancel
        Timeout,                // paying finds the session expired
        UnresponsiveGateway,    // API calls are never answered
        OutOfStockAfterPayment, // the ordered books' stock drops to 0 after confirm
        DoubleCallback,         // every webhook is delivered twice
    };
    Q_ENUM(Scenario)

    // `simulatorUrl` and `apiKey`: the demo's simulator child process.
    DemoScenarios(PurchaseFlow &flow, const Clock &clock, QUrl simulatorUrl, QByteArray apiKey,
                  QObject *parent = nullptr);
    ~DemoScenarios() override;

    static QList<Scenario> all();
    Scenario current() const { return m_current; }
    QUrl simulatorUrl() const { return m_simulatorUrl; }
    // Sets the switches; scenarioChanged() follows once the simulator agreed.
    void force(Scenario scenario);
    // The simulator's switches for `scenario` (every switch, so stale ones clear).
    static QJsonObject faultsFor(Scenario scenario);

Q_SIGNALS:
    void scenarioChanged(quire::DemoScenarios::Scenario scenario);
    void problem(const QString &message);

private:
    void onEventPublished(const quire::DomainEvent &event);
    void emptyStockOf(const quire::DomainEvent &orderCreated);

    PurchaseFlow &m_flow;
    const Clock &m_clock;
    QUrl m_simulatorUrl;
    QByteArray m_apiKey; // a secret: never logged
    QNetworkAccessManager m_network;
    Scenario m_current = Scenario::Normal;
    qint64 m_scenarioOrderId = 0; // the order the scenario applies to, once confirmed
};

} // namespace quire
