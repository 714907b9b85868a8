#include "gateway/GatewayClient.h"

#include "gateway/StripeFormEncoder.h"
#include "support/SystemClock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcGateway, "quire.gateway", QtInfoMsg)

// Gateway objects are a few kilobytes; a longer answer is not one of them
// and must not be buffered without bound.
constexpr qint64 kMaxResponseBytes = 1024 * 1024;

// Object ids go into the request path; anything but Stripe's id alphabet
// could change which resource is addressed.
bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,255}$"));
    return pattern.match(id).hasMatch();
}

// Whether the request can have reached the gateway before the failure. A
// refused connection or an unknown host means nothing was sent.
bool mayHaveBeenSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return false;
    default:
        return true;
    }
}

QString describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("gateway refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("gateway closed the connection without an answer");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("gateway host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("gateway did not answer in time");
    default:
        return QStringLiteral("network error talking to the gateway (code %1)")
            .arg(static_cast<int>(error));
    }
}

} // namespace

struct GatewayClient::Call
{
    QString operation; // "POST /v1/refunds": method and route, never an id or a body
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray idempotencyKey;
    bool mutating = false;
    int attempt = 0;
    qint64 startedMs = 0;
    bool maybeExecuted = false; // some attempt may have reached the gateway unanswered
    bool oversized = false;     // the current attempt's answer was cut off for its size
    QPointer<QObject> context;
    std::function<void(int attempts, const QByteArray &body, std::optional<GatewayError> error)>
        deliver;
};

GatewayClient::GatewayClient(GatewayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_jitter(systemJitterSource())
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(m_ownClock.get())
    , m_network(new QNetworkAccessManager(this))
{
    // The API never redirects; following one would send the key elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

GatewayClient::~GatewayClient() = default;

void GatewayClient::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

template<typename T>
void GatewayClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QString &idempotencyKey, QObject *context, Callback<T> done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->body = body;
    call->idempotencyKey = idempotencyKey.toUtf8();
    call->mutating = method != "GET";
    call->context = context ? context : this;
    call->deliver
        = [done = std::move(done), mutating = call->mutating](
              int attempts, const QByteArray &responseBody, std::optional<GatewayError> error) {
              if (error) {
                  done(*error);
                  return;
              }
              QJsonParseError parseError;
              const QJsonDocument document = QJsonDocument::fromJson(responseBody, &parseError);
              // A garbled answer to a POST leaves open what the gateway did; to a GET it does not.
              const auto protocolError = [mutating, attempts](const QString &message) {
                  GatewayError protocol = GatewayError::protocol(message);
                  protocol.outcomeUnknown = mutating;
                  protocol.attempts = attempts;
                  return protocol;
              };
              if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                  done(protocolError(QStringLiteral("gateway answer is not a JSON object")));
                  return;
              }
              Result<T> parsed = T::fromJson(document.object());
              if (!parsed) {
                  done(protocolError(parsed.error().message));
                  return;
              }
              done(std::move(parsed).value());
          };
    startCall(call);
}

void GatewayClient::startCall(const std::shared_ptr<Call> &call)
{
    // The route without ids: enough to follow a request in the log.
    static const QRegularExpression ids(QStringLiteral("/(cs|re|pi)_[A-Za-z0-9_]+"));
    call->operation = QString::fromLatin1(call->method) + u' '
                      + QString(call->path).replace(ids, QStringLiteral("/{id}"));
    call->startedMs = m_clock->monotonicMs();
    ++m_pending;
    send(call);
}

void GatewayClient::send(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    QUrl url = m_config.baseUrl();
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + call->path);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey());
    request.setRawHeader("Accept", "application/json");
    if (!call->idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call->idempotencyKey);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (call->method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, call->body);
    }
    qCDebug(lcGateway).noquote() << call->operation << "attempt" << call->attempt;
    call->oversized = false;
    connect(reply, &QNetworkReply::downloadProgress, this, [call, reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes && !call->oversized) {
            call->oversized = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onFinished(call, reply); });
}

void GatewayClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    if (call->oversized) {
        GatewayError error = GatewayError::protocol(
            QStringLiteral("gateway answer larger than %1 bytes").arg(kMaxResponseBytes));
        error.httpStatus = status;
        error.outcomeUnknown = call->mutating;
        finish(call, {}, error);
        return;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError networkError = reply->error();
        const bool sent = mayHaveBeenSent(networkError);
        call->maybeExecuted |= sent && call->mutating;
        GatewayError error
            = GatewayError::network(describeNetworkError(networkError), call->maybeExecuted);
        qCWarning(lcGateway).noquote()
            << call->operation << "attempt" << call->attempt << "failed:" << error.message;
        if (!scheduleRetry(call, error))
            finish(call, {}, error);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        qCInfo(lcGateway).noquote()
            << call->operation << "->" << status << "attempt" << call->attempt
            << (reply->rawHeader("Idempotent-Replayed") == "true" ? "(replayed)" : "");
        finish(call, body, std::nullopt);
        return;
    }

    GatewayError error = GatewayError::fromResponse(status, body);
    error.outcomeUnknown = error.outcomeUnknown && call->mutating;
    qCWarning(lcGateway).noquote() << call->operation << "->" << status << error.type << error.code
                                   << "attempt" << call->attempt;
    if (error.isRetryable()) {
        call->maybeExecuted |= call->mutating;
        if (scheduleRetry(call, error))
            return;
    } else {
        // A definite answer: whatever an earlier lost attempt did, this one
        // says how things stand for this key.
        error.outcomeUnknown = false;
    }
    finish(call, body, error);
}

bool GatewayClient::scheduleRetry(const std::shared_ptr<Call> &call, const GatewayError &error)
{
    if (call->attempt >= m_policy.maxAttempts)
        return false;
    const qint64 delay = m_policy.delayBeforeRetryMs(call->attempt, m_jitter);
    const qint64 elapsed = m_clock->monotonicMs() - call->startedMs;
    if (elapsed + delay > m_policy.maxElapsedMs)
        return false;
    qCInfo(lcGateway).noquote() << call->operation << "retry" << call->attempt + 1 << "in" << delay
                                << "ms";
    Q_EMIT retryScheduled(call->operation, call->attempt + 1, delay, error.message);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, call] { send(call); });
    return true;
}

void GatewayClient::finish(const std::shared_ptr<Call> &call, const QByteArray &body,
                           std::optional<GatewayError> error)
{
    --m_pending;
    if (error) {
        error->attempts = call->attempt;
        if (error->source == GatewayError::Source::Network && call->attempt > 1)
            error->message = QStringLiteral("gateway unreachable: %1").arg(error->message);
        qCWarning(lcGateway).noquote() << call->operation << "gave up:" << error->describe();
    }
    if (!call->context)
        return;
    call->deliver(call->attempt, body, std::move(error));
}

void GatewayClient::createCheckoutSession(const CheckoutSessionRequest &request,
                                          const QString &idempotencyKey, QObject *context,
                                          Callback<CheckoutSession> done)
{
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > 255) {
        failSoon(context, std::move(done),
                 QStringLiteral("an idempotency key of 1 to 255 characters is required"));
        return;
    }
    if (const auto valid = request.validate(); !valid) {
        failSoon(context, std::move(done), valid.error().message);
        return;
    }
    start<CheckoutSession>("POST", QStringLiteral("/v1/checkout/sessions"), request.toFormBody(),
                           idempotencyKey, context, std::move(done));
}

void GatewayClient::retrieveCheckoutSession(const QString &sessionId, QObject *context,
                                            Callback<CheckoutSession> done)
{
    if (!isSafeId(sessionId)) {
        failSoon(context, std::move(done), QStringLiteral("invalid checkout session id"));
        return;
    }
    start<CheckoutSession>("GET", QStringLiteral("/v1/checkout/sessions/") + sessionId, {}, {},
                           context, std::move(done));
}

void GatewayClient::expireCheckoutSession(const QString &sessionId, QObject *context,
                                          Callback<CheckoutSession> done)
{
    if (!isSafeId(sessionId)) {
        failSoon(context, std::move(done), QStringLiteral("invalid checkout session id"));
        return;
    }
    // Its own key, so that a retry after a lost answer replays the first
    // expiry instead of failing on an already expired session.
    start<CheckoutSession>("POST", QStringLiteral("/v1/checkout/sessions/%1/expire").arg(sessionId),
                           {}, QStringLiteral("expire-") + sessionId, context, std::move(done));
}

void GatewayClient::createRefund(const QString &paymentIntent, std::optional<qint64> amount,
                                 const QString &idempotencyKey,
                                 const QMap<QString, QString> &metadata, QObject *context,
                                 Callback<GatewayRefund> done)
{
    if (!isSafeId(paymentIntent)) {
        failSoon(context, std::move(done), QStringLiteral("invalid payment intent id"));
        return;
    }
    if (amount && *amount <= 0) {
        failSoon(context, std::move(done), QStringLiteral("refund amount must be positive"));
        return;
    }
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > 255) {
        failSoon(context, std::move(done),
                 QStringLiteral("an idempotency key of 1 to 255 characters is required"));
        return;
    }
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        // A bracket or an odd character in a key would address another parameter.
        if (!isSafeId(it.key()) || it.key().size() > 40) {
            failSoon(context, std::move(done), QStringLiteral("invalid metadata key"));
            return;
        }
    }
    StripeFormEncoder form;
    form.add(QStringLiteral("payment_intent"), paymentIntent);
    if (amount)
        form.add(QStringLiteral("amount"), *amount);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        form.add(QStringLiteral("metadata[%1]").arg(it.key()), it.value());
    start<GatewayRefund>("POST", QStringLiteral("/v1/refunds"), form.toByteArray(), idempotencyKey,
                         context, std::move(done));
}

void GatewayClient::retrieveRefund(const QString &refundId, QObject *context,
                                   Callback<GatewayRefund> done)
{
    if (!isSafeId(refundId)) {
        failSoon(context, std::move(done), QStringLiteral("invalid refund id"));
        return;
    }
    start<GatewayRefund>("GET", QStringLiteral("/v1/refunds/") + refundId, {}, {}, context,
                         std::move(done));
}

template<typename T>
void GatewayClient::failSoon(QObject *context, Callback<T> done, const QString &message)
{
    // Always asynchronous, so a caller never sees its callback run inside the call.
    QTimer::singleShot(0, context ? context : this,
                       [done = std::move(done), message] { done(GatewayError::client(message)); });
}

} // namespace quire
