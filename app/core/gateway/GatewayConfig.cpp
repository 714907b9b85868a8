#include "gateway/GatewayConfig.h"

#include <QFile>
#include <QFileInfo>

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

Result<QByteArray> GatewayConfig::readSecretFile(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(QStringLiteral("%1 file '%2' does not exist").arg(what, path));
    if (!info.isFile())
        return Error::invalid(QStringLiteral("%1 file '%2' is not a regular file").arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QStringLiteral("%1 file '%2' is not readable: %3").arg(what, path, file.errorString()));
    // A secret file is a few lines; anything large is the wrong file.
    const QByteArray content = file.read(64 * 1024).trimmed();
    if (content.isEmpty())
        return Error::invalid(QStringLiteral("%1 file '%2' is empty").arg(what, path));
    return content;
}

Result<GatewayConfig> GatewayConfig::load(const Sources &sources,
                                          const QProcessEnvironment &environment)
{
    if (sources.baseUrl.isEmpty())
        return Error::invalid(QStringLiteral(
            "gateway base URL missing: set --gateway-url or the setting gateway/baseUrl"));
    const QUrl baseUrl(sources.baseUrl, QUrl::StrictMode);
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https")
        || baseUrl.host().isEmpty())
        return Error::invalid(
            QStringLiteral("gateway base URL '%1' is not an http(s) URL").arg(sources.baseUrl));

    QByteArray apiKey;
    if (!sources.apiKeyFile.isEmpty()) {
        const auto content = readSecretFile(sources.apiKeyFile, QStringLiteral("gateway API key"));
        if (!content)
            return content.error();
        if (content->contains('\n'))
            return Error::invalid(QStringLiteral("gateway API key file '%1' has more than one line")
                                      .arg(sources.apiKeyFile));
        apiKey = *content;
    } else {
        apiKey = environment.value(QString::fromLatin1(kApiKeyVariable)).toUtf8().trimmed();
        if (apiKey.isEmpty())
            return Error::invalid(
                QStringLiteral("gateway API key missing: set %1 or --gateway-key-file")
                    .arg(QString::fromLatin1(kApiKeyVariable)));
    }

    QByteArrayList webhookSecrets;
    if (!sources.webhookSecretFile.isEmpty()) {
        const auto content
            = readSecretFile(sources.webhookSecretFile, QStringLiteral("webhook secret"));
        if (!content)
            return content.error();
        webhookSecrets = splitSecrets(*content, '\n');
    } else {
        webhookSecrets = splitSecrets(
            environment.value(QString::fromLatin1(kWebhookSecretsVariable)).toUtf8(), ',');
        if (webhookSecrets.isEmpty())
            return Error::invalid(
                QStringLiteral("webhook secret missing: set %1 or --webhook-secret-file")
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
