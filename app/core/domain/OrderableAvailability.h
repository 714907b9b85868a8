#pragma once

#include <QString>
#include <optional>

namespace quire {

// Whether a supplier can deliver an orderable title, in the groups of ONIX
// for Books' code list 65 (ProductAvailability) a bookstore acts on.
enum class OrderableAvailability {
    Available,              // ONIX 20, 21, 22, 23: can be ordered now
    NotYetPublished,        // ONIX 10, 11, 12: can be pre-ordered
    Reprinting,             // ONIX 33: delivered when reprinted
    TemporarilyUnavailable, // ONIX 30, 31, 32, 34: ask again later
    OutOfPrint,             // ONIX 40, 41, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52: cannot be ordered
};

// The words stored in `orderable_titles.availability`.
QString toDatabaseText(OrderableAvailability availability);
std::optional<OrderableAvailability> orderableAvailabilityFromDatabaseText(const QString &text);
// Whether a customer order may be taken for a title in this state.
bool canBeOrdered(OrderableAvailability availability);

} // namespace quire
