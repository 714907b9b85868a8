#include "GatewaySimulator.h"

#include "FormParams.h"
#include "HostedPage.h"
#include "PaymentStore.h"
#include "SimIds.h"
#include "SimLogging.h"
#include "gateway/WebhookSignature.h"
#include "http/StrictHttpServer.h"
#include "support/SystemClock.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace quire::sim {

namespace {

const QRegularExpression &sessionPath()
{
    static const QRegularExpression re(QStringLiteral("^/v1/checkout/sessions/([A-Za-z0-9_]+)$"));
    return re;
}
const QRegularExpression &expirePath()
{
    static const QRegularExpression re(
        QStringLiteral("^/v1/checkout/sessions/([A-Za-z0-9_]+)/expire$"));
    return re;
}
const QRegularExpression &refundPath()
{
    static const QRegularExpression re(QStringLiteral("^/v1/refunds/([A-Za-z0-9_]+)$"));
    return re;
}
const QRegularExpression &payPagePath()
{
    static const QRegularExpression re(QStringLiteral("^/pay/([A-Za-z0-9_]+)$"));
    return re;
}
const QRegularExpression &challengeResultPath()
{
    static const QRegularExpression re(QStringLiteral("^/pay/([A-Za-z0-9_]+)/challenge$"));
    return re;
}
const QRegularExpression &challengePath()
{
    static const QRegularExpression re(QStringLiteral("^/3ds/([A-Za-z0-9_]+)$"));
    return re;
}
const QRegularExpression &simPayPath()
{
    static const QRegularExpression re(QStringLiteral("^/_sim/sessions/([A-Za-z0-9_]+)/pay$"));
    return re;
}

ApiAnswer unrecognised(const HttpRequest &request)
{
    return ApiAnswer::error(404, QStringLiteral("invalid_request_error"), {},
                            QStringLiteral("Unrecognized request URL (%1: %2).")
                                .arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse noStore(HttpResponse response)
{
    // Hosted pages carry the session's capability URL: keep them out of caches.
    response.headers.emplaceBack(QByteArrayLiteral("Cache-Control"), "no-store");
    response.headers.emplaceBack(QByteArrayLiteral("Referrer-Policy"), "no-referrer");
    response.headers.emplaceBack(QByteArrayLiteral("X-Frame-Options"), "DENY");
    return response;
}

} // namespace

GatewaySimulator::GatewaySimulator(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(std::make_unique<SystemClock>())
    , m_faults(m_settings.faults)
    , m_idempotency(*m_clock)
    , m_store(new PaymentStore(*m_clock, m_faults, this))
    , m_webhooks(new WebhookDispatcher(m_settings.webhooks, *m_clock, m_faults, this))
    , m_server(new StrictHttpServer({}, this))
    , m_challengeServer(new StrictHttpServer({}, this))
    , m_parkTimer(new QTimer(this))
{
    m_store->setRefundSettleMs(m_settings.refundSettleMs);
    connect(m_store, &PaymentStore::eventOccurred, m_webhooks, &WebhookDispatcher::publish);
    connect(m_store, &PaymentStore::changed, this, &GatewaySimulator::saveState);
    m_server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
    m_challengeServer->setHandler(
        [this](const HttpRequest &request, const HttpResponder &responder) {
            handleChallenge(request, responder);
        });
    for (StrictHttpServer *server : {m_server, m_challengeServer})
        connect(server, &StrictHttpServer::requestRejected, this,
                [](int status, const QString &reason) {
                    qCInfo(lcSim).noquote() << "rejected request:" << status << reason;
                });
    m_parkTimer->setInterval(500);
    connect(m_parkTimer, &QTimer::timeout, this, &GatewaySimulator::pruneParked);
}

GatewaySimulator::~GatewaySimulator() = default;

Result<void> GatewaySimulator::listen(const QHostAddress &address, quint16 port)
{
    const Result<void> listening = m_server->listen(address, port);
    if (!listening)
        return listening;
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(m_server->serverAddress().toString());
    m_baseUrl.setPort(m_server->serverPort());
    m_store->setPublicBaseUrl(m_baseUrl);

    // A second origin, as a card issuer's page is to Stripe's.
    const Result<void> challenges = m_challengeServer->listen(address, m_settings.challengePort);
    if (!challenges) {
        m_server->close();
        return Error::invalid(QStringLiteral("3-D Secure challenge port: ")
                              + challenges.error().message);
    }
    m_challengeBaseUrl = m_baseUrl;
    m_challengeBaseUrl.setPort(m_challengeServer->serverPort());
    return {};
}

void GatewaySimulator::close()
{
    m_parked.clear();
    m_server->close();
    m_challengeServer->close();
    saveState();
}

Result<void> GatewaySimulator::loadState()
{
    if (m_settings.stateFile.isEmpty() || !QFile::exists(m_settings.stateFile))
        return {};
    QFile file(m_settings.stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("cannot read state file '%1': %2")
                                  .arg(m_settings.stateFile, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(u"version").toInt() != 1)
        return Error::invalid(QStringLiteral("state file '%1' is not a simulator state (version 1)")
                                  .arg(m_settings.stateFile));
    const QJsonObject state = document.object();
    if (const auto restored = m_store->restore(state.value(u"store").toObject()); !restored)
        return restored;
    m_idempotency.restore(state.value(u"idempotency").toObject());
    return {};
}

void GatewaySimulator::saveState()
{
    if (m_settings.stateFile.isEmpty())
        return;
    const QJsonObject state{{QStringLiteral("version"), 1},
                            {QStringLiteral("store"), m_store->snapshot()},
                            {QStringLiteral("idempotency"), m_idempotency.snapshot()}};
    // Written aside and renamed, so a crash never leaves half a file.
    QSaveFile file(m_settings.stateFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcSim).noquote() << "cannot save state:" << file.errorString();
}

HttpResponse GatewaySimulator::toResponse(const ApiAnswer &answer)
{
    HttpResponse response = HttpResponse::json(answer.status, answer.body);
    response.headers.emplaceBack(QByteArrayLiteral("Request-Id"),
                                 SimIds::generate(QStringLiteral("req_"), 14).toLatin1());
    return response;
}

bool GatewaySimulator::isAuthorised(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return false;
    return WebhookSignature::constantTimeEquals(header.mid(7).trimmed(), m_settings.apiKey);
}

void GatewaySimulator::handle(const HttpRequest &request, const HttpResponder &responder)
{
    if (request.path.startsWith(u"/v1/")) {
        handleApi(request, responder);
    } else if (request.path.startsWith(u"/pay/")) {
        handleHostedPage(request, responder);
    } else if (request.path.startsWith(u"/_sim/")) {
        handleControl(request, responder);
    } else {
        responder.send(toResponse(unrecognised(request)));
    }
}

void GatewaySimulator::park(const HttpResponder &responder)
{
    m_parked.append(responder);
    if (!m_parkTimer->isActive())
        m_parkTimer->start();
}

void GatewaySimulator::pruneParked()
{
    m_parked.removeIf([](const HttpResponder &responder) { return !responder.isConnected(); });
    if (m_parked.isEmpty())
        m_parkTimer->stop();
}

void GatewaySimulator::handleApi(const HttpRequest &request, const HttpResponder &responder)
{
    if (m_faults.unreachable) {
        qCInfo(lcSim).noquote() << request.method << request.path << "unanswered (unreachable)";
        park(responder);
        return;
    }
    if (!isAuthorised(request)) {
        const bool missing = request.header("authorization").isEmpty();
        responder.send(toResponse(ApiAnswer::error(
            401, QStringLiteral("invalid_request_error"), {},
            missing ? QStringLiteral("You did not provide an API key. Provide it in the "
                                     "Authorization header as 'Bearer <key>'.")
                    : QStringLiteral("Invalid API Key provided."))));
        return;
    }
    if (m_faults.failNext > 0) {
        --m_faults.failNext;
        qCInfo(lcSim).noquote() << request.method << request.path << "-> 500 (fail-next)";
        responder.send(toResponse(ApiAnswer::error(
            500, QStringLiteral("api_error"), {},
            QStringLiteral("An unexpected error occurred (simulated). Retry with the same "
                           "idempotency key."))));
        return;
    }

    QString key;
    if (request.method == "POST") {
        key = QString::fromUtf8(request.header("idempotency-key"));
        if (key.size() > 255) {
            responder.send(toResponse(ApiAnswer::invalid(
                {}, QStringLiteral("Idempotency-Key must be at most 255 characters."))));
            return;
        }
    }
    if (!key.isEmpty()) {
        const QByteArray fingerprint = request.method + ' ' + request.path.toUtf8() + ' '
                                       + FormParams::decode(request.body).fingerprint();
        const IdempotencyStore::Lookup lookup = m_idempotency.begin(key, fingerprint);
        switch (lookup.verdict) {
        case IdempotencyStore::Verdict::Execute:
            break;
        case IdempotencyStore::Verdict::Replay: {
            qCInfo(lcSim).noquote()
                << request.method << request.path << "replayed" << lookup.stored.status;
            HttpResponse response = toResponse(lookup.stored);
            response.headers.emplaceBack(QByteArrayLiteral("Idempotent-Replayed"), "true");
            response.headers.emplaceBack(QByteArrayLiteral("Idempotency-Key"), key.toUtf8());
            if (m_faults.loseResponse)
                park(responder);
            else
                responder.send(response);
            return;
        }
        case IdempotencyStore::Verdict::Mismatch:
            responder.send(toResponse(ApiAnswer::error(
                400, QStringLiteral("idempotency_error"), {},
                QStringLiteral("Keys for idempotent requests can only be used with the same "
                               "parameters they were first used with."))));
            return;
        case IdempotencyStore::Verdict::InFlight:
            responder.send(toResponse(ApiAnswer::error(
                409, QStringLiteral("idempotency_error"), QStringLiteral("idempotency_key_in_use"),
                QStringLiteral("There is currently another in-progress request using this "
                               "Idempotent Key. Try again later."))));
            return;
        }
    }

    if (m_faults.delayMs > 0) {
        // The request counts as "being processed" for the whole delay, which
        // is what makes a concurrent retry with the same key see 409.
        QTimer::singleShot(m_faults.delayMs, this,
                           [this, request, responder, key] { execute(request, responder, key); });
        return;
    }
    execute(request, responder, key);
}

void GatewaySimulator::execute(const HttpRequest &request, const HttpResponder &responder,
                               const QString &idempotencyKey)
{
    const ApiAnswer answer = route(request);
    if (!idempotencyKey.isEmpty()) {
        if (answer.status >= 500)
            m_idempotency.release(idempotencyKey);
        else
            m_idempotency.complete(idempotencyKey, answer);
        saveState();
    }
    qCInfo(lcSim).noquote() << request.method << request.path << "->" << answer.status;
    if (m_faults.loseResponse) {
        qCInfo(lcSim).noquote() << "response lost on purpose (lose-response)";
        park(responder);
        return;
    }
    HttpResponse response = toResponse(answer);
    if (!idempotencyKey.isEmpty())
        response.headers.emplaceBack(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8());
    responder.send(response);
}

ApiAnswer GatewaySimulator::route(const HttpRequest &request)
{
    const QString &path = request.path;
    const bool isPost = request.method == "POST";
    const bool isGet = request.method == "GET";
    if (path == u"/v1/checkout/sessions" && isPost)
        return m_store->createSession(FormParams::decode(request.body));
    if (path == u"/v1/refunds" && isPost)
        return m_store->createRefund(FormParams::decode(request.body));
    if (const auto match = expirePath().match(path); match.hasMatch() && isPost)
        return m_store->expireSession(match.captured(1));
    if (const auto match = sessionPath().match(path); match.hasMatch() && isGet)
        return m_store->retrieveSession(match.captured(1));
    if (const auto match = refundPath().match(path); match.hasMatch() && isGet)
        return m_store->retrieveRefund(match.captured(1));
    return unrecognised(request);
}

QUrl GatewaySimulator::challengeUrl(const QString &challengeId) const
{
    QUrl url = m_challengeBaseUrl;
    url.setPath(QStringLiteral("/3ds/") + challengeId);
    return url;
}

void GatewaySimulator::handleHostedPage(const HttpRequest &request, const HttpResponder &responder)
{
    if (const auto result = challengeResultPath().match(request.path); result.hasMatch()) {
        // The page asks, once the challenge frame is done, how it ended.
        const SimSession *session = m_store->findSession(result.captured(1));
        if (!session) {
            responder.send(noStore(HttpResponse::html(404, HostedPage::notFound())));
        } else if (request.method != "GET") {
            HttpResponse response = HttpResponse::text(405, QStringLiteral("Method Not Allowed"));
            response.headers.emplaceBack(QByteArrayLiteral("Allow"), "GET");
            responder.send(response);
        } else if (session->status == u"complete") {
            responder.send(HttpResponse::redirect(QUrl(session->redirectUrl(session->successUrl))));
        } else if (const QString open = m_store->openChallengeOf(session->id); !open.isEmpty()) {
            responder.send(noStore(HttpResponse::html(
                200, HostedPage::renderWithChallenge(*session, challengeUrl(open)))));
        } else if (session->isOpen()) {
            // Declined by the issuer: the session stays open for another card.
            const QString declined = m_store->lastDeclineMessage(session->id);
            responder.send(noStore(HttpResponse::html(
                200, HostedPage::render(*session, declined,
                                        declined.isEmpty() ? HostedPage::Tone::None
                                                           : HostedPage::Tone::Error))));
        } else {
            responder.send(noStore(HttpResponse::html(
                200,
                HostedPage::render(*session, QStringLiteral("This payment session has expired."),
                                   HostedPage::Tone::Info))));
        }
        return;
    }

    const auto match = payPagePath().match(request.path);
    const SimSession *session
        = match.hasMatch() ? m_store->findSession(match.captured(1)) : nullptr;
    if (!session) {
        responder.send(noStore(HttpResponse::html(404, HostedPage::notFound())));
        return;
    }
    const QString sessionId = session->id;
    if (request.method == "GET") {
        QString message;
        if (session->status == u"complete")
            message = QStringLiteral("This order has already been paid.");
        else if (session->status == u"expired")
            message = QStringLiteral("This payment session has expired.");
        if (const QString open = m_store->openChallengeOf(sessionId); !open.isEmpty()) {
            responder.send(noStore(HttpResponse::html(
                200, HostedPage::renderWithChallenge(*session, challengeUrl(open)))));
            return;
        }
        responder.send(noStore(HttpResponse::html(
            200, HostedPage::render(*session, message, HostedPage::Tone::Info))));
        return;
    }
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, QStringLiteral("Method Not Allowed"));
        response.headers.emplaceBack(QByteArrayLiteral("Allow"), "GET, POST");
        responder.send(response);
        return;
    }

    const FormParams form = FormParams::decode(request.body);
    if (form.value(QStringLiteral("action")) == u"cancel" || m_faults.cancelOnPay) {
        // Like Stripe: back to the shop, no webhook, the session stays open.
        const QString target = session->redirectUrl(session->cancelUrl);
        if (target.isEmpty()) {
            responder.send(noStore(HttpResponse::html(
                200, HostedPage::render(*session, QStringLiteral("Payment cancelled."),
                                        HostedPage::Tone::Info))));
        } else {
            responder.send(HttpResponse::redirect(QUrl(target)));
        }
        return;
    }

    const PaymentStore::PayOutcome outcome
        = m_store->pay(sessionId, form.value(QStringLiteral("card_number")));
    const SimSession *after = m_store->findSession(sessionId);
    switch (outcome.kind) {
    case PaymentStore::PayOutcome::Kind::Paid:
        responder.send(HttpResponse::redirect(QUrl(after->redirectUrl(after->successUrl))));
        return;
    case PaymentStore::PayOutcome::Kind::Declined:
    case PaymentStore::PayOutcome::Kind::InvalidCard:
        responder.send(noStore(HttpResponse::html(
            200, HostedPage::render(*after, outcome.message, HostedPage::Tone::Error))));
        return;
    case PaymentStore::PayOutcome::Kind::NotOpen:
        responder.send(noStore(HttpResponse::html(
            200, HostedPage::render(*after, outcome.message, HostedPage::Tone::Info))));
        return;
    case PaymentStore::PayOutcome::Kind::ChallengeRequired:
        responder.send(noStore(HttpResponse::html(
            200, HostedPage::renderWithChallenge(*after, challengeUrl(outcome.challengeId)))));
        return;
    case PaymentStore::PayOutcome::Kind::NotFound:
        responder.send(noStore(HttpResponse::html(404, HostedPage::notFound())));
        return;
    }
}

HttpResponse GatewaySimulator::challengeResponse(int status, const QByteArray &html) const
{
    HttpResponse response = HttpResponse::html(status, html);
    response.headers.emplaceBack(QByteArrayLiteral("Cache-Control"), "no-store");
    response.headers.emplaceBack(QByteArrayLiteral("Referrer-Policy"), "no-referrer");
    // Only the checkout page may frame the challenge (a real issuer's page
    // lets the gateway's frame it).
    response.headers.emplaceBack(QByteArrayLiteral("Content-Security-Policy"),
                                 "frame-ancestors " + m_baseUrl.toEncoded());
    return response;
}

void GatewaySimulator::handleChallenge(const HttpRequest &request, const HttpResponder &responder)
{
    // Like the hosted page, the issuer's page ignores the fault switches.
    if (request.path == u"/assets/challenge.js" && request.method == "GET") {
        HttpResponse script{200,
                            {{"content-type", "text/javascript; charset=utf-8"}},
                            HostedPage::challengeScript()};
        script.headers.emplaceBack(QByteArrayLiteral("Cache-Control"), "no-store");
        responder.send(script);
        return;
    }
    const auto match = challengePath().match(request.path);
    const QString challengeId = match.hasMatch() ? match.captured(1) : QString();
    const SimSession *session = match.hasMatch() ? m_store->challengeSession(challengeId) : nullptr;
    const QByteArray gone = HostedPage::challengeAnswered(
        QStringLiteral("This verification is no longer open."), m_baseUrl.toString());
    if (!match.hasMatch()) {
        responder.send(challengeResponse(404, gone));
        return;
    }
    if (request.method == "GET") {
        responder.send(session
                           ? challengeResponse(200, HostedPage::challenge(*session, challengeId))
                           : challengeResponse(404, gone));
        return;
    }
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, QStringLiteral("Method Not Allowed"));
        response.headers.emplaceBack(QByteArrayLiteral("Allow"), "GET, POST");
        responder.send(response);
        return;
    }
    const QString action = FormParams::decode(request.body).value(QStringLiteral("action"));
    if (action != u"complete" && action != u"fail") {
        responder.send(challengeResponse(
            400, HostedPage::challengeAnswered(QStringLiteral("Choose Complete or Fail."),
                                               m_baseUrl.toString())));
        return;
    }
    const PaymentStore::PayOutcome outcome
        = m_store->completeChallenge(challengeId, action == u"complete");
    if (outcome.kind == PaymentStore::PayOutcome::Kind::NotFound) {
        responder.send(challengeResponse(404, gone));
        return;
    }
    qCInfo(lcSim).noquote() << "3-D Secure challenge answered:" << action;
    const QString message = outcome.kind == PaymentStore::PayOutcome::Kind::Paid
                                ? QStringLiteral("Payment confirmed. Back to the shop…")
                                : outcome.message;
    responder.send(
        challengeResponse(200, HostedPage::challengeAnswered(message, m_baseUrl.toString())));
}

void GatewaySimulator::handleControl(const HttpRequest &request, const HttpResponder &responder)
{
    // Control endpoints ignore the faults, so a demo can always switch them off.
    if (!isAuthorised(request)) {
        responder.send(toResponse(ApiAnswer::error(401, QStringLiteral("invalid_request_error"), {},
                                                   QStringLiteral("Invalid API Key provided."))));
        return;
    }
    if (request.path == u"/_sim/faults") {
        if (request.method == "POST") {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                responder.send(toResponse(ApiAnswer::invalid(
                    {}, QStringLiteral("Body must be a JSON object of fault switches."))));
                return;
            }
            const Result<void> applied = m_faults.apply(document.object());
            if (!applied) {
                responder.send(toResponse(ApiAnswer::invalid({}, applied.error().message)));
                return;
            }
            qCInfo(lcSim).noquote()
                << "faults now" << QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact);
        } else if (request.method != "GET") {
            responder.send(toResponse(unrecognised(request)));
            return;
        }
        responder.send(toResponse(ApiAnswer::ok(m_faults.toJson())));
        return;
    }
    if (request.path == u"/_sim/sessions" && request.method == "GET") {
        responder.send(
            toResponse(ApiAnswer::ok({{QStringLiteral("object"), QStringLiteral("list")},
                                      {QStringLiteral("data"), m_store->sessionList()}})));
        return;
    }
    if (request.path == u"/_sim/events" && request.method == "GET") {
        responder.send(
            toResponse(ApiAnswer::ok({{QStringLiteral("object"), QStringLiteral("list")},
                                      {QStringLiteral("data"), m_webhooks->eventLog()}})));
        return;
    }
    if (const auto match = simPayPath().match(request.path);
        match.hasMatch() && request.method == "POST") {
        const QString id = match.captured(1);
        const PaymentStore::PayOutcome outcome = m_store->pay(
            id, FormParams::decode(request.body).value(QStringLiteral("card_number")));
        using Kind = PaymentStore::PayOutcome::Kind;
        if (outcome.kind == Kind::NotFound) {
            responder.send(toResponse(ApiAnswer::missing(QStringLiteral("checkout.session"), id)));
            return;
        }
        static const QHash<Kind, std::pair<int, QString>> results{
            {Kind::Paid, {200, QStringLiteral("paid")}},
            {Kind::Declined, {402, QStringLiteral("declined")}},
            {Kind::InvalidCard, {400, QStringLiteral("invalid_card")}},
            {Kind::NotOpen, {400, QStringLiteral("not_open")}},
            {Kind::ChallengeRequired, {202, QStringLiteral("requires_action")}},
        };
        const auto [status, name] = results.value(outcome.kind);
        QJsonObject body{
            {QStringLiteral("outcome"), name},
            {QStringLiteral("message"), outcome.message},
            {QStringLiteral("session"), m_store->sessionJson(*m_store->findSession(id))}};
        if (outcome.kind == Kind::ChallengeRequired)
            body.insert(QStringLiteral("challenge_url"),
                        challengeUrl(outcome.challengeId).toString());
        responder.send(toResponse({status, body}));
        return;
    }
    responder.send(toResponse(unrecognised(request)));
}

} // namespace quire::sim
