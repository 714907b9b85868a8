// Callback throughput and latency against the raw SQLite commit rate.
//
//   callback_bench [--callbacks N] [--connections C] [--paced-rate R] [--rounds K]
//
// 1. Raw rate: N single-row INSERT transactions, WAL + synchronous=FULL, in
//    a fresh file, through Database::writeTransaction with a cached
//    statement (no SQL compile per commit): the ceiling for anything that
//    commits once per callback.
// 2. Throughput: the real callback server, processor and purchase flow on a
//    fresh database with N pending payments; a client in ANOTHER process
//    (this binary with --client) sends N signed checkout.session.completed
//    callbacks over C keep-alive connections as fast as answers come back.
//    Latency is measured by the client per callback, from writing the
//    request to reading the answer, which the server sends only after the
//    commit: an upper bound of "received to committed".
// 3. Paced: the same at a fixed rate R per second (default 100), for p50/p99.
// Steps 1 and 2 run K times (default 3), each throughput run between two raw
// runs, whose mean is its yardstick: on a shared machine the raw rate moves
// by a fifth from one second to the next. Prints one line per run and the
// median ratio; docs/performance.md records them.

#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayEvent.h"
#include "gateway/WebhookSignature.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/Migrator.h"
#include "persistence/PaymentRepository.h"
#include "services/AlertCenter.h"
#include "support/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace quire;

namespace {

const QByteArray kSecret = "whsec_bench";

// CPU time this process has used, in microseconds: what a run costs
// besides waiting for the disk, whatever else shares the machine.
double processCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

struct RawFigures
{
    double perSecond = 0;
    double cpuMicroseconds = 0; // per commit
};

RawFigures rawCommitRate(const QString &path, int count)
{
    auto database = Database::openSqlite(path);
    if (!database)
        qFatal("%s", qPrintable(database.error().message));
    if (!(*database)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")))
        qFatal("create failed");
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuMicroseconds();
    for (int i = 0; i < count; ++i) {
        auto done = (*database)->writeTransaction([&]() -> Result<void> {
            auto inserted = (*database)->execCached(QStringLiteral("INSERT INTO t (v) VALUES (?)"),
                                                    {QStringLiteral("row %1").arg(i)});
            if (!inserted)
                return inserted.error();
            return {};
        });
        if (!done)
            qFatal("insert failed");
    }
    return {count * 1000.0 / double(std::max<qint64>(1, timer.elapsed())),
            (processCpuMicroseconds() - cpuStart) / count};
}

// Gateway ids look random, as Stripe's do (their index entries land all
// over the index, not at its end); derived from the payment id so the
// server's set-up and the client agree on them.
QString gatewayId(const char *prefix, qint64 paymentId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(prefix) + QByteArray::number(paymentId), QCryptographicHash::Sha256);
    return QString::fromLatin1(prefix) + QString::fromLatin1(digest.toHex().left(24));
}

// As the gateway echoes the session's metadata: the payment and this
// store's installation, so the callback takes the app's usual match.
QByteArray completedEvent(qint64 paymentId, qint64 amount, const QString &installationId)
{
    const QJsonObject session{
        {QStringLiteral("id"), gatewayId("cs_", paymentId)},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("status"), QStringLiteral("complete")},
        {QStringLiteral("payment_status"), QStringLiteral("paid")},
        {QStringLiteral("amount_total"), amount},
        {QStringLiteral("currency"), QStringLiteral("eur")},
        {QStringLiteral("payment_intent"), gatewayId("pi_", paymentId)},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(paymentId)},
                     {GatewayEvent::installationMetadataKey(), installationId}}}};
    const QJsonObject event{
        {QStringLiteral("id"), gatewayId("evt_", paymentId)},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), session}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

// --client PORT FIRST COUNT CONNECTIONS RATE INSTALLATION: sends the callbacks,
// prints "done <ms>" when all answers are in. RATE 0 means as fast as possible.
int runClient(quint16 port, qint64 firstPaymentId, int count, int connections, int rate,
              const QString &installationId)
{
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        bool busy = false;
        qint64 sentAtNs = 0;
    };
    QList<double> latencies;
    latencies.reserve(count);
    QList<Connection> pool(connections);
    qint64 next = firstPaymentId;
    const qint64 end = firstPaymentId + count;
    int answered = 0;
    int failures = 0;
    QElapsedTimer timer;
    timer.start();

    auto sendNext = [&](Connection &connection) {
        if (next >= end)
            return;
        const QByteArray body = completedEvent(next++, 899, installationId);
        const QByteArray signature
            = WebhookSignature::sign(body, {kSecret}, QDateTime::currentSecsSinceEpoch());
        connection.busy = true;
        connection.sentAtNs = timer.nsecsElapsed();
        connection.socket->write("POST /webhooks/gateway HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/json\r\nStripe-Signature: "
                                 + signature + "\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    for (Connection &connection : pool) {
        connection.socket = new QTcpSocket(qApp);
        connection.socket->connectToHost(QHostAddress::LocalHost, port);
        if (!connection.socket->waitForConnected(5000))
            qFatal("client cannot connect");
        QObject::connect(connection.socket, &QTcpSocket::readyRead, qApp, [&, c = &connection] {
            c->buffer += c->socket->readAll();
            // One small JSON answer with Content-Length per request.
            for (;;) {
                const qsizetype headerEnd = c->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const qsizetype lengthAt = c->buffer.indexOf("Content-Length: ");
                const qsizetype lengthEnd = c->buffer.indexOf("\r\n", lengthAt);
                const int length = c->buffer.mid(lengthAt + 16, lengthEnd - lengthAt - 16).toInt();
                if (c->buffer.size() < headerEnd + 4 + length)
                    return;
                if (!c->buffer.startsWith("HTTP/1.1 200"))
                    ++failures;
                c->buffer.remove(0, headerEnd + 4 + length);
                c->busy = false;
                latencies.append(double(timer.nsecsElapsed() - c->sentAtNs) / 1e6);
                if (++answered == count) {
                    std::printf("done %lld failures %d p50 %.3f p99 %.3f\n", timer.elapsed(),
                                failures, percentile(latencies, 0.50), percentile(latencies, 0.99));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                    return;
                }
                if (rate == 0)
                    sendNext(*c);
            }
        });
    }
    if (rate == 0) {
        for (Connection &connection : pool)
            sendNext(connection);
    } else {
        auto *pacer = new QTimer(qApp);
        pacer->setTimerType(Qt::PreciseTimer);
        pacer->setInterval(1000 / rate);
        QObject::connect(pacer, &QTimer::timeout, qApp, [&] {
            for (Connection &connection : pool) {
                if (!connection.busy) {
                    sendNext(connection);
                    return;
                }
            }
        });
        pacer->start();
    }
    return QCoreApplication::exec();
}

struct Figures
{
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double meanBatch = 0;
    double cpuMicroseconds = 0; // server process, per callback
};

Figures runServer(const QString &path, int count, int connections, int rate)
{
    SystemClock clock;
    auto opened = Database::openSqlite(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Database &database = **opened;
    if (!Migrator(database, clock).migrate())
        qFatal("migrate failed");
    const QString isbn = QStringLiteral("9780141439518");
    if (!BookRepository(database).upsert({isbn,
                                          QStringLiteral("Pride and Prejudice"),
                                          QStringLiteral("Jane Austen"),
                                          *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                                          1'000'000,
                                          {}},
                                         clock.nowMs()))
        qFatal("seed failed");
    PurchaseFlow flow(database, clock);
    const Actor actor = Actor::system(QStringLiteral("bench"));
    qint64 firstPaymentId = 0;
    for (int i = 0; i < count; ++i) {
        auto order = flow.createOrder({{isbn, 1}}, actor);
        auto payment = order ? flow.startPayment(order->id, actor) : Result<Payment>(order.error());
        if (!payment)
            qFatal("setup failed: %s", qPrintable(payment.error().message));
        // As PaymentCoordinator does once the gateway opened the session.
        if (!PaymentRepository(database).attachGatewaySession(
                payment->id, gatewayId("cs_", payment->id), QString(),
                clock.nowMs() + 15 * 60 * 1000))
            qFatal("attaching the session failed");
        if (i == 0)
            firstPaymentId = payment->id;
    }
    AlertCenter alerts(database, clock);
    CallbackProcessor processor(flow, alerts, {kSecret});
    const auto installationId = processor.installationId();
    if (!installationId)
        qFatal("no installation id: %s", qPrintable(installationId.error().message));
    HttpServerLimits limits;
    limits.maxConnections = connections + 8;
    // The client is one address, as one gateway delivering in parallel.
    limits.maxConnectionsPerPeer = limits.maxConnections;
    CallbackServer server(processor, limits);
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("listen failed");
    int batches = 0;
    QObject::connect(&server, &CallbackServer::batchProcessed, qApp, [&] { ++batches; });

    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), QString::number(server.port()),
                  QString::number(firstPaymentId), QString::number(count),
                  QString::number(connections), QString::number(rate), *installationId});
    const double cpuStart = processCpuMicroseconds();
    QObject::connect(&client, &QProcess::finished, qApp, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    const double cpuUsed = processCpuMicroseconds() - cpuStart;
    const QByteArray output = client.readAllStandardOutput().trimmed();
    const auto parts = output.split(' ');
    if (parts.size() < 8 || parts.at(0) != "done" || parts.at(3) != "0")
        qFatal("client failed: %s", output.constData());
    auto paid
        = database.exec(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid'"));
    if (!paid || !paid.value().next() || paid.value().value(0).toInt() != count)
        qFatal("not every callback was committed");
    Figures figures;
    figures.perSecond = count * 1000.0 / std::max(1.0, parts.at(1).toDouble());
    figures.p50 = parts.at(5).toDouble();
    figures.p99 = parts.at(7).toDouble();
    figures.meanBatch = double(count) / std::max(1, batches);
    figures.cpuMicroseconds = cpuUsed / count;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 8 && arguments.at(1) == u"--client")
        return runClient(quint16(arguments.at(2).toUInt()), arguments.at(3).toLongLong(),
                         arguments.at(4).toInt(), arguments.at(5).toInt(), arguments.at(6).toInt(),
                         arguments.at(7));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("callbacks"), QStringLiteral("Callbacks per run."),
                        QStringLiteral("n"), QStringLiteral("2000")},
                       {QStringLiteral("connections"), QStringLiteral("Client connections."),
                        QStringLiteral("n"), QStringLiteral("4")},
                       {QStringLiteral("paced-rate"), QStringLiteral("Callbacks per second."),
                        QStringLiteral("n"), QStringLiteral("100")},
                       {QStringLiteral("rounds"), QStringLiteral("Throughput runs."),
                        QStringLiteral("n"), QStringLiteral("3")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("callbacks")).toInt();
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    const int rate = parser.value(QStringLiteral("paced-rate")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    QTemporaryDir dir;
    QList<double> ratios;
    for (int round = 1; round <= rounds; ++round) {
        const auto rawPath = [&](const char *when) {
            return dir.filePath(
                QStringLiteral("raw-%1-%2.sqlite").arg(round).arg(QLatin1String(when)));
        };
        const RawFigures before = rawCommitRate(rawPath("before"), count);
        const Figures fast = runServer(dir.filePath(QStringLiteral("fast-%1.sqlite").arg(round)),
                                       count, connections, 0);
        const RawFigures after = rawCommitRate(rawPath("after"), count);
        const double raw = (before.perSecond + after.perSecond) / 2;
        ratios.append(fast.perSecond / raw);
        std::printf("round %d: raw single-row commits (WAL, synchronous=FULL) %.0f/s before, "
                    "%.0f/s after, CPU %.0f us per commit\n",
                    round, before.perSecond, after.perSecond,
                    (before.cpuMicroseconds + after.cpuMicroseconds) / 2);
        std::printf("round %d: signed callbacks, %d connections: %.0f/s (%.0f%% of raw), latency "
                    "p50 %.2f ms, p99 %.2f ms, %.2f callbacks per commit, server CPU %.0f us per "
                    "callback\n",
                    round, connections, fast.perSecond, 100.0 * fast.perSecond / raw, fast.p50,
                    fast.p99, fast.meanBatch, fast.cpuMicroseconds);
        std::fflush(stdout);
    }
    std::printf("median of %d rounds: callbacks at %.0f%% of the raw commit rate\n", rounds,
                100.0 * percentile(ratios, 0.5));
    const int pacedCount = std::min(count, rate * 10);
    const Figures paced
        = runServer(dir.filePath(QStringLiteral("paced.sqlite")), pacedCount, 1, rate);
    std::printf("paced at %d/s: latency p50 %.2f ms, p99 %.2f ms\n", rate, paced.p50, paced.p99);
    return 0;
}
