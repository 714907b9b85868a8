#pragma once

#include "domain/Actor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace quire {

class CoreServices;

namespace test {

// One terminal's till, without a person: sells random books from the
// catalog for a while through the real core (order, payment attempt,
// checkout session at the gateway simulator, the simulator told to pay, the
// outcome awaited in the shared database), a few sales at a time, then
// reports what it did. Used by the multi-terminal test and bench.
class TerminalSeller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSeller)

public:
    struct Settings
    {
        QStringList isbns;
        int seconds = 10;
        int inFlight = 1;
        QUrl gatewayUrl;
        QByteArray apiKey;
        QString terminalId;
        quint32 seed = 1;
    };

    TerminalSeller(CoreServices &core, Settings settings, QObject *parent = nullptr);

    void start();
    QJsonObject summary() const;

Q_SIGNALS:
    void finished();

private:
    void startSale();
    void onPageReady(qint64 paymentId, const QUrl &url);
    void onPageUnavailable(qint64 paymentId, const QString &reason, bool final);
    void poll();
    void saleEnded();
    void finish();
    void finishOnceRefundsSettle();
    bool selling() const;

    CoreServices &m_core;
    Settings m_settings;
    Actor m_actor;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QElapsedTimer m_draining; // since the robot's last sale ended
    QTimer m_poll;
    QHash<qint64, qint64> m_waiting; // payment id -> order id
    int m_running = 0;
    qint64 m_ordersCreated = 0;
    qint64 m_outOfStock = 0;
    qint64 m_paid = 0;
    qint64 m_refundedWhole = 0; // counted in m_paid too
    qint64 m_notPaid = 0;
    qint64 m_errors = 0;
    qint64 m_paidMinor = 0;
    bool m_finished = false;
};

} // namespace test
} // namespace quire
