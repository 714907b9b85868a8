#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <utility>

namespace quire::test {

// Runs quire-gateway-sim as a real child process on an ephemeral port, the
// way the app and the demo use it: secrets through the environment, the
// address from its first stdout line, SIGTERM to stop. Also a tiny blocking
// HTTP helper for the simulator's REST and /_sim endpoints.
class GatewaySimProcess
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };

    GatewaySimProcess();
    ~GatewaySimProcess();
    GatewaySimProcess(const GatewaySimProcess &) = delete;
    GatewaySimProcess &operator=(const GatewaySimProcess &) = delete;

    static QString executablePath();

    // Starts with `--listen 127.0.0.1:0` plus `arguments`; false (see
    // error()) when it does not print its address within `timeoutMs`.
    bool start(const QStringList &arguments = {}, int timeoutMs = 15000);
    // SIGTERM and wait; true when it exited by itself with status 0.
    bool stop(int timeoutMs = 10000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    const QString &error() const { return m_error; }
    const QByteArray &apiKey() const { return m_apiKey; }
    const QByteArray &webhookSecret() const { return m_webhookSecret; }
    QProcess &process() { return m_process; }

    // Sends one request (bearer API key unless `authorised` is false) and
    // waits for the answer.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                  bool authorised = true, int timeoutMs = 10000) const;
    Reply post(const QString &path, const QByteArray &form, const QByteArray &idempotencyKey = {});
    Reply get(const QString &path) { return request("GET", path); }
    // POST /_sim/faults with a JSON object, e.g. {"lose-response": true}.
    bool setFaults(const QJsonObject &faults);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_apiKey = "sk_test_quire_sim";
    QByteArray m_webhookSecret = "whsec_quire_sim_test";
};

} // namespace quire::test
