#include "SimulatedStore.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayClient.h"
#include "gateway/WebhookSignature.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"
#include "support/SystemClock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kGoodCardSpaced = QStringLiteral("4242 4242 4242 4242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");

// Everything any part of the process logs, at every level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log.append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableAllQuireLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "quire", 5) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}

} // namespace

// Protects: no card number, API key or webhook secret ever reaches a log,
// a database column, an event payload or the database file. Runs real
// purchases (paid with a card through the simulator's API and through its
// hosted page, declined, refunded after a late capture, a forged callback)
// with every quire logging category at debug level, then scans everything.
class SecretsNeverLeakTest : public QObject
{
    Q_OBJECT

private:
    test::SimulatedStore m_store;
    QNetworkAccessManager m_network;
    const Actor m_clerk = Actor::system(QStringLiteral("secrets-test"));

    QString databasePath() const { return m_store.databasePath(); }
    QString simulatorLog() { return m_store.dir().filePath(QStringLiteral("sim.log")); }

    QStringList needles() const
    {
        return {kGoodCard, kGoodCardSpaced, kDeclinedCard, QString::fromUtf8(m_store.apiKey()),
                QString::fromUtf8(m_store.webhookSecret())};
    }

    int post(const QUrl &url, const QByteArray &form, bool authorised)
    {
        QNetworkRequest request(url);
        if (authorised)
            request.setRawHeader("Authorization", "Bearer " + m_store.apiKey());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QByteArray cardForm(const QString &card)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("card_number"), card);
        return form.toString(QUrl::FullyEncoded).toUtf8();
    }

    Payment beginAndWaitForPage()
    {
        auto order = m_store.core().flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        QSignalSpy ready(&m_store.core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = m_store.core().payments().beginPayment(order->id, m_clerk);
        if (!begun || !ready.wait(15000))
            qFatal("no payment page");
        return *PaymentRepository(m_store.core().database()).find(begun->id);
    }

    QString status(qint64 paymentId)
    {
        return toDatabaseText(PaymentRepository(m_store.core().database()).find(paymentId)->status);
    }

    // Every cell of every table, as text.
    QStringList databaseCells()
    {
        QStringList cells;
        auto tables = m_store.core().database().exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!tables)
            qFatal("tables: %s", qPrintable(tables.error().message));
        QStringList names;
        while (tables.value().next())
            names << tables.value().value(0).toString();
        for (const QString &table : std::as_const(names)) {
            auto rows
                = m_store.core().database().exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            if (!rows)
                qFatal("rows: %s", qPrintable(rows.error().message));
            while (rows.value().next()) {
                const QSqlRecord record = rows.value().record();
                for (int column = 0; column < record.count(); ++column)
                    cells << table + u'.' + record.fieldName(column) + u'='
                                 + rows.value().value(column).toString();
            }
        }
        return cells;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        g_previousFilter = QLoggingCategory::installFilter(enableAllQuireLogging);

        CoreOptions &options = m_store.options();
        options.payments.paymentTimeoutSeconds = 60;
        options.payments.firstPollAfterMs = 300;
        options.payments.maxPollIntervalMs = 1000;
        options.payments.tickIntervalMs = 100;
        m_store.setSimulatorArguments(
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")});
        m_store.setRetryPolicy(test::SimulatedStore::fastRetries(1500));
        m_store.simulator().process().setProcessChannelMode(QProcess::SeparateChannels);
        m_store.simulator().process().setStandardErrorFile(simulatorLog());
        auto started = m_store.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QVERIFY(BookRepository(m_store.core().database())
                    .upsert({kIsbn,
                             QStringLiteral("Pride and Prejudice"),
                             QStringLiteral("Jane Austen"),
                             *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                             100,
                             {}},
                            m_store.clock().nowMs())
                    .ok());
    }

    void cleanupTestCase()
    {
        m_store.stop();
        QLoggingCategory::installFilter(g_previousFilter);
        qInstallMessageHandler(g_previousHandler);
    }

    void purchasesLeaveNoSecretAnywhere()
    {
        // Paid through the control API with the card number.
        const Payment paid = beginAndWaitForPage();
        QCOMPARE(post(m_store.simulator().baseUrl().resolved(
                          QUrl(QStringLiteral("/_sim/sessions/%1/pay").arg(paid.gatewaySessionId))),
                      cardForm(kGoodCard), true),
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(status(paid.id), QStringLiteral("paid"), 10000);

        // Declined.
        const Payment declined = beginAndWaitForPage();
        QCOMPARE(post(m_store.simulator().baseUrl().resolved(QUrl(
                          QStringLiteral("/_sim/sessions/%1/pay").arg(declined.gatewaySessionId))),
                      cardForm(kDeclinedCard), true),
                 402);
        QTRY_COMPARE_WITH_TIMEOUT(status(declined.id), QStringLiteral("failed"), 10000);

        // Paid on the hosted page, spaced the way a person types it.
        const Payment hosted = beginAndWaitForPage();
        const QUrl page = m_store.core().payments().paymentPageUrl(hosted.id);
        QVERIFY(page.isValid());
        const int pageStatus = post(page, cardForm(kGoodCardSpaced), false);
        QVERIFY2(pageStatus == 303 || pageStatus == 200, qPrintable(QString::number(pageStatus)));
        QTRY_COMPARE_WITH_TIMEOUT(status(hosted.id), QStringLiteral("paid"), 10000);

        // Timed out here while the customer still pays there: a late
        // capture, refunded automatically.
        QVERIFY(m_store.client().setFaults({{QStringLiteral("drop-webhooks"), true}}));
        const Payment late = beginAndWaitForPage();
        QVERIFY(m_store.client().setFaults({{QStringLiteral("unreachable"), true}}));
        QVERIFY(m_store.core().flow().recordPaymentTimedOut(late.id, m_clerk).ok());
        QVERIFY(m_store.client().setFaults(
            {{QStringLiteral("unreachable"), false}, {QStringLiteral("drop-webhooks"), false}}));
        QCOMPARE(post(m_store.simulator().baseUrl().resolved(
                          QUrl(QStringLiteral("/_sim/sessions/%1/pay").arg(late.gatewaySessionId))),
                      cardForm(kGoodCard), true),
                 200);

        // A forged callback carrying a card number and the secret in its body.
        const QByteArray forged
            = QByteArrayLiteral(
                  R"({"id":"evt_forged","type":"checkout.session.completed","card":")")
              + kGoodCard.toUtf8() + QByteArrayLiteral(R"(","secret":")") + m_store.webhookSecret()
              + QByteArrayLiteral(R"("})");
        QNetworkRequest request(m_store.core().callbackServer().callbackUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Stripe-Signature",
                             WebhookSignature::sign(forged, {"whsec_wrong_" + m_store.apiKey()},
                                                    m_store.clock().nowUtc().toSecsSinceEpoch()));
        QNetworkReply *reply = m_network.post(request, forged);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();

        // Let the late refund settle (logs, refund rows, events).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_store.core()
                .database()
                .exec(QStringLiteral("SELECT 1 FROM refunds WHERE status = 'succeeded'"))
                .value()
                .next(),
            10000);

        // The scan. Logs of this process and of the simulator:
        QStringList haystack;
        {
            QMutexLocker locker(&g_logMutex);
            haystack = g_log;
        }
        QVERIFY2(haystack.size() > 10, "too little was logged for the scan to mean anything");
        QFile simLog(simulatorLog());
        QVERIFY(simLog.open(QIODevice::ReadOnly));
        const QString simulatorText = QString::fromUtf8(simLog.readAll());
        QVERIFY(!simulatorText.isEmpty());
        // Every database cell (event payloads and audit details included):
        const QStringList cells = databaseCells();
        QVERIFY(cells.size() > 50);
        QVERIFY(cells.join(u'\n').contains(QStringLiteral("PaymentSucceeded")));
        // The database file and its WAL as raw bytes (freed pages too):
        QByteArray files;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                files += file.readAll();
        }
        QVERIFY(!files.isEmpty());

        qInfo("scanned %lld log lines, %lld simulator log bytes, %lld database cells, %lld "
              "database file bytes for %lld secrets",
              qint64(haystack.size()), qint64(simulatorText.size()), qint64(cells.size()),
              qint64(files.size()), qint64(needles().size()));
        for (const QString &needle : needles()) {
            for (const QString &line : std::as_const(haystack))
                QVERIFY2(!line.contains(needle),
                         qPrintable(QStringLiteral("log: ") + line.left(200)));
            QVERIFY2(!simulatorText.contains(needle), "the simulator's log holds a secret");
            for (const QString &cell : cells)
                QVERIFY2(!cell.contains(needle),
                         qPrintable(QStringLiteral("database: ") + cell.left(200)));
            QVERIFY2(!files.contains(needle.toUtf8()), "the database file holds a secret");
        }
    }
};

QTEST_GUILESS_MAIN(SecretsNeverLeakTest)
#include "SecretsNeverLeakTest.moc"
