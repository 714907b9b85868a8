#include "services/CoreOptions.h"

#include <QCommandLineParser>
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
const QString kGatewayUrl = QStringLiteral("gateway-url");
const QString kGatewayKeyFile = QStringLiteral("gateway-key-file");
const QString kWebhookSecretFile = QStringLiteral("webhook-secret-file");
const QString kCallbackListen = QStringLiteral("callback-listen");
const QString kPaymentTimeout = QStringLiteral("payment-timeout");

Result<int> positiveSeconds(const QString &text, const QString &what)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return Error::invalid(
            QStringLiteral("%1 must be a number of seconds between 1 and 86400, not '%2'")
                .arg(what, text));
    return seconds;
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
        return Error::invalid(QStringLiteral("%1 must be 1 to 40 letters, digits, '.', '_' or "
                                             "'-', not '%2'")
                                  .arg(what, text));
    return text;
}

} // namespace

void CoreOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {kConfig, QStringLiteral("Settings file (INI) to read first."), QStringLiteral("file")},
        {{kDatabase, QStringLiteral("database")},
         QStringLiteral("SQLite database file, or postgresql://user@host:port/dbname for a "
                        "store whose terminals share one PostgreSQL database."),
         QStringLiteral("path|url")},
        {kDatabasePasswordFile,
         QStringLiteral("File holding the PostgreSQL password (or set QUIRE_DB_PASSWORD)."),
         QStringLiteral("file")},
        {kTerminalId,
         QStringLiteral("This terminal's name among those sharing the database (default "
                        "counter-1)."),
         QStringLiteral("id")},
        {kGatewayUrl, QStringLiteral("Payment gateway API base URL."), QStringLiteral("url")},
        {kGatewayKeyFile,
         QStringLiteral(
             "File holding the gateway's secret API key (or set QUIRE_GATEWAY_API_KEY)."),
         QStringLiteral("file")},
        {kWebhookSecretFile,
         QStringLiteral("File holding the webhook signing secret(s), one per line "
                        "(or set QUIRE_WEBHOOK_SECRETS)."),
         QStringLiteral("file")},
        {kCallbackListen,
         QStringLiteral("Where gateway callbacks arrive, HOST:PORT (port 0: any free port)."),
         QStringLiteral("host:port")},
        {kPaymentTimeout, QStringLiteral("Seconds a customer has on the payment page."),
         QStringLiteral("seconds")},
    });
}

Result<CoreOptions> CoreOptions::fromSettings(QSettings &settings)
{
    if (settings.status() != QSettings::NoError)
        return Error::invalid(QStringLiteral("settings file %1 cannot be read or is malformed")
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
    if (settings.contains(QStringLiteral("payments/timeoutSeconds"))) {
        auto seconds
            = positiveSeconds(settings.value(QStringLiteral("payments/timeoutSeconds")).toString(),
                              QStringLiteral("payments/timeoutSeconds"));
        if (!seconds)
            return seconds.error();
        options.payments.paymentTimeoutSeconds = *seconds;
    }
    auto refunds = RefundPolicy::fromSettings(settings);
    if (!refunds)
        return refunds.error();
    options.refunds = *refunds;
    return options;
}

Result<CoreOptions> CoreOptions::from(const QCommandLineParser &parser)
{
    CoreOptions options;
    if (parser.isSet(kConfig)) {
        const QString file = parser.value(kConfig);
        if (!QFileInfo(file).isReadable())
            return Error::invalid(QStringLiteral("--config: cannot read %1").arg(file));
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
    return options;
}

Result<QString> CoreOptions::databasePassword() const
{
    if (!databasePasswordFile.isEmpty()) {
        QFile file(databasePasswordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("database password file %1 cannot be read: %2")
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
        return Error::invalid(QStringLiteral("'%1' is not HOST:PORT").arg(hostAndPort));
    QString host = hostAndPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = hostAndPort.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::invalid(QStringLiteral("'%1' has no valid port").arg(hostAndPort));
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Error::invalid(QStringLiteral("'%1' is not an IP address").arg(host));
    return std::pair(address, quint16(port));
}

} // namespace quire
