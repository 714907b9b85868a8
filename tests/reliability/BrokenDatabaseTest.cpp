#include "LifecycleAudit.h"
#include "QuireProcess.h"
#include "SimulatorLaunch.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "gateway/WebhookSignature.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/InstallationRepository.h"
#include "persistence/Migrator.h"
#include "persistence/PaymentRepository.h"
#include "services/AlertCenter.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"
#include "support/SystemClock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
const QByteArray kWebhookSecret = "whsec_broken_database";

// As Quire's sessions carry it: the payment id beside the store's installation id.
QByteArray completedEvent(const QString &eventId, qint64 paymentId, qint64 amount,
                          const QString &installationId)
{
    const QJsonObject object{
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("amount_total"), amount},
        {QStringLiteral("currency"), QStringLiteral("eur")},
        {QStringLiteral("status"), QStringLiteral("complete")},
        {QStringLiteral("payment_status"), QStringLiteral("paid")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(paymentId)},
                     {QStringLiteral("quire_installation_id"), installationId}}}};
    const QJsonObject event{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Protects: when the database cannot take a write (locked by another
// process, full) a callback is answered 503, so the gateway redelivers, and
// nothing is half-written; the redelivery then applies it exactly once. A
// database the app cannot trust (not a database, read-only, damage that
// start-up reads) is refused at start-up with a message saying what is
// wrong, and is left as it was; damage elsewhere is found by the page
// check after start-up, which raises an alert and refuses new payments.
class BrokenDatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    const Actor m_clerk = Actor::system(QStringLiteral("broken-db-test"));
    QString m_installationId; // of the store prepareStore() made last

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A migrated store with `count` pending payments (deadline in an hour)
    // and, when asked, one more order still waiting for its first payment.
    QList<Payment> prepareStore(const QString &file, int count, qint64 *openOrderId = nullptr)
    {
        QList<Payment> payments;
        auto opened = Database::openSqlite(file);
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().message));
        Database &database = **opened;
        if (!Migrator(database, m_clock).migrate())
            qFatal("migrate failed");
        auto installation = InstallationRepository(database).read();
        if (!installation)
            qFatal("installation: %s", qPrintable(installation.error().message));
        m_installationId = installation->id;
        auto book
            = BookRepository(database).upsert({kIsbn,
                                               QStringLiteral("Emma"),
                                               QStringLiteral("Jane Austen"),
                                               *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                                               100000,
                                               {}},
                                              m_clock.nowMs());
        if (!book)
            qFatal("book: %s", qPrintable(book.error().message));
        PurchaseFlow flow(database, m_clock);
        for (int i = 0; i < count; ++i) {
            auto order = flow.createOrder({{kIsbn, 1}}, m_clerk);
            auto payment
                = order ? flow.startPayment(order->id, m_clerk) : Result<Payment>(order.error());
            if (!payment)
                qFatal("payment: %s", qPrintable(payment.error().message));
            if (!PaymentRepository(database).setExpiry(payment->id, m_clock.nowMs() + 3'600'000))
                qFatal("setExpiry failed");
            payments << *payment;
        }
        if (openOrderId) {
            auto order = flow.createOrder({{kIsbn, 1}}, m_clerk);
            if (!order)
                qFatal("order: %s", qPrintable(order.error().message));
            *openOrderId = order->id;
        }
        return payments;
    }

    // Starts quire on a damaged `file`. Damage that start-up itself reads
    // refuses the start; damage elsewhere is found by the page check that
    // runs after start-up, which raises the database_damaged alert. Returns
    // what it said either way ("exit 1: ..." or "ALERT: ...").
    QString damagedStart(const QString &file)
    {
        const QString log = path(QStringLiteral("damaged.log"));
        QFile::remove(log);
        test::QuireProcess app(log, "sk_test_unused", kWebhookSecret);
        if (!app.start({QStringLiteral("--db"), file, QStringLiteral("--gateway-url"),
                        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--callback-listen"),
                        QStringLiteral("127.0.0.1:0")})) {
            const int code = app.waitForExit();
            return QStringLiteral("exit %1: %2").arg(code).arg(app.logTail(2000).trimmed());
        }
        QDeadlineTimer deadline(30000);
        while (!app.logTail(100000).contains(QStringLiteral("alert database_damaged"))
               && !deadline.hasExpired() && app.isRunning())
            QTest::qWait(50);
        const QString tail = app.logTail(100000);
        app.kill();
        const qsizetype at = tail.indexOf(QStringLiteral("alert database_damaged"));
        return at < 0 ? QStringLiteral("STARTED, no alert: ") + tail.right(1500)
                      : QStringLiteral("ALERT: ") + tail.mid(at, 600);
    }

    // In this process: the core starts on the damaged file, the page check
    // finds the damage, and a new payment for `openOrderId` is refused
    // before anything is written or sent. If start-up itself refuses the
    // file, that is the other way of taking no payment, and says so.
    void refusesNewPaymentsOn(const QString &file, qint64 openOrderId)
    {
        CoreOptions options;
        options.databasePath = file;
        options.callbackPort = 0;
        auto started
            = CoreServices::start(options, m_clock, [](const QUrl &) -> Result<GatewayConfig> {
                  return GatewayConfig(QUrl(QStringLiteral("http://127.0.0.1:9")), "sk_test_unused",
                                       {kWebhookSecret});
              });
        if (!started) {
            QVERIFY2(started.error().message.contains(QStringLiteral("damaged"))
                         || started.error().message.contains(QStringLiteral("malformed")),
                     qPrintable(started.error().message));
            return;
        }
        std::unique_ptr<CoreServices> core = std::move(started).value();
        QSignalSpy damaged(core.get(), &CoreServices::databaseDamaged);
        QSignalSpy alerts(&core->alerts(), &AlertCenter::alertRaised);
        QTRY_VERIFY_WITH_TIMEOUT(!damaged.isEmpty(), 30000);
        QVERIFY(core->payments().refusesNewPayments());
        QVERIFY(damaged.at(0).at(0).toString().contains(QStringLiteral("No new payments")));
        bool alerted = false;
        for (const auto &raised : std::as_const(alerts))
            alerted = alerted || raised.at(0).value<Alert>().kind == u"database_damaged";
        QVERIFY(alerted);

        const int tracked = core->payments().trackedPayments();
        const auto payment = core->payments().beginPayment(openOrderId, m_clerk);
        QVERIFY(!payment.ok());
        QVERIFY2(payment.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(payment.error().message));
        QCOMPARE(core->payments().trackedPayments(), tracked); // no session was asked for
    }

    int postCallback(const QUrl &url, const QByteArray &body, int timeoutMs = 20000)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader(
            "Stripe-Signature",
            WebhookSignature::sign(body, {kWebhookSecret}, QDateTime::currentSecsSinceEpoch()));
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    qint64 scalar(const Database &database, const QString &sql)
    {
        auto query = database.exec(sql);
        return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }

    // Starts quire on `file`, expecting it to refuse; returns what it said.
    QString refusedStart(const QString &file, bool asNobody = false)
    {
        test::QuireProcess app(path(QStringLiteral("refused.log")), "sk_test_unused",
                               kWebhookSecret);
        if (asNobody)
            app.process().setChildProcessModifier([] {
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        QFile::remove(path(QStringLiteral("refused.log")));
        if (app.start({QStringLiteral("--db"), file, QStringLiteral("--gateway-url"),
                       QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--callback-listen"),
                       QStringLiteral("127.0.0.1:0")})) {
            app.kill();
            return QStringLiteral("STARTED");
        }
        const int code = app.waitForExit();
        return QStringLiteral("exit %1: %2").arg(code).arg(app.logTail(2000).trimmed());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Another process holds the write lock longer than the busy timeout.
    void aLockedDatabaseAnswers503ThenAppliesTheRedelivery()
    {
        const QString file = path(QStringLiteral("locked.sqlite"));
        const QList<Payment> payments = prepareStore(file, 1);
        GatewaySimulatorProcess simulator;
        auto simulated = test::startSimulator(simulator);
        QVERIFY2(simulated.ok(), simulated.ok() ? "" : qPrintable(simulated.error().message));
        test::QuireProcess app(path(QStringLiteral("locked.log")), simulator.apiKey(),
                               kWebhookSecret);
        QVERIFY2(app.start({QStringLiteral("--db"), file, QStringLiteral("--gateway-url"),
                            simulator.baseUrl().toString(), QStringLiteral("--callback-listen"),
                            QStringLiteral("127.0.0.1:0")}),
                 qPrintable(app.error()));
        auto observer = Database::openSqlite(file);
        QVERIFY(observer.ok());
        // Let start-up reconciliation finish its own writes (the session).
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(**observer, QStringLiteral("SELECT COUNT(*) FROM payments "
                                              "WHERE gateway_session_id IS NOT NULL"))
                == 1,
            10000);

        // The lock holder: this test process, on its own connection.
        {
            QSqlDatabase locker
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(file);
            QVERIFY(locker.open());
            QSqlQuery begin(locker);
            QVERIFY2(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")),
                     qPrintable(begin.lastError().text()));

            const QByteArray body
                = completedEvent(QStringLiteral("evt_locked"), payments[0].id,
                                 payments[0].amount.minorUnits(), m_installationId);
            const QUrl url = app.callbackUrl().resolved(QUrl(QStringLiteral("/webhooks/gateway")));
            QCOMPARE(postCallback(url, body), 503);

            QSqlQuery rollback(locker);
            QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));

        const Database &db = **observer;
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM gateway_events")), 0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'pending'")),
            1);

        // The gateway redelivers: applied once.
        const QByteArray again = completedEvent(QStringLiteral("evt_locked"), payments[0].id,
                                                payments[0].amount.minorUnits(), m_installationId);
        const QUrl url = app.callbackUrl().resolved(QUrl(QStringLiteral("/webhooks/gateway")));
        QCOMPARE(postCallback(url, again), 200);
        QCOMPARE(postCallback(url, again), 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'OrderPaid'")),
                 1);
        const QStringList violations = test::LifecycleAudit::run(db);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
        QVERIFY(app.stop());
        QVERIFY(app.logTail(20000).contains(QStringLiteral("503")));
    }

    // SQLite's max_page_count makes the file "full" at its current size, the
    // way a full disk refuses the next page.
    void aFullDatabaseAnswers503AndWritesNothing()
    {
        const QString file = path(QStringLiteral("full.sqlite"));
        const QList<Payment> payments = prepareStore(file, 200);
        CoreOptions options;
        options.databasePath = file;
        options.callbackPort = 0;
        auto started
            = CoreServices::start(options, m_clock, [](const QUrl &) -> Result<GatewayConfig> {
                  // Nothing listens there: reconciliation only retries.
                  return GatewayConfig(QUrl(QStringLiteral("http://127.0.0.1:9")), "sk_test_unused",
                                       {kWebhookSecret});
              });
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        std::unique_ptr<CoreServices> core = std::move(started).value();
        Database &db = core->database();
        const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages > 0);
        QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
        const QUrl url = core->callbackServer().callbackUrl();

        // Pay attempts until one needs a page the file cannot have.
        int applied = 0;
        std::optional<Payment> refused;
        QString refusedEvent;
        for (const Payment &payment : payments) {
            const QString id = QStringLiteral("evt_full_%1").arg(payment.id);
            const int status = postCallback(
                url, completedEvent(id, payment.id, payment.amount.minorUnits(), m_installationId));
            if (status == 200) {
                ++applied;
                continue;
            }
            QCOMPARE(status, 503);
            refused = payment;
            refusedEvent = id;
            break;
        }
        QVERIFY2(refused.has_value(), "the capped database never filled up");
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM gateway_events")), applied);
        QCOMPARE(toDatabaseText(PaymentRepository(db).find(refused->id)->status),
                 QStringLiteral("pending"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE aggregate_type = "
                                           "'payment' AND aggregate_id = %1")
                                .arg(refused->id)),
                 1); // PaymentStarted only
        QStringList violations = test::LifecycleAudit::run(db);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));

        // Space again: the redelivery applies.
        QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = 1000000")).ok());
        QCOMPARE(postCallback(url, completedEvent(refusedEvent, refused->id,
                                                  refused->amount.minorUnits(), m_installationId)),
                 200);
        QCOMPARE(toDatabaseText(PaymentRepository(db).find(refused->id)->status),
                 QStringLiteral("paid"));
        violations = test::LifecycleAudit::run(db);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString file = path(QStringLiteral("garbage.sqlite"));
        {
            QFile garbage(file);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            QByteArray bytes(64 * 1024, '\0');
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) % 251);
            garbage.write(bytes);
        }
        const QByteArray before = fileHash(file);
        const QString said = refusedStart(file);
        qInfo("quire said: %s", qPrintable(said));
        QVERIFY2(said.startsWith(QStringLiteral("exit 1")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("not a database")), qPrintable(said));
        QVERIFY2(said.contains(file), qPrintable(said));
        QCOMPARE(fileHash(file), before);
    }

    // A real store whose pages were damaged (a bad sector, a torn copy):
    // the header is fine, many pages are not.
    void aDatabaseWithDamagedPagesIsDetected()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        qint64 openOrder = 0;
        prepareStore(file, 300, &openOrder);
        {
            // Fold the WAL into the file so the damage is what gets read.
            auto database = Database::openSqlite(file);
            QVERIFY(database.ok());
            QVERIFY((*database)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            const qint64 size = damaged.size();
            QVERIFY(size > 16 * 4096);
            // Scribble over the middle pages (page 1, the schema, stays intact).
            for (qint64 offset = 4 * 4096; offset < size - 4096; offset += 3 * 4096) {
                damaged.seek(offset + 8);
                damaged.write(QByteArray(512, '\xA5'));
            }
        }
        const QString copy = path(QStringLiteral("damaged-copy.sqlite"));
        QVERIFY(QFile::copy(file, copy));
        const QByteArray before = fileHash(file);
        const QString said = damagedStart(file);
        qInfo("quire said: %s", qPrintable(said));
        if (said.startsWith(QStringLiteral("exit"))) {
            // Start-up read a damaged page: refused, and the file untouched.
            QVERIFY2(said.startsWith(QStringLiteral("exit 1")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("damaged"), Qt::CaseInsensitive)
                         || said.contains(QStringLiteral("malformed"), Qt::CaseInsensitive),
                     qPrintable(said));
            QCOMPARE(fileHash(file), before);
        } else {
            QVERIFY2(said.startsWith(QStringLiteral("ALERT")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("No new payments")), qPrintable(said));
        }
        refusesNewPaymentsOn(copy, openOrder);
    }

    // Subtler: one page of a big table is damaged, the schema and
    // everything read at start-up are fine. The app starts (the full page
    // check would cost seconds on a large store), the check after start-up
    // finds the page, and no new payment is taken on that file.
    void aDatabaseWithOneDamagedDataPageIsDetectedAfterStartUp()
    {
        const QString file = path(QStringLiteral("one-page.sqlite"));
        qint64 openOrder = 0;
        prepareStore(file, 400, &openOrder);
        qint64 pages = 0;
        {
            auto database = Database::openSqlite(file);
            QVERIFY(database.ok());
            QVERIFY((*database)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            pages = scalar(**database, QStringLiteral("PRAGMA page_count"));
        }
        QVERIFY(pages > 40);
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            // Keep the page's 8-byte header, scramble its cells.
            damaged.seek((pages - 10) * 4096 + 8);
            damaged.write(QByteArray(4096 - 16, '\xA5'));
        }
        {
            // Prove the damage is real, on a connection of our own.
            QSqlDatabase check
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(file);
            QVERIFY(check.open());
            QSqlQuery quick(check);
            const bool ran = quick.exec(QStringLiteral("PRAGMA quick_check")) && quick.next();
            QVERIFY(!ran || quick.value(0).toString() != u"ok");
            quick.finish();
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        const QString copy = path(QStringLiteral("one-page-copy.sqlite"));
        QVERIFY(QFile::copy(file, copy));
        const QString said = damagedStart(file);
        qInfo("quire said: %s", qPrintable(said));
        QVERIFY2(said.startsWith(QStringLiteral("ALERT")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("damaged")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("No new payments")), qPrintable(said));
        refusesNewPaymentsOn(copy, openOrder);
    }

    void aReadOnlyDatabaseIsRefused()
    {
        const QString file = path(QStringLiteral("readonly.sqlite"));
        prepareStore(file, 3);
        {
            auto database = Database::openSqlite(file);
            QVERIFY(database.ok());
            QVERIFY((*database)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        // Root ignores file modes: run the app as nobody, who may read the
        // file and its folder but not write them.
        const bool asNobody = ::geteuid() == 0;
        if (asNobody)
            QVERIFY(QFile::setPermissions(m_dir.path(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther));
        const QByteArray before = fileHash(file);
        const QString said = refusedStart(file, asNobody);
        qInfo("quire said: %s", qPrintable(said));
        QVERIFY2(said.startsWith(QStringLiteral("exit 1")), qPrintable(said));
        QVERIFY2(said.contains(file), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("read"), Qt::CaseInsensitive), qPrintable(said));
        QCOMPARE(fileHash(file), before);
    }
};

QTEST_GUILESS_MAIN(BrokenDatabaseTest)
#include "BrokenDatabaseTest.moc"
