#pragma once

#include "http/HttpRequest.h"
#include "http/HttpServerLimits.h"

#include <QByteArrayView>
#include <QString>

namespace quire {

// Incremental, strict HTTP/1.1 request parser. Feed it bytes as they arrive;
// it consumes exactly the bytes of one request and stops, so bytes of a
// pipelined next request stay with the caller until reset().
//
// Memory is bounded by the limits: at most maxHeaderBytes of request line and
// headers, maxHeaderCount headers and maxBodyBytes of body are ever held,
// whatever is fed. A request whose Content-Length exceeds maxBodyBytes is
// refused (413) as soon as its headers end, before any body byte is read.
//
// Rules (see docs/http-server.md): CR LF line endings only, HTTP/1.0 and
// HTTP/1.1 only (other HTTP/x.y: 505), origin-form targets, token methods and
// header names, no obs-fold, no control characters, Host required on 1.1,
// bodies by a single Content-Length only, no Transfer-Encoding.
class HttpRequestReader final
{
public:
    enum class Status {
        NeedMore, // feed more bytes
        Complete, // request() holds the request; call reset() for the next one
        Error,    // errorStatus() and errorReason() say why; the connection must close
    };

    explicit HttpRequestReader(const HttpServerLimits &limits = {});

    // Consumes bytes of the current request from `data` and returns the
    // status. `consumed` (if given) receives how many bytes were used; the
    // rest belongs to the next request. Once Complete or Error, nothing more
    // is consumed until reset().
    Status feed(QByteArrayView data, qsizetype *consumed = nullptr);

    Status status() const { return m_status; }
    // Some byte of the current request has been consumed.
    bool hasStarted() const { return m_started; }
    // The header section is complete and the body is being read (or done).
    bool headersComplete() const { return m_phase == Phase::Body || m_phase == Phase::Done; }
    // The client sent "Expect: 100-continue" and waits for an interim 100
    // before sending the body. Meaningful once headersComplete().
    bool expectsContinue() const { return m_expectsContinue; }
    // Whether the connection may carry another request after this one:
    // HTTP/1.1 unless "Connection: close", HTTP/1.0 only with "keep-alive".
    bool keepAlive() const { return m_keepAlive; }

    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    // A short reason safe to log and to send: it never quotes request bytes.
    const QString &errorReason() const { return m_errorReason; }

    // Forgets the current request and waits for the next one.
    void reset();

private:
    enum class Phase { RequestLine, Headers, Body, Done };

    Status fail(int status, const QString &reason);
    Status processLine(QByteArrayView line);
    Status parseRequestLine(QByteArrayView line);
    Status parseHeaderLine(QByteArrayView line);
    Status finishHeaders();

    HttpServerLimits m_limits;
    Status m_status = Status::NeedMore;
    Phase m_phase = Phase::RequestLine;
    bool m_started = false;
    QByteArray m_line;           // the incomplete line, bounded by the header budget
    qsizetype m_headerBytes = 0; // request line + headers consumed so far
    qsizetype m_bodyRemaining = 0;
    bool m_expectsContinue = false;
    bool m_keepAlive = false;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorReason;
};

} // namespace quire
