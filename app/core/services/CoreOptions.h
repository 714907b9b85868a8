#pragma once

#include "domain/Result.h"
#include "domain/TaxRules.h"
#include "gateway/GatewayConfig.h"
#include "http/HttpServerLimits.h"
#include "services/DiscountPolicy.h"
#include "services/DisplaySettings.h"
#include "services/KioskSettings.h"
#include "services/PaymentSettings.h"
#include "services/PricingSettings.h"
#include "services/RefundPolicy.h"
#include "services/StoreSettings.h"
#include "services/TillSettings.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

class QCommandLineParser;
class QSettings;

namespace quire {

// Everything the core needs to run: where the data is, which gateway, where
// callbacks arrive, how payments time out. Read from a settings file
// (`--config FILE`, INI) and overridden by the command line. Secrets are
// never options: only the files (or environment variables) that hold them.
struct CoreOptions
{
    // A SQLite file path or a postgresql://user@host:port/dbname URL.
    QString databasePath;
    // PostgreSQL only: the file holding the password. Without it the
    // password comes from QUIRE_DB_PASSWORD, else libpq's PGPASSWORD or
    // ~/.pgpass.
    QString databasePasswordFile;
    // Tells this till or kiosk apart from the others sharing one database
    // (its cart, its connection's application_name, its logs).
    QString terminalId = QStringLiteral("counter-1");
    // The PIN pepper file (auth/Pepper.h). Empty: Pepper::defaultPath(), in
    // the user's config folder. Terminals sharing a store need the same file.
    QString pepperFile;
    GatewayConfig::Sources gateway;
    QHostAddress callbackAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 callbackPort = 8787;
    PaymentSettings payments;
    HttpServerLimits callbackLimits;
    RefundPolicy refunds;     // [refunds] in the settings file only
    DiscountPolicy discounts; // [discounts] in the settings file only
    // [tax] in the settings file only (TaxSettings): none leaves the
    // store's stored tax rules as they are.
    std::optional<TaxRules> tax;
    TillSettings till; // [till] in the settings file only (docs/tenders.md)
    // [store] in the settings file: the seller's details on every receipt
    // (docs/tax.md "Receipts").
    StoreSettings store;
    // [pricing] in the settings file only: quick-sale keys and the open-price
    // approval limit (docs/catalog.md); the demo has its own (DemoData).
    PricingSettings pricing;
    // [display] in the settings file only: the counter's customer display
    // (docs/customer-display.md).
    DisplaySettings display;

    // How Quire runs: at the counter (the default), as a self-service
    // kiosk, and/or as the offline demo (its own database and simulator).
    enum class Demo { Off, Persistent, Ephemeral };
    bool kiosk = false;
    Demo demo = Demo::Off;
    KioskSettings kioskSettings;

    // Adds --config, --db, --db-password-file, --terminal-id, --pepper-file,
    // --gateway-url,
    // --gateway-key-file, --webhook-secret-file, --callback-listen,
    // --payment-timeout, --kiosk,
    // --kiosk-idle, --kiosk-payment-idle, --kiosk-countdown, --demo and
    // --demo-storage.
    static void addTo(QCommandLineParser &parser);
    // QCommandLineParser has no optional values: `--demo=ephemeral` (and
    // `--demo=persistent`) become `--demo --demo-storage=...`. Call on the
    // arguments before QCommandLineParser::process().
    static QStringList normalizeArguments(const QStringList &arguments);
    // Settings file first, then the command line on top; errors name the
    // option or key and why it is wrong.
    static Result<CoreOptions> from(const QCommandLineParser &parser);
    static Result<CoreOptions> fromSettings(QSettings &settings);

    // The PostgreSQL password, read now from the file or the environment
    // (empty when there is none). Never logged, never in an error message.
    Result<QString> databasePassword() const;

    // "HOST:PORT" (IPv4, [IPv6] or localhost); port 0 picks a free port.
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &hostAndPort);
};

} // namespace quire
