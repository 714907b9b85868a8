#pragma once

#include <QString>
#include <optional>

namespace quire {

// What an event is about, as stored in `events.aggregate_type` and in the
// `audit.entity_type` of the audit row written with it.
enum class AggregateType { Order, Payment };

QString toDatabaseText(AggregateType type);
std::optional<AggregateType> aggregateTypeFromDatabaseText(const QString &text);

} // namespace quire
