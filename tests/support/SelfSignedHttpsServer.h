#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>

namespace quire::test {

// An https server on 127.0.0.1 whose certificate nobody trusts: made fresh
// by `openssl req -x509` for the test. It counts the TCP connections (a
// browser that tried to load from it), the finished TLS handshakes and the
// HTTP requests it could read (each answered with a small page), so a test
// can tell "never tried" from "tried and refused the certificate" from
// "loaded". Qt 6.4 has no QSslServer: QTcpServer plus
// QSslSocket::startServerEncryption.
class SelfSignedHttpsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfSignedHttpsServer)

public:
    // Writes key.pem and cert.pem (CN and subjectAltName 127.0.0.1) into
    // `folder`; false with `error` set when openssl is missing or fails.
    static bool makeCertificate(const QString &folder, QString *error);

    explicit SelfSignedHttpsServer(QObject *parent = nullptr);
    ~SelfSignedHttpsServer() override;

    // Listens on 127.0.0.1 on a free port with the files of makeCertificate().
    bool start(const QString &folder);
    QString origin() const;

    int connections() const { return m_connections; }
    int handshakes() const { return m_handshakes; }
    const QList<QByteArray> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    int m_handshakes = 0;
    QList<QByteArray> m_requests;
};

} // namespace quire::test
