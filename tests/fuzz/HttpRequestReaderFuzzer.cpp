// libFuzzer target for HttpRequestReader, the parser in front of the
// payment-callback endpoint. Built only with -DQUIRE_FUZZ=ON and clang; see
// docs/http-server.md for how to run it.

#include "HttpReaderDriver.h"

#include <cstdio>
#include <cstdlib>

namespace {

// Small limits so inputs of a few kilobytes reach the 413 and 431 paths.
quire::HttpServerLimits fuzzLimits()
{
    quire::HttpServerLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 512;
    return limits;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "invariant broken: %s\n", qPrintable(what));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte seeds the chunk sizes, so the fuzzer also explores how
    // TCP splits the stream; the rest is the stream.
    quint32 seed = data[0] | 1u;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1,
                                static_cast<qsizetype>(size - 1));
    const quire::HttpServerLimits limits = fuzzLimits();

    const auto chunked = quire::fuzz::driveReader(
        stream, limits,
        [&seed](qsizetype) {
            seed = seed * 1103515245u + 12345u;
            return static_cast<qsizetype>((seed >> 16) % 64) + 1;
        },
        fail);
    const auto whole = quire::fuzz::driveReader(
        stream, limits, [](qsizetype remaining) { return remaining; }, fail);
    // The verdict must not depend on where the stream was cut.
    if (chunked != whole)
        fail(QStringLiteral("chunked and whole feeding disagree"));
    return 0;
}
