#pragma once

#include <QString>
#include <optional>

namespace quire {

// Who caused a change: a signed-in user, or a part of the system acting on
// its own (the callback server, the timeout watcher).
struct Actor
{
    std::optional<qint64> userId;
    QString name;

    static Actor user(qint64 id, const QString &userName) { return {id, userName}; }
    static Actor system(const QString &component)
    {
        return {std::nullopt, QStringLiteral("system:") + component};
    }
};

} // namespace quire
