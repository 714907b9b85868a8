#include "services/CoreServices.h"

#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayClient.h"
#include "persistence/Database.h"
#include "persistence/DatabaseIntegrityCheck.h"
#include "persistence/Migrator.h"
#include "persistence/SqlDialect.h"
#include "services/AlertCenter.h"
#include "services/DatabaseMonitor.h"
#include "services/PaymentCoordinator.h"
#include "services/RefundService.h"
#include "services/TaxSettings.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QTimer>

namespace quire {

namespace {

constexpr int kPageCheckDelayMs = 1000;

} // namespace

Result<std::unique_ptr<CoreServices>>
CoreServices::start(const CoreOptions &options, const Clock &clock, GatewayProvider provider)
{
    if (options.databasePath.isEmpty())
        return Error::invalid(tr("no database: set --db or database/path"));
    if (!provider) {
        // Check the configuration before touching anything.
        auto configured = GatewayConfig::load(options.gateway);
        if (!configured)
            return configured.error();
        provider = [config = *configured](const QUrl &) -> Result<GatewayConfig> { return config; };
    }

    auto password = options.databasePassword();
    if (!password)
        return password.error();
    std::unique_ptr<CoreServices> core(new CoreServices);
    auto database = Database::open(options.databasePath, *password,
                                   QStringLiteral("quire-") + options.terminalId);
    if (!database)
        return database.error();
    core->m_database = std::move(database).value();
    if (auto migrated = Migrator(*core->m_database, clock).migrate(); !migrated)
        return migrated.error();
    if (options.tax) {
        if (auto stored
            = TaxSettings::store(*core->m_database, clock, *options.tax, options.terminalId);
            !stored)
            return stored.error();
    }

    core->m_flow = std::make_unique<PurchaseFlow>(*core->m_database, clock);
    core->m_flow->setTerminalId(options.terminalId);
    core->m_flow->setBookPriceLaw(options.pricing.bookPriceLaw);
    if (auto restored = core->m_flow->restore(); !restored)
        return restored.error();
    core->m_alerts = std::make_unique<AlertCenter>(*core->m_database, clock);
    core->m_databaseMonitor
        = std::make_unique<DatabaseMonitor>(*core->m_database, *core->m_alerts, clock);

    // The provider needs the callback URL and the processor needs the
    // provider's webhook secrets: listen first, hand the secrets over after.
    // Until then every callback is refused (no secret verifies).
    core->m_callbackProcessor
        = std::make_unique<CallbackProcessor>(*core->m_flow, *core->m_alerts, QByteArrayList());
    core->m_callbackServer
        = std::make_unique<CallbackServer>(*core->m_callbackProcessor, options.callbackLimits);
    if (auto listening
        = core->m_callbackServer->listen(options.callbackAddress, options.callbackPort);
        !listening)
        return Error::invalid(tr("cannot receive callbacks on %1:%2: %3")
                                  .arg(options.callbackAddress.toString())
                                  .arg(options.callbackPort)
                                  .arg(listening.error().message));
    auto gatewayConfig = provider(core->m_callbackServer->callbackUrl());
    if (!gatewayConfig)
        return gatewayConfig.error();
    // A provider's config (the demo's simulator) is held to the same rule as
    // a configured one: the API key is never sent over plain http off the
    // machine.
    if (auto checked = GatewayConfig::checkBaseUrl(gatewayConfig->baseUrl()); !checked)
        return checked.error();
    core->m_callbackProcessor->setWebhookSecrets(gatewayConfig->webhookSecrets());

    core->m_gateway = std::make_unique<GatewayClient>(*gatewayConfig);
    core->m_gateway->setClock(&clock);
    core->m_payments = std::make_unique<PaymentCoordinator>(*core->m_flow, *core->m_gateway,
                                                            *core->m_callbackProcessor,
                                                            *core->m_alerts, options.payments);
    if (auto reconciled = core->m_payments->reconcileAll(); !reconciled)
        return reconciled.error();
    core->m_refunds = std::make_unique<RefundService>(*core->m_flow, options.refunds);
    core->m_shifts = std::make_unique<ShiftService>(*core->m_flow, options.terminalId,
                                                    options.kiosk, options.till);
    core->m_tenders = std::make_unique<TenderService>(*core->m_flow, *core->m_shifts);

    // Every page is checked after start-up, not before: on a large store
    // the check takes seconds. The header and schema were checked at open.
    // It starts a moment after the event loop does, so that on two cores
    // it does not compete with building and showing the window. Only a
    // SQLite file is checked here: a PostgreSQL server keeps its own pages
    // (data checksums, its own monitoring), and opening its URL as a file
    // would report a healthy store as damaged and stop all payments.
    if (core->m_database->dialect().backend() == SqlDialect::Backend::Sqlite) {
        core->m_integrityCheck
            = std::make_unique<DatabaseIntegrityCheck>(core->m_database->location());
        connect(core->m_integrityCheck.get(), &DatabaseIntegrityCheck::finished, core.get(),
                &CoreServices::onIntegrityChecked);
        QTimer::singleShot(kPageCheckDelayMs, core->m_integrityCheck.get(),
                           &DatabaseIntegrityCheck::start);
    }
    return core;
}

void CoreServices::onIntegrityChecked(bool intact, const QString &problem)
{
    if (intact)
        return;
    const QString message
        = tr("The database %1 is damaged (%2). No new payments are taken. Stop the till, "
             "restore the database from a backup and start again.")
              .arg(m_database->location(), problem);
    m_payments->refuseNewPayments(message);
    // Raising the alert writes to the damaged file; if that fails the alert
    // is still logged and signalled.
    m_alerts->raise(QStringLiteral("database_damaged"), message);
    Q_EMIT databaseDamaged(message);
}

QString CoreServices::databaseLocation() const
{
    return m_database->location();
}

CoreServices::~CoreServices()
{
    // Stop taking callbacks before the objects they reach go away.
    if (m_callbackServer)
        m_callbackServer->close();
    m_integrityCheck.reset(); // waits for a check still reading the file
}

} // namespace quire
