#pragma once

#include "domain/Result.h"

#include <QUrl>

class QProcess;
class QRegularExpression;

namespace quire {

// Quire's executables say where they listen in their first line of output:
// `quire-gateway-sim` prints "listening on http://127.0.0.1:PORT", `quire
// --headless` prints "callbacks on http://HOST:PORT". Waits up to `timeoutMs`
// for that line from a started child process and returns the URL in the first
// capture group of `firstLine`. Fails, saying what it saw, when the child
// exits, stays silent or prints something else.
Result<QUrl> readAnnouncedAddress(QProcess &process, const QRegularExpression &firstLine,
                                  int timeoutMs);

} // namespace quire
