#include "GatewaySimProcess.h"

#include "support/AnnouncedAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <csignal>
#include <sys/prctl.h>

namespace quire::test {

QByteArray GatewaySimProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject GatewaySimProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

GatewaySimProcess::GatewaySimProcess()
{
    // The simulator's log (stderr) shows up in the test output, which is
    // what one wants to read when a test fails.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A test that crashes must not leave a simulator behind holding its port
    // and the test runner's pipes: the kernel stops the child with the parent.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

GatewaySimProcess::~GatewaySimProcess()
{
    if (isRunning()) {
        stop(5000);
        if (isRunning()) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString GatewaySimProcess::executablePath()
{
    return QStringLiteral(QUIRE_GATEWAY_SIM_PATH);
}

bool GatewaySimProcess::start(const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_SIM_API_KEY"), QString::fromUtf8(m_apiKey));
    environment.insert(QStringLiteral("QUIRE_SIM_WEBHOOK_SECRET"),
                       QString::fromUtf8(m_webhookSecret));
    m_process.setProcessEnvironment(environment);
    m_process.start(executablePath(),
                    QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                        + arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error
            = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }
    static const QRegularExpression firstLine(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]{1,5})$"));
    auto announced = readAnnouncedAddress(m_process, firstLine, timeoutMs);
    if (!announced) {
        m_error = announced.error().message;
        return false;
    }
    m_baseUrl = *announced;
    return true;
}

bool GatewaySimProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

GatewaySimProcess::Reply
GatewaySimProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers, bool authorised,
                           int timeoutMs) const
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutMs);
    if (authorised)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

GatewaySimProcess::Reply GatewaySimProcess::post(const QString &path, const QByteArray &form,
                                                 const QByteArray &idempotencyKey)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey});
    return request("POST", path, form, headers);
}

bool GatewaySimProcess::setFaults(const QJsonObject &faults)
{
    const Reply reply
        = request("POST", QStringLiteral("/_sim/faults"),
                  QJsonDocument(faults).toJson(QJsonDocument::Compact),
                  {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    return reply.status == 200;
}

} // namespace quire::test
