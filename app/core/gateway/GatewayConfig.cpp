#include "gateway/GatewayConfig.h"

#include "support/SecretFile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace quire {

namespace {

QByteArrayList splitSecrets(const QByteArray &text, char separator)
{
    QByteArrayList secrets;
    for (const QByteArray &part : text.split(separator)) {
        const QByteArray secret = part.trimmed();
        if (!secret.isEmpty())
            secrets.append(secret);
    }
    return secrets;
}

} // namespace

GatewayConfig::GatewayConfig(QUrl baseUrl, QByteArray apiKey, QByteArrayList webhookSecrets)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_webhookSecrets(std::move(webhookSecrets))
{}

Result<void> GatewayConfig::checkBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid())
        return Error::invalid(
            QCoreApplication::translate("quire::GatewayConfig",
                                        "gateway base URL is not an http(s) URL: %1")
                .arg(baseUrl.errorString()));
    // Without a password, should the URL hold one.
    const QString shown = baseUrl.toDisplayString();
    if ((baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https") || baseUrl.host().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("quire::GatewayConfig",
                                        "gateway base URL '%1' is not an http(s) URL")
                .arg(shown));
    if (baseUrl.scheme() == u"https" || isLoopbackHost(baseUrl.host()))
        return {};
    return Error::invalid(QCoreApplication::translate(
                              "quire::GatewayConfig",
                              "gateway base URL '%1' is plain http, which would send the API key "
                              "unencrypted: use an https:// URL (plain http is allowed only for a "
                              "local simulator on a loopback address such as 127.0.0.1)")
                              .arg(shown));
}

bool GatewayConfig::isLoopbackHost(const QString &host)
{
    // QUrl has lowered the name and dropped an IPv6 address's brackets.
    if (host == u"localhost")
        return true;
    // Only a literal address: a name like 127.0.0.1.example.com resolves
    // wherever its owner wants.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<GatewayConfig> GatewayConfig::load(const Sources &sources,
                                          const QProcessEnvironment &environment)
{
    if (sources.baseUrl.isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "quire::GatewayConfig",
            "gateway base URL missing: set --gateway-url or the setting gateway/baseUrl"));
    const QUrl baseUrl(sources.baseUrl, QUrl::StrictMode);
    if (!baseUrl.isValid())
        return Error::invalid(
            QCoreApplication::translate("quire::GatewayConfig",
                                        "gateway base URL '%1' is not an http(s) URL")
                .arg(sources.baseUrl));
    if (auto checked = checkBaseUrl(baseUrl); !checked)
        return checked.error();

    QByteArray apiKey;
    if (!sources.apiKeyFile.isEmpty()) {
        const auto keys = SecretFile::readLines(
            sources.apiKeyFile,
            QCoreApplication::translate("quire::GatewayConfig", "gateway API key"));
        if (!keys)
            return keys.error();
        if (keys->size() != 1)
            return Error::invalid(
                QCoreApplication::translate("quire::GatewayConfig",
                                            "gateway API key file '%1' has more than one line")
                    .arg(sources.apiKeyFile));
        apiKey = keys->constFirst();
    } else {
        apiKey = environment.value(QString::fromLatin1(kApiKeyVariable)).toUtf8().trimmed();
        if (apiKey.isEmpty())
            return Error::invalid(
                QCoreApplication::translate("quire::GatewayConfig",
                                            "gateway API key missing: set %1 or --gateway-key-file")
                    .arg(QString::fromLatin1(kApiKeyVariable)));
    }

    QByteArrayList webhookSecrets;
    if (!sources.webhookSecretFile.isEmpty()) {
        const auto secrets = SecretFile::readLines(
            sources.webhookSecretFile,
            QCoreApplication::translate("quire::GatewayConfig", "webhook secret"));
        if (!secrets)
            return secrets.error();
        webhookSecrets = *secrets;
    } else {
        webhookSecrets = splitSecrets(
            environment.value(QString::fromLatin1(kWebhookSecretsVariable)).toUtf8(), ',');
        if (webhookSecrets.isEmpty())
            return Error::invalid(QCoreApplication::translate(
                                      "quire::GatewayConfig",
                                      "webhook secret missing: set %1 or --webhook-secret-file")
                                      .arg(QString::fromLatin1(kWebhookSecretsVariable)));
    }

    return GatewayConfig(baseUrl, apiKey, webhookSecrets);
}

QDebug operator<<(QDebug debug, const GatewayConfig &config)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "GatewayConfig(baseUrl=" << config.baseUrl().toDisplayString()
                              << ", apiKey="
                              << (config.apiKey().isEmpty() ? "<none>" : "<redacted>")
                              << ", webhookSecrets=" << config.webhookSecrets().size()
                              << " redacted)";
    return debug;
}

} // namespace quire
