#pragma once

#include <QString>
#include <optional>

namespace quire {

// What a person is at the store. The text forms are the `users.role` values.
enum class Role { Clerk, Manager, Customer };

QString toDatabaseText(Role role);
std::optional<Role> roleFromDatabaseText(const QString &text);

} // namespace quire
