#include "services/CoreOptions.h"

#include "services/TaxSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace quire {

namespace {

const QString kConfig = QStringLiteral("config");
const QString kDatabase = QStringLiteral("db");
const QString kDatabasePasswordFile = QStringLiteral("db-password-file");
const QString kTerminalId = QStringLiteral("terminal-id");
const QString kPepperFile = QStringLiteral("pepper-file");
const QString kGatewayUrl = QStringLiteral("gateway-url");
const QString kGatewayKeyFile = QStringLiteral("gateway-key-file");
const QString kWebhookSecretFile = QStringLiteral("webhook-secret-file");
const QString kCallbackListen = QStringLiteral("callback-listen");
const QString kPaymentTimeout = QStringLiteral("payment-timeout");
const QString kKiosk = QStringLiteral("kiosk");
const QString kKioskIdle = QStringLiteral("kiosk-idle");
const QString kKioskPaymentIdle = QStringLiteral("kiosk-payment-idle");
const QString kKioskCountdown = QStringLiteral("kiosk-countdown");
const QString kDemo = QStringLiteral("demo");
const QString kDemoStorage = QStringLiteral("demo-storage");

Result<int> positiveSeconds(const QString &text, const QString &what)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return Error::invalid(
            QCoreApplication::translate(
                "CoreOptions", "%1 must be a number of seconds between 1 and 86400, not '%2'")
                .arg(what, text));
    return seconds;
}

Result<CoreOptions::Demo> demoFromText(const QString &text, const QString &what)
{
    const QString value = text.trimmed().toLower();
    if (value == u"off" || value == u"false" || value == u"no" || value.isEmpty())
        return CoreOptions::Demo::Off;
    if (value == u"on" || value == u"true" || value == u"yes" || value == u"persistent")
        return CoreOptions::Demo::Persistent;
    if (value == u"ephemeral")
        return CoreOptions::Demo::Ephemeral;
    return Error::invalid(QCoreApplication::translate(
                              "CoreOptions", "%1 must be off, persistent or ephemeral, not '%2'")
                              .arg(what, text));
}

Result<bool> boolFromText(const QString &text, const QString &what)
{
    const QString value = text.trimmed().toLower();
    if (value == u"true" || value == u"on" || value == u"yes" || value == u"1")
        return true;
    if (value == u"false" || value == u"off" || value == u"no" || value == u"0")
        return false;
    return Error::invalid(
        QCoreApplication::translate("CoreOptions", "%1 must be true or false, not '%2'")
            .arg(what, text));
}

// Reads one of the kiosk's times from `text` into `field`.
Result<void> applySeconds(int &field, const QString &text, const QString &what)
{
    auto seconds = positiveSeconds(text, what);
    if (!seconds)
        return seconds.error();
    field = *seconds;
    return {};
}

Result<void> applyListen(CoreOptions &options, const QString &text, const QString &what)
{
    auto listen = CoreOptions::parseListen(text);
    if (!listen)
        return Error::invalid(what + QStringLiteral(": ") + listen.error().message);
    options.callbackAddress = listen->first;
    options.callbackPort = listen->second;
    return {};
}

Result<QString> validTerminalId(const QString &text, const QString &what)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"));
    if (!allowed.match(text).hasMatch())
        return Error::invalid(QCoreApplication::translate(
                                  "CoreOptions", "%1 must be 1 to 40 letters, digits, '.', '_' or "
                                                 "'-', not '%2'")
                                  .arg(what, text));
    return text;
}

} // namespace

void CoreOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {kConfig, QCoreApplication::translate("CoreOptions", "Settings file (INI) to read first."),
         QStringLiteral("file")},
        {{kDatabase, QStringLiteral("database")},
         QCoreApplication::translate(
             "CoreOptions", "SQLite database file, or postgresql://user@host:port/dbname for a "
                            "store whose terminals share one PostgreSQL database."),
         QStringLiteral("path|url")},
        {kDatabasePasswordFile,
         QCoreApplication::translate(
             "CoreOptions", "File holding the PostgreSQL password (or set QUIRE_DB_PASSWORD)."),
         QStringLiteral("file")},
        {kTerminalId,
         QCoreApplication::translate(
             "CoreOptions", "This terminal's name among those sharing the database (default "
                            "counter-1)."),
         QStringLiteral("id")},
        {kPepperFile,
         QCoreApplication::translate(
             "CoreOptions", "The PIN pepper file; every terminal of a store needs a copy of the "
                            "same one (default: pin-pepper in the user's config folder)."),
         QStringLiteral("file")},
        {kGatewayUrl, QCoreApplication::translate("CoreOptions", "Payment gateway API base URL."),
         QStringLiteral("url")},
        {kGatewayKeyFile,
         QCoreApplication::translate(
             "CoreOptions",
             "File holding the gateway's secret API key (or set QUIRE_GATEWAY_API_KEY)."),
         QStringLiteral("file")},
        {kWebhookSecretFile,
         QCoreApplication::translate("CoreOptions",
                                     "File holding the webhook signing secret(s), one per line "
                                     "(or set QUIRE_WEBHOOK_SECRETS)."),
         QStringLiteral("file")},
        {kCallbackListen,
         QCoreApplication::translate(
             "CoreOptions", "Where gateway callbacks arrive, HOST:PORT (port 0: any free port)."),
         QStringLiteral("host:port")},
        {kPaymentTimeout,
         QCoreApplication::translate("CoreOptions", "Seconds a customer has on the payment page."),
         QStringLiteral("seconds")},
        {kKiosk,
         QCoreApplication::translate(
             "CoreOptions", "Self-service kiosk: full screen, customers sign in themselves, only a "
                            "manager's PIN leaves it.")},
        {kKioskIdle,
         QCoreApplication::translate(
             "CoreOptions", "Kiosk: seconds without a touch before \"still there?\" (default 60)."),
         QStringLiteral("seconds")},
        {kKioskPaymentIdle,
         QCoreApplication::translate(
             "CoreOptions", "Kiosk: the same while the payment page is open (default 180)."),
         QStringLiteral("seconds")},
        {kKioskCountdown,
         QCoreApplication::translate(
             "CoreOptions", "Kiosk: seconds the \"still there?\" countdown lasts (default 20)."),
         QStringLiteral("seconds")},
        {kDemo,
         QCoreApplication::translate(
             "CoreOptions", "Offline demo: its own database in the user's data folder, demo "
                            "catalog and users, the bundled gateway simulator. --demo=ephemeral "
                            "keeps everything in a temporary folder deleted on exit.")},
        {kDemoStorage,
         QCoreApplication::translate("CoreOptions",
                                     "Where the demo keeps its database: persistent or ephemeral."),
         QStringLiteral("persistent|ephemeral")},
    });
}

Result<CoreOptions> CoreOptions::fromSettings(QSettings &settings)
{
    if (settings.status() != QSettings::NoError)
        return Error::invalid(QCoreApplication::translate(
                                  "CoreOptions", "settings file %1 cannot be read or is malformed")
                                  .arg(settings.fileName()));
    CoreOptions options;
    options.databasePath = settings.value(QStringLiteral("database/path")).toString();
    options.databasePasswordFile
        = settings.value(QStringLiteral("database/passwordFile")).toString();
    if (settings.contains(QStringLiteral("terminal/id"))) {
        auto id = validTerminalId(settings.value(QStringLiteral("terminal/id")).toString(),
                                  QStringLiteral("terminal/id"));
        if (!id)
            return id.error();
        options.terminalId = *id;
    }
    options.pepperFile = settings.value(QStringLiteral("auth/pepperFile")).toString();
    options.gateway.baseUrl = settings.value(QStringLiteral("gateway/baseUrl")).toString();
    options.gateway.apiKeyFile = settings.value(QStringLiteral("gateway/apiKeyFile")).toString();
    options.gateway.webhookSecretFile
        = settings.value(QStringLiteral("gateway/webhookSecretFile")).toString();
    if (settings.contains(QStringLiteral("callbacks/listen"))) {
        if (auto applied
            = applyListen(options, settings.value(QStringLiteral("callbacks/listen")).toString(),
                          QStringLiteral("callbacks/listen"));
            !applied)
            return applied.error();
    }
    // The reverse proxies in front of the callback port (docs/deployment.md):
    // addresses, comma-separated.
    const QString trustedProxiesKey = QStringLiteral("callbacks/trustedProxies");
    if (settings.contains(trustedProxiesKey)) {
        const QVariant value = settings.value(trustedProxiesKey);
        const QStringList entries = value.typeId() == QMetaType::QStringList
                                        ? value.toStringList()
                                        : value.toString().split(u',');
        for (const QString &entry : entries) {
            if (entry.trimmed().isEmpty())
                continue;
            QHostAddress address;
            if (!address.setAddress(entry.trimmed()))
                return Error::invalid(
                    QCoreApplication::translate("CoreOptions", "%1: \"%2\" is not an IP address")
                        .arg(trustedProxiesKey, entry.trimmed()));
            options.callbackLimits.trustedProxies.append(address);
        }
    }
    if (settings.contains(QStringLiteral("payments/timeoutSeconds"))) {
        auto seconds
            = positiveSeconds(settings.value(QStringLiteral("payments/timeoutSeconds")).toString(),
                              QStringLiteral("payments/timeoutSeconds"));
        if (!seconds)
            return seconds.error();
        options.payments.paymentTimeoutSeconds = *seconds;
    }
    auto origins = GatewayOriginPolicy::fromSettings(settings);
    if (!origins)
        return origins.error();
    options.payments.originPolicy = *origins;
    auto refunds = RefundPolicy::fromSettings(settings);
    if (!refunds)
        return refunds.error();
    options.refunds = *refunds;
    auto discounts = DiscountPolicy::fromSettings(settings);
    if (!discounts)
        return discounts.error();
    options.discounts = *discounts;
    auto tax = TaxSettings::fromSettings(settings);
    if (!tax)
        return tax.error();
    options.tax = *tax;
    auto till = TillSettings::fromSettings(settings);
    if (!till)
        return till.error();
    options.till = *till;
    auto store = StoreSettings::fromSettings(settings);
    if (!store)
        return store.error();
    options.store = *store;
    auto pricing = PricingSettings::fromSettings(settings);
    if (!pricing)
        return pricing.error();
    options.pricing = *pricing;
    auto display = DisplaySettings::fromSettings(settings);
    if (!display)
        return display.error();
    options.display = *display;
    if (settings.contains(QStringLiteral("mode/kiosk"))) {
        auto kiosk = boolFromText(settings.value(QStringLiteral("mode/kiosk")).toString(),
                                  QStringLiteral("mode/kiosk"));
        if (!kiosk)
            return kiosk.error();
        options.kiosk = *kiosk;
    }
    if (settings.contains(QStringLiteral("mode/demo"))) {
        auto demo = demoFromText(settings.value(QStringLiteral("mode/demo")).toString(),
                                 QStringLiteral("mode/demo"));
        if (!demo)
            return demo.error();
        options.demo = *demo;
    }
    const std::pair<const char *, int KioskSettings::*> kioskTimes[] = {
        {"kiosk/idleSeconds", &KioskSettings::idleSeconds},
        {"kiosk/paymentIdleSeconds", &KioskSettings::paymentIdleSeconds},
        {"kiosk/countdownSeconds", &KioskSettings::countdownSeconds},
    };
    for (const auto &[key, field] : kioskTimes) {
        const QString name = QString::fromLatin1(key);
        if (!settings.contains(name))
            continue;
        if (auto applied
            = applySeconds(options.kioskSettings.*field, settings.value(name).toString(), name);
            !applied)
            return applied.error();
    }
    const std::pair<const char *, bool KioskSettings::*> kioskModes[] = {
        {"kiosk/largeText", &KioskSettings::largeText},
        {"kiosk/highContrast", &KioskSettings::highContrast},
        {"kiosk/speech", &KioskSettings::speech},
    };
    for (const auto &[key, field] : kioskModes) {
        const QString name = QString::fromLatin1(key);
        if (!settings.contains(name))
            continue;
        auto on = boolFromText(settings.value(name).toString(), name);
        if (!on)
            return on.error();
        options.kioskSettings.*field = *on;
    }
    return options;
}

QStringList CoreOptions::normalizeArguments(const QStringList &arguments)
{
    QStringList normalized;
    normalized.reserve(arguments.size() + 1);
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"--demo=")) {
            normalized << QStringLiteral("--demo")
                       << QStringLiteral("--demo-storage=") + argument.mid(7);
            continue;
        }
        normalized << argument;
    }
    return normalized;
}

Result<CoreOptions> CoreOptions::from(const QCommandLineParser &parser)
{
    CoreOptions options;
    if (parser.isSet(kConfig)) {
        const QString file = parser.value(kConfig);
        if (!QFileInfo(file).isReadable())
            return Error::invalid(
                QCoreApplication::translate("CoreOptions", "--config: cannot read %1").arg(file));
        QSettings settings(file, QSettings::IniFormat);
        auto fromFile = fromSettings(settings);
        if (!fromFile)
            return fromFile.error();
        options = *fromFile;
    }
    if (parser.isSet(kDatabase))
        options.databasePath = parser.value(kDatabase);
    if (parser.isSet(kDatabasePasswordFile))
        options.databasePasswordFile = parser.value(kDatabasePasswordFile);
    if (parser.isSet(kTerminalId)) {
        auto id = validTerminalId(parser.value(kTerminalId), QStringLiteral("--terminal-id"));
        if (!id)
            return id.error();
        options.terminalId = *id;
    }
    if (parser.isSet(kPepperFile))
        options.pepperFile = parser.value(kPepperFile);
    if (parser.isSet(kGatewayUrl))
        options.gateway.baseUrl = parser.value(kGatewayUrl);
    if (parser.isSet(kGatewayKeyFile))
        options.gateway.apiKeyFile = parser.value(kGatewayKeyFile);
    if (parser.isSet(kWebhookSecretFile))
        options.gateway.webhookSecretFile = parser.value(kWebhookSecretFile);
    if (parser.isSet(kCallbackListen)) {
        if (auto applied = applyListen(options, parser.value(kCallbackListen),
                                       QStringLiteral("--callback-listen"));
            !applied)
            return applied.error();
    }
    if (parser.isSet(kPaymentTimeout)) {
        auto seconds
            = positiveSeconds(parser.value(kPaymentTimeout), QStringLiteral("--payment-timeout"));
        if (!seconds)
            return seconds.error();
        options.payments.paymentTimeoutSeconds = *seconds;
    }
    if (parser.isSet(kKiosk))
        options.kiosk = true;
    const std::pair<const QString *, int KioskSettings::*> kioskTimes[] = {
        {&kKioskIdle, &KioskSettings::idleSeconds},
        {&kKioskPaymentIdle, &KioskSettings::paymentIdleSeconds},
        {&kKioskCountdown, &KioskSettings::countdownSeconds},
    };
    for (const auto &[name, field] : kioskTimes) {
        if (!parser.isSet(*name))
            continue;
        if (auto applied = applySeconds(options.kioskSettings.*field, parser.value(*name),
                                        QStringLiteral("--") + *name);
            !applied)
            return applied.error();
    }
    if (parser.isSet(kDemoStorage)) {
        auto demo = demoFromText(parser.value(kDemoStorage), QStringLiteral("--demo-storage"));
        if (!demo)
            return demo.error();
        if (*demo == Demo::Off)
            return Error::invalid(QCoreApplication::translate(
                "CoreOptions", "--demo-storage must be persistent or ephemeral"));
        options.demo = *demo;
    } else if (parser.isSet(kDemo) && options.demo == Demo::Off) {
        options.demo = Demo::Persistent;
    }
    return options;
}

Result<QString> CoreOptions::databasePassword() const
{
    if (!databasePasswordFile.isEmpty()) {
        QFile file(databasePasswordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QCoreApplication::translate(
                                      "CoreOptions", "database password file %1 cannot be read: %2")
                                      .arg(databasePasswordFile, file.errorString()));
        // The first line; a trailing newline is not part of the password.
        const QByteArray firstLine = file.readLine(4096);
        return QString::fromUtf8(firstLine).remove(u'\n').remove(u'\r');
    }
    return qEnvironmentVariable("QUIRE_DB_PASSWORD");
}

Result<std::pair<QHostAddress, quint16>> CoreOptions::parseListen(const QString &hostAndPort)
{
    const qsizetype colon = hostAndPort.lastIndexOf(u':');
    if (colon <= 0)
        return Error::invalid(
            QCoreApplication::translate("CoreOptions", "'%1' is not HOST:PORT").arg(hostAndPort));
    QString host = hostAndPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = hostAndPort.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::invalid(
            QCoreApplication::translate("CoreOptions", "'%1' has no valid port").arg(hostAndPort));
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error::invalid(
            QCoreApplication::translate("CoreOptions", "'%1' is not an IP address").arg(host));
    return std::pair(address, quint16(port));
}

} // namespace quire
