#include "PaymentStore.h"

#include "SimFaults.h"
#include "SimIds.h"
#include "SimLogging.h"
#include "domain/Money.h"
#include "support/Clock.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <algorithm>

namespace quire::sim {

namespace {

constexpr int kMaxLines = 100;

std::optional<qint64> parseInteger(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{1,15}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

ApiAnswer parameterMissing(const QString &param)
{
    return ApiAnswer::invalid(QStringLiteral("parameter_missing"),
                              QStringLiteral("Missing required param: %1.").arg(param), param);
}

ApiAnswer invalidInteger(const QString &param)
{
    return ApiAnswer::invalid(QStringLiteral("parameter_invalid_integer"),
                              QStringLiteral("Invalid integer: %1").arg(param), param);
}

bool isAbsoluteUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && !url.scheme().isEmpty();
}

// Test cards from docs/gateway-protocol.md; spaces and dashes are for reading.
QString normaliseCard(const QString &card)
{
    QString digits;
    for (const QChar c : card) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

} // namespace

PaymentStore::PaymentStore(const Clock &clock, const SimFaults &faults, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_faults(faults)
{}

PaymentStore::~PaymentStore() = default;

qint64 PaymentStore::nowSeconds() const
{
    return m_clock.nowMs() / 1000;
}

QJsonObject PaymentStore::sessionJson(const SimSession &session) const
{
    return session.toJson(m_publicBaseUrl);
}

QJsonArray PaymentStore::sessionList() const
{
    QList<const SimSession *> sessions;
    for (const SimSession &session : m_sessions)
        sessions.append(&session);
    std::sort(sessions.begin(), sessions.end(), [](const SimSession *a, const SimSession *b) {
        return a->created != b->created ? a->created < b->created : a->id < b->id;
    });
    QJsonArray list;
    for (const SimSession *session : std::as_const(sessions))
        list.append(sessionJson(*session));
    return list;
}

const SimSession *PaymentStore::findSession(const QString &id) const
{
    const auto it = m_sessions.constFind(id);
    return it == m_sessions.constEnd() ? nullptr : &*it;
}

ApiAnswer PaymentStore::createSession(const FormParams &params)
{
    static const QRegularExpression lineKey(QStringLiteral(
        R"(^line_items\[([0-9]{1,3})\]\[(price_data\]\[currency|price_data\]\[unit_amount|)"
        R"(price_data\]\[product_data\]\[name|quantity)\]$)"));
    static const QRegularExpression metadataKey(QStringLiteral(R"(^metadata\[([^\[\]]{1,40})\]$)"));
    static const QRegularExpression intentMetadataKey(
        QStringLiteral(R"(^payment_intent_data\[metadata\]\[([^\[\]]{1,40})\]$)"));
    static const QSet<QString> plainKeys{
        QStringLiteral("mode"), QStringLiteral("client_reference_id"),
        QStringLiteral("success_url"), QStringLiteral("cancel_url"), QStringLiteral("expires_at")};

    // Like Stripe, an unknown parameter is an error rather than silently ignored.
    QJsonObject metadata;
    QJsonObject intentMetadata;
    int lineCount = 0;
    for (auto it = params.values().begin(); it != params.values().end(); ++it) {
        const QString &key = it.key();
        if (plainKeys.contains(key))
            continue;
        if (const auto match = lineKey.match(key); match.hasMatch()) {
            lineCount = std::max(lineCount, match.captured(1).toInt() + 1);
            continue;
        }
        if (const auto match = metadataKey.match(key); match.hasMatch()) {
            metadata.insert(match.captured(1), it.value());
            continue;
        }
        if (const auto match = intentMetadataKey.match(key); match.hasMatch()) {
            intentMetadata.insert(match.captured(1), it.value());
            continue;
        }
        return ApiAnswer::invalid(QStringLiteral("parameter_unknown"),
                                  QStringLiteral("Received unknown parameter: %1").arg(key), key);
    }

    if (!params.contains(QStringLiteral("mode")))
        return parameterMissing(QStringLiteral("mode"));
    if (params.value(QStringLiteral("mode")) != u"payment")
        return ApiAnswer::invalid({}, QStringLiteral("Only mode=payment is supported."),
                                  QStringLiteral("mode"));
    if (lineCount == 0)
        return parameterMissing(QStringLiteral("line_items"));
    if (lineCount > kMaxLines)
        return ApiAnswer::invalid({}, QStringLiteral("At most 100 line items."),
                                  QStringLiteral("line_items"));

    SimSession session;
    std::optional<Money> total;
    for (int i = 0; i < lineCount; ++i) {
        const QString prefix = QStringLiteral("line_items[%1]").arg(i);
        const QString currencyKey = prefix + QStringLiteral("[price_data][currency]");
        const QString amountKey = prefix + QStringLiteral("[price_data][unit_amount]");
        const QString nameKey = prefix + QStringLiteral("[price_data][product_data][name]");
        const QString quantityKey = prefix + QStringLiteral("[quantity]");
        for (const QString &key : {currencyKey, amountKey, nameKey, quantityKey})
            if (params.value(key).isEmpty())
                return parameterMissing(key);

        const QString currency = params.value(currencyKey);
        if (currency != currency.toLower() || !Money::isValidCurrencyCode(currency.toUpper()))
            return ApiAnswer::invalid({}, QStringLiteral("Invalid currency: %1").arg(currency),
                                      currencyKey);
        if (!session.currency.isEmpty() && currency != session.currency)
            return ApiAnswer::invalid(
                {}, QStringLiteral("All line items must use the same currency."), currencyKey);
        session.currency = currency;

        const auto unitAmount = parseInteger(params.value(amountKey));
        if (!unitAmount || *unitAmount < 0)
            return invalidInteger(amountKey);
        const auto quantity = parseInteger(params.value(quantityKey));
        if (!quantity || *quantity < 1 || *quantity > 999'999)
            return invalidInteger(quantityKey);

        const auto unit = Money::fromMinorUnits(*unitAmount, currency.toUpper());
        const auto lineTotal = unit ? unit->times(*quantity) : unit;
        const auto sum = lineTotal && total ? total->plus(*lineTotal) : lineTotal;
        if (!sum)
            return ApiAnswer::invalid({}, QStringLiteral("Amount total is too large."), amountKey);
        total = *sum;
        session.lines.append({params.value(nameKey), *unitAmount, *quantity});
    }

    const QString successUrl = params.value(QStringLiteral("success_url"));
    if (successUrl.isEmpty())
        return parameterMissing(QStringLiteral("success_url"));
    if (!isAbsoluteUrl(successUrl))
        return ApiAnswer::invalid(QStringLiteral("url_invalid"), QStringLiteral("Not a valid URL"),
                                  QStringLiteral("success_url"));
    const QString cancelUrl = params.value(QStringLiteral("cancel_url"));
    if (!cancelUrl.isEmpty() && !isAbsoluteUrl(cancelUrl))
        return ApiAnswer::invalid(QStringLiteral("url_invalid"), QStringLiteral("Not a valid URL"),
                                  QStringLiteral("cancel_url"));

    const qint64 now = nowSeconds();
    qint64 expiresAt = now + 24 * 60 * 60;
    if (params.contains(QStringLiteral("expires_at"))) {
        const auto parsed = parseInteger(params.value(QStringLiteral("expires_at")));
        if (!parsed)
            return invalidInteger(QStringLiteral("expires_at"));
        // Stripe insists on 30 min to 24 h; the simulator takes any future
        // time so that tests can watch a session expire.
        if (*parsed <= now)
            return ApiAnswer::invalid({}, QStringLiteral("expires_at must be in the future."),
                                      QStringLiteral("expires_at"));
        expiresAt = *parsed;
    }

    session.id = SimIds::generate(QStringLiteral("cs_test_"));
    session.amountTotal = total->minorUnits();
    session.clientReferenceId = params.value(QStringLiteral("client_reference_id"));
    session.metadata = metadata;
    session.created = now;
    session.expiresAt = expiresAt;
    session.successUrl = successUrl;
    session.cancelUrl = cancelUrl;

    SimPaymentIntent intent;
    intent.id = SimIds::generate(QStringLiteral("pi_test_"));
    intent.amount = session.amountTotal;
    intent.currency = session.currency;
    intent.metadata = intentMetadata;
    intent.created = now;
    session.paymentIntentId = intent.id;

    m_paymentIntents.insert(intent.id, intent);
    m_sessions.insert(session.id, session);
    armExpiry(session.id);
    Q_EMIT changed();
    qCInfo(lcSim).noquote() << "session" << session.id << "created:" << session.amountTotal
                            << session.currency;
    return ApiAnswer::ok(sessionJson(session));
}

ApiAnswer PaymentStore::retrieveSession(const QString &id) const
{
    const SimSession *session = findSession(id);
    if (!session)
        return ApiAnswer::missing(QStringLiteral("checkout.session"), id);
    return ApiAnswer::ok(sessionJson(*session));
}

ApiAnswer PaymentStore::expireSession(const QString &id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return ApiAnswer::missing(QStringLiteral("checkout.session"), id);
    if (!it->isOpen())
        return ApiAnswer::invalid(
            {}, QStringLiteral("Only Checkout Sessions with a status in [\"open\"] can be expired. "
                               "This Checkout Session has a status of \"%1\".")
                    .arg(it->status));
    markExpired(*it);
    return ApiAnswer::ok(sessionJson(*it));
}

void PaymentStore::armExpiry(const QString &sessionId)
{
    const SimSession *session = findSession(sessionId);
    if (!session || !session->isOpen())
        return;
    QTimer *&timer = m_expiryTimers[sessionId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, sessionId] { onExpiryDue(sessionId); });
    }
    // QTimer counts in int milliseconds; far deadlines are re-armed when reached.
    const qint64 dueInMs = session->expiresAt * 1000 - m_clock.nowMs();
    timer->start(int(std::clamp<qint64>(dueInMs, 0, 24LL * 60 * 60 * 1000)));
}

void PaymentStore::onExpiryDue(const QString &sessionId)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end() || !it->isOpen())
        return;
    if (it->expiresAt * 1000 > m_clock.nowMs()) {
        armExpiry(sessionId);
        return;
    }
    markExpired(*it);
}

void PaymentStore::markExpired(SimSession &session)
{
    dropChallengesOf(session.id);
    session.status = QStringLiteral("expired");
    if (QTimer *timer = m_expiryTimers.take(session.id))
        timer->deleteLater();
    qCInfo(lcSim).noquote() << "session" << session.id << "expired";
    Q_EMIT changed();
    Q_EMIT eventOccurred(QStringLiteral("checkout.session.expired"), sessionJson(session));
}

PaymentStore::PayOutcome PaymentStore::pay(const QString &sessionId, const QString &cardNumber)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return {
            PayOutcome::Kind::NotFound, QStringLiteral("This payment page does not exist."), {}};
    if (!it->isOpen())
        return {PayOutcome::Kind::NotOpen,
                it->status == u"complete" ? QStringLiteral("This order has already been paid.")
                                          : QStringLiteral("This payment session has expired."),
                {}};

    if (m_faults.expireOnPay) {
        // The demo's "timeout": the customer was too slow, the session is gone.
        markExpired(*it);
        return {PayOutcome::Kind::NotOpen, QStringLiteral("This payment session has expired."), {}};
    }

    const QString card = normaliseCard(cardNumber);
    QString declineCode;
    QString declineMessage;
    if (card == u"4242424242424242") {
        if (m_faults.forceDecline) {
            declineCode = QStringLiteral("generic_decline");
            declineMessage = QStringLiteral("Your card was declined.");
        }
    } else if (card == u"4000000000000002") {
        declineCode = QStringLiteral("generic_decline");
        declineMessage = QStringLiteral("Your card was declined.");
    } else if (card == u"4000000000009995") {
        declineCode = QStringLiteral("insufficient_funds");
        declineMessage = QStringLiteral("Your card has insufficient funds.");
    } else if (card == u"4000002760003184") {
        // Stripe's "3-D Secure required" test card: the issuer's challenge
        // decides, on the simulator's second origin.
        dropChallengesOf(sessionId);
        const QString challengeId = SimIds::generate(QStringLiteral("3ds_test_"));
        m_challenges.insert(challengeId, sessionId);
        m_paymentIntents[it->paymentIntentId].status = QStringLiteral("requires_action");
        qCInfo(lcSim).noquote() << "session" << sessionId << "needs a 3-D Secure challenge";
        Q_EMIT changed();
        return {PayOutcome::Kind::ChallengeRequired,
                QStringLiteral("Your bank asks you to confirm this payment."), challengeId};
    } else {
        return {PayOutcome::Kind::InvalidCard,
                QStringLiteral("Please enter one of the test card numbers shown below."),
                {}};
    }

    if (!declineCode.isEmpty()) {
        decline(*it, {
                         {QStringLiteral("type"), QStringLiteral("card_error")},
                         {QStringLiteral("code"), QStringLiteral("card_declined")},
                         {QStringLiteral("decline_code"), declineCode},
                         {QStringLiteral("message"), declineMessage},
                     });
        return {PayOutcome::Kind::Declined, declineMessage, {}};
    }
    charge(*it);
    return {PayOutcome::Kind::Paid, QStringLiteral("Payment successful."), {}};
}

PaymentStore::PayOutcome PaymentStore::completeChallenge(const QString &challengeId, bool approved)
{
    const QString sessionId = m_challenges.take(challengeId);
    const auto it = m_sessions.find(sessionId);
    if (sessionId.isEmpty() || it == m_sessions.end())
        return {
            PayOutcome::Kind::NotFound, QStringLiteral("This verification is no longer open."), {}};
    if (!it->isOpen())
        return {PayOutcome::Kind::NotOpen,
                it->status == u"complete" ? QStringLiteral("This order has already been paid.")
                                          : QStringLiteral("This payment session has expired."),
                {}};
    if (!approved) {
        // What Stripe reports when the customer fails the issuer's check.
        const QString message = QStringLiteral(
            "We are unable to authenticate your payment method. Please choose a different "
            "payment method and try again.");
        decline(*it, {
                         {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                         {QStringLiteral("code"),
                          QStringLiteral("payment_intent_authentication_failure")},
                         {QStringLiteral("message"), message},
                     });
        return {PayOutcome::Kind::Declined, message, {}};
    }
    charge(*it);
    return {PayOutcome::Kind::Paid, QStringLiteral("Payment successful."), {}};
}

void PaymentStore::decline(SimSession &session, const QJsonObject &error)
{
    SimPaymentIntent &intent = m_paymentIntents[session.paymentIntentId];
    intent.status = QStringLiteral("requires_payment_method");
    intent.lastPaymentError = error;
    qCInfo(lcSim).noquote()
        << "session" << session.id
        << "declined:" << error.value(u"decline_code").toString(error.value(u"code").toString());
    // The session stays open: the customer may try another card, as on Stripe.
    Q_EMIT changed();
    Q_EMIT eventOccurred(QStringLiteral("payment_intent.payment_failed"), intent.toJson());
}

void PaymentStore::charge(SimSession &session)
{
    dropChallengesOf(session.id);
    SimPaymentIntent &intent = m_paymentIntents[session.paymentIntentId];
    intent.status = QStringLiteral("succeeded");
    intent.lastPaymentError = {};
    intent.chargeId = SimIds::generate(QStringLiteral("ch_test_"));
    session.status = QStringLiteral("complete");
    session.paymentStatus = QStringLiteral("paid");
    if (QTimer *timer = m_expiryTimers.take(session.id))
        timer->deleteLater();
    qCInfo(lcSim).noquote() << "session" << session.id << "paid";
    Q_EMIT changed();
    Q_EMIT eventOccurred(QStringLiteral("checkout.session.completed"), sessionJson(session));
}

void PaymentStore::dropChallengesOf(const QString &sessionId)
{
    m_challenges.removeIf([&](const auto &entry) { return entry.value() == sessionId; });
}

const SimSession *PaymentStore::challengeSession(const QString &challengeId) const
{
    const auto it = m_challenges.constFind(challengeId);
    return it == m_challenges.constEnd() ? nullptr : findSession(*it);
}

QString PaymentStore::openChallengeOf(const QString &sessionId) const
{
    for (auto it = m_challenges.constBegin(); it != m_challenges.constEnd(); ++it)
        if (it.value() == sessionId)
            return it.key();
    return QString();
}

QString PaymentStore::lastDeclineMessage(const QString &sessionId) const
{
    const SimSession *session = findSession(sessionId);
    if (!session)
        return QString();
    const auto intent = m_paymentIntents.constFind(session->paymentIntentId);
    return intent == m_paymentIntents.constEnd()
               ? QString()
               : intent->lastPaymentError.value(u"message").toString();
}

ApiAnswer PaymentStore::createRefund(const FormParams &params)
{
    static const QRegularExpression metadataKey(QStringLiteral(R"(^metadata\[([^\[\]]{1,40})\]$)"));
    QJsonObject metadata;
    for (auto it = params.values().begin(); it != params.values().end(); ++it) {
        if (it.key() == u"payment_intent" || it.key() == u"amount")
            continue;
        if (const auto match = metadataKey.match(it.key()); match.hasMatch()) {
            metadata.insert(match.captured(1), it.value());
            continue;
        }
        return ApiAnswer::invalid(QStringLiteral("parameter_unknown"),
                                  QStringLiteral("Received unknown parameter: %1").arg(it.key()),
                                  it.key());
    }

    const QString intentId = params.value(QStringLiteral("payment_intent"));
    if (intentId.isEmpty())
        return parameterMissing(QStringLiteral("payment_intent"));
    const auto intentIt = m_paymentIntents.find(intentId);
    if (intentIt == m_paymentIntents.end())
        return ApiAnswer::missing(QStringLiteral("payment_intent"), intentId,
                                  QStringLiteral("payment_intent"));
    SimPaymentIntent &intent = *intentIt;
    if (!intent.isCharged())
        return ApiAnswer::invalid(
            {},
            QStringLiteral("This PaymentIntent (%1) does not have a successful charge to refund.")
                .arg(intentId),
            QStringLiteral("payment_intent"));

    qint64 held = 0;
    for (const SimRefund &refund : std::as_const(m_refunds))
        if (refund.paymentIntentId == intentId && refund.holdsAmount())
            held += refund.amount;
    const qint64 left = intent.amount - held;
    if (left <= 0)
        return ApiAnswer::invalid(
            QStringLiteral("charge_already_refunded"),
            QStringLiteral("Charge %1 has already been refunded.").arg(intent.chargeId));

    qint64 amount = left;
    if (params.contains(QStringLiteral("amount"))) {
        const auto parsed = parseInteger(params.value(QStringLiteral("amount")));
        if (!parsed || *parsed <= 0)
            return invalidInteger(QStringLiteral("amount"));
        if (*parsed > left)
            return ApiAnswer::invalid(
                {},
                QStringLiteral("Refund amount (%1) is greater than the amount left to refund (%2).")
                    .arg(*parsed)
                    .arg(left),
                QStringLiteral("amount"));
        amount = *parsed;
    }

    SimRefund refund;
    refund.id = SimIds::generate(QStringLiteral("re_test_"));
    refund.amount = amount;
    refund.currency = intent.currency;
    refund.paymentIntentId = intentId;
    refund.chargeId = intent.chargeId;
    refund.metadata = metadata;
    refund.created = nowSeconds();
    if (m_faults.failRefunds) {
        // As with a real card network: accepted now, failed a little later.
        refund.status = QStringLiteral("pending");
        const QString refundId = refund.id;
        QTimer::singleShot(m_refundSettleMs, this,
                           [this, refundId] { settleFailedRefund(refundId); });
    } else {
        refund.status = QStringLiteral("succeeded");
        intent.amountRefunded += amount;
    }
    m_refunds.insert(refund.id, refund);
    Q_EMIT changed();
    qCInfo(lcSim).noquote() << "refund" << refund.id << refund.status << amount << refund.currency;
    if (refund.status == u"succeeded")
        Q_EMIT eventOccurred(QStringLiteral("charge.refunded"), intent.chargeJson());
    return ApiAnswer::ok(refund.toJson());
}

void PaymentStore::settleFailedRefund(const QString &refundId)
{
    const auto it = m_refunds.find(refundId);
    if (it == m_refunds.end() || it->status != u"pending")
        return;
    it->status = QStringLiteral("failed");
    it->failureReason = QStringLiteral("declined");
    qCInfo(lcSim).noquote() << "refund" << refundId << "failed";
    Q_EMIT changed();
    Q_EMIT eventOccurred(QStringLiteral("refund.updated"), it->toJson());
}

QJsonObject PaymentStore::snapshot() const
{
    QJsonArray sessions;
    for (const SimSession &session : m_sessions)
        sessions.append(session.toState());
    QJsonArray intents;
    for (const SimPaymentIntent &intent : m_paymentIntents)
        intents.append(intent.toState());
    QJsonArray refunds;
    for (const SimRefund &refund : m_refunds)
        refunds.append(refund.toJson());
    return {{QStringLiteral("sessions"), sessions},
            {QStringLiteral("payment_intents"), intents},
            {QStringLiteral("refunds"), refunds}};
}

Result<void> PaymentStore::restore(const QJsonObject &snapshot)
{
    QHash<QString, SimSession> sessions;
    QHash<QString, SimPaymentIntent> intents;
    QHash<QString, SimRefund> refunds;
    for (const QJsonValue &value : snapshot.value(u"sessions").toArray()) {
        const auto session = SimSession::fromState(value.toObject());
        if (!session)
            return Error::invalid(QStringLiteral("state file: malformed session"));
        sessions.insert(session->id, *session);
    }
    for (const QJsonValue &value : snapshot.value(u"payment_intents").toArray()) {
        const auto intent = SimPaymentIntent::fromState(value.toObject());
        if (!intent)
            return Error::invalid(QStringLiteral("state file: malformed payment intent"));
        intents.insert(intent->id, *intent);
    }
    for (const QJsonValue &value : snapshot.value(u"refunds").toArray()) {
        const auto refund = SimRefund::fromState(value.toObject());
        if (!refund || !intents.contains(refund->paymentIntentId))
            return Error::invalid(QStringLiteral("state file: malformed refund"));
        refunds.insert(refund->id, *refund);
    }
    for (const SimSession &session : std::as_const(sessions))
        if (!intents.contains(session.paymentIntentId))
            return Error::invalid(QStringLiteral("state file: session without payment intent"));

    m_sessions = sessions;
    m_paymentIntents = intents;
    m_refunds = refunds;
    // Timers do not survive a restart: re-arm them (an overdue session expires now).
    for (const SimSession &session : std::as_const(sessions))
        armExpiry(session.id);
    for (const SimRefund &refund : std::as_const(refunds)) {
        if (refund.status == u"pending") {
            const QString refundId = refund.id;
            QTimer::singleShot(m_refundSettleMs, this,
                               [this, refundId] { settleFailedRefund(refundId); });
        }
    }
    qCInfo(lcSim) << "restored" << m_sessions.size() << "sessions and" << m_refunds.size()
                  << "refunds";
    return {};
}

ApiAnswer PaymentStore::retrieveRefund(const QString &id) const
{
    const auto it = m_refunds.constFind(id);
    if (it == m_refunds.constEnd())
        return ApiAnswer::missing(QStringLiteral("refund"), id);
    return ApiAnswer::ok(it->toJson());
}

} // namespace quire::sim
