#include "SimOptions.h"

#include "support/SecretFile.h"

#include <QCommandLineParser>

namespace quire::sim {

namespace {

Result<int> parseCount(const QCommandLineParser &parser, const QString &name, int minimum,
                       int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error::invalid(QStringLiteral("--%1 needs a number from %2 to %3")
                                  .arg(name)
                                  .arg(minimum)
                                  .arg(maximum));
    return value;
}

Result<void> readSecretsFile(const QString &path, QByteArray &apiKey, QByteArray &webhookSecret)
{
    const auto content = SecretFile::read(path, QStringLiteral("simulator secrets"));
    if (!content)
        return content.error();
    int lineNumber = 0;
    for (const QByteArray &rawLine : content->split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        const QByteArray name = equals < 0 ? line : line.left(equals).trimmed();
        const QByteArray value = equals < 0 ? QByteArray() : line.mid(equals + 1).trimmed();
        if (name == "api_key" && !value.isEmpty())
            apiKey = value;
        else if (name == "webhook_secret" && !value.isEmpty())
            webhookSecret = value;
        else // the line may hold a secret: name the line, not its text
            return Error::invalid(QStringLiteral("secrets file '%1', line %2: expected "
                                                 "api_key=... or webhook_secret=...")
                                      .arg(path)
                                      .arg(lineNumber));
    }
    return {};
}

} // namespace

Result<SimOptions> SimOptions::parse(const QStringList &arguments,
                                     const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates the payment gateway (the Stripe Checkout subset in "
        "docs/gateway-protocol.md) for tests and the offline demo. State is kept in memory "
        "unless --state-file is given.\n\nSecrets: QUIRE_SIM_API_KEY and QUIRE_SIM_WEBHOOK_SECRET, "
        "or --secrets-file."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to listen on (port 0 picks a free one)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("challenge-port"),
         QStringLiteral("Port of the second origin that serves the 3-D Secure challenge, on the "
                        "--listen address (default 0: a free one)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("webhook-url"), QStringLiteral("Where to POST webhook events."),
         QStringLiteral("url")},
        {QStringLiteral("secrets-file"),
         QStringLiteral("File with lines api_key=... and webhook_secret=...."),
         QStringLiteral("file")},
        {QStringLiteral("webhook-max-attempts"),
         QStringLiteral("Deliveries per event before giving up (default 10)."), QStringLiteral("n"),
         QStringLiteral("10")},
        {QStringLiteral("webhook-retry-ms"),
         QStringLiteral("Wait before the first redelivery, doubled each time (default 1000)."),
         QStringLiteral("ms"), QStringLiteral("1000")},
        {QStringLiteral("reorder-hold-ms"),
         QStringLiteral("How long --reorder-webhooks collects events (default 1000)."),
         QStringLiteral("ms"), QStringLiteral("1000")},
        {QStringLiteral("state-file"),
         QStringLiteral("Keep sessions, refunds and idempotency keys in this JSON file across "
                        "restarts (default: memory only)."),
         QStringLiteral("file")},
        {QStringLiteral("refund-settle-ms"),
         QStringLiteral("How long a refund stays pending under --fail-refunds (default 200)."),
         QStringLiteral("ms"), QStringLiteral("200")},
    });
    for (const SimFaults::Switch &fault : SimFaults::switches()) {
        QCommandLineOption option(fault.name, QStringLiteral("Fault: ") + fault.description);
        if (fault.takesNumber)
            option.setValueName(QStringLiteral("n"));
        parser.addOption(option);
    }

    if (!parser.parse(arguments))
        return Error::invalid(parser.errorText());
    SimOptions options;
    if (parser.isSet(QStringLiteral("help"))) {
        options.helpRequested = true;
        options.helpText = parser.helpText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return Error::invalid(QStringLiteral("unexpected argument '%1' (secrets are never "
                                             "passed on the command line)")
                                  .arg(parser.positionalArguments().constFirst()));

    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !portOk || port > 65535 || !options.listenAddress.setAddress(host))
        return Error::invalid(
            QStringLiteral("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:0"));
    options.listenPort = quint16(port);

    GatewaySimulator::Settings &settings = options.settings;
    if (parser.isSet(QStringLiteral("webhook-url"))) {
        const QUrl url(parser.value(QStringLiteral("webhook-url")), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return Error::invalid(QStringLiteral("--webhook-url needs an http(s) URL"));
        settings.webhooks.endpoint = url;
    }
    const auto attempts = parseCount(parser, QStringLiteral("webhook-max-attempts"), 1, 100);
    const auto retryMs = parseCount(parser, QStringLiteral("webhook-retry-ms"), 1, 3'600'000);
    const auto holdMs = parseCount(parser, QStringLiteral("reorder-hold-ms"), 0, 600'000);
    const auto settleMs = parseCount(parser, QStringLiteral("refund-settle-ms"), 0, 600'000);
    const auto challengePort = parseCount(parser, QStringLiteral("challenge-port"), 0, 65535);
    for (const Result<int> *value : {&attempts, &retryMs, &holdMs, &settleMs, &challengePort})
        if (!*value)
            return value->error();
    settings.webhooks.maxAttempts = *attempts;
    settings.webhooks.firstRetryMs = *retryMs;
    settings.webhooks.reorderHoldMs = *holdMs;
    settings.refundSettleMs = *settleMs;
    settings.challengePort = quint16(*challengePort);
    if (settings.challengePort != 0 && settings.challengePort == options.listenPort)
        return Error::invalid(QStringLiteral("--challenge-port must differ from the --listen port: "
                                             "the challenge is a second origin"));
    settings.stateFile = parser.value(QStringLiteral("state-file"));

    QJsonObject faults;
    for (const SimFaults::Switch &fault : SimFaults::switches()) {
        if (!parser.isSet(fault.name))
            continue;
        if (fault.takesNumber) {
            const auto value = parseCount(parser, fault.name, 0, 600'000);
            if (!value)
                return value.error();
            faults.insert(fault.name, *value);
        } else {
            faults.insert(fault.name, true);
        }
    }
    if (const auto applied = settings.faults.apply(faults); !applied)
        return applied.error();

    QByteArray apiKey = environment.value(QStringLiteral("QUIRE_SIM_API_KEY")).toUtf8().trimmed();
    QByteArray webhookSecret
        = environment.value(QStringLiteral("QUIRE_SIM_WEBHOOK_SECRET")).toUtf8().trimmed();
    if (parser.isSet(QStringLiteral("secrets-file"))) {
        const auto read
            = readSecretsFile(parser.value(QStringLiteral("secrets-file")), apiKey, webhookSecret);
        if (!read)
            return read.error();
    }
    if (apiKey.isEmpty())
        return Error::invalid(
            QStringLiteral("no API key: set QUIRE_SIM_API_KEY or use --secrets-file"));
    if (webhookSecret.isEmpty() && !settings.webhooks.endpoint.isEmpty())
        return Error::invalid(QStringLiteral(
            "--webhook-url needs a webhook secret: set QUIRE_SIM_WEBHOOK_SECRET or use "
            "--secrets-file"));
    settings.apiKey = apiKey;
    settings.webhooks.secret = webhookSecret;
    return options;
}

} // namespace quire::sim
