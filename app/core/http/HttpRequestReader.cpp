#include "http/HttpRequestReader.h"

#include <QStringDecoder>
#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>

namespace quire {

namespace {

// RFC 9110 tchar: the characters of methods and header names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Control characters other than HTAB never appear in a valid request line or
// header line; CR is checked separately because it legitimately ends a line.
bool isForbiddenControl(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t' && c != '\r') || byte == 0x7F;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict percent-decoding of the path: "%" must be followed by two hex digits,
// "%00" is refused, and the result must be valid UTF-8.
std::optional<QString> decodePath(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0 || (high == 0 && low == 0))
            return std::nullopt;
        bytes.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

} // namespace

HttpRequestReader::HttpRequestReader(const HttpServerLimits &limits)
    : m_limits(limits)
{}

HttpRequestReader::Status HttpRequestReader::feed(QByteArrayView data, qsizetype *consumed)
{
    qsizetype used = 0;
    while (m_status == Status::NeedMore && used < data.size()) {
        m_started = true;
        if (m_phase == Phase::Body) {
            const qsizetype take = std::min(m_bodyRemaining, data.size() - used);
            m_request.body.append(data.sliced(used, take));
            used += take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0) {
                m_phase = Phase::Done;
                m_status = Status::Complete;
            }
            continue;
        }

        const QByteArrayView rest = data.sliced(used);
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? rest : rest.first(newline + 1);
        const QByteArrayView content = newline < 0 ? piece : piece.first(piece.size() - 1);
        // Rejecting garbage here, not at the end of the line, stops a binary
        // stream without a newline at its first bad byte. Only bytes within
        // the header budget are looked at, so the verdict (400 or 431) is the
        // same however the stream is split.
        const qsizetype budget = m_limits.maxHeaderBytes - m_headerBytes;
        const QByteArrayView inBudget = content.first(std::min(content.size(), budget));
        if (std::any_of(inBudget.begin(), inBudget.end(), isForbiddenControl)) {
            fail(400, QStringLiteral("control character in request line or header"));
            break;
        }
        // Checked before anything is stored: the header budget is the bound
        // on m_line, whatever the client sends.
        if (piece.size() > budget) {
            used += piece.size();
            fail(431, QStringLiteral("request header section exceeds %1 bytes")
                          .arg(m_limits.maxHeaderBytes));
            break;
        }
        m_headerBytes += piece.size();
        used += piece.size();
        m_line.append(content);
        if (newline < 0)
            continue;
        const QByteArray line = std::exchange(m_line, {});
        processLine(line);
    }
    if (consumed)
        *consumed = used;
    return m_status;
}

HttpRequest HttpRequestReader::takeRequest()
{
    return std::exchange(m_request, {});
}

void HttpRequestReader::reset()
{
    m_status = Status::NeedMore;
    m_phase = Phase::RequestLine;
    m_started = false;
    m_line.clear();
    m_headerBytes = 0;
    m_bodyRemaining = 0;
    m_expectsContinue = false;
    m_keepAlive = false;
    m_request = {};
    m_errorStatus = 0;
    m_errorReason.clear();
}

HttpRequestReader::Status HttpRequestReader::fail(int status, const QString &reason)
{
    m_status = Status::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    m_line.clear();
    m_request = {};
    return m_status;
}

HttpRequestReader::Status HttpRequestReader::processLine(QByteArrayView line)
{
    if (!line.endsWith('\r'))
        return fail(400, QStringLiteral("line not terminated by CR LF"));
    line.chop(1);
    if (line.contains('\r'))
        return fail(400, QStringLiteral("stray CR in request line or header"));

    if (m_phase == Phase::RequestLine) {
        // RFC 9112 2.2: a server should ignore empty lines before the request
        // line (some clients send CR LF after a POST body). They still count
        // against the header budget.
        if (line.isEmpty())
            return m_status;
        return parseRequestLine(line);
    }
    if (line.isEmpty())
        return finishHeaders();
    return parseHeaderLine(line);
}

HttpRequestReader::Status HttpRequestReader::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace < 0 || secondSpace == firstSpace + 1
        || line.indexOf(' ', secondSpace + 1) >= 0)
        return fail(400, QStringLiteral("malformed request line"));

    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);

    if (!isToken(method))
        return fail(400, QStringLiteral("invalid method"));

    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/")
                                && std::isdigit(static_cast<unsigned char>(version[5]))
                                && version[6] == '.'
                                && std::isdigit(static_cast<unsigned char>(version[7]));
        if (wellFormed)
            return fail(505, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are supported"));
        return fail(400, QStringLiteral("malformed HTTP version"));
    }

    // Origin-form only ("/path?query"): this server is nobody's proxy.
    if (!target.startsWith('/'))
        return fail(400, QStringLiteral("request target must be an absolute path"));
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7F || c == '#')
            return fail(400, QStringLiteral("invalid character in request target"));
    }

    const qsizetype question = target.indexOf('?');
    const QByteArrayView encodedPath = question < 0 ? target : target.first(question);
    const std::optional<QString> path = decodePath(encodedPath);
    if (!path)
        return fail(400, QStringLiteral("invalid percent-encoding in path"));

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.version = version.toByteArray();
    m_request.path = *path;
    if (question >= 0)
        m_request.query.setQuery(QString::fromLatin1(target.sliced(question + 1)));
    m_phase = Phase::Headers;
    return m_status;
}

HttpRequestReader::Status HttpRequestReader::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, QStringLiteral("obsolete header line folding"));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return fail(400, QStringLiteral("header line without colon"));
    const QByteArrayView name = line.first(colon);
    // A space before the colon fails here, as RFC 9112 5.1 requires.
    if (!isToken(name))
        return fail(400, QStringLiteral("invalid header name"));
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaderCount));
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    m_request.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    return m_status;
}

HttpRequestReader::Status HttpRequestReader::finishHeaders()
{
    int hostCount = 0;
    int lengthCount = 0;
    QByteArrayView lengthValue;
    bool closeToken = false;
    bool keepAliveToken = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "host") {
            ++hostCount;
        } else if (name == "transfer-encoding") {
            // Chunked bodies and CL+TE ambiguity are the classic smuggling
            // vectors; a payment callback never needs them.
            return fail(400,
                        QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
        } else if (name == "content-length") {
            ++lengthCount;
            lengthValue = value;
        } else if (name == "connection") {
            for (const QByteArray &token : value.split(',')) {
                const QByteArrayView option = trimmedOws(token);
                closeToken |= equalsIgnoreCase(option, "close");
                keepAliveToken |= equalsIgnoreCase(option, "keep-alive");
            }
        } else if (name == "expect") {
            if (!equalsIgnoreCase(value, "100-continue"))
                return fail(417, QStringLiteral("only \"Expect: 100-continue\" is supported"));
            m_expectsContinue = m_request.version == "HTTP/1.1";
        }
    }

    const bool http11 = m_request.version == "HTTP/1.1";
    if (hostCount > 1)
        return fail(400, QStringLiteral("more than one Host header"));
    if (http11 && hostCount == 0)
        return fail(400, QStringLiteral("missing Host header"));

    qint64 length = 0;
    if (lengthCount > 1)
        return fail(400, QStringLiteral("more than one Content-Length header"));
    if (lengthCount == 1) {
        if (lengthValue.isEmpty())
            return fail(400, QStringLiteral("invalid Content-Length"));
        for (const char c : lengthValue) {
            if (c < '0' || c > '9')
                return fail(400, QStringLiteral("invalid Content-Length"));
            if (length > (std::numeric_limits<qint64>::max() - (c - '0')) / 10)
                return fail(400, QStringLiteral("Content-Length overflows"));
            length = length * 10 + (c - '0');
        }
        if (length > m_limits.maxBodyBytes)
            return fail(413,
                        QStringLiteral("request body exceeds %1 bytes").arg(m_limits.maxBodyBytes));
    }

    m_keepAlive = http11 ? !closeToken : (keepAliveToken && !closeToken);
    if (length == 0) {
        m_expectsContinue = false;
        m_phase = Phase::Done;
        m_status = Status::Complete;
        return m_status;
    }
    m_bodyRemaining = static_cast<qsizetype>(length);
    m_request.body.reserve(m_bodyRemaining);
    m_phase = Phase::Body;
    return m_status;
}

} // namespace quire
