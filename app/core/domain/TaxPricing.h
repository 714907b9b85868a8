#pragma once

#include <QString>
#include <optional>

namespace quire {

// How the store's prices are meant. Inclusive (EU, the default): the price
// on the shelf is what the customer pays, the VAT is inside it. Exclusive
// (US sales tax): the price is net, the tax is added at the till.
enum class TaxPricing { Inclusive, Exclusive };

// The words stored in `tax_pricing.pricing` and `orders.tax_pricing`.
QString toDatabaseText(TaxPricing pricing);
std::optional<TaxPricing> taxPricingFromDatabaseText(const QString &text);

} // namespace quire
