#pragma once

#include <QString>
#include <optional>

namespace quire {

// What an event is about, as stored in `events.aggregate_type` and in the
// `audit.entity_type` of the audit row written with it.
// Shift, Tender (a cash tender) and Drawer (an opening) since schema 12.
enum class AggregateType { Order, Payment, Shift, Tender, Drawer };

QString toDatabaseText(AggregateType type);
std::optional<AggregateType> aggregateTypeFromDatabaseText(const QString &text);

} // namespace quire
