#include "http/StrictHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

using namespace quire;
using namespace Qt::StringLiterals;

namespace {

// Short limits so the timeout tests take a fraction of a second.
HttpServerLimits fastLimits()
{
    HttpServerLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxHeaderCount = 32;
    limits.maxBodyBytes = 4096;
    limits.requestDeadlineMs = 3000;
    limits.idleTimeoutMs = 3000;
    limits.maxConnections = 8;
    limits.lingerMs = 500;
    return limits;
}

struct ParsedResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    qsizetype size = 0; // bytes of the whole response

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

// The first complete response in `data` (interim 1xx responses skipped), or
// nothing yet.
std::optional<ParsedResponse> parseResponse(QByteArrayView data)
{
    qsizetype offset = 0;
    for (;;) {
        const qsizetype end = data.indexOf("\r\n\r\n", offset);
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = data.sliced(offset, end - offset).toByteArray().split('\n');
        ParsedResponse response;
        response.status = lines.first().mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype bodyStart = end + 4;
        if (response.status < 200) {
            offset = bodyStart;
            continue;
        }
        const qsizetype length = response.header("content-length").toLongLong();
        if (data.size() < bodyStart + length)
            return std::nullopt;
        response.body = data.sliced(bodyStart, length).toByteArray();
        response.size = bodyStart + length;
        return response;
    }
}

// A plain socket client that records everything the server sends.
class RawClient
{
public:
    // `from` picks the client's own loopback address (127.0.0.2, ...): all
    // of 127.0.0.0/8 is local, so one test can be many clients.
    explicit RawClient(quint16 port, const QHostAddress &from = QHostAddress())
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        if (!from.isNull() && !m_socket.bind(from, 0))
            qWarning("cannot bind to %s", qPrintable(from.toString()));
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool hasResponse() const { return parseResponse(m_received).has_value(); }
    // The next complete response, removed from what was received.
    std::optional<ParsedResponse> takeResponse()
    {
        auto response = parseResponse(m_received);
        if (response)
            m_received.remove(0, response->size);
        return response;
    }
    bool isDisconnected() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    const QByteArray &received() const { return m_received; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

struct CurlResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

// Runs curl in another process without blocking the event loop the server
// needs to answer it.
CurlResult runCurl(const QStringList &arguments)
{
    CurlResult result;
    QProcess curl;
    curl.setProgram(u"curl"_s);
    curl.setArguments(QStringList{u"-sS"_s, u"--max-time"_s, u"20"_s} + arguments);
    QSignalSpy finished(&curl, &QProcess::finished);
    curl.start();
    result.finished = finished.wait(25000);
    if (!result.finished) {
        curl.kill();
        curl.waitForFinished();
    }
    result.exitCode = curl.exitCode();
    result.output = curl.readAllStandardOutput();
    result.errors = curl.readAllStandardError();
    return result;
}

QString urlOf(const StrictHttpServer &server, const QString &path)
{
    return u"http://127.0.0.1:%1%2"_s.arg(server.serverPort()).arg(path);
}

// Answers with what it received, so the tests can check what the handler saw.
void echo(const HttpRequest &request, const HttpResponder &responder)
{
    responder.send(
        HttpResponse::json(200, {{u"method"_s, QString::fromLatin1(request.method)},
                                 {u"path"_s, request.path},
                                 {u"q"_s, request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded)},
                                 {u"body"_s, QString::fromUtf8(request.body)},
                                 {u"port"_s, request.peerPort}}));
}

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

// Protects: the HTTP server in front of payment callbacks answers well-formed
// requests from real clients and bounds what misbehaving ones can cost.
class StrictHttpServerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StrictHttpServer> startServer(HttpServerLimits limits = fastLimits())
    {
        auto server = std::make_unique<StrictHttpServer>(limits);
        server->setHandler(echo);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            QFAIL("curl is needed (scripts/bootstrap.sh installs it)");
    }

    // Protects: a GET and a POST reach the handler intact and its answer
    // reaches the client with a correct Content-Length.
    void roundTripsOverASocket()
    {
        const auto server = startServer();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QVERIFY(client.waitConnected());

        client.send("GET /v1/items?q=a%20b HTTP/1.1\r\nHost: x\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(jsonOf(response->body).value(u"path"_s).toString(), u"/v1/items"_s);
        QCOMPARE(jsonOf(response->body).value(u"q"_s).toString(), u"a b"_s);

        client.send("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n"
                    "{\"id\":\"e\"}\n");
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(jsonOf(response->body).value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(jsonOf(response->body).value(u"body"_s).toString(), u"{\"id\":\"e\"}\n"_s);
    }

    // Protects: a real HTTP client in another process (curl) gets answers to
    // GET and POST.
    void servesCurl()
    {
        const auto server = startServer();
        QVERIFY(server);
        const CurlResult get = runCurl({urlOf(*server, u"/books?q=caf%C3%A9"_s)});
        QVERIFY2(get.finished && get.exitCode == 0, get.errors.constData());
        QCOMPARE(jsonOf(get.output).value(u"q"_s).toString(), u"café"_s);

        const CurlResult post
            = runCurl({u"-H"_s, u"Content-Type: application/json"_s, u"--data-binary"_s,
                       u"{\"type\":\"x\"}"_s, urlOf(*server, u"/webhooks/gateway"_s)});
        QVERIFY2(post.finished && post.exitCode == 0, post.errors.constData());
        QCOMPARE(jsonOf(post.output).value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(jsonOf(post.output).value(u"body"_s).toString(), u"{\"type\":\"x\"}"_s);

        const CurlResult http10 = runCurl({u"-0"_s, urlOf(*server, u"/old"_s)});
        QVERIFY2(http10.finished && http10.exitCode == 0, http10.errors.constData());
        QCOMPARE(jsonOf(http10.output).value(u"path"_s).toString(), u"/old"_s);
        QTRY_COMPARE(server->connectionCount(), 0); // HTTP/1.0 closes by default
    }

    // Protects: HTTP/1.1 keep-alive: two requests on one connection, from our
    // socket and from curl (which reuses the connection for two URLs).
    void keepsTheConnectionAlive()
    {
        const auto server = startServer();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QVERIFY(client.waitConnected());
        std::optional<ParsedResponse> first;
        std::optional<ParsedResponse> second;
        client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(client.hasResponse());
        first = client.takeResponse();
        QVERIFY(first->header("connection").isEmpty());
        client.send("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(client.hasResponse());
        second = client.takeResponse();
        QCOMPARE(jsonOf(second->body).value(u"path"_s).toString(), u"/2"_s);
        QVERIFY(!client.isDisconnected());
        QCOMPARE(server->connectionCount(), 1);

        QList<quint16> ports;
        server->setHandler([&ports](const HttpRequest &request, const HttpResponder &responder) {
            ports.append(request.peerPort);
            responder.send(HttpResponse::text(200, u"ok\n"_s));
        });
        const CurlResult curl = runCurl({u"-w"_s, u"%{http_code} %{num_connects}\n"_s,
                                         urlOf(*server, u"/a"_s), urlOf(*server, u"/b"_s)});
        QVERIFY2(curl.finished && curl.exitCode == 0, curl.errors.constData());
        QCOMPARE(curl.output, QByteArray("ok\n200 1\nok\n200 0\n"));
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0), ports.at(1));
    }

    // Protects: "Connection: close" is honoured: answered, marked, closed.
    void honoursConnectionClose()
    {
        const auto server = startServer();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isDisconnected());
        QTRY_COMPARE(server->connectionCount(), 0);
    }

    // Protects: one request at a time: a pipelined second request is not
    // handed out before the first is answered, then both are answered in order.
    void answersPipelinedRequestsInOrder()
    {
        const auto server = startServer();
        QVERIFY(server);
        QList<HttpResponder> waiting;
        server->setHandler([&waiting](const HttpRequest &, const HttpResponder &responder) {
            waiting.append(responder);
        });
        RawClient client(server->serverPort());
        client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(waiting.size(), 1);
        // Both requests arrived in one segment, so a server that did not hold
        // the second back would already have handed it out; spin the loop
        // once more to let it try.
        QCoreApplication::processEvents();
        QCOMPARE(waiting.size(), 1);
        waiting.at(0).send(HttpResponse::text(200, u"one"_s));
        QTRY_COMPARE(waiting.size(), 2);
        waiting.at(1).send(HttpResponse::text(200, u"two"_s));
        std::optional<ParsedResponse> first;
        std::optional<ParsedResponse> second;
        QTRY_VERIFY(client.hasResponse());
        first = client.takeResponse();
        QTRY_VERIFY(client.hasResponse());
        second = client.takeResponse();
        QCOMPARE(first->body, QByteArray("one"));
        QCOMPARE(second->body, QByteArray("two"));
    }

    // Protects: a handler may answer later (after a database commit); only the
    // first send() counts, later ones do nothing.
    void answersAsynchronously()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpResponder later;
        server->setHandler([&later](const HttpRequest &, const HttpResponder &responder) {
            later = responder; // answered from the test, after the handler returned
        });
        RawClient client(server->serverPort());
        client.send("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QTRY_VERIFY(later.isConnected());
        QVERIFY(client.received().isEmpty());
        later.send(HttpResponse::text(202, u"committed"_s));
        QVERIFY(!later.isConnected());
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 202);
        QCOMPARE(response->body, QByteArray("committed"));
        const HttpResponder answered = later;
        answered.send(HttpResponse::text(500, u"second answer"_s));

        // Still one connection, still working, and no stray second answer.
        client.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(later.isConnected());
        later.send(HttpResponse::text(200, u"next"_s));
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("next"));
        QVERIFY(client.received().isEmpty());
        QCOMPARE(server->connectionCount(), 1);
    }

    // Protects: a client that leaves before the asynchronous answer frees its
    // connection, and answering it afterwards is harmless.
    void toleratesAClientLeavingBeforeTheAnswer()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpResponder pending;
        server->setHandler([&pending](const HttpRequest &, const HttpResponder &responder) {
            pending = responder;
        });
        {
            RawClient client(server->serverPort());
            client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY(pending.isConnected());
            client.socket().abort();
        }
        QTRY_COMPARE(server->connectionCount(), 0);
        QVERIFY(!pending.isConnected());
        pending.send(HttpResponse::text(200, u"too late"_s));

        server->setHandler(echo);
        const CurlResult curl = runCurl({urlOf(*server, u"/after"_s)});
        QVERIFY2(curl.finished && curl.exitCode == 0, curl.errors.constData());
    }

    // Protects: a handler that forgets to answer does not hold the client for
    // ever: dropping the last responder answers 500.
    void answers500WhenTheHandlerDropsTheRequest()
    {
        const auto server = startServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest &, const HttpResponder &) {});
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"handler dropped a request without answering"_s));
        RawClient client(server->serverPort());
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 500);
        QTRY_VERIFY(client.isDisconnected());
    }

    // Protects: malformed requests never reach the handler and get a small
    // JSON error, and the connection is closed.
    void rejectsMalformedRequests()
    {
        const auto server = startServer();
        QVERIFY(server);
        int handled = 0;
        server->setHandler([&handled](const HttpRequest &request, const HttpResponder &responder) {
            ++handled;
            echo(request, responder);
        });
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);
        RawClient client(server->serverPort());
        client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 400);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        const QJsonObject error = jsonOf(response->body).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QTRY_VERIFY(client.isDisconnected());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 400);
        QCOMPARE(handled, 0);
    }

    // Protects: an oversized body is refused with 413 from its header alone,
    // without waiting for (or buffering) the body; curl sees the 413 too.
    void refusesAnOversizedBodyWithoutReadingIt()
    {
        const auto server = startServer();
        QVERIFY(server);
        int handled = 0;
        server->setHandler([&handled](const HttpRequest &request, const HttpResponder &responder) {
            ++handled;
            echo(request, responder);
        });
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);
        RawClient client(server->serverPort());
        client.send(
            "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 413);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QCOMPARE(rejected.at(0).at(0).toInt(), 413);

        // curl sends the body without waiting (Expect disabled): the server
        // must still get its 413 through rather than reset the connection.
        QTemporaryFile body;
        QVERIFY(body.open());
        body.write(QByteArray(256 * 1024, 'x'));
        body.flush();
        const CurlResult curl
            = runCurl({u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s, u"Expect:"_s,
                       u"--data-binary"_s, u"@"_s + body.fileName(), urlOf(*server, u"/x"_s)});
        QVERIFY2(curl.finished, curl.errors.constData());
        QCOMPARE(curl.output, QByteArray("413"));
        QCOMPARE(handled, 0);
    }

    // Protects: Expect: 100-continue gets its interim answer, so curl sends
    // the body at once instead of stalling.
    void answersExpectContinue()
    {
        const auto server = startServer();
        QVERIFY(server);
        const CurlResult curl
            = runCurl({u"-H"_s, u"Expect: 100-continue"_s, u"--expect100-timeout"_s, u"30"_s,
                       u"--data-binary"_s, QString(2000, u'y'), urlOf(*server, u"/x"_s)});
        QVERIFY2(curl.finished && curl.exitCode == 0, curl.errors.constData());
        QCOMPARE(jsonOf(curl.output).value(u"body"_s).toString().size(), 2000);
    }

    // Protects: slow clients (half a request, or slowloris trickling bytes)
    // are answered 408 and dropped once the request deadline passes.
    void timesOutSlowClients()
    {
        HttpServerLimits limits = fastLimits();
        limits.requestDeadlineMs = 300;
        const auto server = startServer(limits);
        QVERIFY(server);
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);

        RawClient half(server->serverPort());
        half.send("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");

        RawClient trickler(server->serverPort());
        QVERIFY(trickler.waitConnected());
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickler.socket(),
                         [&trickler] { trickler.send("a"); });
        trickler.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
        trickle.start(20);
        QElapsedTimer elapsed;
        elapsed.start();

        std::optional<ParsedResponse> response;
        QTRY_VERIFY(half.hasResponse());
        response = half.takeResponse();
        QCOMPARE(response->status, 408);
        QTRY_VERIFY(half.isDisconnected());
        QTRY_VERIFY(trickler.hasResponse());
        response = trickler.takeResponse();
        QCOMPARE(response->status, 408);
        QTRY_VERIFY(trickler.isDisconnected());
        QVERIFY2(elapsed.elapsed() < 3000, "the deadline is per request, not per byte");
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(server->connectionCount(), 0);
    }

    // Protects: a client that connects and sends nothing holds its connection
    // slot only until the request deadline.
    void dropsSilentConnections()
    {
        HttpServerLimits limits = fastLimits();
        limits.requestDeadlineMs = 500;
        const auto server = startServer(limits);
        QVERIFY(server);
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);
        RawClient silent(server->serverPort());
        QTRY_COMPARE(server->connectionCount(), 1);
        QTRY_VERIFY(silent.isDisconnected());
        QCOMPARE(server->connectionCount(), 0);
        QVERIFY(silent.received().isEmpty());
        QCOMPARE(rejected.size(), 0); // no request, nothing to reject
    }

    // Protects: an idle keep-alive connection is closed after idleTimeoutMs,
    // and the handler's time does not count against the request deadline.
    void closesIdleConnections()
    {
        HttpServerLimits limits = fastLimits();
        limits.requestDeadlineMs = 200;
        limits.idleTimeoutMs = 1000;
        const auto server = startServer(limits);
        QVERIFY(server);
        StrictHttpServer *context = server.get();
        server->setHandler([context](const HttpRequest &, const HttpResponder &responder) {
            QTimer::singleShot(400, context,
                               [responder] { responder.send(HttpResponse::text(200, u"slow"_s)); });
        });
        RawClient client(server->serverPort());
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(client.hasResponse());
        response = client.takeResponse();
        QCOMPARE(response->status, 200); // not 408: the handler took 400 ms
        QVERIFY(!client.isDisconnected());
        QTRY_VERIFY(client.isDisconnected());
        QVERIFY(client.received().isEmpty()); // idle close sends nothing
    }

    // Protects: beyond maxConnections new connections get 503 and are closed,
    // while the connections already admitted are still served.
    void enforcesTheConnectionLimit()
    {
        HttpServerLimits limits = fastLimits();
        limits.maxConnections = 2;
        limits.requestDeadlineMs = 10000;
        const auto server = startServer(limits);
        QVERIFY(server);
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);

        // Both are in the middle of a request: neither may be closed to make room.
        RawClient legit(server->serverPort());
        auto hog = std::make_unique<RawClient>(server->serverPort());
        legit.send("GET /still-served HTTP/1.1\r\nHost: x\r\n");
        hog->send("GET /hog HTTP/1.1\r\n");
        QTRY_COMPARE(server->connectionCount(), 2);
        QTRY_COMPARE(server->idleConnectionCount(), 0);

        RawClient extra(server->serverPort());
        std::optional<ParsedResponse> response;
        QTRY_VERIFY(extra.hasResponse());
        response = extra.takeResponse();
        QCOMPARE(response->status, 503);
        QTRY_VERIFY(extra.isDisconnected());
        QCOMPARE(server->connectionCount(), 2);
        QCOMPARE(rejected.at(0).at(0).toInt(), 503);

        const CurlResult refused = runCurl(
            {u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, urlOf(*server, u"/"_s)});
        QCOMPARE(refused.output, QByteArray("503"));

        legit.send("\r\n");
        QTRY_VERIFY(legit.hasResponse());
        response = legit.takeResponse();
        QCOMPARE(response->status, 200);

        hog.reset();
        QTRY_COMPARE(server->connectionCount(), 1);
        const CurlResult admitted = runCurl({urlOf(*server, u"/now"_s)});
        QVERIFY2(admitted.finished && admitted.exitCode == 0, admitted.errors.constData());
        QCOMPARE(jsonOf(admitted.output).value(u"path"_s).toString(), u"/now"_s);
    }

    // Protects: one client address cannot take every slot. Beyond
    // maxConnectionsPerPeer its new connections get 503 (while its others are
    // busy) or replace its own idle ones, and other addresses are still
    // admitted.
    void capsConnectionsPerPeer()
    {
        HttpServerLimits limits = fastLimits();
        limits.maxConnections = 8;
        limits.maxConnectionsPerPeer = 3;
        limits.requestDeadlineMs = 10000;
        const auto server = startServer(limits);
        QVERIFY(server);
        const QHostAddress hogAddress(u"127.0.0.1"_s);
        std::vector<std::unique_ptr<RawClient>> hogs;
        for (int i = 0; i < 3; ++i) {
            hogs.push_back(std::make_unique<RawClient>(server->serverPort(), hogAddress));
            hogs.back()->send("GET /busy HTTP/1.1\r\n"); // half a request: not idle
        }
        QTRY_COMPARE(server->connectionCount(), 3);
        QTRY_COMPARE(server->idleConnectionCount(), 0);

        RawClient fourth(server->serverPort(), hogAddress);
        QTRY_VERIFY(fourth.hasResponse());
        const auto refused = fourth.takeResponse();
        QCOMPARE(refused->status, 503);
        QVERIFY(refused->body.contains("too many connections from this address"));
        QCOMPARE(server->connectionCount(), 3);
        QCOMPARE(server->connectionCountOf(hogAddress), 3);

        // Another address still gets in, with slots to spare.
        RawClient other(server->serverPort(), QHostAddress(u"127.0.0.2"_s));
        other.send("GET /other HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(other.hasResponse());
        QCOMPARE(other.takeResponse()->status, 200);

        // A hog's connection that sits idle makes room for the same address.
        hogs.front()->send("Host: x\r\n\r\n");
        QTRY_VERIFY(hogs.front()->hasResponse());
        QCOMPARE(hogs.front()->takeResponse()->status, 200);
        QTRY_COMPARE(server->idleConnectionCount(), 2); // that one and `other`
        RawClient fifth(server->serverPort(), hogAddress);
        fifth.send("GET /fifth HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(fifth.hasResponse());
        QCOMPARE(fifth.takeResponse()->status, 200);
        QTRY_VERIFY(hogs.front()->isDisconnected());
        QVERIFY(
            !other.isDisconnected()); // another address's idle connection is not this one's to take
        QCOMPARE(server->connectionCountOf(hogAddress), 3);
    }

    // Protects: when the server is full of idle connections, a new one is
    // admitted by closing the idle connection that matters least: never
    // vouched for before vouched for (a verified callback), then the one idle
    // longest. Connections in the middle of a request are never closed.
    void evictsIdleConnectionsWhenFull()
    {
        HttpServerLimits limits = fastLimits();
        limits.maxConnections = 4;
        limits.requestDeadlineMs = 10000;
        limits.idleTimeoutMs = 10000;
        const auto server = startServer(limits);
        QVERIFY(server);
        server->setHandler([](const HttpRequest &request, const HttpResponder &responder) {
            HttpResponse response = HttpResponse::text(200, request.path);
            response.vouchesForClient = request.path == u"/vouch";
            responder.send(response);
        });
        const auto address = [](int n) { return QHostAddress(u"127.0.0.%1"_s.arg(n)); };

        RawClient vouched(server->serverPort(), address(2));
        vouched.send("GET /vouch HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(vouched.hasResponse());
        QCOMPARE(vouched.takeResponse()->status, 200);
        RawClient olderSilent(server->serverPort(), address(3));
        QTRY_COMPARE(server->connectionCount(), 2);
        RawClient newerSilent(server->serverPort(), address(4));
        RawClient busy(server->serverPort(), address(5));
        busy.send("GET /busy HTTP/1.1\r\nHost: x\r\n");
        QTRY_COMPARE(server->connectionCount(), 4);
        QTRY_COMPARE(server->idleConnectionCount(), 3);

        RawClient gateway(server->serverPort(), address(6));
        gateway.send("GET /callback HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(gateway.hasResponse());
        QCOMPARE(gateway.takeResponse()->status, 200); // admitted, not 503
        QTRY_VERIFY(olderSilent.isDisconnected());
        QVERIFY(olderSilent.received().isEmpty()); // closed silently, nothing to answer
        QVERIFY(!newerSilent.isDisconnected());
        QVERIFY(!vouched.isDisconnected()); // idle longest, but vouched for
        QVERIFY(!busy.isDisconnected());

        // Next the other silent one, idle longer than the gateway's answered
        // connection; then that one, still before the vouched-for connection.
        RawClient next(server->serverPort(), address(7));
        QTRY_VERIFY(newerSilent.isDisconnected());
        QVERIFY(!gateway.isDisconnected());
        RawClient last(server->serverPort(), address(8));
        QTRY_VERIFY(gateway.isDisconnected());
        QVERIFY(!vouched.isDisconnected());
        QVERIFY(!busy.isDisconnected());
        busy.send("\r\n");
        QTRY_VERIFY(busy.hasResponse());
        QCOMPARE(busy.takeResponse()->status, 200);
    }

    // Protects: an address whose idle connection was just closed to make
    // room cannot push another's out in turn (503 for a while): otherwise
    // idle connections reopened at once churn through every slot faster
    // than a real client sends its request.
    void anEvictedAddressCannotPushBackInAtOnce()
    {
        HttpServerLimits limits = fastLimits();
        limits.maxConnections = 2;
        limits.requestDeadlineMs = 10000;
        const auto server = startServer(limits);
        QVERIFY(server);
        const QHostAddress hog(u"127.0.0.2"_s);
        RawClient first(server->serverPort(), hog);
        RawClient other(server->serverPort(), QHostAddress(u"127.0.0.3"_s));
        QTRY_COMPARE(server->idleConnectionCount(), 2);
        RawClient newcomer(server->serverPort(), QHostAddress(u"127.0.0.4"_s));
        QTRY_VERIFY(first.isDisconnected()); // idle longest: made room
        RawClient again(server->serverPort(), hog);
        QTRY_VERIFY(again.hasResponse());
        const auto refused = again.takeResponse();
        QCOMPARE(refused->status, 503);
        QVERIFY(!other.isDisconnected());
        QVERIFY(!newcomer.isDisconnected());
    }

    // Protects: a handler's closeConnection closes a keep-alive connection
    // after the answer, with Connection: close.
    void closesWhenTheHandlerAsks()
    {
        const auto server = startServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest &, const HttpResponder &responder) {
            HttpResponse response = HttpResponse::text(200, u"bye"_s);
            response.closeConnection = true;
            responder.send(response);
        });
        RawClient client(server->serverPort());
        client.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(client.hasResponse());
        const auto response = client.takeResponse();
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QTRY_VERIFY(client.isDisconnected());
        QCOMPARE(server->connectionCount(), 0);
    }

    // Protects: behind a trusted proxy (every connection from 127.0.0.1) the
    // per-peer cap counts the client the proxy names in X-Forwarded-For
    // (its rightmost entry: what the client wrote to the left proves
    // nothing), the proxy's own connections are not capped, and without the
    // setting X-Forwarded-For is ignored.
    void countsClientsBehindATrustedProxy()
    {
        HttpServerLimits limits = fastLimits();
        limits.maxConnections = 8;
        limits.maxConnectionsPerPeer = 2;
        limits.trustedProxies = {QHostAddress(u"127.0.0.1"_s)};
        const auto server = startServer(limits);
        QVERIFY(server);
        QList<HttpResponder> held;
        QStringList clients;
        server->setHandler([&](const HttpRequest &request, const HttpResponder &responder) {
            clients.append(request.clientAddress.toString());
            held.append(responder); // answered at the end: each request stays in flight
        });
        const auto forwarded = [](const QByteArray &chain) {
            return "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: " + chain
                   + "\r\nContent-Length: 0\r\n\r\n";
        };
        std::vector<std::unique_ptr<RawClient>> viaProxy;
        const QList<std::pair<QByteArray, bool>> chains{{"203.0.113.5", true},
                                                        {"198.51.100.1, 203.0.113.5", true},
                                                        {"203.0.113.5", false},
                                                        {"203.0.113.6", true}};
        qsizetype handled = 0;
        for (const auto &[chain, reachesTheHandler] : chains) {
            viaProxy.push_back(std::make_unique<RawClient>(server->serverPort()));
            viaProxy.back()->send(forwarded(chain));
            handled += reachesTheHandler ? 1 : 0;
            if (reachesTheHandler)
                QTRY_COMPARE(held.size(), handled);
            else
                QTRY_VERIFY(viaProxy.back()->hasResponse());
        }
        // Three requests in flight from the proxy's one address, over a cap of
        // two: its connections are not capped at the accept (the refused one
        // was admitted, answered 503 and closed).
        QTRY_COMPARE(server->connectionCount(), 3);
        QCOMPARE(clients, (QStringList{u"203.0.113.5"_s, u"203.0.113.5"_s, u"203.0.113.6"_s}));
        const auto third = viaProxy.at(2)->takeResponse();
        QVERIFY(third);
        QCOMPARE(third->status, 503);
        QVERIFY(third->body.contains("too many connections from this client"));
        QTRY_VERIFY(viaProxy.at(2)->isDisconnected());
        for (const HttpResponder &responder : std::as_const(held))
            responder.send(HttpResponse::text(200, u"ok"_s));
        QTRY_VERIFY(viaProxy.at(0)->hasResponse());
        QCOMPARE(viaProxy.at(0)->takeResponse()->status, 200);
        held.clear();

        // Not a trusted proxy: the header is the client's own claim.
        limits.trustedProxies.clear();
        const auto direct = startServer(limits);
        QVERIFY(direct);
        direct->setHandler([](const HttpRequest &request, const HttpResponder &responder) {
            responder.send(HttpResponse::text(200, request.clientAddress.toString()));
        });
        RawClient spoofer(direct->serverPort());
        spoofer.send("GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n");
        QTRY_VERIFY(spoofer.hasResponse());
        QCOMPARE(spoofer.takeResponse()->body, QByteArray("127.0.0.1"));
    }

    // Protects: HEAD gets the headers of the GET answer and no body.
    void answersHeadWithoutABody()
    {
        const auto server = startServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest &, const HttpResponder &responder) {
            responder.send(HttpResponse::text(200, u"twelve bytes"_s));
        });
        RawClient client(server->serverPort());
        client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(client.received().contains("twelve bytes"));
        QVERIFY(client.received().startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(client.received().count("Content-Length: 12\r\n"), 2);
        QCOMPARE(client.received().count("twelve bytes"), 1);
    }

    // Protects: rejections are logged without header values or bodies, which
    // can hold webhook signatures and payment data.
    void neverLogsHeaderValuesOrBodies()
    {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                        const QString &message) { messages.append(message); });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

        HttpServerLimits limits = fastLimits();
        limits.requestDeadlineMs = 200;
        const auto server = startServer(limits);
        QVERIFY(server);
        QSignalSpy rejected(server.get(), &StrictHttpServer::requestRejected);
        RawClient badLength(server->serverPort());
        badLength.send(
            "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\n"
            "Stripe-Signature: t=1,v1=SECRETSIGNATURE\r\nContent-Length: SECRET1\r\n\r\n");
        RawClient slowBody(server->serverPort());
        slowBody.send("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\n"
                      "Stripe-Signature: t=1,v1=SECRETSIGNATURE\r\nContent-Length: 100\r\n\r\n"
                      "{\"card\":\"SECRETBODY");
        QTRY_COMPARE(rejected.size(), 2);
        QVERIFY(messages.filter(u"rejected"_s).size() >= 2);
        QVERIFY2(messages.filter(u"SECRET"_s).isEmpty(), qPrintable(messages.join(u'\n')));
    }

    // Protects: a port already taken is a clear error, not a silent failure.
    void reportsAPortInUse()
    {
        const auto first = startServer();
        QVERIFY(first);
        StrictHttpServer second;
        const Result<void> listening = second.listen(QHostAddress::LocalHost, first->serverPort());
        QVERIFY(!listening.ok());
        QVERIFY2(listening.error().message.contains(QString::number(first->serverPort())),
                 qPrintable(listening.error().message));
    }
};

QTEST_GUILESS_MAIN(StrictHttpServerTest)
#include "StrictHttpServerTest.moc"
