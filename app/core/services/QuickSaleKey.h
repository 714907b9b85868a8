#pragma once

#include <QString>

namespace quire {

// One department button at the counter ("Card", "Bag", "Wrap"): its label
// as the store wrote it and the item it sells, by its 13-digit code
// (ProductCode; a short store code "1" is 2000000000015).
struct QuickSaleKey
{
    QString label;
    QString code;

    friend bool operator==(const QuickSaleKey &, const QuickSaleKey &) = default;
};

} // namespace quire
