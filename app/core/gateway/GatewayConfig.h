#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDebug>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace quire {

// Where the gateway is and the secrets to talk to it. Secrets come from the
// environment or from files (docs/gateway-protocol.md, Configuration), never
// from the command line where `ps` would show them; the debug operator masks
// them so a stray qDebug() cannot leak one.
class GatewayConfig final
{
public:
    static constexpr auto kApiKeyVariable = "QUIRE_GATEWAY_API_KEY";
    static constexpr auto kWebhookSecretsVariable = "QUIRE_WEBHOOK_SECRETS";

    // What the command line or the settings name; secrets themselves are
    // never passed here, only the files that hold them.
    struct Sources
    {
        QString baseUrl;           // --gateway-url / gateway/baseUrl
        QString apiKeyFile;        // --gateway-key-file / gateway/apiKeyFile
        QString webhookSecretFile; // --webhook-secret-file / gateway/webhookSecretFile
    };

    GatewayConfig() = default;
    GatewayConfig(QUrl baseUrl, QByteArray apiKey, QByteArrayList webhookSecrets);

    // A named file wins over the environment variable, because naming a file
    // is the more deliberate choice. Files are read with SecretFile (owner
    // only, a minimum length per secret). Errors name the setting and the
    // file, never the content.
    static Result<GatewayConfig> load(const Sources &sources,
                                      const QProcessEnvironment &environment
                                      = QProcessEnvironment::systemEnvironment());

    const QUrl &baseUrl() const { return m_baseUrl; }
    const QByteArray &apiKey() const { return m_apiKey; }
    const QByteArrayList &webhookSecrets() const { return m_webhookSecrets; }

    // The API key travels in every request's Authorization header, so it
    // goes over https only; plain http is accepted for a loopback host alone
    // (127.0.0.0/8, ::1, localhost), where the demo's simulator listens.
    static Result<void> checkBaseUrl(const QUrl &baseUrl);
    // `host` as QUrl::host() gives it: `localhost` or a literal loopback address.
    static bool isLoopbackHost(const QString &host);

private:
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    QByteArrayList m_webhookSecrets;
};

QDebug operator<<(QDebug debug, const GatewayConfig &config);

} // namespace quire
