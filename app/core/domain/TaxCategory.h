#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace quire {

// Which of the store's tax rates a title or item is sold at (docs/tax.md).
// Books are `reduced` (DE 7 %, FR 5.5 %; in the UK books are zero-rated and
// the UK preset puts `reduced` at 0 %); cards, bags and wrapping paper are
// `standard`. `zero` is taxable at 0 % (shown on the receipt's tax table),
// `exempt` is outside VAT (also 0 %, listed apart as the law asks).
enum class TaxCategory { Reduced, Standard, Zero, Exempt };

// The words stored in `books.tax_category`, `order_lines.tax_category`,
// `tax_rates.category` and read from a catalog's tax_category column.
QString toDatabaseText(TaxCategory category);
std::optional<TaxCategory> taxCategoryFromDatabaseText(const QString &text);
// Every category, in the order of the receipt's tax table (by letter).
const QList<TaxCategory> &allTaxCategories();
// The letter a receipt prints beside each line and in its tax table:
// A standard, B reduced, C zero, D exempt.
QString receiptLetter(TaxCategory category);
// Whether the store's rate table sets the rate; zero and exempt are always 0 %.
bool hasConfigurableRate(TaxCategory category);

} // namespace quire
