#include "domain/Error.h"

namespace quire {

QString describe(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::IllegalTransition:
        return QStringLiteral("illegal transition");
    case ErrorKind::Database:
        return QStringLiteral("database");
    }
    return QStringLiteral("unknown");
}

QDebug operator<<(QDebug debug, const Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << describe(error.kind) << ": " << error.message;
    return debug;
}

} // namespace quire
