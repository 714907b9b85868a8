#include "SelfSignedHttpsServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

namespace quire::test {

bool SelfSignedHttpsServer::makeCertificate(const QString &folder, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed (apt-get install openssl)");
        return false;
    }
    const QDir dir(folder);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

SelfSignedHttpsServer::SelfSignedHttpsServer(QObject *parent)
    : QTcpServer(parent)
{}

SelfSignedHttpsServer::~SelfSignedHttpsServer() = default;

bool SelfSignedHttpsServer::start(const QString &folder)
{
    const QDir dir(folder);
    QFile certificate(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!QSslSocket::supportsSsl() || !certificate.open(QIODevice::ReadOnly)
        || !key.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull())
        return false;
    return listen(QHostAddress::LocalHost, 0);
}

QString SelfSignedHttpsServer::origin() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

void SelfSignedHttpsServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        // Only decrypted bytes arrive here: a browser that accepted the
        // certificate and sent its request.
        const QByteArray request = socket->readAll();
        m_requests.append(request.left(request.indexOf("\r\n")));
        const QByteArray page = "<!doctype html><title>loaded</title><p>loaded</p>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                      "Content-Length: "
                      + QByteArray::number(page.size()) + "\r\n\r\n" + page);
        socket->disconnectFromHost();
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket,
            [socket](QAbstractSocket::SocketError) { socket->deleteLater(); });
    socket->startServerEncryption();
}

} // namespace quire::test
