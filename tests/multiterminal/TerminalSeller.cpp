#include "TerminalSeller.h"

#include "flows/PurchaseFlow.h"
#include "persistence/Database.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace quire::test {

namespace {

// After the selling time, sales under way get this long to end.
constexpr qint64 kGraceMs = 30000;

} // namespace

TerminalSeller::TerminalSeller(CoreServices &core, Settings settings, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_settings(std::move(settings))
    , m_actor(Actor::system(QStringLiteral("seller-") + m_settings.terminalId))
    , m_random(m_settings.seed)
{
    m_poll.setInterval(10);
    connect(&m_poll, &QTimer::timeout, this, &TerminalSeller::poll);
    connect(&m_core.payments(), &PaymentCoordinator::paymentPageReady, this,
            &TerminalSeller::onPageReady);
    connect(&m_core.payments(), &PaymentCoordinator::paymentPageUnavailable, this,
            &TerminalSeller::onPageUnavailable);
}

void TerminalSeller::start()
{
    m_clock.start();
    m_poll.start();
    for (int i = 0; i < m_settings.inFlight; ++i)
        startSale();
}

bool TerminalSeller::selling() const
{
    return m_clock.elapsed() < qint64(m_settings.seconds) * 1000;
}

void TerminalSeller::startSale()
{
    if (!selling()) {
        if (m_running == 0)
            finishOnceRefundsSettle();
        return;
    }
    const QString isbn
        = m_settings.isbns.at(int(m_random.bounded(quint32(m_settings.isbns.size()))));
    const int quantity = 1 + int(m_random.bounded(2u));
    auto order = m_core.flow().createOrder({{isbn, quantity}}, m_actor);
    if (!order) {
        if (order.error().kind == ErrorKind::Conflict)
            ++m_outOfStock; // another terminal sold the last copies first
        else
            ++m_errors;
        // Back to the event loop first: callbacks and polls must get their turn.
        QTimer::singleShot(5, this, &TerminalSeller::startSale);
        return;
    }
    ++m_ordersCreated;
    auto payment = m_core.payments().beginPayment(order->id, m_actor);
    if (!payment) {
        ++m_errors;
        QTimer::singleShot(5, this, &TerminalSeller::startSale);
        return;
    }
    m_waiting.insert(payment->id, order->id);
    ++m_running;
}

void TerminalSeller::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    Q_EMIT finished();
}

void TerminalSeller::onPageReady(qint64 paymentId, const QUrl &url)
{
    if (!m_waiting.contains(paymentId))
        return;
    // The customer pays on the hosted page: the simulator's shortcut for it.
    const QString sessionId = url.path().section(u'/', -1);
    QUrl pay = m_settings.gatewayUrl;
    pay.setPath(QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId));
    QNetworkRequest request(pay);
    request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply
        = m_network.post(request, QByteArrayLiteral("card_number=4242424242424242"));
    connect(reply, &QNetworkReply::finished, this, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            qWarning("simulator refused to pay: HTTP %d %s", status,
                     reply->readAll().left(300).constData());
        reply->deleteLater();
    });
}

void TerminalSeller::onPageUnavailable(qint64 paymentId, const QString &, bool final)
{
    if (final && m_waiting.remove(paymentId)) {
        ++m_errors;
        saleEnded();
    }
}

void TerminalSeller::poll()
{
    // The outcome may be applied by any terminal (the gateway calls one of
    // them back), so it is read from the shared database.
    const QList<qint64> ids = m_waiting.keys();
    for (qint64 paymentId : ids) {
        auto row = m_core.database().exec(
            QStringLiteral("SELECT status, amount_minor FROM payments WHERE id = ?"), {paymentId});
        if (!row || !row.value().next())
            continue;
        const QString status = row->value(0).toString();
        if (status == u"pending")
            continue;
        // A payment refunded by now was paid first: only a paid payment is
        // refunded (here, copies sold out before it was paid).
        if (status == u"paid" || status == u"refunded") {
            ++m_paid;
            m_paidMinor += row->value(1).toLongLong();
            if (status == u"refunded")
                ++m_refundedWhole;
        } else {
            ++m_notPaid;
        }
        m_waiting.remove(paymentId);
        saleEnded();
    }
    if (!selling() && m_clock.elapsed() > qint64(m_settings.seconds) * 1000 + kGraceMs) {
        m_errors += m_waiting.size();
        m_waiting.clear();
        m_running = 0;
        finish();
        return;
    }
    if (!selling() && m_running == 0)
        finishOnceRefundsSettle();
}

void TerminalSeller::finishOnceRefundsSettle()
{
    if (m_finished)
        return;
    // Copies sold out before payment are refunded by whichever terminal
    // applied the payment, right after its commit; a terminal that quit
    // with that refund on its way would leave it open until some terminal
    // starts again. So the robot stays until no refund is open anywhere,
    // and sends those of terminals already gone (the gateway sees the same
    // idempotency key, so a refund sent twice is made once). The grace
    // period in poll() bounds the wait.
    auto open = m_core.database().exec(
        QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status IN ('requested', 'pending')"));
    if (open && open.value().next() && open->value(0).toLongLong() == 0) {
        finish();
        return;
    }
    if (!m_draining.isValid()) {
        m_draining.start();
    } else if (m_draining.hasExpired(2000)) {
        if (auto reconciled = m_core.payments().reconcileAll(); !reconciled)
            qWarning("reconciling open refunds failed: %s", qPrintable(reconciled.error().message));
        m_draining.start();
    }
}

void TerminalSeller::saleEnded()
{
    --m_running;
    startSale();
}

QJsonObject TerminalSeller::summary() const
{
    return {{QStringLiteral("terminal"), m_settings.terminalId},
            {QStringLiteral("seconds"), double(m_clock.elapsed()) / 1000.0},
            {QStringLiteral("orders"), m_ordersCreated},
            {QStringLiteral("paid"), m_paid},
            {QStringLiteral("paidMinor"), m_paidMinor},
            {QStringLiteral("refundedWhole"), m_refundedWhole},
            {QStringLiteral("notPaid"), m_notPaid},
            {QStringLiteral("outOfStock"), m_outOfStock},
            {QStringLiteral("errors"), m_errors},
            {QStringLiteral("conflictRetries"), m_core.database().conflictRetries()}};
}

} // namespace quire::test
