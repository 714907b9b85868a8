#pragma once

#include <QDebug>
#include <QString>

namespace quire {

enum class ErrorKind {
    Invalid,           // the caller's input is malformed or out of range
    Forbidden,         // the user's role or the store's policy does not allow it
    NotFound,          // the thing asked for does not exist
    Conflict,          // the request collides with current data (duplicate, changed meanwhile)
    IllegalTransition, // the lifecycle does not allow this change from the current state
    Database,          // the database failed or refused (locked, corrupt, full, newer schema)
};

// What went wrong, in words a clerk or an operator can act on.
struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;

    static Error invalid(const QString &message) { return {ErrorKind::Invalid, message}; }
    static Error forbidden(const QString &message) { return {ErrorKind::Forbidden, message}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, message}; }
    static Error conflict(const QString &message) { return {ErrorKind::Conflict, message}; }
    static Error illegalTransition(const QString &message)
    {
        return {ErrorKind::IllegalTransition, message};
    }
    static Error database(const QString &message) { return {ErrorKind::Database, message}; }
};

QString describe(ErrorKind kind);
QDebug operator<<(QDebug debug, const Error &error);

} // namespace quire
