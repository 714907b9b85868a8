#pragma once

#include "http/HttpRequestReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <algorithm>
#include <functional>

namespace quire::fuzz {

// What the reader made of one request in a byte stream.
struct ReaderStep
{
    HttpRequestReader::Status status = HttpRequestReader::Status::NeedMore;
    int errorStatus = 0;
    QByteArray method;
    QByteArray target;
    QByteArray body;

    bool operator==(const ReaderStep &other) const = default;
};

// Picks the size of the next chunk handed to the reader.
using ChunkPlan = std::function<qsizetype(qsizetype remaining)>;
// Reports a broken invariant.
using Violation = std::function<void(const QString &what)>;

// Feeds `data` to a reader in chunks chosen by `plan`, the way a socket would
// deliver it, taking every pipelined request in turn, and checks the reader's
// invariants on the way. Shared by the libFuzzer target and the corpus replay
// test so that CI checks the same properties without clang.
inline QList<ReaderStep> driveReader(QByteArrayView data, const HttpServerLimits &limits,
                                     const ChunkPlan &plan, const Violation &violation)
{
    using Status = HttpRequestReader::Status;
    QList<ReaderStep> steps;
    HttpRequestReader reader(limits);
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype remaining = data.size() - offset;
        const qsizetype chunk = std::clamp<qsizetype>(plan(remaining), 1, remaining);
        qsizetype consumed = -1;
        const Status status = reader.feed(data.sliced(offset, chunk), &consumed);
        if (consumed < 0 || consumed > chunk)
            violation(QStringLiteral("consumed %1 of a %2-byte chunk").arg(consumed).arg(chunk));
        if (status == Status::NeedMore && consumed != chunk)
            violation(QStringLiteral("needs more but left bytes unconsumed"));
        offset += std::clamp<qsizetype>(consumed, 0, chunk);
        if (status == Status::NeedMore)
            continue;

        ReaderStep step;
        step.status = status;
        if (status == Status::Error) {
            step.errorStatus = reader.errorStatus();
            static constexpr int known[] = {400, 413, 417, 431, 505};
            if (std::find(std::begin(known), std::end(known), step.errorStatus) == std::end(known))
                violation(QStringLiteral("unexpected error status %1").arg(step.errorStatus));
            if (reader.errorReason().isEmpty())
                violation(QStringLiteral("error without a reason"));
            steps.append(step);
            return steps; // the server closes the connection here
        }

        const HttpRequest request = reader.takeRequest();
        if (request.body.size() > limits.maxBodyBytes)
            violation(QStringLiteral("completed with a %1-byte body").arg(request.body.size()));
        if (request.headers.size() > limits.maxHeaderCount)
            violation(QStringLiteral("completed with %1 headers").arg(request.headers.size()));
        if (request.body.size() != request.header("content-length").toLongLong())
            violation(QStringLiteral("body size differs from Content-Length"));
        if (!request.target.startsWith('/') || request.method.isEmpty())
            violation(QStringLiteral("completed without method or origin-form target"));
        if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
            violation(QStringLiteral("completed with an unsupported version"));
        if (request.target.size() + request.method.size() > limits.maxHeaderBytes)
            violation(QStringLiteral("request line beyond the header limit"));
        step.method = request.method;
        step.target = request.target;
        step.body = request.body;
        steps.append(step);
        reader.reset();
    }
    if (reader.hasStarted())
        steps.append(ReaderStep{}); // an incomplete request at the end
    return steps;
}

} // namespace quire::fuzz
