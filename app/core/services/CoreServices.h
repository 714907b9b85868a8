#pragma once

#include "domain/Result.h"
#include "gateway/GatewayConfig.h"
#include "services/CoreOptions.h"

#include <QObject>
#include <functional>
#include <memory>

namespace quire {

class AlertCenter;
class CallbackProcessor;
class CallbackServer;
class Clock;
class Database;
class DatabaseIntegrityCheck;
class DatabaseMonitor;
class GatewayClient;
class PaymentCoordinator;
class PurchaseFlow;
class RefundService;
class ShiftService;
class TenderService;

// The running core, without any window: database, purchase flow, alerts,
// gateway client, callback server, payment coordinator and refunds, wired
// together and reconciled. `quire --headless` is this and an event loop; the GUI
// builds its screens on top of it.
class CoreServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoreServices)

public:
    // Says which gateway to use once the callback server listens (the demo
    // starts its simulator here, pointing it at `callbackUrl`).
    using GatewayProvider = std::function<Result<GatewayConfig>(const QUrl &callbackUrl)>;

    // Opens and migrates the database, restores the flows, starts the
    // callback server, sets up the gateway (from the options' sources unless
    // a provider is given) and reconciles pending payments. Every failure is
    // reported with what to fix; nothing is left half-started.
    static Result<std::unique_ptr<CoreServices>>
    start(const CoreOptions &options, const Clock &clock, GatewayProvider provider = {});
    ~CoreServices() override;

    Database &database() const { return *m_database; }
    // Where the store lives, for messages (never contains a password).
    QString databaseLocation() const;
    PurchaseFlow &flow() const { return *m_flow; }
    AlertCenter &alerts() const { return *m_alerts; }
    DatabaseMonitor &databaseMonitor() const { return *m_databaseMonitor; }
    GatewayClient &gateway() const { return *m_gateway; }
    CallbackProcessor &callbackProcessor() const { return *m_callbackProcessor; }
    CallbackServer &callbackServer() const { return *m_callbackServer; }
    PaymentCoordinator &payments() const { return *m_payments; }
    // Refunds under the options' refund policy.
    RefundService &refunds() const { return *m_refunds; }
    // This terminal's till: shifts, cash, the drawer, X and Z reports; and
    // paying by cash and split tender (docs/tenders.md).
    ShiftService &shifts() const { return *m_shifts; }
    TenderService &tenders() const { return *m_tenders; }
    // The page check started after start-up (see DatabaseIntegrityCheck).
    // The background page check of a SQLite store; null on PostgreSQL.
    DatabaseIntegrityCheck *integrityCheck() const { return m_integrityCheck.get(); }

Q_SIGNALS:
    // The background page check found the file damaged: an alert is raised
    // and new payments are refused. `message` says what to do.
    void databaseDamaged(const QString &message);

private:
    CoreServices() = default;
    void onIntegrityChecked(bool intact, const QString &problem);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<DatabaseMonitor> m_databaseMonitor;
    std::unique_ptr<GatewayClient> m_gateway;
    std::unique_ptr<CallbackProcessor> m_callbackProcessor;
    std::unique_ptr<CallbackServer> m_callbackServer;
    std::unique_ptr<PaymentCoordinator> m_payments;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<TenderService> m_tenders;
    std::unique_ptr<DatabaseIntegrityCheck> m_integrityCheck;
};

} // namespace quire
