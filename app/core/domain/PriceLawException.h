#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace quire {

// The documented cases in which the German book-price law (BuchPrG §7)
// allows a price-bound book to be sold below its bound price. The clerk
// picks one for such a discount; it is stored and audited with it.
enum class PriceLawException {
    None,
    DamagedCopy, // §7 (1) Nr. 4: Mängelexemplar, a damaged or soiled copy
    OwnStaff,    // §7 (1) Nr. 1: the store's own staff, for their own use
    Teacher,     // §7 (1) Nr. 2: teachers' inspection copies for their lessons
};

// Stable words for the database and the audit log.
QString toDatabaseText(PriceLawException exception);
std::optional<PriceLawException> priceLawExceptionFromDatabaseText(const QString &text);
// The exceptions a clerk can pick (without None).
const QList<PriceLawException> &allPriceLawExceptions();
// The exception's name in words, translated.
QString displayName(PriceLawException exception);

} // namespace quire
